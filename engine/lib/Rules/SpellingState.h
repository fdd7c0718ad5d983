//===- SpellingState.h - A rule's spelling answers for one audit ----------===//
//
// Rules that ask a Dictionary about many words (the spelling rule, the
// missing-space rule) keep its answers for one audit, or for as long as the
// caller keeps an AuditMemory, so each distinct word costs one Hunspell call.
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

/// Whether \p Text starts with a capital: A–Z or À–Þ (Å, Ä, Ö); the rules
/// that judge words as written use it where a capital starts a sentence.
inline bool startsUpper(llvm::StringRef Text) {
  if (Text.empty())
    return false;
  auto B0 = static_cast<unsigned char>(Text[0]);
  auto B1 = Text.size() > 1 ? static_cast<unsigned char>(Text[1]) : 0;
  return (B0 >= 'A' && B0 <= 'Z') || (B0 == 0xC3 && B1 >= 0x80 && B1 <= 0x9E && B1 != 0x97);
}

} // namespace ibic

#endif
