//===- RuleSet.h - The enabled rules, compiled ----------------------------===//
#ifndef IBIC_RULES_RULESET_H
#define IBIC_RULES_RULESET_H

#include "Rules/Rule.h"

#include <memory>
#include <vector>

namespace ibic {

class RuleSet {
public:
  void add(std::unique_ptr<Rule> R) { Rules.push_back(std::move(R)); }
  /// Runs every rule over \p C.
  std::vector<RawFinding> check(const Case &C) const;
  const std::vector<std::unique_ptr<Rule>> &rules() const { return Rules; }

private:
  std::vector<std::unique_ptr<Rule>> Rules;
};

} // namespace ibic

#endif
