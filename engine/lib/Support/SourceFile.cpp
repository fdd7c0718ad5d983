#include "SourceFile.h"

#include "llvm/Support/JSON.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ibic {

SourceFile::SourceFile(std::string P, std::string C)
    : Path(std::move(P)), Contents(std::move(C)) {
  LineStarts.push_back(0);
  for (uint32_t I = 0, E = Contents.size(); I != E; ++I)
    if (Contents[I] == '\n')
      LineStarts.push_back(I + 1);
}

unsigned countCodePoints(llvm::StringRef Text) {
  return std::count_if(Text.begin(), Text.end(), [](char C) {
    return (static_cast<unsigned char>(C) & 0xC0) != 0x80;
  });
}

LineColumn SourceFile::locate(uint32_t Offset) const {
  Offset = std::min<uint32_t>(Offset, Contents.size());
  auto It = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  unsigned Line = It - LineStarts.begin();
  uint32_t Start = LineStarts[Line - 1];
  // Editors do not show a byte order mark; columns count from after it.
  if (Line == 1 && llvm::StringRef(Contents).startswith("\xEF\xBB\xBF"))
    Start = std::min<uint32_t>(3, Offset);
  llvm::StringRef Before(Contents.data() + Start, Offset - Start);
  return {Line, countCodePoints(Before) + 1};
}

llvm::StringRef SourceFile::lineAt(uint32_t Offset) const {
  Offset = std::min<uint32_t>(Offset, Contents.size());
  auto It = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  uint32_t Start = *(It - 1);
  if (Start == 0 && llvm::StringRef(Contents).startswith("\xEF\xBB\xBF"))
    Start = 3;
  uint32_t End = It == LineStarts.end() ? Contents.size() : *It - 1;
  return llvm::StringRef(Contents).slice(Start, End).rtrim("\r");
}

Diagnostic SourceFile::diagnose(uint32_t Offset, std::string Message) const {
  LineColumn Where = locate(Offset);
  // The line may hold the very bytes that made the file unreadable.
  return {Path, Where.Line, Where.Column, std::move(Message),
          llvm::json::fixUTF8(lineAt(Offset))};
}

std::optional<uint32_t> SourceFile::overlongLine(unsigned MaxColumns) const {
  for (size_t L = 0; L < LineStarts.size(); ++L) {
    uint32_t Start = LineStarts[L];
    uint32_t End = L + 1 < LineStarts.size() ? LineStarts[L + 1] - 1
                                             : uint32_t(Contents.size());
    // A line of no more bytes than columns cannot have more code points.
    if (End - Start <= MaxColumns)
      continue;
    unsigned Columns = 0;
    for (uint32_t I = Start; I < End; ++I)
      if ((static_cast<unsigned char>(Contents[I]) & 0xC0) != 0x80 &&
          ++Columns > MaxColumns)
        return I;
  }
  return std::nullopt;
}

namespace {

llvm::Error readError(int Errno) {
  const char *Why;
  switch (Errno) {
  case ENOENT:
  case ENOTDIR:
    Why = "Filen finns inte.";
    break;
  case EACCES:
  case EPERM:
    Why = "Filen kunde inte läsas: behörighet saknas. Ge läsrätt till filen "
          "eller granska en kopia.";
    break;
  case ELOOP:
    Why = "Filen kunde inte läsas: för många symboliska länkar i rad (en "
          "slinga?). Ange filen själv.";
    break;
  case EISDIR:
    Why = "Det är en mapp, inte en fil.";
    break;
  default:
    return llvm::createStringError(
        std::error_code(Errno, std::generic_category()),
        "Filen kunde inte läsas (systemfel %d: %s).", Errno,
        std::generic_category().message(Errno).c_str());
  }
  return llvm::createStringError(
      std::error_code(Errno, std::generic_category()), Why);
}

} // namespace

llvm::Expected<std::string> readRegularFile(llvm::StringRef Path,
                                            uint64_t MaxBytes) {
  // Non-blocking, so that opening a FIFO returns at once and is refused
  // below instead of waiting for a writer.
  int Fd = ::open(Path.str().c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (Fd < 0)
    return readError(errno);
  struct Closer {
    int Fd;
    ~Closer() { ::close(Fd); }
  } Close{Fd};
  struct stat St;
  if (::fstat(Fd, &St) != 0)
    return readError(errno);
  if (S_ISDIR(St.st_mode))
    return readError(EISDIR);
  if (!S_ISREG(St.st_mode))
    return llvm::createStringError(
        std::errc::invalid_argument,
        "Det är ingen vanlig fil (utan t.ex. en FIFO eller en enhet som "
        "/dev/zero) och den läses inte. Ange en vanlig fil.");
  std::string Bytes;
  uint64_t Want = std::min<uint64_t>(uint64_t(St.st_size), MaxBytes) + 1;
  Bytes.resize(Want);
  uint64_t Have = 0;
  while (Have < Want) {
    ssize_t N = ::read(Fd, &Bytes[Have], Want - Have);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0)
      return readError(errno);
    if (N == 0)
      break;
    Have += N;
    // A file that grew while it was read: keep reading up to the limit.
    if (Have == Want && Want <= MaxBytes) {
      Want = std::min<uint64_t>(Want * 2, MaxBytes + 1);
      Bytes.resize(Want);
    }
  }
  Bytes.resize(Have);
  if (Have < std::min<uint64_t>(St.st_size, MaxBytes + 1))
    return llvm::createStringError(
        std::errc::io_error,
        "Filen blev kortare medan den lästes: den ändrades under "
        "granskningen. Granska den igen när den är färdigskriven.");
  return Bytes;
}

} // namespace ibic
