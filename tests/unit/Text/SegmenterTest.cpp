// Tests for Text/Segmenter (words and their folded forms, sentences with
// Swedish abbreviations) and Text/Collation (Swedish sort order).
#include "Text/Collation.h"
#include "Text/Segmenter.h"

#include "TestSupport.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

#include <catch2/catch.hpp>

#include <random>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

using namespace ibic;

namespace {

std::vector<ByteRange> splitSentences(llvm::StringRef Text) {
  Segmenter S;
  std::vector<ByteRange> Out;
  S.sentences(Text, Out);
  return Out;
}

std::vector<std::string> sentences(llvm::StringRef Text) {
  std::vector<std::string> Out;
  for (auto [Begin, End] : splitSentences(Text))
    Out.push_back(Text.slice(Begin, End).str());
  return Out;
}

using Ranges = std::vector<ByteRange>;
using Strings = std::vector<std::string>;

std::vector<std::string> folded(llvm::StringRef Text) {
  std::vector<std::string> Out;
  for (const Word &W : splitWords(Text))
    Out.push_back(W.Folded);
  return Out;
}

} // namespace

TEST_CASE("a token's flags tell its letters, digits and capitals", "[words]") {
  // Both ways of splitting share the step that sets the flags, so the
  // tests that compare them cannot see a wrong flag: this one can.
  Segmenter S;
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver(Arena);
  std::vector<Token> Tokens;
  S.words("Åsa SÄBO eHälsa usk:n 2025 3b öÖ x", Saver, Tokens);
  std::vector<unsigned> Flags;
  for (const Token &T : Tokens)
    Flags.push_back(T.Flags);
  using F = Token;
  CHECK(Flags == std::vector<unsigned>{
                     F::Letters | F::Capitalised,
                     F::Letters | F::Capitalised | F::UpperAfterFirst,
                     F::Letters | F::UpperAfterFirst,
                     F::Letters,
                     F::Digits,
                     F::Digits | F::Letters,
                     F::Letters | F::UpperAfterFirst,
                     F::Letters});
}

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


TEST_CASE("sentences: byte ranges without surrounding spaces",
          "[text][sentences]") {
  // "är" is three bytes.
  CHECK(splitSentences("Elsa duschar. Hon är glad!  Vill hon? Ja") ==
        Ranges{{0, 13}, {14, 27}, {29, 38}, {39, 41}});
  CHECK(splitSentences("  Hon vilar.  ") == Ranges{{2, 12}});
  CHECK(splitSentences("").empty());
  CHECK(splitSentences(" \n\n ").empty());
}

TEST_CASE("sentences: a line break ends a sentence", "[text][sentences]") {
  CHECK(sentences("Dusch\nFrukost och kaffe\n\nPromenad.") ==
        Strings{"Dusch", "Frukost och kaffe", "Promenad."});
  llvm::StringRef Text = "Hon åt.\r\nHan drack.";
  Ranges R = splitSentences(Text);
  REQUIRE(R.size() == 2);
  CHECK(Text.slice(R[0].first, R[0].second) == "Hon åt.");
  CHECK(R[1].first == 10);
}

TEST_CASE("sentences: Swedish abbreviations do not end a sentence",
          "[text][sentences]") {
  CHECK(sentences("Hon vaknar kl. 07.30 och äter frukost.") ==
        Strings{"Hon vaknar kl. 07.30 och äter frukost."});
  CHECK(sentences("Kl. 8 kom hon hem. Sedan vilade hon.") ==
        Strings{"Kl. 8 kom hon hem.", "Sedan vilade hon."});
  CHECK(sentences("Hon har ont, dvs. Knät värker. Hon vilar.") ==
        Strings{"Hon har ont, dvs. Knät värker.", "Hon vilar."});
  CHECK(sentences("Gäller fr.o.m. 1 mars och t.o.m. 30 april.") ==
        Strings{"Gäller fr.o.m. 1 mars och t.o.m. 30 april."});
  CHECK(sentences("Hon vill ha stöd enl. SoL och ca. 3 timmar.") ==
        Strings{"Hon vill ha stöd enl. SoL och ca. 3 timmar."});
}

TEST_CASE("sentences: abbreviations with inner dots before a capital",
          "[text][sentences]") {
  // ICU breaks before a capital after a full stop unless told otherwise;
  // these are in the list of abbreviations that do not end a sentence.
  CHECK(sentences("Hon vill ha hjälp med t.ex. Duschen.") ==
        Strings{"Hon vill ha hjälp med t.ex. Duschen."});
  CHECK(sentences("Hon och bl.a. Tvätten.") == Strings{"Hon och bl.a. Tvätten."});
  CHECK(sentences("Hon har ont, d.v.s. Knät värker.") ==
        Strings{"Hon har ont, d.v.s. Knät värker."});
  CHECK(sentences("Hemma p.g.a. Covid.") == Strings{"Hemma p.g.a. Covid."});
  CHECK(sentences("Hon har s.k. Trygghetslarm.") == Strings{"Hon har s.k. Trygghetslarm."});
  // Lower case after them never broke.
  CHECK(sentences("Hon vill ha hjälp med t.ex. duschen.") ==
        Strings{"Hon vill ha hjälp med t.ex. duschen."});
}

