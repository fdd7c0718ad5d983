// Tests for Rules/WordPatterns: {class} word lists, stems, multiword entries,
// the " ~ " gap and Unicode letter boundaries, compiled to RE2.
#include "KindTestSupport.h"

#include "Rules/WordPatterns.h"

using namespace ibic;
using namespace ibic::test;

namespace {

const WordLists Words = {
    {"person", {"hon", "han", "den enskilde"}},
    {"tal", {"berätt*", "säger", "vill inte"}},
    {"andra", {"dottern", "son", "sonen"}},
    {"ott", {"ott"}},
    {"ven", {"ven"}},
    {"hem", {"hem"}},
};

struct Compiled {
  CompiledPatterns Patterns;
  std::vector<std::pair<const char *, std::string>> Errors; ///< Where, what.
};

Compiled compile(std::vector<Located> Patterns) {
  Compiled Out;
  RuleParameters Params;
  KindContext Context(Params, reference(), [&](llvm::SMLoc Loc, std::string M) {
    Out.Errors.push_back({Loc.getPointer(), std::move(M)});
  });
  Out.Patterns = compileWordPatterns(
      llvm::Optional<std::vector<Located>>(std::move(Patterns)), Words, Context);
  return Out;
}

/// Compiles one pattern that must compile and matches it against \p Text.
bool matches(const char *Pattern, llvm::StringRef Text) {
  Compiled C = compile({loc(Pattern)});
  INFO("pattern " << Pattern);
  REQUIRE(C.Errors.empty());
  REQUIRE(C.Patterns.size() == 1);
  return anyMatch(C.Patterns, Text);
}

} // namespace

TEST_CASE("word patterns: a {class} is any word of the list",
          "[rules][word-patterns]") {
  CHECK(matches("{person}", "Sen kom hon hem."));
  CHECK(matches("{person}", "HAN kom."));
  CHECK_FALSE(matches("{person}", "Honung och hanar."));
  // A multiword entry matches across any whitespace, line breaks too.
  CHECK(matches("{person}", "Det vet den  enskilde bäst."));
  CHECK(matches("{person}", "Det vet den\nenskilde bäst."));
  CHECK_FALSE(matches("{person}", "den enskildes"));
  CHECK(matches("{tal}", "Hon vill inte."));
  CHECK_FALSE(matches("{tal}", "Hon vill."));
}

TEST_CASE("word patterns: 'stem*' matches any ending but no other start",
          "[rules][word-patterns]") {
  CHECK(matches("{tal}", "berätt"));
  CHECK(matches("{tal}", "Hon berättade."));
  CHECK(matches("{tal}", "BERÄTTAR"));
  CHECK(matches("{tal}", "berättelsen"));
  CHECK_FALSE(matches("{tal}", "återberättade"));
  CHECK_FALSE(matches("{tal}", "oberättad"));
  // A word without a star is exact.
  CHECK_FALSE(matches("{tal}", "sägerna"));
}

TEST_CASE("word patterns: letter boundaries know å, ä and ö",
          "[rules][word-patterns]") {
  CHECK(matches("{ott}", "ott"));
  CHECK(matches("{ott}", "(ott)"));
  CHECK_FALSE(matches("{ott}", "dottern"));
  // RE2's ASCII \b would see a boundary at the ä and the å.
  CHECK_FALSE(matches("{ven}", "även"));
  CHECK_FALSE(matches("{hem}", "hemåt"));
  CHECK(matches("{hem}", "åka hem."));
  // Digits join a word too.
  CHECK_FALSE(matches("{hem}", "hem2"));
  // The guard is only at a pattern's ends: inside, the regex decides.
  CHECK(matches("x{ott}", "xott"));
}

TEST_CASE("word patterns: ' ~ ' stands for up to three words",
          "[rules][word-patterns]") {
  CHECK(matches("{person} ~ {tal}", "Hon berättar."));
  CHECK(matches("{person} ~ {tal}", "Hon har i dag berättat."));
  CHECK_FALSE(matches("{person} ~ {tal}", "Hon har i dag också berättat."));
  CHECK(matches("{person} ~ {tal}", "Den enskilde har berättat."));
  CHECK_FALSE(matches("{person} ~ {tal}", "Honom berättade."));
}

TEST_CASE("word patterns: RE2 braces are not word lists",
          "[rules][word-patterns]") {
  // \p{Lu} is a Unicode class and {2,3} a repetition, not lists named
  // "Lu" and "2,3".
  CHECK(matches(R"((?-i:\p{Lu}\pL+) {tal})", "Elsa berättar"));
  CHECK(matches(R"((?-i:\p{Lu}\pL+) {tal})", "Åsa säger"));
  CHECK_FALSE(matches(R"((?-i:\p{Lu}\pL+) {tal})", "elsa berättar"));
  CHECK_FALSE(matches(R"((?-i:\P{Ll}\pL+) {tal})", "elsa berättar"));
  CHECK(matches("a{2,3}h", "aah"));
  CHECK_FALSE(matches("a{2,3}h", "ah"));
}

TEST_CASE("word patterns: errors name the pattern's location",
          "[rules][word-patterns]") {
  static const char Yaml[] = "full: ['{okand} ~ {tal}', '(oavslutad']";
  Located Unknown{"{okand} ~ {tal}", llvm::SMLoc::getFromPointer(Yaml + 8)};
  Located Bad{"(oavslutad", llvm::SMLoc::getFromPointer(Yaml + 27)};
  Located Good{"{tal}", llvm::SMLoc()};
  Compiled C = compile({Unknown, Good, Bad});
  REQUIRE(C.Errors.size() == 2);
  CHECK(C.Errors[0].first == Yaml + 8);
  CHECK(C.Errors[0].second == "ordklassen {okand} finns inte under words");
  CHECK(C.Errors[1].first == Yaml + 27);
  CHECK_THAT(C.Errors[1].second, Catch::StartsWith("ogiltigt reguljärt uttryck"));
  // The good pattern is still compiled.
  REQUIRE(C.Patterns.size() == 1);
  CHECK(anyMatch(C.Patterns, "hon berättade"));
}
