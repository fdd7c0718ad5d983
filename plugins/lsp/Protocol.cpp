#include "Protocol.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cstdint>

namespace ibic::lsp {

llvm::json::Value toJSON(const Position &P) {
  return llvm::json::Object{{"line", P.Line}, {"character", P.Character}};
}

llvm::json::Value toJSON(const Range &R) {
  return llvm::json::Object{{"start", R.Start}, {"end", R.End}};
}

bool fromJSON(const llvm::json::Value &V, Position &P, llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  int64_t Line, Character;
  if (!O || !O.map("line", Line) || !O.map("character", Character))
    return false;
  // LSP's uinteger: 0 to 2^31 - 1.
  if (Line < 0 || Character < 0 || Line > INT32_MAX || Character > INT32_MAX) {
    Where.report("expected line and character from 0 to 2^31 - 1");
    return false;
  }
  P.Line = unsigned(Line);
  P.Character = unsigned(Character);
  return true;
}

bool fromJSON(const llvm::json::Value &V, Range &R, llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  return O && O.map("start", R.Start) && O.map("end", R.End);
}

namespace {

/// `textDocument` of most parameters: an object with the document's URI.
struct DocumentIdentifier {
  std::string Uri;
  llvm::Optional<int64_t> Version;
};

bool fromJSON(const llvm::json::Value &V, DocumentIdentifier &D,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  return O && O.map("uri", D.Uri) && O.map("version", D.Version);
}

bool mapDocument(llvm::json::ObjectMapper &O, std::string &Uri,
                 llvm::Optional<int64_t> *Version = nullptr) {
  DocumentIdentifier D;
  if (!O.map("textDocument", D))
    return false;
  Uri = std::move(D.Uri);
  if (Version)
    *Version = D.Version;
  return true;
}

/// The TextDocumentItem of didOpen.
struct DocumentItem {
  DidOpenParams Item;
};

bool fromJSON(const llvm::json::Value &V, DocumentItem &D,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  return O && O.map("uri", D.Item.Uri) && O.map("text", D.Item.Text) &&
         O.map("version", D.Item.Version);
}

/// The CodeActionContext, as far as it is read.
struct ActionContext {
  llvm::Optional<std::vector<std::string>> Only;
};

bool fromJSON(const llvm::json::Value &V, ActionContext &C,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  return O && O.map("only", C.Only);
}

} // namespace

bool fromJSON(const llvm::json::Value &V, DidOpenParams &P,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  DocumentItem D;
  if (!O || !O.map("textDocument", D))
    return false;
  P = std::move(D.Item);
  return true;
}

bool fromJSON(const llvm::json::Value &V, ContentChange &C,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  return O && O.map("range", C.Where) && O.map("text", C.Text);
}

bool fromJSON(const llvm::json::Value &V, DidChangeParams &P,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  return O && mapDocument(O, P.Uri, &P.Version) &&
         O.map("contentChanges", P.Changes);
}

bool fromJSON(const llvm::json::Value &V, DocumentParams &P,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  return O && mapDocument(O, P.Uri);
}

bool fromJSON(const llvm::json::Value &V, CodeActionParams &P,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  llvm::Optional<ActionContext> Context;
  if (!O || !mapDocument(O, P.Uri) || !O.map("range", P.Where) ||
      !O.map("context", Context))
    return false;
  if (Context)
    P.Only = std::move(Context->Only);
  return true;
}

bool fromJSON(const llvm::json::Value &V, HoverParams &P,
              llvm::json::Path Where) {
  llvm::json::ObjectMapper O(V, Where);
  return O && mapDocument(O, P.Uri) && O.map("position", P.At);
}

namespace {

bool isContinuation(char C) {
  return (static_cast<unsigned char>(C) & 0xC0) == 0x80;
}

/// UTF-16 code units of the code point whose lead byte is \p C: a
/// four-byte sequence is outside the BMP, a surrogate pair.
unsigned utf16Units(char C) {
  return static_cast<unsigned char>(C) >= 0xF0 ? 2 : 1;
}

} // namespace

LineTable::LineTable(llvm::StringRef Text) : Text(Text) {
  Starts.push_back(0);
  EngineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\n') {
      Starts.push_back(I + 1);
      EngineStarts.push_back(I + 1);
    } else if (Text[I] == '\r' &&
               (I + 1 == Text.size() || Text[I + 1] != '\n')) {
      Starts.push_back(I + 1);
    }
  }
}