TEST_CASE("sentences: a title before a name",
          "[text][sentences]") {
  CHECK(sentences("Hon pratade med dr. Berg och ssk. Lina i går.") ==
        Strings{"Hon pratade med dr. Berg och ssk. Lina i går."});
  // Only the whole word: ICU's own filter took "först." for "st.".
  CHECK(sentences("Hon kom först. Hon åt mest. Hon klarar det själv. Sedan vilar hon.") ==
        Strings{"Hon kom först.", "Hon åt mest.", "Hon klarar det själv.", "Sedan vilar hon."});
  CHECK(sentences("Hon är f.d. Sjuksköterska och träffar Usk. Ali. Sedan vilar hon.") ==
        Strings{"Hon är f.d. Sjuksköterska och träffar Usk. Ali.", "Sedan vilar hon."});
  // A unit may end a sentence.
  CHECK(sentences("Hon gick i 30 min. Sedan vilade hon.") ==
        Strings{"Hon gick i 30 min.", "Sedan vilade hon."});
}

TEST_CASE("sentences: 'osv.' and 'm.m.' usually end one", "[text][sentences]") {
  CHECK(sentences("Hon diskar, dammar osv. Sedan vilar hon.") ==
        Strings{"Hon diskar, dammar osv.", "Sedan vilar hon."});
  CHECK(sentences("Disk, tvätt m.m. Sedan vila.") ==
        Strings{"Disk, tvätt m.m.", "Sedan vila."});
}

TEST_CASE("sentences: decimals and times do not end a sentence",
          "[text][sentences]") {
  CHECK(sentences("Hon tar 2.5 mg. Sedan sover hon.") ==
        Strings{"Hon tar 2.5 mg.", "Sedan sover hon."});
}

namespace {

/// Every line of every document and data file under corpora/.
std::vector<std::string> corpusLines() {
  std::vector<std::string> Lines;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator
           It(test::sourcePath("corpora"), EC), End;
       It != End && !EC; It.increment(EC)) {
    auto Buffer = llvm::MemoryBuffer::getFile(It->path());
    if (!Buffer || llvm::sys::fs::is_directory(It->path()))
      continue;
    for (llvm::StringRef Line : llvm::split((*Buffer)->getBuffer(), '\n'))
      Lines.push_back(Line.str());
  }
  return Lines;
}

std::string describe(llvm::StringRef Text, const std::vector<Token> &Tokens) {
  std::string Out;
  for (const Token &T : Tokens)
    Out += "[" + Text.slice(T.Begin, T.End).str() + "|" + T.Folded.str() + "|" +
           std::to_string(T.Flags) + "]";
  return Out;
}

/// The fast path gives ICU's tokens, folded forms and flags for \p Text;
/// false when it declined the text.
bool fastPathAgrees(Segmenter &S, llvm::StringRef Text) {
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver(Arena);
  std::vector<Token> Fast, Icu;
  if (!Segmenter::wordsByFastPath(Text, Saver, Fast))
    return false;
  S.wordsByIcu(Text, Saver, Icu);
  INFO("text: " << Text.str() << "\nfast: " << describe(Text, Fast)
                << "\nICU:  " << describe(Text, Icu));
  REQUIRE(Fast.size() == Icu.size());
  for (size_t I = 0; I < Fast.size(); ++I) {
    REQUIRE(Fast[I].Begin == Icu[I].Begin);
    REQUIRE(Fast[I].End == Icu[I].End);
    REQUIRE(Fast[I].Folded == Icu[I].Folded);
    REQUIRE(Fast[I].Flags == Icu[I].Flags);
  }
  return true;
}

/// The sentence fast path gives ICU's sentence ends for the line \p Text;
/// false when it declined the line.
bool sentenceFastPathAgrees(Segmenter &S, llvm::StringRef Text) {
  std::vector<uint32_t> Fast, Icu;
  if (!Segmenter::sentenceEndsByFastPath(Text, Fast))
    return false;
  S.sentenceEndsByIcu(Text, Icu);
  INFO("text: " << Text.str());
  REQUIRE(Fast == Icu);
  return true;
}

/// Case folding and NFC by ICU alone, what foldText's shortcut must equal.
std::string foldByIcu(llvm::StringRef Text) {
  UErrorCode Status = U_ZERO_ERROR;
  icu::UnicodeString U = icu::UnicodeString::fromUTF8(
      icu::StringPiece(Text.data(), Text.size()));
  U.foldCase();
  U = icu::Normalizer2::getNFCInstance(Status)->normalize(U, Status);
  std::string Out;
  U.toUTF8String(Out);
  return Out;
}

} // namespace

