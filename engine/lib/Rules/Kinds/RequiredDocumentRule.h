//===- RequiredDocumentRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_REQUIREDDOCUMENTRULE_H
#define IBIC_RULES_KINDS_REQUIREDDOCUMENTRULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds a case that has documents of some types but lacks a document of another type (provider documents but no genomförandeplan).
class RequiredDocumentRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

private:
  using Rule::Rule;
  DocumentTypeFilter WhenCaseHas;
  std::string Required;
};

} // namespace ibic

#endif
