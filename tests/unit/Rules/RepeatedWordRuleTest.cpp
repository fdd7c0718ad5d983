// Tests for Rules/Kinds/RepeatedWordRule: a listed word written twice in a
// row, with the word once as the fix.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

std::vector<Hit> run(llvm::StringRef Body) {
  static const RuleUnderTest R =
      goodRule("repeated-word", "parameters: {words: [att, har]}");
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("repeated-word: a listed word twice, any case, fixed to one",
          "[rules][repeated-word]") {
  std::vector<Hit> Hits = run("Hemliv\nElsa vill att Att hon har har hjälp.\n");
  CHECK(texts(Hits) == Strings{"att Att", "har har"});
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Suggestion == "att");
}

TEST_CASE("repeated-word: unlisted words, punctuation and quotes are not slips",
          "[rules][repeated-word]") {
  CHECK(run("Hemliv\nDet det handlar om är att, att hon vill. Hon sa: \"att att\".\n").empty());
  CHECK(run("Hemliv\nHon vill att\natt ingen kommer.\n").empty());
}
