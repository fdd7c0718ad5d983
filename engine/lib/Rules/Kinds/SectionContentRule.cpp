#include "SectionContentRule.h"

#include "Text/Words.h"

namespace ibic {

std::unique_ptr<Rule> SectionContentRule::create(RuleSpec Spec,
                                                 KindContext &Context) {
  auto R = std::make_unique<SectionContentRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  R->Sections = Context.section();
  if (P.Placeholders)
    for (const std::string &Text : *P.Placeholders)
      R->Placeholders.push_back(foldText(llvm::StringRef(Text).trim()));
  R->MinWords = P.MinWords.getValueOr(1);
  return R;
}

bool SectionContentRule::isPlaceholder(llvm::StringRef Text) const {
  std::string Folded = foldText(Text.trim().rtrim(".!"));
  return llvm::is_contained(Placeholders, Folded);
}

void SectionContentRule::check(const Case &C,
                               std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    D.forEachSection([&](const Section &S) {
      if (!Sections.matches(S))
        return;
      std::string Text = S.allText();
      if (!isPlaceholder(Text) && splitWords(Text).size() >= MinWords)
        return;
      llvm::StringRef Shown = llvm::StringRef(Text).trim();
      reportLine(Out, D, &S, S.Offset,
                 {{"section", S.Heading}, {"match", Shown}});
    });
  }
}

} // namespace ibic
