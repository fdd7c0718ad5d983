//===- Sentences.h - Sentence boundaries on ICU ---------------------------===//
#ifndef IBIC_TEXT_SENTENCES_H
#define IBIC_TEXT_SENTENCES_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace ibic {

/// Byte ranges of the sentences of UTF-8 \p Text (ICU's Swedish rules; a line
/// break also ends a sentence, as notes and lists are written line by line).
std::vector<std::pair<uint32_t, uint32_t>> splitSentences(llvm::StringRef Text);

} // namespace ibic

#endif
