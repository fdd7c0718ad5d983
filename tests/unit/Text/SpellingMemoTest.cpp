// Tests for Text/SpellingMemo: the dictionary's answers kept in a file from
// one run to the next, with no word in it, trusted only for the dictionary
// files they were learnt from, and never trusted when damaged; and a
// Dictionary that asks its memo before Hunspell.
#include "Text/SpellingMemo.h"
#include "Text/Speller.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ibic;
using Q = SpellingMemo::Question;

namespace {

/// A folder of its own with a tiny Hunspell dictionary (hund, katt) and a
/// memo folder, removed at the end of the test.
struct Scratch {
  llvm::SmallString<128> Dir;
  Scratch() {
    REQUIRE(!llvm::sys::fs::createUniqueDirectory("ibic-memo-test", Dir));
    write("tiny.aff", "SET UTF-8\nTRY aeiouhndktsg\n");
    write("tiny.dic", "2\nhund\nkatt\n");
  }
  ~Scratch() { llvm::sys::fs::remove_directories(Dir); }
  std::string path(llvm::StringRef Name) const {
    llvm::SmallString<128> P(Dir);
    llvm::sys::path::append(P, Name);
    return P.str().str();
  }
  void write(llvm::StringRef Name, llvm::StringRef Text) const {
    std::error_code EC;
    llvm::raw_fd_ostream OS(path(Name), EC);
    REQUIRE(!EC);
    OS << Text;
  }
  std::unique_ptr<SpellingMemo> memo() const {
    return SpellingMemo::open(path("memo"), path("tiny.aff"), path("tiny.dic"));
  }
  /// The one memo file in the memo folder.
  std::string memoFile() const {
    std::error_code EC;
    llvm::sys::fs::directory_iterator It(path("memo"), EC);
    REQUIRE(!EC);
    REQUIRE(It != llvm::sys::fs::directory_iterator());
    return It->path();
  }
};

} // namespace

TEST_CASE("spelling memo: answers saved are found by the next run, each question apart",
          "[memo]") {
  Scratch S;
  auto First = S.memo();
  REQUIRE(First);
  CHECK_FALSE(First->find(Q::Spell, "hund"));
  First->remember(Q::Spell, "hund", true);
  First->remember(Q::Spell, "hundd", false);
  First->remember(Q::BeginsWord, "hun", true);
  First->save();

  auto Next = S.memo();
  CHECK(Next->find(Q::Spell, "hund") == std::optional<bool>(true));
  CHECK(Next->find(Q::Spell, "hundd") == std::optional<bool>(false));
  CHECK(Next->find(Q::BeginsWord, "hun") == std::optional<bool>(true));
  CHECK_FALSE(Next->find(Q::IsStem, "hun"));
  CHECK_FALSE(Next->find(Q::Spell, "katt"));

  // A run that learns more keeps what the file held.
  Next->remember(Q::Spell, "katt", true);
  Next->save();
  auto Third = S.memo();
  CHECK(Third->find(Q::Spell, "hund") == std::optional<bool>(true));
  CHECK(Third->find(Q::Spell, "katt") == std::optional<bool>(true));
}

TEST_CASE("spelling memo: answers learnt from other dictionary files are not trusted",
          "[memo]") {
  Scratch S;
  auto First = S.memo();
  First->remember(Q::Spell, "hundar", false);
  First->save();
  // A newer word list may well know the word.
  S.write("tiny.dic", "3\nhund\nhundar\nkatt\n");
  CHECK_FALSE(S.memo()->find(Q::Spell, "hundar"));
}

