#include "Yaml.h"

#include "Support/SourceFile.h"

#include "llvm/ADT/StringExtras.h"

#include <functional>

namespace ibic {

const llvm::MemoryBuffer *YamlSources::open(llvm::StringRef Path,
                                            std::vector<Diagnostic> &Errors) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer) {
    Errors.push_back({Path.str(), 0, 0,
                      "kan inte läsa filen: " + Buffer.getError().message(), ""});
    return nullptr;
  }
  unsigned Id = Sources.AddNewSourceBuffer(std::move(*Buffer), llvm::SMLoc());
  return Sources.getMemoryBuffer(Id);
}

void YamlSources::report(const llvm::SMDiagnostic &D, void *Context) {
  auto &Sink = *static_cast<ErrorSink *>(Context);
  if (D.getKind() != llvm::SourceMgr::DK_Error)
    return;
  Sink.Failed = true;
  llvm::StringRef Line = D.getLineContents();
  unsigned Column = D.getColumnNo() < 0
                        ? 0
                        : countCodePoints(Line.take_front(D.getColumnNo())) + 1;
  Sink.Errors.push_back({D.getFilename().str(), unsigned(std::max(0, D.getLineNo())),
                         Column, D.getMessage().str(), Line.str()});
}

llvm::SMLoc YamlSources::find(llvm::StringRef File, llvm::StringRef Text) const {
  for (unsigned Id = 1; Id <= Sources.getNumBuffers(); ++Id) {
    const llvm::MemoryBuffer *Buffer = Sources.getMemoryBuffer(Id);
    if (Buffer->getBufferIdentifier() != File)
      continue;
    size_t At = Buffer->getBuffer().find(Text);
    if (At != llvm::StringRef::npos)
      return llvm::SMLoc::getFromPointer(Buffer->getBufferStart() + At);
  }
  return {};
}

llvm::SMLoc YamlSources::findTopLevelKey(llvm::StringRef File,
                                         llvm::StringRef Key) const {
  for (unsigned Id = 1; Id <= Sources.getNumBuffers(); ++Id) {
    const llvm::MemoryBuffer *Buffer = Sources.getMemoryBuffer(Id);
    if (Buffer->getBufferIdentifier() != File)
      continue;
    for (llvm::StringRef Line : llvm::split(Buffer->getBuffer(), '\n')) {
      llvm::StringRef Rest = Line;
      if (Rest.consume_front(Key) && Rest.ltrim(' ').startswith(":"))
        return llvm::SMLoc::getFromPointer(Line.data());
    }
  }
  return {};
}

Diagnostic YamlSources::diagnose(llvm::SMLoc Loc, llvm::StringRef File,
                                 std::string Message) const {
  unsigned Id = Loc.isValid() ? Sources.FindBufferContainingLoc(Loc) : 0;
  if (Id == 0)
    return {File.str(), 0, 0, std::move(Message), ""};
  const llvm::MemoryBuffer *Buffer = Sources.getMemoryBuffer(Id);
  llvm::StringRef Text = Buffer->getBuffer();
  uint32_t Offset = Loc.getPointer() - Text.begin();
  size_t Newline = Text.rfind('\n', Offset);
  size_t LineStart = Newline == llvm::StringRef::npos ? 0 : Newline + 1;
  size_t LineEnd = Text.find('\n', Offset);
  llvm::StringRef Line = Text.slice(LineStart, LineEnd);
  unsigned LineNo = Sources.getLineAndColumn(Loc, Id).first;
  return {Buffer->getBufferIdentifier().str(), LineNo,
          countCodePoints(Text.slice(LineStart, Offset)) + 1, std::move(Message),
          Line.rtrim("\r").str()};
}

std::string foldProse(llvm::StringRef Text) {
  std::string Out;
  llvm::SmallVector<llvm::StringRef, 4> Paragraphs;
  Text.trim().split(Paragraphs, "\n\n", -1, false);
  for (llvm::StringRef P : Paragraphs) {
    if (!Out.empty())
      Out += "\n\n";
    std::string Joined;
    for (llvm::StringRef Line : llvm::split(P, '\n')) {
      llvm::StringRef Trimmed = Line.trim();
      if (Trimmed.empty())
        continue;
      if (!Joined.empty())
        Joined += ' ';
      Joined += Trimmed.str();
    }
    Out += Joined;
  }
  return Out;
}


llvm::SMLoc currentLocation(llvm::yaml::IO &IO) {
  if (IO.outputting())
    return {};
  const llvm::yaml::Node *N =
      static_cast<llvm::yaml::Input &>(IO).getCurrentNode();
  return N ? N->getSourceRange().Start : llvm::SMLoc();
}

llvm::SMLoc scalarLocation(llvm::StringRef Scalar, void *Context) {
  auto *In = static_cast<llvm::yaml::Input *>(Context);
  const llvm::yaml::Node *N = In ? In->getCurrentNode() : nullptr;
  if (!N)
    return {};
  llvm::SMRange Written = N->getSourceRange();
  std::less_equal<const char *> NotAfter;
  if (NotAfter(Written.Start.getPointer(), Scalar.data()) &&
      NotAfter(Scalar.data(), Written.End.getPointer()))
    return llvm::SMLoc::getFromPointer(Scalar.data());
  return Written.Start;
}

} // namespace ibic
