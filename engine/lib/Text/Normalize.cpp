#include "Normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>

namespace ibic {
namespace {

/// Whether a code point at or above U+0300 occurs: only those can make text
/// that is not NFC.
bool mayNeedComposition(llvm::StringRef Text) {
  return std::any_of(Text.begin(), Text.end(), [](char C) {
    return static_cast<unsigned char>(C) >= 0xCC;
  });
}

/// Appends \p Piece (starting at \p Original in the input) with Unicode
/// spaces as ' ', adding an anchor after each replaced space.
void copyWithSpaces(llvm::StringRef Piece, uint32_t Original,
                    NormalizedText &Out) {
  size_t From = 0;
  for (size_t I = 0; I < Piece.size();) {
    size_t Length = mayBeginUnicodeSpace(Piece[I]) ? unicodeSpaceLength(Piece, I) : 0;
    if (Length == 0) {
      ++I;
      continue;
    }
    Out.Storage.append(Piece.data() + From, I - From);
    Out.Storage += ' ';
    Out.ToInput.add(Out.Storage.size(), Original + I + Length);
    I += Length;
    From = I;
  }
  Out.Storage.append(Piece.data() + From, Piece.size() - From);
}

bool hasUnicodeSpace(llvm::StringRef Text) {
  for (size_t I = 0; I < Text.size(); ++I)
    if (mayBeginUnicodeSpace(Text[I]) && unicodeSpaceLength(Text, I))
      return true;
  return false;
}

} // namespace

size_t unicodeSpaceLength(llvm::StringRef Text, size_t At) {
  auto Byte = [&](size_t I) {
    return I < Text.size() ? static_cast<unsigned char>(Text[I]) : 0;
  };
  unsigned char B0 = Byte(At);
  if (B0 == 0xC2 && Byte(At + 1) == 0xA0) // no-break space
    return 2;
  if (B0 == 0xE1 && Byte(At + 1) == 0x9A && Byte(At + 2) == 0x80) // ogham
    return 3;
  if (B0 == 0xE2 && Byte(At + 1) == 0x80 &&
      (Byte(At + 2) <= 0x8A || Byte(At + 2) == 0xAF)) // en quad … hair, narrow nbsp
    return Byte(At + 2) >= 0x80 ? 3 : 0;
  if (B0 == 0xE2 && Byte(At + 1) == 0x81 && Byte(At + 2) == 0x9F) // medium math
    return 3;
  if (B0 == 0xE3 && Byte(At + 1) == 0x80 && Byte(At + 2) == 0x80) // ideographic
    return 3;
  return 0;
}

void OffsetMap::add(uint32_t Derived, uint32_t Original) {
  if (!Anchors.empty() && Anchors.back().first == Derived)
    Anchors.back().second = Original;
  else
    Anchors.push_back({Derived, Original});
}

uint32_t OffsetMap::toOriginal(uint32_t Derived) const {
  auto After = std::upper_bound(
      Anchors.begin(), Anchors.end(), Derived,
      [](uint32_t D, const std::pair<uint32_t, uint32_t> &A) { return D < A.first; });
  uint32_t Original =
      After == Anchors.begin() ? Derived
                               : (After - 1)->second + (Derived - (After - 1)->first);
  // Inside a stretch that grew, stay before where the next one starts.
  if (After != Anchors.end())
    Original = std::min(Original, After->second);
  return Original;
}

NormalizedText &NormalizedText::operator=(NormalizedText &&Other) noexcept {
  bool Owned = Other.Text.data() == Other.Storage.data() && !Other.Storage.empty();
  Storage = std::move(Other.Storage);
  Text = Owned ? llvm::StringRef(Storage) : Other.Text;
  ToInput = std::move(Other.ToInput);
  return *this;
}

NormalizedText normalizeText(llvm::StringRef Input) {
  NormalizedText Out;
  const icu::Normalizer2 *NFC = nullptr;
  UErrorCode Status = U_ZERO_ERROR;
  if (mayNeedComposition(Input)) {
    NFC = icu::Normalizer2::getNFCInstance(Status);
    if (U_FAILURE(Status) ||
        NFC->isNormalizedUTF8(icu::StringPiece(Input.data(), Input.size()), Status))
      NFC = nullptr;
  }
  if (!NFC) {
    if (!hasUnicodeSpace(Input)) {
      Out.Text = Input;
      return Out;
    }
    copyWithSpaces(Input, 0, Out);
    Out.Text = Out.Storage;
    return Out;
  }
  std::string Composed;
  icu::StringByteSink<std::string> Sink(&Composed);
  icu::Edits Edits;
  Status = U_ZERO_ERROR;
  NFC->normalizeUTF8(0, icu::StringPiece(Input.data(), Input.size()), Sink,
                     &Edits, Status);
  if (U_FAILURE(Status)) {
    Out.Text = Input;
    return Out;
  }
  icu::Edits::Iterator It = Edits.getFineIterator();
  while (It.next(Status)) {
    llvm::StringRef Piece(Composed.data() + It.destinationIndex(), It.newLength());
    uint32_t Original = It.sourceIndex();
    Out.ToInput.add(Out.Storage.size(), Original);
    if (!It.hasChange()) {
      copyWithSpaces(Piece, Original, Out);
      continue;
    }
    // NFC turns some spaces into others (U+2000 into U+2002): a changed
    // stretch is read for spaces too, and maps back as one piece.
    copyWithSpaces(Piece, Original, Out);
    Out.ToInput.add(Out.Storage.size(), Original + It.oldLength());
  }
  Out.Text = Out.Storage;
  return Out;
}

std::string spacesAsAscii(llvm::StringRef Input) {
  std::string Out = Input.str();
  for (size_t I = 0; I < Out.size(); ++I)
    if (mayBeginUnicodeSpace(Out[I]))
      if (size_t Length = unicodeSpaceLength(Input, I)) {
        Out.replace(I, Length, Length, ' ');
        I += Length - 1;
      }
  return Out;
}

std::string squeezeSpaces(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text)
    if (C != ' ' || Out.empty() || Out.back() != ' ')
      Out += C;
  return Out;
}

} // namespace ibic