size_t LineTable::offset(Position P) const {
  if (P.Line >= Starts.size())
    return Text.size();
  size_t At = Starts[P.Line];
  size_t End = P.Line + 1 < Starts.size() ? Starts[P.Line + 1] : Text.size();
  // The line break is not part of the line.
  while (End > At && (Text[End - 1] == '\n' || Text[End - 1] == '\r') &&
         P.Line + 1 < Starts.size())
    --End;
  unsigned Units = 0;
  while (At < End) {
    unsigned Width = utf16Units(Text[At]);
    if (Units + Width > P.Character)
      break;
    Units += Width;
    ++At;
    while (At < End && isContinuation(Text[At]))
      ++At;
  }
  return At;
}

Position LineTable::position(size_t Offset) const {
  Offset = std::min(Offset, Text.size());
  auto It = std::upper_bound(Starts.begin(), Starts.end(), Offset);
  unsigned Line = unsigned(It - Starts.begin()) - 1;
  unsigned Units = 0;
  for (size_t I = Starts[Line]; I < Offset; ++I)
    if (!isContinuation(Text[I]))
      Units += utf16Units(Text[I]);
  return {Line, Units};
}

size_t LineTable::offsetOfColumn(unsigned Line, unsigned Column) const {
  if (Line == 0)
    return 0;
  if (Line > EngineStarts.size())
    return Text.size();
  size_t At = EngineStarts[Line - 1];
  if (Line == 1 && Text.startswith("\xEF\xBB\xBF"))
    At = 3;
  for (unsigned C = 1; C < Column && At < Text.size() && Text[At] != '\n';
       ++C) {
    ++At;
    while (At < Text.size() && isContinuation(Text[At]))
      ++At;
  }
  return At;
}

std::string applyChange(llvm::StringRef Text, const Range &R,
                        llvm::StringRef NewText) {
  LineTable Lines(Text);
  size_t Begin = Lines.offset(R.Start);
  size_t End = std::max(Begin, Lines.offset(R.End));
  return (Text.take_front(Begin) + NewText + Text.drop_front(End)).str();
}

std::optional<std::string> pathFromUri(llvm::StringRef Uri) {
  if (!Uri.consume_front("file://"))
    return std::nullopt;
  // An empty authority or localhost; any other host is not on this machine.
  if (!Uri.consume_front("localhost") && !Uri.startswith("/"))
    return std::nullopt;
  if (!Uri.startswith("/"))
    return std::nullopt;
  Uri = Uri.take_until([](char C) { return C == '?' || C == '#'; });
  std::string Path;
  for (size_t I = 0; I < Uri.size(); ++I) {
    if (Uri[I] != '%') {
      Path += Uri[I];
      continue;
    }
    if (I + 2 >= Uri.size() || !llvm::isHexDigit(Uri[I + 1]) ||
        !llvm::isHexDigit(Uri[I + 2]))
      return std::nullopt;
    char C = char(llvm::hexFromNibbles(Uri[I + 1], Uri[I + 2]));
    if (C == '\0')
      return std::nullopt;
    Path += C;
    I += 2;
  }
  return Path;
}

std::string uriFromPath(llvm::StringRef AbsolutePath) {
  std::string Out = "file://";
  for (unsigned char C : AbsolutePath) {
    if (llvm::isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' ||
        C == '/') {
      Out += char(C);
      continue;
    }
    Out += '%';
    Out += llvm::hexdigit(C >> 4);
    Out += llvm::hexdigit(C & 15);
  }
  return Out;
}

} // namespace ibic::lsp
