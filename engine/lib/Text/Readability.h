//===- Readability.h - LIX and sentence length ----------------------------===//
#ifndef IBIC_TEXT_READABILITY_H
#define IBIC_TEXT_READABILITY_H

#include "Text/Segmenter.h"

#include "llvm/ADT/ArrayRef.h"

namespace ibic {

/// LIX = words per sentence + the percentage of words longer than six
/// letters (Björnsson). Under 30 very easy, over 60 very hard.
struct Readability {
  unsigned Words = 0, LongWords = 0, Sentences = 0;
  /// Counts the words of \p Tokens (of \p Text) in \p SentenceCount
  /// sentences; numbers are no words.
  void add(llvm::StringRef Text, llvm::ArrayRef<Token> Tokens,
           unsigned SentenceCount);
  void add(const Readability &Other);
  double lix() const;
};

} // namespace ibic

#endif
