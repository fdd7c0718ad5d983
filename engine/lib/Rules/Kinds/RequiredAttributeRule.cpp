#include "RequiredAttributeRule.h"

#include "Text/Words.h"

namespace ibic {
namespace {

/// Named value lists from the reference data, usable in `allowed`.
std::vector<std::string> referenceList(llvm::StringRef Name,
                                       const Reference &Ref, bool &Known) {
  std::vector<std::string> Values;
  Known = true;
  auto AddSlugs = [&](const std::vector<NamedEntry> &Entries) {
    for (const NamedEntry &E : Entries)
      Values.push_back(E.Slug);
  };
  if (Name == "livsomraden")
    AddSlugs(Ref.data().LifeAreas);
  else if (Name == "faktorer")
    AddSlugs(Ref.data().Factors);
  else if (Name == "livsomraden-och-faktorer") {
    AddSlugs(Ref.data().LifeAreas);
    AddSlugs(Ref.data().Factors);
  } else if (Name == "bedomningsniva") {
    for (const RatingLevel &L : Ref.data().Levels)
      Values.push_back(std::to_string(L.Level));
  } else if (Name == "maluppfyllelse")
    Values = Ref.data().Outcomes;
  else
    Known = false;
  return Values;
}

std::string levelText(const std::optional<int> &Level) {
  return Level ? std::to_string(*Level) : std::string();
}

} // namespace

std::unique_ptr<Rule> RequiredAttributeRule::create(RuleSpec Spec,
                                                    KindContext &Context) {
  auto R = std::make_unique<RequiredAttributeRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  llvm::StringRef TargetName = P.Target ? llvm::StringRef(P.Target->Value) : "";
  if (TargetName == "note")
    R->On = Target::Note;
  else if (TargetName == "section")
    R->On = Target::Section;
  else if (TargetName == "assessment")
    R->On = Target::Assessment;
  else if (P.Target)
    Context.error(P.Target->Loc, "target ska vara note, section eller "
                                 "assessment, inte '" + P.Target->Value + "'");
  else
    Context.missing("target");
  R->Documents = Context.documentTypes(P.DocumentTypes);
  R->Sections = Context.section();
  R->RequireAny = P.RequireAny.getValueOr(false);
  if (!P.Attribute) {
    Context.missing("attribute");
    return R;
  }
  R->Attribute = P.Attribute->Value;
  static const std::vector<std::pair<llvm::StringRef, Target>> Attributes = {
      {"livsomrade", Target::Note}, {"kind", Target::Section},
      {"level", Target::Section},   {"level", Target::Assessment},
      {"outcome", Target::Assessment}, {"comment", Target::Assessment}};
  if (!llvm::is_contained(Attributes, std::make_pair(llvm::StringRef(R->Attribute), R->On)))
    Context.error(P.Attribute->Loc, "attributet '" + R->Attribute +
                                        "' finns inte för target '" +
                                        TargetName.str() + "'");
  if (P.Allowed)
    for (const Located &A : *P.Allowed) {
      bool Known;
      std::vector<std::string> Named = referenceList(A.Value, Context.Ref, Known);
      if (Known)
        R->Allowed.insert(R->Allowed.end(), Named.begin(), Named.end());
      else
        R->Allowed.push_back(A.Value);
    }
  return R;
}

bool RequiredAttributeRule::allowed(llvm::StringRef Value) const {
  if (Value.empty())
    return false;
  return Allowed.empty() || llvm::is_contained(Allowed, Value);
}

void RequiredAttributeRule::check(const Case &C,
                                  std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents)
    if (Documents.matches(D))
      checkDocument(D, Out);
}

void RequiredAttributeRule::checkDocument(const Document &D,
                                          std::vector<RawFinding> &Out) const {
  unsigned Targets = 0;
  switch (On) {
  case Target::Note: {
    ++Targets;
    std::string Value = D.LifeArea.empty() ? D.Factor : D.LifeArea;
    if (!allowed(Value))
      reportLine(Out, D, &D, D.Offset, {{"value", Value}, {"document", D.Id}});
    break;
  }
  case Target::Section:
    D.forEachSection([&](const Section &S) {
      if (!Sections.matches(S))
        return;
      // A heading with nothing under it is no need outside the life areas.
      if (Attribute == "kind" && !S.hasText())
        return;
      ++Targets;
      bool Ok = Attribute == "kind"
                    ? allowed(S.Kind)
                    : llvm::any_of(S.Assessments, [&](const Assessment &A) {
                        return allowed(levelText(A.Level));
                      });
      if (!Ok)
        reportLine(Out, D, &S, S.Offset, {{"section", S.Heading}});
    });
    break;
  case Target::Assessment:
    D.forEachSection([&](const Section &S) {
      if (!Sections.matches(S))
        return;
      for (const Assessment &A : S.Assessments) {
        ++Targets;
        bool Ok = Attribute == "outcome" ? allowed(A.Outcome)
                  : Attribute == "level" ? allowed(levelText(A.Level))
                                         : S.hasText();
        if (!Ok)
          reportLine(Out, D, &A, A.Offset,
                     {{"section", S.Heading}, {"value", A.Outcome}});
      }
    });
    break;
  }
  if (RequireAny && Targets == 0)
    reportLine(Out, D, &D, D.Offset, {{"section", ""}, {"document", D.Id}});
}

} // namespace ibic
