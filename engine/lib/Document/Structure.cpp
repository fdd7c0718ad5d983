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
//
//===----------------------------------------------------------------------===//
#include "Document/Structure.h"

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
    if (markPlanParts(D.Sections))
      return;
    bool Prose = llvm::any_of(D.Paragraphs, [](const TextSpan &P) {
      return !llvm::StringRef(P.Text).trim().empty();
    });
    if (!Prose)
      return;
    Section Whole;
    Whole.Role = SectionRole::PlanPart;
    Whole.Offset = D.Paragraphs.front().Offset;
    Whole.Paragraphs = std::move(D.Paragraphs);
    D.Paragraphs.clear();
    D.Sections.insert(D.Sections.begin(), std::move(Whole));
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
