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

  /// Adds \p R, which registered the word lists [FirstList, EndList).
  void add(std::unique_ptr<Rule> R, LexiconIndex::ListId FirstList,
           LexiconIndex::ListId EndList);
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
  struct Lists {
    LexiconIndex::ListId First, End;
  };
  std::vector<std::unique_ptr<Rule>> Rules;
  std::vector<Lists> ListsOf; ///< Parallel to Rules.
  LexiconIndex Lexicons;
  ActiveLexicons Active;
};

} // namespace ibic

#endif
