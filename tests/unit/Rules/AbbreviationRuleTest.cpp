// Tests for Rules/Kinds/AbbreviationRule: workplace abbreviations not written
// out at their first use in a document, however they are dotted or
// capitalised.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// The `parameters:` of a rule with four workplace abbreviations, followed
/// by \p More (further parameter lines, indented by two).
std::string jargon(llvm::StringRef More = "") {
  return R"(parameters:
  entries:
    - {forms: [usk], suggestions: [undersköterska], reason: yrke}
    - {forms: [SÄBO], suggestions: [särskilt boende], reason: boendeform}
    - {forms: [SIP], suggestions: [samordnad individuell plan], reason: plan}
    - {forms: [ua, u.a.], suggestions: [utan anmärkning]}
)" + More.str();
}

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body,
                     llvm::StringRef Type = "Utredning") {
  return check(R, readCase("u.txt", textDocument(Type, Body)));
}

} // namespace

TEST_CASE("abbreviation: the first use is flagged once, later uses are not",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon(), "'{match}' ({reason}): skriv {suggestion}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Personlig vård\n"
                                          "Usk hjälper Elsa. En annan usk kommer i kväll.\n"  // 5
                                          "\nHemliv\nusk diskar.\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].EndColumn == 4);
  CHECK(Hits[0].Text == "Usk");
  CHECK(Hits[0].Suggestion == "Undersköterska (Usk)"); // a capital starts the sentence
  CHECK(Hits[0].Message == "'Usk' (yrke): skriv undersköterska");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
}

TEST_CASE("abbreviation: a form inside one reported is not reported again",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", R"(parameters:
  entries:
    - {forms: [LSS-handl.], suggestions: [LSS-handläggare], reason: yrke}
    - {forms: [handl.], suggestions: [handläggare], reason: yrke}
)", "'{match}': skriv {suggestion}");
  std::vector<Hit> Hits =
      run(R, "Hemliv\nElsa ringde LSS-handl. i dag. Sedan ringde handl. igen.\n");
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Text == "LSS-handl");
  // The inner form met alone later is its own first use.
  CHECK(Hits[1].Text == "handl.");
  CHECK(Hits[1].Column > Hits[0].Column + 20);
}

TEST_CASE("abbreviation: each abbreviation and each document on its own",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon());
  std::vector<Hit> Hits =
      run(R, "Hemliv\nElsa väntar på SÄBO. Usk handlar. SÄBO ligger nära.\n");
  CHECK(texts(Hits) == Strings{"SÄBO", "Usk"});
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Column == 16);
  CHECK(Hits[1].Column == 22);
  // Each journal note is a document of its own.
  Case J = readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (usk)\nusk diskade. usk torkade.\n"
                             "2025-01-10 12:00 Hemliv (usk)\nusk handlade.\n");
  Hits = check(R, J);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[1].Line == 7);
}

TEST_CASE("abbreviation: first is first in the text, not in visiting order",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon());
  // The analysis lists text outside sections first; here it comes after
  // the section in the file.
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9900\">\n"
                    "<document id=\"U\" type=\"utredning\">\n"
                    "<section heading=\"Hemliv\"><p>usk diskar.</p></section>\n"  // 3
                    "<p>Elsa har en usk.</p>\n"
                    "</document></case></ibic-export>\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 3);
  CHECK(Hits[0].Column == 30);
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
}

