#include "TextEvidenceRule.h"

#include "Rules/WordPatterns.h"
#include "Text/Sentences.h"

#include "llvm/ADT/StringExtras.h"

namespace ibic {

void TextEvidenceRule::Scope::add(llvm::StringRef Text, bool Heading) {
  Texts.push_back(Text);
  IsHeading.push_back(Heading);
}

void TextEvidenceRule::Scope::addSection(const Section &S) {
  // A heading can be evidence ("Kroppsfunktioner" in a plan) but is no
  // statement, so it does not count towards a share of sentences.
  if (!S.Heading.empty())
    add(S.Heading, true);
  for (const TextSpan &P : S.Paragraphs)
    add(P.Text, false);
  for (const Section &C : S.Children)
    addSection(C);
}

std::unique_ptr<Rule> TextEvidenceRule::create(RuleSpec Spec,
                                               KindContext &Context) {
  auto R = std::make_unique<TextEvidenceRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  R->Sections = Context.section();
  auto Choice = [&](const llvm::Optional<Located> &V, llvm::StringRef Default,
                    llvm::StringRef Other) {
    if (!V || V->Value == Default)
      return false;
    if (V->Value != Other)
      Context.error(V->Loc, "ska vara " + Default.str() + " eller " + Other.str());
    return true;
  };
  R->PerSection = Choice(P.Per, "document", "section");
  R->CountPatterns = Choice(P.Count, "sentences", "patterns");
  R->Fallback = !Choice(P.Fallback, "document", "none");
  R->MinFull = P.MinFull.getValueOr(1);
  if (P.MinFullPer)
    R->MinFullPer = SectionSelector::from(*P.MinFullPer);
  if (P.Share)
    R->Share = *P.Share;
  R->PartialMessage =
      P.PartialMessage ? foldProse(*P.PartialMessage) : R->spec().Message;
  const WordLists &Words = P.Words ? *P.Words : WordLists();
  R->Full = compileWordPatterns(P.Full, Words, Context);
  R->Partial = compileWordPatterns(P.Partial, Words, Context);
  R->Exclude = compileWordPatterns(P.Exclude, Words, Context);
  R->Trigger = compileWordPatterns(P.Trigger, Words, Context);
  if (!P.Full)
    Context.missing("full");
  if (R->PerSection && R->Sections.empty())
    Context.missing("section");
  return R;
}

void TextEvidenceRule::judge(const Document &D, const Scope &S,
                             std::vector<RawFinding> &Out) const {
  unsigned Sentences = 0, FullSentences = 0;
  bool AnyPartial = false, Triggered = Trigger.empty();
  std::vector<bool> PatternSeen(Full.size());
  for (size_t T = 0; T < S.Texts.size(); ++T)
    for (auto [Begin, End] : splitSentences(S.Texts[T])) {
      std::string Sentence = S.Texts[T].slice(Begin, End).str();
      Sentences += !S.IsHeading[T];
      Triggered |= anyMatch(Trigger, Sentence);
      AnyPartial |= anyMatch(Partial, Sentence);
      if (anyMatch(Exclude, Sentence))
        continue;
      bool IsFull = false;
      for (size_t N = 0; N < Full.size(); ++N)
        if (re2::RE2::PartialMatch(Sentence, *Full[N]))
          IsFull = PatternSeen[N] = true;
      FullSentences += IsFull && !S.IsHeading[T];
    }
  if (!Triggered)
    return;
  unsigned Evidence = CountPatterns ? llvm::count(PatternSeen, true) : FullSentences;
  unsigned Needed = MinFull;
  if (MinFullPer) {
    unsigned Parts = 0;
    D.forEachSection([&](const Section &Part) { Parts += MinFullPer->matches(Part); });
    Needed = std::max(Needed, Parts);
  }
  bool Enough = Evidence >= Needed &&
                (!Share || (Sentences && double(FullSentences) / Sentences >= *Share));
  if (Enough) {
    observe(Out, D, S.Unit);
    return;
  }
  bool Partial = Evidence > 0 || AnyPartial;
  llvm::StringRef Line = D.File->lineAt(S.Offset);
  uint32_t End = (Line.data() - D.File->contents().data()) + Line.size();
  RawFinding F;
  F.Rule = &spec();
  F.Doc = &D;
  F.Unit = S.Unit;
  F.Begin = S.Offset;
  F.End = std::max(S.Offset, End);
  F.Message = fillPlaceholders(Partial ? PartialMessage : spec().Message,
                               {{"section", S.Heading}});
  F.Partial = Partial;
  Out.push_back(std::move(F));
}

void TextEvidenceRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    if (PerSection) {
      D.forEachSection([&](const Section &S) {
        if (!Sections.matches(S))
          return;
        Scope Sc{{}, {}, &S, S.Offset, S.Heading};
        Sc.addSection(S);
        judge(D, Sc, Out);
      });
      continue;
    }
    Scope Whole{{}, {}, &D, D.Offset, ""};
    unsigned Matched = 0;
    if (!Sections.empty())
      D.forEachSection([&](const Section &S) {
        if (!Sections.matches(S))
          return;
        if (++Matched == 1) {
          Whole.Offset = S.Offset;
          Whole.Heading = S.Heading;
        }
        Whole.addSection(S);
      });
    if (Matched > 1) {
      Whole.Offset = D.Offset;
      Whole.Heading = "";
    }
    if (Matched == 0 && !Sections.empty() && !Fallback) {
      judge(D, Whole, Out);
      continue;
    }
    if (Matched == 0 || Sections.empty()) {
      for (const TextSpan &P : D.Paragraphs)
        Whole.add(P.Text, false);
      for (const Section &S : D.Sections)
        Whole.addSection(S);
    }
    judge(D, Whole, Out);
  }
}

} // namespace ibic
