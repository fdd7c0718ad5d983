#include "SpellingMemo.h"

#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <vector>

namespace ibic {
namespace {

namespace endian = llvm::support::endian;

/// The file starts with this, then: the number of answers (uint32) and the
/// fingerprint of the dictionary files (uint64); then the keys (uint64
/// each, rising) and the answers (a byte each). Numbers are little-endian.
constexpr llvm::StringLiteral Magic = "IBICMEM2";
constexpr size_t HeaderBytes = 8 + 4 + 8;

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
  if (endian::read64le(At + 4) != Print || Data.size() != HeaderBytes + uint64_t(N) * 9)
    return false;
  const char *Table = Data.data() + HeaderBytes;
  // Keys that rise: a binary search finds every one of them.
  for (uint32_t I = 1; I < N; ++I)
    if (endian::read64le(Table + 8 * size_t(I - 1)) >= endian::read64le(Table + 8 * size_t(I)))
      return false;
  File = std::move(Buffer);
  Count = N;
  Keys = Table;
  Answers = Table + 8 * size_t(N);
  return true;
}

uint64_t SpellingMemo::key(Question Q, llvm::StringRef Word) {
  // Two questions (of 2^17 kept) share a key with odds of one in 10^9.
  llvm::SmallString<64> Text;
  Text.push_back(static_cast<char>(Q));
  Text.append(Word);
  return llvm::xxHash64(Text);
}

uint64_t SpellingMemo::keyAt(uint32_t I) const { return endian::read64le(Keys + 8 * size_t(I)); }

std::optional<bool> SpellingMemo::find(Question Q, llvm::StringRef Word) const {
  uint64_t Key = key(Q, Word);
  uint32_t Low = 0, High = Count;
  while (Low < High) {
    uint32_t Mid = Low + (High - Low) / 2;
    uint64_t At = keyAt(Mid);
    if (At == Key)
      return Answers[Mid] != 0;
    if (At < Key)
      Low = Mid + 1;
    else
      High = Mid;
  }
  return std::nullopt;
}

void SpellingMemo::remember(Question Q, llvm::StringRef Word, bool Answer) {
  uint64_t Key = key(Q, Word);
  std::lock_guard<std::mutex> Guard(Lock);
  if (Learnt.size() < MaxAnswers)
    Learnt.try_emplace(Key, Answer);
}

void SpellingMemo::save() {
  std::lock_guard<std::mutex> Guard(Lock);
  auto Now = std::chrono::steady_clock::now();
  if (Learnt.size() == LearntAtSave || (LastSave && Now - *LastSave < SaveInterval))
    return;
  // What this run learnt, then what was kept before, as long as there is
  // room: a memo follows the words being written now.
  std::vector<std::pair<uint64_t, bool>> Entries;
  Entries.reserve(std::min<size_t>(MaxAnswers, Learnt.size() + Count));
  for (const auto &E : Learnt)
    Entries.push_back({E.first, E.second});
  for (uint32_t I = 0; I < Count && Entries.size() < MaxAnswers; ++I)
    if (!Learnt.count(keyAt(I)))
      Entries.push_back({keyAt(I), Answers[I] != 0});
  llvm::sort(Entries);

  llvm::SmallString<256> Model(llvm::sys::path::parent_path(Path));
  if (llvm::sys::fs::create_directories(Model))
    return;
  llvm::sys::path::append(Model, "spelling-%%%%%%%%.tmp");
  llvm::Error Written = llvm::writeFileAtomically(Model, Path, [&](llvm::raw_ostream &OS) {
    char Bytes[8];
    OS << Magic;
    endian::write32le(Bytes, Entries.size());
    OS.write(Bytes, 4);
    endian::write64le(Bytes, Fingerprint);
    OS.write(Bytes, 8);
    for (const auto &E : Entries) {
      endian::write64le(Bytes, E.first);
      OS.write(Bytes, 8);
    }
    for (const auto &E : Entries)
      OS << char(E.second ? 1 : 0);
    return llvm::Error::success();
  });
  // Not written (a read-only home, a full disk): the next run asks Hunspell.
  llvm::consumeError(std::move(Written));
  LastSave = Now;
  LearntAtSave = Learnt.size();
}

} // namespace ibic
