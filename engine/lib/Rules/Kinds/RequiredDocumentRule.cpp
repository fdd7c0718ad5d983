#include "RequiredDocumentRule.h"

namespace ibic {

std::unique_ptr<Rule> RequiredDocumentRule::create(RuleSpec Spec,
                                                   KindContext &Context) {
  auto R = std::make_unique<RequiredDocumentRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  if (!P.WhenCaseHas)
    Context.missing("when-case-has");
  R->WhenCaseHas = Context.documentTypes(P.WhenCaseHas);
  if (!P.DocumentType)
    Context.missing("document-type");
  else if (auto Slug = Context.Ref.documentType(P.DocumentType->Value))
    R->Required = *Slug;
  else
    Context.error(P.DocumentType->Loc,
                  "okänd dokumenttyp '" + P.DocumentType->Value + "'");
  return R;
}

void RequiredDocumentRule::check(const Case &C,
                                 std::vector<RawFinding> &Out) const {
  if (C.hasDocumentOfType(Required))
    return;
  for (const Document &D : C.Documents)
    if (WhenCaseHas.matches(D)) {
      reportLine(Out, D, &D, D.Offset, {{"document", D.Id}});
      return;
    }
}

} // namespace ibic
