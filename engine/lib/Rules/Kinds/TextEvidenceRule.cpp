//===- TextEvidenceRule.cpp - Whether the text shows what IBIC asks for ---===//
//
// Judges whether a document, or each section, shows something in its
// sentences: the individual as the source of a view, concrete participation,
// goals, resources, the reason for a deviation. Sentences matching a `full`
// pattern (and no `exclude` pattern) are evidence; with too little of it the
// rule reports "partial" when a `partial` pattern or some full evidence is
// there, and "missing" otherwise; a sound unit is recorded as observed.
// Patterns are phrase patterns (Rules/PhrasePattern.h) over the rule's word
// lists in `words`. Headings count as evidence but not as
// sentences. With `also-in`, sentences of other sections of the document
// that match `also-full` count too (a goal written in a plan part rather
// than under Mål). With `min-full-per-need`, a document needs as much evidence
// as it has such sections that show a need (an intended level better than the
// assessed one, or a difficulty with none): a goal for every life area with a
// need. A rule may
// instead, or as well, name `aspects` that must each be shown (what, how,
// when and who of a plan part), or `min-aspects` of them (two kinds of
// related factor); the finding then says which are missing. Unit: document
// or section.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"
#include "Rules/PhrasePattern.h"

namespace ibic {
namespace {

class TextEvidenceRule final : public Rule {
public:
  TextEvidenceRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    const DocumentAnalysis &D = *U.Doc;
    // Headings of the sections in scope and of the sections nested in them,
    // each once (sections are in pre-order, nested ones right after), then
    // the sentences of the text in scope.
    std::vector<std::pair<SentenceView, bool>> Views;
    size_t Covered = 0;
    for (const SectionAnalysis *A : U.Sections) {
      size_t I = A - D.Sections.data();
      for (size_t J = std::max(I, Covered); J < D.Sections.size(); ++J) {
        if (J > I && D.Sections[J].Depth <= A->Depth)
          break;
        if (!D.Sections[J].Heading.empty())
          Views.push_back({SentenceView::heading(D.Sections[J]), true});
        Covered = J + 1;
      }
    }
    // A unit no trigger speaks of is not judged at all (a note without a
    // deviation): most are not, so they are asked that first, and a
    // paragraph with no word a trigger needs is passed over unread.
    if (!Trigger.empty() &&
        llvm::none_of(Views, [&](const auto &V) { return anyMatch(Trigger, V.first); }) &&
        llvm::none_of(U.Paragraphs, [&](const Paragraph *P) { return triggers(*P); }))
      return;
    for (const Paragraph *P : U.Paragraphs)
      for (const Sentence &S : P->Sentences)
        Views.push_back({SentenceView::of(*P, S), false});
    if (!Aspects.empty()) {
      judgeAspects(U, Views, Ctx);
      return;
    }
    unsigned Needed = needed(D);
    Tally T;
    T.PatternSeen.assign(Full.size(), false);
    // Without a share to reach, the sentences that first show enough
    // settle it: most units that have the evidence have it early.
    auto Settled = [&] { return !Share && evidence(T) >= Needed; };
    for (const auto &[View, Heading] : Views) {
      judgeSentence(View, Heading, T);
      if (Settled())
        break;
    }
    if (AlsoIn && !Settled())
      for (const SectionAnalysis &A : D.Sections)
        if (AlsoIn->matches(*A.S))
          countElsewhere(D, A, T);
    unsigned Evidence = evidence(T);
    bool Enough = Evidence >= Needed &&
                  (!Share || (T.Sentences && double(T.FullSentences) / T.Sentences >= *Share));
    if (Enough) {
      observe(Ctx, *D.Doc, U.Id);
      return;
    }
    bool Partial = Evidence > 0 || T.AnyPartial;
    reportLine(Ctx, *D.Doc, U.Id, U.Offset, {{"section", U.Heading}},
               Partial ? PartialMessage : llvm::StringRef(), Partial);
  }