TEST_CASE("foldText gives ICU's folding on every corpus line", "[text][segmenter]") {
  for (const std::string &Line : corpusLines())
    REQUIRE(foldText(Line) == foldByIcu(Line));
  for (const char *Text : {"ÀÉÖØÞ×÷ß", "Ǆ ǅ İ", "µ ª", "A\xCC\x88"})
    CHECK(foldText(Text) == foldByIcu(Text));
}

/// Calls \p Check on 20,000 random texts of 1 to 24 of \p Pieces, half of
/// them drawn from the first \p Weighted so that those meet often; the
/// number of texts Check compared rather than declined.
size_t checkRandomTexts(llvm::ArrayRef<const char *> Pieces, size_t Weighted,
                        uint32_t Seed, llvm::function_ref<bool(llvm::StringRef)> Check) {
  std::mt19937 Random(Seed);
  std::uniform_int_distribution<size_t> Piece(0, Pieces.size() - 1);
  std::uniform_int_distribution<size_t> Length(1, 24);
  size_t Compared = 0;
  for (int N = 0; N < 20000; ++N) {
    std::string Text;
    for (size_t I = 0, L = Length(Random); I < L; ++I)
      Text += Pieces[Random() % 2 ? Piece(Random) : Piece(Random) % Weighted];
    Compared += Check(Text);
  }
  return Compared;
}

TEST_CASE("the Latin fast paths give ICU's words and sentences on every corpus line",
          "[text][segmenter]") {
  Segmenter S;
  size_t Lines = 0, FastWords = 0, FastSentences = 0;
  for (const std::string &Line : corpusLines()) {
    ++Lines;
    FastWords += fastPathAgrees(S, Line);
    FastSentences += sentenceFastPathAgrees(S, llvm::StringRef(Line).rtrim('\r'));
  }
  // Case documentation is Latin script: every line takes the fast paths.
  CHECK(Lines > 10000);
  CHECK(FastWords == Lines);
  CHECK(FastSentences == Lines);
}

TEST_CASE("the Latin fast path gives ICU's words on random text",
          "[text][segmenter]") {
  // Every class the fast path knows, with letters weighted up so that words
  // and the characters that join them meet often.
  static const char *const Pieces[] = {
      "a", "b", "k", "z", "A", "Q", "å", "ä", "ö", "Å", "Ä", "Ö", "é", "ü", "ß",
      "ł", "Ş", "ǅ", "ở", "Ở", "ẞ", "ẖ", "ª", "µ", "º", "0", "7", "9", ":", ".", "'", ",", ";", "’",
      "‘", "·", "‧", "․", " ", " ", "\n", "\t", "-", "–", "—", "\"", "”", "“",
      "„", "«", "»", "(", ")", "/", "@", "#", "%", "&", "?", "!", "§", "°",
      "€", "×", "÷", "…", "•", "²", "½", "‰", "′", "→", "−", "⍽", "␣", "●", "✓", "™",
      "¨", "´", "¸", "\r", "\x01", "\x7f", "_"};
  Segmenter S;
  CHECK(checkRandomTexts(Pieces, 12, 20261202,
                         [&](llvm::StringRef Text) { return fastPathAgrees(S, Text); }) ==
        20000);
}

TEST_CASE("the sentence fast path gives ICU's sentences on random text",
          "[text][segmenter]") {
  // Each Sentence_Break class, with terminators, closing marks and spaces
  // weighted up so that the rules meet often; and what the fast path
  // leaves to ICU (terminators beyond ASCII, soft hyphen, a combining
  // mark, a carriage return).
  static const char *const Pieces[] = {
      ".", "!", "?", " ", ")", "”", "a", "A", "3", ",", ":", "-", "\xC2\xA0",
      "'", "\"", "(", "«", "»", "“", "’", ";", "å", "Ö", "ß", "ª", "é", "ǅ", "ʻ",
      "…", "–", "/", "\t", "‼", "。", "¿", "\xC2\xAD", "\xCC\x81", "\r", "x", "Q", "0"};
  Segmenter S;
  // Only texts with a piece left to ICU are declined: most are compared.
  CHECK(checkRandomTexts(Pieces, 13, 20261206, [&](llvm::StringRef Text) {
          return sentenceFastPathAgrees(S, Text);
        }) > 10000);
}

TEST_CASE("segmenter: isFolded is true only where folding changes nothing",
          "[text][segmenter]") {
  // Exact for ASCII and Latin-1.
  for (llvm::StringRef Word : {"sjuksköterska", "hälso", "åberg", "café", "x", "", "t.ex",
                               "Åberg", "Stockholm", "STRASSE", "straße", "ÉMILE"}) {
    INFO("word: " << Word.str());
    CHECK(isFolded(Word) == (foldText(Word) == Word));
  }
  // Beyond them, left to foldText.
  for (llvm::StringRef Word : {"ǅ", "Ωmega", "ω", "ﬁ", "e\xCC\x81"}) {
    INFO("word: " << Word.str());
    CHECK_FALSE(isFolded(Word));
  }
}
