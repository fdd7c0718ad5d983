// Tests for Rules/Kinds/MissingSpaceRule: two words without a space, only
// where that is certain. The glued-word check needs sv_SE.
#include "KindTestSupport.h"

#include "llvm/Support/FileSystem.h"

using namespace ibic;
using namespace ibic::test;

namespace {

std::vector<Hit> run(llvm::StringRef Body) {
  static const RuleUnderTest R =
      goodRule("missing-space", "parameters:\n  glued-words: [jag, hon]\n"
                                "  abbreviations: [t.ex, bl.a, m.m]\n  endings: [pdf, se]\n"
                                "  inflection-endings: [s, n, arna]\n"
                                "  glued-heads: [och]\n  units: [st, mg]\n"
                                "  number-endings: [tal, dra]\n"
                                "  mark-message: 'efter {match}'");
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("missing-space: a comma or a full stop glued to the next word",
          "[rules][missing-space]") {
  std::vector<Hit> Hits = run("Hemliv\nHon diskar idag,men inte i morgon.Hon vill.\n");
  CHECK(texts(Hits) == Strings{"idag,men", "morgon.Hon"});
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Suggestion == "idag, men");
  CHECK(Hits[1].Suggestion == "morgon. Hon");
}

TEST_CASE("missing-space: numbers, abbreviations, files, addresses, ellipses",
          "[rules][missing-space]") {
  CHECK(run("Hemliv\nHon tar 2,5 mg kl. 8.30, t.ex. på morgonen, bl.a. i köket... "
            "Filen plan.pdf finns på www.exempel.se och anna@exempel.se.\n")
            .empty());
}

TEST_CASE("missing-space: a mark glued to a number after a word",
          "[rules][missing-space]") {
  std::vector<Hit> Hits = run("Hemliv\nHon åker kl.10 och Kl.7 till rum:12 den 30 juni;2024.\n");
  CHECK(texts(Hits) == Strings{"kl.10", "Kl.7", "rum:12", "juni;2024"});
  REQUIRE(Hits.size() == 4);
  CHECK(Hits[0].Suggestion == "kl. 10");
  CHECK(Hits[2].Suggestion == "rum: 12");
  // Between numbers, after a number and before an ending: no space is missing.
  CHECK(run("Hemliv\nHon tog 2,5 mg 8.30, matchen slutade 2:1 den 3:e och hon såg SVT:s "
            "nyheter, usk:arna och S:t Erik kl. 13.00–16.00.\n")
            .empty());
}

TEST_CASE("missing-space: a personnummer after the mark is not repeated",
          "[rules][missing-space]") {
  std::vector<Hit> Hits = run("Hemliv\nPersonnummer:19410214-8835.\n");
  REQUIRE(texts(Hits) == Strings{"Personnummer:"});
  CHECK(Hits[0].Suggestion == "Personnummer: ");
}

TEST_CASE("missing-space: an abbreviation or a colon glued to a word",
          "[rules][missing-space]") {
  std::vector<Hit> Hits = run("Hemliv\nHon köpte mjölk m.m.Hon gick hem. Kvällsrutin:Tandborstning.\n");
  CHECK(texts(Hits) == Strings{"m.m.Hon", "Kvällsrutin:Tandborstning"});
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Suggestion == "m.m. Hon");
  CHECK(Hits[1].Suggestion == "Kvällsrutin: Tandborstning");
}

TEST_CASE("missing-space: a known word glued to a small word",
          "[rules][missing-space]") {
  REQUIRE_SWEDISH_DICTIONARY();
  std::vector<Hit> Hits = run("Hemliv\nHon frågar om behöverjag hjälp.\n");
  REQUIRE(texts(Hits) == Strings{"behöverjag"});
  CHECK(Hits[0].Suggestion == "behöver jag");
  // A word the dictionary knows is not split, however it ends.
  CHECK(run("Hemliv\nHon åker till Rönninge och möter sonen.\n").empty());
}

