// Tests for Text/Normalize: NFC composition and Unicode spaces as ' ', the
// offset map back to the bytes as written, and no copy for clean text.
#include "Text/Normalize.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ibic;

namespace {

/// The input bytes that derived bytes [Begin, End) came from.
std::string original(const NormalizedText &N, llvm::StringRef Input,
                     uint32_t Begin, uint32_t End) {
  return Input.slice(N.ToInput.toOriginal(Begin), N.ToInput.toOriginal(End)).str();
}

/// Where \p Part starts in the normalized text; fails the test when absent.
uint32_t at(const NormalizedText &N, llvm::StringRef Part) {
  size_t Found = N.Text.find(Part);
  // Not compared with StringRef::npos: Catch takes operands by reference,
  // and LLVM 14's npos is defined out of line in the library too.
  REQUIRE(Found < N.Text.size());
  return Found;
}

} // namespace

TEST_CASE("normalize: decomposed letters are composed", "[text][normalize]") {
  // "vägrade" with a + U+0308: the export of some case systems.
  std::string Input = "Hon va\xCC\x88grade.";
  NormalizedText N = normalizeText(Input);
  CHECK(N.Text == "Hon vägrade.");
  CHECK(N.Text.size() + 1 == Input.size());
  CHECK_FALSE(N.ToInput.identity());
  // Before the change offsets are unchanged.
  CHECK(N.ToInput.toOriginal(0) == 0);
  CHECK(N.ToInput.toOriginal(5) == 5);
  // Both ends of the composed ä map to both ends of a + U+0308.
  uint32_t A = at(N, "ä");
  CHECK(original(N, Input, A, A + 2) == "a\xCC\x88");
  // After it, every offset is one byte further in the input, up to its end.
  CHECK(N.ToInput.toOriginal(A + 2) == A + 3);
  CHECK(N.ToInput.toOriginal(N.Text.size()) == Input.size());
  // A finding on the word still covers the word as written.
  uint32_t W = at(N, "vägrade");
  CHECK(original(N, Input, W, W + 8) == "va\xCC\x88grade");
}

TEST_CASE("normalize: several decomposed letters keep every offset exact",
          "[text][normalize]") {
  // "Åsa får mat" with Å = A + U+030A and å = a + U+030A: two changes.
  std::string Input = "A\xCC\x8A" "sa fa\xCC\x8Ar mat";
  NormalizedText N = normalizeText(Input);
  REQUIRE(N.Text == "Åsa får mat");
  CHECK(original(N, Input, 0, 2) == "A\xCC\x8A");
  uint32_t Far = at(N, "får");
  CHECK(original(N, Input, Far, Far + 4) == "fa\xCC\x8Ar");
  uint32_t Mat = at(N, "mat");
  CHECK(original(N, Input, Mat, Mat + 3) == "mat");
  CHECK(N.ToInput.toOriginal(N.Text.size()) == Input.size());
}

TEST_CASE("normalize: Unicode spaces become ASCII spaces", "[text][normalize]") {
  // Word processors write these; a rule splitting at ' ' must see them.
  struct Space {
    const char *Name;
    const char *Bytes;
  };
  const Space Spaces[] = {{"no-break space U+00A0", "\xC2\xA0"},
                          {"narrow no-break space U+202F", "\xE2\x80\xAF"},
                          {"thin space U+2009", "\xE2\x80\x89"},
                          {"figure space U+2007", "\xE2\x80\x87"},
                          {"hair space U+200A", "\xE2\x80\x8A"},
                          {"medium mathematical space U+205F", "\xE2\x81\x9F"},
                          {"ogham space mark U+1680", "\xE1\x9A\x80"},
                          {"ideographic space U+3000", "\xE3\x80\x80"}};
  for (const Space &S : Spaces) {
    INFO(S.Name);
    std::string Input = std::string("kl") + S.Bytes + "07.30 och 3" + S.Bytes + "dl";
    NormalizedText N = normalizeText(Input);
    CHECK(N.Text == "kl 07.30 och 3 dl");
    // The space itself maps to the whole multi-byte space.
    CHECK(original(N, Input, 2, 3) == S.Bytes);
    // The words around it map to themselves.
    CHECK(original(N, Input, 0, 2) == "kl");
    CHECK(original(N, Input, 3, 8) == "07.30");
    uint32_t Dl = at(N, "dl");
    CHECK(original(N, Input, Dl, Dl + 2) == "dl");
    CHECK(N.ToInput.toOriginal(N.Text.size()) == Input.size());
  }
}

