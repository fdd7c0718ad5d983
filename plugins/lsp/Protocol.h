//===- Protocol.h - LSP positions, ranges and URIs ------------------------===//
//
// The engine locates findings by 1-based line and code-point column, with
// lines ended by '\n'; LSP counts 0-based lines (ended by "\n", "\r\n" or
// "\r") and UTF-16 code units, so "å" is one unit and "😀" two. Every
// conversion goes through the byte offset in the document's text, which
// both sides agree on.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_LSP_PROTOCOL_H
#define IBIC_LSP_PROTOCOL_H

#include "llvm/ADT/Optional.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace ibic::lsp {

/// A place between two characters: 0-based line and UTF-16 code unit.
struct Position {
  unsigned Line = 0, Character = 0;
  friend bool operator==(const Position &A, const Position &B) {
    return std::tie(A.Line, A.Character) == std::tie(B.Line, B.Character);
  }
  friend bool operator<(const Position &A, const Position &B) {
    return std::tie(A.Line, A.Character) < std::tie(B.Line, B.Character);
  }
  friend bool operator<=(const Position &A, const Position &B) {
    return !(B < A);
  }
};

struct Range {
  Position Start, End;
  /// True when \p P is inside or at either end of the range.
  bool touches(Position P) const { return Start <= P && P <= End; }
  /// True when the ranges share a position (touching counts).
  bool touches(const Range &R) const {
    return Start <= R.End && R.Start <= End;
  }
};

llvm::json::Value toJSON(const Position &P);
llvm::json::Value toJSON(const Range &R);
bool fromJSON(const llvm::json::Value &V, Position &P, llvm::json::Path Where);
bool fromJSON(const llvm::json::Value &V, Range &R, llvm::json::Path Where);

/// The parameters of the methods the server handles, as far as it reads
/// them; each fromJSON reports what is missing or mistyped through
/// \p Where, naming the field, never quoting a value.
struct DidOpenParams {
  std::string Uri, Text;
  int64_t Version = 0;
};
struct ContentChange {
  llvm::Optional<Range> Where; ///< None: Text is the whole new text.
  std::string Text;
};
struct DidChangeParams {
  std::string Uri;
  llvm::Optional<int64_t> Version;
  std::vector<ContentChange> Changes;
};
/// didSave and didClose.
struct DocumentParams {
  std::string Uri;
};
struct CodeActionParams {
  std::string Uri;
  Range Where;
  llvm::Optional<std::vector<std::string>> Only;
};
struct HoverParams {
  std::string Uri;
  Position At;
};
bool fromJSON(const llvm::json::Value &V, DidOpenParams &P,
              llvm::json::Path Where);
bool fromJSON(const llvm::json::Value &V, ContentChange &C,
              llvm::json::Path Where);
bool fromJSON(const llvm::json::Value &V, DidChangeParams &P,
              llvm::json::Path Where);
bool fromJSON(const llvm::json::Value &V, DocumentParams &P,
              llvm::json::Path Where);
bool fromJSON(const llvm::json::Value &V, CodeActionParams &P,
              llvm::json::Path Where);
bool fromJSON(const llvm::json::Value &V, HoverParams &P,
              llvm::json::Path Where);

/// The lines of one text, for converting between byte offsets, LSP
/// positions and the engine's line and column.
class LineTable {
public:
  explicit LineTable(llvm::StringRef Text);

  /// The byte offset of \p P. A line past the end means the end of the
  /// text, a character past the end of its line the end of the line, and
  /// a character inside a surrogate pair the start of its code point.
  size_t offset(Position P) const;
  /// The position of byte \p Offset (clamped to the text).
  Position position(size_t Offset) const;
  /// The byte offset of an engine location: 1-based \p Line (lines end at
  /// '\n') and 1-based code-point \p Column, counted after a byte order
  /// mark on the first line, as ibic::Finding has them.
  size_t offsetOfColumn(unsigned Line, unsigned Column) const;

private:
  llvm::StringRef Text;
  std::vector<size_t> Starts;       ///< LSP lines.
  std::vector<size_t> EngineStarts; ///< Lines ended by '\n' only.
};

/// \p Text with the bytes of \p R replaced by \p NewText (a
/// TextDocumentContentChangeEvent with a range).
std::string applyChange(llvm::StringRef Text, const Range &R,
                        llvm::StringRef NewText);

/// The local path a file: URI names, percent-decoded; nothing for another
/// scheme, a remote host or a malformed escape.
std::optional<std::string> pathFromUri(llvm::StringRef Uri);

/// A file: URI for an absolute path; everything but unreserved characters
/// and '/' is percent-encoded ("ärende 1.txt" → "%C3%A4rende%201.txt").
std::string uriFromPath(llvm::StringRef AbsolutePath);

} // namespace ibic::lsp

#endif
