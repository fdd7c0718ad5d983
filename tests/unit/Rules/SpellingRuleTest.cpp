// Tests for Rules/Kinds/SpellingRule: words Hunspell's sv_SE does not know,
// with a correction one edit away (a word the document itself spells right
// first); names, abbreviations, codes, quotes, identifiers and the ignore
// list are never checked. Needs /usr/share/hunspell/sv_SE.{aff,dic}.
#include "KindTestSupport.h"

#include "llvm/Support/FileSystem.h"

using namespace ibic;
using namespace ibic::test;

namespace {

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

/// The suggestions of \p Hits, in order.
Strings suggestions(const std::vector<Hit> &Hits) {
  Strings Out;
  for (const Hit &H : Hits)
    Out.push_back(H.Suggestion);
  return Out;
}

} // namespace

TEST_CASE("spelling: a misspelt word with a correction one edit away",
          "[rules][spelling]") {
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling", "", "'{match}', menar du {suggestion}?");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Personlig vård\n"
                                          "Hon duchade i morse med hjälp av personalen.\n"));  // 5
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 5);
  CHECK(Hits[0].EndColumn == 12);
  CHECK(Hits[0].Text == "duchade");
  CHECK(Hits[0].Suggestion == "duschade");
  CHECK(Hits[0].Message == "'duchade', menar du duschade?");
  // The finding is still about the section the word is in.
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
  // A capital at the start of a sentence is kept in the suggestion.
  CHECK(suggestions(run(R, "Hemliv\nDuchade i morse.\n")) == Strings{"Duschade"});
}

TEST_CASE("spelling: correct Swedish, inflections and compounds pass",
          "[rules][spelling]") {
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling", "");
  CHECK(run(R, "Hemliv\nHon behöver hjälp med tvätten och disken varje vecka. "
               "Dottern handlar mat på lördagar.\n")
            .empty());
}

TEST_CASE("spelling: what is never checked", "[rules][spelling]") {
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling", "");
  // A capitalised word inside a sentence is a name.
  CHECK(run(R, "Hemliv\nHon bor med Ingbritt Qvarnströmm i huset.\n").empty());
  // At the start of a sentence a capital says little: a word with a likely
  // typo one edit away is checked, one with none is a name ("Pirjo kom"),
  // and so is one the case writes with a capital inside a sentence.
  CHECK(texts(run(R, "Hemliv\nDuchade i morse. Qvarnströmm kom.\n")) == Strings{"Duchade"});
  CHECK(run(R, "Hemliv\nDuchade kom i morse. Hon bor hos Duchade.\n").empty());
  // A word cut short by a dot is an abbreviation, which another rule judges.
  CHECK(run(R, "Hemliv\nKontr. av blodtryck och hälsobed. gjord i dag.\n").empty());
  // Capitals after the first letter: an abbreviation or a code.
  CHECK(run(R, "Hemliv\nHon har ansökt om SÄBO och har KVUX och XyZ.\n").empty());
  // Digits, short words, a colon ending, hyphen parts.
  CHECK(run(R, "Hemliv\nHon tar 3st tabletter kl 8, usk:n och LSS-bosnadd kom.\n").empty());
  // Quoted words are the person's own.
  CHECK(run(R, "Hemliv\nHon säger ”jag duchade själv” och \"hemmafixare\".\n").empty());
  // Identifiers are no words: the parts of an e-mail address are not
  // checked, while the same word outside it is.
  CHECK(run(R, "Relationer\nDottern nås på bosnadd@exemppel.se.\n").empty());
  CHECK(texts(run(R, "Relationer\nDottern nås på bosnadd@exemppel.se om exemppel.\n")) ==
        Strings{"exemppel"});
  // Nor those of one with letters beyond ASCII, or of a number written with
  // full-width digits: the analysis hands rules none of their words.
  CHECK(run(R, "Relationer\nDottern nås på åsa.bosnadd@härnösand.se.\n").empty());
  CHECK(run(R, "Relationer\nDottern nås på ０７０-１２３ ４５ ６７.\n").empty());
}

TEST_CASE("spelling: a sentence glued to the next, user names and tags",
          "[rules][spelling]") {
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling", "");
  // The word before a full stop glued to a capital is checked on its own.
  std::vector<Hit> Hits = run(R, "Hemliv\nHon vattnade blomorna.Tvätt i morgon.\n");
  REQUIRE(texts(Hits) == Strings{"blomorna"});
  CHECK(Hits[0].Suggestion == "blommorna");
  CHECK(run(R, "Hemliv\nHon vattnade blommorna.Tvätt i morgon.\n").empty());
  // A user name or a tag is no word.
  CHECK(run(R, "Hemliv\nHon skrev @felixfotboll och #sommarlovet.\n").empty());
}

