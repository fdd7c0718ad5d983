#include "RuleSet.h"

namespace ibic {

std::vector<RawFinding> RuleSet::check(const Case &C) const {
  std::vector<RawFinding> Findings;
  for (const auto &R : Rules)
    R->check(C, Findings);
  return Findings;
}

} // namespace ibic
