// A set of folded words answers the same for a token, by the hash the
// segmenter gave it, as for the word itself, and a token without a hash is
// looked up by its word.

#include "Text/FoldedWordSet.h"
#include "Text/Segmenter.h"

#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"

#include <catch2/catch.hpp>

using namespace ibic;

TEST_CASE("a folded word set answers for tokens as for their words", "[text]") {
  FoldedWordSet Set;
  CHECK(Set.insert("dottern"));
  CHECK_FALSE(Set.insert("dottern"));
  CHECK(Set.insert("sjuksköterskan"));
  CHECK(Set.size() == 2);

  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver(Arena);
  std::vector<Token> Tokens;
  Segmenter S;
  S.words("Dottern och SJUKSKÖTERSKAN ringde", Saver, Tokens);
  REQUIRE(Tokens.size() == 4);
  for (const Token &T : Tokens) {
    INFO("word: " << T.Folded.str());
    CHECK(T.Hash == wordHash(T.Folded));
    CHECK(Set.contains(T) == Set.contains(T.Folded));
  }
  CHECK(Set.contains(Tokens[0]));
  CHECK(Set.contains(Tokens[2]));
  CHECK_FALSE(Set.contains(Tokens[3]));

  // Made elsewhere, with no hash: looked up by its word.
  Token Bare;
  Bare.Folded = "dottern";
  CHECK(Set.contains(Bare));
  Bare.Folded = "sonen";
  CHECK_FALSE(Set.contains(Bare));
}
