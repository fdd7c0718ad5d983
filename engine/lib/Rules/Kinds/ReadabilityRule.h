//===- ReadabilityRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_READABILITYRULE_H
#define IBIC_RULES_KINDS_READABILITYRULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds a document or section whose LIX is above a threshold (words per sentence plus the share of long words): text the person it is about may not be able to read. Short texts are skipped; LIX says little about a few sentences.
class ReadabilityRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

private:
  using Rule::Rule;
  DocumentTypeFilter Documents;
  SectionSelector Sections;
  bool PerSection = true;
  double MaxLix = 50;
  unsigned MinWords = 40;
};

} // namespace ibic

#endif
