// Tests for Rules/Kinds/LexiconRule: words and word sequences from a list,
// matched on ICU word tokens after case folding, compounds on request.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// The `parameters:` of a lexicon rule with \p Entries (a YAML flow
/// sequence of entries), followed by \p More (parameter lines indented by
/// two).
std::string lexicon(llvm::StringRef Entries, llvm::StringRef More = "") {
  return "parameters:\n  entries: " + Entries.str() + "\n" + More.str();
}

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body,
                     llvm::StringRef Type = "Utredning") {
  return check(R, readCase("u.txt", textDocument(Type, Body)));
}

} // namespace

TEST_CASE("lexicon: a listed word is a finding with span and suggestion",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon",
                    lexicon("[{forms: [vägrade], suggestions: [avböjde, tackade nej till],"
                            " reason: Ordet gör ett nej till trots.}]"),
                    "Ord '{match}': {reason} Skriv {suggestion}.");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Personlig vård\n"
                                          "Åsa vägrade duscha i går.\n"));  // line 5
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 5);
  CHECK(Hits[0].EndLine == 5);
  CHECK(Hits[0].EndColumn == 12);
  CHECK(Hits[0].Text == "vägrade");
  CHECK(Hits[0].Suggestion == "avböjde");
  CHECK(Hits[0].Message == "Ord 'vägrade': Ordet gör ett nej till trots. Skriv avböjde.");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
}

TEST_CASE("lexicon: case and Unicode normalisation do not matter",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon", lexicon("[{forms: [Vägrade]}]"));
  std::vector<Hit> Hits = run(R, "Hemliv\nHAN VÄGRADE. Hon vägrade. Va\xCC\x88grade?\n");
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Text == "VÄGRADE");
  CHECK(Hits[1].Text == "vägrade");
  CHECK(Hits[2].Text == "Va\xCC\x88grade");
  CHECK(Hits[2].Column == 27);
}

TEST_CASE("lexicon: whole words only, at Swedish word boundaries",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon", lexicon("[{forms: [vägra]}, {forms: [mat]}]"));
  // "vägrade" and "ovägra" are other words; "matlåda" is not "mat".
  CHECK(run(R, "Hemliv\nHon vägrade. Det är ovägra. Matlåda och matsal.\n").empty());
  std::vector<Hit> Hits = run(R, "Hemliv\n(vägra) [mat]; vägra!\n");
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Column == 2);
  CHECK(Hits[1].Text == "mat");
  CHECK(Hits[2].Column == 16);
}

TEST_CASE("lexicon: quoted words are the person's own and skipped by default",
          "[rules][lexicon]") {
  const char *Vagrar = "[{forms: [vägrar]}]";
  auto Skip = goodRule("lexicon", lexicon(Vagrar));
  const char *Body = "Hemliv\nKarl säger ”jag vägrar städa” och han vägrar.\n";
  std::vector<Hit> Hits = run(Skip, Body);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Column == 39);
  auto All = goodRule("lexicon", lexicon(Vagrar, "  quotes: check\n"));
  CHECK(run(All, Body).size() == 2);
  RuleUnderTest Bad = compileRule("lexicon", lexicon(Vagrar, "  quotes: ibland\n"));
  REQUIRE(Bad.Errors.size() == 1);
  CHECK_THAT(Bad.Errors[0], Catch::Contains("'ibland'"));
}

TEST_CASE("lexicon: a word sequence matches across spaces and lines",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon",
                    lexicon("[{forms: [ta hand om], suggestions: [stödja]}, {forms: [ta]}]"));
  std::vector<Hit> Hits = run(R, "Hemliv\nPersonalen ska ta  hand\nom disken.\n");
  // The longest form wins; "ta" alone is not reported again.
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 16);
  CHECK(Hits[0].EndLine == 6);
  CHECK(Hits[0].EndColumn == 3);
  CHECK(Hits[0].Text == "ta  hand\nom");
  CHECK(Hits[0].Suggestion == "stödja");
  // The sequence broken: the one-word form still matches.
  Hits = run(R, "Hemliv\nVi ta hand.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Text == "ta");
}

