//===- Model.h - Case ▸ Document ▸ Section ▸ text ---------------------------===//
//
// Plain value types filled by the readers and read by the rules. Every piece
// of text keeps the byte offset where it starts in its SourceFile, so any
// finding can point at line and column.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_DOCUMENT_MODEL_H
#define IBIC_DOCUMENT_MODEL_H

#include "Support/SourceFile.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ibic {

/// A run of text as read, with where each byte came from. XML entities make
/// the text shorter than its source; Shifts records the points after which
/// text offset and source offset differ by a new amount.
struct TextSpan {
  std::string Text;
  uint32_t Offset = 0; ///< Source offset of Text[0].
  /// (text offset, source offset) pairs, ascending; empty when the text is a
  /// verbatim slice of the source.
  std::vector<std::pair<uint32_t, uint32_t>> Shifts;

  /// The source offset of a byte of Text.
  uint32_t sourceOffset(uint32_t TextOffset) const;
  /// Bytes [Begin, End) of Text as a span of their own, still pointing at
  /// their place in the source.
  TextSpan slice(uint32_t Begin, uint32_t End) const;
};

/// A structured judgement: ICF code, levels on the bedömningsskala, outcome.
struct Assessment {
  std::string Icf;
  std::optional<int> Level;       ///< Funktionstillstånd.
  std::optional<int> TargetLevel; ///< Avsett funktionstillstånd.
  std::string Outcome;            ///< Måluppfyllelse in a follow-up.
  uint32_t Offset = 0;
  /// For an outcome read from prose ("Målet är delvis uppnått."): whether
  /// the section says more than that. Unset for a structured assessment,
  /// whose comment is any text in its section.
  std::optional<bool> Commented;
};

/// What a section does in its document, beyond its kind; assigned from the
/// reference data once a document is read (Document/Structure.h).
enum class SectionRole : uint8_t {
  None,
  /// One part of the support in a genomförandeplan: a section that names a
  /// life area or the support itself, whatever its heading or kind.
  PlanPart,
  /// A part of an utredning that describes the individual's situation: a
  /// life area or a related factor.
  AssessmentPart,
  /// A part of an uppföljning that follows up one part of the support: it
  /// should say whether its goal was reached.
  FollowUpPart,
};

/// What a document type is for, from `role:` in the reference data, so code
/// asks "is this a journal note" without knowing the type's slug.
enum class DocumentRole : uint8_t {
  Other,
  Assessment, ///< utredning
  Decision,   ///< beslut
  Plan,       ///< genomförandeplan
  Note,       ///< journalanteckning
  FollowUp,   ///< uppföljning
};

struct Section {
  std::string Kind;     ///< Section kind slug; empty when not recognised.
  std::string Heading;  ///< As written.
  std::string LifeArea; ///< Life-area slug for kind "livsomrade" and others.
  std::string Factor;   ///< Factor slug for kind "relaterad-faktor".
  /// The current name when the heading uses an older or other spelling.
  std::string CurrentName;
  SectionRole Role = SectionRole::None;
  /// Written as a label starting a line of text ("Mål: Elsa duschar
  /// själv") rather than as a heading of its own.
  bool Inline = false;
  uint32_t Offset = 0;  ///< Where the heading is.
  std::vector<TextSpan> Paragraphs;
  std::vector<Assessment> Assessments;
  std::vector<Section> Children;

  /// True when the section or a nested one holds any non-blank text.
  bool hasText() const;
  /// All text of the section and its children, paragraphs joined by newlines.
  std::string allText() const;
};

struct Document {
  std::string Id;
  std::string Type; ///< Document type slug.
  DocumentRole Role = DocumentRole::Other;
  std::string Date, AuthorRole;
  std::string LifeArea, Factor; ///< For journal notes.
  std::shared_ptr<const SourceFile> File;
  uint32_t Offset = 0; ///< Where the document starts (its type is named).
  std::vector<TextSpan> Paragraphs; ///< Text outside any section.
  std::vector<Section> Sections;

  /// Visits every section, nested ones included, in document order.
  template <typename Fn> void forEachSection(Fn &&F) const {
    for (const Section &S : Sections)
      visit(S, F);
  }

  /// Visits every paragraph with the unit it belongs to: the document for
  /// text outside sections, else its section.
  template <typename Fn> void forEachParagraph(Fn &&F) const {
    for (const TextSpan &P : Paragraphs)
      F(P, static_cast<const void *>(this));
    forEachSection([&](const Section &S) {
      for (const TextSpan &P : S.Paragraphs)
        F(P, static_cast<const void *>(&S));
    });
  }

private:
  template <typename Fn> static void visit(const Section &S, Fn &F) {
    F(S);
    for (const Section &C : S.Children)
      visit(C, F);
  }
};

struct Case {
  std::string Id, Avdelning, Enhet, Lagrum;
  std::vector<std::string> Files;
  std::vector<Document> Documents;

  bool hasDocumentOfType(llvm::StringRef Type) const;
  /// Adds the documents and any missing case attributes of \p Other, a part
  /// of the same case read from another file.
  void merge(Case &&Other);
};

} // namespace ibic

#endif
