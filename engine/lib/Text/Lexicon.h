//===- Lexicon.h - Every rule's word lists, matched in one pass -----------===//
//
// Value-laden words, abbreviations and the stems that tell a note's life area
// are all word lists. Rather than each rule searching a text for each of its
// forms, rules register their lists here when they are loaded, and a text's
// tokens are matched once against all of them: a hash lookup per word for
// whole words, and a walk of a byte trie for stems and compound endings.
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

#include <cstdint>
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

  /// The forms that begin with one word (indices into Forms, ascending).
  /// Those of several words are kept by their second word: a word such as
  /// "har" begins hundreds of forms, and each occurrence then tests the few
  /// that go on with the word after it, not all of them.
  struct FormsByFirstWord {
    std::vector<uint32_t> Alone;
    llvm::StringMap<std::vector<uint32_t>> ByNextWord; ///< Match::Words.
    /// Match::Abbreviation, by the abbreviation key of the second word.
    llvm::StringMap<std::vector<uint32_t>> ByNextKey;
  };
  /// What the index holds for one folded word, for every list: the forms
  /// that begin with it, the deepest compound ending per list (in the order
  /// a walk meets the lists) and its stems, each (list, entry) once.
  struct WordForms {
    const FormsByFirstWord *FirstWord = nullptr;
    std::vector<Payload> Ends, Stems;
  };
  WordForms formsOf(llvm::StringRef Folded) const;

  /// The forms of \p First whose words follow from token \p At on.
  void matchWords(llvm::ArrayRef<Token> Tokens, size_t At, const FormsByFirstWord &First,
                  bool AbbreviationsOnly, const llvm::BitVector &Active,
                  std::vector<Hit> &Out) const;

  ListId ListCount = 0;
  std::vector<Form> Forms;
  llvm::StringMap<FormsByFirstWord> ByFirstWord;
  /// Adds Forms' last form to ByFirstWord.
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

} // namespace ibic

#endif