  unsigned MinFull = 1;
  /// When set, a document needs as much evidence as it has sections like
  /// these (a goal for every part of the plan).
  std::optional<SectionSelector> MinFullPer;
  /// As MinFullPer, counting only sections that show a need.
  std::optional<SectionSelector> MinFullPerNeed;
  /// With aspects: how many must be shown (all when unset).
  std::optional<unsigned> MinAspects;
  /// Sections outside the unit whose sentences matching AlsoFull (and no
  /// Exclude) are evidence as well.
  std::optional<SectionSelector> AlsoIn;
  std::vector<PhrasePattern> AlsoFull;
  std::optional<double> Share;
  bool CountPatterns = false;
  std::string PartialMessage;
  std::vector<PhrasePattern> Full, Partial, Exclude, Trigger;

  /// Something the unit must show, on its own: "när" is shown by a
  /// sentence matching one of Full and none of Exclude.
  struct Aspect {
    std::string Name;
    std::vector<PhrasePattern> Full, Exclude;
  };
  std::vector<Aspect> Aspects;

private:
  /// Whether a sentence of \p P matches a trigger.
  bool triggers(const Paragraph &P) const {
    return llvm::any_of(Trigger, [&](const PhrasePattern &T) {
      return T.mayMatchIn(P.Lists) && llvm::any_of(P.Sentences, [&](const Sentence &S) {
               return T.matches(SentenceView::of(P, S));
             });
    });
  }

  /// Whether \p S holds an assessment that shows a need the utredning should
  /// set a goal for: an intended level (0–4) better than the current one, or
  /// a difficulty (1–4) with no intended level. A level that is to stay as it
  /// is shows none.
  static bool showsNeed(const Section &S) {
    return llvm::any_of(S.Assessments, [](const Assessment &A) {
      if (!A.Level || *A.Level < 1 || *A.Level > 4)
        return false;
      return !A.TargetLevel || *A.TargetLevel < *A.Level;
    });
  }

  /// Reports the aspects \p Views do not show, as one finding naming them
  /// ("när och vem"); partial when some aspect is shown. With MinAspects,
  /// showing that many is enough.
  void judgeAspects(const RuleUnit &U,
                    llvm::ArrayRef<std::pair<SentenceView, bool>> Views,
                    RuleContext &Ctx) const {
    std::vector<llvm::StringRef> Missing;
    for (const Aspect &A : Aspects) {
      bool Shown = llvm::any_of(Views, [&](const auto &V) {
        return anyMatch(A.Full, V.first) && !anyMatch(A.Exclude, V.first);
      });
      if (!Shown)
        Missing.push_back(A.Name);
    }
    size_t Shown = Aspects.size() - Missing.size();
    if (Missing.empty() || (MinAspects && Shown >= *MinAspects)) {
      observe(Ctx, *U.Doc->Doc, U.Id);
      return;
    }
    std::string Names;
    for (size_t I = 0; I < Missing.size(); ++I)
      Names += (I == 0 ? "" : I + 1 == Missing.size() ? " och " : ", ") +
               Missing[I].str();
    bool Partial = Shown > 0;
    reportLine(Ctx, *U.Doc->Doc, U.Id, U.Offset,
               {{"section", U.Heading}, {"missing", Names}},
               Partial ? PartialMessage : llvm::StringRef(), Partial);
  }

  struct Tally {
    unsigned Sentences = 0, FullSentences = 0;
    bool AnyPartial = false;
    std::vector<bool> PatternSeen;
    unsigned PatternsSeen = 0; ///< How many of PatternSeen are true.
  };

  unsigned evidence(const Tally &T) const {
    return CountPatterns ? T.PatternsSeen : T.FullSentences;
  }

