#include "Reader.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace ibic {

size_t byteOrderMarkLength(llvm::StringRef Text) {
  return Text.startswith("\xEF\xBB\xBF") ? 3 : 0;
}

ReadResult readFile(llvm::StringRef Path, const Reference &Ref) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer) {
    ReadResult R;
    R.Errors.push_back({Path.str(), 0, 0,
                        "Filen kunde inte läsas: " + Buffer.getError().message(),
                        ""});
    return R;
  }
  return readBuffer(Path, (*Buffer)->getBuffer().str(), Ref);
}

ReadResult readBuffer(llvm::StringRef Path, std::string Contents,
                      const Reference &Ref) {
  auto File = std::make_shared<const SourceFile>(Path.str(), std::move(Contents));
  llvm::StringRef Text = File->contents();
  if (Text.drop_front(byteOrderMarkLength(Text)).trim().empty()) {
    ReadResult R;
    R.Errors.push_back(File->diagnose(
        0, "Filen är tom. Den innehåller inget ärende att granska."));
    return R;
  }
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(Text.begin());
  const auto *Cursor = Begin;
  if (!llvm::isLegalUTF8String(&Cursor,
                               reinterpret_cast<const llvm::UTF8 *>(Text.end()))) {
    ReadResult R;
    R.Errors.push_back(File->diagnose(
        Cursor - Begin, "Ogiltig UTF-8: filen måste vara sparad som UTF-8. "
                        "Spara om den som UTF-8 och granska igen."));
    return R;
  }
  if (llvm::sys::path::extension(Path).equals_insensitive(".xml"))
    return readXml(std::move(File), Ref);
  return readPlainText(std::move(File), Ref);
}

} // namespace ibic
