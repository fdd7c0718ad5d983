//===- IdentifierRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_IDENTIFIERRULE_H
#define IBIC_RULES_KINDS_IDENTIFIERRULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds direct identifiers in free text: a personnummer (a wrong check digit is still someone's mistyped number), a phone number or an e-mail address. Messages never repeat the identifier.
class IdentifierRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

private:
  using Rule::Rule;
  DocumentTypeFilter Documents;
  int Kind = 0; ///< IdentifierMatch::Kind of the identifiers this rule finds.
};

} // namespace ibic

#endif
