// Tests for Text/Lexicon (LexiconIndex): word lists matched in one pass over
// a text's tokens: word sequences, abbreviations, compound endings, stems,
// which lists are active, and time linear in a long word.
#include "Text/Lexicon.h"

#include "llvm/Support/Allocator.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ibic;

namespace {

using Match = LexiconIndex::Match;
using Strings = std::vector<std::string>;

const char *howName(Match How) {
  switch (How) {
  case Match::Words:
    return "words";
  case Match::Abbreviation:
    return "abbreviation";
  case Match::CompoundEnd:
    return "compound";
  case Match::Stem:
    return "stem";
  case Match::StemInside:
    return "inside";
  }
  return "?";
}

/// Tokens of a text, with the folded forms they point into kept alive.
struct Tokenized {
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver{Arena};
  std::vector<Token> Tokens;
  explicit Tokenized(llvm::StringRef Text) {
    Segmenter S;
    S.words(Text, Saver, Tokens);
  }
};

/// Every hit of the lists in \p Active over \p Text, each written as
/// "list/entry first-last how" with the words it covers, in the order
/// match() gives them.
/// A memo of the words (WordMemo) changes none of them, even one filled
/// while other lists were active.
Strings hits(const LexiconIndex &Index, llvm::StringRef Text,
             const llvm::BitVector &Active) {
  Tokenized T(Text);
  auto Describe = [&](const std::vector<LexiconIndex::Hit> &Out) {
    Strings Described;
    for (const LexiconIndex::Hit &H : Out) {
      REQUIRE(H.First <= H.Last);
      REQUIRE(H.Last < T.Tokens.size());
      std::string Words;
      for (uint32_t I = H.First; I <= H.Last; ++I)
        Words += (I == H.First ? "" : " ") +
                 Text.slice(T.Tokens[I].Begin, T.Tokens[I].End).str();
      Described.push_back(std::to_string(H.List) + "/" + std::to_string(H.Entry) +
                          " " + Words + " " + howName(H.How));
    }
    return Described;
  };
  std::vector<LexiconIndex::Hit> Out, Remembered;
  Index.match(T.Tokens, Active, Out);
  LexiconIndex::WordMemo Memo;
  llvm::BitVector Other = Active;
  Other.flip();
  Index.match(T.Tokens, Other, Remembered, &Memo);
  Remembered.clear();
  Index.match(T.Tokens, Active, Remembered, &Memo);
  Strings Described = Describe(Out);
  CHECK(Describe(Remembered) == Described);
  return Described;
}

/// Every list of \p Index active.
Strings hits(const LexiconIndex &Index, llvm::StringRef Text) {
  return hits(Index, Text, llvm::BitVector(Index.lists(), true));
}

/// \p S sorted: match() orders hits by first token only, so hits on one
/// token are compared as a set.
Strings sorted(Strings S) {
  std::sort(S.begin(), S.end());
  return S;
}

} // namespace

TEST_CASE("lexicon index: one- and multi-word forms, folded", "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList();
  REQUIRE(Index.add(L, 0, "vägrade", Match::Words));
  REQUIRE(Index.add(L, 1, "Tycks vara", Match::Words));
  CHECK(Index.lists() == 1);
  CHECK(hits(Index, "Hon VÄGRADE, det tycks vara så.") ==
        Strings{"0/0 VÄGRADE words", "0/1 tycks vara words"});
  // A sequence needs every word in order, and whole words.
  CHECK(hits(Index, "Det tycks inte vara så. Hon vägradesx.").empty());
  // The text may end inside a form.
  CHECK(hits(Index, "Det tycks").empty());
}

TEST_CASE("lexicon index: a form with no word is refused", "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList();
  CHECK_FALSE(Index.add(L, 0, "", Match::Words));
  CHECK_FALSE(Index.add(L, 1, " ... ", Match::Words));
  CHECK_FALSE(Index.add(L, 2, "...", Match::Abbreviation));
  CHECK(hits(Index, "Ord ... och mer.").empty());
}

