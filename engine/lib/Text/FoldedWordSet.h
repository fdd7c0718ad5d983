//===- FoldedWordSet.h - Folded words looked up by a token's hash ---------===//
//
// Rules ask of nearly every word whether it is in a small set ("is it a
// heading word", "a word of this list"), and nearly every answer is no. A
// token carries the hash of its folded form, computed once when the text is
// segmented; the set keeps the hashes of its words beside them, so that a
// miss costs one probe of an integer set and no hashing of the word.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_FOLDEDWORDSET_H
#define IBIC_TEXT_FOLDEDWORDSET_H

#include "Text/Segmenter.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

namespace ibic {

class FoldedWordSet {
public:
  void insert(llvm::StringRef Folded) {
    Hashes.insert(wordHash(Folded));
    Words.insert(Folded);
  }
  /// A token without a hash (made outside the segmenter) by its word.
  bool contains(const Token &T) const {
    return (!T.Hash || Hashes.contains(T.Hash)) && Words.contains(T.Folded);
  }
  bool contains(llvm::StringRef Folded) const { return Words.contains(Folded); }
  bool empty() const { return Words.empty(); }
  /// The words, in no particular order.
  llvm::StringSet<>::const_iterator begin() const { return Words.begin(); }
  llvm::StringSet<>::const_iterator end() const { return Words.end(); }

private:
  llvm::StringSet<> Words;
  /// Of every word: a filter, so two words with one hash cost a lookup of
  /// the word, never a wrong answer.
  llvm::DenseSet<uint32_t> Hashes;
};

} // namespace ibic

#endif
