//===- Selectors.h - Which documents and sections a rule reads ------------===//
#ifndef IBIC_RULES_SELECTORS_H
#define IBIC_RULES_SELECTORS_H

#include "Document/Model.h"

#include <string>
#include <vector>

namespace ibic {

/// Document types a rule reads; empty reads every document.
struct DocumentTypeFilter {
  std::vector<std::string> Types;
  bool matches(const Document &D) const;
};

/// Sections with a given kind, life area and factor (empty fields match all).
struct SectionSelector {
  std::string Kind, LifeArea, Factor;
  bool matches(const Section &S) const;
  bool empty() const { return Kind.empty() && LifeArea.empty() && Factor.empty(); }
};

} // namespace ibic

#endif
