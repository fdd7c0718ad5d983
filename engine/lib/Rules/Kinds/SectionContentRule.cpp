//===- SectionContentRule.cpp - A section with nothing in it --------------===//
//
// Finds a section whose text (nested sections included) says nothing: it is
// empty, a placeholder ("-", "ej aktuellt"), shorter than `min-words`, or
// every sentence only points elsewhere ("Se bifogat intyg.", "Enligt
// tidigare utredning."). Placeholders and pointers common to all sections
// are reference data (`empty-content` in reference/ibic.yaml); a rule adds
// its own `placeholders`. Unit: the section.
//
//===----------------------------------------------------------------------===//
#include "Rules/PhrasePattern.h"
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

class SectionContentRule final : public Rule {
public:
  SectionContentRule(RuleSpec Spec, Scope S, std::vector<std::string> Placeholders,
                     std::vector<PhrasePattern> Pointers, unsigned MinWords)
      : Rule(std::move(Spec), std::move(S)), Placeholders(std::move(Placeholders)),
        Pointers(std::move(Pointers)), MinWords(MinWords) {
    for (const std::string &P : this->Placeholders)
      LongestPlaceholder = std::max(LongestPlaceholder, P.size());
  }

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    // A labelled line ("Kroppsfunktioner: ua") holds its label, which is
    // the section's heading and no content.
    const Paragraph *Labelled = nullptr;
    size_t Label = 0, LabelWords = 0;
    if (U.Section && U.Section->S->Inline && !U.Paragraphs.empty()) {
      Labelled = U.Paragraphs.front();
      Label = Labelled->Text.find(':') + 1;
      LabelWords = U.Section->HeadingTokens.size();
    }
    size_t Words = 0, Bytes = 0;
    for (const Paragraph *P : U.Paragraphs) {
      Bytes += P->Text.size() + 1;
      for (const Sentence &S : P->Sentences) {
        SentenceView V = SentenceView::of(*P, S);
        if (P == Labelled && &S == &P->Sentences.front()) {
          V.Tokens = V.Tokens.drop_front(std::min(LabelWords, V.Tokens.size()));
          V.FirstToken += LabelWords;
          V.HasHits = false;
        }
        if (!anyMatch(Pointers, V))
          Words += V.Tokens.size();
      }
    }
    std::string Text;
    // Only a short text can be a placeholder; a long one is never folded.
    bool Short = Bytes <= Label + LongestPlaceholder + 16 || Words < MinWords;
    if (Short)
      for (const Paragraph *P : U.Paragraphs)
        Text += (Text.empty() ? "" : "\n") +
                P->Text.drop_front(P == Labelled ? Label : 0).str();
    if (Words >= MinWords && !(Short && isPlaceholder(Text)))
      return;
    reportLine(Ctx, *U.Doc->Doc, U.Id, U.Offset,
               {{"section", U.Heading}, {"match", llvm::StringRef(Text).trim()}});
  }

private:
  bool isPlaceholder(llvm::StringRef Text) const {
    return llvm::is_contained(Placeholders, foldText(Text.trim().rtrim(".!")));
  }
  std::vector<std::string> Placeholders; ///< Folded.
  std::vector<PhrasePattern> Pointers;
  unsigned MinWords;
  size_t LongestPlaceholder = 0;
};

} // namespace

std::unique_ptr<Rule> createSectionContentRule(RuleSpec Spec, Scope S,
                                               KindContext &C) {
  const EmptyContent &Common = C.Ref.data().Empty;
  std::vector<std::string> Placeholders;
  for (const std::string &P : Common.Placeholders)
    Placeholders.push_back(foldText(llvm::StringRef(P).trim()));
  for (const std::string &P : C.Options.strings("placeholders"))
    Placeholders.push_back(foldText(llvm::StringRef(P).trim()));
  // The loader has checked the pointers where they are written.
  std::vector<PhrasePattern> Pointers;
  for (const std::string &Source : Common.Pointers)
    if (llvm::Expected<PhrasePattern> P = PhrasePattern::parse(Source, {})) {
      P->registerWords(C.Lexicons);
      Pointers.push_back(std::move(*P));
    } else {
      llvm::consumeError(P.takeError());
    }
  return std::make_unique<SectionContentRule>(std::move(Spec), std::move(S),
                                              std::move(Placeholders),
                                              std::move(Pointers),
                                              C.Options.count("min-words", 1));
}

} // namespace ibic
