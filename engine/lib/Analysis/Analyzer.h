//===- Analyzer.h - Builds the shared analysis of a case ------------------===//
#ifndef IBIC_ANALYSIS_ANALYZER_H
#define IBIC_ANALYSIS_ANALYZER_H

#include "Analysis/Analysis.h"
#include "Text/Segmenter.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace ibic {

/// Which word lists are worth matching in a document of each type: only the
/// lists of rules that read that type.
struct ActiveLexicons {
  llvm::BitVector Always;                ///< Lists of rules that read every type.
  llvm::StringMap<llvm::BitVector> ByType;
  const llvm::BitVector &forType(llvm::StringRef Type) const;
};

/// Analyses cases. Holds ICU break iterators, so use one per thread; it is
/// cheap to keep and reuse for every case a thread audits.
class Analyzer {
public:
  /// \p OtherPersonRoles are the folded words that introduce someone other
  /// than the individual by name ("dottern Karin").
  Analyzer(const LexiconIndex &Lexicons, const ActiveLexicons &Active,
           const llvm::StringSet<> &OtherPersonRoles)
      : Lexicons(Lexicons), Active(Active), OtherPersonRoles(OtherPersonRoles) {}

  /// The analysis of \p C, which must outlive it and not move.
  void analyze(const Case &C, CaseAnalysis &Out);
  void analyze(const Document &D, DocumentAnalysis &Out);

  /// Fills C.Persons for a redacted report (AuditOptions::Redact).
  void collectPersons(CaseAnalysis &C) const;

private:
  void analyzeParagraph(const TextSpan &Span, const Section *In,
                        const void *Unit, const llvm::BitVector &Lists,
                        llvm::StringSaver &Saver, Paragraph &P);

  void markOtherPersons(CaseAnalysis &C) const;

  const LexiconIndex &Lexicons;
  const ActiveLexicons &Active;
  const llvm::StringSet<> &OtherPersonRoles;
  Segmenter Segments;
  LexiconIndex::WordMemo LexiconWords;
  std::vector<ByteRange> SentenceRanges; ///< Reused between paragraphs.
};

} // namespace ibic

#endif
