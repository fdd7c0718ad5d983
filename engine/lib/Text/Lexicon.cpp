#include "Lexicon.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <iterator>

namespace ibic {

LexiconIndex::ListId LexiconIndex::newList() {
  for (llvm::BitVector *Lists : {&StemLists, &InsideLists, &EndLists})
    Lists->push_back(false);
  Claimed.push_back(ListCount);
  return ListCount++;
}

std::pair<LexiconIndex::ListId, bool> LexiconIndex::sharedList(llvm::StringRef Key) {
  auto [It, New] = SharedLists.try_emplace(Key, ListCount);
  if (New)
    newList();
  else
    Claimed.push_back(It->second);
  return {It->second, New};
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
  WordTrie &Trie = F.How == Match::Abbreviation ? ByKeys : ByWords;
  uint32_t Node = 0;
  for (const std::string &Word : F.Words) {
    auto [It, New] = Trie.Nodes[Node].Children.try_emplace(Word, Trie.Nodes.size());
    Node = It->second;
    if (New)
      Trie.Nodes.emplace_back();
  }
  Trie.Nodes[Node].Ending.push_back(Index);
}

void LexiconIndex::walk(const WordTrie &Trie, bool Keys, uint32_t Node,
                        llvm::ArrayRef<Token> Tokens, size_t At,
                        llvm::SmallVectorImpl<uint32_t> &Matched) const {
  for (size_t Next = At + 1;; ++Next) {
    const WordTrie::Node &N = Trie.Nodes[Node];
    Matched.append(N.Ending.begin(), N.Ending.end());
    if (N.Children.empty() || Next >= Tokens.size())
      return;
    llvm::StringRef Word = Tokens[Next].Folded;
    Node = Keys ? Trie.child(Node, abbreviationKey(Word)) : Trie.child(Node, Word);
    if (!Node)
      return;
  }
}

void LexiconIndex::addWordHits(llvm::SmallVectorImpl<uint32_t> &Matched, size_t At,
                               const llvm::BitVector &Active, std::vector<uint32_t> &HitOfList,
                               std::vector<Hit> &Out) const {
  // In the order the forms were added, which decides between two of one
  // list that end on the same word. Mostly they are: a common word ends
  // hundreds of one-word forms, and few longer ones follow it.
  if (!std::is_sorted(Matched.begin(), Matched.end()))
    llvm::sort(Matched);
  size_t Before = Out.size();
  for (uint32_t Index : Matched) {
    const Form &F = Forms[Index];
    if (!Active.test(F.List))
      continue;
    Hit H{F.List, F.Entry, uint32_t(At), uint32_t(At + F.Words.size() - 1), F.How};
    // The longest form of each list wins.
    uint32_t &Slot = HitOfList[F.List];
    if (Slot == ~0u) {
      Slot = Out.size();
      Out.push_back(H);
    } else if (H.Last > Out[Slot].Last) {
      Out[Slot] = H;
    }
  }
  for (auto It = Out.begin() + Before; It != Out.end(); ++It)
    HitOfList[It->List] = ~0u;
  Matched.clear();
}

LexiconIndex::WordForms LexiconIndex::formsOf(llvm::StringRef Folded) const {
  WordForms W;
  W.WordNode = ByWords.child(0, Folded);
  W.KeyNode = ByKeys.child(0, Folded);
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
  llvm::SmallVector<uint32_t, 8> Matched;
  std::vector<uint32_t> HitOfList(ListCount, ~0u);
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
    if (W->WordNode)
      walk(ByWords, /*Keys=*/false, W->WordNode, Tokens, I, Matched);
    if (W->KeyNode)
      walk(ByKeys, /*Keys=*/true, W->KeyNode, Tokens, I, Matched);
    addWordHits(Matched, I, Active, HitOfList, Out);
    // "u.s.k", "usk:n": an abbreviation written with dots or an ending.
    // (Two byte searches: find_first_of builds a table of 256 bits first.)
    if (Folded.contains('.') || Folded.contains(':')) {
      std::string Key = abbreviationKey(Folded);
      if (uint32_t Node = Key != Folded ? ByKeys.child(0, Key) : 0) {
        walk(ByKeys, /*Keys=*/true, Node, Tokens, I, Matched);
        addWordHits(Matched, I, Active, HitOfList, Out);
      }
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
