#include "Selectors.h"

#include "llvm/ADT/STLExtras.h"

namespace ibic {

bool DocumentTypeFilter::matches(const Document &D) const {
  return Types.empty() || llvm::is_contained(Types, D.Type);
}

std::optional<SectionRole> sectionRoleNamed(llvm::StringRef Name) {
  if (Name == "plan-part")
    return SectionRole::PlanPart;
  if (Name == "assessment-part")
    return SectionRole::AssessmentPart;
  if (Name == "follow-up-part")
    return SectionRole::FollowUpPart;
  return std::nullopt;
}

bool SectionSelector::matches(const Section &S) const {
  return (!Role || S.Role == *Role) && (Kind.empty() || S.Kind == Kind) &&
         (LifeArea.empty() || S.LifeArea == LifeArea) &&
         (Factor.empty() || S.Factor == Factor);
}

void checkSectionSelector(const SectionSelectorSpec &Spec, const Reference &Ref,
                          llvm::function_ref<void(llvm::SMLoc, std::string)> Error) {
  if (!Spec.Kind.empty() && !Ref.isSectionKind(Spec.Kind))
    Error(Spec.Kind.Loc, "okänd avsnittstyp '" + Spec.Kind.Value + "'");
  if (!Spec.LifeArea.empty() && !Ref.isLifeArea(Spec.LifeArea))
    Error(Spec.LifeArea.Loc, "okänt livsområde '" + Spec.LifeArea.Value + "'");
  if (!Spec.Factor.empty() && !Ref.isFactor(Spec.Factor))
    Error(Spec.Factor.Loc, "okänd relaterad faktor '" + Spec.Factor.Value + "'");
  if (!Spec.Role.empty() && !sectionRoleNamed(Spec.Role))
    Error(Spec.Role.Loc, "okänd avsnittsroll '" + Spec.Role.Value +
                             "': skriv plan-part, assessment-part eller follow-up-part");
}

} // namespace ibic
