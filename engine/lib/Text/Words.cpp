#include "Words.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>

namespace ibic {
namespace {

/// ICU break iterators are not thread-safe; each thread clones one prototype
/// that is built once per process.
icu::BreakIterator &wordIterator() {
  static const std::unique_ptr<icu::BreakIterator> Prototype = [] {
    UErrorCode Status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> BI(
        icu::BreakIterator::createWordInstance(icu::Locale("sv", "SE"), Status));
    return U_SUCCESS(Status) ? std::move(BI) : nullptr;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> Local(
      Prototype ? Prototype->clone() : nullptr);
  return *Local;
}

} // namespace

std::vector<Word> splitWords(llvm::StringRef Text) {
  std::vector<Word> Words;
  UErrorCode Status = U_ZERO_ERROR;
  UText UT = UTEXT_INITIALIZER;
  utext_openUTF8(&UT, Text.data(), Text.size(), &Status);
  if (U_FAILURE(Status))
    return Words;
  icu::BreakIterator &BI = wordIterator();
  BI.setText(&UT, Status);
  int32_t Begin = BI.first();
  for (int32_t End = BI.next(); End != icu::BreakIterator::DONE;
       Begin = End, End = BI.next()) {
    if (BI.getRuleStatus() == UBRK_WORD_NONE)
      continue;
    llvm::StringRef Piece = Text.slice(Begin, End);
    Words.push_back({static_cast<uint32_t>(Begin), static_cast<uint32_t>(End),
                     foldText(Piece)});
  }
  utext_close(&UT);
  return Words;
}

std::string foldText(llvm::StringRef Text) {
  UErrorCode Status = U_ZERO_ERROR;
  icu::UnicodeString U = icu::UnicodeString::fromUTF8(
      icu::StringPiece(Text.data(), Text.size()));
  U.foldCase();
  const icu::Normalizer2 *NFC = icu::Normalizer2::getNFCInstance(Status);
  if (U_SUCCESS(Status))
    U = NFC->normalize(U, Status);
  std::string Out;
  U.toUTF8String(Out);
  return Out;
}

} // namespace ibic