TEST_CASE("abbreviation: written out next to the first use explains it",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon());
  CHECK(run(R, "Hemliv\nEn undersköterska (usk) diskar. Sedan handlar usk.\n").empty());
  CHECK(run(R, "Hemliv\nEn usk (undersköterska) diskar. Sedan handlar usk.\n").empty());
  CHECK(run(R, "Hemliv\nEn usk ( undersköterska ) diskar.\n").empty());
  CHECK(run(R, "Hemliv\nUndersköterskan (usk) diskar.\n").empty());
  CHECK(run(R, "Hemliv\nEn samordnad individuell plan, SIP, finns.\n").empty());
  CHECK(run(R, "Hemliv\nElsa vill till särskilt boende (SÄBO).\n").empty());
  // Upper and lower case do not matter for the expansion either.
  CHECK(run(R, "Hemliv\nSÄRSKILT BOENDE (säbo) är målet.\n").empty());
  // An explanation after the first use comes too late.
  CHECK(texts(run(R, "Hemliv\nusk diskar. Undersköterska (usk) handlar.\n")) ==
        Strings{"usk"});
  // Another word before the parenthesis is no explanation.
  CHECK(texts(run(R, "Hemliv\nEn kollega (usk) diskar.\n")) == Strings{"usk"});
  CHECK(texts(run(R, "Hemliv\nEn undersköterska och usk diskar.\n")) == Strings{"usk"});
}

TEST_CASE("abbreviation: dots and capitals do not matter",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon());
  std::vector<Hit> Hits = run(R, "Hemliv\nHjälp av U.s.k. i dag.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Column == 10);
  CHECK(Hits[0].EndColumn == 16);
  CHECK(Hits[0].Text == "U.s.k.");
  CHECK(Hits[0].Suggestion == "undersköterska (U.s.k.)");
  CHECK(texts(run(R, "Hemliv\nHjälp av USK.\n")) == Strings{"USK"});
  CHECK(texts(run(R, "Hemliv\nKontroll u.a.\n")) == Strings{"u.a."});
  CHECK(texts(run(R, "Hemliv\nKontroll ua, inget mer.\n")) == Strings{"ua"});
  // Dotted at first use, plain later: the same abbreviation.
  CHECK(run(R, "Hemliv\nHjälp av u.s.k. i dag och usk i morgon.\n").size() == 1);
}

TEST_CASE("abbreviation: an ending after a colon is inflection",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon());
  std::vector<Hit> Hits = run(R, "Hemliv\nusk:n diskar.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Text == "usk:n");
  auto Key = [](llvm::StringRef Written) {
    return LexiconIndex::abbreviationKey(foldText(Written));
  };
  CHECK(Key("usk:n") == "usk");
  CHECK(Key("SÄBO:t") == "säbo");
  CHECK(Key("U.s.k.") == "usk");
  CHECK(run(R, "Hemliv\nsärskilt boende (SÄBO). SÄBO:t ligger nära.\n").empty());
}

TEST_CASE("abbreviation: whole words only", "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon());
  CHECK(run(R, "Hemliv\nBusken, uskar och sipp vatten. Säbos och usken.\n").empty());
}

TEST_CASE("abbreviation: ignore and extra-entries", "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon("  ignore: [USK, s.i.p.]\n"));
  CHECK(texts(run(R, "Hemliv\nusk och SIP på SÄBO.\n")) == Strings{"SÄBO"});
  auto E = goodRule("abbreviation",
                    jargon("  extra-entries:\n"
                           "    - {forms: [HT], suggestions: [hemtjänst]}\n"));
  std::vector<Hit> Hits = run(E, "Hemliv\nHT kommer. usk följer med.\n");
  CHECK(texts(Hits) == Strings{"HT", "usk"});
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Suggestion == "Hemtjänst (HT)"); // a capital starts the sentence
}

TEST_CASE("abbreviation: applying the suggestion quiets the rule",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation", jargon());
  for (const char *Body : {"Hemliv\nEn usk diskar. Sedan handlar usk.\n",
                           "Hemliv\nHjälp av U.s.k. i dag.\n",
                           "Hemliv\nElsa väntar på SÄBO.\n",
                           "Hemliv\nusk:n diskar.\n"}) {
    INFO(Body);
    std::string Text = textDocument("Utredning", Body);
    std::vector<Hit> Hits = check(R, readCase("u.txt", Text));
    REQUIRE(Hits.size() == 1);
    size_t At = Text.find(Hits[0].Text);
    std::string Fixed = Text.substr(0, At) + Hits[0].Suggestion +
                        Text.substr(At + Hits[0].Text.size());
    CHECK(check(R, readCase("u.txt", Fixed)).empty());
  }
  std::string Text = textDocument("Utredning", "Hemliv\nEn usk diskar.\n");
  std::vector<Hit> Hits = check(R, readCase("u.txt", Text));
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Suggestion == "undersköterska (usk)");
}

