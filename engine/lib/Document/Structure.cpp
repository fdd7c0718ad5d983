//===- Structure.cpp - What the sections of a document are for -------------===//
//
// The readers give sections as written. Municipalities lay documents out in
// many ways, so the roles the template cares about are found afterwards,
// from the reference data, the same way for every input format:
//
// - A line that starts with a known heading and a colon ("Mål: Jag vill
//   laga tacos") is a section of its own inside the one it is written in,
//   for the kinds listed in `inline-headings`; the line, label and all, is
//   its text.
// - In a genomförandeplan, a part of the support is a section of a kind in
//   `plan-parts` (Genomförande, a life area) or one whose heading names no
//   known section ("## Städning varannan vecka"), unless it only holds other
//   sections, such as a title over the whole plan. The outermost such
//   section is the part. A plan written in prose, with no part at all, is
//   one part: its text outside sections.
// - In an utredning, the sections of a kind in `assessment-parts` (life
//   areas and related factors) describe the individual's situation.
// - In an uppföljning, a part is the innermost section of a kind in
//   `follow-up-parts`, with an assessment, or with an unknown heading; a
//   follow-up in prose is one part. A part whose outcome is written in a
//   sentence ("Målet är delvis uppnått.") rather than as `Måluppfyllelse:`
//   gets that outcome as an assessment of its own.
//
//===----------------------------------------------------------------------===//
#include "Document/Structure.h"

#include "Text/Normalize.h"
#include "Text/Segmenter.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace ibic {
namespace {

/// A label long enough for any known heading, short enough that a sentence
/// with a colon late in it is never read as one.
constexpr size_t LongestLabel = 80;

class Structurer {
public:
  explicit Structurer(const Reference &Ref) : Ref(Ref) {}

  void run(Document &D) {
    D.Role = Ref.roleOf(D.Type);
    // A journal note's text is one entry; a colon in it is prose.
    if (D.Role == DocumentRole::Note)
      return;
    splitInlineHeadings(D.Paragraphs, D.Sections);
    for (Section &S : D.Sections)
      splitInlineHeadingsBelow(S);
    if (D.Role == DocumentRole::Plan)
      markPlanParts(D);
    if (D.Role == DocumentRole::Assessment)
      markAssessmentParts(D.Sections);
    if (D.Role == DocumentRole::FollowUp) {
      if (!markFollowUpParts(D.Sections))
        wrapProseAsPart(D, SectionRole::FollowUpPart);
      readProseOutcomes(D.Sections);
    }
  }

private:
  void splitInlineHeadingsBelow(Section &S) {
    for (Section &C : S.Children)
      splitInlineHeadingsBelow(C);
    splitInlineHeadings(S.Paragraphs, S.Children);
  }

  /// The heading a line starts with as "Label: text", or nothing.
  std::optional<HeadingMeaning> inlineHeading(llvm::StringRef Line,
                                              llvm::StringRef &Label,
                                              llvm::StringRef &Rest) const {
    size_t Colon = Line.find(':');
    if (Colon == llvm::StringRef::npos || Colon > LongestLabel)
      return std::nullopt;
    Label = Line.take_front(Colon).trim();
    Rest = Line.drop_front(Colon + 1).trim();
    if (Label.empty() || Rest.empty())
      return std::nullopt;
    std::optional<HeadingMeaning> Meaning = Ref.classifyHeading(Label);
    if (!Meaning || !Ref.isInlineHeading(*Meaning))
      return std::nullopt;
    return Meaning;
  }