TEST_CASE("lexicon: a phrase whose last word begins a hyphenated compound is a name",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon", lexicon("[{forms: [må bra]}, {forms: [sip]}]"));
  // "Må bra-gruppen" names a group; the phrase before a space still counts,
  // and a single word before a hyphen ("SIP-mötet") is itself.
  CHECK(texts(run(R, "Hemliv\nElsa går till Må bra-gruppen. Hon ska må bra. Vi har SIP-mötet.\n")) ==
        Strings{"må bra", "SIP"});
}

TEST_CASE("lexicon: a shorter hit inside a phrase that is part of a name still counts",
          "[rules][lexicon]") {
  // The phrase "en lättnad för Maj" ends where "Maj-Britt" goes on, so it
  // is no hit; "lättnad" inside it is one, and once per sentence too.
  auto R = goodRule("lexicon", lexicon("[{forms: [en lättnad för maj]}, {forms: [lättnad]}]",
                                       "  once-per-sentence: true\n"));
  CHECK(texts(run(R, "Hemliv\nHemkomsten var en lättnad för Maj-Britt.\n")) ==
        Strings{"lättnad"});
}

TEST_CASE("lexicon: compounds only when the entry asks for them",
          "[rules][lexicon]") {
  auto BlojaRule = [](const char *Compounds) {
    return goodRule("lexicon", lexicon("[{forms: [blöja], suggestions: [inkontinensskydd],"
                                       " compounds: " + std::string(Compounds) + "}]"));
  };
  auto With = BlojaRule("true");
  auto Without = BlojaRule("false");
  const char *Body = "Personlig vård\nByt engångsblöja och blöja. Blöjbyte sker nu.\n";
  std::vector<Hit> Hits = run(With, Body);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Text == "engångsblöja");
  CHECK(Hits[0].Column == 5);
  CHECK(Hits[0].Suggestion == "inkontinensskydd");
  CHECK(Hits[1].Text == "blöja");
  // "Blöjbyte" does not end with the form: no match either way.
  Hits = run(Without, Body);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Text == "blöja");
}

TEST_CASE("lexicon: text outside sections and in journal notes",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon", "scope: {document-types: [journalanteckning]}\n" +
                                   lexicon("[{forms: [besvärlig], suggestions: [missnöjd]}]"));
  Case C = readCase("j.txt", "Ärende: 2025-9980\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (undersköterska)\n"
                             "Karl var besvärlig vid disken.\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 10);
  CHECK(Hits[0].Unit == &C.Documents[0]);
  // document-types: the same word in an utredning is not read.
  CHECK(run(R, "Hemliv\nKarl var besvärlig.\n").empty());
}

TEST_CASE("lexicon: spans count XML entities as written", "[rules][lexicon]") {
  auto R = goodRule("lexicon", lexicon("[{forms: [vägrade]}]"));
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9981\">\n"
                    "<document id=\"U\" type=\"utredning\"><section heading=\"Hemliv\">\n"
                    "<p>Hon &amp; han &#x76;&#xE4;grade.</p>\n"
                    "<p>Han &lt;vägrade&gt;.</p>\n"
                    "</section></document></case></ibic-export>\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 2);
  // The word written with character references covers them all.
  CHECK(Hits[0].Line == 3);
  CHECK(Hits[0].Column == 18);
  CHECK(Hits[0].Text == "&#x76;&#xE4;grade");
  CHECK(Hits[1].Line == 4);
  CHECK(Hits[1].Column == 12);
  CHECK(Hits[1].EndColumn == 19);
  CHECK(Hits[1].Text == "vägrade");
}

TEST_CASE("lexicon: entries are required", "[rules][lexicon]") {
  RuleUnderTest A = compileRule("lexicon", "");
  REQUIRE(A.Errors.size() == 1);
  CHECK_THAT(A.Errors[0], Catch::Contains("'entries'"));
  // An empty list would make a rule that never fires.
  RuleUnderTest B = compileRule("lexicon", lexicon("[]"));
  CHECK(B.Errors.size() == 1);
  // Every entry needs its forms.
  CHECK(rejects("lexicon", lexicon("[{suggestions: [missnöjd]}]"), "'forms'"));
}