TEST_CASE("abbreviation: entries need the written-out form",
          "[rules][abbreviation]") {
  RuleUnderTest Missing = compileRule("abbreviation", "");
  REQUIRE(Missing.Errors.size() == 1);
  CHECK_THAT(Missing.Errors[0], Catch::Contains("'entries'"));
  RuleUnderTest NoSuggestion =
      compileRule("abbreviation", "parameters: {entries: [{forms: [usk]}]}");
  REQUIRE(NoSuggestion.Errors.size() == 1);
  CHECK_THAT(NoSuggestion.Errors[0], Catch::Contains("usk"));
}

TEST_CASE("abbreviation: unknown parameters and units are rejected",
          "[rules][abbreviation]") {
  // document-types is scope now; left under parameters it would silently
  // read every document type.
  CHECK(rejects("abbreviation", jargon("  document-types: [utredning]\n"),
                "parametern 'document-types' används inte av regeltypen abbreviation"));
  // A misspelt key inside an entry is caught too.
  CHECK(rejects("abbreviation",
                "parameters: {entries: [{forms: [usk], suggestion: [undersköterska]}]}",
                "parametern 'suggestion' används inte av regeltypen"));
  // "First use" is only meaningful over a whole document.
  CHECK(rejects("abbreviation", "scope: {unit: paragraph}\n" + jargon(),
                "läser enheten document, inte 'paragraph'"));
  CHECK(goodRule("abbreviation", "scope: {unit: document}\n" + jargon())->scope().Unit ==
        UnitKind::Document);
}

TEST_CASE("abbreviation: a unit of time cut short after a count",
          "[rules][abbreviation]") {
  auto R = goodRule("abbreviation",
                    jargon("  count-units:\n    - {forms: [v, vk], one: vecka, many: veckor}\n"));
  std::vector<Hit> Hits =
      run(R, "Hemliv\nFotvård var 6:e v,nästa gång om 3 vk. och sedan om 1 v.\n");
  REQUIRE(texts(Hits) == Strings{"v", "vk."}); // the first use of each
  CHECK(Hits[0].Suggestion == "vecka"); // an ordinal: "var 6:e vecka"
  CHECK(Hits[1].Suggestion == "veckor");
  Hits = run(R, "Hemliv\nNästa gång om 1 v.\n");
  REQUIRE(texts(Hits) == Strings{"v"}); // the full stop ends the sentence
  CHECK(Hits[0].Suggestion == "vecka");
  // Not without a count of its own, and not in a code or a date.
  CHECK(run(R, "Hemliv\nHon bor på plan v och har rum 12-v samt v. 12.\n").empty());
  CHECK(rejects("abbreviation", jargon("  count-units:\n    - {forms: [v], one: vecka}\n"),
                "many"));
}

TEST_CASE("abbreviation: words written in capitals beside each other are no acronyms",
          "[rules][abbreviation]") {
  // With the dictionary, a word in capitals beside another, both words in
  // small letters, is a heading in capitals; an unknown acronym beside
  // them is still one.
  auto R = goodRule("abbreviation", jargon("  shortened-words: true\n  acronyms: true\n"));
  CHECK(run(R, "Bedömning\nSAMMANFATTNING OCH BEDÖMNING: Elsa behöver stöd.\n").empty());
  CHECK(texts(run(R, "Bedömning\nBEDÖMNING OCH KTB: Elsa behöver stöd.\n")) == Strings{"KTB"});
  // One that begins a compound is one too.
  CHECK(texts(run(R, "Bedömning\nElsa får KTB och BPSD-skattning.\n")) ==
        Strings{"KTB", "BPSD"});
}
