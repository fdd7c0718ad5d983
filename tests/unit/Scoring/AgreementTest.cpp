// Tests for Scoring/Agreement (ibic/Agreement.h): reviewer labels against
// audit scores (exact agreement, quadratic-weighted kappa, misses too high,
// too low and with null, the confusion matrix), the labels files, and
// per-sentence precision and recall with the real engine.
#include "ibic/Agreement.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace ibic;
using ibic::test::engine;

namespace {

/// A temporary file holding \p Contents, removed when the test ends.
class TempFile {
public:
  explicit TempFile(llvm::StringRef Contents) {
    int FD;
    REQUIRE_FALSE(llvm::sys::fs::createTemporaryFile("ibic-labels", "tsv", FD, Path));
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Contents;
  }
  ~TempFile() { llvm::sys::fs::remove(Path); }
  std::string path() const { return Path.str().str(); }

private:
  llvm::SmallString<128> Path;
};

std::string errorText(llvm::Error E) { return llvm::toString(std::move(E)); }

/// An audit result with one score per (case, question).
AuditResult audit(std::vector<std::tuple<std::string, std::string, std::optional<int>>> Scores) {
  std::vector<CaseResult> Cases;
  for (auto &[Case, Question, Score] : Scores) {
    auto It = std::find_if(Cases.begin(), Cases.end(),
                           [&Case = Case](const CaseResult &C) { return C.Id == Case; });
    if (It == Cases.end()) {
      Cases.emplace_back();
      Cases.back().Id = Case;
      It = Cases.end() - 1;
    }
    QuestionScore Q;
    Q.Id = Question;
    Q.Score = Score;
    It->Questions.push_back(Q);
  }
  AuditResult R;
  R.Cases = std::move(Cases);
  return R;
}

constexpr std::nullopt_t Null = std::nullopt;

/// Checks \p R's misses: too high, too low, with null; and that with the
/// agreeing pairs they are all its pairs.
void checkMisses(const AgreementRow &R, unsigned TooHigh, unsigned TooLow,
                 unsigned NullMisses) {
  INFO("row " << R.Question);
  CHECK(R.TooHigh == TooHigh);
  CHECK(R.TooLow == TooLow);
  CHECK(R.NullMisses == NullMisses);
  CHECK(R.Pairs == R.Agreeing + R.TooHigh + R.TooLow + R.NullMisses);
}

/// Checks every cell of \p C (rows: label 0, 1, 2, null; columns: tool);
/// returns the sum of the cells.
unsigned checkConfusion(const ConfusionMatrix &C, const unsigned (&Expected)[4][4]) {
  unsigned Total = 0;
  for (size_t L = 0; L < 4; ++L)
    for (size_t T = 0; T < 4; ++T) {
      INFO("label " << L << ", tool " << T << " (3 is null)");
      CHECK(C.Counts[L][T] == Expected[L][T]);
      Total += C.Counts[L][T];
    }
  return Total;
}

} // namespace

