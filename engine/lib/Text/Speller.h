//===- Speller.h - Hunspell, asked once per word and never left to stall --===//
//
// Hunspell's own suggest() scans the whole dictionary and takes tens of
// milliseconds per word in Swedish, and real notes hold thousands of distinct
// typos. A Dictionary is only asked whether a word is right (a few
// microseconds); suggestions are the single edits of a word that the
// dictionary accepts, tried in the order typos are made, with a fixed budget
// per word. A SpellingCache remembers every answer for one audit, so each
// distinct word costs one lookup per run however often it is written.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_SPELLER_H
#define IBIC_TEXT_SPELLER_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

#include <array>
#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <string>

class Hunspell;

namespace ibic {

/// A Hunspell dictionary. Loading sv_SE takes about 50 ms, so it loads in
/// the background from prefetch() on, while rules load and files are read.
/// It may be asked from any thread: Hunspell itself is not thread-safe, so
/// each call takes one of a few instances, and a second instance (16 MB) is
/// only loaded when threads really wait for the first.
class Dictionary {
public:
  /// \p Dir/\p Name.aff and .dic, not yet loaded; an error (in Swedish)
  /// when they do not exist.
  static llvm::Expected<std::shared_ptr<Dictionary>> open(llvm::StringRef Dir,
                                                          llvm::StringRef Name);
  ~Dictionary();
  /// Starts loading in the background, once.
  void prefetch() const;

  /// Whether Hunspell accepts \p Word as written.
  bool spell(llvm::StringRef Word) const;
  /// The letters to try in edits, most frequent first (the .aff's TRY line).
  const std::u32string &tryLetters() const { return Try; }

private:
  struct Instance {
    std::mutex Lock;
    std::shared_ptr<Hunspell> Speller;
  };
  Dictionary() = default;
  /// Adds an instance unless the pool is full; false when it is.
  bool grow() const;

  static constexpr unsigned MaxInstances = 4;
  std::string AffPath, DicPath;
  mutable std::once_flag Started;
  mutable std::shared_future<std::shared_ptr<Hunspell>> Loaded;
  std::u32string Try;
  mutable std::mutex GrowLock;
  mutable std::array<std::unique_ptr<Instance>, MaxInstances> Instances;
  mutable std::atomic<unsigned> Ready{0};
};

/// What one audit has learnt about words: shared by its threads, sharded so
/// they rarely wait for each other, and freed with the audit.
class SpellingCache {
public:
  explicit SpellingCache(const Dictionary &D) : Dict(D) {}

  /// Whether the dictionary accepts \p Word; asked once per distinct word.
  bool known(llvm::StringRef Word);
  /// A correction of \p Word one edit away (a doubled or single letter, a
  /// lost å, ä or ö, a swap, a missing, extra or wrong letter): one the
  /// writers use elsewhere, in \p Vocabulary (folded words of the case),
  /// first, else the first the dictionary knows in that order, keeping the
  /// first letter where it can. Empty when there is none that close.
  std::string suggestion(llvm::StringRef Word,
                         const llvm::StringSet<> *Vocabulary = nullptr);

private:
  /// Calls \p Visit with each single edit of \p Word, likeliest kind of
  /// typo first (tier 1, 2, 3), until it returns true.
  void forEachEdit(const std::u32string &Word,
                   llvm::function_ref<bool(const std::u32string &, unsigned)> Visit) const;
  std::string computeSuggestion(const std::u32string &Word);

  struct Shard {
    std::mutex Lock;
    llvm::StringMap<bool> Known;
    llvm::StringMap<std::string> Suggestions;
  };
  Shard &shardFor(llvm::StringRef Word);

  const Dictionary &Dict;
  std::array<Shard, 16> Shards;
};

} // namespace ibic

#endif