TEST_CASE("missing-space: a number and its unit, a parenthesis and a word",
          "[rules][missing-space]") {
  std::vector<Hit> Hits = run("Hemliv\nHon tar 3st och 2,5mg (usk)hjälper.\n");
  CHECK(texts(Hits) == Strings{"3st", "2,5mg", "usk)hjälper"});
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[1].Suggestion == "2,5 mg");
  CHECK(Hits[2].Suggestion == "usk) hjälper");
  // Units not listed, codes, and an ending in parentheses.
  CHECK(run("Hemliv\nHon bor på plan 4B i rum 12a, mäter CO2 och har person(er)s stöd.\n")
            .empty());
}

TEST_CASE("missing-space: a small word glued to a known word",
          "[rules][missing-space]") {
  REQUIRE_SWEDISH_DICTIONARY();
  std::vector<Hit> Hits = run("Hemliv\nHon åt ochhon diskade.\n");
  REQUIRE(texts(Hits) == Strings{"ochhon"});
  CHECK(Hits[0].Suggestion == "och hon");
  CHECK(run("Hemliv\nHon äter ost och bröd.\n").empty());
}

TEST_CASE("missing-space: a known word glued to a name, its capital inside",
          "[rules][missing-space]") {
  REQUIRE_SWEDISH_DICTIONARY();
  std::vector<Hit> Hits = run("Hemliv\nHon handlade påIca och ringde tillÅsa.\n");
  REQUIRE(texts(Hits) == Strings{"påIca", "tillÅsa"});
  CHECK(Hits[0].Suggestion == "på Ica");
  CHECK(Hits[1].Suggestion == "till Åsa");
  // A brand with one letter first, a name with capitals inside, and a head
  // the dictionary does not know.
  CHECK(run("Hemliv\nHon har en iPad, läser MinVård och eTjänstePortal och gillar xyzAnna.\n")
            .empty());
}

TEST_CASE("missing-space: a space before a comma instead of after it",
          "[rules][missing-space]") {
  std::vector<Hit> Hits = run("Hemliv\nHon gick ut ,och sedan hem.\n");
  REQUIRE(texts(Hits) == Strings{"ut ,och"});
  CHECK(Hits[0].Suggestion == "ut, och");
  CHECK(run("Hemliv\nHon gick ut, och sedan hem , 2 gånger.\n").empty());
}

TEST_CASE("missing-space: a number glued to a word, not to an ending",
          "[rules][missing-space]") {
  REQUIRE_SWEDISH_DICTIONARY();
  CHECK(texts(run("Hemliv\nHon har 3barn.\n")) == Strings{"3barn"});
  CHECK(run("Hemliv\nHon föddes på 1950tal och har en 2dra bil.\n").empty());
}

TEST_CASE("missing-space: an opening parenthesis glued to the word before",
          "[rules][missing-space]") {
  std::vector<Hit> Hits = run("Hemliv\nHon har två katter(båda är gamla) hemma.\n");
  REQUIRE(texts(Hits) == Strings{"katter(båda"});
  CHECK(Hits[0].Suggestion == "katter (båda");
  // One word inside is an ending or a note: "person(er)s", "bil(ar)".
  CHECK(run("Hemliv\nHans person(er)s stöd och bil(ar) finns.\n").empty());
}

TEST_CASE("missing-space: a word and an identifier glued together",
          "[rules][missing-space]") {
  // The number is never repeated: the finding is the word before it, or
  // the mark and word after it.
  std::vector<Hit> Hits = run("Hemliv\nRing mig på070-174 06 71 eller skriv till "
                              "kok@example.se.Svar kom 070-174 06 72,men sent.\n");
  REQUIRE(texts(Hits) == Strings{"på", ".Svar", ",men"});
  CHECK(Hits[0].Suggestion == "på ");
  CHECK(Hits[1].Suggestion == ". Svar");
  CHECK(run("Hemliv\nRing 070-174 06 73. Skriv till kok@example.se. Svar kom.\n").empty());
}

TEST_CASE("missing-space: a likely typo is not split", "[rules][missing-space]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // "ochhon" is two words; "somande" is "somnade" with two letters swapped,
  // not "som ande".
  RuleUnderTest R = goodRule("missing-space", "parameters:\n  glued-heads: [och, som]\n");
  CHECK(texts(check(R, readCase("u.txt", textDocument("Utredning",
                                                       "Hemliv\nHon åt ochhon somande.\n")))) ==
        Strings{"ochhon"});
}
