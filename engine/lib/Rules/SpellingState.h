//===- SpellingState.h - A rule's spelling answers for one audit ----------===//
//
// Rules that ask a Dictionary about many words (the spelling rule, the
// missing-space rule) keep its answers for one audit, or for as long as the
// caller keeps an AuditMemory, so each distinct word costs one Hunspell call.
// What a dictionary says of a word does not depend on the rule that asks, and
// the two rules ask about the same words, so they share one cache per
// dictionary.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_SPELLINGSTATE_H
#define IBIC_RULES_SPELLINGSTATE_H

#include "Rules/Rule.h"
#include "Text/Speller.h"

#include "llvm/ADT/DenseMap.h"

#include <memory>

namespace ibic {

/// The caches the rules of one audit share, made while their states are.
class AuditCaches {
public:
  std::shared_ptr<SpellingCache> spelling(const Dictionary &D) {
    std::shared_ptr<SpellingCache> &Cache = Spelling[&D];
    if (!Cache)
      Cache = std::make_shared<SpellingCache>(D);
    return Cache;
  }

private:
  llvm::DenseMap<const Dictionary *, std::shared_ptr<SpellingCache>> Spelling;
};

class SpellingState final : public RuleState {
public:
  SpellingState(AuditCaches &Shared, const Dictionary &D) : Cache(Shared.spelling(D)) {}
  const std::shared_ptr<SpellingCache> Cache;
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

/// Whether the sentence goes on after the dot at \p Dot of \p Text, so that
/// the word before it is cut short ("Kontr. av", "Närv.: Gunnar"): small
/// letters (å, ä, ö too), a number, a comma, a parenthesis, a colon or a
/// semicolon follow; not an ellipsis's next dot, and not a capital, which
/// starts a sentence ("glidlakan. Åke").
inline bool goesOnAfterDot(llvm::StringRef Text, size_t Dot) {
  if (Dot >= Text.size() || Text[Dot] != '.')
    return false;
  llvm::StringRef After = Text.drop_front(Dot + 1);
  if (After.startswith("."))
    return false;
  After = After.ltrim(' ');
  if (After.empty())
    return false;
  auto B = static_cast<unsigned char>(After[0]);
  auto B1 = After.size() > 1 ? static_cast<unsigned char>(After[1]) : 0;
  return (B >= 'a' && B <= 'z') || (B >= '0' && B <= '9') || B == ',' || B == '(' ||
         B == ':' || B == ';' || (B == 0xC3 && B1 >= 0xA0);
}

} // namespace ibic

#endif
