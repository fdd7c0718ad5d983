// A set of folded words answers for a token by the hash the segmenter gave
// it and then by its word; a token without a hash is looked up by its word.

#include "Text/FoldedWordSet.h"
#include "Text/Segmenter.h"

#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"

#include <catch2/catch.hpp>

using namespace ibic;

TEST_CASE("a folded word set answers for tokens as for their words", "[text]") {
  FoldedWordSet Set;
  Set.insert("dottern");
  Set.insert("sjuksköterskan");

  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver(Arena);
  std::vector<Token> Tokens;
  Segmenter S;
  S.words("Dottern och SJUKSKÖTERSKAN ringde", Saver, Tokens);
  REQUIRE(Tokens.size() == 4);
  for (const Token &T : Tokens) {
    INFO("word: " << T.Folded.str());
    CHECK(T.Hash == wordHash(T.Folded));
  }
  CHECK(Set.contains(Tokens[0]));
  CHECK_FALSE(Set.contains(Tokens[1]));
  CHECK(Set.contains(Tokens[2]));
  CHECK_FALSE(Set.contains(Tokens[3]));
  // A hash that matches while the word does not is no match.
  Token Collides = Tokens[3];
  Collides.Hash = Tokens[0].Hash;
  CHECK_FALSE(Set.contains(Collides));

  // Made elsewhere, with no hash: looked up by its word.
  Token Bare;
  Bare.Folded = "dottern";
  CHECK(Set.contains(Bare));
  Bare.Folded = "sonen";
  CHECK_FALSE(Set.contains(Bare));
}
