//===- Words.h - Swedish words on ICU -------------------------------------===//
//
// Word boundaries and case folding come from ICU, never from regex classes:
// RE2's \b and \w are ASCII-only and split "vägrade" at the ä.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_WORDS_H
#define IBIC_TEXT_WORDS_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ibic {

/// A word of a text: its byte range in that text and its folded form.
struct Word {
  uint32_t Begin = 0, End = 0;
  std::string Folded;
};

/// The words (letters or digits) of UTF-8 \p Text, with byte offsets.
std::vector<Word> splitWords(llvm::StringRef Text);

/// NFC-normalised, case-folded text: the form every lookup compares.
std::string foldText(llvm::StringRef Text);

} // namespace ibic

#endif
