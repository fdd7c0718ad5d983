#include "Quotes.h"

#include <optional>

namespace ibic {

std::vector<std::pair<uint32_t, uint32_t>> quotedRanges(llvm::StringRef Text) {
  std::vector<std::pair<uint32_t, uint32_t>> Ranges;
  std::optional<uint32_t> Open;
  for (uint32_t I = 0, Size = Text.size(); I < Size; ++I) {
    // '"', « and » (C2 AB, C2 BB), “ and ” (E2 80 9C, E2 80 9D); any other
    // byte is skipped at once.
    unsigned char B = Text[I];
    unsigned Length = 0;
    if (B == '"')
      Length = 1;
    else if (B == 0xC2 && I + 1 < Size &&
             (Text[I + 1] == '\xAB' || Text[I + 1] == '\xBB'))
      Length = 2;
    else if (B == 0xE2 && I + 2 < Size && Text[I + 1] == '\x80' &&
             (Text[I + 2] == '\x9C' || Text[I + 2] == '\x9D'))
      Length = 3;
    if (!Length)
      continue;
    if (Open)
      Ranges.push_back({*Open, I});
    Open = Open ? std::nullopt : std::optional<uint32_t>(I + Length);
    I += Length - 1;
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
