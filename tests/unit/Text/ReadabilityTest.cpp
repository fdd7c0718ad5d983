// Tests for Text/Readability: LIX = words per sentence + 100 × long words
// (more than six letters) per word.
#include "Text/Readability.h"

#include <catch2/catch.hpp>

using namespace ibic;

namespace {

/// Counts \p Text as a document analysis does: its words and sentences.
void add(Readability &R, llvm::StringRef Text) {
  Segmenter S;
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver(Arena);
  std::vector<Token> Tokens;
  S.words(Text, Saver, Tokens);
  std::vector<ByteRange> Sentences;
  S.sentences(Text, Sentences);
  R.add(Text, Tokens, Sentences.size());
}

} // namespace

TEST_CASE("readability: LIX of a known text", "[text][readability]") {
  Readability R;
  // Words: Elsa duschar* varje morgon Hon behöver* hjälp med håret.
  // 9 words, 2 longer than six letters, 2 sentences:
  // 9/2 + 100·2/9 = 4.5 + 22.22 = 26.72.
  add(R, "Elsa duschar varje morgon. Hon behöver hjälp med håret.");
  CHECK(R.Words == 9);
  CHECK(R.LongWords == 2);
  CHECK(R.Sentences == 2);
  CHECK(R.lix() == Approx(9.0 / 2 + 100.0 * 2 / 9));
}

TEST_CASE("readability: long means more than six letters, not bytes",
          "[text][readability]") {
  Readability R;
  // "hälsan" has six letters in seven bytes, "läkaren" seven.
  add(R, "Hälsan är god.");
  CHECK(R.LongWords == 0);
  add(R, "Läkaren kom.");
  CHECK(R.LongWords == 1);
  CHECK(R.Words == 5);
  CHECK(R.Sentences == 2);
}

TEST_CASE("readability: numbers are no words; texts add up",
          "[text][readability]") {
  Readability R;
  add(R, "Hon är 87 år och har 2 barn.");
  CHECK(R.Words == 6);
  CHECK(R.Sentences == 1);
  add(R, "Handläggaren bedömer omvårdnadsbehovet.\nHon vill.");
  CHECK(R.Words == 11);
  CHECK(R.LongWords == 3);
  CHECK(R.Sentences == 3);
  CHECK(R.lix() == Approx(11.0 / 3 + 100.0 * 3 / 11));
}

TEST_CASE("readability: 'kl. 07.30' is one sentence", "[text][readability]") {
  Readability R;
  add(R, "Hon vaknar kl. 07.30 och äter frukost.");
  CHECK(R.Sentences == 1);
}

TEST_CASE("readability: no words, no LIX", "[text][readability]") {
  Readability R;
  CHECK(R.lix() == 0);
  add(R, "");
  add(R, "2025");
  CHECK(R.Words == 0);
  CHECK(R.lix() == 0);
}