TEST_CASE("agreement: exact agreement and quadratic-weighted kappa",
          "[agreement]") {
  // Eight cases, reviewer label → tool score for M1:
  //   (0,0) (0,0) (1,1) (1,2) (2,2) (2,2) (2,1) (0,1)
  // Observed counts O[label][tool]:   rows (label) 3 2 3, columns (tool) 2 3 3
  //        t0 t1 t2
  //   l0    2  1  0
  //   l1    0  1  1
  //   l2    0  1  2
  // Weights w = (i-j)²/(K-1)² = 0, 1/4 or 1.
  // Observed disagreement: 1/4·(O01 + O12 + O21) = 3/4.
  // Expected: Σ w·row_i·col_j / N with N = 8:
  //   (0,1) 1/4·3·3 = 2.25   (0,2) 1·3·3 = 9     (1,0) 1/4·2·2 = 1
  //   (1,2) 1/4·2·3 = 1.5    (2,0) 1·3·2 = 6     (2,1) 1/4·3·3 = 2.25
  //   sum 22, / 8 = 2.75.
  // κ = 1 - 0.75 / 2.75 = 8/11 ≈ 0.727. Exact agreement 5/8.
  std::vector<std::pair<int, int>> Pairs = {{0, 0}, {0, 0}, {1, 1}, {1, 2},
                                            {2, 2}, {2, 2}, {2, 1}, {0, 1}};
  std::vector<std::tuple<std::string, std::string, std::optional<int>>> Tool;
  std::vector<Label> Labels;
  for (size_t I = 0; I < Pairs.size(); ++I) {
    std::string Case = "2025-" + std::to_string(I + 1);
    Tool.emplace_back(Case, "M1", Pairs[I].second);
    Labels.push_back({Case, "M1", Pairs[I].first});
  }
  AgreementReport A = compareWithLabels(audit(Tool), Labels);
  REQUIRE(A.Questions.size() == 1);
  const AgreementRow &M1 = A.Questions[0];
  CHECK(M1.Question == "M1");
  CHECK(M1.Pairs == 8);
  CHECK(M1.Agreeing == 5);
  CHECK(M1.exact() == Approx(5.0 / 8));
  REQUIRE(M1.Kappa);
  CHECK(*M1.Kappa == Approx(8.0 / 11));
  CHECK(A.Overall.Question == "alla");
  CHECK(A.Overall.Pairs == 8);
  REQUIRE(A.Overall.Kappa);
  CHECK(*A.Overall.Kappa == Approx(8.0 / 11));
  REQUIRE(A.Disagreements.size() == 3);
  CHECK(A.Disagreements[0].Case == "2025-4");
  CHECK(A.Disagreements[0].Label == 1);
  CHECK(A.Disagreements[0].Tool == 2);
  CHECK(A.Unmatched == 0);
  // Misses: ibic-audit higher in (1,2) and (0,1), lower in (2,1).
  checkMisses(M1, 2, 1, 0);
  checkMisses(A.Overall, 2, 1, 0);
  // The confusion matrix is O above, with an empty null row and column.
  CHECK(checkConfusion(A.Confusion,
                       {{2, 1, 0, 0}, {0, 1, 1, 0}, {0, 1, 2, 0}, {0, 0, 0, 0}}) == 8);
}

