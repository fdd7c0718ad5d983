//===- PatternRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_PATTERNRULE_H
#define IBIC_RULES_KINDS_PATTERNRULE_H

#include "Rules/RuleKinds.h"

#include <re2/re2.h>

namespace ibic {

/// Finds text that matches a forbidden pattern, or a section where a required pattern has no match (RE2: linear time, so a user's pattern cannot hang a run).
class PatternRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

  struct Pattern {
    std::unique_ptr<re2::RE2> Regex;
    std::string Label, Suggestion;
  };

private:
  using Rule::Rule;
  void forbid(const Document &D, const void *Unit, const TextSpan &Span,
              std::vector<RawFinding> &Out) const;
  DocumentTypeFilter Documents;
  SectionSelector Sections;
  bool Require = false;
  std::vector<Pattern> Patterns;
};

} // namespace ibic

#endif
