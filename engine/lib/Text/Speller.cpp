#include "Speller.h"

#include "Support/SourceFile.h"
#include "Text/Segmenter.h"

#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/LineIterator.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <hunspell/atypes.hxx>
#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cassert>
#include <chrono>
#include <cmath>
#include <dlfcn.h>
#include <cstring>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
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

/// The TRY line of the .aff \p Aff (null when it cannot be read): letters
/// in the order Hunspell tries them.
std::u32string tryLine(const llvm::MemoryBuffer *Aff) {
  if (!Aff)
    return U"aerndtislogmkpbhfjuväcöåyqxzvw";
  for (llvm::line_iterator It(*Aff); !It.is_at_end(); ++It)
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
/// Å and ä, one above the other on the keyboard and both open vowels, mixed
/// up ("Mältiden": Måltiden). Not ö for ä: "välförd" is a word, not
/// "välfärd" mistyped.
const std::pair<char32_t, char32_t> SwedishLetterSlips[] = {{U'ä', U'å'}, {U'å', U'ä'}};
/// Vowels, one of which a writer unsure of a word may put for another
/// ("terapaut": terapeut).
constexpr std::u32string_view Vowels = U"aeiouyåäö";

/// Whether Hunspell objects may be made side by side. libhunspell 1.7.1
/// (Debian 12) counts the objects that use its one Unicode table without a
/// lock (hunspell#727, fixed in 1.7.2): two made at once can lose a count,
/// and the table is then freed under an object still in use. Where the
/// library exports the function that counts (initialize_utf_tbl, not in
/// its installed headers), the table is held for the whole process with a
/// count no lost update can bring down to zero, and the two instances of a
/// dictionary may load at once on two cores; elsewhere they load one at a
/// time.
bool hunspellMadeSideBySide() {
  static const bool Held = [] {
    auto *Count = reinterpret_cast<void (*)()>(dlsym(RTLD_DEFAULT, "_Z18initialize_utf_tblv"));
    if (!Count)
      return false;
    for (int I = 0; I < 1 << 16; ++I)
      Count();
    return true;
  }();
  return Held;
}

/// A Hunspell object, made under a process-wide lock unless they may be
/// made side by side, and always destroyed under it, since a destructor
/// frees what the count says no object uses.
std::shared_ptr<Hunspell> makeHunspell(const std::string &Aff, const std::string &Dic) {
  static std::mutex LifetimeLock;
  std::unique_lock<std::mutex> Guard(LifetimeLock, std::defer_lock);
  if (!hunspellMadeSideBySide())
    Guard.lock();
  return std::shared_ptr<Hunspell>(new Hunspell(Aff.c_str(), Dic.c_str()),
                                   [](Hunspell *H) {
                                     std::lock_guard<std::mutex> Guard(LifetimeLock);
                                     delete H;
                                   });
}

/// The dictionaries open in this process, by folder and name. Rules that
/// read the same dictionary share it while any of them lives: it is
/// immutable once loaded, and costs 16 MB and 100 ms each.
struct OpenDictionaries {
  std::mutex Lock;
  llvm::StringMap<std::weak_ptr<Dictionary>> ByPath;
};
OpenDictionaries &openDictionaries() {
  static OpenDictionaries Open;
  return Open;
}

/// Sorts \p Items that are in order but for a few, in time linear in their
/// number: the few leave the run, are sorted on their own and merged back.
/// (A general sort takes most of the reading of a word list this way.)
void sortNearlySorted(std::vector<llvm::StringRef> &Items) {
  std::vector<llvm::StringRef> Run, Strays;
  Run.reserve(Items.size());
  for (size_t I = 0; I < Items.size(); ++I) {
    // Greater than the next: this one or the next is out of place, and
    // taking this one out keeps the run in order either way.
    bool AboveNext = I + 1 < Items.size() && Items[I + 1] < Items[I];
    if (AboveNext || (!Run.empty() && Items[I] < Run.back()))
      Strays.push_back(Items[I]);
    else
      Run.push_back(Items[I]);
  }
  std::sort(Strays.begin(), Strays.end());
  std::merge(Run.begin(), Run.end(), Strays.begin(), Strays.end(), Items.begin());
}

} // namespace

