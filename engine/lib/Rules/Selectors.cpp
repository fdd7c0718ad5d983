#include "Selectors.h"

#include "llvm/ADT/STLExtras.h"

namespace ibic {

bool DocumentTypeFilter::matches(const Document &D) const {
  return Types.empty() || llvm::is_contained(Types, D.Type);
}

bool SectionSelector::matches(const Section &S) const {
  return (Kind.empty() || S.Kind == Kind) &&
         (LifeArea.empty() || S.LifeArea == LifeArea) &&
         (Factor.empty() || S.Factor == Factor);
}

} // namespace ibic
