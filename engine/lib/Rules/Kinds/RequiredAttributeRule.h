//===- RequiredAttributeRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_REQUIREDATTRIBUTERULE_H
#define IBIC_RULES_KINDS_REQUIREDATTRIBUTERULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds a note, section or assessment whose attribute (life area, kind, level, outcome, comment) is missing or not an allowed value.
class RequiredAttributeRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

  enum class Target { Note, Section, Assessment };

private:
  using Rule::Rule;
  bool allowed(llvm::StringRef Value) const;
  void checkDocument(const Document &D, std::vector<RawFinding> &Out) const;
  Target On = Target::Section;
  DocumentTypeFilter Documents;
  SectionSelector Sections;
  std::string Attribute;
  std::vector<std::string> Allowed; ///< Empty: any non-empty value.
  bool RequireAny = false;
};

} // namespace ibic

#endif
