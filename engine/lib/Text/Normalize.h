//===- Normalize.h - One form of the text for every rule -------------------===//
//
// Word processors write no-break and thin spaces, and some systems export
// decomposed letters (a + U+0308 for ä). Every rule reads the same text:
// NFC, with every Unicode space as an ASCII space, and an offset map back to
// the bytes as written so findings still point at the source.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_NORMALIZE_H
#define IBIC_TEXT_NORMALIZE_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ibic {

/// Maps byte offsets of a derived text back to the text it came from. An
/// anchor (derived, original) starts a stretch where both advance together;
/// a changed stretch (ä from a + U+0308) maps its ends exactly.
class OffsetMap {
public:
  /// The original offset of \p Derived.
  uint32_t toOriginal(uint32_t Derived) const;
  bool identity() const { return Anchors.empty(); }
  void add(uint32_t Derived, uint32_t Original);

private:
  std::vector<std::pair<uint32_t, uint32_t>> Anchors;
};

/// Text as rules read it. When the input already is NFC with plain spaces,
/// Text points at the input and no copy is made.
struct NormalizedText {
  llvm::StringRef Text;
  std::string Storage; ///< Holds Text when it differs from the input.
  OffsetMap ToInput;

  NormalizedText() = default;
  NormalizedText(NormalizedText &&Other) noexcept { *this = std::move(Other); }
  NormalizedText &operator=(NormalizedText &&Other) noexcept;
};

/// The byte length of a Unicode space other than U+0020 at \p At, or 0.
/// Tabs and line breaks are structure and are not counted.
size_t unicodeSpaceLength(llvm::StringRef Text, size_t At);

/// Whether a Unicode space can begin with byte \p B: the lead bytes of
/// U+00A0, U+1680, U+2000–U+205F and U+3000. Not those of å, ä and ö,
/// which most bytes past ASCII in Swedish text are.
inline bool mayBeginUnicodeSpace(char B) {
  unsigned char U = static_cast<unsigned char>(B);
  return U == 0xC2 || (U >= 0xE1 && U <= 0xE3);
}

/// NFC with Unicode spaces (no-break, thin, ideographic ...) as ' '.
NormalizedText normalizeText(llvm::StringRef Input);

/// \p Input with each Unicode space as one ASCII space per byte, so every
/// offset stays the input's: for reading a format's syntax (a heading's
/// "## ", a "Key: value" line), not for the text that rules read.
std::string spacesAsAscii(llvm::StringRef Input);

/// \p Text with each run of spaces as one space: a value read through
/// spacesAsAscii as it was meant.
std::string squeezeSpaces(llvm::StringRef Text);

} // namespace ibic

#endif
