#include "RequiredSectionRule.h"

namespace ibic {

std::unique_ptr<Rule> RequiredSectionRule::create(RuleSpec Spec,
                                                  KindContext &Context) {
  auto R = std::make_unique<RequiredSectionRule>(std::move(Spec));
  R->Documents = Context.documentTypes(Context.Params.DocumentTypes);
  if (!Context.Params.Section)
    Context.missing("section");
  R->Wanted = Context.section();
  return R;
}

void RequiredSectionRule::check(const Case &C,
                                std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    bool Found = false;
    D.forEachSection([&](const Section &S) { Found |= Wanted.matches(S); });
    if (!Found)
      reportLine(Out, D, &D, D.Offset, {{"document", D.Id}});
  }
}

} // namespace ibic