llvm::Expected<std::shared_ptr<Dictionary>>
Dictionary::open(llvm::StringRef Dir, llvm::StringRef Name, llvm::StringRef MemoDir) {
  OpenDictionaries &Open = openDictionaries();
  std::lock_guard<std::mutex> Guard(Open.Lock);
  std::string Key = (Dir + "/" + Name).str();
  if (std::shared_ptr<Dictionary> Shared = Open.ByPath[Key].lock())
    return Shared;
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
  auto AffText = llvm::MemoryBuffer::getFile(Aff);
  D->Try = tryLine(AffText ? AffText->get() : nullptr);
  if (AffText)
    D->Suffixes = suffixShape(**AffText);
  D->AffPath = Aff.str().str();
  D->DicPath = Dic.str().str();
  D->Memo = SpellingMemo::open(MemoDir, D->AffPath, D->DicPath);
  Open.ByPath[Key] = D;
  return D;
}

void Dictionary::saveMemos() {
  OpenDictionaries &Open = openDictionaries();
  std::lock_guard<std::mutex> Guard(Open.Lock);
  for (auto &Entry : Open.ByPath)
    if (std::shared_ptr<Dictionary> D = Entry.getValue().lock(); D && D->Memo)
      D->Memo->save();
}

bool Dictionary::answer(SpellingMemo::Question Q, llvm::StringRef Word,
                        llvm::function_ref<bool()> Ask) const {
  if (!Memo)
    return Ask();
  if (std::optional<bool> Kept = Memo->find(Q, Word))
    return *Kept;
  bool Answer = Ask();
  Memo->remember(Q, Word, Answer);
  return Answer;
}

bool Dictionary::beginsWord(llvm::StringRef Prefix) const {
  return answer(SpellingMemo::Question::BeginsWord, Prefix, [&] {
    readStems();
    auto At = llvm::lower_bound(Stems, Prefix);
    for (; At != Stems.end() && llvm::StringRef(*At).startswith(Prefix); ++At)
      if (At->size() > Prefix.size() && At->size() > ShortestStem)
        return true;
    return false;
  });
}

bool Dictionary::isStem(llvm::StringRef Folded) const {
  return answer(SpellingMemo::Question::IsStem, Folded, [&] {
    readStems();
    return Folded.size() > ShortestStem &&
           std::binary_search(Stems.begin(), Stems.end(), Folded);
  });
}

Dictionary::SuffixShape Dictionary::suffixShape(const llvm::MemoryBuffer &Aff) {
  SuffixShape Shape;
  Shape.Usable = true;
  Shape.Adds.insert("");
  llvm::StringSet<> Flags, FlagsOfAdded;
  for (llvm::line_iterator It(Aff); !It.is_at_end(); ++It) {
    llvm::SmallVector<llvm::StringRef, 6> Fields;
    It->split(Fields, ' ', -1, /*KeepEmpty=*/false);
    llvm::StringRef Kind = Fields.empty() ? "" : Fields[0];
    if (llvm::StringSwitch<bool>(Kind)
            .Cases("PFX", "IGNORE", "ICONV", "FLAG", "AF", "COMPLEXPREFIXES", true)
            .Default(false))
      Shape.Usable = false;
    // "SFX flag strip add[/flags] condition": a rule, not its header.
    if (Kind != "SFX" || Fields.size() < 5)
      continue;
    auto [Added, AddedFlags] = Fields[3].split('/');
    std::string Add = Added == "0" ? "" : foldText(Added);
    size_t Strip = Fields[2] == "0" ? 0 : foldText(Fields[2]).size();
    Flags.insert(Fields[1]);
    for (char C : AddedFlags)
      FlagsOfAdded.insert(llvm::StringRef(&C, 1));
    Shape.MostAdded = std::max(Shape.MostAdded, Add.size());
    Shape.MostStripped = std::max(Shape.MostStripped, Strip);
    Shape.Adds.insert(Add);
  }
  // A suffix that takes a suffix of its own makes words of two.
  for (const auto &Flag : FlagsOfAdded)
    if (Flags.contains(Flag.getKey()))
      Shape.Usable = false;
  return Shape;
}

