//===- GluedWords.h - Words run together that Swedish never compounds -----===//
#ifndef IBIC_RULES_GLUEDWORDS_H
#define IBIC_RULES_GLUEDWORDS_H

#include "Analysis/Analysis.h"
#include "Rules/KindOptions.h"
#include "Text/ByteTrie.h"
#include "Text/Speller.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace ibic {

/// A list of small words or endings, found at the start or the end of a
/// longer word by a walk of a byte trie: every word of a text is asked, and
/// most share a byte or two with an entry, not more.
class SmallWords {
public:
  /// The list \p Written, folded.
  static SmallWords of(const std::vector<std::string> &Written);
  bool empty() const { return Entries.empty(); }
  bool contains(llvm::StringRef Folded) const;
  /// The entries \p Folded begins (ends) with, at least \p Rest bytes
  /// left over, in the list's order.
  llvm::SmallVector<llvm::StringRef, 4> startsOf(llvm::StringRef Folded, size_t Rest = 0) const;
  llvm::SmallVector<llvm::StringRef, 4> endsOf(llvm::StringRef Folded, size_t Rest = 0) const;
  bool starts(llvm::StringRef Folded) const;
  bool ends(llvm::StringRef Folded) const;

private:
  /// The entries of \p Found (places in Entries), in the list's order.
  llvm::SmallVector<llvm::StringRef, 4> inOrder(llvm::SmallVector<uint32_t, 4> Found) const;
  std::vector<std::string> Entries; ///< Folded, each once.
  ByteTrie<uint32_t> Starts;        ///< Places in Entries.
  ByteTrie<uint32_t> ReversedEnds;  ///< The same, keys reversed.
};

/// The small words that sprak/saknat-mellanslag reports glued to a word
/// and sprak/stavning then leaves to it: `glued-words` after a word
/// ("behöverjag"), `glued-heads` before one ("ochhon"), and
/// `glued-after-heads`, small words that count only after a head ("påen":
/// "en" ends many words), and `glued-before-word`, small words that end
/// many words and count only where a word follows ("bori Fjällmora").
struct GluedWordLists {
  SmallWords Tails, Heads, TailsAfterHeads, TailsBeforeWord;
  /// `glued-pairs`: two words the dictionary takes for one compound, or
  /// for a typo, but Swedish always writes apart ("sigsjälv", "badom"):
  /// the pair run together, folded, and the bytes of its first word. A
  /// trie, since every word of a text is asked and most part from every
  /// pair at their first byte or two.
  ByteTrie<uint32_t> Pairs;
  /// Where \p Folded, a pair of `glued-pairs`, is split.
  std::optional<size_t> pairSplit(llvm::StringRef Folded) const;
  static GluedWordLists read(KindOptions &Options);
  /// Whether \p Folded is a head run together with a small word after it
  /// ("medsig", "påen"): two small words, which a typo of one word one
  /// edit away ("mesig") does not make likelier.
  bool twoSmallWords(llvm::StringRef Folded) const;
  /// Where \p Written, a word the dictionary does not know with a word
  /// after it, is a known word of three letters or more and a small word
  /// of TailsBeforeWord ("somnadei fåtöljen"): the byte offset of the
  /// split. A typo one edit away is no likelier reading when its
  /// correction is the known word ("somnade"); another one is.
  std::optional<size_t> tailBeforeWord(SpellingCache &Cache, llvm::StringRef Written,
                                       llvm::StringRef Folded) const;
  /// Whether the token after token \p I of \p P is a word of letters, one
  /// space after it: where tailBeforeWord() is asked.
  static bool wordFollows(const Paragraph &P, size_t I);
};

/// Where \p Folded, a word the dictionary does not know, is a form that
/// begins no compound followed by a word ("soffanhela", "tackadenej"): a
/// noun in its definite form, a verb in its past or present tense or an
/// adjective's neuter, ending in one of \p Endings. The form must be one
/// the dictionary makes with an ending, not a stem of its word list
/// ("botten" and "öppen" begin compounds: "öppenvård"), and the rest a
/// word it knows. Shared by
/// sprak/saknat-mellanslag, which reports the split, and sprak/stavning,
/// which then does not report the word: the byte offset of the split.
std::optional<size_t> splitAfterInflectedForm(const Dictionary &Dict, const SmallWords &Endings,
                                              llvm::StringRef Folded);

} // namespace ibic

#endif