TEST_CASE("spelling memo: a damaged file is ignored, and the next save replaces it",
          "[memo]") {
  Scratch S;
  auto First = S.memo();
  First->remember(Q::Spell, "hund", true);
  First->remember(Q::Spell, "katt", true);
  First->save();
  std::string File = S.memoFile();
  auto Whole = llvm::MemoryBuffer::getFile(File);
  REQUIRE(Whole);
  std::string Bytes = (*Whole)->getBuffer().str();

  for (size_t Cut : {size_t(0), size_t(5), Bytes.size() / 2, Bytes.size() - 1}) {
    S.write("memo/" + llvm::sys::path::filename(File).str(), Bytes.substr(0, Cut));
    CHECK_FALSE(S.memo()->find(Q::Spell, "hund"));
  }
  // Keys that do not rise, with the sizes still adding up: a binary search
  // would miss some of them.
  std::string Wrong = Bytes;
  const size_t FirstKey = 8 + 4 + 8;
  Wrong.replace(FirstKey + 8, 8, Bytes.substr(FirstKey, 8));
  S.write("memo/" + llvm::sys::path::filename(File).str(), Wrong);
  auto Damaged = S.memo();
  CHECK_FALSE(Damaged->find(Q::Spell, "hund"));
  CHECK_FALSE(Damaged->find(Q::Spell, "katt"));

  Damaged->remember(Q::Spell, "katt", true);
  Damaged->save();
  CHECK(S.memo()->find(Q::Spell, "katt") == std::optional<bool>(true));
}

TEST_CASE("spelling memo: a file keeps at most MaxAnswers, those learnt last first",
          "[memo]") {
  Scratch S;
  auto First = S.memo();
  for (size_t I = 0; I < SpellingMemo::MaxAnswers; ++I)
    First->remember(Q::Spell, "gammal" + std::to_string(I), false);
  First->save();
  auto Next = S.memo();
  Next->remember(Q::Spell, "ny", true);
  Next->save();
  auto Third = S.memo();
  CHECK(Third->find(Q::Spell, "ny") == std::optional<bool>(true));
  CHECK(Third->find(Q::Spell, "gammal7") == std::optional<bool>(false));
  size_t Kept = 0;
  for (size_t I = 0; I < SpellingMemo::MaxAnswers; ++I)
    Kept += Third->find(Q::Spell, "gammal" + std::to_string(I)).has_value();
  CHECK(Kept == SpellingMemo::MaxAnswers - 1);
}

TEST_CASE("spelling memo: a dictionary answers from its memo before asking Hunspell, "
          "and saves what Hunspell said",
          "[memo]") {
  Scratch S;
  {
    // A memo that says otherwise than the word list: only a memo consulted
    // first can give this answer.
    auto Kept = S.memo();
    Kept->remember(Q::Spell, "katt", false);
    Kept->save();
  }
  {
    auto D = Dictionary::open(S.Dir, "tiny", S.path("memo"));
    REQUIRE(static_cast<bool>(D));
    CHECK_FALSE((*D)->spell("katt"));
    CHECK((*D)->spell("hund"));
    CHECK_FALSE((*D)->spell("hundd"));
    Dictionary::saveMemos();
  }
  auto Saved = S.memo();
  CHECK(Saved->find(Q::Spell, "hund") == std::optional<bool>(true));
  CHECK(Saved->find(Q::Spell, "hundd") == std::optional<bool>(false));
}

TEST_CASE("spelling memo: the file holds no word it was asked about", "[memo]") {
  Scratch S;
  auto First = S.memo();
  First->remember(Q::Spell, "Jamal", false);
  First->remember(Q::BeginsWord, "sjuksk", true);
  First->save();
  auto Bytes = llvm::MemoryBuffer::getFile(S.memoFile());
  REQUIRE(Bytes);
  CHECK_FALSE((*Bytes)->getBuffer().contains("Jamal"));
  CHECK_FALSE((*Bytes)->getBuffer().contains("sjuksk"));
  CHECK(S.memo()->find(Q::Spell, "Jamal") == std::optional<bool>(false));
}

TEST_CASE("spelling memo: no folder, no memo", "[memo]") {
  Scratch S;
  CHECK_FALSE(SpellingMemo::open("", S.path("tiny.aff"), S.path("tiny.dic")));
  CHECK_FALSE(SpellingMemo::open(S.path("memo"), S.path("missing.aff"), S.path("tiny.dic")));
}
