//===- RuleSet.h - The enabled rules and the runtime they share -----------===//
#ifndef IBIC_RULES_RULESET_H
#define IBIC_RULES_RULESET_H

#include "Analysis/Analyzer.h"
#include "Rules/Rule.h"

#include <chrono>
#include <memory>
#include <vector>

namespace ibic {

class RuleSet {
public:
  /// Word lists of every rule, filled while rules are compiled.
  LexiconIndex &lexicons() { return Lexicons; }
  const LexiconIndex &lexicons() const { return Lexicons; }

  /// Adds \p R, which asked for the word lists \p Lists.
  void add(std::unique_ptr<Rule> R, llvm::ArrayRef<LexiconIndex::ListId> Lists);
  /// Works out which word lists each document type needs; call after the
  /// last add().
  void finish(const Reference &Ref);

  /// Fresh state for every rule that keeps some during an audit.
  std::vector<std::unique_ptr<RuleState>> newAuditStates() const;

  /// Runs every rule over every unit of its scope in \p C. With \p Seconds
  /// (one slot per rule) the time each rule took is added there. Stops and
  /// returns false once \p Deadline has passed, so that one pathological
  /// case cannot hold up a batch. With \p OnlyFile, rules that judge
  /// within one document judge only that file's (forEachUnit).
  bool check(const CaseAnalysis &C, RuleContext &Ctx, ScopeBuffers &Buffers,
             std::vector<double> *Seconds = nullptr,
             std::chrono::steady_clock::time_point Deadline =
                 std::chrono::steady_clock::time_point::max(),
             llvm::StringRef OnlyFile = {}) const;

  const std::vector<std::unique_ptr<Rule>> &rules() const { return Rules; }
  const ActiveLexicons &activeLexicons() const { return Active; }

private:
  std::vector<std::unique_ptr<Rule>> Rules;
  std::vector<std::vector<LexiconIndex::ListId>> ListsOf; ///< Parallel to Rules.
  LexiconIndex Lexicons;
  ActiveLexicons Active;
};

} // namespace ibic

#endif
