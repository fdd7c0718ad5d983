// Tests for Report/JsonReport's reader (readJsonReport): a report written by
// writeJsonReport reads back to the same result, and what is not such a
// report is an error that names the file.
#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using namespace ibic::test;

namespace {

std::string written(const AuditResult &R) {
  return render([&](llvm::raw_ostream &OS) { writeJsonReport(R, OS); });
}

/// Reads \p Text, failing the test on an error.
AuditResult readBack(llvm::StringRef Text) {
  llvm::Expected<AuditResult> R = readJsonReport("del.json", Text);
  if (!R) {
    std::string Message = llvm::toString(R.takeError());
    FAIL("not read: " << Message);
  }
  return std::move(*R);
}

/// The error reading \p Text as "del1.json" gives; empty when it reads.
std::string readError(llvm::StringRef Text) {
  llvm::Expected<AuditResult> R = readJsonReport("rapporter/del1.json", Text);
  return R ? std::string() : llvm::toString(R.takeError());
}

/// A result with every field the JSON report holds set to something
/// distinct.
AuditResult everyField() {
  AuditResult R = handMadeResult();
  CaseResult &A = R.Cases[0];
  A.Documents = {{"U-1", "utredning", "export/ärende 1.xml", 42.5, 310, 27},
                 {"J-1 2025-02-04 09:40", "journalanteckning", "export/ärende 1.xml", 0,
                  0, 0}};
  A.Questions[0].Evidence = {"Elsa berättar", "Hon säger ”nej”"};
  A.Questions[1].Max = 2;
  A.Findings[2].Fingerprint = "0123456789abcdef";
  R.Errors.push_back({"b.txt", 0, 0, "Filen är tom.", ""});
  return R;
}

} // namespace

TEST_CASE("json report reader: a written report reads back the same",
          "[report][json]") {
  AuditResult Original = everyField();
  AuditResult R = readBack(written(Original));
  CHECK(R.TemplateId == Original.TemplateId);
  CHECK(R.TemplateVersion == Original.TemplateVersion);
  REQUIRE(R.Cases.size() == Original.Cases.size());
  for (size_t I = 0; I < R.Cases.size(); ++I) {
    const CaseResult &Got = R.Cases[I], &Want = Original.Cases[I];
    INFO("case " << Want.Id);
    CHECK(Got.Id == Want.Id);
    CHECK(Got.Avdelning == Want.Avdelning);
    CHECK(Got.Enhet == Want.Enhet);
    CHECK(Got.Lagrum == Want.Lagrum);
    CHECK(Got.Files == Want.Files);
    REQUIRE(Got.Questions.size() == Want.Questions.size());
    for (size_t Q = 0; Q < Got.Questions.size(); ++Q) {
      INFO("question " << Want.Questions[Q].Id);
      CHECK(Got.Questions[Q].Id == Want.Questions[Q].Id);
      CHECK(Got.Questions[Q].Score == Want.Questions[Q].Score);
      CHECK(Got.Questions[Q].Max == Want.Questions[Q].Max);
      // A reason belongs to a null score, evidence to a score.
      if (Want.Questions[Q].Score)
        CHECK(Got.Questions[Q].Evidence == Want.Questions[Q].Evidence);
      else
        CHECK(Got.Questions[Q].Reason == Want.Questions[Q].Reason);
    }
    REQUIRE(Got.Documents.size() == Want.Documents.size());
    for (size_t D = 0; D < Got.Documents.size(); ++D) {
      CHECK(Got.Documents[D].Id == Want.Documents[D].Id);
      CHECK(Got.Documents[D].Type == Want.Documents[D].Type);
      CHECK(Got.Documents[D].File == Want.Documents[D].File);
      CHECK(Got.Documents[D].Lix == Approx(Want.Documents[D].Lix));
      CHECK(Got.Documents[D].Words == Want.Documents[D].Words);
      CHECK(Got.Documents[D].Sentences == Want.Documents[D].Sentences);
    }
    REQUIRE(Got.Findings.size() == Want.Findings.size());
    for (size_t F = 0; F < Got.Findings.size(); ++F) {
      const Finding &G = Got.Findings[F], &W = Want.Findings[F];
      INFO("finding " << W.Rule);
      CHECK(G.Rule == W.Rule);
      CHECK(G.Code == W.Code);
      CHECK(G.Level == W.Level);
      CHECK(G.Question == W.Question);
      CHECK(G.Message == W.Message);
      CHECK(G.Suggestion == W.Suggestion);
      CHECK(G.Document == W.Document);
      CHECK(G.File == W.File);
      CHECK(G.Line == W.Line);
      CHECK(G.Column == W.Column);
      CHECK(G.EndLine == W.EndLine);
      CHECK(G.EndColumn == W.EndColumn);
      CHECK(G.Fingerprint == W.Fingerprint);
      // The JSON report holds no source lines.
      CHECK(G.SourceLine.empty());
    }
  }
  REQUIRE(R.Errors.size() == 2);
  CHECK(R.Errors[0].File == "export/trasig fil.xml");
  CHECK(R.Errors[0].Line == 3);
  CHECK(R.Errors[0].Column == 17);
  CHECK(R.Errors[0].Message == "XML-filen är inte välformad.");
  CHECK(R.Errors[1].Line == 0);
  CHECK(R.Errors[1].Message == "Filen är tom.");
}

