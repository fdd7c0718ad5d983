//===- Analysis.h - One analysis per document, read by every rule ---------===//
//
// Like clang-tidy's one AST or LanguageTool's AnalyzedSentence: each
// paragraph of a case is normalised, split into words and sentences, and
// searched for quotes, identifiers and every rule's word lists once. Rules
// only read this; none splits, folds or normalises text itself.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_ANALYSIS_ANALYSIS_H
#define IBIC_ANALYSIS_ANALYSIS_H

#include "Document/Model.h"
#include "Text/Identifiers.h"
#include "Text/Lexicon.h"
#include "Text/Normalize.h"
#include "Text/Readability.h"

#include "llvm/Support/Allocator.h"

#include <vector>

namespace ibic {

/// A sentence with the tokens it holds.
struct Sentence {
  uint32_t Begin = 0, End = 0;           ///< Bytes of the paragraph's text.
  uint32_t FirstToken = 0, EndToken = 0; ///< Token indices, half open.
  /// The paragraph's word-list hits that start in the sentence, half open,
  /// and their lists: every rule reads them, so they are found once.
  uint32_t FirstHit = 0, EndHit = 0;
  ListBits Lists;
};

/// One paragraph of a document, as every rule reads it.
struct Paragraph {
  const TextSpan *Span = nullptr;
  const Section *In = nullptr; ///< Innermost section; null outside any.
  const void *Unit = nullptr;  ///< In, or the document: RawFinding::Unit.
  llvm::StringRef Text;        ///< NFC, Unicode spaces as ' '.
  OffsetMap ToSpan;            ///< Text offsets → Span->Text offsets.
  std::vector<Token> Tokens;
  std::vector<Sentence> Sentences;
  std::vector<ByteRange> Quotes; ///< Inside quotation marks.
  std::vector<IdentifierMatch> Identifiers;
  std::vector<ByteRange> WebAddresses;
  std::vector<LexiconIndex::Hit> Hits; ///< Word-list hits, by first token.
  ListBits Lists;                      ///< Of Hits.
  Readability Counts;

  /// The file offset of byte \p At of Text.
  uint32_t sourceOffset(uint32_t At) const {
    return Span->sourceOffset(ToSpan.toOriginal(At));
  }
  /// Whether [Begin, End) lies inside quotation marks.
  bool quoted(uint32_t Begin, uint32_t End) const;
  /// Whether [Begin, End) overlaps a personnummer, phone number or address.
  bool inIdentifier(uint32_t Begin, uint32_t End) const;
  /// Whether [Begin, End) lies inside a web address ("www.example.com/a").
  bool inWebAddress(uint32_t Begin, uint32_t End) const;
  /// The sentence holding byte \p At, or null.
  const Sentence *sentenceAt(uint32_t At) const;
  llvm::StringRef textOf(const Token &T) const {
    return Text.slice(T.Begin, T.End);
  }
};

/// A section and where its paragraphs are in DocumentAnalysis::Paragraphs:
/// its own in [First, OwnEnd), its nested sections' up to End.
struct SectionAnalysis {
  const Section *S = nullptr;
  uint32_t First = 0, OwnEnd = 0, End = 0;
  llvm::StringRef Heading; ///< Normalised like paragraph text.
  std::vector<Token> HeadingTokens;
  unsigned Depth = 0;      ///< 0 for a top-level section.
};

struct DocumentAnalysis {
  const Document *Doc = nullptr;
  /// Every paragraph: the document's own first, then each section's in
  /// document order (pre-order), so a section's are contiguous.
  std::vector<Paragraph> Paragraphs;
  std::vector<SectionAnalysis> Sections; ///< Pre-order.
  Readability Counts;
  /// Folded forms and normalised text that differ from the source.
  llvm::BumpPtrAllocator Arena;

  llvm::ArrayRef<Paragraph> paragraphs(const SectionAnalysis &S) const {
    return llvm::makeArrayRef(Paragraphs).slice(S.First, S.End - S.First);
  }
  const SectionAnalysis *sectionOf(const Section *S) const;
};

struct CaseAnalysis {
  const Case *C = nullptr;
  std::vector<DocumentAnalysis> Documents; ///< Parallel to C->Documents.
  /// The people the case names, by folded name, each with the words that
  /// stand for them in a report that leaves the unit: "den enskilde", the
  /// role that introduced a relative or colleague ("dottern"), or
  /// "personalen" for an author named where the role belongs. Empty unless
  /// Analyzer::collectPersons filled it.
  llvm::StringMap<std::string> Persons;

  /// \p Text with every word that is one of Persons, or its genitive,
  /// replaced by the role.
  std::string redact(llvm::StringRef Text) const;
};

} // namespace ibic

#endif
