//===- RepeatedWordRule.cpp - A word written twice in a row ---------------===//
//
// Finds a word of `words` written twice with only spaces between ("att
// att", "har har"): a slip that is always wrong for these words. Words that
// may stand twice in correct Swedish ("det det handlar om", "så så", "var
// var du") are simply not listed. The fix is the word once. Unit: the
// paragraph.
//
//===----------------------------------------------------------------------===//
#include "Rules/LexiconEntries.h"
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

class RepeatedWordRule final : public Rule {
public:
  RepeatedWordRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    for (const Paragraph *P : U.Paragraphs)
      for (size_t I = 1; I < P->Tokens.size(); ++I) {
        const Token &A = P->Tokens[I - 1], &B = P->Tokens[I];
        if (A.Folded != B.Folded || !Words.contains(A.Folded) || A.End >= B.Begin ||
            !llvm::all_of(P->Text.slice(A.End, B.Begin), [](char C) { return C == ' '; }) ||
            P->quoted(A.Begin, B.End))
          continue;
        report(Ctx, U, *P, A.Begin, B.End, {{"match", P->Text.slice(A.Begin, B.End)}},
               P->textOf(A).str());
      }
  }

  WordChoice Words;
};

} // namespace

std::unique_ptr<Rule> createRepeatedWordRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<RepeatedWordRule>(std::move(Spec), std::move(S));
  if (!C.Options.has("words"))
    C.Options.missing("words");
  R->Words = WordChoice::of(C.Options.strings("words"));
  return R;
}

} // namespace ibic