  /// How much evidence the document \p D needs.
  unsigned needed(const DocumentAnalysis &D) const {
    unsigned Needed = MinFull;
    if (MinFullPer) {
      unsigned Parts = 0;
      for (const SectionAnalysis &A : D.Sections)
        Parts += MinFullPer->matches(*A.S);
      Needed = std::max(Needed, Parts);
    }
    if (MinFullPerNeed) {
      unsigned Needs = 0;
      for (const SectionAnalysis &A : D.Sections)
        Needs += MinFullPerNeed->matches(*A.S) && showsNeed(*A.S);
      Needed = std::max(Needed, Needs);
    }
    return Needed;
  }

  /// Counts the sentences of \p A's own text (not its nested sections')
  /// that match AlsoFull.
  void countElsewhere(const DocumentAnalysis &D, const SectionAnalysis &A,
                      Tally &T) const {
    for (const Paragraph &P : llvm::makeArrayRef(D.Paragraphs).slice(A.First, A.OwnEnd - A.First))
      for (const Sentence &S : P.Sentences) {
        SentenceView V = SentenceView::of(P, S);
        T.FullSentences += anyMatch(AlsoFull, V) && !anyMatch(Exclude, V);
      }
  }

  void judgeSentence(const SentenceView &S, bool Heading, Tally &T) const {
    T.Sentences += !Heading;
    T.AnyPartial = T.AnyPartial || anyMatch(Partial, S);
    if (anyMatch(Exclude, S))
      return;
    // One match makes the sentence evidence; counting patterns, a pattern
    // not yet seen is still asked.
    bool IsFull = false;
    for (size_t N = 0; N < Full.size(); ++N) {
      if (IsFull && (!CountPatterns || T.PatternSeen[N]))
        continue;
      if (Full[N].matches(S)) {
        IsFull = true;
        T.PatternsSeen += !T.PatternSeen[N];
        T.PatternSeen[N] = true;
      }
    }
    T.FullSentences += IsFull && !Heading;
  }
};

} // namespace

std::unique_ptr<Rule> createTextEvidenceRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<TextEvidenceRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  static const llvm::StringRef Counts[] = {"sentences", "patterns"};
  R->CountPatterns = O.choice("count", Counts, 0) == 1;
  R->MinFull = O.count("min-full", 1);
  R->MinFullPer = O.section("min-full-per");
  R->MinFullPerNeed = O.section("min-full-per-need");
  if (O.has("min-aspects"))
    R->MinAspects = O.count("min-aspects", 1);
  R->AlsoIn = O.section("also-in");
  if (O.has("share"))
    R->Share = O.number("share", 0);
  R->PartialMessage = O.prose("partial-message").value_or(R->spec().Message);
  WordLists Words = O.wordLists();
  O.each("aspects", [&](KindOptions &A) {
    std::optional<Located> Name = A.text("name");
    if (!Name)
      A.missing("name");
    R->Aspects.push_back({Name ? Name->Value : "",
                          parsePhrasePatterns(A.list("full"), Words, C),
                          parsePhrasePatterns(A.list("exclude"), Words, C)});
  });
  if (!O.has("full") && R->Aspects.empty())
    O.missing("full");
  if (R->MinAspects && (R->Aspects.empty() || *R->MinAspects > R->Aspects.size()))
    O.error(llvm::SMLoc(), "min-aspects är fler än aspects");
  R->Full = parsePhrasePatterns(O.list("full"), Words, C);
  R->Partial = parsePhrasePatterns(O.list("partial"), Words, C);
  R->Exclude = parsePhrasePatterns(O.list("exclude"), Words, C);
  R->Trigger = parsePhrasePatterns(O.list("trigger"), Words, C);
  R->AlsoFull = parsePhrasePatterns(O.list("also-full"), Words, C);
  if (R->AlsoIn.has_value() != !R->AlsoFull.empty())
    O.error(llvm::SMLoc(), "also-in och also-full anges tillsammans");
  if (R->scope().Unit == UnitKind::Section && R->scope().Sections.empty())
    O.error(llvm::SMLoc(), "scope.unit: section behöver scope.section");
  return R;
}

} // namespace ibic
