//===- WordScan.h - Eight bytes of text tested at once ---------------------===//
//
// Scanners that look for a few bytes (a full stop, a quotation mark, a
// byte past ASCII) spend most of their time on bytes that are none of
// them. These tests take eight bytes at a time, so a loop can pass over
// a run of plain text in a step and look closer only where one is found
// ("Bit Twiddling Hacks": determine if a word has a zero byte).
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_SUPPORT_WORDSCAN_H
#define IBIC_SUPPORT_WORDSCAN_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ConvertUTF.h"

#include <cstdint>
#include <cstring>

namespace ibic {

/// The eight bytes at \p At.
inline uint64_t wordAt(const char *At) {
  uint64_t Word;
  std::memcpy(&Word, At, sizeof Word);
  return Word;
}

constexpr uint64_t EveryByte = 0x0101010101010101ull, HighBits = 0x8080808080808080ull;

/// Whether a byte of \p Word is past ASCII.
inline bool hasByteAbove7F(uint64_t Word) { return Word & HighBits; }

/// Whether a byte of \p Word is \p B.
inline bool hasByte(uint64_t Word, unsigned char B) {
  uint64_t X = Word ^ (EveryByte * B);
  return (X - EveryByte) & ~X & HighBits;
}

/// Whether a byte of \p Word is below \p N (at most 128).
inline bool hasByteBelow(uint64_t Word, unsigned char N) {
  return (Word - EveryByte * N) & ~Word & HighBits;
}

/// Where the first byte of \p Text that is no part of valid UTF-8 stands,
/// or npos. Text is mostly ASCII: its runs are passed eight bytes at a
/// time, and only the rest is checked sequence by sequence.
inline size_t firstInvalidUtf8(llvm::StringRef Text) {
  const auto *Data = reinterpret_cast<const llvm::UTF8 *>(Text.data());
  const size_t Size = Text.size();
  for (size_t At = 0; At < Size;) {
    if (Data[At] < 0x80) {
      while (At + 8 <= Size && !hasByteAbove7F(wordAt(Text.data() + At)))
        At += 8;
      while (At < Size && Data[At] < 0x80)
        ++At;
      continue;
    }
    unsigned Length = llvm::getNumBytesForUTF8(Data[At]);
    if (Length > Size - At || !llvm::isLegalUTF8Sequence(Data + At, Data + At + Length))
      return At;
    At += Length;
  }
  return llvm::StringRef::npos;
}

} // namespace ibic

#endif