void Dictionary::readStems() const {
  std::call_once(StemsRead, [&] {
    auto Buffer = llvm::MemoryBuffer::getFile(DicPath);
    if (!Buffer)
      return;
    WordList = std::move(*Buffer);
    // The list is read while a check waits. Most stems are folded already,
    // so they are used where they lie: a copy of each cost more than the
    // reading (on a virtual machine, mostly in page faults).
    llvm::StringSaver Saver(Refolded);
    llvm::StringRef Rest = WordList->getBuffer();
    Rest = Rest.split('\n').second; // after the count
    Stems.reserve(Rest.size() / 12);
    while (!Rest.empty()) {
      llvm::StringRef Line;
      std::tie(Line, Rest) = Rest.split('\n');
      llvm::StringRef Stem = Line.substr(0, Line.find('/')).trim();
      if (Stem.empty())
        continue;
      Stems.push_back(isFolded(Stem) ? Stem : Saver.save(foldText(Stem)));
    }
    // The list is in byte order but for a few thousand stems.
    sortNearlySorted(Stems);
    assert(llvm::is_sorted(Stems) && "lookups of the stems need them sorted");
  });
}

bool Dictionary::mayBeSimpleWord(llvm::StringRef Word) const {
  readStems();
  if (!Suffixes.Usable || Stems.empty() || llvm::any_of(Word, [](char C) {
        return static_cast<unsigned char>(C) < 0x80 && !llvm::isAlpha(C);
      }))
    return true;
  std::string Folded = foldText(Word);
  llvm::StringRef F = Folded;
  // The stems a root begins are few but for a root of a letter or two,
  // which a long suffix seldom leaves: past these, the answer is yes.
  constexpr unsigned MostScanned = 32;
  for (size_t Root = F.size() - std::min(F.size(), Suffixes.MostAdded); Root <= F.size(); ++Root) {
    if (!Suffixes.Adds.count(F.drop_front(Root)))
      continue;
    llvm::StringRef Head = F.take_front(Root);
    unsigned Scanned = 0;
    for (auto At = llvm::lower_bound(Stems, Head); At != Stems.end() && At->startswith(Head); ++At)
      if (At->size() <= Root + Suffixes.MostStripped || ++Scanned == MostScanned)
        return true;
  }
  return false;
}

Dictionary::~Dictionary() {
  Full.wait();
  Simple.wait();
}

void Dictionary::prefetch() const {
  std::call_once(Started, [&] {
    auto LoadFull = [Aff = AffPath, Dic = DicPath] { return makeHunspell(Aff, Dic); };
    auto First = std::async(std::launch::async, [this, LoadFull] {
                   auto Loaded = llvm::make_scope_exit([this] { wantSimple(); });
                   return LoadFull();
                 }).share();
    Full.start(First, LoadFull);
    // The one for corrections only makes them faster
    // (spellWithoutCompounds). Where Hunspell objects are made one at a
    // time (makeHunspell), it goes after the one every word needs.
    Simple.start(std::async(std::launch::async,
                            [this, First, Wanted = SimpleWanted.get_future().share()] {
                              if (hunspellMadeSideBySide())
                                Wanted.wait();
                              else
                                First.wait();
                              return loadWithoutCompounds();
                            })
                     .share(),
                 [this] { return loadWithoutCompounds(); });
  });
}

void Dictionary::wantSimple() const {
  std::call_once(SimpleWantedOnce, [&] { SimpleWanted.set_value(); });
}

std::shared_ptr<Hunspell> Dictionary::loadWithoutCompounds() const {
  // Hunspell reads its rules from a file: a copy of the .aff without the
  // compounding rules, removed again once read.
  auto Aff = llvm::MemoryBuffer::getFile(AffPath);
  llvm::SmallString<128> Copy;
  int FD;
  if (!Aff || llvm::sys::fs::createTemporaryFile("ibic-audit", "aff", FD, Copy))
    return nullptr;
  bool Written;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    for (llvm::line_iterator It(**Aff, /*SkipBlanks=*/false); !It.is_at_end(); ++It)
      if (!It->startswith("COMPOUND") && !It->startswith("CHECKCOMPOUND"))
        OS << *It << '\n';
    OS.close();
    // A full temporary folder leaves a cut copy, whose missing suffixes
    // would make right words wrong: then the instance with compounds
    // answers alone, as when this one cannot load.
    Written = !OS.has_error();
    OS.clear_error();
  }
  std::shared_ptr<Hunspell> H;
  if (Written)
    H = makeHunspell(Copy.str().str(), DicPath);
  llvm::sys::fs::remove(Copy);
  return H;
}

