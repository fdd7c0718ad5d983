// Tests for Text/Speller: Hunspell's sv_SE asked whether a word is right,
// the correction one edit away for the typos Swedish writers make, the
// document's own vocabulary first, the cache, and calls from many threads.
// Needs /usr/share/hunspell/sv_SE.{aff,dic}.
#include "Text/Segmenter.h"
#include "Text/Speller.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <catch2/catch.hpp>
#include <hunspell/atypes.hxx>
#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <chrono>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace ibic;
using namespace std::string_literals;

namespace {

bool haveSwedishDictionary() {
  return llvm::sys::fs::exists("/usr/share/hunspell/sv_SE.aff") &&
         llvm::sys::fs::exists("/usr/share/hunspell/sv_SE.dic");
}

/// Skips the rest of a test case on a machine without sv_SE.
#define REQUIRE_SWEDISH_DICTIONARY()                                           \
  do {                                                                         \
    if (!haveSwedishDictionary()) {                                            \
      WARN("sv_SE Hunspell dictionary missing; speller tests skipped");        \
      return;                                                                  \
    }                                                                          \
  } while (false)

/// sv_SE, opened once per process (loading it takes tens of milliseconds).
const Dictionary &swedish() {
  static std::shared_ptr<Dictionary> D = [] {
    llvm::Expected<std::shared_ptr<Dictionary>> Opened =
        Dictionary::open("/usr/share/hunspell", "sv_SE");
    REQUIRE(static_cast<bool>(Opened));
    return *Opened;
  }();
  return *D;
}

struct Typo {
  const char *Written, *Meant;
};

/// Typos a person corrects without hesitating, by the kind of edit that
/// makes them. The engine tries the likeliest kinds first; each expectation
/// is the word a Swedish reader would restore.
const Typo CommonTypos[] = {
    // Two neighbouring letters swapped.
    {"dsuch", "dusch"},
    {"hjäpl", "hjälp"},
    {"persoanlen", "personalen"},
    {"bruakren", "brukaren"},
    {"mrogon", "morgon"},
    {"medicniner", "mediciner"},
    {"rolaltor", "rollator"},
    {"tandbortsning", "tandborstning"},
    // A letter missing.
    {"promenrade", "promenerade"},
    {"hjäp", "hjälp"},
    {"medciner", "mediciner"},
    {"undrsköterska", "undersköterska"},
    {"tvättsuga", "tvättstuga"},
    {"duschde", "duschade"},
    // A letter too many.
    {"hjälkp", "hjälp"},
    {"dustcha", "duscha"},
    // A consonant doubled or not.
    {"käna", "känna"},
    {"personallen", "personalen"},
    {"komer", "kommer"},
    {"tilsammans", "tillsammans"},
    {"altid", "alltid"},
    {"midag", "middag"},
    {"prommenerar", "promenerar"},
    {"meddicin", "medicin"},
    {"rullstool", "rullstol"},
    // å, ä or ö lost to a keyboard or an export without them.
    {"maltider", "måltider"},
    {"garna", "gärna"},
    {"hjalp", "hjälp"},
    {"formiddag", "förmiddag"},
    {"lakare", "läkare"},
    {"tvatt", "tvätt"},
    {"sjukskoterska", "sjuksköterska"},
    {"dorren", "dörren"},
    {"hemtjanst", "hemtjänst"},
    // e written for ä.
    {"hjelp", "hjälp"},
    {"lekemedel", "läkemedel"},
    // A key next to the one meant.
    {"duscj", "dusch"},
    {"hjälo", "hjälp"},
    {"frukpst", "frukost"},
    {"morhon", "morgon"},
    {"lunxh", "lunch"},
};

using Likelihood = SpellingCache::Typo;

/// The correction of \p Word, and how likely a typo it is.
std::pair<std::string, Likelihood> corrected(SpellingCache &Cache, llvm::StringRef Word) {
  Likelihood How = Likelihood::Unlikely;
  std::string Suggestion = Cache.suggestion(Word, nullptr, &How);
  return {Suggestion, How};
}

} // namespace

