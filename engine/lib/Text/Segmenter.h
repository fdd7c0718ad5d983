//===- Segmenter.h - Words and sentences of Swedish text ------------------===//
//
// Word and sentence boundaries follow ICU's Swedish rules (UAX #29 with the
// abbreviations Swedish writes before a capital), never regex classes: RE2's
// \b and \w are ASCII-only and split "vägrade" at the ä.
//
// Text in the Latin script (what case documentation is written in) takes a
// fast path that gives exactly ICU's word tokens and folded forms, and
// another that gives ICU's sentences (UAX #29's rules over the code points'
// Sentence_Break classes); differential tests hold each to ICU on every
// corpus and on random text. Anything else goes through ICU. A Segmenter owns its ICU iterators,
// so each thread uses its own, made once and reused.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_SEGMENTER_H
#define IBIC_TEXT_SEGMENTER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/DJB.h"
#include "llvm/Support/StringSaver.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace ibic {

/// A word of a text: letters or digits as ICU joins them ("t.ex", "07.30",
/// "usk:n", "x3"), with its byte range and NFC case-folded form.
struct Token {
  enum Flag : uint8_t {
    Letters = 1,        ///< Holds a letter.
    Digits = 2,         ///< Holds a digit.
    Capitalised = 4,    ///< The first letter is upper case.
    UpperAfterFirst = 8, ///< An upper-case letter after the first ("SÄBO", "eHälsa").
    /// A name the case gives to someone other than the individual
    /// ("dottern Karin"); set by the analysis of the whole case.
    OtherPerson = 16,
  };
  uint32_t Begin = 0, End = 0;
  llvm::StringRef Folded;
  uint8_t Flags = 0;
  /// wordHash(Folded), set where the text is segmented; 0 for not known.
  uint32_t Hash = 0;
  bool has(Flag F) const { return Flags & F; }
};

/// The hash of a folded word that sets of words are probed by
/// (FoldedWordSet.h): never 0, which a token has when it was not
/// computed, nor the two values a DenseSet keeps for itself.
inline uint32_t wordHash(llvm::StringRef Folded) {
  uint32_t Hash = llvm::djbHash(Folded);
  return Hash == 0 || Hash >= 0xFFFFFFFEu ? 1 : Hash;
}

using ByteRange = std::pair<uint32_t, uint32_t>;

class Segmenter {
public:
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter &) = delete;
  Segmenter &operator=(const Segmenter &) = delete;

  /// Appends the words of \p Text. A folded form that differs from the
  /// text as written is kept in \p Saver.
  void words(llvm::StringRef Text, llvm::StringSaver &Saver,
             std::vector<Token> &Out);
  /// The sentences of \p Text, trimmed; a line break also ends a sentence,
  /// as notes and lists are written line by line.
  void sentences(llvm::StringRef Text, std::vector<ByteRange> &Out);

  /// The Latin-script fast path alone: false, with nothing appended, when
  /// the text holds a code point it does not know.
  static bool wordsByFastPath(llvm::StringRef Text, llvm::StringSaver &Saver,
                              std::vector<Token> &Out);
  /// ICU's words, never the fast path: what the fast path is tested against.
  void wordsByIcu(llvm::StringRef Text, llvm::StringSaver &Saver,
                  std::vector<Token> &Out);
  /// Where the sentences of one line end (byte offsets in \p Line, the
  /// last its size) by the Latin-script fast path: false, with nothing
  /// appended, when the line holds what it leaves to ICU.
  static bool sentenceEndsByFastPath(llvm::StringRef Line, std::vector<uint32_t> &Ends);
  /// The same by ICU's break iterator alone: what the fast path is tested
  /// against.
  void sentenceEndsByIcu(llvm::StringRef Line, std::vector<uint32_t> &Ends);

private:
  icu::BreakIterator &wordIterator();
  icu::BreakIterator *sentenceIterator();
  std::unique_ptr<icu::BreakIterator> Words, Sentences;
  bool SentencesTried = false;
};

/// NFC-normalised, case-folded text: the form every lookup compares.
std::string foldText(llvm::StringRef Text);
/// True when foldText(\p Text) is certainly \p Text: no capital (A–Z,
/// À–Þ), no "ß" and nothing outside ASCII and Latin-1's small letters
/// (text outside them is left to foldText, even "ω", which stays). Cheaper
/// than folding, for long lists that are mostly folded already.
bool isFolded(llvm::StringRef Text);

/// A word with its folded form owned, for the few callers outside a
/// document analysis (reading rule files and reference data).
struct Word {
  uint32_t Begin = 0, End = 0;
  std::string Folded;
};

/// The words of \p Text; a convenience for load time, not for documents.
std::vector<Word> splitWords(llvm::StringRef Text);

} // namespace ibic

#endif
