//===- Speller.h - Hunspell, asked once per word and never left to stall --===//
//
// Hunspell's own suggest() scans the whole dictionary and takes tens of
// milliseconds per word in Swedish, and real notes hold thousands of distinct
// typos. A Dictionary is only asked whether a word is right (a few
// microseconds); suggestions are the single edits of a word that the
// dictionary accepts, tried in the order typos are made, with a fixed budget
// per word. A SpellingCache remembers every answer for one audit, or for as
// long as the caller keeps an AuditMemory, so each distinct word costs one
// lookup however often it is written; a SpellingMemo keeps the dictionary's
// answers from one run to the next.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_SPELLER_H
#define IBIC_TEXT_SPELLER_H

#include "Support/ShardedMemo.h"
#include "Text/SpellingMemo.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <array>
#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

class Hunspell;

namespace ibic {

/// A Hunspell dictionary. Loading sv_SE takes about 100 ms, so it loads in
/// the background from prefetch() on, while rules load and files are read.
/// A check whose questions a memo of earlier runs answers (SpellingMemo)
/// does not wait for it: a program that exits then does not either.
/// It may be asked from any thread: Hunspell itself is not thread-safe, so
/// each call takes one of a few instances (one per two cores), and a second
/// instance (16 MB) is only loaded when threads really wait for the first.
class Dictionary {
public:
  /// \p Dir/\p Name.aff and .dic, not yet loaded; an error (in Swedish)
  /// when they do not exist. With a \p MemoDir, its answers are kept there
  /// between runs (SpellingMemo); the first opening of a dictionary decides.
  static llvm::Expected<std::shared_ptr<Dictionary>>
  open(llvm::StringRef Dir, llvm::StringRef Name, llvm::StringRef MemoDir = "");
  ~Dictionary();
  /// Starts loading both dictionaries (with and without compounds) in the
  /// background, once.
  void prefetch() const;
  /// Saves what every open dictionary learnt to its memo, if it has one.
  static void saveMemos();

  /// Whether Hunspell accepts \p Word as written.
  bool spell(llvm::StringRef Word) const;
  /// The same without building compounds: ten times faster once its own
  /// instance has loaded, for trying the hundreds of candidate corrections
  /// of a typo.
  bool spellWithoutCompounds(llvm::StringRef Word) const;
  /// Whether a stem of the dictionary's word list (.dic) is longer than
  /// \p Prefix (folded) and starts with it: "sjuksk" begins "sjuksköterska".
  /// The list is read when first asked.
  bool beginsWord(llvm::StringRef Prefix) const;
  /// Whether \p Folded is a stem of the word list as written, also one
  /// that only begins compounds ("hälso" of "hälsobesök").
  bool isStem(llvm::StringRef Folded) const;
  /// False only when \p Word is no stem of the word list, as it stands or
  /// with one of the .aff's suffixes for some of its last letters, so that
  /// Hunspell cannot accept it without building a compound: "kontaktmanna-
  /// samtalx" has no stem it could be a form of. True for a word with
  /// other than letters, which Hunspell reads its own way (numbers, a
  /// final full stop, parts at a hyphen), and for a dictionary whose words
  /// take more than one suffix. A search of sorted stems, without Hunspell.
  bool mayBeSimpleWord(llvm::StringRef Word) const;
  /// The letters to try in edits, most frequent first (the .aff's TRY line).
  const std::u32string &tryLetters() const { return Try; }

private:
  /// Instances of one dictionary for threads to share: a thread takes one
  /// that is free, and a further instance (16 MB, as long to load as the
  /// first), up to one per two cores, is only made when threads really wait.
  class Pool {
  public:
    /// The first instance is \p First; further ones come from \p Make.
    void start(std::shared_future<std::shared_ptr<Hunspell>> First,
               std::function<std::shared_ptr<Hunspell>()> Make);
    /// Hunspell's answer for \p Word, and how it came to it (\p Info:
    /// SPELL_COMPOUND and the like); false when no instance could load.
    bool spell(const std::string &Word, int *Info = nullptr);
    /// Whether the first instance has finished loading (or failed to).
    bool loaded() const;
    /// The first instance, loaded (null when it could not be).
    std::shared_ptr<Hunspell> first() const { return First.get(); }
    void wait() const;

  private:
    struct Instance {
      std::mutex Lock;
      std::shared_ptr<Hunspell> Speller;
    };
    /// Adds an instance unless the pool is full; false when it is.
    bool grow();

