#include "Scope.h"

namespace ibic {
namespace {

/// The paragraphs and sections of \p D the scope reads as one document
/// unit; false when sections were asked for and none matched.
bool collectDocument(const Scope &S, const DocumentAnalysis &D,
                     ScopeBuffers &B) {
  B.Paragraphs.clear();
  B.Sections.clear();
  auto Whole = [&] {
    for (const Paragraph &P : D.Paragraphs)
      B.Paragraphs.push_back(&P);
    for (const SectionAnalysis &A : D.Sections)
      B.Sections.push_back(&A);
  };
  if (S.Sections.empty()) {
    Whole();
    return true;
  }
  // Pre-order: a nested matching section lies inside its ancestor's range,
  // so each paragraph is taken once.
  uint32_t Covered = 0;
  for (const SectionAnalysis &A : D.Sections) {
    if (!S.Sections.matches(*A.S))
      continue;
    B.Sections.push_back(&A);
    for (uint32_t I = std::max(A.First, Covered); I < A.End; ++I)
      B.Paragraphs.push_back(&D.Paragraphs[I]);
    Covered = std::max(Covered, A.End);
  }
  if (!B.Sections.empty())
    return true;
  if (S.WholeDocumentWhenNoSection)
    Whole();
  return false;
}

} // namespace

llvm::StringRef unitName(UnitKind U) {
  switch (U) {
  case UnitKind::Case:
    return "case";
  case UnitKind::Document:
    return "document";
  case UnitKind::Section:
    return "section";
  case UnitKind::Paragraph:
    return "paragraph";
  case UnitKind::Sentence:
    return "sentence";
  }
  return "";
}

void forEachUnit(const Scope &S, const CaseAnalysis &C, ScopeBuffers &B,
                 llvm::function_ref<void(const RuleUnit &)> Judge,
                 llvm::StringRef OnlyFile) {
  if (S.Unit == UnitKind::Case) {
    B.Documents.clear();
    for (const DocumentAnalysis &D : C.Documents)
      if (S.Documents.matches(*D.Doc))
        B.Documents.push_back(&D);
    RuleUnit U;
    U.Case = &C;
    U.Documents = B.Documents;
    U.OnlyFile = OnlyFile;
    Judge(U);
    return;
  }
  for (const DocumentAnalysis &D : C.Documents) {
    if (!S.Documents.matches(*D.Doc) ||
        (!OnlyFile.empty() && D.Doc->File->path() != OnlyFile))
      continue;
    RuleUnit U;
    U.Case = &C;
    U.Doc = &D;
    switch (S.Unit) {
    case UnitKind::Case:
      break;
    case UnitKind::Document: {
      bool Matched = collectDocument(S, D, B);
      U.Id = D.Doc;
      U.Offset = D.Doc->Offset;
      if (Matched && B.Sections.size() == 1 && !S.Sections.empty()) {
        U.Section = B.Sections.front();
        U.Offset = U.Section->S->Offset;
        U.Heading = U.Section->S->Heading;
      }
      U.Paragraphs = B.Paragraphs;
      U.Sections = B.Sections;
      Judge(U);
      break;
    }
    case UnitKind::Section:
      for (const SectionAnalysis &A : D.Sections) {
        if (!S.Sections.matches(*A.S))
          continue;
        B.Paragraphs.clear();
        for (uint32_t I = A.First; I < A.End; ++I)
          B.Paragraphs.push_back(&D.Paragraphs[I]);
        const SectionAnalysis *Only = &A;
        U.Section = &A;
        U.Id = A.S;
        U.Offset = A.S->Offset;
        U.Heading = A.S->Heading;
        U.Paragraphs = B.Paragraphs;
        U.Sections = llvm::makeArrayRef(Only);
        Judge(U);
      }
      break;
    case UnitKind::Paragraph:
    case UnitKind::Sentence:
      collectDocument(S, D, B);
      if (!S.Sections.empty() && B.Sections.empty())
        break; // no section matched: no paragraph is in scope
      for (const Paragraph *P : B.Paragraphs) {
        U.Id = P->Unit;
        U.Offset = P->Span->Offset;
        U.Paragraphs = llvm::makeArrayRef(P);
        if (S.Unit == UnitKind::Paragraph) {
          Judge(U);
          continue;
        }
        for (const Sentence &Sn : P->Sentences) {
          U.OneSentence = &Sn;
          Judge(U);
        }
      }
      break;
    }
  }
}

} // namespace ibic
