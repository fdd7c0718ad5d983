//===- LexiconRule.cpp - Words from a list, with what to write instead ----===//
//
// Finds words and word sequences from `entries` (value-laden wording,
// interpretations), matched on folded words; with `compounds: true` an entry
// also ends a compound ("nattblöja"). The person's own words in quotation
// marks are theirs to choose (`quotes: skip`), and a sentence matching an
// `exclude` pattern gives no finding (an interpretation whose basis the
// sentence gives). Unit: the paragraph.
//
//===----------------------------------------------------------------------===//
#include "Rules/LexiconEntries.h"
#include "Rules/RuleKinds.h"
#include "Rules/PhrasePattern.h"

namespace ibic {
namespace {

class LexiconRule final : public Rule {
public:
  LexiconRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    for (const Paragraph *P : U.Paragraphs)
      checkParagraph(U, *P, Ctx);
  }

  std::vector<LexiconEntry> Entries;
  LexiconIndex::ListId List = 0;
  bool SkipQuotes = true;
  std::vector<PhrasePattern> Exclude;

private:
  void checkParagraph(const RuleUnit &U, const Paragraph &P, RuleContext &Ctx) const {
    uint32_t NextFree = 0; // a token inside an earlier hit starts none
    for (const LexiconIndex::Hit &H : P.Hits) {
      if (H.List != List || H.First < NextFree)
        continue;
      NextFree = H.Last + 1;
      uint32_t Begin = P.Tokens[H.First].Begin, End = P.Tokens[H.Last].End;
      if ((SkipQuotes && P.quoted(Begin, End)) || excluded(P, Begin))
        continue;
      const LexiconEntry &E = Entries[H.Entry];
      llvm::StringRef Suggestion =
          E.Suggestions.empty() ? llvm::StringRef() : E.Suggestions.front();
      report(Ctx, U, P, Begin, End,
             {{"match", P.Text.slice(Begin, End)},
              {"reason", E.Reason},
              {"suggestion", Suggestion}},
             Suggestion.str());
    }
  }

  bool excluded(const Paragraph &P, uint32_t At) const {
    if (Exclude.empty())
      return false;
    const Sentence *S = P.sentenceAt(At);
    return S && anyMatch(Exclude, SentenceView::of(P, *S));
  }
};

} // namespace

std::unique_ptr<Rule> createLexiconRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<LexiconRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  static const llvm::StringRef QuoteModes[] = {"skip", "check"};
  R->SkipQuotes = O.choice("quotes", QuoteModes, 0) == 0;
  R->Exclude = parsePhrasePatterns(O.list("exclude"), O.lists("words"), C);
  R->Entries = readLexiconEntries(O);
  R->List = C.Lexicons.newList();
  for (size_t N = 0; N < R->Entries.size(); ++N) {
    const LexiconEntry &E = R->Entries[N];
    for (const std::string &Form : E.Forms) {
      bool OneWord = splitWords(Form).size() == 1;
      C.Lexicons.add(R->List, N, Form,
                     E.Compounds && OneWord ? LexiconIndex::Match::CompoundEnd
                                            : LexiconIndex::Match::Words);
    }
  }
  return R;
}

} // namespace ibic
