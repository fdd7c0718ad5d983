#include "SpellingMemo.h"

#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <vector>

namespace ibic {
namespace {

namespace endian = llvm::support::endian;

/// The file starts with this, then: the number of answers (uint32), the
/// fingerprint of the dictionary files (uint64), the bytes of all keys
/// (uint32); then each key's offset and the end (uint32 each), the answers
/// (a byte each) and the keys, sorted. Numbers are little-endian.
constexpr llvm::StringLiteral Magic = "IBICMEM1";
constexpr size_t HeaderBytes = 8 + 4 + 8 + 4;

/// Time between saves of one memo in a long-running program.
constexpr std::chrono::seconds SaveInterval(30);

/// What identifies the dictionary files: their paths, sizes and times.
/// Hunspell's answers only change when the files do.
std::optional<uint64_t> fingerprint(llvm::StringRef AffPath, llvm::StringRef DicPath) {
  llvm::hash_code Hash = llvm::hash_value(Magic);
  for (llvm::StringRef P : {AffPath, DicPath}) {
    llvm::sys::fs::file_status S;
    if (llvm::sys::fs::status(P, S))
      return std::nullopt;
    Hash = llvm::hash_combine(Hash, P, S.getSize(),
                              S.getLastModificationTime().time_since_epoch().count());
  }
  return static_cast<uint64_t>(static_cast<size_t>(Hash));
}

std::string keyOf(SpellingMemo::Question Q, llvm::StringRef Word) {
  std::string Key(1, static_cast<char>(Q));
  return Key.append(Word.data(), Word.size());
}

} // namespace

std::unique_ptr<SpellingMemo> SpellingMemo::open(llvm::StringRef Dir, llvm::StringRef AffPath,
                                                 llvm::StringRef DicPath) {
  std::optional<uint64_t> Print = fingerprint(AffPath, DicPath);
  if (Dir.empty() || !Print)
    return nullptr;
  std::unique_ptr<SpellingMemo> M(new SpellingMemo());
  M->Fingerprint = *Print;
  // One file per dictionary: rules may name several.
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, "spelling-" + llvm::utohexstr(llvm::hash_value(AffPath)) +
                                    ".memo");
  M->Path = Path.str().str();
  if (auto Buffer = llvm::MemoryBuffer::getFile(M->Path, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false))
    M->adopt(std::move(*Buffer), *Print);
  return M;
}

bool SpellingMemo::adopt(std::unique_ptr<llvm::MemoryBuffer> Buffer, uint64_t Print) {
  llvm::StringRef Data = Buffer->getBuffer();
  if (Data.size() < HeaderBytes || !Data.startswith(Magic))
    return false;
  const char *At = Data.data() + Magic.size();
  uint32_t N = endian::read32le(At);
  uint64_t FilePrint = endian::read64le(At + 4);
  uint32_t KeyBytes = endian::read32le(At + 12);
  if (FilePrint != Print ||
      Data.size() != HeaderBytes + uint64_t(N + 1) * 4 + N + uint64_t(KeyBytes))
    return false;
  const char *Table = Data.data() + HeaderBytes;
  // Offsets that rise to the end: no key can be read out of bounds.
  uint32_t Previous = 0;
  for (uint32_t I = 0; I <= N; ++I) {
    uint32_t Offset = endian::read32le(Table + 4 * size_t(I));
    if ((I == 0 && Offset != 0) || Offset < Previous || Offset > KeyBytes)
      return false;
    Previous = Offset;
  }
  if (Previous != KeyBytes)
    return false;
  File = std::move(Buffer);
  Count = N;
  Offsets = Table;
  Answers = Table + 4 * (size_t(N) + 1);
  Keys = Answers + N;
  return true;
}

llvm::StringRef SpellingMemo::key(uint32_t I) const {
  uint32_t Begin = endian::read32le(Offsets + 4 * size_t(I));
  uint32_t End = endian::read32le(Offsets + 4 * (size_t(I) + 1));
  return llvm::StringRef(Keys + Begin, End - Begin);
}

std::optional<bool> SpellingMemo::find(Question Q, llvm::StringRef Word) const {
  std::string Key = keyOf(Q, Word);
  uint32_t Low = 0, High = Count;
  while (Low < High) {
    uint32_t Mid = Low + (High - Low) / 2;
    int Order = key(Mid).compare(Key);
    if (Order == 0)
      return Answers[Mid] != 0;
    if (Order < 0)
      Low = Mid + 1;
    else
      High = Mid;
  }
  return std::nullopt;
}

void SpellingMemo::remember(Question Q, llvm::StringRef Word, bool Answer) {
  std::lock_guard<std::mutex> Guard(Lock);
  if (Learnt.size() < MaxAnswers)
    Learnt.try_emplace(keyOf(Q, Word), Answer);
}

void SpellingMemo::save() {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Now = std::chrono::steady_clock::now();
  if (Learnt.size() == LearntAtSave || (LastSave && Now - *LastSave < SaveInterval))
    return;
  // What this run learnt, then what was kept before, as long as there is
  // room: a memo follows the words being written now.
  std::vector<std::pair<llvm::StringRef, bool>> Entries;
  Entries.reserve(std::min<size_t>(MaxAnswers, Learnt.size() + Count));
  for (const auto &E : Learnt)
    Entries.push_back({E.getKey(), E.getValue()});
  for (uint32_t I = 0; I < Count && Entries.size() < MaxAnswers; ++I)
    if (!Learnt.count(key(I)))
      Entries.push_back({key(I), Answers[I] != 0});
  llvm::sort(Entries);
  uint32_t KeyBytes = 0;
  for (const auto &E : Entries)
    KeyBytes += E.first.size();

  llvm::SmallString<256> Model(llvm::sys::path::parent_path(Path));
  if (llvm::sys::fs::create_directories(Model))
    return;
  llvm::sys::path::append(Model, "spelling-%%%%%%%%.tmp");
  llvm::Error Written = llvm::writeFileAtomically(Model, Path, [&](llvm::raw_ostream &OS) {
    auto Write32 = [&](uint32_t V) {
      char Bytes[4];
      endian::write32le(Bytes, V);
      OS.write(Bytes, 4);
    };
    OS << Magic;
    Write32(Entries.size());
    char Print[8];
    endian::write64le(Print, Fingerprint);
    OS.write(Print, 8);
    Write32(KeyBytes);
    uint32_t Offset = 0;
    for (const auto &E : Entries) {
      Write32(Offset);
      Offset += E.first.size();
    }
    Write32(Offset);
    for (const auto &E : Entries)
      OS << char(E.second ? 1 : 0);
    for (const auto &E : Entries)
      OS << E.first;
    return llvm::Error::success();
  });
  // Not written (a read-only home, a full disk): the next run asks Hunspell.
  llvm::consumeError(std::move(Written));
  LastSave = Now;
  LearntAtSave = Learnt.size();
}

} // namespace ibic
