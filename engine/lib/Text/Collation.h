//===- Collation.h - Swedish sort order -----------------------------------===//
//
// Byte order puts "Å" before "Ä" and both after "Z" in the wrong order for
// Swedish readers (å, ä, ö); report tables sort by the Swedish collator.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_COLLATION_H
#define IBIC_TEXT_COLLATION_H

#include "llvm/ADT/StringRef.h"

#include <memory>

#include <unicode/coll.h>

namespace ibic {

class Collator {
public:
  /// The process-wide Swedish collator, built on first use.
  static const Collator &swedish();
  /// Negative, zero or positive as \p A sorts before, with or after \p B.
  int compare(llvm::StringRef A, llvm::StringRef B) const;
  ~Collator();

private:
  Collator();
  std::unique_ptr<icu::Collator> Impl;
};

} // namespace ibic

#endif
