//===- AbbreviationRule.cpp - Abbreviations a reader may not know ---------===//
//
// Finds the first use in a document of an abbreviation from `entries` that
// is not written out right there: "särskilt boende (SÄBO)", "SÄBO (särskilt
// boende)" or "plan, SIP,". Forms match with or without dots and capitals,
// and with an ending after a colon ("usk:n"). Unit: the document.
//
//===----------------------------------------------------------------------===//
#include "Rules/LexiconEntries.h"
#include "Rules/RuleKinds.h"

#include "llvm/ADT/StringExtras.h"

#include <set>

namespace ibic {
namespace {

/// Inflected forms of the expansion explain too ("Undersköterskan (usk)").
constexpr size_t MaxEnding = 4;

/// True when \p Text, folded, ends with \p Wanted and an inflection ending.
bool endsWithInflected(llvm::StringRef Text, llvm::StringRef Wanted) {
  std::string Folded = foldText(Text);
  llvm::StringRef F = Folded;
  size_t At = F.rfind(Wanted);
  return At != llvm::StringRef::npos && F.size() - (At + Wanted.size()) <= MaxEnding &&
         llvm::all_of(F.drop_front(At + Wanted.size()),
                      [](char C) { return llvm::isAlpha(C); });
}

/// True when \p Wanted (folded) stands right before the abbreviation, which
/// is in parentheses or set off by a comma ("plan, SIP,"), or right after it
/// in parentheses.
bool explained(llvm::StringRef Before, llvm::StringRef After, llvm::StringRef Wanted) {
  Before = Before.rtrim();
  if (Before.consume_back("(") || Before.consume_back(","))
    if (endsWithInflected(Before.rtrim(), Wanted))
      return true;
  After = After.ltrim();
  if (After.consume_front("(")) {
    std::string Folded = foldText(After.ltrim().take_front(Wanted.size() + 8));
    if (llvm::StringRef(Folded).startswith(Wanted))
      return true;
  }
  return false;
}

class AbbreviationRule final : public Rule {
public:
  AbbreviationRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    // "First use" is first in the text, so read paragraphs in source order.
    std::vector<const Paragraph *> Ordered(U.Paragraphs.begin(), U.Paragraphs.end());
    std::stable_sort(Ordered.begin(), Ordered.end(), [](const Paragraph *A, const Paragraph *B) {
      return A->Span->Offset < B->Span->Offset;
    });
    std::set<uint32_t> Seen;
    for (const Paragraph *P : Ordered)
      for (const LexiconIndex::Hit &H : P->Hits) {
        if (H.List != List || !Seen.insert(H.Entry).second)
          continue;
        llvm::StringRef Text = P->Text;
        uint32_t Begin = P->Tokens[H.First].Begin, End = P->Tokens[H.Last].End;
        // A trailing dot belongs to the abbreviation ("u.s.k.").
        if (End < Text.size() && Text[End] == '.' && Text.slice(Begin, End).contains('.'))
          ++End;
        const LexiconEntry &E = Entries[H.Entry];
        if (explained(Text.take_front(Begin), Text.drop_front(End), Expansions[H.Entry]))
          continue;
        llvm::StringRef Written = Text.slice(Begin, End);
        const std::string &Expansion = E.Suggestions.front();
        report(Ctx, U, *P, Begin, End,
               {{"match", Written}, {"suggestion", Expansion}, {"reason", E.Reason}},
               Expansion + " (" + Written.str() + ")");
      }
  }

  std::vector<LexiconEntry> Entries;
  std::vector<std::string> Expansions; ///< Folded first suggestions.
  LexiconIndex::ListId List = 0;
};

} // namespace

std::unique_ptr<Rule> createAbbreviationRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<AbbreviationRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  std::set<std::string> Ignored;
  for (const std::string &I : O.strings("ignore"))
    Ignored.insert(LexiconIndex::abbreviationKey(foldText(I)));
  R->Entries = readLexiconEntries(O);
  R->List = C.Lexicons.newList();
  for (size_t N = 0; N < R->Entries.size(); ++N) {
    const LexiconEntry &E = R->Entries[N];
    if (E.Suggestions.empty()) {
      O.error(E.Loc, "förkortningen " + (E.Forms.empty() ? std::string() : E.Forms.front()) +
                         " saknar suggestions (det utskrivna ordet)");
      R->Expansions.push_back("");
      continue;
    }
    R->Expansions.push_back(foldText(E.Suggestions.front()));
    for (const std::string &F : E.Forms)
      if (!Ignored.count(LexiconIndex::abbreviationKey(foldText(F))))
        C.Lexicons.add(R->List, N, F, LexiconIndex::Match::Abbreviation);
  }
  return R;
}

} // namespace ibic