TEST_CASE("lexicon: exclude drops hits in sentences that match it",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon",
                    lexicon("[{forms: [envis], suggestions: [bestämd]}, {forms: [jobbig]}]",
                            R"(  words: {sak: [hosta*, natt, natten]}
  exclude: ['envis {sak}', '( en | ett ) jobbig {sak}']
)"));
  // Only the sentence that matches is excused; the other hit stays.
  std::vector<Hit> Hits =
      run(R, "Hemliv\nHon har en envis hosta. Hon är envis. Det var en jobbig natt.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Column == 32);
  CHECK(Hits[0].Text == "envis");
  CHECK(Hits[0].Suggestion == "bestämd");
  // Word-list boundaries: "nattduksbord" is not "natt".
  Hits = run(R, "Hemliv\nEn jobbig nattduksbordslåda.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Text == "jobbig");
  // Sentences split at line breaks too.
  Hits = run(R, "Hemliv\nHon är envis\nhosta har hon inte.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
}

TEST_CASE("lexicon: exclude reads up to exclude-until after the hit, and only the "
          "clause of motive before it",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon", lexicon("[{forms: [orolig]}]", R"(  exclude: ['sa', 'grät']
  exclude-until: ['^ när sonen']
  motive-clauses: ['^ eftersom']
  motive-exclude: ['sa']
)"));
  auto Texts = [&](llvm::StringRef Body) {
    std::vector<std::string> Out;
    for (const Hit &H : run(R, ("Hemliv\n" + Body + "\n").str()))
      Out.push_back(H.Text);
    return Out;
  };
  using V = std::vector<std::string>;
  CHECK(Texts("Hon var orolig och sa att hon ville hem.").empty());
  // Someone else's words in a clause of their own ground nothing.
  CHECK(Texts("Hon var orolig när sonen ringde och sa att han kommer.") == V{"orolig"});
  // The act seen before the clause of motive does not ground it ...
  CHECK(Texts("Hon grät eftersom hon var orolig.") == V{"orolig"});
  CHECK(Texts("Eftersom hon var orolig grät hon.").empty());
  // ... someone's words do, from anywhere in the sentence.
  CHECK(Texts("Hon sa att hon grät eftersom hon var orolig.").empty());
}

TEST_CASE("lexicon: exclude patterns are checked when loading",
          "[rules][lexicon]") {
  auto Exclude = [](const char *Pattern) {
    return compileRule("lexicon", lexicon("[{forms: [envis]}]",
                                          "  exclude: ['" + std::string(Pattern) + "']\n"));
  };
  RuleUnderTest A = Exclude("envis {okand}");
  REQUIRE(A.Errors.size() == 1);
  CHECK_THAT(A.Errors[0], Catch::Contains("{okand}"));
  RuleUnderTest B = Exclude("(envis");
  REQUIRE(B.Errors.size() == 1);
  CHECK_THAT(B.Errors[0], Catch::Contains("felaktigt mönster: '(' utan ')'"));
}

TEST_CASE("lexicon: extra-entries add to entries", "[rules][lexicon]") {
  const char *Extra = R"(  extra-entries:
    - {forms: [gnällig], suggestions: [missnöjd], reason: Ordet värderar.}
    - {forms: [blöja], suggestions: [inkontinensskydd], compounds: true}
)";
  auto R = goodRule("lexicon", lexicon("[{forms: [vägrade], suggestions: [avböjde]}]", Extra),
                    "{match}: {reason}");
  std::vector<Hit> Hits =
      run(R, "Hemliv\nHan vägrade och var gnällig. Byt nattblöja.\n");
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Text == "vägrade");
  CHECK(Hits[1].Text == "gnällig");
  CHECK(Hits[1].Suggestion == "missnöjd");
  CHECK(Hits[1].Message == "gnällig: Ordet värderar.");
  CHECK(Hits[2].Text == "nattblöja");
  // extra-entries alone do not make up for missing entries.
  RuleUnderTest OnlyExtra =
      compileRule("lexicon", "parameters: {extra-entries: [{forms: [gnällig]}]}");
  REQUIRE(OnlyExtra.Errors.size() == 1);
  CHECK_THAT(OnlyExtra.Errors[0], Catch::Contains("'entries'"));
}

TEST_CASE("lexicon: unknown parameters and units are rejected", "[rules][lexicon]") {
  // A parameter of the old format, now in scope.
  CHECK(rejects("lexicon", lexicon("[{forms: [envis]}]", "  document-types: [utredning]\n"),
                "parametern 'document-types' används inte av regeltypen lexicon"));
  // A misspelt key in an entry would otherwise drop the suggestion silently.
  CHECK(rejects("lexicon", lexicon("[{forms: [envis], sugestions: [bestämd]}]"),
                "parametern 'sugestions' används inte av regeltypen lexicon"));
  // Hits are matched per paragraph.
  CHECK(rejects("lexicon", "scope: {unit: section}\n" + lexicon("[{forms: [envis]}]"),
                "läser enheten paragraph, inte 'section'"));
}

TEST_CASE("lexicon: phrases give a fix that fits the words around the form",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon", R"(parameters:
  noun-phrase-ends: [som, bor]
  entries:
    - forms: [dement]
      suggestions: [med demenssjukdom]
      fix-alone: false
      phrases:
        - {before: [är], suggestion: har en demenssjukdom}
        - {before: [en], keep-before: true, before-noun: true, suggestion: "{noun} med demenssjukdom"}
    - forms: [vägrade]
      suggestions: [avböjde]
      phrases:
        - {after: ['*a', gå], not-after: [att], suggestion: avböjde att})",
                    "{match}");
  auto Run = [&](llvm::StringRef Body) {
    return check(R, readCase("u.txt", textDocument("Utredning", Body)));
  };
  std::vector<Hit> Hits = Run("Hemliv\nHon är dement. Det gäller en dement äldre kvinna som bor här.\n");
  CHECK(texts(Hits) == Strings{"är dement", "dement äldre kvinna"});
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Suggestion == "har en demenssjukdom");
  CHECK(Hits[1].Suggestion == "äldre kvinna med demenssjukdom");
  // No phrase fits and fix-alone is false: advice, no fix.
  Hits = Run("Hemliv\nHon blev mycket dement.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Suggestion.empty());
  Hits = Run("Hemliv\nHon vägrade gå. Hon vägrade att äta. Vägrade duscha.\n");
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Suggestion == "avböjde att");
  CHECK(Hits[1].Suggestion == "avböjde");
  CHECK(Hits[2].Suggestion == "Avböjde att"); // the capital of the sentence
}

