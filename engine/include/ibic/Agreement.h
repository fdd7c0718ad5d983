//===- ibic/Agreement.h - How well ibic-audit agrees with reviewers -------===//
//
// A labelled corpus has, per case and question, the score a reviewer gave by
// reading the case. These functions compare an audit with such labels: exact
// agreement, Cohen's kappa with quadratic weights (disagreeing by two steps
// costs four times one step), which way the misses go, per question and
// overall, and a confusion matrix of every pair.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_AGREEMENT_H
#define IBIC_AGREEMENT_H

#include "ibic/Engine.h"
#include "ibic/Result.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace ibic {

/// One reviewer label: a score 0–2, or empty for null (does not apply).
struct Label {
  std::string Case, Question;
  std::optional<int> Score;
};

/// Reads a labels file: tab-separated `case question label [why]` with a
/// header line; label is 0, 1, 2 or null.
llvm::Expected<std::vector<Label>> readLabels(llvm::StringRef Path);

struct AgreementRow {
  std::string Question; ///< "alla" for the overall row.
  unsigned Pairs = 0, Agreeing = 0;
  /// Misses where both gave a score: ibic-audit scored higher than the
  /// reviewer (too lenient) or lower (too strict).
  unsigned TooHigh = 0, TooLow = 0;
  /// Misses where one side says null (does not apply) and the other scores.
  /// Pairs == Agreeing + TooHigh + TooLow + NullMisses.
  unsigned NullMisses = 0;
  /// Over pairs where both gave a score; empty when undefined (one class).
  std::optional<double> Kappa;
  double exact() const { return Pairs ? double(Agreeing) / Pairs : 0; }
};

/// Every pair counted by the reviewer's label (row) and ibic-audit's score
/// (column), each 0, 1, 2 or null.
struct ConfusionMatrix {
  static constexpr size_t Null = 3; ///< The row and column of null.
  unsigned Counts[4][4] = {};
  static size_t index(std::optional<int> Score) { return Score ? *Score : Null; }
  unsigned at(std::optional<int> Label, std::optional<int> Tool) const {
    return Counts[index(Label)][index(Tool)];
  }
};

struct Disagreement {
  std::string Case, Question;
  std::optional<int> Label, Tool;
};

struct AgreementReport {
  std::vector<AgreementRow> Questions;
  AgreementRow Overall;
  ConfusionMatrix Confusion; ///< Over every question.
  std::vector<Disagreement> Disagreements;
  unsigned Unmatched = 0; ///< Labels for cases the audit did not see.
};

AgreementReport compareWithLabels(const AuditResult &R,
                                  const std::vector<Label> &Labels);

/// A table for people (pairs, exact agreement, κ and the misses per
/// question), the confusion matrix, then every disagreement.
void writeAgreement(const AgreementReport &A, llvm::raw_ostream &OS);

/// One labelled sentence: the checks (rule ids) that should fire on it.
struct SentenceLabel {
  std::string Id, Document, Sentence; ///< Document: utredning or journalanteckning.
  std::vector<std::string> Expected;
};

/// Reads `id document expected sentence [note]`, tab-separated with a header;
/// expected is a comma-separated list of rule ids or "-".
llvm::Expected<std::vector<SentenceLabel>> readSentenceLabels(llvm::StringRef Path);

struct CheckScore {
  std::string Rule;
  unsigned TruePositives = 0, FalsePositives = 0, FalseNegatives = 0;
  double precision() const;
  double recall() const;
};

struct SentenceMistake {
  std::string Id, Rule, Sentence;
  bool Missed = false; ///< Expected but not found (else found but not expected).
};

struct SentenceEvaluation {
  std::vector<CheckScore> Checks; ///< Every rule named in the labels.
  std::vector<SentenceMistake> Mistakes;
};

/// Checks each sentence on its own, as a journal note or a paragraph of an
/// utredning, and counts per check what it found against the labels.
SentenceEvaluation evaluateSentences(const Engine &E,
                                     const std::vector<SentenceLabel> &Labels);

void writeSentenceEvaluation(const SentenceEvaluation &S, llvm::raw_ostream &OS);

} // namespace ibic

#endif
