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

#include "llvm/ADT/ArrayRef.h"

namespace ibic {

class MappingLookup;

struct ReadResult {
  std::vector<Case> Cases;
  std::vector<Diagnostic> Errors;
};

/// Reads one file from disk, choosing the format by extension (.xml, .docx
/// or text). A file beyond \p Lim (size, line length, nesting) is a
/// diagnostic. XML whose root element is not <ibic-export> is read through
/// the mapping \p Mappings finds for it (input-formats.md §3), if any.
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

/// A word processor's document as text: each paragraph of its body on a
/// line of its own (a table row is one paragraph), so that a position in it
/// is line = paragraph number, column = character in that paragraph.
struct ParagraphText {
  std::string Text;
  /// Per line: 1–6 when its paragraph has a heading style of that level
  /// (Rubrik 1, Heading 2, ...), else 0.
  std::vector<uint8_t> HeadingLevels;
};

/// Whether \p Path names a Word document (.docx).
bool isWordDocument(llvm::StringRef Path);

/// The paragraphs of the Word document \p Bytes (DocxReader.cpp), or a
/// Swedish sentence saying why it cannot be read: not a zip archive,
/// encrypted, no word/document.xml, malformed XML, more unpacked than
/// \p Lim's file size (a zip bomb) or XML nested deeper than its depth.
/// Never quotes the file's bytes.
llvm::Expected<ParagraphText> readDocxParagraphs(llvm::StringRef Bytes,
                                                 const Limits &Lim);

/// The plain-text reader over a word processor's paragraphs, one per line
/// of \p File: each line is a paragraph, a heading level starts a section
/// as a Markdown heading of that level would, and the header is the leading
/// "Key: value" paragraphs.
ReadResult readParagraphs(std::shared_ptr<const SourceFile> File,
                          const Reference &Ref,
                          llvm::ArrayRef<uint8_t> HeadingLevels);

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
                                       const Limits &Lim = {},
                                       const MappingLookup *Mappings = nullptr);

/// The `Ärende:` of a plain-text export's header block, or empty.
std::string plainTextCaseId(llvm::StringRef Contents);
/// The `Ärende:` of a word processor's header paragraphs, or empty.
std::string paragraphsCaseId(const ParagraphText &P);

/// Byte length of a UTF-8 byte order mark at the start of \p Text, or 0.
size_t byteOrderMarkLength(llvm::StringRef Text);

} // namespace ibic

#endif
