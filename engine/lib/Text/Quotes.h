//===- Quotes.h - Quoted passages -----------------------------------------===//
#ifndef IBIC_TEXT_QUOTES_H
#define IBIC_TEXT_QUOTES_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace ibic {

/// Byte ranges inside quotation marks. Swedish writes ”…” and »…» with the
/// same mark at both ends, so every mark toggles.
std::vector<std::pair<uint32_t, uint32_t>> quotedRanges(llvm::StringRef Text);

/// True when [Begin, End) lies inside one of \p Ranges.
bool insideAny(const std::vector<std::pair<uint32_t, uint32_t>> &Ranges,
               uint32_t Begin, uint32_t End);

} // namespace ibic

#endif
