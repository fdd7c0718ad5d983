//===- RequiredSectionRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_REQUIREDSECTIONRULE_H
#define IBIC_RULES_KINDS_REQUIREDSECTIONRULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds a document that lacks a section of a given kind, life area or factor.
class RequiredSectionRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

private:
  using Rule::Rule;
  DocumentTypeFilter Documents;
  SectionSelector Wanted;
};

} // namespace ibic

#endif