TEST_CASE("lexicon index: the longest form of a list wins, per list",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId A = Index.newList(), B = Index.newList();
  REQUIRE(Index.add(A, 0, "tycks", Match::Words));
  REQUIRE(Index.add(A, 1, "tycks vara", Match::Words));
  REQUIRE(Index.add(A, 2, "tycks vara nöjd", Match::Words));
  REQUIRE(Index.add(B, 7, "tycks", Match::Words));
  // List A reports its longest form only; list B, matched at the same
  // token, still reports its own.
  CHECK(sorted(hits(Index, "Hon tycks vara nöjd.")) ==
        Strings{"0/2 tycks vara nöjd words", "1/7 tycks words"});
  CHECK(sorted(hits(Index, "Hon tycks vara glad.")) ==
        Strings{"0/1 tycks vara words", "1/7 tycks words"});
  // The order forms were added in does not matter.
  LexiconIndex Reversed;
  LexiconIndex::ListId R = Reversed.newList();
  REQUIRE(Reversed.add(R, 0, "tycks vara nöjd", Match::Words));
  REQUIRE(Reversed.add(R, 1, "tycks", Match::Words));
  CHECK(hits(Reversed, "Hon tycks vara nöjd.") == Strings{"0/0 tycks vara nöjd words"});
}

TEST_CASE("lexicon index: hits are ordered by first token", "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId A = Index.newList(), B = Index.newList();
  REQUIRE(Index.add(A, 0, "mat", Match::Words));
  REQUIRE(Index.add(B, 0, "hon äter", Match::Words));
  REQUIRE(Index.add(B, 1, "äter", Match::Words));
  // "äter" starts inside B's "hon äter" and is reported at its own token.
  CHECK(hits(Index, "Hon äter mat.") ==
        Strings{"1/0 Hon äter words", "1/1 äter words", "0/0 mat words"});
}

TEST_CASE("lexicon index: a list not set in Active is skipped", "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId A = Index.newList(), B = Index.newList(), C = Index.newList();
  REQUIRE(Index.add(A, 0, "vägrade", Match::Words));
  REQUIRE(Index.add(B, 0, "vägrade", Match::Words));
  REQUIRE(Index.add(B, 1, "blöja", Match::CompoundEnd));
  REQUIRE(Index.add(C, 0, "dusch", Match::StemInside));
  llvm::BitVector OnlyA(Index.lists(), false);
  OnlyA.set(A);
  const char *Text = "Hon vägrade nattblöjan och kvällsduschen.";
  CHECK(hits(Index, Text, OnlyA) == Strings{"0/0 vägrade words"});
  llvm::BitVector OnlyBC(Index.lists(), true);
  OnlyBC.reset(A);
  CHECK(hits(Index, "Hon vägrade nattblöja och kvällsdusch.", OnlyBC) ==
        Strings{"1/0 vägrade words", "1/1 nattblöja compound",
                "2/0 kvällsdusch inside"});
  CHECK(hits(Index, Text, llvm::BitVector(Index.lists(), false)).empty());
}

TEST_CASE("lexicon index: abbreviations ignore dots and an ending after ':'",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList();
  REQUIRE(Index.add(L, 0, "usk", Match::Abbreviation));
  REQUIRE(Index.add(L, 1, "t. ex.", Match::Abbreviation));
  REQUIRE(Index.add(L, 2, "SÄBO", Match::Abbreviation));
  CHECK(hits(Index, "Usk kom.") == Strings{"0/0 Usk abbreviation"});
  CHECK(hits(Index, "En u.s.k. kom.") == Strings{"0/0 u.s.k abbreviation"});
  CHECK(hits(Index, "Hon pratade med usk:n.") == Strings{"0/0 usk:n abbreviation"});
  CHECK(hits(Index, "Hon flyttar till säbo:t.") == Strings{"0/2 säbo:t abbreviation"});
  // "t. ex." is two words, written with or without its dots.
  CHECK(hits(Index, "Hon vill t. ex. duscha.") == Strings{"0/1 t ex abbreviation"});
  CHECK(hits(Index, "Hon vill t ex duscha.") == Strings{"0/1 t ex abbreviation"});
  // Not other words that hold the same letters.
  CHECK(hits(Index, "Uskar och utsk.").empty());
}

TEST_CASE("lexicon index: 't.ex.' is one word, and a word form ignores dots only "
          "as an abbreviation",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId Abbr = Index.newList(), Word = Index.newList();
  REQUIRE(Index.add(Abbr, 0, "t.ex.", Match::Abbreviation));
  REQUIRE(Index.add(Word, 0, "usk", Match::Words));
  CHECK(hits(Index, "Hon vill t.ex. duscha.") == Strings{"0/0 t.ex abbreviation"});
  // A plain word form is a word: "u.s.k." is not it.
  CHECK(hits(Index, "En u.s.k. kom.").empty());
  CHECK(hits(Index, "En usk kom.") == Strings{"1/0 usk words"});
}

