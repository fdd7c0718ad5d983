#include "ibic/Agreement.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"

#include <map>
#include <set>

namespace ibic {
namespace {

std::optional<double> quadraticKappa(const std::vector<std::pair<int, int>> &Pairs) {
  constexpr int K = 3;
  if (Pairs.empty())
    return std::nullopt;
  double Observed[K][K] = {}, RowSum[K] = {}, ColSum[K] = {};
  for (auto [A, B] : Pairs) {
    Observed[A][B] += 1;
    RowSum[A] += 1;
    ColSum[B] += 1;
  }
  double N = Pairs.size(), Disagree = 0, Expected = 0;
  for (int I = 0; I < K; ++I)
    for (int J = 0; J < K; ++J) {
      double W = double((I - J) * (I - J)) / ((K - 1) * (K - 1));
      Disagree += W * Observed[I][J];
      Expected += W * RowSum[I] * ColSum[J] / N;
    }
  if (Expected == 0)
    return std::nullopt;
  return 1.0 - Disagree / Expected;
}

/// Calls \p Row with the fields of every data line of a tab-separated file
/// with a header line; a line with fewer than \p MinFields fields, or an
/// error \p Row returns, stops with file:line in the message.
llvm::Error forEachRow(
    llvm::StringRef Path, size_t MinFields, llvm::StringRef Columns,
    llvm::function_ref<llvm::Error(llvm::ArrayRef<llvm::StringRef>)> Row) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   "kan inte läsa " + Path + ": " +
                                       Buffer.getError().message());
  unsigned LineNo = 0;
  for (llvm::StringRef Line : llvm::split((*Buffer)->getBuffer(), '\n')) {
    ++LineNo;
    Line = Line.rtrim("\r");
    if (LineNo == 1 || Line.trim().empty())
      continue;
    llvm::SmallVector<llvm::StringRef, 5> Fields;
    Line.split(Fields, '\t');
    llvm::Error E = Fields.size() < MinFields
                        ? llvm::createStringError(std::errc::invalid_argument,
                                                  "väntade %s", Columns.str().c_str())
                        : Row(Fields);
    if (E)
      return llvm::createStringError(std::errc::invalid_argument, "%s:%u: %s",
                                     Path.str().c_str(), LineNo,
                                     llvm::toString(std::move(E)).c_str());
  }
  return llvm::Error::success();
}

} // namespace

llvm::Expected<std::vector<Label>> readLabels(llvm::StringRef Path) {
  std::vector<Label> Labels;
  llvm::Error E = forEachRow(
      Path, 3, "case, question och label",
      [&](llvm::ArrayRef<llvm::StringRef> Fields) -> llvm::Error {
        Label L{Fields[0].trim().str(), Fields[1].trim().str(), std::nullopt};
        llvm::StringRef Value = Fields[2].trim();
        int Score;
        if (Value != "null") {
          if (Value.getAsInteger(10, Score) || Score < 0 || Score > 2)
            return llvm::createStringError(std::errc::invalid_argument,
                                           "label ska vara 0, 1, 2 eller null");
          L.Score = Score;
        }
        Labels.push_back(std::move(L));
        return llvm::Error::success();
      });
  if (E)
    return E;
  return Labels;
}

AgreementReport compareWithLabels(const AuditResult &R,
                                  const std::vector<Label> &Labels) {
  std::map<std::pair<std::string, std::string>, std::optional<int>> Tool;
  std::map<std::string, bool> Seen;
  for (const CaseResult &C : R.Cases) {
    Seen[C.Id] = true;
    for (const QuestionScore &Q : C.Questions)
      Tool[{C.Id, Q.Id}] = Q.Score;
  }
  AgreementReport A;
  A.Overall.Question = "alla";
  std::map<std::string, AgreementRow> Rows;
  std::map<std::string, std::vector<std::pair<int, int>>> Scored;
  std::vector<std::pair<int, int>> AllScored;
  std::vector<std::string> Order;
  for (const Label &L : Labels) {
    if (!Seen.count(L.Case)) {
      ++A.Unmatched;
      continue;
    }
    std::optional<int> T = Tool[{L.Case, L.Question}];
    if (!Rows.count(L.Question))
      Order.push_back(L.Question);
    AgreementRow &Row = Rows[L.Question];
    Row.Question = L.Question;
    for (AgreementRow *R : {&Row, &A.Overall}) {
      ++R->Pairs;
      if (T == L.Score)
        ++R->Agreeing;
      else if (!T || !L.Score)
        ++R->NullMisses;
      else if (*T > *L.Score)
        ++R->TooHigh;
      else
        ++R->TooLow;
    }
    ++A.Confusion.Counts[ConfusionMatrix::index(L.Score)][ConfusionMatrix::index(T)];
    if (T != L.Score)
      A.Disagreements.push_back({L.Case, L.Question, L.Score, T});
    if (T && L.Score) {
      Scored[L.Question].push_back({*L.Score, *T});
      AllScored.push_back({*L.Score, *T});
    }
  }
  for (const std::string &Q : Order) {
    AgreementRow Row = Rows[Q];
    Row.Kappa = quadraticKappa(Scored[Q]);
    A.Questions.push_back(std::move(Row));
  }
  A.Overall.Kappa = quadraticKappa(AllScored);
  return A;
}