void Dictionary::Pool::start(std::shared_future<std::shared_ptr<Hunspell>> Loading,
                             std::function<std::shared_ptr<Hunspell>()> MakeAnother) {
  First = std::move(Loading);
  Make = std::move(MakeAnother);
}

void Dictionary::Pool::wait() const {
  if (First.valid())
    First.wait();
}

bool Dictionary::Pool::grow() {
  std::lock_guard<std::mutex> Guard(GrowLock);
  unsigned N = Ready.load();
  // Another instance costs a core a tenth of a second and 16 MB; on two
  // cores, threads waiting for one instance lose less than loading a second
  // (measured with the bench corpus), so there is one per two cores.
  if (N >= std::min(MaxInstances, std::max(1u, std::thread::hardware_concurrency() / 2)))
    return false;
  auto In = std::make_unique<Instance>();
  In->Speller = N == 0 ? First.get() : Make();
  if (!In->Speller)
    return false;
  Instances[N] = std::move(In);
  Ready = N + 1;
  return true;
}

bool Dictionary::Pool::loaded() const {
  return First.valid() && First.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

bool Dictionary::Pool::spell(const std::string &Word, int *Info) {
  for (;;) {
    for (unsigned I = 0, N = Ready.load(); I < N; ++I) {
      std::unique_lock<std::mutex> Guard(Instances[I]->Lock, std::try_to_lock);
      if (Guard.owns_lock())
        return Instances[I]->Speller->spell(Word, Info);
    }
    if (!grow())
      break;
  }
  unsigned N = Ready.load();
  if (N == 0)
    return false;
  // Every instance is busy and the pool is full: wait for one.
  Instance &In = *Instances[std::hash<std::thread::id>()(std::this_thread::get_id()) % N];
  std::lock_guard<std::mutex> Guard(In.Lock);
  return In.Speller->spell(Word, Info);
}

bool Dictionary::spell(llvm::StringRef Word) const {
  return answer(SpellingMemo::Question::Spell, Word, [&] {
    prefetch();
    // A thread about to wait for the load reads the stems meanwhile: a
    // note with a shortened word needs them next (beginsWord), and they
    // cost that check 25 ms once the dictionary is there.
    if (!Full.loaded())
      readStems();
    if (!Full.loaded())
      wantSimple();
    return Full.spell(Word.str());
  });
}

bool Dictionary::spellWithoutCompounds(llvm::StringRef Word) const {
  return answer(SpellingMemo::Question::SpellWithoutCompounds, Word, [&] {
    prefetch();
    // Most of the edits a correction tries are no form of any stem, which
    // the stems tell sooner than either instance, loaded or not (7 % of a
    // batch's time on one thread, a fifth of a small check's).
    if (!mayBeSimpleWord(Word))
      return false;
    // Until the instance without compounds has loaded, and if it cannot,
    // the one with them gives the same answer, only slower: Hunspell tells
    // how it accepted a word. So a small check need not wait for the
    // second load. Not for a word with a break character (- : .), which
    // Hunspell accepts part by part and reports as no compound
    // ("hiv-testakrylat").
    bool Breaks = Word.find_first_of("-:.") != llvm::StringRef::npos;
    if ((!Simple.loaded() || !Simple.first()) && !Breaks) {
      if (!Full.loaded())
        wantSimple();
      int Info = 0;
      return Full.spell(Word.str(), &Info) && !(Info & SPELL_COMPOUND);
    }
    if (!Simple.first())
      return Full.spell(Word.str());
    return Simple.spell(Word.str());
  });
}

bool SpellingCache::known(llvm::StringRef Word) {
  if (Word.size() > MaxWordBytes)
    return true;
  return Known.get(Word, [&] { return Dict.spell(Word); });
}

SpellingCache::Join SpellingCache::joinsTwoWords(llvm::StringRef Folded) {
  constexpr size_t MinPart = 3, LongHead = 8;
  if (Folded.size() < 2 * MinPart + 1 || Folded.size() > 40)
    return Join::None;
  Join Found = Join::None;
  for (size_t At = 1; At < Folded.size(); ++At) {
    if ((static_cast<unsigned char>(Folded[At]) & 0xC0) == 0x80)
      continue;
    llvm::StringRef Head = Folded.take_front(At), Tail = Folded.drop_front(At);
    size_t HeadLetters = countCodePoints(Head), TailLetters = countCodePoints(Tail);
    bool ShortTail = TailLetters < MinPart + (HeadLetters < LongHead);
    // A noun of an agent drops its last "e" before a second part
    // ("utförarled"): a head no typo makes, so a short tail will do, but
    // not one that is a letter doubled at the seam ("Boendestödjarren").
    bool AgentHead = Found == Join::None && HeadLetters > 4 && Head.endswith("ar");
    if (HeadLetters < MinPart || TailLetters < MinPart)
      continue;
    // Three equal consonants at the seam are written as two ("fall" and
    // "larm": "fallarm"; "natt" and "tillsyn": "nattillsyn").
    if (Head.back() == Head[Head.size() - 2] &&
        llvm::StringRef("bcdfghjklmnprstv").contains(Head.back()) &&
        known((llvm::Twine(Head.back()) + Tail).str()) && known(Head))
      return Join::Words;
    if ((ShortTail && !AgentHead) || !known(Tail))
      continue;
    if (AgentHead && known((Head + "e").str()) && !known((Head + Tail.drop_front()).str()))
      Found = Join::AfterAgent;
    if (ShortTail)
      continue;
    // Before the head as a word: "dags" is one, and its "s" a link.
    bool Linked = HeadLetters > MinPart && Head.endswith("s") && known(Head.drop_back());
    if (Linked && Tail.startswith("s"))
      return Join::LinkBeforeS;
    if (Linked || known(Head) || (Head.endswith("manna") && known(Head.drop_back(2))))
      return Join::Words;
  }
  return Found;
}

namespace {

/// Calls \p Visit(text, kind) for every single edit of \p Word, kind by
/// kind in the order SpellingCache::suggestion ranks them; an edit that
/// two kinds make comes once per kind. Each is assembled from byte ranges
/// of the word as written in one buffer, so that no edit costs an
/// allocation: a word has hundreds.
template <typename Fn>
void forEachEdit(const std::u32string &Word, const std::u32string &Letters, Fn &&Visit) {
  std::string Written = encode(Word);
  std::vector<uint32_t> At; // The byte where each letter starts, and the end.
  At.push_back(0);
  for (char32_t C : Word)
    At.push_back(At.back() + U8_LENGTH(C));
  llvm::StringRef W = Written;
  struct Encoded {
    char Bytes[4];
    int32_t Length = 0;
    operator llvm::StringRef() const { return {Bytes, size_t(Length)}; }
  };
  auto Utf8 = [](char32_t C) {
    Encoded Out;
    U8_APPEND_UNSAFE(Out.Bytes, Out.Length, C);
    return Out;
  };
  // An edit is at most one letter longer than the word.
  std::vector<char> Edit(Written.size() + 4);
  auto Add = [&](std::initializer_list<llvm::StringRef> Pieces, unsigned Kind) {
    size_t Length = 0;
    for (llvm::StringRef P : Pieces) {
      std::memcpy(Edit.data() + Length, P.data(), P.size());
      Length += P.size();
    }
    llvm::StringRef Made(Edit.data(), Length);
    if (Length && Made != W)
      Visit(Made, Kind);
  };
  const size_t N = Word.size();
  auto Before = [&](size_t I) { return W.take_front(At[I]); };
  auto From = [&](size_t I) { return W.drop_front(At[I]); };
  auto Letter = [&](size_t I) { return W.slice(At[I], At[I + 1]); };
  auto Replace = [&](llvm::ArrayRef<std::pair<char32_t, char32_t>> Pairs, unsigned Kind) {
    for (size_t I = 0; I < N; ++I)
      for (auto [Was, To] : Pairs)
        if (Word[I] == Was)
          Add({Before(I), Utf8(To), From(I + 1)}, Kind);
  };
  Replace(RestoredLetters, 0);
  for (size_t I = 0; I + 1 < N; ++I)
    if (Word[I] == Word[I + 1])
      Add({Before(I), From(I + 1)}, 1);
  for (size_t I = 0; I < N; ++I)
    if (u_isalpha(Word[I]))
      Add({Before(I + 1), From(I)}, 2);
  for (size_t I = 0; I + 1 < N; ++I)
    Add({Before(I), Letter(I + 1), Letter(I), From(I + 2)}, 3);
  std::vector<Encoded> Inserted;
  for (char32_t L : Letters)
    if (u_isalpha(L))
      Inserted.push_back(Utf8(L));
  for (size_t I = 0; I <= N; ++I)
    for (const Encoded &L : Inserted)
      Add({Before(I), L, From(I)}, 4);
  for (size_t I = 0; I < N; ++I)
    Add({Before(I), From(I + 1)}, 5);
  Replace(SoundAlikes, 6);
  Replace(SwedishLetterSlips, 6);
  for (size_t I = 0; I < N; ++I)
    for (char32_t L : keyboardNeighbours(Word[I]))
      Add({Before(I), Utf8(L), From(I + 1)}, 7);
  for (size_t I = 0; I < N; ++I)
    if (Vowels.find(Word[I]) != std::u32string_view::npos)
      for (char32_t V : Vowels)
        if (V != Word[I])
          Add({Before(I), Utf8(V), From(I + 1)}, 8);
}

} // namespace

/// Whether \p Text is \p Word without its last letter, an ending a
/// Swedish form adds to such a word: the definite -n after a vowel, -er or
/// -el ("dispensern"), the verb's -a after a consonant but not after a
/// definite or plural form ("videoringa", not "uppgiftena" or "stolara").
static bool dropsEnding(const std::u32string &Word, llvm::StringRef Text) {
  static constexpr std::u32string_view Vowels = U"aeiouyåäö";
  if (Word.size() < 4 || encode(Word.substr(0, Word.size() - 1)) != Text)
    return false;
  char32_t Last = Word.back(), Before = Word[Word.size() - 2], Third = Word[Word.size() - 3];
  bool AfterVowel = Vowels.find(Before) != std::u32string_view::npos;
  if (Last == U'n')
    return AfterVowel || (Third == U'e' && (Before == U'r' || Before == U'l'));
  return Last == U'a' && !AfterVowel && Before != U'n' && Before != U'r';
}

std::string SpellingCache::suggestion(llvm::StringRef Word,
                                      llvm::function_ref<bool(llvm::StringRef)> WrittenInCase,
                                      Typo *How) {
  if (How)
    *How = Typo::Unlikely;
  std::u32string Letters = decode(Word);
  // Suggest for the lower-case word and give the result the writer's capital.
  bool Capital = !Letters.empty() && u_isupper(Letters.front());
  if (Capital)
    Letters.front() = u_tolower(Letters.front());
  auto Finish = [&](const Candidate *C) {
    if (!C)
      return std::string();
    if (How && !dropsEnding(Letters, C->Text))
      *How = classOf(C->Kind) == 0   ? Typo::Likeliest
             : classOf(C->Kind) == 1 ? Typo::Likely
                                     : Typo::Unlikely;
    std::string Found = C->Text;
    if (Capital && !Found.empty()) {
      std::u32string F = decode(Found);
      F.front() = u_toupper(F.front());
      Found = encode(F);
    }
    return Found;
  };
  // A word the writers spell right elsewhere in the case is most likely the
  // one meant ("tiderna" for "tidena"), whatever the edit; looking it up in
  // the case's words costs nothing.
  if (Letters.size() < 2 || Letters.size() > MaxLetters)
    return "";
  if (WrittenInCase) {
    // Only the few edits the case writes are kept.
    std::vector<Candidate> InCase;
    llvm::StringSet<> Seen;
    forEachEdit(Letters, Dict.tryLetters(), [&](llvm::StringRef Edit, unsigned Kind) {
      if (WrittenInCase(Edit) && Seen.insert(Edit).second && known(Edit))
        InCase.push_back({Edit.str(), Kind});
    });
    if (!InCase.empty()) {
      std::vector<const Candidate *> Valid;
      for (const Candidate &C : InCase)
        Valid.push_back(&C);
      return Finish(best(Letters, Valid));
    }
  }
  Candidate Found = Suggestions.get(encode(Letters), [&] {
    return computeSuggestion(Letters, edits(Letters, Dict.tryLetters()));
  });
  return Finish(Found.Text.empty() ? nullptr : &Found);
}

SpellingCache::Typo SpellingCache::typoToWholeWord(llvm::StringRef Word) {
  Typo How;
  std::string Correction = suggestion(Word, nullptr, &How);
  if (How != Typo::Unlikely && !Dict.spellWithoutCompounds(foldText(Correction)))
    return Typo::Unlikely;
  return How;
}

std::vector<SpellingCache::Candidate>
SpellingCache::edits(const std::u32string &Word, const std::u32string &Letters) {
  std::vector<Candidate> Out;
  Out.reserve(40 * (Word.size() + 1));
  // Each edit once, as the earliest kind that makes it.
  llvm::StringSet<llvm::BumpPtrAllocator> Made;
  forEachEdit(Word, Letters, [&](llvm::StringRef Edit, unsigned Kind) {
    if (Made.insert(Edit).second)
      Out.push_back({Edit.str(), Kind});
  });
  return Out;
}

/// Whether \p Correction is \p Written with one letter put for another,
/// the two letters (small) such that \p Mistakes(written, meant).
template <typename Pred>
static bool oneLetterFor(llvm::StringRef Written, llvm::StringRef Correction, Pred Mistakes) {
  std::u32string A = decode(Written), B = decode(Correction);
  if (A.size() != B.size())
    return false;
  size_t Differ = 0;
  for (size_t I = 0; I < A.size(); ++I)
    if (A[I] != B[I] && (++Differ > 1 || !Mistakes(u_tolower(A[I]), u_tolower(B[I]))))
      return false;
  return Differ == 1;
}

bool SpellingCache::vowelForVowel(llvm::StringRef Written, llvm::StringRef Correction) {
  auto IsVowel = [](char32_t C) { return Vowels.find(C) != std::u32string_view::npos; };
  return oneLetterFor(Written, Correction,
                      [&](char32_t A, char32_t B) { return IsVowel(A) && IsVowel(B); });
}

bool SpellingCache::lostDiacritic(llvm::StringRef Written, llvm::StringRef Correction) {
  return oneLetterFor(Written, Correction, [](char32_t A, char32_t B) {
    return (u_tolower(A) == U'a' && (u_tolower(B) == U'å' || u_tolower(B) == U'ä')) ||
           (u_tolower(A) == U'o' && u_tolower(B) == U'ö');
  });
}

bool SpellingCache::neighbourKey(llvm::StringRef Written, llvm::StringRef Correction) {
  return oneLetterFor(Written, Correction, [](char32_t A, char32_t B) {
    return keyboardNeighbours(B).find(A) != std::u32string::npos;
  });
}

unsigned SpellingCache::classOf(unsigned Kind) { return Kind <= 2 ? 0 : Kind <= 6 ? 1 : 2; }

/// How best() ranks a candidate, highest first: keeping the first letter,
/// then the likelier kind of typo (a lost å, ä, ö or a single or double
/// letter before other edits), then more of the start of the word as
/// written ("matn": maten, not man), then the order of kinds (a missing
/// letter before an extra one: "rollatr", rollator).
static SpellingCache::Rank rank(llvm::StringRef Written, llvm::StringRef Text,
                                unsigned Kind, unsigned Class) {
  size_t Prefix = 0;
  while (Prefix < Text.size() && Prefix < Written.size() && Text[Prefix] == Written[Prefix])
    ++Prefix;
  return std::make_tuple(Prefix > 0, -int(Class), Prefix, -int(Kind));
}

const SpellingCache::Candidate *
SpellingCache::best(const std::u32string &Word, const std::vector<const Candidate *> &Valid) {
  std::string Written = encode(Word);
  auto Key = [&](const Candidate *C) { return rank(Written, C->Text, C->Kind, classOf(C->Kind)); };
  const Candidate *Best = nullptr;
  for (const Candidate *C : Valid)
    if (std::get<0>(Key(C)) && (!Best || Key(C) > Key(Best)))
      Best = C;
  return Best;
}

std::vector<SpellingCache::RankedCandidate>
SpellingCache::ranked(llvm::StringRef Written, const std::vector<Candidate> &All) {
  std::vector<RankedCandidate> Out;
  Out.reserve(All.size());
  for (const Candidate &C : All)
    Out.push_back({rank(Written, C.Text, C.Kind, classOf(C.Kind)), &C});
  return Out;
}

SpellingCache::Candidate
SpellingCache::computeSuggestion(const std::u32string &Word, const std::vector<Candidate> &All) {
  // The answer is the best-ranked edit the dictionary knows, and the rank
  // needs no dictionary: so the edits are asked in rank order and the first
  // word found ends the search. A typical typo costs a few lookups (about a
  // microsecond each, without compounds), not the hundreds of all its edits.
  std::vector<RankedCandidate> Ranked = ranked(encode(Word), All);
  auto Higher = [](const auto &A, const auto &B) { return A.first > B.first; };
  // A later class is only tried when no edit of an earlier one is a word,
  // even one that changes the first letter, which is then no answer at all.
  auto ByClass = [](const auto &A, const auto &B) {
    return std::make_pair(std::get<1>(A.first), A.first) > std::make_pair(std::get<1>(B.first), B.first);
  };
  std::stable_sort(Ranked.begin(), Ranked.end(), ByClass);
  for (const auto &[Rank, C] : Ranked)
    if (Dict.spellWithoutCompounds(C->Text))
      return std::get<0>(Rank) ? *C : Candidate{"", 0};
  // A typo in a long compound has no such correction; its cheap edits are
  // then asked of the whole dictionary (a hundred microseconds or so each).
  if (Word.size() >= MinCompoundLetters) {
    std::stable_sort(Ranked.begin(), Ranked.end(), Higher);
    unsigned Asked = 0;
    for (const auto &[Rank, C] : Ranked)
      if (std::get<0>(Rank) && C->Kind != 4 && C->Kind != 7 && C->Kind != 8) {
        if (Asked++ == MaxCompoundAsks)
          break;
        if (Dict.spell(C->Text))
          return *C;
      }
    return mendCompoundPart(Word);
  }
  return Candidate{"", 0};
}

SpellingCache::Candidate SpellingCache::mendCompoundPart(const std::u32string &Word) {
  std::string Written = encode(Word);
  // Two words already ("kommunikationsapp"): no part to mend.
  if (joinsTwoWords(Written) != Join::None)
    return Candidate{"", 0};
  // A head may end in a linking s ("bistånds"), which is no word alone.
  auto IsHead = [&](llvm::StringRef Head) {
    return Dict.spellWithoutCompounds(Head) ||
           (Head.size() > 4 && Head.endswith("s") &&
            Dict.spellWithoutCompounds(Head.drop_back()));
  };
  std::optional<std::pair<Rank, Candidate>> Best;
  for (size_t At = MinPartLetters; At + MinPartLetters <= Word.size(); ++At) {
    std::string Head = encode(Word.substr(0, At)), Tail = encode(Word.substr(At));
    bool HeadKnown = IsHead(Head), TailKnown = Dict.spellWithoutCompounds(Tail);
    // Both parts words: a compound the dictionary does not build, no typo.
    // After a word an "s" is its link, not the start of the other part:
    // "kommunikationsapp" is no "kommunikation" + "slapp".
    if (HeadKnown == TailKnown || (HeadKnown && Tail[0] == 's' && Head.back() != 's'))
      continue;
    // The other part is mended alone, its edits in the order they rank
    // in; the first that makes a word makes the whole a candidate.
    std::u32string Broken = HeadKnown ? Word.substr(At) : Word.substr(0, At);
    std::string BrokenText = encode(Broken);
    std::vector<Candidate> Edits = edits(Broken, Dict.tryLetters());
    std::vector<RankedCandidate> Ranked = ranked(BrokenText, Edits);
    std::stable_sort(Ranked.begin(), Ranked.end(),
                     [](const auto &A, const auto &B) { return A.first > B.first; });
    // A part keeps its first letter too ("app" is no typo of "lapp").
    for (const auto &[PartRank, Edit] : Ranked) {
      const Candidate &C = *Edit;
      if (C.Text.empty() || C.Text[0] != BrokenText[0] || countCodePoints(C.Text) < MinPartLetters ||
          !(HeadKnown ? Dict.spellWithoutCompounds(C.Text) : IsHead(C.Text)))
        continue;
      std::string Whole = HeadKnown ? Head + C.Text : C.Text + Tail;
      if (Dict.spell(Whole)) {
        auto Rank = rank(Written, Whole, C.Kind, classOf(C.Kind));
        if (std::get<0>(Rank) && (!Best || Rank > Best->first))
          Best = {Rank, Candidate{Whole, C.Kind}};
      }
      break;
    }
  }
  return Best ? Best->second : Candidate{"", 0};
}

} // namespace ibic
