//===- IcfAssessmentRule.cpp - ICF codes and levels that do not fit -------===//
//
// `check: code-valid` finds a malformed ICF code, `code-in-selection` an
// activity code outside IBIC's selection, `code-placement` a code under the
// wrong life area or factor, `target-level` an intended level worse than the
// current one with no comment; `{value}` says which. Unit: the section.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

#include <re2/re2.h>

#include <map>

namespace ibic {
namespace {

enum class Check { CodeValid, CodeInSelection, CodePlacement, TargetLevel };

/// Component letters whose codes belong under a related factor.
const char *factorOfComponent(char Letter) {
  switch (Letter) {
  case 'b':
    return "kroppsfunktioner";
  case 's':
    return "kroppsstrukturer";
  case 'e':
    return "omgivningsfaktorer";
  }
  return "";
}

class IcfAssessmentRule final : public Rule {
public:
  IcfAssessmentRule(RuleSpec Spec, Scope S)
      : Rule(std::move(Spec), std::move(S)),
        CodeShape("([bsde])([0-9])([0-9]{0,4})([A-Z]?)") {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    const Section &S = *U.Section->S;
    for (const Assessment &A : S.Assessments) {
      std::string Problem = problem(S, A);
      if (!Problem.empty())
        reportLine(Ctx, *U.Doc->Doc, &S, A.Offset,
                   {{"value", Problem}, {"section", S.Heading}, {"code", A.Icf}});
    }
  }

  Check What = Check::CodeValid;
  std::map<std::string, std::string> Selection; ///< Code → where it belongs.
  std::map<std::string, std::string> Chapters;  ///< "d5" → life-area slug.
  std::map<std::string, std::string> Names;     ///< Slug → name.

private:
  std::string homeOf(llvm::StringRef Code) const {
    auto Listed = Selection.find(Code.str());
    if (Listed != Selection.end())
      return Listed->second;
    if (Code.empty())
      return "";
    if (Code[0] == 'd') {
      auto Chapter = Chapters.find(Code.take_front(2).str());
      return Chapter == Chapters.end() ? "" : Chapter->second;
    }
    return factorOfComponent(Code[0]);
  }

  std::string problem(const Section &S, const Assessment &A) const {
    switch (What) {
    case Check::CodeValid:
      if (!A.Icf.empty() && !re2::RE2::FullMatch(A.Icf, CodeShape))
        return "'" + A.Icf + "' är ingen ICF-kod";
      return "";
    case Check::CodeInSelection:
      // Activity codes come from IBIC's selection; b, s and e are open-ended.
      if (A.Icf.size() > 2 && A.Icf[0] == 'd' && re2::RE2::FullMatch(A.Icf, CodeShape) &&
          !Selection.count(A.Icf))
        return "'" + A.Icf + "' finns inte i IBIC:s urval av ICF-koder";
      return "";
    case Check::CodePlacement: {
      std::string Home = homeOf(A.Icf);
      std::string Here = S.LifeArea.empty() ? S.Factor : S.LifeArea;
      if (Home.empty() || Here.empty() || Home == Here)
        return "";
      auto Name = [&](const std::string &Slug) {
        auto It = Names.find(Slug);
        return It == Names.end() ? Slug : It->second;
      };
      return A.Icf + " hör till " + Name(Home) + ", inte " + Name(Here);
    }
    case Check::TargetLevel:
      if (!A.Level || !A.TargetLevel || *A.Level > 4 || *A.TargetLevel > 4 ||
          *A.TargetLevel <= *A.Level || S.hasText())
        return "";
      return "avsett funktionstillstånd (" + std::to_string(*A.TargetLevel) +
             ") är sämre än nuvarande (" + std::to_string(*A.Level) + ")";
    }
    return "";
  }

  re2::RE2 CodeShape;
};

} // namespace

std::unique_ptr<Rule> createIcfAssessmentRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<IcfAssessmentRule>(std::move(Spec), std::move(S));
  if (!C.Options.has("check"))
    C.Options.missing("check");
  static const llvm::StringRef Checks[] = {"code-valid", "code-in-selection",
                                           "code-placement", "target-level"};
  R->What = Check(C.Options.choice("check", Checks, 0));
  const ReferenceData &Data = C.Ref.data();
  for (const IcfCode &Code : Data.Codes)
    R->Selection[Code.Code] = Code.BelongsTo;
  for (const NamedEntry &E : Data.LifeAreas) {
    R->Names[E.Slug] = E.Name;
    if (E.Icf.size() == 2 && E.Icf[0] == 'd')
      R->Chapters[E.Icf] = E.Slug;
  }
  for (const NamedEntry &E : Data.Factors)
    R->Names[E.Slug] = E.Name;
  return R;
}

} // namespace ibic
