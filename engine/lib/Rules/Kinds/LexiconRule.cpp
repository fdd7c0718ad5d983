#include "LexiconRule.h"

#include "Text/Quotes.h"
#include "Text/Sentences.h"
#include "Text/Words.h"

namespace ibic {

std::unique_ptr<Rule> LexiconRule::create(RuleSpec Spec, KindContext &Context) {
  auto R = std::make_unique<LexiconRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  if (P.Quotes && P.Quotes->Value != "skip" && P.Quotes->Value != "check")
    Context.error(P.Quotes->Loc, "quotes ska vara skip eller check");
  R->SkipQuotes = !P.Quotes || P.Quotes->Value == "skip";
  R->Exclude = compileWordPatterns(P.Exclude, P.Words ? *P.Words : WordLists(),
                                   Context);
  if (!P.Entries || P.Entries->empty()) {
    Context.missing("entries");
    return R;
  }
  // Entries is filled before any pointer into it is taken.
  R->Entries = *P.Entries;
  if (P.ExtraEntries)
    R->Entries.insert(R->Entries.end(), P.ExtraEntries->begin(),
                      P.ExtraEntries->end());
  for (const LexiconEntrySpec &E : R->Entries)
    for (const std::string &Form : E.Forms) {
      Entry Compiled{{}, &E};
      for (const Word &W : splitWords(Form))
        Compiled.Words.push_back(W.Folded);
      if (Compiled.Words.empty())
        continue;
      if (E.Compounds && Compiled.Words.size() == 1)
        R->CompoundEnds.try_emplace(Compiled.Words.front(), &E);
      R->ByFirstWord[Compiled.Words.front()].push_back(std::move(Compiled));
    }
  return R;
}

void LexiconRule::checkSpan(const Document &D, const void *Unit,
                            const TextSpan &Span,
                            std::vector<RawFinding> &Out) const {
  std::vector<Word> Words = splitWords(Span.Text);
  std::vector<std::pair<uint32_t, uint32_t>> Quoted;
  if (SkipQuotes)
    Quoted = quotedRanges(Span.Text);
  std::vector<std::pair<uint32_t, uint32_t>> Sentences;
  auto Excluded = [&](uint32_t Begin) {
    if (Exclude.empty())
      return false;
    if (Sentences.empty())
      Sentences = splitSentences(Span.Text);
    for (auto [From, To] : Sentences)
      if (From <= Begin && Begin < To)
        return anyMatch(Exclude, llvm::StringRef(Span.Text).slice(From, To));
    return false;
  };
  auto Report = [&](size_t First, size_t Last, const LexiconEntrySpec &E) {
    uint32_t Begin = Words[First].Begin, End = Words[Last].End;
    if (insideAny(Quoted, Begin, End) || Excluded(Begin))
      return;
    llvm::StringRef Text = llvm::StringRef(Span.Text).slice(Begin, End);
    llvm::StringRef Suggestion =
        E.Suggestions.empty() ? llvm::StringRef() : E.Suggestions.front();
    report(Out, D, Unit, Span.sourceOffset(Begin), Span.sourceOffset(End),
           {{"match", Text}, {"reason", E.Reason}, {"suggestion", Suggestion}},
           Suggestion.str());
  };
  for (size_t I = 0; I < Words.size(); ++I) {
    auto Candidates = ByFirstWord.find(Words[I].Folded);
    if (Candidates != ByFirstWord.end()) {
      const Entry *Longest = nullptr;
      for (const Entry &E : Candidates->second) {
        if (I + E.Words.size() > Words.size())
          continue;
        bool All = std::equal(E.Words.begin() + 1, E.Words.end(),
                              Words.begin() + I + 1,
                              [](const std::string &F, const Word &W) {
                                return F == W.Folded;
                              });
        if (All && (!Longest || E.Words.size() > Longest->Words.size()))
          Longest = &E;
      }
      if (Longest) {
        Report(I, I + Longest->Words.size() - 1, *Longest->Spec);
        I += Longest->Words.size() - 1;
        continue;
      }
    }
    // Swedish compounds put the head word last ("engångsblöja"): try every
    // proper suffix that starts at a character boundary.
    llvm::StringRef Folded = Words[I].Folded;
    for (size_t Cut = 1; Cut < Folded.size(); ++Cut) {
      if ((static_cast<unsigned char>(Folded[Cut]) & 0xC0) == 0x80)
        continue;
      auto End = CompoundEnds.find(Folded.drop_front(Cut));
      if (End != CompoundEnds.end()) {
        Report(I, I, *End->second);
        break;
      }
    }
  }
}

void LexiconRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    D.forEachParagraph([&](const TextSpan &Span, const void *Unit) {
      checkSpan(D, Unit, Span, Out);
    });
  }
}

} // namespace ibic
