//===- Structure.h - What the sections of a document are for ---------------===//
#ifndef IBIC_DOCUMENT_STRUCTURE_H
#define IBIC_DOCUMENT_STRUCTURE_H

#include "Document/Model.h"
#include "Document/Reference.h"

namespace ibic {

/// Gives each document of \p C its role, splits labelled lines ("Mål: …")
/// into sections, and marks the parts of a genomförandeplan; the readers
/// call this once a case is read, so every format is judged alike.
void structureDocuments(Case &C, const Reference &Ref);

} // namespace ibic

#endif
