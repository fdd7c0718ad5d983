//===- RequiredAttributeRule.cpp - A value every note or section needs ----===//
//
// Finds a target whose attribute is missing or not `allowed`: a journal
// note's life area, a section's recognised kind or level, an assessment's
// outcome or comment (a section in scope with no assessment has no
// outcome). With `require-any`, also a document with no target at all.
// Unit: the document; targets are the sections in scope.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

enum class Target { Note, Section, Assessment };

/// Named value lists from the reference data, usable in `allowed`.
std::optional<std::vector<std::string>> referenceList(llvm::StringRef Name,
                                                      const Reference &Ref) {
  std::vector<std::string> Values;
  auto AddSlugs = [&](const std::vector<NamedEntry> &Entries) {
    for (const NamedEntry &E : Entries)
      Values.push_back(E.Slug);
  };
  if (Name == "livsomraden" || Name == "livsomraden-och-faktorer")
    AddSlugs(Ref.data().LifeAreas);
  if (Name == "faktorer" || Name == "livsomraden-och-faktorer")
    AddSlugs(Ref.data().Factors);
  if (Name == "bedomningsniva")
    for (const RatingLevel &L : Ref.data().Levels)
      Values.push_back(std::to_string(L.Level));
  if (Name == "maluppfyllelse")
    Values = Ref.data().Outcomes;
  if (Values.empty())
    return std::nullopt;
  return Values;
}

std::string levelText(const std::optional<int> &Level) {
  return Level ? std::to_string(*Level) : std::string();
}

class RequiredAttributeRule final : public Rule {
public:
  RequiredAttributeRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    const Document &D = *U.Doc->Doc;
    unsigned Targets = 0;
    switch (On) {
    case Target::Note: {
      ++Targets;
      std::string Value = D.LifeArea.empty() ? D.Factor : D.LifeArea;
      if (!allowed(Value))
        reportLine(Ctx, D, &D, D.Offset, {{"value", Value}, {"document", D.Id}});
      break;
    }
    case Target::Section:
      for (const SectionAnalysis *A : U.Sections) {
        const Section &S = *A->S;
        // A heading with nothing under it is no need outside the life areas.
        if (Attribute == "kind" && !S.hasText())
          continue;
        ++Targets;
        bool Ok = Attribute == "kind"
                      ? allowed(S.Kind)
                      : llvm::any_of(S.Assessments, [&](const Assessment &As) {
                          return allowed(levelText(As.Level));
                        });
        if (!Ok)
          reportLine(Ctx, D, &S, S.Offset, {{"section", S.Heading}});
      }
      break;
    case Target::Assessment:
      for (const SectionAnalysis *A : U.Sections) {
        const Section &S = *A->S;
        // A part of a follow-up with no assessment at all has no outcome
        // either; the unit of each finding is its section.
        if (S.Assessments.empty() && Attribute == "outcome") {
          ++Targets;
          reportLine(Ctx, D, &S, S.Offset, {{"section", S.Heading}, {"value", ""}});
        }
        for (const Assessment &As : S.Assessments) {
          ++Targets;
          bool Ok = Attribute == "outcome" ? allowed(As.Outcome)
                    : Attribute == "level" ? allowed(levelText(As.Level))
                                           : As.Commented.value_or(S.hasText());
          if (!Ok)
            reportLine(Ctx, D, &S, As.Offset,
                       {{"section", S.Heading}, {"value", As.Outcome}});
        }
      }
      break;
    }
    if (RequireAny && Targets == 0)
      reportLine(Ctx, D, &D, D.Offset, {{"section", ""}, {"document", D.Id}});
  }

  Target On = Target::Note;
  std::string Attribute;
  std::vector<std::string> Allowed;
  bool RequireAny = false;

private:
  bool allowed(llvm::StringRef Value) const {
    if (Value.empty())
      return false;
    return Allowed.empty() || llvm::is_contained(Allowed, Value);
  }
};

} // namespace

std::unique_ptr<Rule> createRequiredAttributeRule(RuleSpec Spec, Scope S,
                                                  KindContext &C) {
  auto R = std::make_unique<RequiredAttributeRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  if (!O.has("target"))
    O.missing("target");
  static const llvm::StringRef Targets[] = {"note", "section", "assessment"};
  R->On = Target(O.choice("target", Targets, 0));
  R->RequireAny = O.flag("require-any", false);
  for (const Located &A : O.list("allowed")) {
    if (std::optional<std::vector<std::string>> Named = referenceList(A.Value, C.Ref))
      R->Allowed.insert(R->Allowed.end(), Named->begin(), Named->end());
    else
      R->Allowed.push_back(A.Value);
  }
  std::optional<Located> Attribute = O.text("attribute");
  if (!Attribute) {
    O.missing("attribute");
    return R;
  }
  R->Attribute = Attribute->Value;
  static const std::pair<llvm::StringRef, Target> Attributes[] = {
      {"livsomrade", Target::Note},   {"kind", Target::Section},
      {"level", Target::Section},     {"level", Target::Assessment},
      {"outcome", Target::Assessment}, {"comment", Target::Assessment}};
  if (!llvm::is_contained(Attributes, std::make_pair(llvm::StringRef(R->Attribute), R->On)))
    O.error(Attribute->Loc, "attributet '" + R->Attribute + "' finns inte för target '" +
                                Targets[size_t(R->On)].str() + "'");
  return R;
}

} // namespace ibic
