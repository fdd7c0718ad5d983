#include "HeadingNameRule.h"

namespace ibic {

std::unique_ptr<Rule> HeadingNameRule::create(RuleSpec Spec,
                                              KindContext &Context) {
  auto R = std::make_unique<HeadingNameRule>(std::move(Spec));
  R->Documents = Context.documentTypes(Context.Params.DocumentTypes);
  R->Sections = Context.section();
  return R;
}

void HeadingNameRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    D.forEachSection([&](const Section &S) {
      if (S.CurrentName.empty() || !Sections.matches(S))
        return;
      // The old name itself is the span, so the suggestion replaces it and
      // keeps a subtitle ("Rörlighet: utomhus").
      llvm::StringRef Name = S.Heading;
      for (llvm::StringRef Separator : {":", " – ", " - "})
        Name = Name.split(Separator).first;
      llvm::StringRef Line = D.File->lineAt(S.Offset);
      size_t At = Line.find(Name);
      uint32_t LineStart = Line.data() - D.File->contents().data();
      uint32_t Begin = At == llvm::StringRef::npos ? S.Offset : LineStart + At;
      uint32_t End = At == llvm::StringRef::npos ? LineStart + Line.size()
                                                 : Begin + Name.size();
      report(Out, D, &S, Begin, End,
             {{"section", S.Heading}, {"value", S.CurrentName}},
             S.CurrentName);
    });
  }
}

} // namespace ibic
