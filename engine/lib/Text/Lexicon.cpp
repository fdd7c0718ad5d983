#include "Lexicon.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <iterator>

namespace ibic {

LexiconIndex::ListId LexiconIndex::newList() {
  for (llvm::BitVector *Lists : {&StemLists, &InsideLists, &EndLists})
    Lists->push_back(false);
  return ListCount++;
}

std::string LexiconIndex::abbreviationKey(llvm::StringRef Folded) {
  // A Swedish ending after a colon is inflection: "usk:n", "säbo:t".
  std::string Key = Folded.take_until([](char C) { return C == ':'; }).str();
  llvm::erase_value(Key, '.');
  return Key;
}

bool LexiconIndex::add(ListId List, uint32_t Entry, llvm::StringRef Text,
                       Match How) {
  std::vector<std::string> Words;
  if (How == Match::Abbreviation) {
    // Split as written, so "t. ex." is two words and "t.ex." one.
    for (const Word &W : splitWords(Text)) {
      std::string Key = abbreviationKey(foldText(Text.slice(W.Begin, W.End)));
      if (!Key.empty())
        Words.push_back(std::move(Key));
    }
  } else {
    for (Word &W : splitWords(Text))
      Words.push_back(std::move(W.Folded));
  }
  if (Words.empty())
    return false;
  Payload P{List, Entry, How};
  switch (How) {
  case Match::Words:
  case Match::Abbreviation:
    Forms.push_back({List, Entry, How, std::move(Words)});
    indexLastForm();
    return true;
  case Match::CompoundEnd: {
    // A compound ending is also a word of its own.
    Forms.push_back({List, Entry, Match::Words, {Words.front()}});
    indexLastForm();
    std::string Reversed(Words.front());
    std::reverse(Reversed.begin(), Reversed.end());
    ReversedEnds.insert(Reversed, P);
    EndLists.set(List);
    LongestEnd = std::max(LongestEnd, Reversed.size());
    return true;
  }
  case Match::Stem:
  case Match::StemInside: {
    std::string Stem = foldText(Text.trim());
    Stems.insert(Stem, P);
    StemLists.set(List);
    if (How == Match::StemInside) {
      Inside.insert(Stem, P);
      InsideLists.set(List);
      LongestInside = std::max(LongestInside, Stem.size());
    }
    return true;
  }
  }
  return false;
}

void LexiconIndex::indexLastForm() {
  uint32_t Index = Forms.size() - 1;
  const Form &F = Forms.back();
  FormsByFirstWord &First = ByFirstWord[F.Words.front()];
  if (F.Words.size() == 1)
    First.Alone.push_back(Index);
  else
    (F.How == Match::Abbreviation ? First.ByNextKey : First.ByNextWord)[F.Words[1]].push_back(
        Index);
}

void LexiconIndex::matchWords(llvm::ArrayRef<Token> Tokens, size_t At,
                              const FormsByFirstWord &First, bool AbbreviationsOnly,
                              const llvm::BitVector &Active, std::vector<Hit> &Out) const {
  llvm::SmallVector<uint32_t, 16> Candidates(First.Alone.begin(), First.Alone.end());
  if (At + 1 < Tokens.size()) {
    llvm::StringRef Next = Tokens[At + 1].Folded;
    auto Add = [&](const llvm::StringMap<std::vector<uint32_t>> &By, llvm::StringRef Key) {
      if (auto It = By.find(Key); It != By.end())
        Candidates.append(It->second.begin(), It->second.end());
    };
    if (!AbbreviationsOnly && !First.ByNextWord.empty())
      Add(First.ByNextWord, Next);
    if (!First.ByNextKey.empty())
      Add(First.ByNextKey, abbreviationKey(Next));
    // In the order the forms were added, which decides between two of one
    // list that end on the same word.
    if (Candidates.size() > First.Alone.size())
      llvm::sort(Candidates);
  }
  size_t Before = Out.size();
  for (uint32_t Index : Candidates) {
    const Form &F = Forms[Index];
    if (!Active.test(F.List) || At + F.Words.size() > Tokens.size() ||
        (AbbreviationsOnly && F.How != Match::Abbreviation))
      continue;
    bool All = true;
    for (size_t K = 1; K < F.Words.size() && All; ++K) {
      llvm::StringRef Next = Tokens[At + K].Folded;
      All = F.How == Match::Abbreviation ? abbreviationKey(Next) == F.Words[K]
                                         : Next == F.Words[K];
    }
    if (!All)
      continue;
    uint32_t Last = At + F.Words.size() - 1;
    // The longest form of each list wins.
    auto Same = std::find_if(Out.begin() + Before, Out.end(),
                             [&](const Hit &H) { return H.List == F.List; });
    if (Same == Out.end())
      Out.push_back({F.List, F.Entry, uint32_t(At), Last, F.How});
    else if (Last > Same->Last)
      *Same = {F.List, F.Entry, uint32_t(At), Last, F.How};
  }
}

LexiconIndex::WordForms LexiconIndex::formsOf(llvm::StringRef Folded) const {
  WordForms W;
  if (auto It = ByFirstWord.find(Folded); It != ByFirstWord.end())
    W.FirstWord = &It->second;
  if (Folded.size() > 1 && !ReversedEnds.empty()) {
    // Swedish compounds put the head word last ("engångsblöja"). Walk the
    // word backwards; the deepest ending that starts at a character
    // boundary and is not the whole word wins, per list.
    ReversedEnds.reversedSuffixes(Folded.take_back(LongestEnd), [&](const Payload &P,
                                                                    size_t Depth) {
      if (Depth >= Folded.size() ||
          (static_cast<unsigned char>(Folded[Folded.size() - Depth]) & 0xC0) == 0x80)
        return;
      auto Same = llvm::find_if(W.Ends, [&](const Payload &E) { return E.List == P.List; });
      if (Same == W.Ends.end())
        W.Ends.push_back(P);
      else
        *Same = P; // deeper: a longer ending
    });
  }
  auto Add = [&](const Payload &P, size_t) {
    if (llvm::none_of(W.Stems, [&](const Payload &S) {
          return S.List == P.List && S.Entry == P.Entry;
        }))
      W.Stems.push_back(P);
  };
  Stems.prefixes(Folded, Add);
  // Later parts of a compound, from each character after the first.
  if (!Inside.empty())
    for (size_t At = 1; At < Folded.size(); ++At)
      if ((static_cast<unsigned char>(Folded[At]) & 0xC0) != 0x80)
        Inside.prefixes(Folded.drop_front(At).take_front(LongestInside), Add);
  return W;
}

void LexiconIndex::match(llvm::ArrayRef<Token> Tokens,
                         const llvm::BitVector &Active,
                         std::vector<Hit> &Out, WordMemo *Memo) const {
  WordForms Alone;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    llvm::StringRef Folded = Tokens[I].Folded;
    const WordForms *W = &Alone;
    if (Memo && Folded.size() <= WordMemo::MaxWordBytes) {
      if (Memo->Words.size() >= WordMemo::MaxWords)
        Memo->Words.clear();
      auto [It, New] = Memo->Words.try_emplace(Folded);
      if (New)
        It->second = formsOf(Folded);
      W = &It->second;
    } else {
      Alone = formsOf(Folded);
    }
    size_t WordHits = Out.size();
    if (W->FirstWord)
      matchWords(Tokens, I, *W->FirstWord, false, Active, Out);
    if (Folded.find_first_of(".:") != llvm::StringRef::npos) {
      std::string Key = abbreviationKey(Folded);
      auto It = Key != Folded ? ByFirstWord.find(Key) : ByFirstWord.end();
      if (It != ByFirstWord.end())
        matchWords(Tokens, I, It->second, true, Active, Out);
    }
    size_t Words = Out.size();
    for (const Payload &P : W->Ends)
      if (Active.test(P.List) &&
          std::none_of(Out.begin() + WordHits, Out.begin() + Words,
                       [&](const Hit &H) { return H.List == P.List; }))
        Out.push_back({P.List, P.Entry, uint32_t(I), uint32_t(I), Match::CompoundEnd});
    for (const Payload &P : W->Stems)
      if (Active.test(P.List))
        Out.push_back({P.List, P.Entry, uint32_t(I), uint32_t(I), P.How});
  }
}

} // namespace ibic
