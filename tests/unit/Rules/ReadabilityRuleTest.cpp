// Tests for Rules/Kinds/ReadabilityRule: a section or document whose LIX is
// above max-lix, once it has min-words words.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

// 8 words, 7 of them long, in one sentence.
const char *Hard = "Handläggaren bedömer omvårdnadsbehovet utifrån individuella "
                   "förutsättningar och funktionsnedsättningar.";
// 3 short words.
const char *Easy = "Hon är glad.";

/// Two hard sentences and an easy one: 19 words, 14 long, 3 sentences.
/// LIX = 19/3 + 100·14/19 = 6.33 + 73.68 = 80.02.
std::string hardParagraph() {
  return std::string(Hard) + " " + Hard + " " + Easy;
}

RuleParameters readability(double MaxLix, unsigned MinWords) {
  RuleParameters P;
  P.MaxLix = MaxLix;
  P.MinWords = MinWords;
  return P;
}

std::vector<Hit> run(const Rule &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("readability: a hard section is a finding on its heading",
          "[rules][readability]") {
  auto R = goodRule("readability", readability(50, 10), "LIX {value}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hemliv\n" + std::string(Easy) + "\n\n"
                                          "Personlig vård\n" + hardParagraph() + "\n"));  // 7
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 7);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Text == "Personlig vård");
  CHECK(Hits[0].Message == "LIX 80");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[1]);
}

TEST_CASE("readability: max-lix is a strict upper bound",
          "[rules][readability]") {
  std::string Body = "Hemliv\n" + hardParagraph() + "\n";
  CHECK(run(*goodRule("readability", readability(80, 10)), Body).size() == 1);
  CHECK(run(*goodRule("readability", readability(80.5, 10)), Body).empty());
}

TEST_CASE("readability: min-words", "[rules][readability]") {
  std::string Body = "Hemliv\n" + hardParagraph() + "\n";
  CHECK(run(*goodRule("readability", readability(50, 19)), Body).size() == 1);
  CHECK(run(*goodRule("readability", readability(50, 20)), Body).empty());
  // The default needs 40 words.
  RuleParameters P;
  auto Default = goodRule("readability", P);
  CHECK(run(*Default, Body).empty());
  CHECK(run(*Default, "Hemliv\n" + hardParagraph() + " " + hardParagraph() + " " +
                          hardParagraph() + "\n")
            .size() == 1);
}

TEST_CASE("readability: per document reads all text together",
          "[rules][readability]") {
  RuleParameters P = readability(50, 10);
  P.Per = loc("document");
  auto R = goodRule("readability", P, "{value}");
  // Each section alone is too short; together they are hard.
  Case C = readCase("u.txt", textDocument("Utredning",
                                          std::string("Hemliv\n") + Hard + "\n\n"
                                          "Personlig vård\n" + Hard + "\n"));
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 2);
  CHECK(Hits[0].Column == 11);
  CHECK(Hits[0].Unit == &C.Documents[0]);
  // 16 words, 14 long, 2 sentences: 8 + 87.5 = 95.5.
  CHECK(Hits[0].Message == "96");
  auto PerSection = goodRule("readability", readability(50, 10));
  CHECK(check(*PerSection, C).empty());
}

TEST_CASE("readability: section selects", "[rules][readability]") {
  RuleParameters P = readability(50, 10);
  P.Section = selector("livsomrade");
  auto R = goodRule("readability", P);
  std::string Hardest = hardParagraph();
  std::vector<Hit> Hits = run(*R, "Bedömning\n" + Hardest + "\n\nHemliv\n" + Hardest + "\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Text == "Hemliv");
  P.Per = loc("stycke");
  CHECK(compileRule("readability", P).Errors.size() == 1);
}
