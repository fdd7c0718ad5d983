//===- PhrasePattern.h - Sentence patterns over words and word lists ------===//
//
// Rules that judge content ask whether a sentence says something: "a person
// word, up to three other words, then a speech verb". Such patterns are
// written over words, not characters, and matched on the tokens of the
// shared analysis, so they know Swedish word boundaries, cost nothing to
// compile and run in time linear in the sentence:
//
//   berättar          a word (compared folded: "Berättar" matches)
//   berätt*           a word that starts with "berätt"
//   *mål              a word that ends with "mål" ("delmål")
//   {tal}             any entry of the rule's word list `tal` (entries may
//                     be several words, or stems ending in *; "sa !upp" is
//                     "sa" where "upp" does not follow)
//   ( a b | c )       a choice of sequences;  x?  x or nothing
//   ~   ~5            up to three (five) other words
//   {a | b}           an entry of either list
//   !inte*  !{lista}  one word that does not match (a list of single words;
//                     "!{a | b}": a word in neither)
//   ^  $              the start or end of the sentence
//   ^^                first in a pattern: the start of the sentence's line
//   ,  :              the mark stands between the words around it
//   @namn             a word that starts with a capital (a name)
//   @annan            a name the case gives someone other than the
//                     individual ("dottern Karin": then "Karin uppger")
//   @ord  @tal        any word with a letter; any number
//   @decimaltal       a number with a decimal point or comma ("2,5", "07.30")
//   @citat            the sentence quotes at least eight characters
//
// A pattern matches a sentence when it matches starting at some word.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_PHRASEPATTERN_H
#define IBIC_RULES_PHRASEPATTERN_H

#include "Analysis/Analysis.h"
#include "Text/FoldedWordSet.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

namespace ibic {

/// The words of one sentence (or heading) as a pattern reads them.
struct SentenceView {
  llvm::ArrayRef<Token> Tokens;
  llvm::StringRef Text;          ///< The paragraph text the tokens index.
  uint32_t Begin = 0, End = 0;   ///< The sentence's bytes in Text.
  llvm::ArrayRef<ByteRange> Quotes;
  /// Word-list hits of the sentence's words (token indices relative to
  /// Tokens), when the analysis has them: they tell where a pattern can
  /// start without testing every word.
  llvm::ArrayRef<LexiconIndex::Hit> Hits;
  uint32_t FirstToken = 0; ///< Of Tokens in the paragraph, for Hits.
  bool HasHits = false;
  ListBits Lists; ///< Of Hits.
  /// Whether Hits may hold a hit of \p List (false: certainly none).
  bool mayHit(LexiconIndex::ListId List) const { return Lists.mayHit(List); }
  /// Every token of the paragraph (empty for a heading), for "^^".
  llvm::ArrayRef<Token> ParagraphTokens;

  /// The sentence with the words before it on its line.
  SentenceView fromLineStart() const;
  /// The sentence up to and with its word \p Last (an index of the
  /// paragraph's tokens, as FirstToken is).
  SentenceView through(uint32_t Last) const;
  /// The sentence from its word \p At (an index of the paragraph's
  /// tokens), which "^" then stands before.
  SentenceView from(uint32_t At) const;

