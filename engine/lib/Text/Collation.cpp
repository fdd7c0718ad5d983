#include "Collation.h"

namespace ibic {

Collator::Collator() {
  UErrorCode Status = U_ZERO_ERROR;
  Impl.reset(icu::Collator::createInstance(icu::Locale("sv", "SE"), Status));
  if (U_FAILURE(Status))
    Impl.reset();
}

Collator::~Collator() = default;

const Collator &Collator::swedish() {
  static const Collator Instance;
  return Instance;
}

int Collator::compare(llvm::StringRef A, llvm::StringRef B) const {
  if (!Impl)
    return A.compare(B);
  UErrorCode Status = U_ZERO_ERROR;
  UCollationResult R = Impl->compareUTF8(icu::StringPiece(A.data(), A.size()),
                                         icu::StringPiece(B.data(), B.size()),
                                         Status);
  if (U_FAILURE(Status))
    return A.compare(B);
  return R == UCOL_LESS ? -1 : R == UCOL_GREATER ? 1 : 0;
}

} // namespace ibic