llvm::Expected<std::vector<SentenceLabel>> readSentenceLabels(llvm::StringRef Path) {
  std::vector<SentenceLabel> Labels;
  llvm::Error E = forEachRow(
      Path, 4, "id, document, expected och sentence",
      [&](llvm::ArrayRef<llvm::StringRef> Fields) -> llvm::Error {
        SentenceLabel L{Fields[0].trim().str(), Fields[1].trim().str(),
                        Fields[3].trim().str(), {}};
        for (llvm::StringRef Rule : llvm::split(Fields[2], ','))
          if (!Rule.trim().empty() && Rule.trim() != "-")
            L.Expected.push_back(Rule.trim().str());
        Labels.push_back(std::move(L));
        return llvm::Error::success();
      });
  if (E)
    return E;
  return Labels;
}

double CheckScore::precision() const {
  unsigned Found = TruePositives + FalsePositives;
  return Found ? double(TruePositives) / Found : 1.0;
}

double CheckScore::recall() const {
  unsigned Expected = TruePositives + FalseNegatives;
  return Expected ? double(TruePositives) / Expected : 1.0;
}

void writeSentenceEvaluation(const SentenceEvaluation &S, llvm::raw_ostream &OS) {
  OS << "regel                                 träff  falsk  miss  precision  recall\n";
  for (const CheckScore &C : S.Checks)
    OS << llvm::left_justify(C.Rule, 37) << llvm::format("%6u %6u %5u %10.2f %7.2f\n",
                                                         C.TruePositives, C.FalsePositives,
                                                         C.FalseNegatives, C.precision(),
                                                         C.recall());
  if (S.Mistakes.empty())
    return;
  OS << "\nFel (mening, regel: missad eller falsk träff)\n";
  for (const SentenceMistake &M : S.Mistakes)
    OS << "  " << M.Id << ' ' << M.Rule << ": " << (M.Missed ? "missad" : "falsk")
       << " – " << M.Sentence << '\n';
}

void writeAgreement(const AgreementReport &A, llvm::raw_ostream &OS) {
  auto Score = [](const std::optional<int> &S) {
    return S ? std::to_string(*S) : std::string("null");
  };
  auto Row = [&](const AgreementRow &R) {
    OS << llvm::left_justify(R.Question, 6) << llvm::format("%5u", R.Pairs)
       << llvm::format("%9.1f %%", 100 * R.exact());
    if (R.Kappa)
      OS << llvm::format("%10.2f", *R.Kappa);
    else
      OS << "         –";
    OS << llvm::format("%10u%10u%6u", R.TooHigh, R.TooLow, R.NullMisses) << '\n';
  };
  OS << "fråga  par  exakt lika  viktad κ  för högt  för lågt  null\n";
  for (const AgreementRow &R : A.Questions)
    Row(R);
  Row(A.Overall);
  if (A.Unmatched)
    OS << A.Unmatched << " etiketter gäller ärenden som inte granskades\n";
  OS << "\nFörväxlingsmatris, alla frågor (rad: granskare, kolumn: ibic-audit)\n"
     << llvm::left_justify("", 9);
  const std::optional<int> Scores[] = {0, 1, 2, std::nullopt};
  for (const std::optional<int> &Tool : Scores)
    OS << llvm::format("%6s", Score(Tool).c_str());
  OS << '\n';
  for (const std::optional<int> &Label : Scores) {
    OS << llvm::left_justify(Score(Label), 9);
    for (const std::optional<int> &Tool : Scores)
      OS << llvm::format("%6u", A.Confusion.at(Label, Tool));
    OS << '\n';
  }
  if (!A.Disagreements.empty()) {
    OS << "\nOlika bedömningar (ärende, fråga: granskare → ibic-audit)\n";
    for (const Disagreement &D : A.Disagreements)
      OS << "  " << D.Case << ' ' << D.Question << ": " << Score(D.Label)
         << " → " << Score(D.Tool) << '\n';
  }
}

} // namespace ibic
