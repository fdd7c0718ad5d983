//===- VendorCorpusTest.cpp - Vendor XML audited through its mapping ------===//
//
// corpora/vendor/<name>/ holds a fictional verksamhetssystem's own XML
// export and its mapping file; tests/inputs/vendor/<name>/ the same cases
// written in the canonical <ibic-export> format. Audited with no options
// (the mapping is found in the export's folder), both must give the same
// report: cases, documents, scores, områdespoäng and every finding, and
// each finding in the vendor file must point at the same text as its twin.
//
//===----------------------------------------------------------------------===//
#include "TestSupport.h"

#include "llvm/Support/MemoryBuffer.h"

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <map>

namespace ibic::test {
namespace {

/// Evidence without the file:line it names, which differ by format.
std::vector<std::string> withoutPlaces(std::vector<std::string> Evidence) {
  static const re2::RE2 Place(R"( \([^()]*\.xml:[0-9]+\))");
  for (std::string &E : Evidence)
    re2::RE2::GlobalReplace(&E, Place, "");
  return Evidence;
}

/// The source text a finding covers, as written in its file.
std::string spanText(const Finding &F) {
  static std::map<std::string, std::string> Files;
  std::string &Text = Files[F.File];
  if (Text.empty()) {
    auto Buffer = llvm::MemoryBuffer::getFile(F.File);
    REQUIRE(Buffer);
    Text = (*Buffer)->getBuffer().str();
  }
  auto Offset = [&](unsigned Line, unsigned Column) {
    size_t At = 0;
    for (unsigned L = 1; L < Line; ++L)
      At = Text.find('\n', At) + 1;
    // Columns count code points: skip UTF-8 continuation bytes.
    for (unsigned C = 1; C < Column; ++C)
      do
        ++At;
      while (At < Text.size() && (Text[At] & 0xC0) == 0x80);
    return At;
  };
  size_t Begin = Offset(F.Line, F.Column), End = Offset(F.EndLine, F.EndColumn);
  return Text.substr(Begin, End - Begin);
}

/// Findings in an order that does not depend on where they are.
bool findingOrder(const Finding &A, const Finding &B) {
  return std::tie(A.Rule, A.Document, A.Message, A.Suggestion) <
         std::tie(B.Rule, B.Document, B.Message, B.Suggestion);
}

void compareCases(const CaseResult &Mapped, const CaseResult &Canonical) {
  INFO("case " << Mapped.Id);
  CHECK(Mapped.Id == Canonical.Id);
  CHECK(Mapped.Avdelning == Canonical.Avdelning);
  CHECK(Mapped.Enhet == Canonical.Enhet);
  CHECK(Mapped.Lagrum == Canonical.Lagrum);
  REQUIRE(Mapped.Documents.size() == Canonical.Documents.size());
  for (size_t D = 0; D < Mapped.Documents.size(); ++D) {
    const DocumentMetrics &M = Mapped.Documents[D], &C = Canonical.Documents[D];
    INFO("document " << C.Id);
    CHECK(M.Id == C.Id);
    CHECK(M.Type == C.Type);
    CHECK(M.Words == C.Words);
    CHECK(M.Sentences == C.Sentences);
    CHECK(M.Lix == Approx(C.Lix));
  }
  REQUIRE(Mapped.Questions.size() == Canonical.Questions.size());
  for (size_t Q = 0; Q < Mapped.Questions.size(); ++Q) {
    const QuestionScore &M = Mapped.Questions[Q], &C = Canonical.Questions[Q];
    INFO("question " << C.Id);
    CHECK(M.Id == C.Id);
    CHECK(M.Score == C.Score);
    CHECK(M.Reason == C.Reason);
    CHECK(withoutPlaces(M.Evidence) == withoutPlaces(C.Evidence));
  }
  std::vector<Finding> MF = Mapped.Findings, CF = Canonical.Findings;
  std::sort(MF.begin(), MF.end(), findingOrder);
  std::sort(CF.begin(), CF.end(), findingOrder);
  REQUIRE(MF.size() == CF.size());
  for (size_t I = 0; I < MF.size(); ++I) {
    const Finding &M = MF[I], &C = CF[I];
    INFO(C.Rule << " in " << C.Document << " at " << C.File << ":" << C.Line
                << ", " << M.File << ":" << M.Line << ":" << M.Column);
    CHECK(M.Rule == C.Rule);
    CHECK(M.Code == C.Code);
    CHECK(M.Level == C.Level);
    CHECK(M.Question == C.Question);
    CHECK(M.Message == C.Message);
    CHECK(M.Suggestion == C.Suggestion);
    CHECK(M.Document == C.Document);
    // A finding in text points at that text in both files, so it has the
    // same fingerprint; one on a document or section points at the start
    // tag of the element it was read from.
    std::string Twin = spanText(C), Own = spanText(M);
    if (!Twin.empty() && Twin.front() == '<') {
      CHECK(llvm::StringRef(Own).startswith("<"));
    } else {
      CHECK(Own == Twin);
      CHECK(M.Fingerprint == C.Fingerprint);
    }
  }
}

} // namespace

TEST_CASE("vendor XML read through its mapping reports as the canonical XML "
          "of the same cases",
          "[corpus][vendor]") {
  for (const char *Vendor : {"nordsys", "omsorgsdata"}) {
    INFO("corpora/vendor/" << Vendor);
    AuditResult Mapped = engine().audit(
        {sourcePath(std::string("corpora/vendor/") + Vendor)}, {});
    AuditResult Canonical = engine().audit(
        {sourcePath(std::string("tests/inputs/vendor/") + Vendor)}, {});
    INFO("first error: " << (Mapped.Errors.empty()
                                 ? std::string()
                                 : Mapped.Errors[0].File + ":" +
                                       std::to_string(Mapped.Errors[0].Line) +
                                       ": " + Mapped.Errors[0].Message));
    CHECK(Mapped.Errors.empty());
    CHECK(Canonical.Errors.empty());
    REQUIRE(Mapped.Cases.size() >= 2);
    REQUIRE(Mapped.Cases.size() == Canonical.Cases.size());
    for (size_t C = 0; C < Mapped.Cases.size(); ++C)
      compareCases(Mapped.Cases[C], Canonical.Cases[C]);
    REQUIRE(Mapped.Groups.size() == Canonical.Groups.size());
    for (size_t G = 0; G < Mapped.Groups.size(); ++G) {
      const GroupResult &M = Mapped.Groups[G], &C = Canonical.Groups[G];
      CHECK(M.Avdelning == C.Avdelning);
      CHECK(M.Enhet == C.Enhet);
      CHECK(M.Cases == C.Cases);
      REQUIRE(M.Questions.size() == C.Questions.size());
      for (size_t Q = 0; Q < M.Questions.size(); ++Q) {
        CHECK(M.Questions[Q].Mean == C.Questions[Q].Mean);
        CHECK(M.Questions[Q].Colour == C.Questions[Q].Colour);
      }
    }
  }
}

TEST_CASE("a vendor case split over two export files is one case",
          "[corpus][vendor]") {
  AuditResult R = engine().audit({sourcePath("corpora/vendor/nordsys")}, {});
  auto Split = llvm::find_if(
      R.Cases, [](const CaseResult &C) { return C.Id == "2025-9802"; });
  REQUIRE(Split != R.Cases.end());
  CHECK(Split->Files.size() == 2);
  CHECK(Split->Documents.size() == 5);
}

} // namespace ibic::test
