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
                                "  abbreviations: [t.ex, bl.a]\n  endings: [pdf, se]");
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

TEST_CASE("missing-space: a known word glued to a small word",
          "[rules][missing-space]") {
  if (!llvm::sys::fs::exists("/usr/share/hunspell/sv_SE.dic")) {
    WARN("sv_SE Hunspell dictionary missing; test skipped");
    return;
  }
  std::vector<Hit> Hits = run("Hemliv\nHon frågar om behöverjag hjälp.\n");
  REQUIRE(texts(Hits) == Strings{"behöverjag"});
  CHECK(Hits[0].Suggestion == "behöver jag");
  // A word the dictionary knows is not split, however it ends.
  CHECK(run("Hemliv\nHon åker till Rönninge och möter sonen.\n").empty());
}
