#include "ReadabilityRule.h"

#include "Text/Readability.h"

#include "llvm/Support/FormatVariadic.h"

namespace ibic {

std::unique_ptr<Rule> ReadabilityRule::create(RuleSpec Spec, KindContext &Context) {
  auto R = std::make_unique<ReadabilityRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  R->Sections = Context.section();
  if (P.Per && P.Per->Value != "section" && P.Per->Value != "document")
    Context.error(P.Per->Loc, "per ska vara document eller section");
  R->PerSection = !P.Per || P.Per->Value == "section";
  R->MaxLix = P.MaxLix.getValueOr(50);
  R->MinWords = P.MinWords.getValueOr(40);
  return R;
}

void ReadabilityRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  auto Judge = [&](const Document &D, const void *Unit, uint32_t Offset,
                   const Readability &R) {
    if (R.Words < MinWords || R.lix() <= MaxLix)
      return;
    std::string Lix = llvm::formatv("{0:F0}", R.lix()).str();
    reportLine(Out, D, Unit, Offset, {{"value", Lix}});
  };
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    if (!PerSection) {
      Readability R;
      D.forEachParagraph([&](const TextSpan &P, const void *) { R.add(P.Text); });
      Judge(D, &D, D.Offset, R);
      continue;
    }
    D.forEachSection([&](const Section &S) {
      if (!Sections.matches(S))
        return;
      Readability R;
      for (const TextSpan &P : S.Paragraphs)
        R.add(P.Text);
      Judge(D, &S, S.Offset, R);
    });
  }
}

} // namespace ibic
