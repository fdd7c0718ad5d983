#include "SourceFile.h"

#include "llvm/Support/JSON.h"

#include <algorithm>

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

} // namespace ibic