  /// Moves each labelled line of \p Paragraphs into a section of its own,
  /// placed before \p Sections' existing ones (the text comes before them).
  void splitInlineHeadings(std::vector<TextSpan> &Paragraphs,
                           std::vector<Section> &Sections) {
    std::vector<TextSpan> Kept;
    std::vector<Section> Labelled;
    for (TextSpan &P : Paragraphs) {
      llvm::StringRef Text = P.Text;
      uint32_t Plain = 0; // Start of the lines not yet kept.
      bool Split = false;
      for (uint32_t LineStart = 0; LineStart < Text.size();) {
        size_t Newline = Text.find('\n', LineStart);
        uint32_t LineEnd = Newline == llvm::StringRef::npos ? Text.size() : Newline;
        llvm::StringRef Line = Text.slice(LineStart, LineEnd);
        llvm::StringRef Label, Rest;
        if (auto Meaning = inlineHeading(Line, Label, Rest)) {
          if (LineStart > Plain)
            Kept.push_back(P.slice(Plain, LineStart - 1));
          Section S;
          S.Kind = Meaning->Kind;
          S.LifeArea = Meaning->LifeArea;
          S.Factor = Meaning->Factor;
          S.Heading = Label.str();
          if (Meaning->IsAlias)
            S.CurrentName = Meaning->CurrentName;
          S.Inline = true;
          S.Offset = P.sourceOffset(Label.data() - Text.data());
          // The label stays in the text: "Mål: …" reads as a goal to rules
          // that look for the word as well as to those that ask for the
          // section.
          uint32_t LabelBegin = Label.data() - Text.data();
          S.Paragraphs.push_back(
              P.slice(LabelBegin, Rest.data() + Rest.size() - Text.data()));
          Labelled.push_back(std::move(S));
          Plain = LineEnd + 1;
          Split = true;
        }
        LineStart = LineEnd + 1;
      }
      if (!Split)
        Kept.push_back(std::move(P));
      else if (Plain < Text.size())
        Kept.push_back(P.slice(Plain, Text.size()));
    }
    Paragraphs = std::move(Kept);
    Sections.insert(Sections.begin(), std::make_move_iterator(Labelled.begin()),
                    std::make_move_iterator(Labelled.end()));
  }

  /// A section written as a heading of its own whose kind is not a part's:
  /// its parent is a container, not a part.
  bool namesOtherSection(const Section &S) const {
    return !S.Inline && !S.Kind.empty() && !Ref.isPlanPartKind(S.Kind);
  }

  bool isPlanPart(const Section &S) const {
    if (S.Inline)
      return false;
    if (Ref.isPlanPartKind(S.Kind))
      return true;
    return S.Kind.empty() &&
           llvm::none_of(S.Children,
                         [&](const Section &C) { return namesOtherSection(C); });
  }

  bool markPlanParts(std::vector<Section> &Sections) const {
    bool Any = false;
    for (Section &S : Sections) {
      if (isPlanPart(S)) {
        S.Role = SectionRole::PlanPart;
        Any = true;
      } else {
        Any |= markPlanParts(S.Children);
      }
    }
    return Any;
  }

  void markPlanParts(Document &D) const {
    if (!markPlanParts(D.Sections))
      wrapProseAsPart(D, SectionRole::PlanPart);
  }

  /// Makes the text of \p D outside sections, if any, a section with \p Role:
  /// a document in prose is one part.
  static void wrapProseAsPart(Document &D, SectionRole Role) {
    bool Prose = llvm::any_of(D.Paragraphs, [](const TextSpan &P) {
      return !llvm::StringRef(P.Text).trim().empty();
    });
    if (!Prose)
      return;
    Section Whole;
    Whole.Role = Role;
    Whole.Offset = D.Paragraphs.front().Offset;
    Whole.Paragraphs = std::move(D.Paragraphs);
    D.Paragraphs.clear();
    D.Sections.insert(D.Sections.begin(), std::move(Whole));
  }

  bool isFollowUpPart(const Section &S) const {
    if (S.Inline)
      return false;
    return !S.Assessments.empty() || Ref.isFollowUpPartKind(S.Kind) ||
           (S.Kind.empty() && S.hasText());
  }

  /// Marks the innermost follow-up parts: an "Uppföljning" heading over
  /// life areas is a container, each life area a part.
  bool markFollowUpParts(std::vector<Section> &Sections) const {
    bool Any = false;
    for (Section &S : Sections) {
      bool Marked = markFollowUpParts(S.Children);
      if (!Marked && isFollowUpPart(S)) {
        S.Role = SectionRole::FollowUpPart;
        Marked = true;
      }
      Any |= Marked;
    }
    return Any;
  }

  void readProseOutcomes(std::vector<Section> &Sections) const {
    for (Section &S : Sections) {
      if (S.Role == SectionRole::FollowUpPart)
        readProseOutcome(S);
      else
        readProseOutcomes(S.Children);
    }
  }

  /// Where a part states its outcome in a sentence about a goal.
  struct ProseOutcome {
    std::string Outcome;
    uint32_t Offset = 0;
    bool Commented = false;
  };

  void readProseOutcome(Section &S) const {
    if (llvm::any_of(S.Assessments,
                     [](const Assessment &A) { return !A.Outcome.empty(); }))
      return;
    std::optional<ProseOutcome> Found;
    bool TextElsewhere = false;
    forEachParagraph(S, [&](const TextSpan &P) {
      std::optional<ProseOutcome> InP;
      if (!Found)
        InP = findProseOutcome(P, TextElsewhere);
      if (InP)
        Found = InP;
      else if (!llvm::StringRef(P.Text).trim().empty())
        TextElsewhere = true;
    });
    if (!Found)
      return;
    if (S.Assessments.empty())
      S.Assessments.emplace_back();
    Assessment &A = S.Assessments.front();
    A.Outcome = Found->Outcome;
    A.Offset = Found->Offset;
    A.Commented = Found->Commented || TextElsewhere;
  }

