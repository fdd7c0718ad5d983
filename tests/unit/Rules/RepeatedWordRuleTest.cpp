// Tests for Rules/Kinds/RepeatedWordRule: a word written twice in a row,
// with the word once as the fix.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

std::vector<Hit> run(llvm::StringRef Body, llvm::StringRef Parameters =
                                               "parameters:\n  allowed: [det, så]\n"
                                               "  exclude: ['hälsade på på']") {
  const RuleUnderTest R = goodRule("repeated-word", Parameters);
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("repeated-word: any word twice, any case, fixed to one",
          "[rules][repeated-word]") {
  std::vector<Hit> Hits =
      run("Hemliv\nElsa vill att Att hon har har hjälp. Vi gick gick hem.\n");
  CHECK(texts(Hits) == Strings{"att Att", "har har", "gick gick"});
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Suggestion == "att");
}

TEST_CASE("repeated-word: allowed words, runs of three, numbers, quotes",
          "[rules][repeated-word]") {
  CHECK(run("Hemliv\nDet det handlar om är att, att hon vill. Hon sa: \"att att\". "
            "Så så. Ha ha ha. Rum 2 2 tr.\n")
            .empty());
  CHECK(run("Hemliv\nHon vill att\natt ingen kommer.\n").empty());
  CHECK(run("Hemliv\nHon behöver stöd i I-ADL och A-a-a.\n").empty());
}

TEST_CASE("repeated-word: an excluded sentence gives none", "[rules][repeated-word]") {
  CHECK(run("Hemliv\nHon hälsade på på sjukhuset.\n").empty());
  CHECK(texts(run("Hemliv\nHon skrev på på kuvertet.\n")) == Strings{"på på"});
}

TEST_CASE("repeated-word: `words` limits the check", "[rules][repeated-word]") {
  CHECK(texts(run("Hemliv\nHon vill att att vi gick gick.\n",
                  "parameters: {words: [att]}")) == Strings{"att att"});
}

TEST_CASE("repeated-word: `exclude-before` reads the sentence up to the pair",
          "[rules][repeated-word]") {
  // Unlike `exclude`, the pattern must end at the pair ("$"), so a slip
  // later in the same sentence is still found.
  llvm::StringRef Parameters = "parameters:\n  exclude-before: ['som @ord @ord $']";
  CHECK(run("Hemliv\nDen som kom kom sent.\n", Parameters).empty());
  CHECK(texts(run("Hemliv\nDen som kom kom sent och gick gick hem.\n", Parameters)) ==
        Strings{"gick gick"});
  CHECK(texts(run("Hemliv\nHon har en granne som hjälper till till och från.\n",
                  Parameters)) == Strings{"till till"});
}

TEST_CASE("repeated-word: a name and the same word in small letters are two words",
          "[rules][repeated-word]") {
  CHECK(run("Hemliv\nMålet är att låta Bo bo kvar hemma.\n").empty());
  // First in a sentence a capital is no name, and a name twice is a slip.
  CHECK(texts(run("Hemliv\nBo bo kvar hemma. Vi ringde Elsa Elsa i går.\n")) ==
        Strings{"Bo bo", "Elsa Elsa"});
}
