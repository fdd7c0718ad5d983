#include "Rules/GluedWords.h"
#include "Rules/SpellingState.h"

#include "Support/SourceFile.h"
#include "Text/Segmenter.h"

#include "llvm/ADT/STLExtras.h"

namespace ibic {

SmallWords SmallWords::of(const std::vector<std::string> &Written) {
  SmallWords W;
  for (const std::string &Entry : Written) {
    std::string Folded = foldText(Entry);
    if (Folded.empty() || llvm::is_contained(W.Entries, Folded))
      continue;
    uint32_t Place = W.Entries.size();
    W.Starts.insert(Folded, Place);
    W.ReversedEnds.insert(std::string(Folded.rbegin(), Folded.rend()), Place);
    W.Entries.push_back(std::move(Folded));
  }
  return W;
}

// Most words of a text are asked whether they begin or end with an entry
// at all: those walks make no list.
bool SmallWords::starts(llvm::StringRef Folded) const {
  bool Found = false;
  Starts.prefixes(Folded, [&](uint32_t, size_t) { Found = true; });
  return Found;
}

bool SmallWords::ends(llvm::StringRef Folded) const {
  bool Found = false;
  ReversedEnds.reversedSuffixes(Folded, [&](uint32_t, size_t) { Found = true; });
  return Found;
}

bool SmallWords::contains(llvm::StringRef Folded) const {
  bool Found = false;
  Starts.prefixes(Folded, [&](uint32_t, size_t Depth) { Found |= Depth == Folded.size(); });
  return Found;
}

llvm::SmallVector<llvm::StringRef, 4>
SmallWords::inOrder(llvm::SmallVector<uint32_t, 4> Found) const {
  llvm::sort(Found);
  llvm::SmallVector<llvm::StringRef, 4> Out;
  for (uint32_t Place : Found)
    Out.push_back(Entries[Place]);
  return Out;
}

llvm::SmallVector<llvm::StringRef, 4> SmallWords::startsOf(llvm::StringRef Folded,
                                                           size_t Rest) const {
  llvm::SmallVector<uint32_t, 4> Found;
  Starts.prefixes(Folded, [&](uint32_t Place, size_t Depth) {
    if (Depth + Rest <= Folded.size())
      Found.push_back(Place);
  });
  return inOrder(std::move(Found));
}

llvm::SmallVector<llvm::StringRef, 4> SmallWords::endsOf(llvm::StringRef Folded,
                                                         size_t Rest) const {
  llvm::SmallVector<uint32_t, 4> Found;
  ReversedEnds.reversedSuffixes(Folded, [&](uint32_t Place, size_t Depth) {
    if (Depth + Rest <= Folded.size())
      Found.push_back(Place);
  });
  return inOrder(std::move(Found));
}

GluedWordLists GluedWordLists::read(KindOptions &Options) {
  GluedWordLists L{SmallWords::of(Options.strings("glued-words")),
                   SmallWords::of(Options.strings("glued-heads")),
                   SmallWords::of(Options.strings("glued-after-heads")),
                   SmallWords::of(Options.strings("glued-before-word")),
                   {}};
  for (const std::string &Pair : Options.strings("glued-pairs")) {
    auto [First, Second] = llvm::StringRef(Pair).split(' ');
    std::string Head = foldText(First);
    L.Pairs.insert(Head + foldText(Second), Head.size());
  }
  return L;
}

std::optional<size_t> GluedWordLists::pairSplit(llvm::StringRef Folded) const {
  std::optional<size_t> At;
  Pairs.prefixes(Folded, [&](uint32_t Head, size_t Length) {
    if (Length == Folded.size())
      At = Head;
  });
  return At;
}

bool GluedWordLists::wordFollows(const Paragraph &P, size_t I) {
  if (I + 1 >= P.Tokens.size())
    return false;
  const Token &T = P.Tokens[I], &Next = P.Tokens[I + 1];
  return Next.Begin == T.End + 1 && P.Text[T.End] == ' ' && Next.has(Token::Letters) &&
         !Next.has(Token::Digits);
}

std::optional<size_t> GluedWordLists::tailBeforeWord(SpellingCache &Cache,
                                                     llvm::StringRef Written,
                                                     llvm::StringRef Folded) const {
  // A split of the folded word is one of the word as written only where
  // folding kept every byte in place. A capital may begin a name ("Siri").
  if (Folded.size() != Written.size() || startsUpper(Written))
    return std::nullopt;
  for (llvm::StringRef Small : TailsBeforeWord.endsOf(Folded, 3)) {
    llvm::StringRef Word = Folded.drop_back(Small.size());
    if (countCodePoints(Word) < 3 || Cache.known(Folded) || !Cache.known(Word))
      continue;
    // "varti" is "varit" with two letters swapped before it is "vart i".
    size_t Last = Word.size() - 1;
    while (Last > 0 && (static_cast<unsigned char>(Word[Last]) & 0xC0) == 0x80)
      --Last;
    if (Cache.known((Word.take_front(Last) + Small + Word.drop_front(Last)).str()))
      continue;
    SpellingCache::Typo How;
    std::string Correction = Cache.suggestion(Written, nullptr, &How);
    if (How == SpellingCache::Typo::Unlikely || foldText(Correction) == Word)
      return Word.size();
  }
  return std::nullopt;
}

bool GluedWordLists::twoSmallWords(llvm::StringRef Folded) const {
  return llvm::any_of(Heads.startsOf(Folded, 2), [&](llvm::StringRef Head) {
    llvm::StringRef Tail = Folded.drop_front(Head.size());
    return Tails.contains(Tail) || TailsAfterHeads.contains(Tail);
  });
}

std::optional<size_t> splitAfterInflectedForm(const Dictionary &Dict, const SmallWords &Endings,
                                              llvm::StringRef Folded) {
  constexpr size_t MinFirst = 4, MinSecond = 2;
  for (size_t At = MinFirst; At + MinSecond <= Folded.size(); ++At) {
    llvm::StringRef First = Folded.take_front(At), Second = Folded.drop_front(At);
    if ((static_cast<unsigned char>(Folded[At]) & 0xC0) == 0x80 ||
        countCodePoints(Second) < MinSecond ||
        !Endings.ends(First))
      continue;
    // The dictionary is asked last: most splits end in no such form. A
    // stem that is another stem and an "a" is an adjective's weak form as
    // well ("höga", "vita"), which begins no compound: "högasängen".
    auto WeakForm = [&] { return First.endswith("a") && Dict.isStem(First.drop_back()); };
    if (Dict.spellWithoutCompounds(First) && (!Dict.isStem(First) || WeakForm()) &&
        Dict.spellWithoutCompounds(Second))
      return At;
  }
  return std::nullopt;
}

} // namespace ibic
