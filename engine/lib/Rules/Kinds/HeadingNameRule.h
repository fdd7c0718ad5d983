//===- HeadingNameRule.h --------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_HEADINGNAMERULE_H
#define IBIC_RULES_KINDS_HEADINGNAMERULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds a heading written with an older or other name of a life area,
/// factor or section ("Viktiga livsområden"), suggesting the current name.
/// The section is still read as what it stands for.
class HeadingNameRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

private:
  using Rule::Rule;
  DocumentTypeFilter Documents;
  SectionSelector Sections;
};

} // namespace ibic

#endif
