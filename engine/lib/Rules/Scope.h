//===- Scope.h - Which part of a case a rule judges, applied by the driver -===//
//
// A rule file says which documents and sections a rule reads and what one
// judgement covers: the case, a document, a section, a paragraph or a
// sentence. The rule set walks the case analysis and hands each such unit
// to the rule's kind, so no kind walks documents or sections itself (as Vale
// scopes a rule to headings or paragraphs).
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_SCOPE_H
#define IBIC_RULES_SCOPE_H

#include "Analysis/Analysis.h"
#include "Rules/Selectors.h"

#include "llvm/ADT/STLFunctionalExtras.h"

namespace ibic {

enum class UnitKind { Case, Document, Section, Paragraph, Sentence };

/// The YAML word for a unit kind.
llvm::StringRef unitName(UnitKind U);

struct Scope {
  DocumentTypeFilter Documents;
  /// Empty: the whole document.
  SectionSelector Sections;
  UnitKind Unit = UnitKind::Document;
  /// For document units with sections: when none matches, judge the whole
  /// document (true) or an empty unit (false).
  bool WholeDocumentWhenNoSection = false;
};

/// What one call of Rule::check judges.
struct RuleUnit {
  const CaseAnalysis *Case = nullptr;
  /// Null for a case unit.
  const DocumentAnalysis *Doc = nullptr;
  /// For a section unit, or a document unit with exactly one matching
  /// section.
  const SectionAnalysis *Section = nullptr;
  /// The note, section or document a finding is about (RawFinding::Unit).
  const void *Id = nullptr;
  /// Where a finding about the whole unit points (a heading or the line
  /// that names the document type), and the heading for messages.
  uint32_t Offset = 0;
  llvm::StringRef Heading;
  /// The text in scope, each paragraph once, in document order.
  llvm::ArrayRef<const Paragraph *> Paragraphs;
  /// The sections in scope: those matching the selector (not their nested
  /// ones), or every section when the document is read whole.
  llvm::ArrayRef<const SectionAnalysis *> Sections;
  /// For a case unit: the documents of the scope's types.
  llvm::ArrayRef<const DocumentAnalysis *> Documents;
  /// For a case unit: when set, only findings in this file are wanted
  /// (AuditOptions::FindingsOnlyIn); a rule that reports per document may
  /// skip the others, reading them only for what the case shows.
  llvm::StringRef OnlyFile;
  /// For a sentence unit.
  const Sentence *OneSentence = nullptr;
};

/// Buffers reused from unit to unit, so walking a scope allocates nothing
/// once warm.
struct ScopeBuffers {
  std::vector<const Paragraph *> Paragraphs;
  std::vector<const SectionAnalysis *> Sections;
  std::vector<const DocumentAnalysis *> Documents;
};

/// Calls \p Judge for every unit of \p C that \p S selects, in document
/// order. With \p OnlyFile, units within one document come only from the
/// documents of that file; a scope whose unit is the case still sees the
/// whole case.
void forEachUnit(const Scope &S, const CaseAnalysis &C, ScopeBuffers &Buffers,
                 llvm::function_ref<void(const RuleUnit &)> Judge,
                 llvm::StringRef OnlyFile = {});

} // namespace ibic

#endif