TEST_CASE("speller: a missing dictionary is an error that names it",
          "[text][speller]") {
  llvm::Expected<std::shared_ptr<Dictionary>> D =
      Dictionary::open("/nonexistent/hunspell", "xx_XX");
  REQUIRE_FALSE(static_cast<bool>(D));
  std::string Message = llvm::toString(D.takeError());
  CHECK_THAT(Message, Catch::Contains("xx_XX"));
  CHECK_THAT(Message, Catch::Contains("/nonexistent/hunspell"));
  CHECK_THAT(Message, Catch::Contains("finns inte"));
}

TEST_CASE("speller: a dictionary with only one of its two files is missing",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // sv_SE.aff exists next to a .dic of another name: not enough.
  llvm::SmallString<128> Dir;
  REQUIRE_FALSE(llvm::sys::fs::createUniqueDirectory("ibic-speller", Dir));
  llvm::SmallString<128> Aff(Dir);
  Aff += "/sv_XX.aff";
  REQUIRE_FALSE(llvm::sys::fs::copy_file("/usr/share/hunspell/sv_SE.aff", Aff));
  llvm::Expected<std::shared_ptr<Dictionary>> D = Dictionary::open(Dir, "sv_XX");
  CHECK_FALSE(static_cast<bool>(D));
  if (!D)
    CHECK_THAT(llvm::toString(D.takeError()), Catch::Contains("sv_XX"));
  llvm::sys::fs::remove_directories(Dir);
}

TEST_CASE("speller: the word list's stems, folded, as written and begun",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // A word list of our own: capitals of both kinds, a compound head, a
  // Windows line end and a stem too short to count.
  llvm::SmallString<128> Dir;
  REQUIRE_FALSE(llvm::sys::fs::createUniqueDirectory("ibic-stems", Dir));
  llvm::SmallString<128> Aff(Dir), Dic(Dir);
  Aff += "/sv_XX.aff";
  Dic += "/sv_XX.dic";
  REQUIRE_FALSE(llvm::sys::fs::copy_file("/usr/share/hunspell/sv_SE.aff", Aff));
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Dic, EC);
    REQUIRE_FALSE(EC);
    OS << "6\nsjuksköterska/A\nÅberg/A\nhälso/UXZ\r\nStockholm\nab\nÖrebro/A";
  }
  llvm::Expected<std::shared_ptr<Dictionary>> D = Dictionary::open(Dir, "sv_XX");
  REQUIRE(static_cast<bool>(D));
  const Dictionary &List = **D;
  CHECK(List.isStem("hälso"));
  CHECK(List.isStem("åberg"));
  CHECK(List.isStem("stockholm"));
  CHECK(List.isStem("örebro"));
  CHECK_FALSE(List.isStem("ab"));
  CHECK_FALSE(List.isStem("sjuksk"));
  CHECK(List.beginsWord("sjuksk"));
  CHECK(List.beginsWord("åbe"));
  CHECK(List.beginsWord("stock"));
  CHECK_FALSE(List.beginsWord("sjuksköterska"));
  CHECK_FALSE(List.beginsWord("xyz"));
  llvm::sys::fs::remove_directories(Dir);
}

TEST_CASE("speller: words, inflections and compounds Hunspell accepts",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  SpellingCache Cache(swedish());
  for (const char *Word :
       {"dusch", "hemtjänst", "hemtjänsten", "promenerade", "personalen",
        "måltider", "gärna", "känna", "undersköterska", "tiderna",
        // Compounds Hunspell builds from parts.
        "kvällsdusch", "kvällsduschen", "omsorgspersonal", "tandborstning",
        // Capitalised at the start of a sentence.
        "Hemtjänsten", "Promenerade"}) {
    INFO(Word);
    CHECK(Cache.known(Word));
    CHECK(swedish().spell(Word));
  }
  for (const char *Word : {"promenrade", "käna", "maltider", "dsuch", "xqzvw"}) {
    INFO(Word);
    CHECK_FALSE(Cache.known(Word));
  }
}