TEST_CASE("json report reader: the fields that matter were really set",
          "[report][json]") {
  // Guards the round trip above: it compares fields the hand-made result
  // sets to something other than their defaults.
  AuditResult R = everyField();
  const CaseResult &A = R.Cases[0], &B = R.Cases[1];
  CHECK_FALSE(A.Questions[2].Score);
  CHECK_FALSE(A.Questions[2].Reason.empty());
  CHECK(B.Questions[0].Score == 0);
  CHECK(B.Avdelning.empty());
  CHECK(A.Findings[0].Question.empty());
  CHECK(A.Findings[0].Level == Severity::Error);
  CHECK(A.Findings[1].Level == Severity::Info);
  CHECK_FALSE(A.Findings[2].Suggestion.empty());
  CHECK_FALSE(A.Findings[2].Fingerprint.empty());
}

TEST_CASE("json report reader: reading and writing again is byte-identical",
          "[report][json]") {
  // Groups and template titles are not read (a merge recomputes them), so
  // compare a result without them.
  AuditResult Original = everyField();
  Original.Groups.clear();
  Original.TemplateQuestions.clear();
  std::string First = written(Original);
  CHECK(written(readBack(First)) == First);
  // The audited sample corpus too.
  AuditResult Sample = sampleResult();
  Sample.Groups.clear();
  std::string Report = written(Sample);
  CHECK(written(readBack(Report)) == Report);
}

TEST_CASE("json report reader: what is not a report is an error naming the file",
          "[report][json]") {
  CHECK_THAT(readError("{\"schema\": \"ibic-audit/report/2\", \"cases\": []}"),
             Catch::StartsWith("rapporter/del1.json ") &&
                 Catch::Contains("schema ibic-audit/report/1"));
  CHECK_THAT(readError("{\"cases\": []}"), Catch::StartsWith("rapporter/del1.json "));
  CHECK_THAT(readError("[1, 2]"), Catch::StartsWith("rapporter/del1.json "));
  CHECK_THAT(readError("{\"schema\": \"ibic-audit/report/1\", \"cases\": ["),
             Catch::StartsWith("rapporter/del1.json är ingen giltig JSON"));
  CHECK_THAT(readError(""), Catch::StartsWith("rapporter/del1.json är ingen giltig JSON"));
  CHECK(readError("{\"schema\": \"ibic-audit/report/1\", \"errors\": []}") ==
        "rapporter/del1.json saknar fältet 'cases'");
  CHECK(readError("{\"schema\": \"ibic-audit/report/1\", \"cases\": [],"
                  " \"errors\": []}")
            .empty());
  CHECK(readError("{\"schema\": \"ibic-audit/report/1\", \"cases\": [7], \"errors\": []}") ==
        "rapporter/del1.json har ett ärende som inte är ett objekt");
  CHECK(readError("{\"schema\": \"ibic-audit/report/1\", \"errors\": [], \"cases\": "
                  "[{\"id\": \"1\", \"files\": [], \"questions\": [], \"findings\": "
                  "[{\"rule\": \"a/b\", \"severity\": \"kritisk\"}]}]}") ==
        "rapporter/del1.json har ett fynd med okänd allvarlighetsgrad");
  // A case without its findings is not a whole case.
  CHECK(readError("{\"schema\": \"ibic-audit/report/1\", \"errors\": [], \"cases\": "
                  "[{\"id\": \"1\", \"files\": [], \"questions\": []}]}") ==
        "rapporter/del1.json saknar fältet 'findings'");
}