  template <typename Fn> static void forEachParagraph(const Section &S, Fn &&F) {
    for (const TextSpan &P : S.Paragraphs)
      F(P);
    for (const Section &C : S.Children)
      forEachParagraph(C, F);
  }

  /// The first outcome phrase of \p P in a sentence that names a goal
  /// ("mål", "målet", "delmålen"); of phrases that start together, the
  /// longest, so "uppnåddes inte" is no "uppnåddes". Phrases that negate or
  /// limit start before the ones they contain ("inte uppnått"). Sets
  /// \p TextElsewhere when the paragraph says more than that sentence.
  std::optional<ProseOutcome> findProseOutcome(const TextSpan &P,
                                               bool &TextElsewhere) const {
    // Phrases are written with one plain space; the text may have others.
    NormalizedText Normal = normalizeText(P.Text);
    std::string Folded = foldText(Normal.Text);
    llvm::StringRef Text = Folded;
    size_t BestBegin = llvm::StringRef::npos, BestEnd = 0;
    const std::string *BestOutcome = nullptr;
    for (const auto &[Outcome, Phrases] : Ref.data().OutcomePhrases)
      for (const std::string &Phrase : Phrases)
        for (size_t At = Text.find(Phrase); At != llvm::StringRef::npos;
             At = Text.find(Phrase, At + 1)) {
          size_t End = At + Phrase.size();
          bool Better = At < BestBegin || (At == BestBegin && End > BestEnd);
          if (Better && isWordBoundary(Text, At) && isWordBoundary(Text, End) &&
              sentenceAt(Text, At).contains("mål")) {
            BestBegin = At;
            BestEnd = End;
            BestOutcome = &Outcome;
          }
        }
    if (!BestOutcome)
      return std::nullopt;
    llvm::StringRef Sentence = sentenceAt(Text, BestBegin);
    size_t SentenceBegin = Sentence.data() - Text.data();
    size_t SentenceEnd = SentenceBegin + Sentence.size();
    TextElsewhere |= hasLetters(Text.take_front(SentenceBegin)) ||
                     hasLetters(Text.drop_front(SentenceEnd));
    // "… delvis uppnått eftersom hon nu duschar själv" explains itself.
    bool Explained = splitWords(Text.slice(BestEnd, SentenceEnd)).size() >= 3;
    uint32_t Offset =
        Folded.size() == Normal.Text.size()
            ? P.sourceOffset(Normal.ToInput.toOriginal(BestBegin))
            : P.Offset;
    return ProseOutcome{*BestOutcome, Offset, Explained};
  }

  /// A letter, or a byte of a multi-byte character (å, ä, ö …).
  static bool isLetterByte(char C) {
    return llvm::isAlpha(C) || static_cast<unsigned char>(C) >= 0x80;
  }

  static bool isWordBoundary(llvm::StringRef Text, size_t At) {
    return At == 0 || At >= Text.size() || !isLetterByte(Text[At - 1]) ||
           !isLetterByte(Text[At]);
  }

  static bool hasLetters(llvm::StringRef Text) {
    return llvm::any_of(Text, isLetterByte);
  }

  /// The sentence of \p Text around byte \p At, ending marks included.
  static llvm::StringRef sentenceAt(llvm::StringRef Text, size_t At) {
    size_t Begin = Text.find_last_of(".!?\n", At);
    Begin = Begin == llvm::StringRef::npos ? 0 : Begin + 1;
    size_t End = Text.find_first_of(".!?\n", At);
    End = End == llvm::StringRef::npos ? Text.size() : End + 1;
    return Text.slice(Begin, End);
  }

  void markAssessmentParts(std::vector<Section> &Sections) const {
    for (Section &S : Sections) {
      if (!S.Inline && Ref.isAssessmentPartKind(S.Kind))
        S.Role = SectionRole::AssessmentPart;
      markAssessmentParts(S.Children);
    }
  }

  const Reference &Ref;
};

} // namespace

void structureDocuments(Case &C, const Reference &Ref) {
  Structurer S(Ref);
  for (Document &D : C.Documents)
    S.run(D);
}

} // namespace ibic
