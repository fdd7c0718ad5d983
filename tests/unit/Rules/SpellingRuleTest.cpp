// Tests for Rules/Kinds/SpellingRule: words Hunspell's sv_SE does not know,
// with its first suggestion; names, abbreviations, codes, quotes and the
// ignore list are never checked. Needs /usr/share/hunspell/sv_SE.{aff,dic}.
#include "KindTestSupport.h"

#include "llvm/Support/FileSystem.h"

using namespace ibic;
using namespace ibic::test;

namespace {

bool haveSwedishDictionary() {
  return llvm::sys::fs::exists("/usr/share/hunspell/sv_SE.aff") &&
         llvm::sys::fs::exists("/usr/share/hunspell/sv_SE.dic");
}

std::vector<Hit> run(const Rule &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("spelling: a misspelt word with Hunspell's first suggestion",
          "[rules][spelling]") {
  if (!haveSwedishDictionary()) {
    WARN("sv_SE Hunspell dictionary missing; spelling tests skipped");
    return;
  }
  auto R = goodRule("spelling", RuleParameters(), "'{match}', menar du {suggestion}?");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Personlig vård\n"
                                          "Hon duchade i morse med hjälp av personalen.\n"));  // 5
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 5);
  CHECK(Hits[0].EndColumn == 12);
  CHECK(Hits[0].Text == "duchade");
  CHECK(Hits[0].Suggestion == "duschade");
  CHECK(Hits[0].Message == "'duchade', menar du duschade?");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
}

TEST_CASE("spelling: correct Swedish, inflections and compounds pass",
          "[rules][spelling]") {
  if (!haveSwedishDictionary()) {
    WARN("sv_SE Hunspell dictionary missing; spelling tests skipped");
    return;
  }
  auto R = goodRule("spelling", RuleParameters());
  CHECK(run(*R, "Hemliv\nHon behöver hjälp med tvätten och disken varje vecka. "
                "Dottern handlar mat på lördagar.\n")
            .empty());
}

TEST_CASE("spelling: what is never checked", "[rules][spelling]") {
  if (!haveSwedishDictionary()) {
    WARN("sv_SE Hunspell dictionary missing; spelling tests skipped");
    return;
  }
  auto R = goodRule("spelling", RuleParameters());
  // A capitalised word inside a sentence is a name.
  CHECK(run(*R, "Hemliv\nHon bor med Ingbritt Qvarnströmm i huset.\n").empty());
  // At the start of a sentence a capital says nothing: it is checked.
  CHECK(texts(run(*R, "Hemliv\nDuchade i morse. Qvarnströmm kom.\n")) ==
        Strings{"Duchade", "Qvarnströmm"});
  // Capitals after the first letter: an abbreviation or a code.
  CHECK(run(*R, "Hemliv\nHon har ansökt om SÄBO och har KVUX och XyZ.\n").empty());
  // Digits, short words, a colon ending, hyphen parts.
  CHECK(run(*R, "Hemliv\nHon tar 3st tabletter kl 8, usk:n och LSS-bosnadd kom.\n").empty());
  // Quoted words are the person's own.
  CHECK(run(*R, "Hemliv\nHon säger ”jag duchade själv” och \"hemmafixare\".\n").empty());
}

TEST_CASE("spelling: the ignore list", "[rules][spelling]") {
  if (!haveSwedishDictionary()) {
    WARN("sv_SE Hunspell dictionary missing; spelling tests skipped");
    return;
  }
  RuleParameters P;
  P.Ignore = std::vector<std::string>{"Duchade", "tvättstugeschema"};
  auto R = goodRule("spelling", P);
  CHECK(run(*R, "Hemliv\nHon duchade. Tvättstugeschema finns.\n").empty());
  CHECK(texts(run(*R, "Hemliv\nHon duchade och sovde.\n")) == Strings{"sovde"});
}

TEST_CASE("spelling: document-types and a missing dictionary",
          "[rules][spelling]") {
  RuleParameters P;
  P.Dictionary = loc("xx_XX");
  CompiledRule Missing = compileRule("spelling", P);
  REQUIRE(Missing.Errors.size() == 1);
  CHECK_THAT(Missing.Errors[0], Catch::Contains("xx_XX"));
  if (!haveSwedishDictionary()) {
    WARN("sv_SE Hunspell dictionary missing; spelling tests skipped");
    return;
  }
  RuleParameters Journal;
  Journal.DocumentTypes = locs({"journalanteckning"});
  auto R = goodRule("spelling", Journal);
  CHECK(run(*R, "Hemliv\nHon duchade.\n").empty());
  Case J = readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (usk)\nHon duchade.\n");
  CHECK(texts(check(*R, J)) == Strings{"duchade"});
}