    static constexpr unsigned MaxInstances = 4;
    std::shared_future<std::shared_ptr<Hunspell>> First;
    std::function<std::shared_ptr<Hunspell>()> Make;
    std::mutex GrowLock;
    std::array<std::unique_ptr<Instance>, MaxInstances> Instances;
    std::atomic<unsigned> Ready{0};
  };
  Dictionary() = default;
  /// The memo's answer to \p Q about \p Word, else \p Ask's, which the
  /// memo then keeps.
  bool answer(SpellingMemo::Question Q, llvm::StringRef Word,
              llvm::function_ref<bool()> Ask) const;

  std::string AffPath, DicPath;
  std::unique_ptr<SpellingMemo> Memo;
  mutable std::once_flag Started;
  std::u32string Try;
  std::shared_ptr<Hunspell> loadWithoutCompounds() const;
  /// With compounds, as written, and without (spellWithoutCompounds).
  mutable Pool Full, Simple;
  /// Set once a thread waits for the instance with compounds, or it has
  /// loaded: the one without them loads from then on, on the core the
  /// waiting thread leaves free, and takes none from a check that a memo
  /// answers.
  mutable std::promise<void> SimpleWanted;
  mutable std::once_flag SimpleWantedOnce;
  void wantSimple() const;
  mutable std::once_flag StemsRead;
  /// Folded, sorted. Most point into the word list as read (WordList);
  /// those that folding changes, into Refolded.
  mutable std::vector<llvm::StringRef> Stems;
  /// What the .aff's suffixes add to a stem (folded, "" too), and the most
  /// bytes one adds and strips, read when the dictionary is opened. Not
  /// Usable where a word may be more than a stem and one suffix: an .aff
  /// with prefixes, suffixes on suffixes or conversions of the input.
  struct SuffixShape {
    llvm::StringSet<> Adds;
    size_t MostAdded = 0, MostStripped = 0;
    bool Usable = false;
  };
  SuffixShape Suffixes;
  /// The shape of the suffixes of the .aff \p Aff.
  static SuffixShape suffixShape(const llvm::MemoryBuffer &Aff);
  /// Stems of this many bytes or fewer are read for mayBeSimpleWord only:
  /// to isStem and beginsWord they are too short to tell anything.
  static constexpr size_t ShortestStem = 2;
  mutable std::unique_ptr<llvm::MemoryBuffer> WordList;
  mutable llvm::BumpPtrAllocator Refolded;
  /// Reads the stems of the word list once.
  void readStems() const;
};

/// Bytes in the longest word the spelling rule looks at. No Swedish word is
/// near it; a longer token (thousands of letters without a space) is no
/// word, and checking it would only cost time and fill a message.
constexpr size_t MaxWordBytes = 128;

/// What is known about words: whether each is right and its correction,
/// which depend on the word alone. Shared by threads, sharded so they rarely
/// wait for each other, and bounded: a full shard starts again, so a cache
/// kept for a whole editing session stays at a few MB.
class SpellingCache {
public:
  explicit SpellingCache(const Dictionary &D) : Dict(D) {}