TEST_CASE("agreement: null handling", "[agreement]") {
  // The eight pairs above plus three with nulls for M1, and two agreeing
  // pairs of one class for M2.
  std::vector<std::pair<int, int>> Pairs = {{0, 0}, {0, 0}, {1, 1}, {1, 2},
                                            {2, 2}, {2, 2}, {2, 1}, {0, 1}};
  std::vector<std::tuple<std::string, std::string, std::optional<int>>> Tool;
  std::vector<Label> Labels;
  for (size_t I = 0; I < Pairs.size(); ++I) {
    std::string Case = "2025-" + std::to_string(I + 1);
    Tool.emplace_back(Case, "M1", Pairs[I].second);
    Labels.push_back({Case, "M1", Pairs[I].first});
  }
  // null == null agrees; one null is a disagreement; neither counts for κ.
  Tool.emplace_back("2025-9", "M1", Null);
  Labels.push_back({"2025-9", "M1", Null});
  Tool.emplace_back("2025-10", "M1", Null);
  Labels.push_back({"2025-10", "M1", 2});
  Tool.emplace_back("2025-11", "M1", 1);
  Labels.push_back({"2025-11", "M1", Null});
  // M2: everyone says 2; κ is undefined with one class.
  Tool.emplace_back("2025-1", "M2", 2);
  Labels.push_back({"2025-1", "M2", 2});
  Tool.emplace_back("2025-2", "M2", 2);
  Labels.push_back({"2025-2", "M2", 2});
  // A question the audit did not score for a case it saw: a null.
  Labels.push_back({"2025-3", "M3", 1});
  // A case the audit did not see.
  Labels.push_back({"2025-99", "M1", 2});

  AgreementReport A = compareWithLabels(audit(Tool), Labels);
  REQUIRE(A.Questions.size() == 3);
  const AgreementRow &M1 = A.Questions[0];
  CHECK(M1.Pairs == 11);
  CHECK(M1.Agreeing == 6);
  REQUIRE(M1.Kappa);
  CHECK(*M1.Kappa == Approx(8.0 / 11));
  const AgreementRow &M2 = A.Questions[1];
  CHECK(M2.Question == "M2");
  CHECK(M2.Pairs == 2);
  CHECK(M2.Agreeing == 2);
  CHECK_FALSE(M2.Kappa);
  const AgreementRow &M3 = A.Questions[2];
  CHECK(M3.Pairs == 1);
  CHECK(M3.Agreeing == 0);
  CHECK_FALSE(M3.Kappa);
  // Overall: the M1 and M2 scored pairs together. O22 grows by 2: rows
  // 3 2 5, columns 2 3 5, N = 10. Disagreement still 3/4; expected
  // (2.25 + 15 + 1 + 2.5 + 10 + 3.75) / 10 = 3.45; κ = 1 - 0.75/3.45 = 18/23.
  CHECK(A.Overall.Pairs == 14);
  CHECK(A.Overall.Agreeing == 8);
  REQUIRE(A.Overall.Kappa);
  CHECK(*A.Overall.Kappa == Approx(18.0 / 23));
  CHECK(A.Unmatched == 1);
  // Disagreements in label order, nulls kept.
  REQUIRE(A.Disagreements.size() == 6);
  CHECK(A.Disagreements[3].Case == "2025-10");
  CHECK(A.Disagreements[3].Label == 2);
  CHECK_FALSE(A.Disagreements[3].Tool);
  CHECK(A.Disagreements[4].Case == "2025-11");
  CHECK_FALSE(A.Disagreements[4].Label);
  CHECK(A.Disagreements[4].Tool == 1);
  CHECK(A.Disagreements[5].Question == "M3");
  // Which way the misses go: a null on one side is a miss of its own.
  checkMisses(M1, 2, 1, 2);
  checkMisses(M2, 0, 0, 0);
  checkMisses(M3, 0, 0, 1);
  checkMisses(A.Overall, 2, 1, 3);
  // Rows: the reviewer's 0, 1, 2, null; columns: ibic-audit's. M2's two
  // agreeing 2s are in (2,2), M3's unscored label in (1,null); the label of
  // the case the audit did not see is nowhere.
  CHECK(checkConfusion(A.Confusion, {{2, 1, 0, 0}, {0, 1, 1, 1}, {0, 1, 4, 1},
                                     {0, 1, 0, 1}}) == A.Overall.Pairs);
  CHECK(A.Confusion.at(Null, 1) == 1);
  CHECK(A.Confusion.at(2, Null) == 1);
}

TEST_CASE("agreement: perfect and opposite scores", "[agreement]") {
  AgreementReport Perfect = compareWithLabels(
      audit({{"a", "M1", 0}, {"b", "M1", 1}, {"c", "M1", 2}}),
      {{"a", "M1", 0}, {"b", "M1", 1}, {"c", "M1", 2}});
  REQUIRE(Perfect.Overall.Kappa);
  CHECK(*Perfect.Overall.Kappa == Approx(1.0));
  CHECK(Perfect.Overall.exact() == Approx(1.0));
  // 0 ↔ 2 both ways: disagreement 2, expected (1·1·1 + 1·1·1)/2 = 1, κ = -1.
  AgreementReport Opposite = compareWithLabels(audit({{"a", "M1", 2}, {"b", "M1", 0}}),
                                               {{"a", "M1", 0}, {"b", "M1", 2}});
  REQUIRE(Opposite.Overall.Kappa);
  CHECK(*Opposite.Overall.Kappa == Approx(-1.0));
  checkMisses(Opposite.Overall, 1, 1, 0);
  CHECK(Opposite.Confusion.at(0, 2) == 1);
  CHECK(Opposite.Confusion.at(2, 0) == 1);
  // No labels at all.
  AgreementReport None = compareWithLabels(audit({{"a", "M1", 2}}), {});
  CHECK(None.Questions.empty());
  CHECK(None.Overall.Pairs == 0);
  CHECK(None.Overall.exact() == 0);
  CHECK_FALSE(None.Overall.Kappa);
}