TEST_CASE("lexicon index: a compound ending ends a longer word", "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList();
  REQUIRE(Index.add(L, 0, "blöja", Match::CompoundEnd));
  // Swedish compounds put the head word last.
  CHECK(hits(Index, "Hon har nattblöja.") == Strings{"0/0 nattblöja compound"});
  CHECK(hits(Index, "ENGÅNGSBLÖJA") == Strings{"0/0 ENGÅNGSBLÖJA compound"});
  // The word alone is a word hit, not a compound of itself.
  CHECK(hits(Index, "En blöja.") == Strings{"0/0 blöja words"});
  // It must end the word: an inflected compound or a word that starts with
  // the form is something else.
  CHECK(hits(Index, "Nattblöjan och blöjbyte.").empty());
}

TEST_CASE("lexicon index: a compound ending starts at a letter and is not the whole word",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList();
  REQUIRE(Index.add(L, 0, "öja", Match::CompoundEnd));
  // The ending starts after a two-byte letter (ö is C3 B6): "blöja" ends
  // with "öja" at a letter boundary; "öja" alone is a word hit.
  CHECK(hits(Index, "blöja") == Strings{"0/0 blöja compound"});
  CHECK(hits(Index, "öja") == Strings{"0/0 öja words"});
  CHECK(hits(Index, "Öja") == Strings{"0/0 Öja words"});
}

TEST_CASE("lexicon index: the longest compound ending of a list wins",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList(), Other = Index.newList();
  REQUIRE(Index.add(L, 0, "ost", Match::CompoundEnd));
  REQUIRE(Index.add(L, 1, "kost", Match::CompoundEnd));
  REQUIRE(Index.add(Other, 0, "ost", Match::CompoundEnd));
  CHECK(sorted(hits(Index, "specialkost")) ==
        Strings{"0/1 specialkost compound", "1/0 specialkost compound"});
  CHECK(sorted(hits(Index, "getost")) == Strings{"0/0 getost compound", "1/0 getost compound"});
}

TEST_CASE("lexicon index: a word hit of the same list suppresses the compound hit",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList(), Other = Index.newList();
  REQUIRE(Index.add(L, 0, "blöja", Match::CompoundEnd));
  REQUIRE(Index.add(L, 1, "nattblöja", Match::Words));
  REQUIRE(Index.add(Other, 0, "nattblöja", Match::Words));
  // List L's own word wins over its compound ending; another list's word
  // does not silence L.
  CHECK(sorted(hits(Index, "nattblöja")) ==
        Strings{"0/1 nattblöja words", "1/0 nattblöja words"});
  llvm::BitVector OnlyL(Index.lists(), false);
  OnlyL.set(L);
  CHECK(hits(Index, "nattblöja", OnlyL) == Strings{"0/1 nattblöja words"});
  LexiconIndex Separate;
  LexiconIndex::ListId S = Separate.newList(), Words = Separate.newList();
  REQUIRE(Separate.add(S, 0, "blöja", Match::CompoundEnd));
  REQUIRE(Separate.add(Words, 0, "nattblöja", Match::Words));
  CHECK(sorted(hits(Separate, "nattblöja")) ==
        Strings{"0/0 nattblöja compound", "1/0 nattblöja words"});
}

TEST_CASE("lexicon index: a stem starts a word", "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList();
  REQUIRE(Index.add(L, 0, "dusch", Match::Stem));
  CHECK(hits(Index, "Hon duschade, DUSCHEN var varm; dusch.") ==
        Strings{"0/0 duschade stem", "0/0 DUSCHEN stem", "0/0 dusch stem"});
  // Only at the start: a compound with the stem inside is not a stem hit.
  CHECK(hits(Index, "kvällsdusch").empty());
}

TEST_CASE("lexicon index: StemInside also finds the stem later in a word",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList();
  REQUIRE(Index.add(L, 0, "dusch", Match::StemInside));
  REQUIRE(Index.add(L, 1, "mne", Match::StemInside));
  CHECK(hits(Index, "Duschade, kvällsduschen och ämne.") ==
        Strings{"0/0 Duschade inside", "0/0 kvällsduschen inside", "0/1 ämne inside"});
  CHECK(hits(Index, "Dusc och usch.").empty());
}

