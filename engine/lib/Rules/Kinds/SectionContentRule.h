//===- SectionContentRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_SECTIONCONTENTRULE_H
#define IBIC_RULES_KINDS_SECTIONCONTENTRULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds a section that is empty, holds only a placeholder ("-", "se journal") or too few words to describe anything.
class SectionContentRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

private:
  using Rule::Rule;
  bool isPlaceholder(llvm::StringRef Text) const;
  DocumentTypeFilter Documents;
  SectionSelector Sections;
  std::vector<std::string> Placeholders; ///< Folded.
  unsigned MinWords = 1;
};

} // namespace ibic

#endif
