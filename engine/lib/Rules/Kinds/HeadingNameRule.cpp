//===- HeadingNameRule.cpp - Old names of life areas and factors ----------===//
//
// Finds a heading written with an older or other name of a life area or
// factor; `{value}` and the suggestion are the current name. Unit: the
// section.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

class HeadingNameRule final : public Rule {
public:
  HeadingNameRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    const Section &S = *U.Section->S;
    if (S.CurrentName.empty())
      return;
    const Document &D = *U.Doc->Doc;
    // The old name itself is the span, so the suggestion replaces it and
    // keeps a subtitle ("Rörlighet: utomhus").
    llvm::StringRef Name = S.Heading;
    for (llvm::StringRef Separator : {":", " – ", " - "})
      Name = Name.split(Separator).first;
    llvm::StringRef Line = D.File->lineAt(S.Offset);
    size_t At = Line.find(Name);
    uint32_t LineStart = Line.data() - D.File->contents().data();
    uint32_t Begin = At == llvm::StringRef::npos ? S.Offset : LineStart + At;
    uint32_t End =
        At == llvm::StringRef::npos ? LineStart + Line.size() : Begin + Name.size();
    reportSource(Ctx, D, &S, Begin, End,
                 {{"section", S.Heading}, {"value", S.CurrentName}}, S.CurrentName);
  }
};

} // namespace

std::unique_ptr<Rule> createHeadingNameRule(RuleSpec Spec, Scope S, KindContext &) {
  return std::make_unique<HeadingNameRule>(std::move(Spec), std::move(S));
}

} // namespace ibic
