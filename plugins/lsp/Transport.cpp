#include "Transport.h"

#include "llvm/ADT/StringExtras.h"

#include <cerrno>
#include <unistd.h>

namespace ibic::lsp {

namespace {

/// No real header line is this long; longer input is garbage to skip.
constexpr size_t MaxHeaderLine = 1024;

} // namespace

MessageReader::MessageReader(int FD, size_t MaxBody)
    : FD(FD), MaxBody(MaxBody) {}

bool MessageReader::fill() {
  if (Pos > 0 && Pos == Buffer.size()) {
    Buffer.clear();
    Pos = 0;
  }
  char Chunk[65536];
  for (;;) {
    ssize_t N = ::read(FD, Chunk, sizeof Chunk);
    if (N > 0) {
      Buffer.append(Chunk, size_t(N));
      return true;
    }
    if (N < 0 && errno == EINTR)
      continue;
    return false;
  }
}

bool MessageReader::readLine(std::string &Line, bool &Overlong) {
  Line.clear();
  Overlong = false;
  for (;;) {
    size_t Newline = Buffer.find('\n', Pos);
    size_t End = Newline == std::string::npos ? Buffer.size() : Newline;
    if (!Overlong) {
      Line.append(Buffer, Pos,
                  std::min(End - Pos, MaxHeaderLine + 1 - Line.size()));
      Overlong = Line.size() > MaxHeaderLine;
    }
    if (Newline != std::string::npos) {
      Pos = Newline + 1;
      if (!Line.empty() && Line.back() == '\r')
        Line.pop_back();
      return true;
    }
    Pos = Buffer.size();
    if (!fill())
      return false;
  }
}

bool MessageReader::take(size_t N, std::string *Out) {
  if (Out) {
    Out->clear();
    Out->reserve(N);
  }
  while (N > 0) {
    if (Pos == Buffer.size() && !fill())
      return false;
    size_t Part = std::min(N, Buffer.size() - Pos);
    if (Out)
      Out->append(Buffer, Pos, Part);
    Pos += Part;
    N -= Part;
  }
  return true;
}

MessageReader::Status MessageReader::read(std::string &Body) {
  std::optional<size_t> Length;
  bool AnyLine = false;
  std::string Line;
  for (;;) {
    bool Overlong;
    if (!readLine(Line, Overlong))
      return Status::End;
    if (Line.empty()) {
      // Blank lines between messages are tolerated.
      if (!AnyLine)
        continue;
      break;
    }
    AnyLine = true;
    if (Overlong)
      continue;
    // The field may follow garbage on the same line, left over from a
    // message whose body was not where its header said: resynchronise.
    size_t At = llvm::StringRef(Line).lower().find("content-length:");
    if (At == std::string::npos)
      continue; // Content-Type and unknown fields are ignored.
    unsigned long long N;
    if (llvm::StringRef(Line).drop_front(At + 15).trim().getAsInteger(10, N))
      Length.reset();
    else
      Length = size_t(N);
  }
  if (!Length)
    return Status::BadHeader;
  if (*Length > MaxBody)
    return take(*Length, nullptr) ? Status::TooLarge : Status::End;
  return take(*Length, &Body) ? Status::Message : Status::End;
}

void writeMessage(llvm::raw_ostream &OS, const llvm::json::Value &Message) {
  std::string Body;
  llvm::raw_string_ostream(Body) << Message;
  OS << "Content-Length: " << Body.size() << "\r\n\r\n" << Body;
  OS.flush();
}

} // namespace ibic::lsp
