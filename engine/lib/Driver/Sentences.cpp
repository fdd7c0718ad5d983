//===- Sentences.cpp - The language checks on labelled sentences ----------===//
//
// Lives with the driver, not the scoring: it audits each sentence through
// the engine, and the scoring layer never calls the engine.
//
//===----------------------------------------------------------------------===//
#include "ibic/Agreement.h"

#include <map>
#include <set>

namespace ibic {

SentenceEvaluation evaluateSentences(const Engine &E,
                                     const std::vector<SentenceLabel> &Labels) {
  std::map<std::string, CheckScore> Scores;
  for (const SentenceLabel &L : Labels)
    for (const std::string &R : L.Expected)
      Scores[R].Rule = R;
  SentenceEvaluation Out;
  AuditOptions Options;
  Options.Score = false;
  for (const SentenceLabel &L : Labels) {
    bool Note = L.Document == "journalanteckning";
    std::string Text = "Ärende: mening-" + L.Id + "\nDokument: " +
                       (Note ? "Journalanteckningar\n\n2025-01-01 08:00 "
                               "Personlig vård (undersköterska)\n"
                             : "Utredning\n\nÖvrigt\n") +
                       L.Sentence + "\n";
    AuditResult R = E.auditText("mening.txt", Text, Options);
    std::set<std::string> Found;
    for (const CaseResult &C : R.Cases)
      for (const Finding &F : C.Findings)
        if (Scores.count(F.Rule))
          Found.insert(F.Rule);
    for (auto &[Rule, Score] : Scores) {
      bool Expected = llvm::is_contained(L.Expected, Rule);
      bool Fired = Found.count(Rule) > 0;
      if (Expected && Fired)
        ++Score.TruePositives;
      else if (Fired)
        ++Score.FalsePositives;
      else if (Expected)
        ++Score.FalseNegatives;
      if (Expected != Fired)
        Out.Mistakes.push_back({L.Id, Rule, L.Sentence, Expected});
    }
  }
  for (auto &[Rule, Score] : Scores)
    Out.Checks.push_back(Score);
  return Out;
}

} // namespace ibic
