// Tests for Driver/Baseline and the fingerprints the driver gives findings:
// a fingerprint survives unrelated edits (a note inserted above moves every
// line), changes when the finding's own text changes, ignores case, Unicode
// normalisation and white space, never depends on a personnummer's digits;
// a baseline hides at most as many findings as it holds; baselines are read
// back from both the JSON report and --write-baseline files.
#include "ibic/Baseline.h"
#include "TestSupport.h"
#include "ibic/Report.h"

#include <catch2/catch.hpp>

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

using namespace ibic;

namespace {

const char *const Journal = R"(Ärende: 2099-0001
Avdelning: Hemtjänst
Enhet: Testenheten
Lagrum: SoL
Dokument: Journalanteckningar
Datum: 2025-03-01
Upprättad av: undersköterska

2025-03-01 07:45 Personlig vård (undersköterska)
Kalle vägrar duscha i dag. Han tvättade ansiktet själv.

2025-03-02 14:00 Övrigt (undersköterska)
Kalles dotter var på besök. De gick en promenad.

2025-03-05 08:10 Personlig vård (undersköterska)
Kalle var lat i dag och ville ligga kvar i sängen till lunch.
)";

/// A note of its own, with a life area and plain words: nothing to find.
const char *const Unrelated = R"(2025-03-04 09:00 Förflyttning (undersköterska)
Kalle gick med rollator till matsalen och åt frukost där.

)";

AuditResult check(llvm::StringRef Text) {
  AuditOptions Options;
  Options.Score = false;
  return test::engine().auditText("2099-0001-journal.txt", Text, Options);
}

std::multiset<std::string> fingerprints(const AuditResult &R) {
  std::multiset<std::string> Out;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings)
      Out.insert(F.Fingerprint);
  return Out;
}

std::vector<Finding> findings(const AuditResult &R) {
  std::vector<Finding> Out;
  for (const CaseResult &C : R.Cases)
    Out.insert(Out.end(), C.Findings.begin(), C.Findings.end());
  return Out;
}

std::string replaced(std::string Text, llvm::StringRef From,
                     llvm::StringRef To) {
  size_t At = Text.find(From.str());
  REQUIRE(At != std::string::npos);
  return Text.replace(At, From.size(), To.str());
}

Finding finding(llvm::StringRef Fingerprint, unsigned Line) {
  Finding F;
  F.Rule = "sprak/vardeladdat-ord";
  F.Document = "J-1";
  F.File = "j.txt";
  F.Line = Line;
  F.Message = "Värdeladdat ord";
  F.Fingerprint = Fingerprint.str();
  return F;
}

} // namespace

TEST_CASE("every finding gets a fingerprint of 16 hex digits", "[baseline]") {
  std::vector<Finding> All = findings(check(Journal));
  REQUIRE(All.size() >= 2);
  for (const Finding &F : All) {
    INFO(F.Rule << " at line " << F.Line);
    CHECK(F.Fingerprint.size() == 16);
    CHECK(F.Fingerprint.find_first_not_of("0123456789abcdef") ==
          std::string::npos);
  }
}

TEST_CASE("a fingerprint survives a note inserted above", "[baseline]") {
  std::string Before = Journal;
  std::string After = replaced(Before, "2025-03-05 08:10",
                               std::string(Unrelated) + "2025-03-05 08:10");
  AuditResult Old = check(Before), New = check(After);
  // The inserted note moved the last finding down three lines...
  auto LineOf = [](const AuditResult &R, llvm::StringRef Word) {
    for (const Finding &F : findings(R))
      if (llvm::StringRef(F.Message).contains(Word))
        return F.Line;
    return 0u;
  };
  REQUIRE(LineOf(Old, "lat'") != 0);
  CHECK(LineOf(New, "lat'") == LineOf(Old, "lat'") + 3);
  // ...but every finding is recognised, so a baseline hides them all.
  CHECK(fingerprints(Old) == fingerprints(New));
  size_t Hidden = applyBaseline(New, baselineOf(Old));
  CHECK(Hidden == fingerprints(Old).size());
  CHECK(findings(New).empty());
  CHECK(New.KnownFindings == Hidden);
}

TEST_CASE("changed text in a finding's span is a new finding", "[baseline]") {
  AuditResult Old = check(Journal);
  AuditResult New =
      check(replaced(Journal, "Kalle vägrar duscha", "Kalle vägrade duscha"));
  REQUIRE(findings(Old).size() == findings(New).size());
  applyBaseline(New, baselineOf(Old));
  std::vector<Finding> Left = findings(New);
  REQUIRE(Left.size() == 1);
  CHECK(Left[0].Rule == "sprak/vardeladdat-ord");
  CHECK_THAT(Left[0].Message, Catch::Contains("vägrade"));
}

TEST_CASE("fingerprints ignore case, normalisation and white space",
          "[baseline]") {
  std::string Plain =
      fingerprintFinding("r/x", "2099-0001", "J-1", "Vägrar  maten");
  CHECK(fingerprintFinding("r/x", "2099-0001", "J-1", " vägrar\n\tmaten ") ==
        Plain);
  // "a" followed by a combining diaeresis (NFD) is the same word.
  CHECK(fingerprintFinding("r/x", "2099-0001", "J-1", "VA\xCC\x88GRAR maten") ==
        Plain);
  CHECK(fingerprintFinding("r/x", "2099-0001", "J-1", "vägrar\xC2\xA0maten") ==
        Plain);
  // Every Unicode space the normaliser knows, and the line and paragraph
  // separators, which it leaves alone.
  for (const char *Space : {"\xE2\x80\xAF", "\xE1\x9A\x80", "\xE3\x80\x80",
                            "\xE2\x80\xA8", "\xE2\x80\xA9"})
    CHECK(fingerprintFinding("r/x", "2099-0001", "J-1",
                             std::string("vägrar") + Space + "maten") == Plain);
  // Every part counts.
  CHECK(fingerprintFinding("r/y", "2099-0001", "J-1", "Vägrar maten") != Plain);
  CHECK(fingerprintFinding("r/x", "2099-0002", "J-1", "Vägrar maten") != Plain);
  CHECK(fingerprintFinding("r/x", "2099-0001", "J-2", "Vägrar maten") != Plain);
  CHECK(fingerprintFinding("r/x", "2099-0001", "J-1", "Vägrade maten") !=
        Plain);
  // Fields cannot run into each other.
  CHECK(fingerprintFinding("ab", "c", "d", "e") !=
        fingerprintFinding("a", "bc", "d", "e"));
}

