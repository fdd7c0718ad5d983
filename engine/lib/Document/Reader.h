//===- Reader.h - From file bytes to the model ----------------------------===//
//
// A reader never fails a batch: it returns the cases it could read and a
// diagnostic (file:line:column, in Swedish) for everything it could not.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_DOCUMENT_READER_H
#define IBIC_DOCUMENT_READER_H

#include "Document/Model.h"
#include "Document/Reference.h"
#include "Support/Limits.h"

namespace ibic {

class MappingLookup;

struct ReadResult {
  std::vector<Case> Cases;
  std::vector<Diagnostic> Errors;
};

/// Reads one file from disk, choosing the format by extension (.xml or text).
/// A file beyond \p Lim (size, line length, nesting) is a diagnostic. XML
/// whose root element is not <ibic-export> is read through the mapping
/// \p Mappings finds for it (input-formats.md §3), if any.
ReadResult readFile(llvm::StringRef Path, const Reference &Ref,
                    const Limits &Lim = {},
                    const MappingLookup *Mappings = nullptr);

/// Reads text already in memory as if it were the file \p Path.
ReadResult readBuffer(llvm::StringRef Path, std::string Contents,
                      const Reference &Ref, const Limits &Lim = {},
                      const MappingLookup *Mappings = nullptr);

/// The format readers, for a file that is known to be non-empty UTF-8 with
/// no overlong line. XML nested deeper than \p MaxDepth is refused before
/// the reader, which recurses per level, walks it. A root element other
/// than <ibic-export> needs a layout from \p Mappings.
ReadResult readXml(std::shared_ptr<const SourceFile> File, const Reference &Ref,
                   unsigned MaxDepth = Limits().MaxDepth,
                   const MappingLookup *Mappings = nullptr);
ReadResult readPlainText(std::shared_ptr<const SourceFile> File,
                         const Reference &Ref);

/// The case ids \p Path holds, read from its header (text) or its <case>
/// tags (XML) without reading its documents: enough to group the files that
/// share a case before each group is read once. It may name an id the file
/// does not really hold (a tag inside a comment), never miss one. Vendor
/// XML is parsed and its case ids found through its mapping.
std::vector<std::string> scanCaseIds(llvm::StringRef Path,
                                     const Limits &Lim = {},
                                     const MappingLookup *Mappings = nullptr);

/// The case ids of \p Text read as the file \p Path, as scanCaseIds finds
/// them in a file: for a document an editor holds, whose text is not on disk.
std::vector<std::string> caseIdsInText(llvm::StringRef Path,
                                       llvm::StringRef Text,
                                       const MappingLookup *Mappings = nullptr);

/// The `Ärende:` of a plain-text export's header block, or empty.
std::string plainTextCaseId(llvm::StringRef Contents);

/// Byte length of a UTF-8 byte order mark at the start of \p Text, or 0.
size_t byteOrderMarkLength(llvm::StringRef Text);

} // namespace ibic

#endif
