//===- SentenceLengthRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_SENTENCELENGTHRULE_H
#define IBIC_RULES_KINDS_SENTENCELENGTHRULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds sentences longer than a number of words.
class SentenceLengthRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

private:
  using Rule::Rule;
  DocumentTypeFilter Documents;
  unsigned MaxWords = 35;
};

} // namespace ibic

#endif
