// Tests for CaseList: a batch audited with AuditOptions::Spool keeps its
// cases in a temporary file, and every report written from it must be the
// same, byte for byte, as from the same batch held in memory. Every field of
// a case goes through the file and back (the text report shows the source
// lines, which the JSON report does not hold), and update(), sortById() and
// take() keep what they are given.
#include "TestSupport.h"

#include "ibic/Report.h"

#include <catch2/catch.hpp>

#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <string>

using namespace ibic;
using ibic::test::engine;
using ibic::test::sourcePath;

namespace {

AuditResult auditSample(bool Spool) {
  AuditOptions Options;
  Options.Spool = Spool;
  return engine().audit({sourcePath("corpora/sample")}, Options);
}

std::string written(const std::function<void(llvm::raw_ostream &)> &Write) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  Write(OS);
  return OS.str();
}

/// Every report format, one after the other.
std::string everyReport(const AuditResult &R) {
  return written([&](llvm::raw_ostream &OS) {
    writeJsonReport(R, OS);
    writeTextReport(R, TextReportOptions{}, OS);
    writeSarifReport(R, engine().rules(), OS);
    writeJunitReport(R, Severity::Warning, OS);
    writeCsvReport(R, OS);
    writeHtmlReport(R, OS);
  });
}

CaseResult caseNamed(const std::string &Id) {
  CaseResult C;
  C.Id = Id;
  C.Avdelning = "Hemtjänst " + Id;
  C.Files = {Id + ".txt"};
  Finding F;
  F.Rule = "sprak/test";
  F.Message = "Meddelande för " + Id;
  F.SourceLine = "Källraden för " + Id;
  F.Line = 3;
  C.Findings.push_back(F);
  return C;
}

std::vector<std::string> idsOf(const CaseList &Cases) {
  std::vector<std::string> Ids;
  for (const CaseResult &C : Cases)
    Ids.push_back(C.Id);
  return Ids;
}

} // namespace

TEST_CASE("a spooled batch writes every report exactly as one in memory") {
  AuditResult InMemory = auditSample(false);
  AuditResult Spooled = auditSample(true);
  REQUIRE(!InMemory.Cases.spooled());
  REQUIRE(Spooled.Cases.spooled());
  REQUIRE(Spooled.Cases.size() == InMemory.Cases.size());
  REQUIRE(Spooled.Cases.size() > 1);

  std::string Expected = everyReport(InMemory);
  CHECK(Expected.find("^~~") != std::string::npos); // source lines shown
  CHECK(everyReport(Spooled) == Expected);
}

TEST_CASE("a spooled case comes back with every field") {
  AuditResult InMemory = auditSample(false);
  AuditResult Spooled = auditSample(true);
  for (size_t I = 0; I < InMemory.Cases.size(); ++I) {
    AuditResult One, Back;
    One.Cases.push_back(InMemory.Cases[I]);
    Back.Cases.push_back(Spooled.Cases.load(I));
    CHECK(everyReport(Back) == everyReport(One));
  }
}

TEST_CASE("update, sortById and take keep every case of a spooled list") {
  CaseList Cases;
  REQUIRE(Cases.spoolToDisk());
  for (const char *Id : {"c", "a", "b"})
    Cases.push_back(caseNamed(Id));
  CHECK(idsOf(Cases) == std::vector<std::string>{"c", "a", "b"});

  Cases.sortById();
  CHECK(Cases.spooled());
  CHECK(idsOf(Cases) == std::vector<std::string>{"a", "b", "c"});

  Cases.update([](CaseResult &C) {
    if (C.Id == "b")
      C.Findings.clear();
  });
  CHECK(Cases.spooled());
  CHECK(Cases.load(0).Findings.size() == 1);
  CHECK(Cases.load(1).Findings.empty());
  CHECK(Cases.load(2).Findings.front().SourceLine == "Källraden för c");

  // A copy reads the same file and is not changed by the original.
  CaseList Copy = Cases;
  Cases.push_back(caseNamed("d"));
  CHECK(Copy.size() == 3);
  CHECK(Cases.size() == 4);

  std::vector<CaseResult> Taken = Cases.take();
  CHECK(Cases.empty());
  REQUIRE(Taken.size() == 4);
  CHECK(Taken[3].Avdelning == "Hemtjänst d");
  CHECK(idsOf(Copy) == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("a list in memory sorts and updates in place") {
  CaseList Cases{caseNamed("b"), caseNamed("a")};
  Cases.sortById();
  Cases.update([](CaseResult &C) { C.Enhet = "Norr"; });
  CHECK(!Cases.spooled());
  CHECK(idsOf(Cases) == std::vector<std::string>{"a", "b"});
  CHECK(Cases[1].Enhet == "Norr");
}

TEST_CASE("a spooled list tells its gravest finding without reading a case back") {
  CaseList Cases;
  REQUIRE(Cases.spoolToDisk());
  CHECK_FALSE(Cases.anyFindingAtLeast(Severity::Info));
  for (const char *Id : {"a", "b"})
    Cases.push_back(caseNamed(Id)); // one warning each
  CHECK(Cases.anyFindingAtLeast(Severity::Warning));
  CHECK_FALSE(Cases.anyFindingAtLeast(Severity::Error));

  // update() rewrites the file, and what it takes away no longer counts.
  Cases.update([](CaseResult &C) { C.Findings.clear(); });
  REQUIRE(Cases.spooled());
  CHECK_FALSE(Cases.anyFindingAtLeast(Severity::Info));
  Cases.update([](CaseResult &C) {
    if (C.Id == "b") {
      C.Findings.push_back(caseNamed("b").Findings.front());
      C.Findings.back().Level = Severity::Error;
    }
  });
  CHECK(Cases.anyFindingAtLeast(Severity::Error));
}
