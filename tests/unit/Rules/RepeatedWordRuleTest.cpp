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
