//===- LanguageServer.cpp - The server on standard input and output -------===//
//
// A reader thread parses framed messages from standard input into the
// inbox while the server answers on standard output. The reader may still
// wait in read(2) when the server is told to exit, so it is detached and
// shares the inbox by ownership, not by a reference into this frame.
//
//===----------------------------------------------------------------------===//
#include "ibic-lsp/LanguageServer.h"

#include "Checker.h"
#include "Inbox.h"
#include "Log.h"
#include "Server.h"
#include "Transport.h"

#include "llvm/Support/raw_ostream.h"

#include <csignal>
#include <memory>
#include <thread>
#include <unistd.h>

namespace ibic::lsp {

namespace {

void readMessages(std::shared_ptr<Inbox> In) {
  MessageReader Reader(STDIN_FILENO);
  std::string Body;
  for (;;) {
    Incoming M;
    switch (Reader.read(Body)) {
    case MessageReader::Status::Message:
      if (llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Body)) {
        M.Json = std::move(*Parsed);
      } else {
        // The parser's message may quote the text; it is not passed on.
        llvm::consumeError(Parsed.takeError());
        M.What = Incoming::Kind::Malformed;
        M.Problem = "Meddelandet var ingen giltig JSON och hoppades över.";
      }
      break;
    case MessageReader::Status::BadHeader:
      M.What = Incoming::Kind::Malformed;
      M.Problem = "Ett meddelande saknade ett giltigt Content-Length-huvud och "
                  "hoppades över.";
      break;
    case MessageReader::Status::TooLarge:
      M.What = Incoming::Kind::Malformed;
      M.Problem = "Ett meddelande var större än 64 MB och hoppades över.";
      break;
    case MessageReader::Status::End:
      M.What = Incoming::Kind::End;
      In->deliver(std::move(M));
      return;
    }
    In->deliver(std::move(M));
  }
}

} // namespace

int runLanguageServer(const LanguageServerOptions &Options) {
  // A client that goes away is seen as a failed write, not a signal.
  std::signal(SIGPIPE, SIG_IGN);
  log("startar (LSP 3.17 på standard in och ut)");
  auto In = std::make_shared<Inbox>();
  std::thread(readMessages, In).detach();
  Checker Checks({Options.RulesDir, Options.ConfigFile, Options.SpellingMemoDir});
  llvm::raw_fd_ostream Out(STDOUT_FILENO, /*shouldClose=*/false);
  Server S(Checks, [&Out](const llvm::json::Value &Message) {
    writeMessage(Out, Message);
    return !Out.has_error();
  });
  int Code = S.run(*In);
  Out.flush();
  // A failed write is already reported; the stream must not report it again.
  Out.clear_error();
  log("avslutas med kod " + llvm::Twine(Code));
  return Code;
}

} // namespace ibic::lsp