TEST_CASE("lexicon: exempt names, and unsourced entries at a lower severity",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon", R"(parameters:
  unsourced-severity: info
  exempt: [om stöd och service till vissa funktionshindrade]
  entries:
    - forms: [funktionshindrade]
      suggestions: [med funktionsnedsättning]
      source: Socialstyrelsens termbank
    - forms: [vägrade]
      suggestions: [avböjde])",
                    "{match}");
  std::vector<Hit> Hits = check(
      R, readCase("u.txt", textDocument("Utredning",
                                        "Hemliv\nInsatser enligt lagen om stöd och service till "
                                        "vissa funktionshindrade. Vissa funktionshindrade vägrade.\n")));
  CHECK(texts(Hits) == Strings{"funktionshindrade", "vägrade"});
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Level == Severity::Warning);
  CHECK(Hits[1].Level == Severity::Info);
}

TEST_CASE("lexicon: an entry's document types, and one finding per sentence",
          "[rules][lexicon]") {
  auto R = goodRule("lexicon",
                    lexicon("[{forms: [verkade], document-types: [journalanteckning]},"
                            " {forms: [känner sig]}, {forms: [trygg]}]",
                            "  once-per-sentence: true\n"));
  // In an utredning only the entry without document types counts, and a
  // sentence with two hits gives one finding.
  CHECK(texts(run(R, "Hemliv\nElsa verkade trött. Hon känner sig trygg. Hon är trygg.\n")) ==
        Strings{"känner sig", "trygg"});
  CHECK(texts(run(R,
                  "2024-03-05 08:12 Hemliv (undersköterska)\n"
                  "Elsa verkade trött och trygg.\n",
                  "Journalanteckningar")) == Strings{"verkade"});
  CHECK(rejects("lexicon", lexicon("[{forms: [x], document-types: [dagbok]}]"),
                "okänd dokumenttyp 'dagbok'"));
}
