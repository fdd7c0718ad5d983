//===- IcfAssessmentRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_ICFASSESSMENTRULE_H
#define IBIC_RULES_KINDS_ICFASSESSMENTRULE_H

#include "Rules/RuleKinds.h"

#include <map>

namespace ibic {

/// Checks the assessments of matching sections against IBIC's ICF facts, one
/// check per rule: `code-valid` (a well-formed code), `code-in-selection` (a
/// d code from IBIC's selection), `code-placement` (a d code under the life area of its chapter,
/// b/s/e codes under their factor, IBIC's own codes where IBIC puts them) or
/// `target-level` (an intended level worse than the current one needs a
/// comment saying why).
class IcfAssessmentRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

  enum class Check { CodeValid, CodeInSelection, CodePlacement, TargetLevel };

private:
  using Rule::Rule;
  /// Where a code belongs: a life-area or factor slug; empty when unknown.
  std::string homeOf(llvm::StringRef Code) const;
  std::string problem(const Section &S, const Assessment &A) const;

  Check What = Check::CodeValid;
  DocumentTypeFilter Documents;
  SectionSelector Sections;
  std::map<std::string, std::string> Selection; ///< Code → where IBIC puts it.
  std::map<std::string, std::string> Chapters;  ///< "d5" → life-area slug.
  std::map<std::string, std::string> Names;     ///< Slug → display name.
};

} // namespace ibic

#endif
