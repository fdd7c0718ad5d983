//===- Selectors.h - Which documents and sections a rule reads ------------===//
#ifndef IBIC_RULES_SELECTORS_H
#define IBIC_RULES_SELECTORS_H

#include "Config/Files.h"
#include "Document/Model.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>
#include <string>
#include <vector>

namespace ibic {

/// Document types a rule reads; empty reads every document.
struct DocumentTypeFilter {
  std::vector<std::string> Types;
  bool matches(const Document &D) const;
};

/// The role a selector names: "plan-part" or "assessment-part".
std::optional<SectionRole> sectionRoleNamed(llvm::StringRef Name);

/// Sections with a given kind, life area, factor and role (empty fields
/// match all).
struct SectionSelector {
  std::string Kind, LifeArea, Factor;
  std::optional<SectionRole> Role;
  bool matches(const Section &S) const;
  bool empty() const {
    return Kind.empty() && LifeArea.empty() && Factor.empty() && !Role;
  }
  /// As written in a rule or template file (not checked against IBIC's lists).
  static SectionSelector from(const SectionSelectorSpec &Spec) {
    return {Spec.Kind.Value, Spec.LifeArea.Value, Spec.Factor.Value,
            sectionRoleNamed(Spec.Role.Value)};
  }
};

/// Reports a kind, life area or factor in \p Spec that IBIC does not know.
void checkSectionSelector(const SectionSelectorSpec &Spec, const Reference &Ref,
                          llvm::function_ref<void(llvm::SMLoc, std::string)> Error);

} // namespace ibic

#endif
