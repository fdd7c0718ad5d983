//===- Prose.h - Lists written as Swedish prose ---------------------------===//
#ifndef IBIC_SUPPORT_PROSE_H
#define IBIC_SUPPORT_PROSE_H

#include "llvm/ADT/StringRef.h"

#include <iterator>
#include <string>

namespace ibic {

/// \p Items (strings or StringRefs) as a list in a sentence: "a, b eller
/// c", with \p Last ("eller", "och") between the last two.
template <typename Range>
std::string listInProse(const Range &Items, llvm::StringRef Last = "eller") {
  std::string Out;
  size_t N = 0, Size = std::size(Items);
  for (const auto &Item : Items) {
    if (N > 0)
      Out += N + 1 == Size ? " " + Last.str() + " " : ", ";
    Out += llvm::StringRef(Item).str();
    ++N;
  }
  return Out;
}

} // namespace ibic

#endif