TEST_CASE("speller: without compounds, the same answers before and after "
          "its own instance has loaded",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // A dictionary of its own (another folder), asked at once: the first
  // answers come from the instance with compounds, told to refuse them,
  // while the one without compounds still loads; the later ones from that.
  llvm::SmallString<128> Dir;
  REQUIRE_FALSE(llvm::sys::fs::createUniqueDirectory("ibic-speller", Dir));
  for (const char *Ext : {".aff", ".dic"})
    REQUIRE_FALSE(llvm::sys::fs::copy_file(std::string("/usr/share/hunspell/sv_SE") + Ext,
                                           (Dir + "/sv_SE" + Ext).str()));
  llvm::Expected<std::shared_ptr<Dictionary>> Fresh = Dictionary::open(Dir, "sv_SE");
  REQUIRE(static_cast<bool>(Fresh));
  const std::pair<const char *, bool> Expected[] = {
      {"dusch", true},         {"hemtjänsten", true},   {"sjuksköterskan", true},
      {"LSS-boende", true},    {"dsuch", false},        {"xyzzy", false},
      // Only as compounds: "natt"+"tillsyn", "dusch"+"stol".
      {"nattillsyn", false},   {"duschstol", false},
      // Accepted part by part at the hyphen, reported as no compound.
      {"hiv-testakrylat", false},
  };
  for (int Round = 0; Round < 2; ++Round) {
    for (auto [Word, Known] : Expected) {
      INFO(Word << ", round " << Round);
      CHECK((*Fresh)->spellWithoutCompounds(Word) == Known);
    }
    // Long enough for the second instance to load (about 0.1 s alone).
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  Fresh->reset();
  llvm::sys::fs::remove_directories(Dir);
}

TEST_CASE("speller: the first suggestion for common Swedish typos",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  SpellingCache Cache(swedish());
  for (const Typo &T : CommonTypos) {
    INFO(T.Written << " should be " << T.Meant);
    // Each really is a typo, and the correction a word.
    CHECK_FALSE(Cache.known(T.Written));
    CHECK(Cache.known(T.Meant));
    CHECK(Cache.suggestion(T.Written) == T.Meant);
  }
}

TEST_CASE("speller: a dropped letter before a final consonant is restored, "
          "not the consonant deleted",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // A lost vowel in an ending ("-en", "-or") is among the commonest typos:
  // a missing letter ranks before an extra one, so "matn" is "maten", not
  // "mat".
  SpellingCache Cache(swedish());
  CHECK(Cache.suggestion("matn") == "maten");
  CHECK(Cache.suggestion("nattn") == "natten");
  CHECK(Cache.suggestion("hemtjänstn") == "hemtjänsten");
  CHECK(Cache.suggestion("rollatr") == "rollator");
  // The same rule decides where both readings are Swedish words one edit
  // away and only word frequencies could tell them apart (which the
  // dictionary does not have): the missing letter wins.
  CHECK(Cache.suggestion("morgoen") == "morgonen"); // or "morgon"
  CHECK(Cache.suggestion("frukostr") == "frukostar"); // or "frukost"
}

TEST_CASE("speller: a vowel written for another is corrected when no likelier edit is a word",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // Loanwords of care work: the writer hears the word and guesses its
  // vowel. Not a likely typo: a capital word so spelt may still be a name.
  SpellingCache Cache(swedish());
  CHECK(corrected(Cache, "arbetsterapauten") == std::pair{"arbetsterapeuten"s, Likelihood::Unlikely});
  CHECK(Cache.suggestion("medecin") == "medicin");
  // A vowel that is also a lost å, ä or ö stays that likeliest kind.
  CHECK(corrected(Cache, "sjukskoterska") == std::pair{"sjuksköterska"s, Likelihood::Likeliest});
}

TEST_CASE("speller: å and ä mixed up are likely typos",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // One above the other on the keyboard, and a likely typo, so that a word
  // so spelt first in a sentence is checked, not taken for a name.
  SpellingCache Cache(swedish());
  CHECK(corrected(Cache, "Mältiden") == std::pair{"Måltiden"s, Likelihood::Likely});
}

TEST_CASE("speller: one vowel put for another", "[text][speller]") {
  CHECK(SpellingCache::vowelForVowel("Medecinen", "Medicinen"));
  CHECK(SpellingCache::vowelForVowel("ansöken", "ansökan"));
  CHECK_FALSE(SpellingCache::vowelForVowel("Marjatta", "Marmatta"));
  CHECK_FALSE(SpellingCache::vowelForVowel("tilsammans", "tillsammans"));
  CHECK_FALSE(SpellingCache::vowelForVowel("Medecinen", "Medecinen"));
  CHECK_FALSE(SpellingCache::vowelForVowel("medecinan", "medicinen"));
}

TEST_CASE("speller: one letter put for a key beside it", "[text][speller]") {
  CHECK(SpellingCache::neighbourKey("Blodtrycjet", "Blodtrycket"));
  CHECK_FALSE(SpellingCache::neighbourKey("Blodtrycjet", "Blodtrycjet"));
  CHECK_FALSE(SpellingCache::neighbourKey("Blodtrupet", "Blodtrycket"));
  CHECK_FALSE(SpellingCache::neighbourKey("Medecinen", "Medicinen"));
}

TEST_CASE("speller: a typo inside one part of a compound is mended in that part",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // A letter missing in the head, in its middle or in the tail: no word
  // one edit away the dictionary knows without compounds, so the part is
  // mended alone where the other part is a word. A likely kind, so a
  // capitalised word so spelt first in a sentence is no name.
  SpellingCache Cache(swedish());
  CHECK(corrected(Cache, "genomförandplanen") == std::pair{"genomförandeplanen"s, Likelihood::Likely});
  CHECK(Cache.suggestion("genomförndeplanen") == "genomförandeplanen");
  CHECK(Cache.suggestion("genomförandeplnen") == "genomförandeplanen");
  CHECK(Cache.suggestion("Arbetsterapeutn") == "Arbetsterapeuten");
  // Two words already, or a part too short to tell a word from chance: no
  // mending ("kommunikations" + "lapp", "behå" + "överjag").
  CHECK(Cache.joinsTwoWords("kommunikationsapp") == SpellingCache::Join::Words);
  // A man's "-manna-" link; an "s" link before an s, where the double s
  // that a doubled-letter slip also makes is the seam ("dagsstruktur").
  CHECK(Cache.joinsTwoWords("kontaktmannasamtal") == SpellingCache::Join::Words);
  CHECK(Cache.joinsTwoWords("dagsstruktur") == SpellingCache::Join::LinkBeforeS);
  CHECK(Cache.suggestion("kommunikationsapp").empty());
  CHECK(Cache.suggestion("behöverjag") != "behåöverjag");
}

TEST_CASE("speller: a missing letter outside the most frequent is found",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // Every letter of the .aff's TRY line is inserted, 'c' too, and an edit
  // that keeps the first letter beats a keyboard slip of it ("rusha").
  SpellingCache Cache(swedish());
  CHECK(Cache.suggestion("dusha") == "duscha");
}

TEST_CASE("speller: a swap into an unlikely compound does not beat the word meant",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // Candidates are asked of the dictionary without compounds, so
  // "brukarean" (an 'a' too many in "brukaren") does not become
  // "burkarean" (burk + area); of two swaps the one that keeps more of the
  // word's start wins ("frukost", not "fruktos").
  SpellingCache Cache(swedish());
  CHECK(Cache.suggestion("brukarean") == "brukaren");
  CHECK(Cache.suggestion("frukots") == "frukost");
}

TEST_CASE("speller: a capitalised typo gets a capitalised suggestion",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  SpellingCache Cache(swedish());
  CHECK(Cache.suggestion("Dsuch") == "Dusch");
  CHECK(Cache.suggestion("Maltider") == "Måltider");
  CHECK(Cache.suggestion("Käna") == "Känna");
  // The lower-case answer is cached under the lower-case word; asking in
  // either case later gives each its own capitalisation.
  CHECK(Cache.suggestion("promenrade") == "promenerade");
  CHECK(Cache.suggestion("Promenrade") == "Promenerade");
  CHECK(Cache.suggestion("promenrade") == "promenerade");
}

TEST_CASE("speller: a word the document spells right elsewhere comes first",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  SpellingCache Cache(swedish());
  // Alone, "tidena" is one edit from "tiden" (a letter too many) before
  // "tiderna" (a letter missing).
  CHECK(Cache.suggestion("tidena") == "tiden");
  auto Vocabulary = [](llvm::StringRef W) { return W == "tiderna"; };
  CHECK(Cache.suggestion("tidena", Vocabulary) == "tiderna");
  CHECK(Cache.suggestion("Tidena", Vocabulary) == "Tiderna");
  // A vocabulary word the dictionary does not know is not suggested, and
  // the answer without a vocabulary is not changed by having asked.
  auto Misspelt = [](llvm::StringRef W) { return W == "tidenas"; };
  CHECK(Cache.suggestion("tidena", Misspelt) == "tiden");
  CHECK(Cache.suggestion("tidena") == "tiden");
}

TEST_CASE("speller: no suggestion for a very long or one-letter word",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  SpellingCache Cache(swedish());
  std::string Nonsense = "qxzvwkjqxzvwkjqxzvwkjqxzvwkjqxzvwkjqxzvwkjqxz";
  REQUIRE(Nonsense.size() == 45);
  CHECK_FALSE(Cache.known(Nonsense));
  CHECK(Cache.suggestion(Nonsense) == "");
  // Nonsense of a usual length has nothing one edit away either.
  CHECK(Cache.suggestion("qxzvwk") == "");
  CHECK(Cache.suggestion("q") == "");
  CHECK(Cache.suggestion("") == "");
}

TEST_CASE("speller: the cache answers the same word the same way",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  SpellingCache Cache(swedish());
  for (const char *Word : {"promenrade", "hemtjänsten", "qxzvwk", "Maltider"}) {
    INFO(Word);
    bool Known = Cache.known(Word);
    std::string Suggested = Cache.suggestion(Word);
    CHECK(Cache.known(Word) == Known);
    CHECK(Cache.suggestion(Word) == Suggested);
    CHECK(Known == swedish().spell(Word));
  }
  // Two caches over one dictionary agree (each audit or memory has its own).
  SpellingCache Other(swedish());
  CHECK(Other.suggestion("promenrade") == Cache.suggestion("promenrade"));
}

TEST_CASE("speller: a cache keeps no case's words for the next case",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  SpellingCache Cache(swedish());
  // A case that writes "tiderna" gets it for "tidena"; the next case, which
  // does not, must get the dictionary's own answer, as from a fresh cache.
  auto Case = [](llvm::StringRef W) { return W == "tiderna"; };
  CHECK(Cache.suggestion("tidena", Case) == "tiderna");
  CHECK(Cache.suggestion("tidena") == SpellingCache(swedish()).suggestion("tidena"));
  CHECK(Cache.suggestion("tidena") != "tiderna");
}

TEST_CASE("speller: four threads at once get the single-threaded answers",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  std::vector<std::string> Words;
  for (const Typo &T : CommonTypos) {
    Words.push_back(T.Written);
    Words.push_back(T.Meant);
  }
  for (const char *W : {"kvällsdusch", "Hemtjänsten", "qxzvwk", "tidena", "Dsuch"})
    Words.push_back(W);
  // Answers from one thread, with a cache of their own.
  std::vector<bool> Spelt, Known;
  std::vector<std::string> Suggested;
  {
    SpellingCache Single(swedish());
    for (const std::string &W : Words) {
      Spelt.push_back(swedish().spell(W));
      Known.push_back(Single.known(W));
      Suggested.push_back(Single.suggestion(W));
    }
  }
  // Each thread asks every word several times in its own order, through
  // one shared cache (as the threads of one audit do) and the dictionary
  // directly; Hunspell is not thread-safe, so this also grows the pool.
  SpellingCache Shared(swedish());
  constexpr unsigned Threads = 4, Rounds = 3;
  std::vector<std::vector<std::string>> Wrong(Threads);
  std::vector<std::thread> Pool;
  for (unsigned N = 0; N < Threads; ++N)
    Pool.emplace_back([&, N] {
      std::vector<size_t> Order(Words.size());
      for (size_t I = 0; I < Order.size(); ++I)
        Order[I] = I;
      std::mt19937 Random(N + 1);
      for (unsigned R = 0; R < Rounds; ++R) {
        std::shuffle(Order.begin(), Order.end(), Random);
        for (size_t I : Order) {
          const std::string &W = Words[I];
          if (swedish().spell(W) != Spelt[I])
            Wrong[N].push_back("spell " + W);
          if (Shared.known(W) != Known[I])
            Wrong[N].push_back("known " + W);
          if (Shared.suggestion(W) != Suggested[I])
            Wrong[N].push_back("suggestion " + W);
        }
      }
    });
  for (std::thread &T : Pool)
    T.join();
  for (unsigned N = 0; N < Threads; ++N) {
    INFO("thread " << N << ": " << (Wrong[N].empty() ? "" : Wrong[N].front()));
    CHECK(Wrong[N].empty());
  }
}

TEST_CASE("speller: a known word and an ending of its own is no likely typo",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // A definite -n after -er, or a verb's -a after a consonant, is more
  // often a form the dictionary lacks than a letter too many; after a
  // definite form the -a is a typo ("uppgiftena": uppgifterna).
  SpellingCache Cache(swedish());
  CHECK(corrected(Cache, "medicindispensern") == std::pair{"medicindispenser"s, Likelihood::Unlikely});
  CHECK(corrected(Cache, "arbetsuppgiftena").second != Likelihood::Unlikely);
  // A lost å, ä or ö is the likeliest kind of all ("kanner": känner).
  CHECK(corrected(Cache, "kanner") == std::pair{"känner"s, Likelihood::Likeliest});
}

TEST_CASE("speller: every word Hunspell accepts without compounds is one the "
          "stems may make",
          "[text][speller]") {
  REQUIRE_SWEDISH_DICTIONARY();
  // The answer without compounds is no, without Hunspell, when the stems
  // say no form of theirs is the word: a word they rule out that Hunspell
  // accepts would be a right correction never offered, or a typo reported
  // for a right word. Hunspell itself is the judge: accepted, and not as a
  // compound it built.
  Hunspell Judge("/usr/share/hunspell/sv_SE.aff", "/usr/share/hunspell/sv_SE.dic");
  auto AcceptedAlone = [&](const std::string &Word) {
    int Info = 0;
    return Judge.spell(Word, &Info) && !(Info & SPELL_COMPOUND);
  };
  // The words of the sample corpus and of tuning sentence sets (fictional
  // notes, typos among them), and forms that strip a stem's end or join a
  // suffix to a stem of two letters.
  std::set<std::string> Words = {"pojkar", "byarna", "ögonen", "männen", "gick",
                                 "sjuksköterskorna", "tog", "ökade", "öl"};
  std::vector<std::string> Files;
  std::error_code EC;
  for (const char *Dir : {"/corpora/sample/text", "/corpora/sprak"})
    for (llvm::sys::fs::directory_iterator It(IBIC_SOURCE_DIR + std::string(Dir), EC), End;
         It != End && !EC; It.increment(EC))
      if (llvm::StringRef Name = llvm::sys::path::filename(It->path());
          Name.endswith(".txt") || Name.startswith("tuning-4"))
        Files.push_back(It->path());
  for (const std::string &File : Files) {
    auto Text = llvm::MemoryBuffer::getFile(File);
    REQUIRE(Text);
    for (const Word &W : splitWords((*Text)->getBuffer()))
      Words.insert(W.Folded);
  }
  REQUIRE(Words.size() > 1000);
  // And what a correction asks: each word with a letter left out.
  std::vector<std::string> Asked(Words.begin(), Words.end());
  for (const std::string &W : Words) {
    std::vector<size_t> Starts;
    for (size_t I = 0; I < W.size(); ++I)
      if ((static_cast<unsigned char>(W[I]) & 0xC0) != 0x80)
        Starts.push_back(I);
    Starts.push_back(W.size());
    for (size_t I = 0; I + 1 < Starts.size(); I += 3)
      Asked.push_back(W.substr(0, Starts[I]) + W.substr(Starts[I + 1]));
  }
  size_t RuledOut = 0;
  for (const std::string &W : Asked) {
    bool May = swedish().mayBeSimpleWord(W);
    RuledOut += !May;
    if (!May) {
      INFO(W);
      CHECK_FALSE(AcceptedAlone(W));
    }
  }
  // And it saves Hunspell a share of them: four in ten of these (of all
  // the edits a small plan's corrections try, five in six).
  CHECK(RuledOut * 3 > Asked.size());
}
