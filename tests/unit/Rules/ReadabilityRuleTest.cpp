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

/// A rule with \p MaxLix and \p MinWords, after \p Scope (a `scope:` key or
/// nothing).
RuleUnderTest readability(double MaxLix, unsigned MinWords, llvm::StringRef Scope = "",
                          std::string Message = "{value}") {
  return goodRule("readability", Scope.str() + "\nparameters: {max-lix: " +
                                     std::to_string(MaxLix) + ", min-words: " +
                                     std::to_string(MinWords) + "}",
                  std::move(Message));
}

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("readability: a hard section is a finding on its heading",
          "[rules][readability]") {
  auto R = readability(50, 10, "", "LIX {value}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hemliv\n" + std::string(Easy) + "\n\n"
                                          "Personlig vård\n" + hardParagraph() + "\n"));  // 7
  std::vector<Hit> Hits = check(R, C);
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
  CHECK(run(readability(80, 10), Body).size() == 1);
  CHECK(run(readability(80.5, 10), Body).empty());
}

TEST_CASE("readability: min-words", "[rules][readability]") {
  std::string Body = "Hemliv\n" + hardParagraph() + "\n";
  CHECK(run(readability(50, 19), Body).size() == 1);
  CHECK(run(readability(50, 20), Body).empty());
  // The default needs 40 words.
  auto Default = goodRule("readability", "");
  CHECK(run(Default, Body).empty());
  CHECK(run(Default, "Hemliv\n" + hardParagraph() + " " + hardParagraph() + " " +
                          hardParagraph() + "\n")
            .size() == 1);
}

TEST_CASE("readability: per document reads all text together",
          "[rules][readability]") {
  auto R = readability(50, 10, "scope: {unit: document}");
  // Each section alone is too short; together they are hard.
  Case C = readCase("u.txt", textDocument("Utredning",
                                          std::string("Hemliv\n") + Hard + "\n\n"
                                          "Personlig vård\n" + Hard + "\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 2);
  CHECK(Hits[0].Column == 11);
  CHECK(Hits[0].Unit == &C.Documents[0]);
  // 16 words, 14 long, 2 sentences: 8 + 87.5 = 95.5.
  CHECK(Hits[0].Message == "96");
  auto PerSection = readability(50, 10);
  CHECK(check(PerSection, C).empty());
}

TEST_CASE("readability: section selects", "[rules][readability]") {
  auto R = readability(50, 10, "scope: {section: {kind: livsomrade}}");
  std::string Hardest = hardParagraph();
  std::vector<Hit> Hits = run(R, "Bedömning\n" + Hardest + "\n\nHemliv\n" + Hardest + "\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Text == "Hemliv");
  CHECK(rejects("readability", "scope: {section: {kind: livsomrade}, unit: stycke}",
                "läser enheten section, document, inte 'stycke'"));
}

TEST_CASE("readability: unknown parameters and units are rejected",
          "[rules][readability]") {
  // per is scope.unit now; left under parameters it would silently judge
  // sections.
  CHECK(rejects("readability", "parameters: {per: document}",
                "parametern 'per' används inte av regeltypen readability"));
  // LIX says nothing about a single sentence.
  CHECK(rejects("readability", "scope: {unit: sentence}",
                "läser enheten section, document, inte 'sentence'"));
  CHECK(rejects("readability", "parameters: {max-lix: hög}", "'max-lix' ska vara ett tal"));
}