TEST_CASE("lexicon index: one stem hit per list and entry in a word",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList(), Other = Index.newList();
  REQUIRE(Index.add(L, 0, "dusch", Match::StemInside));
  REQUIRE(Index.add(L, 1, "duschstol", Match::Stem));
  REQUIRE(Index.add(Other, 0, "dusch", Match::Stem));
  // "dusch" is at the start and twice inside: one hit for entry 0; entry 1
  // of the same list and the other list's stem are reported too.
  CHECK(sorted(hits(Index, "duschstolsduschduschen")) ==
        Strings{"0/0 duschstolsduschduschen inside", "0/1 duschstolsduschduschen stem",
                "1/0 duschstolsduschduschen stem"});
}

TEST_CASE("lexicon index: a very long word is matched without cutting it into "
          "every suffix",
          "[text][lexicon]") {
  LexiconIndex Index;
  LexiconIndex::ListId L = Index.newList();
  REQUIRE(Index.add(L, 0, "blöja", Match::CompoundEnd));
  REQUIRE(Index.add(L, 1, "dusch", Match::StemInside));
  REQUIRE(Index.add(L, 2, "aaaa", Match::Stem));
  REQUIRE(Index.add(L, 3, "aaaaa", Match::Words));
  // 100 000 letters: hashing or searching every suffix would take minutes
  // (n² bytes); the walks are bounded by the longest form.
  std::string Long(100000, 'a');
  std::string Text = Long + "duschblöja";
  Tokenized T(Text);
  REQUIRE(T.Tokens.size() == 1);
  std::vector<LexiconIndex::Hit> Out;
  Index.match(T.Tokens, llvm::BitVector(Index.lists(), true), Out);
  Strings Got;
  for (const LexiconIndex::Hit &H : Out)
    Got.push_back(std::to_string(H.Entry) + " " + howName(H.How));
  CHECK(sorted(Got) == Strings{"0 compound", "1 inside", "2 stem"});
  // The same through a memo of words, which such a token passes by.
  LexiconIndex::WordMemo Memo;
  std::vector<LexiconIndex::Hit> Remembered;
  Index.match(T.Tokens, llvm::BitVector(Index.lists(), true), Remembered, &Memo);
  CHECK(Remembered.size() == Out.size());
  // A word of nothing but the repeated letter: only the stem.
  Tokenized Plain(Long);
  Out.clear();
  Index.match(Plain.Tokens, llvm::BitVector(Index.lists(), true), Out);
  REQUIRE(Out.size() == 1);
  CHECK(Out[0].Entry == 2);
}

TEST_CASE("lexicon index: abbreviationKey drops dots and the ending",
          "[text][lexicon]") {
  CHECK(LexiconIndex::abbreviationKey("u.s.k.") == "usk");
  CHECK(LexiconIndex::abbreviationKey("usk:n") == "usk");
  CHECK(LexiconIndex::abbreviationKey("t.ex") == "tex");
  CHECK(LexiconIndex::abbreviationKey("säbo:t") == "säbo");
  CHECK(LexiconIndex::abbreviationKey("lss") == "lss");
  CHECK(LexiconIndex::abbreviationKey("...") == "");
}

TEST_CASE("lexicon index: a list of the same words is one, claimed by each that asks",
          "[text][lexicon]") {
  LexiconIndex Index;
  size_t Start = Index.claims();
  auto [First, New] = Index.sharedList("hissen\nbilen");
  REQUIRE(New);
  REQUIRE(Index.add(First, 0, "hissen", Match::Words));
  size_t Second = Index.claims();
  LexiconIndex::ListId Own = Index.newList();
  auto [Again, AgainNew] = Index.sharedList("hissen\nbilen");
  CHECK_FALSE(AgainNew);
  CHECK(Again == First);
  CHECK(Index.lists() == 2);
  // What the second asker claimed: its own list and the shared one.
  CHECK(std::vector<LexiconIndex::ListId>(Index.claimedSince(Second).begin(),
                                          Index.claimedSince(Second).end()) ==
        std::vector<LexiconIndex::ListId>{Own, First});
  CHECK(Index.claimedSince(Start).size() == 3);
}
