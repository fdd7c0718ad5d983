//===- MissingSpaceRule.cpp - Two words run together ----------------------===//
//
// Finds two words with no space between them, only where that is certain:
//   - a comma, semicolon, exclamation or question mark between two words
//     of letters ("idag,men"), or a full stop before a capital ("idag.Men")
//     or between two words the dictionary knows ("kväll.men"); numbers
//     ("2,5", "8.30"), abbreviations ("t.ex."), file names and addresses
//     ("plan.pdf", `endings`) and identifiers never, nor an ellipsis;
//   - a word the dictionary does not know that is a word it knows followed
//     by one of `glued-words` (pronouns and small words that never end a
//     compound: "behöverjag").
// The fix puts the space back. Unit: the paragraph.
//
//===----------------------------------------------------------------------===//
#include "Rules/LexiconEntries.h"
#include "Rules/RuleKinds.h"
#include "Rules/SpellingState.h"

#include "llvm/ADT/StringExtras.h"

namespace ibic {
namespace {

bool isAsciiUpper(char C) { return C >= 'A' && C <= 'Z'; }

bool lettersOnly(const Token &T) { return T.has(Token::Letters) && !T.has(Token::Digits); }

class MissingSpaceRule final : public Rule {
public:
  MissingSpaceRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  std::unique_ptr<RuleState> newAuditState() const override {
    return Dict ? std::make_unique<SpellingState>(*Dict) : nullptr;
  }

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    for (const Paragraph *P : U.Paragraphs)
      for (size_t I = 0; I < P->Tokens.size(); ++I) {
        const Token &T = P->Tokens[I];
        if (!lettersOnly(T))
          continue;
        // Cheap tests first: a mark right after the word, a dot inside it,
        // or an ending of `glued-words`; most words have none.
        bool Mark = I + 1 < P->Tokens.size() && P->Tokens[I + 1].Begin == T.End + 1;
        bool Dot = P->textOf(T).contains('.');
        bool Ending = !Dot && Dict && T.Folded.size() >= 6 &&
                      llvm::any_of(Glued.Exact, [&](const std::string &Small) {
                        return T.Folded.endswith(Small);
                      });
        if ((!Mark && !Dot && !Ending) || P->quoted(T.Begin, T.End) ||
            P->inIdentifier(T.Begin, T.End) || nearAddress(*P, T))
          continue;
        if (Mark)
          markBetween(U, *P, T, P->Tokens[I + 1], Ctx);
        if (Dot)
          dotInside(U, *P, T, Ctx);
        else if (Ending)
          gluedWord(U, *P, T, Ctx);
      }
  }

  std::shared_ptr<Dictionary> Dict;
  WordChoice Glued;
  llvm::StringSet<> Abbreviations; ///< Folded, dots kept.
  WordChoice Endings; ///< File endings and domains after a dot ("plan.pdf").

private:
  /// URLs, e-mail and file names: a slash, '@' or "www" next to the word.
  static bool nearAddress(const Paragraph &P, const Token &T) {
    llvm::StringRef Text = P.Text;
    size_t Begin = Text.rfind(' ', T.Begin), End = Text.find(' ', T.End);
    llvm::StringRef Chunk = Text.slice(Begin == llvm::StringRef::npos ? 0 : Begin, End);
    return Chunk.contains('/') || Chunk.contains('@') || Chunk.contains_insensitive("www");
  }

  /// "idag,men": a mark glued to the word after it.
  void markBetween(const RuleUnit &U, const Paragraph &P, const Token &A, const Token &B,
                   RuleContext &Ctx) const {
    if (B.Begin != A.End + 1 || !lettersOnly(B))
      return;
    char Mark = P.Text[A.End];
    if (Mark != ',' && Mark != ';' && Mark != '!' && Mark != '?')
      return;
    std::string Fix = (P.textOf(A) + llvm::Twine(Mark) + " " + P.textOf(B)).str();
    report(Ctx, U, P, A.Begin, B.End,
           {{"match", P.Text.slice(A.Begin, B.End)}, {"suggestion", Fix}}, Fix);
  }

  /// "idag.Men": ICU keeps letters around a dot in one word.
  void dotInside(const RuleUnit &U, const Paragraph &P, const Token &T, RuleContext &Ctx) const {
    llvm::StringRef Word = P.textOf(T);
    if (Abbreviations.count(T.Folded) || Word.count('.') != 1)
      return;
    auto [First, Second] = Word.split('.');
    if (First.size() < 2 || Second.size() < 2 || Endings.contains(Second.lower()))
      return;
    bool Capital = isAsciiUpper(Second[0]) && !llvm::any_of(First, isAsciiUpper);
    auto Known = [&](llvm::StringRef W) {
      return Ctx.state<SpellingState>(*this).Cache.known(W.lower());
    };
    bool BothWords = Dict && First.size() >= 3 && Second.size() >= 3 && Known(First) &&
                     Known(Second) && !Known(Word);
    if (!Capital && !BothWords)
      return;
    std::string Fix = (First + ". " + Second).str();
    report(Ctx, U, P, T.Begin, T.End, {{"match", Word}, {"suggestion", Fix}}, Fix);
  }

  /// "behöverjag": a known word and a small word that ends no compound.
  void gluedWord(const RuleUnit &U, const Paragraph &P, const Token &T, RuleContext &Ctx) const {
    llvm::StringRef Folded = T.Folded;
    if (Folded.size() < 6 || T.has(Token::UpperAfterFirst))
      return;
    for (const std::string &Small : Glued.Exact) {
      if (!Folded.endswith(Small) || Folded.size() < Small.size() + 4)
        continue;
      llvm::StringRef Word = P.textOf(T);
      llvm::StringRef Head = Word.drop_back(Small.size());
      // Most such words are words ("skratt", "station"): the audit's cache
      // answers those, each asked of the dictionary once.
      if (Ctx.state<SpellingState>(*this).Cache.known(Word) ||
          !Dict->spellWithoutCompounds(Head.lower()))
        continue;
      std::string Fix = (Head + " " + Word.take_back(Small.size())).str();
      report(Ctx, U, P, T.Begin, T.End, {{"match", Word}, {"suggestion", Fix}}, Fix);
      return;
    }
  }
};

} // namespace

std::unique_ptr<Rule> createMissingSpaceRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<MissingSpaceRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  R->Glued = WordChoice::of(O.strings("glued-words"));
  R->Endings = WordChoice::of(O.strings("endings"));
  for (const std::string &A : O.strings("abbreviations"))
    R->Abbreviations.insert(foldText(A));
  std::optional<Located> Name = O.text("dictionary");
  auto D = Dictionary::open(C.DictionaryDir, Name ? llvm::StringRef(Name->Value) : "sv_SE");
  if (D)
    R->Dict = std::move(*D);
  else
    llvm::consumeError(D.takeError()); // the spelling rule says why
  return R;
}

} // namespace ibic
