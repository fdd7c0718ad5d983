//===- SentenceLengthRule.cpp - Sentences too long to follow --------------===//
//
// Finds a sentence with more than `max-words` words (default 35); `{value}`
// is its length. Unit: the sentence.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

class SentenceLengthRule final : public Rule {
public:
  SentenceLengthRule(RuleSpec Spec, Scope S, unsigned MaxWords)
      : Rule(std::move(Spec), std::move(S)), MaxWords(MaxWords) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    const Sentence &S = *U.OneSentence;
    unsigned Words = S.EndToken - S.FirstToken;
    if (Words > MaxWords)
      report(Ctx, U, *U.Paragraphs.front(), S.Begin, S.End,
             {{"value", std::to_string(Words)}});
  }

private:
  unsigned MaxWords;
};

} // namespace

std::unique_ptr<Rule> createSentenceLengthRule(RuleSpec Spec, Scope S, KindContext &C) {
  return std::make_unique<SentenceLengthRule>(std::move(Spec), std::move(S),
                                              C.Options.count("max-words", 35));
}

} // namespace ibic
