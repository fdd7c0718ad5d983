#include "SentenceLengthRule.h"

#include "Text/Sentences.h"
#include "Text/Words.h"

namespace ibic {

std::unique_ptr<Rule> SentenceLengthRule::create(RuleSpec Spec,
                                                 KindContext &Context) {
  auto R = std::make_unique<SentenceLengthRule>(std::move(Spec));
  R->Documents = Context.documentTypes(Context.Params.DocumentTypes);
  R->MaxWords = Context.Params.MaxWords.getValueOr(35);
  return R;
}

void SentenceLengthRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    D.forEachParagraph([&](const TextSpan &P, const void *Unit) {
      for (auto [Begin, End] : splitSentences(P.Text)) {
        size_t Words = splitWords(llvm::StringRef(P.Text).slice(Begin, End)).size();
        if (Words > MaxWords)
          report(Out, D, Unit, P.sourceOffset(Begin), P.sourceOffset(End),
                 {{"value", std::to_string(Words)}});
      }
    });
  }
}

} // namespace ibic
