//===- SpellingRule.h -----------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_SPELLINGRULE_H
#define IBIC_RULES_KINDS_SPELLINGRULE_H

#include "Rules/RuleKinds.h"

#include <memory>
#include <set>

namespace ibic {

class Speller;

/// Finds words the Hunspell dictionary (sv_SE) does not know, with its first
/// suggestion. Names (capitalised inside a sentence), abbreviations in
/// capitals, codes, numbers, quoted words and the project's word list of
/// care, IBIC and ICF terms are never checked.
class SpellingRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;
  ~SpellingRule() override;

private:
  using Rule::Rule;
  void checkSpan(const Document &D, const void *Unit, const TextSpan &Span,
                 std::vector<RawFinding> &Out) const;
  bool shouldCheck(llvm::StringRef Text, uint32_t Begin, uint32_t End) const;

  DocumentTypeFilter Documents;
  std::shared_ptr<Speller> Dictionary;
  std::set<std::string> Accepted; ///< Folded.
};

} // namespace ibic

#endif
