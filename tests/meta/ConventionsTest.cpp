//===- ConventionsTest.cpp - The rule conventions, kept by tests ----------===//
#include "TestSupport.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <catch2/catch.hpp>
#include <re2/re2.h>

namespace ibic::test {
namespace {

std::string readAll(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  REQUIRE(Buffer);
  return (*Buffer)->getBuffer().str();
}

/// The Luhn check used by Swedish personnummer on the last ten digits.
bool luhnValid(llvm::StringRef TenDigits) {
  int Sum = 0;
  for (size_t I = 0; I < TenDigits.size(); ++I) {
    int D = (TenDigits[I] - '0') * (I % 2 == 0 ? 2 : 1);
    Sum += D > 9 ? D - 9 : D;
  }
  return Sum % 10 == 0;
}

} // namespace

TEST_CASE("rule ids, codes and documentation follow the conventions",
          "[meta]") {
  const re2::RE2 IdShape("[a-z]+(-[a-z]+)*/[a-z0-9]+(-[a-z0-9]+)*");
  llvm::StringSet<> Codes, Ids;
  for (const RuleInfo &R : engine().rules()) {
    INFO(R.File);
    CHECK(re2::RE2::FullMatch(R.Id, IdShape));
    CHECK(Ids.insert(R.Id).second);
    CHECK(Codes.insert(R.Code).second);
    CHECK_FALSE(R.Title.empty());
    CHECK_FALSE(R.Message.empty());
    CHECK_FALSE(R.What.empty());
    CHECK_FALSE(R.Why.empty());
    CHECK_FALSE(R.Instead.empty());
    CHECK(std::count_if(R.Examples.begin(), R.Examples.end(),
                        [](const RuleExample &E) { return E.Bad; }) >= 1);
    CHECK(std::count_if(R.Examples.begin(), R.Examples.end(),
                        [](const RuleExample &E) { return !E.Bad; }) >= 1);
  }
}

TEST_CASE("the template has every question, and rules name only those",
          "[meta]") {
  AuditResult R = engine().auditText("x.txt", "Ärende: x\nDokument: Utredning\n\n",
                                     {});
  llvm::StringSet<> Questions;
  for (const QuestionInfo &Q : R.TemplateQuestions)
    Questions.insert(Q.Id);
  for (const char *Id : {"M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9",
                         "M10", "M11", "M12", "M13", "U1", "U2", "U3", "U4",
                         "U5", "U6", "U7", "U8", "U9"})
    CHECK(Questions.count(Id));
  for (const RuleInfo &Rule : engine().rules())
    for (const std::string &Q : Rule.Questions) {
      INFO(Rule.File << " names question " << Q);
      CHECK(Questions.count(Q));
    }
}

TEST_CASE("the rule index in rules/README.md is current", "[meta]") {
  std::string Readme = readAll(sourcePath("rules/README.md"));
  llvm::StringRef Index = llvm::StringRef(Readme).split("## The rule index").second;
  REQUIRE_FALSE(Index.empty());
  llvm::StringSet<> Listed;
  re2::StringPiece Input(Index.data(), Index.size());
  std::string Id;
  static const re2::RE2 Row(R"(\n\| `([a-z0-9/-]+)` \|)");
  while (re2::RE2::FindAndConsume(&Input, Row, &Id))
    Listed.insert(Id);
  llvm::StringSet<> Actual;
  for (const RuleInfo &R : engine().rules()) {
    Actual.insert(R.Id);
    INFO("add a row for " << R.Id << " (" << R.Code << ") to rules/README.md");
    CHECK(Listed.count(R.Id));
  }
  for (const auto &L : Listed) {
    INFO("rules/README.md lists " << L.getKey().str() << ", which has no rule file");
    CHECK(Actual.count(L.getKey()));
  }
}

TEST_CASE("corpora hold no personnummer with a valid check digit", "[meta]") {
  static const re2::RE2 Shape(R"((?:^|[^0-9])(?:19|20)?([0-9]{6})[-+]?([0-9]{4})(?:[^0-9]|$))");
  std::error_code EC;
  unsigned Files = 0;
  for (llvm::sys::fs::recursive_directory_iterator It(sourcePath("corpora"), EC), End;
       It != End && !EC; It.increment(EC)) {
    if (!llvm::sys::fs::is_regular_file(It->path()))
      continue;
    ++Files;
    std::string Text = readAll(It->path());
    re2::StringPiece Input(Text);
    std::string Date, Tail;
    while (re2::RE2::FindAndConsume(&Input, Shape, &Date, &Tail)) {
      INFO(It->path() << " holds a personnummer-like " << Date << "-" << Tail
                      << " with a valid check digit: give it a wrong one");
      CHECK_FALSE(luhnValid(Date + Tail));
    }
  }
  CHECK(Files > 0);
}

} // namespace ibic::test
