//===- ReadabilityRule.cpp - Text too hard to read ------------------------===//
//
// Finds a section (its own text) or a document whose LIX is above
// `max-lix` (words per sentence plus the share of long words): text the
// person it is about may not be able to read. Texts under `min-words` are
// skipped; LIX says little about a few sentences. Unit: section or document.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

#include "llvm/Support/FormatVariadic.h"

namespace ibic {
namespace {

class ReadabilityRule final : public Rule {
public:
  ReadabilityRule(RuleSpec Spec, Scope S, double MaxLix, unsigned MinWords)
      : Rule(std::move(Spec), std::move(S)), MaxLix(MaxLix), MinWords(MinWords) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    Readability R;
    if (U.Section && scope().Unit == UnitKind::Section)
      for (uint32_t I = U.Section->First; I < U.Section->OwnEnd; ++I)
        R.add(U.Doc->Paragraphs[I].Counts);
    else
      for (const Paragraph *P : U.Paragraphs)
        R.add(P->Counts);
    if (R.Words < MinWords || R.lix() <= MaxLix)
      return;
    std::string Lix = llvm::formatv("{0:F0}", R.lix()).str();
    reportLine(Ctx, *U.Doc->Doc, U.Id, U.Offset, {{"value", Lix}});
  }

private:
  double MaxLix;
  unsigned MinWords;
};

} // namespace

std::unique_ptr<Rule> createReadabilityRule(RuleSpec Spec, Scope S, KindContext &C) {
  double MaxLix = C.Options.number("max-lix", 50);
  unsigned MinWords = C.Options.count("min-words", 40);
  return std::make_unique<ReadabilityRule>(std::move(Spec), std::move(S), MaxLix,
                                           MinWords);
}

} // namespace ibic
