#include "AbbreviationRule.h"

#include "Text/Words.h"

#include <set>

namespace ibic {

std::string normaliseAbbreviation(llvm::StringRef Text) {
  // A Swedish ending after a colon is inflection: "usk:n", "SÄBO:t".
  Text = Text.take_until([](char C) { return C == ':'; });
  std::string Folded = foldText(Text);
  llvm::erase_value(Folded, '.');
  return Folded;
}

std::unique_ptr<Rule> AbbreviationRule::create(RuleSpec Spec,
                                               KindContext &Context) {
  auto R = std::make_unique<AbbreviationRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  if (!P.Entries)
    Context.missing("entries");
  else
    R->Entries = *P.Entries;
  if (P.ExtraEntries)
    R->Entries.insert(R->Entries.end(), P.ExtraEntries->begin(),
                      P.ExtraEntries->end());
  std::set<std::string> Ignored;
  if (P.Ignore)
    for (const std::string &I : *P.Ignore)
      Ignored.insert(normaliseAbbreviation(I));
  for (size_t N = 0; N < R->Entries.size(); ++N) {
    if (R->Entries[N].Suggestions.empty())
      Context.error(P.Loc, "förkortningen " + R->Entries[N].Forms.front() +
                               " saknar suggestions (det utskrivna ordet)");
    for (const std::string &F : R->Entries[N].Forms) {
      if (Ignored.count(normaliseAbbreviation(F)))
        continue;
      Form Compiled{{}, N};
      for (const Word &W : splitWords(F))
        Compiled.Words.push_back(normaliseAbbreviation(F.substr(W.Begin, W.End - W.Begin)));
      if (!Compiled.Words.empty())
        R->ByFirstWord[Compiled.Words.front()].push_back(std::move(Compiled));
    }
  }
  return R;
}

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

/// True when \p Expansion stands right before the abbreviation, which is in
/// parentheses or set off by a comma ("plan, SIP,"), or right after it in
/// parentheses.
bool explained(llvm::StringRef Before, llvm::StringRef After,
               llvm::StringRef Expansion) {
  std::string Wanted = foldText(Expansion);
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

struct SpanRef {
  const TextSpan *Span;
  const void *Unit;
};

} // namespace

void AbbreviationRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    // "First use" is first in the text, so visit spans in source order.
    std::vector<SpanRef> Spans;
    D.forEachParagraph(
        [&](const TextSpan &P, const void *Unit) { Spans.push_back({&P, Unit}); });
    std::stable_sort(Spans.begin(), Spans.end(), [](SpanRef A, SpanRef B) {
      return A.Span->Offset < B.Span->Offset;
    });
    std::set<size_t> Seen;
    for (const SpanRef &Ref : Spans) {
      llvm::StringRef Text = Ref.Span->Text;
      std::vector<Word> Words = splitWords(Text);
      for (size_t I = 0; I < Words.size(); ++I) {
        auto Candidates =
            ByFirstWord.find(normaliseAbbreviation(Text.slice(Words[I].Begin, Words[I].End)));
        if (Candidates == ByFirstWord.end())
          continue;
        const Form *Match = nullptr;
        for (const Form &F : Candidates->second) {
          if (I + F.Words.size() > Words.size())
            continue;
          bool All = true;
          for (size_t K = 1; K < F.Words.size(); ++K)
            All &= normaliseAbbreviation(Text.slice(Words[I + K].Begin,
                                                    Words[I + K].End)) == F.Words[K];
          if (All && (!Match || F.Words.size() > Match->Words.size()))
            Match = &F;
        }
        if (!Match)
          continue;
        size_t Last = I + Match->Words.size() - 1;
        uint32_t Begin = Words[I].Begin, End = Words[Last].End;
        // A trailing dot belongs to the abbreviation ("u.s.k.").
        if (End < Text.size() && Text[End] == '.' &&
            Text.slice(Begin, End).contains('.'))
          ++End;
        I = Last;
        if (!Seen.insert(Match->Entry).second)
          continue;
        const LexiconEntrySpec &E = Entries[Match->Entry];
        const std::string &Expansion = E.Suggestions.front();
        if (explained(Text.take_front(Begin), Text.drop_front(End), Expansion))
          continue;
        llvm::StringRef Written = Text.slice(Begin, End);
        report(Out, D, Ref.Unit, Ref.Span->sourceOffset(Begin),
               Ref.Span->sourceOffset(End),
               {{"match", Written}, {"suggestion", Expansion}, {"reason", E.Reason}},
               Expansion + " (" + Written.str() + ")");
      }
    }
  }
}

} // namespace ibic