  static SentenceView of(const Paragraph &P, const Sentence &S);
  static SentenceView heading(const SectionAnalysis &A);
};

/// Folded words and stems, as a word list or a choice of single words.
struct WordSet {
  FoldedWordSet Words;
  std::vector<std::string> Stems; ///< Sorted.
  void addStem(llvm::StringRef Folded);
  bool contains(const Token &T) const;

private:
  /// Stems[StemsFrom[b], StemsTo[b]) are the stems that begin with byte b.
  uint32_t StemsFrom[256] = {}, StemsTo[256] = {};
};

/// Named word lists of a rule (`words:`), each entry a phrase whose words
/// may end in '*'.
using WordLists = std::map<std::string, std::vector<std::string>>;

class PhrasePattern {
public:
  /// Parses \p Source against the rule's \p Lists; the error names the
  /// column and what was expected, in Swedish.
  static llvm::Expected<PhrasePattern> parse(llvm::StringRef Source,
                                             const WordLists &Lists);
  bool matches(const SentenceView &S) const;
  /// The words of the match that starts first, as indices of \p S's tokens
  /// [first, end); the sentence as it is, with no line start added ("^^").
  std::optional<std::pair<uint32_t, uint32_t>> firstMatch(const SentenceView &S) const;
  /// Registers the words a match can start with, and those it can end
  /// with, as lists of \p Index, so the analysis finds them in one pass
  /// with every other list; false when a match may start with any word
  /// (with a class or an assertion).
  bool registerWords(LexiconIndex &Index);
  /// Whether a paragraph whose word-list hits have \p Lists may hold a
  /// match: false when it has no hit of a list every match starts or ends
  /// with (after registerWords). Most paragraphs are passed over so.
  bool mayMatchIn(const ListBits &Lists) const;

  PhrasePattern();
  ~PhrasePattern();
  PhrasePattern(PhrasePattern &&);
  PhrasePattern &operator=(PhrasePattern &&);

  struct Node;

private:
  void findFirstWords();
  void findLastWords();
  /// Gives each choice of three or more plain words its Gate.
  void findGates();
  /// Whether word node \p I is a plain word, stem or list (no class, not
  /// negated): one the analysis can look up.
  bool isPlain(int I) const;
  /// A new list of \p Index with the words of the plain nodes \p Words.
  LexiconIndex::ListId listOf(llvm::ArrayRef<int> Words, LexiconIndex &Index) const;
  /// Where a match can start: every word, or only those the first words
  /// of the pattern match.
  void startPositions(const SentenceView &S, llvm::SmallVectorImpl<uint32_t> &Out) const;
  static bool passes(const Node &N, const Token &T, llvm::StringRef Text);
  /// Whether the pattern matches \p S; with \p Span, also where the
  /// first match starts (else 0) and ends.
  template <bool Span>
  std::optional<std::pair<uint32_t, uint32_t>> search(const SentenceView &S) const;

  std::vector<Node> Nodes;
  /// The word tests a match can start with; none when it may start
  /// anywhere (with an assertion).
  std::optional<std::vector<int>> FirstWords;
  /// The list of the analysis that holds the plain FirstWords
  /// (registerWords), and the others, tested word by word.
  std::optional<LexiconIndex::ListId> Starts;
  std::vector<int> OtherFirstWords;
  /// The word tests a match can end with; none when a match may be empty.
  std::optional<std::vector<int>> LastWords;
  /// The list of the analysis that holds the LastWords, when all are plain.
  std::optional<LexiconIndex::ListId> Ends;

  /// Searches of up to this many (node, position) states mark them in a
  /// table of the thread's, reused from search to search; a longer one
  /// (a sentence of thousands of words) keeps them in a hash set.
  static constexpr size_t MaxStatesInTable = size_t(1) << 20;

  /// Every match starts at the first word ("^ ...", "@citat").
  bool AnchoredAtStart = false;
  /// Some match starts at the first word: one of the pattern's choices
  /// starts with "^" or matches no word.
  bool AlsoAtStart = false;
  /// The pattern starts with "^^".
  bool AnchoredAtLine = false;
  std::vector<std::shared_ptr<const WordSet>> Sets; ///< Owned by the nodes.
  friend class PatternParser;
};

struct KindContext;
struct Located;

/// Parses the patterns of \p List, reporting each bad one at its location,
/// and registers where each can start with the rule set's word lists.
std::vector<PhrasePattern> parsePhrasePatterns(const std::vector<Located> &List,
                                               const WordLists &Lists,
                                               KindContext &Context);

/// Whether some pattern of \p Patterns matches \p S.
bool anyMatch(const std::vector<PhrasePattern> &Patterns, const SentenceView &S);

} // namespace ibic

#endif