TEST_CASE("spelling: a likely typo is no missing space", "[rules][spelling]") {
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling", "parameters: {glued-heads: [och, som]}");
  // "ochhon" is left to the missing-space rule; "somande" is "somnade".
  CHECK(texts(run(R, "Hemliv\nHon åt ochhon somande.\n")) == Strings{"somande"});
}

TEST_CASE("spelling: the ignore list", "[rules][spelling]") {
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling", "parameters: {ignore: [Duchade, tvättstugeschema]}");
  CHECK(run(R, "Hemliv\nHon duchade. Tvättstugeschema finns.\n").empty());
  CHECK(texts(run(R, "Hemliv\nHon duchade och sovde.\n")) == Strings{"sovde"});
}

TEST_CASE("spelling: document-types and a missing dictionary",
          "[rules][spelling]") {
  RuleUnderTest Missing = compileRule("spelling", "parameters: {dictionary: xx_XX}");
  REQUIRE(Missing.Errors.size() == 1);
  CHECK_THAT(Missing.Errors[0], Catch::Contains("xx_XX"));
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling", "scope: {document-types: [journalanteckning]}");
  CHECK(run(R, "Hemliv\nHon duchade.\n").empty());
  Case J = readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (usk)\nHon duchade.\n");
  CHECK(texts(check(R, J)) == Strings{"duchade"});
}

TEST_CASE("spelling: a word the case spells right is the likeliest "
          "correction",
          "[rules][spelling]") {
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling", "");
  // Alone, "tidena" is closest to "tiden" (one letter too many) ...
  CHECK(suggestions(run(R, "Hemliv\nHon tycker att tidena passar.\n")) ==
        Strings{"tiden"});
  // ... but a writer who uses "tiderna" elsewhere in the case most likely
  // meant that, though it is a letter further off.
  CHECK(suggestions(run(R, "Hemliv\nHon tycker att tidena passar.\n\n"
                           "Personlig vård\nHon vill ändra tiderna.\n")) ==
        Strings{"tiderna"});
  // The case is the unit: a word in another note of the case counts too.
  Case J = readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (usk)\nHon vill ändra tiderna.\n"
                             "2025-01-11 08:00 Hemliv (usk)\nHon tycker att tidena passar.\n");
  CHECK(suggestions(check(R, J)) == Strings{"tiderna"});
}

TEST_CASE("spelling: message-without-suggestion when no correction is close",
          "[rules][spelling]") {
  REQUIRE_SWEDISH_DICTIONARY();
  auto R = goodRule("spelling",
                    "parameters:\n"
                    "  message-without-suggestion: >-\n"
                    "    Ordet '{match}' finns inte\n"
                    "    i ordlistan.\n",
                    "'{match}', menar du {suggestion}?");
  std::vector<Hit> Hits = run(R, "Hemliv\nHon blev qwrtplk och duchade.\n");
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Text == "qwrtplk");
  CHECK(Hits[0].Suggestion.empty());
  // Its line break is folded like the rule's own message.
  CHECK(Hits[0].Message == "Ordet 'qwrtplk' finns inte i ordlistan.");
  // A word with a correction keeps the rule's message.
  CHECK(Hits[1].Message == "'duchade', menar du duschade?");
  // Without the parameter the rule's message is used either way.
  auto Plain = goodRule("spelling", "", "'{match}'{suggestion}");
  Hits = run(Plain, "Hemliv\nHon blev qwrtplk.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Message == "'qwrtplk'");
}

TEST_CASE("spelling: unknown parameters and units are rejected",
          "[rules][spelling]") {
  // per and document-types moved to scope.
  CHECK(rejects("spelling", "parameters: {per: paragraph}",
                "parametern 'per' används inte av regeltypen spelling"));
  CHECK(rejects("spelling", "parameters: {document-types: [utredning]}",
                "parametern 'document-types' används inte av regeltypen spelling"));
  // Suggestions draw on the whole case's words.
  CHECK(rejects("spelling", "scope: {unit: paragraph}",
                "läser enheten case, inte 'paragraph'"));
}
