#include "Quotes.h"

#include <optional>

namespace ibic {

std::vector<std::pair<uint32_t, uint32_t>> quotedRanges(llvm::StringRef Text) {
  static const llvm::StringRef Marks[] = {"\"", "\u201C", "\u201D", "\u00BB",
                                          "\u00AB"};
  std::vector<std::pair<uint32_t, uint32_t>> Ranges;
  std::optional<uint32_t> Open;
  for (uint32_t I = 0; I < Text.size(); ++I)
    for (llvm::StringRef M : Marks)
      if (Text.drop_front(I).startswith(M)) {
        if (Open)
          Ranges.push_back({*Open, I});
        Open = Open ? std::nullopt : std::optional<uint32_t>(I + M.size());
        I += M.size() - 1;
        break;
      }
  return Ranges;
}

bool insideAny(const std::vector<std::pair<uint32_t, uint32_t>> &Ranges,
               uint32_t Begin, uint32_t End) {
  for (auto [From, To] : Ranges)
    if (From <= Begin && End <= To)
      return true;
  return false;
}

} // namespace ibic
