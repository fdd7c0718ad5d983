#include "Speller.h"

#include "llvm/ADT/Hashing.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/LineIterator.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cmath>
#include <optional>
#include <thread>
#include <string_view>

namespace ibic {
namespace {

std::u32string decode(llvm::StringRef Text) {
  std::u32string Out;
  for (int32_t I = 0, Size = Text.size(); I < Size;) {
    UChar32 C;
    U8_NEXT(Text.data(), I, Size, C);
    Out += C < 0 ? U'\uFFFD' : char32_t(C);
  }
  return Out;
}

std::string encode(const std::u32string &Text) {
  std::string Out;
  for (char32_t C : Text) {
    char Buffer[4];
    int32_t Length = 0;
    U8_APPEND_UNSAFE(Buffer, Length, C);
    Out.append(Buffer, Length);
  }
  return Out;
}

/// The TRY line of an .aff file: letters in the order Hunspell tries them.
std::u32string tryLine(llvm::StringRef AffPath) {
  auto Buffer = llvm::MemoryBuffer::getFile(AffPath);
  if (!Buffer)
    return U"aerndtislogmkpbhfjuväcöåyqxzvw";
  for (llvm::line_iterator It(**Buffer); !It.is_at_end(); ++It)
    if (It->startswith("TRY "))
      return decode(It->drop_front(4).trim());
  return U"aerndtislogmkpbhfjuväcöåyqxzvw";
}

/// Letters a keyboard without å, ä and ö loses.
const std::pair<char32_t, char32_t> RestoredLetters[] = {
    {U'a', U'ä'}, {U'a', U'å'}, {U'o', U'ö'}};
/// Swedish QWERTY rows, each shifted right of the one above as on a
/// keyboard: a finger that slips lands on a neighbour.
const char32_t *const KeyboardRows[] = {U"qwertyuiopå", U"asdfghjklöä", U"zxcvbnm"};
const double RowShift[] = {0, 0.25, 0.75};

/// The keys around \p Letter.
std::u32string keyboardNeighbours(char32_t Letter) {
  std::u32string Out;
  for (int R = 0; R < 3; ++R) {
    std::u32string_view Row = KeyboardRows[R];
    size_t At = Row.find(Letter);
    if (At == std::u32string_view::npos)
      continue;
    double X = At + RowShift[R];
    for (int Other = 0; Other < 3; ++Other) {
      if (std::abs(Other - R) > 1)
        continue;
      std::u32string_view Near = KeyboardRows[Other];
      for (size_t K = 0; K < Near.size(); ++K)
        if (std::abs(K + RowShift[Other] - X) <= 1.0 && !(Other == R && K == At))
          Out += Near[K];
    }
  }
  return Out;
}

/// Letters Swedish writers confuse because they sound alike.
const std::pair<char32_t, char32_t> SoundAlikes[] = {{U'e', U'ä'}, {U'ä', U'e'}};

} // namespace

llvm::Expected<std::shared_ptr<Dictionary>> Dictionary::open(llvm::StringRef Dir,
                                                             llvm::StringRef Name) {
  llvm::SmallString<256> Aff(Dir), Dic(Dir);
  llvm::sys::path::append(Aff, Name + ".aff");
  llvm::sys::path::append(Dic, Name + ".dic");
  if (!llvm::sys::fs::exists(Aff) || !llvm::sys::fs::exists(Dic))
    return llvm::createStringError(
        std::errc::no_such_file_or_directory,
        "ordlistan %s finns inte i %s (installera hunspell-sv eller ange en "
        "annan mapp med dictionaries i konfigurationen)",
        Name.str().c_str(), Dir.str().c_str());
  std::shared_ptr<Dictionary> D(new Dictionary());
  D->Try = tryLine(Aff);
  D->AffPath = Aff.str().str();
  D->DicPath = Dic.str().str();
  return D;
}

Dictionary::~Dictionary() {
  if (Loaded.valid())
    Loaded.wait();
}

void Dictionary::prefetch() const {
  std::call_once(Started, [&] {
    Loaded = std::async(std::launch::async, [Aff = AffPath, Dic = DicPath] {
               return std::make_shared<Hunspell>(Aff.c_str(), Dic.c_str());
             }).share();
  });
}

bool Dictionary::grow() const {
  std::lock_guard<std::mutex> Guard(GrowLock);
  unsigned N = Ready.load();
  if (N >= std::min(MaxInstances, std::max(1u, std::thread::hardware_concurrency())))
    return false;
  auto In = std::make_unique<Instance>();
  if (N == 0) {
    prefetch();
    In->Speller = Loaded.get();
  } else {
    In->Speller = std::make_shared<Hunspell>(AffPath.c_str(), DicPath.c_str());
  }
  Instances[N] = std::move(In);
  Ready = N + 1;
  return true;
}

bool Dictionary::spell(llvm::StringRef Word) const {
  std::string W = Word.str();
  for (;;) {
    for (unsigned I = 0, N = Ready.load(); I < N; ++I) {
      std::unique_lock<std::mutex> Guard(Instances[I]->Lock, std::try_to_lock);
      if (Guard.owns_lock())
        return Instances[I]->Speller->spell(W);
    }
    if (!grow())
      break;
  }
  // Every instance is busy and the pool is full: wait for one.
  Instance &In = *Instances[std::hash<std::thread::id>()(std::this_thread::get_id()) % Ready.load()];
  std::lock_guard<std::mutex> Guard(In.Lock);
  return In.Speller->spell(W);
}

SpellingCache::Shard &SpellingCache::shardFor(llvm::StringRef Word) {
  return Shards[llvm::hash_value(Word) % Shards.size()];
}

bool SpellingCache::known(llvm::StringRef Word) {
  Shard &S = shardFor(Word);
  {
    std::lock_guard<std::mutex> Guard(S.Lock);
    auto It = S.Known.find(Word);
    if (It != S.Known.end())
      return It->second;
  }
  bool Known = Dict.spell(Word);
  std::lock_guard<std::mutex> Guard(S.Lock);
  S.Known.try_emplace(Word, Known);
  return Known;
}

std::string SpellingCache::suggestion(llvm::StringRef Word,
                                      const llvm::StringSet<> *Vocabulary) {
  std::u32string Letters = decode(Word);
  // Suggest for the lower-case word and give the result the writer's capital.
  bool Capital = !Letters.empty() && u_isupper(Letters.front());
  if (Capital)
    Letters.front() = u_tolower(Letters.front());
  auto Finish = [&](std::string Found) {
    if (Capital && !Found.empty()) {
      std::u32string F = decode(Found);
      F.front() = u_toupper(F.front());
      Found = encode(F);
    }
    return Found;
  };
  // A word the writer spells right elsewhere in the document is most likely
  // the one meant ("tiderna" for "tidena"), whatever the edit.
  if (Vocabulary && !Vocabulary->empty()) {
    std::string InDocument;
    forEachEdit(Letters, [&](const std::u32string &Candidate, unsigned) {
      std::string Text = encode(Candidate);
      if (!Vocabulary->count(Text) || !known(Text))
        return false;
      InDocument = std::move(Text);
      return true;
    });
    if (!InDocument.empty())
      return Finish(InDocument);
  }
  std::string Lower = encode(Letters);
  Shard &S = shardFor(Lower);
  {
    std::lock_guard<std::mutex> Guard(S.Lock);
    auto It = S.Suggestions.find(Lower);
    if (It != S.Suggestions.end())
      return Finish(It->second);
  }
  std::string Found = computeSuggestion(Letters);
  std::lock_guard<std::mutex> Guard(S.Lock);
  S.Suggestions.try_emplace(Lower, Found);
  return Finish(Found);
}

void SpellingCache::forEachEdit(
    const std::u32string &Word,
    llvm::function_ref<bool(const std::u32string &, unsigned Tier)> Visit) const {
  auto Try = [&](const std::u32string &C, unsigned Tier) {
    return C != Word && !C.empty() && Visit(C, Tier);
  };
  // Tier 1: the typos people make most: å, ä or ö lost to a keyboard
  // without them ("maltider"), a single or doubled consonant ("käna",
  // "personallen"), e for ä, two letters swapped.
  auto Replace = [&](llvm::ArrayRef<std::pair<char32_t, char32_t>> Pairs,
                     unsigned Tier) {
    for (size_t I = 0; I < Word.size(); ++I)
      for (auto [From, To] : Pairs)
        if (Word[I] == From) {
          std::u32string C = Word;
          C[I] = To;
          if (Try(C, Tier))
            return true;
        }
    return false;
  };
  if (Replace(RestoredLetters, 1))
    return;
  for (size_t I = 0; I + 1 < Word.size(); ++I)
    if (Word[I] == Word[I + 1] && Try(Word.substr(0, I) + Word.substr(I + 1), 1))
      return;
  for (size_t I = 0; I < Word.size(); ++I)
    if (u_isalpha(Word[I]) && Try(Word.substr(0, I + 1) + Word.substr(I), 1))
      return;
  if (Replace(SoundAlikes, 1))
    return;
  for (size_t I = 0; I + 1 < Word.size(); ++I) {
    std::u32string C = Word;
    std::swap(C[I], C[I + 1]);
    if (Try(C, 1))
      return;
  }
  // Tier 2: a letter too many.
  for (size_t I = 0; I < Word.size(); ++I)
    if (Try(Word.substr(0, I) + Word.substr(I + 1), 2))
      return;
  // Tier 3: a letter missing (the dictionary's most common letters first,
  // and å, ä, ö) or a key next to the one meant.
  std::u32string Missing;
  for (char32_t L : Dict.tryLetters())
    if (u_isalpha(L) && Missing.size() < 12)
      Missing += L;
  Missing += U"åäö";
  for (size_t I = 0; I <= Word.size(); ++I)
    for (char32_t L : Missing)
      if (Try(Word.substr(0, I) + L + Word.substr(I), 3))
        return;
  for (size_t I = 0; I < Word.size(); ++I)
    for (char32_t L : keyboardNeighbours(Word[I])) {
      std::u32string C = Word;
      C[I] = L;
      if (Try(C, 3))
        return;
    }
}

std::string SpellingCache::computeSuggestion(const std::u32string &Word) {
  // Each candidate costs Hunspell a few microseconds, more for a long
  // compound. Long words are compounds whose typo is mostly a swap, a
  // doubled or a dropped letter (tiers 1 and 2); trying every letter at
  // every place of them (tier 3) costs milliseconds and rarely finds the
  // word meant. A budget bounds the rest.
  constexpr size_t MaxLetters = 40, MaxLettersForTier3 = 20;
  constexpr unsigned MaxLookups = 800;
  if (Word.size() < 2 || Word.size() > MaxLetters)
    return "";
  unsigned Lookups = 0, BestTier = 0;
  std::string Best;
  forEachEdit(Word, [&](const std::u32string &Candidate, unsigned Tier) {
    // Within the first tier that has an answer, one that keeps the first
    // letter wins; a later tier is not tried.
    if ((!Best.empty() && Tier > BestTier) ||
        (Tier == 3 && Word.size() > MaxLettersForTier3) || ++Lookups > MaxLookups)
      return true;
    std::string Text = encode(Candidate);
    // Words the audit has met are answered from the cache; candidates are
    // not added to it, or every typo would leave hundreds of entries.
    Shard &S = shardFor(Text);
    std::optional<bool> Cached;
    {
      std::lock_guard<std::mutex> Guard(S.Lock);
      auto It = S.Known.find(Text);
      if (It != S.Known.end())
        Cached = It->second;
    }
    if (!(Cached ? *Cached : Dict.spell(Text)))
      return false;
    if (Candidate.front() == Word.front()) {
      Best = std::move(Text);
      return true;
    }
    if (Best.empty()) {
      Best = std::move(Text);
      BestTier = Tier;
    }
    return false;
  });
  return Best;
}

} // namespace ibic