TEST_CASE("a personnummer is masked before it is hashed", "[baseline]") {
  // Two different numbers in the same place give the same fingerprint, so the
  // hash cannot be used to test guesses of the number.
  CHECK(fingerprintFinding("sprak/personnummer", "2099-0001", "J-1",
                           "19121212-1213") ==
        fingerprintFinding("sprak/personnummer", "2099-0001", "J-1",
                           "19121212-1221"));
}

TEST_CASE("a fingerprint in the baseline N times hides at most N findings",
          "[baseline]") {
  AuditResult R;
  CaseResult C;
  C.Id = "2099-0001";
  C.Findings = {finding("aaaa", 1), finding("aaaa", 5), finding("bbbb", 7),
                finding("aaaa", 9)};
  R.Cases.push_back(C);
  Baseline Old;
  Old.Counts["aaaa"] = 2;
  Old.Counts["cccc"] = 4; // gone since: hides nothing
  CHECK(Old.size() == 6);
  CHECK(applyBaseline(R, Old) == 2);
  REQUIRE(R.Cases[0].Findings.size() == 2);
  // The first ones in report order are the known ones.
  CHECK(R.Cases[0].Findings[0].Fingerprint == "bbbb");
  CHECK(R.Cases[0].Findings[1].Fingerprint == "aaaa");
  CHECK(R.Cases[0].Findings[1].Line == 9);
  CHECK(R.KnownFindings == 2);
  CHECK_FALSE(R.hasFindingAtLeast(Severity::Error));
}

TEST_CASE("scores are not changed by a baseline", "[baseline]") {
  AuditResult R =
      test::engine().auditText("2099-0001-journal.txt", Journal, {});
  REQUIRE_FALSE(R.Groups.empty());
  std::vector<GroupResult> Groups = R.Groups;
  std::vector<QuestionScore> Scores = R.Cases.front().Questions;
  applyBaseline(R, baselineOf(R));
  CHECK(findings(R).empty());
  REQUIRE(R.Cases.front().Questions.size() == Scores.size());
  for (size_t N = 0; N < Scores.size(); ++N)
    CHECK(R.Cases.front().Questions[N].Score == Scores[N].Score);
  REQUIRE(R.Groups.size() == Groups.size());
  for (size_t N = 0; N < Groups.size(); ++N)
    for (size_t Q = 0; Q < Groups[N].Questions.size(); ++Q)
      CHECK(R.Groups[N].Questions[Q].Mean == Groups[N].Questions[Q].Mean);
}

TEST_CASE("a baseline is read from a report and from --write-baseline",
          "[baseline]") {
  AuditResult R = check(Journal);
  R.Cases.front().Findings.push_back(R.Cases.front().Findings.front());
  Baseline Expected = baselineOf(R);
  REQUIRE(Expected.size() == findings(R).size());

  std::string Report, Written;
  llvm::raw_string_ostream ReportOut(Report), WrittenOut(Written);
  writeJsonReport(R, ReportOut);
  writeBaseline(R, WrittenOut);
  ReportOut.flush();
  WrittenOut.flush();
  // The baseline file carries no message and no source text.
  CHECK_THAT(Written, !Catch::Contains("Värdeladdat"));
  CHECK_THAT(Written, !Catch::Contains("vägrar"));
  CHECK_THAT(Written, Catch::Contains("\"schema\": \"ibic-audit/baseline/1\""));

  for (const std::string *Text : {&Report, &Written}) {
    llvm::Expected<Baseline> Read = parseBaseline("b.json", *Text);
    REQUIRE(bool(Read));
    CHECK(Read->size() == Expected.size());
    for (const auto &Entry : Expected.Counts)
      CHECK(Read->Counts.lookup(Entry.getKey()) == Entry.getValue());
  }
}

TEST_CASE("a broken baseline is an error that names the file", "[baseline]") {
  auto ErrorOf = [](llvm::StringRef Text) {
    llvm::Expected<Baseline> B = parseBaseline("old.json", Text);
    REQUIRE_FALSE(bool(B));
    return llvm::toString(B.takeError());
  };
  CHECK_THAT(ErrorOf("{"),
             Catch::Contains("old.json") && Catch::Contains("JSON"));
  CHECK_THAT(ErrorOf(R"({"schema": "annat/1"})"),
             Catch::Contains("okänt schema"));
  CHECK_THAT(ErrorOf(R"({"cases": []})"), Catch::Contains("schema"));
  CHECK_THAT(ErrorOf(R"({"schema": "ibic-audit/report/1", "cases": [
                       {"findings": [{"rule": "a/b"}]}]})"),
             Catch::Contains("fingerprint"));
  llvm::Expected<Baseline> Missing = readBaseline("/nonexistent/old.json");
  REQUIRE_FALSE(bool(Missing));
  CHECK_THAT(llvm::toString(Missing.takeError()),
             Catch::Contains("/nonexistent/old.json"));
}
