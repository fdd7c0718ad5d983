//===- SpellingState.h - A rule's spelling answers for one audit ----------===//
//
// Rules that ask a Dictionary about many words (the spelling rule, the
// missing-space rule) keep its answers for one audit, so each distinct word
// costs one Hunspell call per run, and they are freed with the audit.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_SPELLINGSTATE_H
#define IBIC_RULES_SPELLINGSTATE_H

#include "Rules/Rule.h"
#include "Text/Speller.h"

namespace ibic {

class SpellingState final : public RuleState {
public:
  explicit SpellingState(const Dictionary &D) : Cache(D) {}
  SpellingCache Cache;
};

} // namespace ibic

#endif