TEST_CASE("agreement: the table for people", "[agreement]") {
  AgreementReport A = compareWithLabels(
      audit({{"a", "M1", 2}, {"b", "M1", 1}, {"c", "M1", Null}}),
      {{"a", "M1", 2}, {"b", "M1", 2}, {"c", "M1", 0}, {"z", "M1", 1}});
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeAgreement(A, OS);
  OS.flush();
  // a agrees, b is one too low, c is null against a label of 0; z was not
  // audited. κ over a and b: both labels are 2, so one step off is all the
  // disagreement expected: κ = 0.
  CHECK(Out == "fråga  par  exakt lika  viktad κ  för högt  för lågt  null\n"
               "M1        3     33.3 %      0.00         0         1     1\n"
               "alla      3     33.3 %      0.00         0         1     1\n"
               "1 etiketter gäller ärenden som inte granskades\n"
               "\n"
               "Förväxlingsmatris, alla frågor (rad: granskare, kolumn: ibic-audit)\n"
               "              0     1     2  null\n"
               "0             0     0     0     1\n"
               "1             0     0     0     0\n"
               "2             0     1     1     0\n"
               "null          0     0     0     0\n"
               "\n"
               "Olika bedömningar (ärende, fråga: granskare → ibic-audit)\n"
               "  b M1: 2 → 1\n"
               "  c M1: 0 → null\n");
}

TEST_CASE("agreement: readLabels", "[agreement]") {
  TempFile F("case\tquestion\tlabel\twhy\n"
             "2025-1\tM1\t2\tbra\n"
             "2025-1\t M2 \tnull\n"
             "\n"
             "2025-2\tM1\t0\r\n");
  llvm::Expected<std::vector<Label>> L = readLabels(F.path());
  REQUIRE(static_cast<bool>(L));
  REQUIRE(L->size() == 3);
  CHECK((*L)[0].Case == "2025-1");
  CHECK((*L)[0].Question == "M1");
  CHECK((*L)[0].Score == 2);
  CHECK((*L)[1].Question == "M2");
  CHECK_FALSE((*L)[1].Score);
  CHECK((*L)[2].Case == "2025-2");
  CHECK((*L)[2].Score == 0);
}

TEST_CASE("agreement: readLabels errors name the line", "[agreement]") {
  {
    TempFile F("case\tquestion\tlabel\n2025-1\tM1\t2\n2025-2\tM1\n");
    llvm::Expected<std::vector<Label>> L = readLabels(F.path());
    REQUIRE_FALSE(static_cast<bool>(L));
    std::string E = errorText(L.takeError());
    CHECK_THAT(E, Catch::StartsWith(F.path() + ":3: "));
    CHECK_THAT(E, Catch::Contains("väntade case, question och label"));
  }
  for (const char *Bad : {"3", "-1", "x", "1.5", ""}) {
    INFO("label '" << Bad << "'");
    TempFile F(std::string("case\tquestion\tlabel\n\n2025-1\tM1\t2\n2025-1\tM2\t") +
               Bad + "\n");
    llvm::Expected<std::vector<Label>> L = readLabels(F.path());
    REQUIRE_FALSE(static_cast<bool>(L));
    std::string E = errorText(L.takeError());
    CHECK_THAT(E, Catch::StartsWith(F.path() + ":4: "));
    CHECK_THAT(E, Catch::Contains("0, 1, 2 eller null"));
  }
  llvm::Expected<std::vector<Label>> Missing = readLabels("/nonexistent/labels.tsv");
  REQUIRE_FALSE(static_cast<bool>(Missing));
  CHECK_THAT(errorText(Missing.takeError()), Catch::Contains("/nonexistent/labels.tsv"));
}

