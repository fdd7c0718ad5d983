//===- SampleCorpusTest.cpp - The sample corpus, end to end ---------------===//
//
// corpora/sample/expected.json is the reviewed report of the sample corpus.
// When this test fails, regenerate it with
//   build/plugins/cli/ibic-audit audit --format json corpora/sample
//     -o corpora/sample/expected.json
// and read the diff before committing it: a golden file is reviewed, never
// regenerated blindly. LABELS.tsv holds the scores a reviewer gave each case
// by reading it; the engine must agree with every one of them.
//
//===----------------------------------------------------------------------===//
#include "TestSupport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

namespace ibic::test {
namespace {

std::string sampleReport() {
  std::string Json;
  int Exit = runCli("audit --format json corpora/sample", Json,
                    /*InSourceDir=*/true);
  CHECK(Exit == 0);
  return Json;
}

} // namespace

TEST_CASE("the sample corpus report matches the reviewed expected.json",
          "[corpus]") {
  auto Expected =
      llvm::MemoryBuffer::getFile(sourcePath("corpora/sample/expected.json"));
  REQUIRE(Expected);
  std::string Actual = sampleReport();
  INFO("see the comment at the top of tests/corpus/SampleCorpusTest.cpp");
  CHECK(Actual == (*Expected)->getBuffer().str());
}

TEST_CASE("the sample corpus is read without input errors and spans the scale",
          "[corpus]") {
  llvm::Expected<llvm::json::Value> Report = llvm::json::parse(sampleReport());
  REQUIRE(bool(Report));
  const llvm::json::Object &Root = *Report->getAsObject();
  CHECK(Root.getArray("errors")->empty());
  const llvm::json::Array &Cases = *Root.getArray("cases");
  CHECK(Cases.size() >= 12);
  std::set<std::string> Avdelningar;
  std::map<std::string, std::set<int64_t>> Seen;
  for (const llvm::json::Value &C : Cases) {
    Avdelningar.insert(C.getAsObject()->getString("avdelning")->str());
    for (const llvm::json::Value &Q : *C.getAsObject()->getArray("questions"))
      if (auto Score = Q.getAsObject()->getInteger("score"))
        Seen[Q.getAsObject()->getString("id")->str()].insert(*Score);
  }
  CHECK(Avdelningar.size() >= 3);
  for (const char *Id : {"M3", "M4", "M5", "M6", "M7", "M9", "U1", "U6", "U9"}) {
    INFO("question " << Id << " should score 0, 1 and 2 somewhere in the corpus");
    CHECK(Seen[Id] == std::set<int64_t>{0, 1, 2});
  }
}

TEST_CASE("the engine agrees with the reviewer's labels of the sample corpus",
          "[corpus]") {
  auto Labels = llvm::MemoryBuffer::getFile(sourcePath("corpora/sample/LABELS.tsv"));
  REQUIRE(Labels);
  llvm::Expected<llvm::json::Value> Report = llvm::json::parse(sampleReport());
  REQUIRE(bool(Report));
  std::map<std::pair<std::string, std::string>, std::string> Scores;
  for (const llvm::json::Value &C : *Report->getAsObject()->getArray("cases")) {
    std::string Case = C.getAsObject()->getString("id")->str();
    for (const llvm::json::Value &Q : *C.getAsObject()->getArray("questions")) {
      const llvm::json::Object &O = *Q.getAsObject();
      auto Score = O.getInteger("score");
      Scores[{Case, O.getString("id")->str()}] =
          Score ? std::to_string(*Score) : "null";
    }
  }
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Labels)->getBuffer().split(Lines, '\n', -1, false);
  REQUIRE(Lines.size() > 1);
  for (llvm::StringRef Line : llvm::makeArrayRef(Lines).drop_front()) {
    llvm::SmallVector<llvm::StringRef, 4> Fields;
    Line.split(Fields, '\t');
    REQUIRE(Fields.size() >= 3);
    INFO("case " << Fields[0].str() << " question " << Fields[1].str() << ": "
                 << (Fields.size() > 3 ? Fields[3].str() : ""));
    CHECK(Scores[{Fields[0].str(), Fields[1].str()}] == Fields[2].trim().str());
  }
}

} // namespace ibic::test
