//===- SectionContentRule.cpp - A section with nothing in it --------------===//
//
// Finds a section whose text (nested sections included) is empty, one of
// the `placeholders` ("-", "se journal") or shorter than `min-words`.
// Unit: the section.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

class SectionContentRule final : public Rule {
public:
  SectionContentRule(RuleSpec Spec, Scope S, std::vector<std::string> Placeholders,
                     unsigned MinWords)
      : Rule(std::move(Spec), std::move(S)), Placeholders(std::move(Placeholders)),
        MinWords(MinWords) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    // A labelled line ("Kroppsfunktioner: ua") holds its label, which is
    // the section's heading and no content.
    size_t Label = 0;
    if (U.Section && U.Section->S->Inline && !U.Paragraphs.empty())
      Label = U.Paragraphs.front()->Text.find(':') + 1;
    size_t Words = 0, Bytes = 0;
    for (const Paragraph *P : U.Paragraphs) {
      Words += P->Tokens.size();
      Bytes += P->Text.size() + 1;
    }
    if (Label)
      Words -= U.Section->HeadingTokens.size();
    std::string Text;
    // Only a short text can be a placeholder; a long one is never folded.
    bool Short = Bytes <= Label + LongestPlaceholder + 16 || Words < MinWords;
    if (Short)
      for (const Paragraph *P : U.Paragraphs)
        Text += (Text.empty() ? "" : "\n") +
                P->Text.drop_front(P == U.Paragraphs.front() ? Label : 0).str();
    if (Words >= MinWords && !(Short && isPlaceholder(Text)))
      return;
    reportLine(Ctx, *U.Doc->Doc, U.Id, U.Offset,
               {{"section", U.Heading}, {"match", llvm::StringRef(Text).trim()}});
  }

  size_t LongestPlaceholder = 0;

private:
  bool isPlaceholder(llvm::StringRef Text) const {
    return llvm::is_contained(Placeholders, foldText(Text.trim().rtrim(".!")));
  }
  std::vector<std::string> Placeholders; ///< Folded.
  unsigned MinWords;
};

} // namespace

std::unique_ptr<Rule> createSectionContentRule(RuleSpec Spec, Scope S,
                                               KindContext &C) {
  std::vector<std::string> Placeholders;
  for (const std::string &P : C.Options.strings("placeholders"))
    Placeholders.push_back(foldText(llvm::StringRef(P).trim()));
  auto R = std::make_unique<SectionContentRule>(
      std::move(Spec), std::move(S), Placeholders, C.Options.count("min-words", 1));
  for (const std::string &P : Placeholders)
    R->LongestPlaceholder = std::max(R->LongestPlaceholder, P.size());
  return R;
}

} // namespace ibic
