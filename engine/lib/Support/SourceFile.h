//===- SourceFile.h - A file's bytes and its line table -------------------===//
#ifndef IBIC_SUPPORT_SOURCEFILE_H
#define IBIC_SUPPORT_SOURCEFILE_H

#include "ibic/Result.h"

#include "llvm/ADT/StringRef.h"

#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ibic {

/// 1-based line and code-point column.
struct LineColumn {
  unsigned Line = 1, Column = 1;
};

/// The contents of one input file. Every model element refers to its text by
/// byte offset into Contents, so any finding can be located exactly.
class SourceFile {
public:
  SourceFile(std::string Path, std::string Contents);

  llvm::StringRef path() const { return Path; }
  llvm::StringRef contents() const { return Contents; }

  /// Line and code-point column of a byte offset (clamped to the file).
  LineColumn locate(uint32_t Offset) const;
  /// The text of the line holding \p Offset, without its line break.
  llvm::StringRef lineAt(uint32_t Offset) const;
  /// A diagnostic at \p Offset with the offending line attached.
  Diagnostic diagnose(uint32_t Offset, std::string Message) const;
  /// The offset of the first code point past column \p MaxColumns on the
  /// first line longer than that; nothing when every line fits.
  std::optional<uint32_t> overlongLine(unsigned MaxColumns) const;

private:
  std::string Path;
  std::string Contents;
  std::vector<uint32_t> LineStarts;
};

/// The bytes of the regular file \p Path, at most \p MaxBytes + 1 of them
/// (more than \p MaxBytes means the file is too large; the caller says so
/// at that offset). Read with read(2), never mapped: a file cut short while
/// it is read is an error for that file, not a SIGBUS that loses the batch.
/// A FIFO, device or folder is refused before it is opened for reading, as
/// it could block or never end. Errors are Swedish sentences.
llvm::Expected<std::string> readRegularFile(llvm::StringRef Path,
                                            uint64_t MaxBytes);

/// Counts code points in valid or invalid UTF-8 (continuation bytes skipped).
unsigned countCodePoints(llvm::StringRef Text);

} // namespace ibic

#endif