TEST_CASE("normalize: an en quad becomes an ASCII space",
          "[text][normalize]") {
  // NFC itself maps U+2000 to U+2002 (en space): a stretch NFC changed is
  // read for spaces too.
  std::string Input = "kl\xE2\x80\x80" "07.30";
  NormalizedText N = normalizeText(Input);
  CHECK(N.Text == "kl 07.30");
  CHECK(original(N, Input, 2, 3) == "\xE2\x80\x80");
}

TEST_CASE("normalize: tabs and line breaks are structure and stay",
          "[text][normalize]") {
  std::string Input = "Hon\tvilar.\nHan\r\nläser.";
  NormalizedText N = normalizeText(Input);
  CHECK(N.Text == Input);
  CHECK(N.Text.data() == Input.data());
}

TEST_CASE("normalize: clean text is a view of the input, not a copy",
          "[text][normalize]") {
  // Most documents: NFC already, å ä ö composed, curly quotes and dashes
  // (bytes that could start a decomposition) but no Unicode space.
  for (std::string Input :
       {std::string("Åsa vägrade duscha."), std::string("Hon sa ”nej” – i dag."),
        std::string("plain ASCII text"), std::string("Ärende: 2025-0101 (SoL)")}) {
    INFO(Input);
    NormalizedText N = normalizeText(Input);
    CHECK(N.Text == Input);
    CHECK(N.Text.data() == Input.data());
    CHECK(N.Storage.empty());
    CHECK(N.ToInput.identity());
    CHECK(N.ToInput.toOriginal(5) == 5);
  }
}

TEST_CASE("normalize: decomposed letters and Unicode spaces together",
          "[text][normalize]") {
  // a + U+0308, a no-break space, o + U+0308, a narrow no-break space and an
  // ideographic space: changes and spaces interleave in one text.
  std::string Input = "Ha\xCC\x88r\xC2\xA0" "bo\xCC\x88rjar\xE2\x80\xAF" "det\xE3\x80\x80slut";
  NormalizedText N = normalizeText(Input);
  REQUIRE(N.Text == "Här börjar det slut");
  CHECK(original(N, Input, 0, 4) == "Ha\xCC\x88r");
  CHECK(original(N, Input, 4, 5) == "\xC2\xA0");
  uint32_t B = at(N, "börjar");
  CHECK(original(N, Input, B, B + 7) == "bo\xCC\x88rjar");
  CHECK(original(N, Input, B + 7, B + 8) == "\xE2\x80\xAF");
  uint32_t Det = at(N, "det");
  CHECK(original(N, Input, Det, Det + 3) == "det");
  CHECK(original(N, Input, Det + 3, Det + 4) == "\xE3\x80\x80");
  uint32_t Slut = at(N, "slut");
  CHECK(original(N, Input, Slut, Slut + 4) == "slut");
  CHECK(N.ToInput.toOriginal(N.Text.size()) == Input.size());
}

TEST_CASE("normalize: empty text", "[text][normalize]") {
  NormalizedText N = normalizeText("");
  CHECK(N.Text.empty());
  CHECK(N.ToInput.identity());
  CHECK(N.ToInput.toOriginal(0) == 0);
}

TEST_CASE("normalize: a moved result still holds its text", "[text][normalize]") {
  // A short result lives inside std::string (small-string buffer), whose
  // address changes with a move; Text must follow the storage.
  NormalizedText Short = normalizeText("a\xC2\xA0" "b");
  NormalizedText Moved(std::move(Short));
  CHECK(Moved.Text == "a b");
  CHECK(Moved.Text.data() == Moved.Storage.data());
  NormalizedText Assigned;
  Assigned = normalizeText("o\xCC\x88");
  CHECK(Assigned.Text == "ö");
  CHECK(Assigned.ToInput.toOriginal(2) == 3);
  // A view stays a view of the input when moved.
  std::string Input = "ren text";
  NormalizedText View = normalizeText(Input);
  NormalizedText MovedView(std::move(View));
  CHECK(MovedView.Text.data() == Input.data());
}