  /// Whether the dictionary accepts \p Word; asked once per distinct word.
  /// A token longer than MaxWordBytes counts as known: it is no word.
  bool known(llvm::StringRef Word);
  /// A correction of \p Word one edit away: a lost å, ä or ö, a single or
  /// doubled letter; two letters swapped, a missing or an extra letter, e
  /// for ä, or å and ä mixed up ("Mältiden": Måltiden); a neighbouring
  /// key; a vowel for another ("terapauten": terapeuten). Among the edits
  /// the dictionary knows, one the writers use elsewhere (\p WrittenInCase
  /// tells of a folded word) comes first; then the one that keeps the
  /// first letter, is of an earlier group of kinds, keeps the longest start
  /// of the word as written, and is of the earlier kind. Empty when no word
  /// is that close. Never a word with another first letter ("monologiska"
  /// is not "fonologiska"). \p How, when given, is set to how likely a
  /// typo the edit is: Likeliest for a lost å, ä or ö or a single or
  /// double letter, Likely for the other kinds but a neighbouring key or
  /// another vowel; Unlikely for those, for none, and for the word without
  /// an ending of its own: a known word and a definite -n or a verb's -a
  /// is more often a form the dictionary lacks ("Medicindispensern",
  /// "videoringa") than a letter too many.
  enum class Typo { Unlikely, Likely, Likeliest };
  std::string suggestion(llvm::StringRef Word,
                         llvm::function_ref<bool(llvm::StringRef)> WrittenInCase = nullptr,
                         Typo *How = nullptr);
  /// Whether \p Correction is \p Written with one vowel put for another
  /// ("Medecinen": Medicinen).
  static bool vowelForVowel(llvm::StringRef Written, llvm::StringRef Correction);
  /// Whether \p Correction is \p Written with an a or an o given back its
  /// ring or dots ("stodhandtag": stödhandtag).
  static bool lostDiacritic(llvm::StringRef Written, llvm::StringRef Correction);
  /// Whether \p Correction is \p Written with one letter put for a key
  /// beside it ("Blodtrycjet": Blodtrycket).
  static bool neighbourKey(llvm::StringRef Written, llvm::StringRef Correction);
  /// How likely a typo the correction of \p Word is (see suggestion()).
  Typo typoOf(llvm::StringRef Word) {
    Typo How;
    suggestion(Word, nullptr, &How);
    return How;
  }
  /// Like typoOf(), but a correction the dictionary accepts only as a
  /// compound it builds is Unlikely: "storbehov" for "stortbehov" is a
  /// weaker reading than two words run together.
  Typo typoToWholeWord(llvm::StringRef Word);
  /// How two words join in a compound the dictionary does not build.
  enum class Join {
    None,
    Words, ///< "kommunikationsapp", "kontaktmannasamtal"
    /// A linking "s" before a last part that begins with one
    /// ("dagsstruktur"): the double s is the seam, not a slip.
    LinkBeforeS,
    /// A noun of an agent in "-are" without its last "e", as Swedish
    /// joins it ("utförarled").
    AfterAgent,
  };
  /// Whether \p Folded is two words the dictionary knows, each of at
  /// least three letters, perhaps with a link between: an "s", or "na"
  /// after "man" ("kontaktmanna-", "tjänstemanna-"), or an agent's "-are"
  /// without its "e" (AfterAgent), or one of three equal consonants left
  /// out at the seam ("fallarm"). A last part of three letters only after
  /// a long first part ("kommunikationsapp") or an agent's, where a typo
  /// rarely leaves a word of three letters. Letters, not bytes: "hå"
  /// and "tvätt" make no compound of "håtvätt".
  Join joinsTwoWords(llvm::StringRef Folded);

  /// How a candidate ranks as a correction, highest first (rank() in
  /// Speller.cpp).
  using Rank = std::tuple<bool, int, size_t, int>;

private:
  struct Candidate {
    std::string Text;
    unsigned Kind; ///< The order above.
  };
  using RankedCandidate = std::pair<Rank, const Candidate *>;
  /// Each of \p All with its rank as a correction of \p Written.
  static std::vector<RankedCandidate> ranked(llvm::StringRef Written,
                                             const std::vector<Candidate> &All);
  /// The group of a kind: 0 for the likeliest, 2 for a neighbouring key
  /// or another vowel.
  static unsigned classOf(unsigned Kind);
  /// Every single edit of \p Word, each once.
  static std::vector<Candidate> edits(const std::u32string &Word,
                                      const std::u32string &Letters);
  /// The best of \p Valid as a correction of \p Word, or null.
  static const Candidate *best(const std::u32string &Word,
                               const std::vector<const Candidate *> &Valid);
  Candidate computeSuggestion(const std::u32string &Word,
                              const std::vector<Candidate> &All);
  /// A correction of a compound with a typo in one of its parts
  /// ("genomförandplanen", "biståndshandläggarn"), made by mending that part
  /// where the other is a word alone; empty when none is.
  Candidate mendCompoundPart(const std::u32string &Word);

  /// Words remembered per shard, of each kind of answer: more than the
  /// distinct words of a year of one municipality's journals.
  static constexpr size_t MaxWordsPerShard = size_t(1) << 14;

  /// Longer words are not corrected; from this length a word may be a
  /// compound whose correction only the whole dictionary knows.
  static constexpr size_t MaxLetters = 40, MinCompoundLetters = 10;
  /// The shortest part of a compound mended on its own, and of the part
  /// that is a word: a shorter one is too often a word by chance ("beh" +
  /// "överjag": "behå"), and three-letter parts cost a sixth more
  /// suggestion time for no correction the sets or the bench show.
  static constexpr size_t MinPartLetters = 4;
  /// The most edits of a long word asked of the whole dictionary, best
  /// ranked first: on every corpus and sentence set the correction found
  /// was at most the 38th, while a word with none cost up to a hundred
  /// asks of about a hundred microseconds each.
  static constexpr unsigned MaxCompoundAsks = 48;

  const Dictionary &Dict;
  ShardedMemo<bool> Known{MaxWordsPerShard};
  /// By the word in small letters; an empty Text is no correction.
  ShardedMemo<Candidate> Suggestions{MaxWordsPerShard};
};

} // namespace ibic

#endif
