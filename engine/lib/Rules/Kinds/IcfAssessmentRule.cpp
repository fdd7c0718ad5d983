#include "IcfAssessmentRule.h"

#include <re2/re2.h>

namespace ibic {
namespace {

const re2::RE2 &codeShape() {
  static const re2::RE2 Shape("([bsde])([0-9])([0-9]{0,4})([A-Z]?)");
  return Shape;
}

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

} // namespace

std::unique_ptr<Rule> IcfAssessmentRule::create(RuleSpec Spec,
                                                KindContext &Context) {
  auto R = std::make_unique<IcfAssessmentRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  R->Sections = Context.section();
  llvm::StringRef Check = P.Check ? llvm::StringRef(P.Check->Value) : "";
  if (Check == "code-valid")
    R->What = Check::CodeValid;
  else if (Check == "code-in-selection")
    R->What = Check::CodeInSelection;
  else if (Check == "code-placement")
    R->What = Check::CodePlacement;
  else if (Check == "target-level")
    R->What = Check::TargetLevel;
  else if (P.Check)
    Context.error(P.Check->Loc, "check ska vara code-valid, code-in-selection, "
                                "code-placement eller target-level");
  else
    Context.missing("check");
  const ReferenceData &Data = Context.Ref.data();
  for (const IcfCode &C : Data.Codes)
    R->Selection[C.Code] = C.BelongsTo;
  for (const NamedEntry &E : Data.LifeAreas) {
    R->Names[E.Slug] = E.Name;
    if (E.Icf.size() == 2 && E.Icf[0] == 'd')
      R->Chapters[E.Icf] = E.Slug;
  }
  for (const NamedEntry &E : Data.Factors)
    R->Names[E.Slug] = E.Name;
  return R;
}

std::string IcfAssessmentRule::homeOf(llvm::StringRef Code) const {
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

std::string IcfAssessmentRule::problem(const Section &S,
                                       const Assessment &A) const {
  switch (What) {
  case Check::CodeValid: {
    if (A.Icf.empty())
      return "";
    if (!re2::RE2::FullMatch(A.Icf, codeShape()))
      return "'" + A.Icf + "' är ingen ICF-kod";
    return "";
  }
  case Check::CodeInSelection:
    // Activity codes come from IBIC's selection; b, s and e are open-ended.
    if (A.Icf.size() > 2 && A.Icf[0] == 'd' &&
        re2::RE2::FullMatch(A.Icf, codeShape()) && !Selection.count(A.Icf))
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

void IcfAssessmentRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    D.forEachSection([&](const Section &S) {
      if (!Sections.matches(S))
        return;
      for (const Assessment &A : S.Assessments) {
        std::string Problem = problem(S, A);
        if (!Problem.empty())
          reportLine(Out, D, &S, A.Offset,
                     {{"value", Problem}, {"section", S.Heading}, {"code", A.Icf}});
      }
    });
  }
}

} // namespace ibic
