//===- Transport.h - LSP base protocol: Content-Length framing ------------===//
//
// A message is header lines ("Content-Length: N", optionally
// "Content-Type: ..."), each ended by CRLF, a blank line, then N bytes of
// JSON. The reader never trusts the client: a bad header or an oversized
// body is reported as a value and reading goes on with the next message.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_LSP_TRANSPORT_H
#define IBIC_LSP_TRANSPORT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <optional>
#include <string>

namespace ibic::lsp {

/// Reads framed messages from a file descriptor (standard input).
class MessageReader {
public:
  /// Bodies larger than \p MaxBody bytes are skipped, not kept in memory.
  explicit MessageReader(int FD, size_t MaxBody = size_t(64) << 20);

  enum class Status {
    Message,   ///< A body was read.
    BadHeader, ///< A header block without a valid Content-Length; skipped.
    TooLarge,  ///< The body was larger than the limit; skipped.
    End        ///< End of input (or a read error), also inside a message.
  };

  /// Reads the next message into \p Body.
  Status read(std::string &Body);

private:
  /// Reads more bytes into Buffer; false at the end of input.
  bool fill();
  /// The next line without its line break; false at the end of input. A
  /// line longer than a header could be is cut and \p Overlong is set.
  bool readLine(std::string &Line, bool &Overlong);
  /// Takes \p N bytes of body into \p Out (or drops them when Out is null).
  bool take(size_t N, std::string *Out);

  int FD;
  size_t MaxBody;
  std::string Buffer;
  size_t Pos = 0;
};

/// Writes \p Message with its header and flushes.
void writeMessage(llvm::raw_ostream &OS, const llvm::json::Value &Message);

} // namespace ibic::lsp

#endif
