//===- Lexicon.h - Every rule's word lists, matched in one pass -----------===//
//
// Value-laden words, abbreviations and the stems that tell a note's life area
// are all word lists. Rather than each rule searching a text for each of its
// forms, rules register their lists here when they are loaded, and a text's
// tokens are matched once against all of them: a hash lookup per word for
// whole words (and per word after it while some form goes on), and a walk of
// a byte trie for stems and compound endings.
// Matching is linear in the text: a word is never cut into all its suffixes.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_LEXICON_H
#define IBIC_TEXT_LEXICON_H

#include "Text/ByteTrie.h"
#include "Text/Segmenter.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/StringMap.h"

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace ibic {

class LexiconIndex {
public:
  using ListId = uint32_t;

  enum class Match : uint8_t {
    Words,        ///< The form's words in sequence ("tycks vara").
    Abbreviation, ///< The same, ignoring dots and an ending after ':' ("usk:n").
    CompoundEnd,  ///< A one-word form that also ends a longer word ("nattblöja").
    Stem,         ///< A word that starts with the form ("duschade").
    StemInside,   ///< A Stem, or the form later in a word ("kvällsdusch").
  };

  struct Hit {
    ListId List;
    uint32_t Entry;       ///< As given to add().
    uint32_t First, Last; ///< Token indices, inclusive.
    Match How;
  };

  /// A new, empty list.
  ListId newList();
  /// The list named \p Key, which the caller builds from the forms it is
  /// to hold; with true when it is new and the caller is to add them. Many
  /// patterns end with the same words, and their lists are then one: a
  /// word of them gives one hit, not one per pattern.
  std::pair<ListId, bool> sharedList(llvm::StringRef Key);
  /// Every list asked for, new or shared, in the order asked: those from
  /// claims() on are what one rule asked for while it was compiled.
  size_t claims() const { return Claimed.size(); }
  llvm::ArrayRef<ListId> claimedSince(size_t Claim) const {
    return llvm::makeArrayRef(Claimed).drop_front(Claim);
  }
  /// Adds \p Form (as written; folded and split into words here) to \p List
  /// as entry \p Entry. Returns false when the form has no word.
  bool add(ListId List, uint32_t Entry, llvm::StringRef Form, Match How);
  /// Lists the index holds; a bit per list for match().
  size_t lists() const { return ListCount; }

  class WordMemo;

  /// Every hit of the lists set in \p Active in \p Tokens, ordered by first
  /// token. Per list and token only the longest word form is reported, and
  /// a compound ending only where no word form of that list matched; every
  /// matching stem is reported. With a \p Memo, what the index holds for
  /// each distinct word is looked up once, not at each occurrence.
  void match(llvm::ArrayRef<Token> Tokens, const llvm::BitVector &Active,
             std::vector<Hit> &Out, WordMemo *Memo = nullptr) const;

  /// The form abbreviations are compared in: folded, no dots, no ending
  /// after a colon.
  static std::string abbreviationKey(llvm::StringRef Folded);

private:
  struct Form {
    ListId List;
    uint32_t Entry;
    Match How;
    std::vector<std::string> Words;
  };
  struct Payload {
    ListId List;
    uint32_t Entry;
    Match How;
  };

  /// Forms of several words, word by word: a word such as "har" begins
  /// hundreds of forms, and a walk from it follows only the words that
  /// stand after it in the text. Node 0 is the root, never a child.
  struct WordTrie {
    struct Node {
      std::vector<uint32_t> Ending; ///< Forms (indices into Forms) that end here, ascending.
      llvm::StringMap<uint32_t> Children;
    };
    /// A deque: a node is never moved, and a StringMap, which cannot move
    /// without the risk of throwing, would be copied at each growth.
    std::deque<Node> Nodes = std::deque<Node>(1);
    /// The node of \p Word under \p Parent, or 0.
    uint32_t child(uint32_t Parent, llvm::StringRef Word) const {
      const llvm::StringMap<uint32_t> &Children = Nodes[Parent].Children;
      auto It = Children.find(Word);
      return It == Children.end() ? 0 : It->second;
    }
  };
  /// Match::Words forms by their folded words, and Match::Abbreviation
  /// forms by their words' abbreviation keys.
  WordTrie ByWords, ByKeys;
  /// What the index holds for one folded word, for every list: its nodes
  /// under the tries' roots, the deepest compound ending per list (in the
  /// order a walk meets the lists) and its stems, each (list, entry) once.
  struct WordForms {
    uint32_t WordNode = 0, KeyNode = 0;
    std::vector<Payload> Ends, Stems;
  };
  WordForms formsOf(llvm::StringRef Folded) const;

  /// Adds to \p Matched the forms of \p Trie whose words stand from token
  /// \p At on, the first word's node being \p Node; with \p Keys the words
  /// after it are read as abbreviation keys (ByKeys).
  void walk(const WordTrie &Trie, bool Keys, uint32_t Node, llvm::ArrayRef<Token> Tokens,
            size_t At, llvm::SmallVectorImpl<uint32_t> &Matched) const;
  /// The hits of \p Matched, forms found from token \p At on: per list the
  /// longest, and of two as long the one added first. \p HitOfList holds
  /// ListCount entries of ~0u, and does again on return: a common word ends
  /// forms of hundreds of lists, each looked up there, not searched for.
  void addWordHits(llvm::SmallVectorImpl<uint32_t> &Matched, size_t At,
                   const llvm::BitVector &Active, std::vector<uint32_t> &HitOfList,
                   std::vector<Hit> &Out) const;

  ListId ListCount = 0;
  llvm::StringMap<ListId> SharedLists;
  std::vector<ListId> Claimed;
  std::vector<Form> Forms;
  /// Adds Forms' last form to its trie.
  void indexLastForm();
  ByteTrie<Payload> Stems;        ///< Stem and StemInside forms, from the word's start.
  ByteTrie<Payload> Inside;       ///< StemInside forms, from later in the word.
  ByteTrie<Payload> ReversedEnds; ///< CompoundEnd forms, reversed byte by byte.
  /// The lists with forms in each trie: a text whose active lists have none
  /// there does not walk it.
  llvm::BitVector StemLists, InsideLists, EndLists;
  size_t LongestEnd = 0, LongestInside = 0;

public:
  /// The WordForms of the words one thread has matched: a text repeats its
  /// words, and a word's trie walks cost more than a lookup. Bounded: a
  /// full memo starts again, and a token longer than any word (thousands of
  /// letters without a space) is matched without it.
  class WordMemo {
    friend class LexiconIndex;
    llvm::StringMap<WordForms> Words;
    static constexpr size_t MaxWords = size_t(1) << 16, MaxWordBytes = 128;
  };
};

/// A bit per word list (its number modulo 256) that has a hit among some
/// hits: most patterns ask about lists a sentence or paragraph has no hit
/// of, and a clear bit answers that without reading the hits.
struct ListBits {
  std::array<uint64_t, 4> Bits{};
  static ListBits of(llvm::ArrayRef<LexiconIndex::Hit> Hits) {
    ListBits B;
    for (const LexiconIndex::Hit &H : Hits)
      B.Bits[(H.List / 64) % 4] |= uint64_t(1) << (H.List % 64);
    return B;
  }
  /// Whether the hits may hold one of \p List (false: certainly none).
  bool mayHit(LexiconIndex::ListId List) const {
    return Bits[(List / 64) % 4] >> (List % 64) & 1;
  }
};

} // namespace ibic

#endif
