//===- Readability.h - LIX and sentence length ----------------------------===//
#ifndef IBIC_TEXT_READABILITY_H
#define IBIC_TEXT_READABILITY_H

#include "llvm/ADT/StringRef.h"

namespace ibic {

/// LIX = words per sentence + the percentage of words longer than six
/// letters (Björnsson). Under 30 very easy, over 60 very hard.
struct Readability {
  unsigned Words = 0, LongWords = 0, Sentences = 0;
  void add(llvm::StringRef Text);
  double lix() const;
};

} // namespace ibic

#endif
