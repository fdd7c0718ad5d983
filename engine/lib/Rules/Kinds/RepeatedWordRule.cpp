//===- RepeatedWordRule.cpp - A word written twice in a row ---------------===//
//
// Finds a word written twice with only spaces between ("att att", "gick
// gick", "skickas skickas"): a slip whatever the word class. The exceptions
// are data: `allowed` names words that may stand twice in correct Swedish
// ("det det handlar om", "så så", "var var du?"), `exclude` sentences where
// a pair is right ("hälsade på på sjukhuset": a particle and a preposition),
// `exclude-before` what may lead up to a pair that is right, matched on the
// sentence up to and with the pair, which "$" stands after ("Bussen som
// Ali väntade på på torget": a clause that ends with the word the rest
// begins with), and `words`, when given, limits the check to those words.
// A name and the same word in small letters are two words ("låta Bo bo
// kvar"), and with `doubled-names` a word twice with capitals that the
// dictionary does not know as a name is a name or title of its own ("Bora
// Bora", "Duran Duran", the song "Ring Ring"), while a first name it knows
// twice is a slip ("ringde Elsa Elsa"). Three or more in a row are deliberate ("ha ha ha", "nej nej
// nej"); numbers and quoted words are never judged. The fix is the word
// once. Unit: the paragraph.
//
//===----------------------------------------------------------------------===//
#include "Rules/LexiconEntries.h"
#include "Rules/PhrasePattern.h"
#include "Rules/RuleKinds.h"
#include "Text/Speller.h"

namespace ibic {
namespace {

class RepeatedWordRule final : public Rule {
public:
  RepeatedWordRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    for (const Paragraph *P : U.Paragraphs)
      for (size_t I = 1; I < P->Tokens.size(); ++I) {
        const Token &A = P->Tokens[I - 1], &B = P->Tokens[I];
        if (!same(*P, A, B) || (!Words.empty() && !Words.contains(A.Folded)) ||
            Allowed.contains(A.Folded) || P->quoted(A.Begin, B.End))
          continue;
        // "ha ha ha": a run of three is meant.
        if ((I >= 2 && same(*P, P->Tokens[I - 2], A)) ||
            (I + 1 < P->Tokens.size() && same(*P, B, P->Tokens[I + 1])))
          continue;
        const Sentence *S = P->sentenceAt(A.Begin);
        if (S && A.has(Token::Capitalised) && !B.has(Token::Capitalised) &&
            S->FirstToken != I - 1)
          continue;
        if (Dict && A.has(Token::Capitalised) && B.has(Token::Capitalised) &&
            !B.has(Token::UpperAfterFirst) && !knownName(P->textOf(B)))
          continue;
        if (S && (!Exclude.empty() || !ExcludeBefore.empty())) {
          SentenceView View = SentenceView::of(*P, *S);
          if (anyMatch(Exclude, View) || anyMatch(ExcludeBefore, View.through(I)))
            continue;
        }
        report(Ctx, U, *P, A.Begin, B.End, {{"match", P->Text.slice(A.Begin, B.End)}},
               P->textOf(A).str());
      }
  }

  WordChoice Words, Allowed;
  std::vector<PhrasePattern> Exclude, ExcludeBefore;
  /// For `doubled-names`; null: off.
  std::shared_ptr<Dictionary> Dict;

private:
  /// Whether the dictionary knows \p Word as a name, and not as a word in
  /// small letters: "Elsa", not "Ring" (a title: "Ring Ring").
  bool knownName(llvm::StringRef Word) const {
    return Dict->spell(Word) && !Dict->spell(llvm::StringRef(Word).lower());
  }

  /// The same word of letters twice, with only spaces between, neither
  /// part of a hyphenated word ("stöd i I-ADL").
  static bool same(const Paragraph &P, const Token &A, const Token &B) {
    llvm::StringRef Text = P.Text;
    return A.Folded == B.Folded && A.End < B.Begin && A.has(Token::Letters) &&
           !A.has(Token::Digits) &&
           llvm::all_of(Text.slice(A.End, B.Begin), [](char C) { return C == ' '; }) &&
           !(A.Begin > 0 && Text[A.Begin - 1] == '-') &&
           !(B.End < Text.size() && Text[B.End] == '-');
  }
};

} // namespace

std::unique_ptr<Rule> createRepeatedWordRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<RepeatedWordRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  R->Words = WordChoice::of(O.strings("words"));
  R->Allowed = WordChoice::of(O.strings("allowed"));
  R->Exclude = parsePhrasePatterns(O.list("exclude"), O.sharedWordLists(), C);
  R->ExcludeBefore = parsePhrasePatterns(O.list("exclude-before"), O.sharedWordLists(), C);
  if (O.flag("doubled-names", false))
    R->Dict = openDictionary(C);
  return R;
}

} // namespace ibic