TEST_CASE("agreement: readSentenceLabels", "[agreement]") {
  TempFile F("id\tdocument\texpected\tsentence\tnote\n"
             "s1\tutredning\tsprak/vardeladdat-ord\tElsa vägrade duscha.\tvägra\n"
             "s2\tjournalanteckning\t-\tElsa duschade.\n"
             "s3\tutredning\t a/b , c/d ,\tTvå regler.\n");
  llvm::Expected<std::vector<SentenceLabel>> L = readSentenceLabels(F.path());
  REQUIRE(static_cast<bool>(L));
  REQUIRE(L->size() == 3);
  CHECK((*L)[0].Id == "s1");
  CHECK((*L)[0].Document == "utredning");
  CHECK((*L)[0].Sentence == "Elsa vägrade duscha.");
  CHECK((*L)[0].Expected == std::vector<std::string>{"sprak/vardeladdat-ord"});
  CHECK((*L)[1].Expected.empty());
  CHECK((*L)[2].Expected == std::vector<std::string>{"a/b", "c/d"});
  TempFile Bad("id\tdocument\texpected\tsentence\ns1\tutredning\t-\n");
  llvm::Expected<std::vector<SentenceLabel>> E = readSentenceLabels(Bad.path());
  REQUIRE_FALSE(static_cast<bool>(E));
  CHECK_THAT(errorText(E.takeError()), Catch::StartsWith(Bad.path() + ":2: "));
}

TEST_CASE("agreement: precision and recall per check on labelled sentences",
          "[agreement]") {
  // Personnummer with a wrong check digit.
  std::vector<SentenceLabel> Labels = {
      {"1", "utredning", "Elsa vägrade duscha i dag.", {"sprak/vardeladdat-ord"}},  // TP
      {"2", "utredning", "Elsa duschade själv i dag.", {}},                         // TN
      {"3", "utredning", "Elsa vägrade ta emot hjälp.", {}},                        // FP
      {"4", "utredning", "Elsa tackade nej till duschen.", {"sprak/vardeladdat-ord"}},  // FN
      {"5", "journalanteckning", "Sonen 450312-1234 ringde.", {"sprak/personnummer"}},  // TP
  };
  SentenceEvaluation S = evaluateSentences(engine(), Labels);
  REQUIRE(S.Checks.size() == 2);
  const CheckScore &Pnr = S.Checks[0];
  CHECK(Pnr.Rule == "sprak/personnummer");
  CHECK(Pnr.TruePositives == 1);
  CHECK(Pnr.FalsePositives == 0);
  CHECK(Pnr.FalseNegatives == 0);
  CHECK(Pnr.precision() == Approx(1.0));
  CHECK(Pnr.recall() == Approx(1.0));
  const CheckScore &Ord = S.Checks[1];
  CHECK(Ord.Rule == "sprak/vardeladdat-ord");
  CHECK(Ord.TruePositives == 1);
  CHECK(Ord.FalsePositives == 1);
  CHECK(Ord.FalseNegatives == 1);
  CHECK(Ord.precision() == Approx(0.5));
  CHECK(Ord.recall() == Approx(0.5));
  REQUIRE(S.Mistakes.size() == 2);
  CHECK(S.Mistakes[0].Id == "3");
  CHECK(S.Mistakes[0].Rule == "sprak/vardeladdat-ord");
  CHECK_FALSE(S.Mistakes[0].Missed);
  CHECK(S.Mistakes[1].Id == "4");
  CHECK(S.Mistakes[1].Missed);
  CHECK(S.Mistakes[1].Sentence == "Elsa tackade nej till duschen.");
}

TEST_CASE("agreement: a check that never fires nor is expected scores 1",
          "[agreement]") {
  CheckScore Empty;
  CHECK(Empty.precision() == 1.0);
  CHECK(Empty.recall() == 1.0);
  CheckScore Missed{"r", 0, 0, 2};
  CHECK(Missed.precision() == 1.0);
  CHECK(Missed.recall() == 0.0);
}
