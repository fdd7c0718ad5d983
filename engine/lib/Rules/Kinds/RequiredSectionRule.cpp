//===- RequiredSectionRule.cpp - A section the document should have -------===//
//
// Finds a document with no section (at any depth, among those in scope)
// matching `section`. Unit: the document.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

class RequiredSectionRule final : public Rule {
public:
  RequiredSectionRule(RuleSpec Spec, Scope S, SectionSelector Wanted)
      : Rule(std::move(Spec), std::move(S)), Wanted(std::move(Wanted)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    for (const SectionAnalysis *A : U.Sections)
      if (Wanted.matches(*A->S))
        return;
    const Document &D = *U.Doc->Doc;
    reportLine(Ctx, D, &D, D.Offset, {{"document", D.Id}});
  }

private:
  SectionSelector Wanted;
};

} // namespace

std::unique_ptr<Rule> createRequiredSectionRule(RuleSpec Spec, Scope S,
                                                KindContext &C) {
  std::optional<SectionSelector> Wanted = C.Options.section("section");
  if (!Wanted)
    C.Options.missing("section");
  return std::make_unique<RequiredSectionRule>(std::move(Spec), std::move(S),
                                               Wanted.value_or(SectionSelector()));
}

} // namespace ibic
