// Tests for Text/Sentences: ICU's sentence breaks with Swedish
// abbreviations that do not end a sentence, and line breaks that do.
#include "Text/Sentences.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ibic;

namespace {

using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;

std::vector<std::string> sentences(llvm::StringRef Text) {
  std::vector<std::string> Out;
  for (auto [Begin, End] : splitSentences(Text))
    Out.push_back(Text.slice(Begin, End).str());
  return Out;
}

using Strings = std::vector<std::string>;

} // namespace

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
