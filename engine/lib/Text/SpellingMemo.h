//===- SpellingMemo.h - The dictionary's answers, kept between runs -------===//
//
// Hunspell takes about 100 ms to load sv_SE, longer than a check of a small
// file takes without it, and run after run a check asks it the same
// questions: the words of one municipality's notes repeat. So its answers
// are kept in a file among the user's caches, and a run whose questions the
// file answers never waits for Hunspell. The file holds no words, only a
// 64-bit hash of each question, so the names a note begins with cannot be
// read back from it. It is a sorted table read in place (a binary search
// per question, nothing to parse), names the dictionary files it answers
// for by size and time, and is replaced whole and atomically; a file that
// does not fit is ignored, never trusted.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_SPELLINGMEMO_H
#define IBIC_TEXT_SPELLINGMEMO_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace ibic {

class SpellingMemo {
public:
  /// The questions a Dictionary answers, each kept apart.
  enum class Question : char {
    Spell = 's',
    SpellWithoutCompounds = 'c',
    BeginsWord = 'b',
    IsStem = 'i',
  };

  /// The memo in \p Dir for the dictionary read from \p AffPath and
  /// \p DicPath: what an earlier run kept, or nothing yet when no file is
  /// there, it is damaged, or it answers for other dictionary files.
  static std::unique_ptr<SpellingMemo> open(llvm::StringRef Dir, llvm::StringRef AffPath,
                                            llvm::StringRef DicPath);

  /// The answer an earlier run kept, if any.
  std::optional<bool> find(Question Q, llvm::StringRef Word) const;
  /// Keeps \p Answer to \p Q for \p Word, to be saved; thread-safe.
  void remember(Question Q, llvm::StringRef Word, bool Answer);
  /// Writes the answers learnt since the last save, with those kept
  /// before, to the file, unless the last save was less than a while ago
  /// (a program that audits after each edit writes it now and then). A
  /// file that cannot be written is left as it was: the memo is a cache.
  void save();

  /// Answers a file keeps at most: about a MB, more than the distinct words
  /// of a year of one municipality's notes and the edits tried for their
  /// typos. Beyond it, the answers learnt last are kept.
  static constexpr size_t MaxAnswers = size_t(1) << 17;

private:
  SpellingMemo() = default;
  /// Reads the table of \p Buffer if it is one for \p Fingerprint.
  bool adopt(std::unique_ptr<llvm::MemoryBuffer> Buffer, uint64_t Fingerprint);
  /// The key of \p Q about \p Word: a hash of both.
  static uint64_t key(Question Q, llvm::StringRef Word);
  /// The key of entry \p I of the table.
  uint64_t keyAt(uint32_t I) const;

  std::string Path;
  uint64_t Fingerprint = 0;
  std::unique_ptr<llvm::MemoryBuffer> File;
  uint32_t Count = 0;
  const char *Keys = nullptr;    ///< Count little-endian uint64, rising.
  const char *Answers = nullptr; ///< Count bytes, 0 or 1.

  std::mutex Lock;
  llvm::DenseMap<uint64_t, bool> Learnt; ///< Keyed as the table is.
  size_t LearntAtSave = 0;
  std::optional<std::chrono::steady_clock::time_point> LastSave;
};

} // namespace ibic

#endif
