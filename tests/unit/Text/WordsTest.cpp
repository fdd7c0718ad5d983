// Tests for Text/Words (ICU word tokens, case folding) and Text/Collation
// (Swedish sort order).
#include "Text/Collation.h"
#include "Text/Words.h"

#include <catch2/catch.hpp>

using namespace ibic;

namespace {

std::vector<std::string> folded(llvm::StringRef Text) {
  std::vector<std::string> Out;
  for (const Word &W : splitWords(Text))
    Out.push_back(W.Folded);
  return Out;
}

} // namespace

TEST_CASE("splitWords gives words with byte offsets", "[words]") {
  llvm::StringRef Text = "Åsa vägrade duscha.";
  std::vector<Word> Words = splitWords(Text);
  REQUIRE(Words.size() == 3);
  CHECK(Words[0].Begin == 0);
  CHECK(Words[0].End == 4); // "Åsa": Å is two bytes
  CHECK(Words[0].Folded == "åsa");
  CHECK(Words[1].Begin == 5);
  CHECK(Words[1].End == 13);
  CHECK(Text.slice(Words[1].Begin, Words[1].End) == "vägrade");
  CHECK(Words[2].Folded == "duscha");
  CHECK(Text.slice(Words[2].Begin, Words[2].End) == "duscha");
}

TEST_CASE("splitWords never breaks a word at å, ä or ö", "[words]") {
  // The pitfall of RE2's ASCII \b and \w.
  CHECK(folded("Vägrade, blöjbyte och förflyttning!") ==
        std::vector<std::string>{"vägrade", "blöjbyte", "och", "förflyttning"});
  CHECK(folded("ÅÄÖ åäö") == std::vector<std::string>{"åäö", "åäö"});
}

TEST_CASE("splitWords skips spaces and punctuation", "[words]") {
  CHECK(splitWords("").empty());
  CHECK(splitWords("   ").empty());
  CHECK(splitWords(" - ... – ? ").empty());
  CHECK(folded("\"Nej,\" sa hon.") == std::vector<std::string>{"nej", "sa", "hon"});
}

TEST_CASE("splitWords keeps numbers and ICF codes as words", "[words]") {
  CHECK(folded("d510 nivå 2") == std::vector<std::string>{"d510", "nivå", "2"});
}

TEST_CASE("foldText case-folds Swedish letters", "[words]") {
  CHECK(foldText("VÄGRADE") == "vägrade");
  CHECK(foldText("Ärende") == "ärende");
  CHECK(foldText("ÖVRIGT") == "övrigt");
  CHECK(foldText("Personlig Vård") == "personlig vård");
  CHECK(foldText("") == "");
}

TEST_CASE("foldText normalises to NFC", "[words]") {
  // "vägrade" with a decomposed ä (a + U+0308) folds to the composed form.
  std::string Decomposed = "va\xCC\x88grade";
  CHECK(foldText(Decomposed) == "vägrade");
  std::vector<Word> Words = splitWords("Hon " + Decomposed + ".");
  REQUIRE(Words.size() == 2);
  CHECK(Words[1].Folded == "vägrade");
  CHECK(Words[1].End - Words[1].Begin == Decomposed.size());
}

TEST_CASE("Swedish collation puts å, ä, ö after z in that order",
          "[collation]") {
  const Collator &Sv = Collator::swedish();
  CHECK(Sv.compare("Åby", "Zeta") > 0);
  CHECK(Sv.compare("Zeta", "Åby") < 0);
  // Byte order would put Ä (C3 84) before Å (C3 85).
  CHECK(Sv.compare("Ärla", "Åby") > 0);
  CHECK(Sv.compare("Östra", "Ärla") > 0);
  CHECK(Sv.compare("Ängsgatan", "Åsen") > 0);
}

TEST_CASE("Swedish collation ignores case at the first level", "[collation]") {
  const Collator &Sv = Collator::swedish();
  // Byte order would put every capital before every small letter.
  CHECK(Sv.compare("avdelning", "Zeta") < 0);
  CHECK(Sv.compare("hemtjänst", "Hemtjänst Åsen") < 0);
  CHECK(Sv.compare("Hemtjänst", "Hemtjänst") == 0);
  CHECK(Sv.compare("", "A") < 0);
}
