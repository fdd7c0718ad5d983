//===- ConventionsTest.cpp - The rule conventions, kept by tests ----------===//
#include "Driver/Loader.h"
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

TEST_CASE("the template has every question", "[meta]") {
  AuditResult R = engine().auditText("x.txt", "Ärende: x\nDokument: Utredning\n\n",
                                     {});
  llvm::StringSet<> Questions;
  for (const QuestionInfo &Q : R.TemplateQuestions)
    Questions.insert(Q.Id);
  for (const char *Id : {"M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9",
                         "M10", "M11", "M12", "M13", "U1", "U2", "U3", "U4",
                         "U5", "U6", "U7", "U8", "U9"})
    CHECK(Questions.count(Id));
}

TEST_CASE("template evidence names rules that exist, and every rule that can "
          "lower a score reaches its question",
          "[meta]") {
  // The rules folder as the engine compiles it: the template's questions,
  // and the rules with the document types their scopes read.
  Engine::Impl I;
  std::vector<Diagnostic> Errors;
  EngineOptions Options;
  Options.RulesDir = sourcePath("rules");
  loadEngine(Options, I, Errors);
  for (const Diagnostic &D : Errors)
    FAIL_CHECK(D.File << ":" << D.Line << ":" << D.Column << ": " << D.Message);
  REQUIRE(Errors.empty());
  const std::vector<Question> &Questions = I.Questions.questions();

  for (const Question &Q : Questions)
    for (const Evidence &E : Q.EvidenceRules) {
      INFO(Q.Id << " names " << E.Rule << ", which is no rule or pack");
      CHECK(llvm::any_of(I.Infos, [&](const RuleInfo &R) { return E.names(R.Id); }));
    }

  for (const RuleInfo &Info : I.Infos) {
    if (!Info.Enabled)
      continue;
    auto Compiled = llvm::find_if(I.Rules.rules(), [&](const auto &R) {
      return R->spec().Id == Info.Id;
    });
    REQUIRE(Compiled != I.Rules.rules().end());
    const std::vector<std::string> &Reads = (*Compiled)->scope().Documents.Types;
    // The questions a finding of this rule, at its severity, lowers.
    std::vector<const Question *> Lowers;
    for (const Question &Q : Questions)
      if (llvm::any_of(Q.EvidenceRules, [&](const Evidence &E) {
            return E.names(Info.Id) && Info.Level >= E.MinSeverity &&
                   (Q.Method == ScoringMethod::FindingCount || E.Score < 2 ||
                    E.PartialScore < 2);
          }))
        Lowers.push_back(&Q);
    if (Lowers.empty())
      continue;
    // A document the rule reads, and a question among those that also reads
    // it; there the finding is filed under a question it lowers.
    bool Reached = false;
    for (const Question *Q : Lowers)
      for (const std::string &Type : Q->AppliesTo) {
        if (!Reads.empty() && !llvm::is_contained(Reads, Type))
          continue;
        Reached = true;
        llvm::StringRef FiledUnder = I.Questions.questionFor(Info.Id, Type);
        INFO(Info.File << ": a finding in a " << Type << " is filed under "
                       << FiledUnder.str() << ", which it does not lower");
        CHECK(llvm::any_of(Lowers, [&](const Question *L) { return L->Id == FiledUnder; }));
      }
    INFO(Info.File << " lowers questions that read none of the document "
                      "types its scope reads");
    CHECK(Reached);
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
  // Every column too (the questions come from the template's evidence).
  std::string Generated;
  REQUIRE(runCli("rules --markdown", Generated, /*InSourceDir=*/true) == 0);
  llvm::StringRef Table = Index.split("-->").second.ltrim("\n");
  INFO("regenerate the index with `ibic-audit rules --markdown`");
  CHECK(Table.take_front(Generated.size()) == Generated);
  CHECK(Table.drop_front(Generated.size()).trim().empty());
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
    // A finding's fingerprint is hexadecimal and may hold ten digits in a
    // row ("9a9d3f6699458003"): no number of anyone's.
    static const re2::RE2 Fingerprint(R"("fingerprint": "[0-9a-f]+")");
    re2::RE2::GlobalReplace(&Text, Fingerprint, "");
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
