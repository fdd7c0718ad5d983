//===- Server.h - The language server's state and its methods -------------===//
//
// Takes messages from an Inbox one at a time on one thread and answers on
// a stream. Text edits are applied at once; a changed document is checked
// only when no message is waiting, so a burst of edits costs one check.
// A request that needs a document's findings (code actions, hover) checks
// it first if it changed, so its answer always matches the text.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_LSP_SERVER_H
#define IBIC_LSP_SERVER_H

#include "Checker.h"
#include "Inbox.h"

#include "llvm/Support/JSON.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>

namespace ibic::lsp {

/// JSON-RPC and LSP error codes.
enum ErrorCode {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  InternalError = -32603,
  ServerNotInitialized = -32002,
  RequestCancelled = -32800,
};

class Server {
public:
  /// Sends one message to the client; false when it could not (the client
  /// is gone).
  using Sender = std::function<bool(const llvm::json::Value &)>;

  Server(Checker &Checks, Sender Send);

  /// Serves the messages of \p In until `exit` or the end of input. The
  /// exit code: 0 when `shutdown` came first, else 1.
  int run(Inbox &In);

private:
  struct Document {
    std::string Text;
    int64_t Version = 0;
    bool Changed = true; ///< Not checked since the last edit or save.
    Check Last;
  };
  struct Failure {
    int Code;
    std::string Message;
  };
  using Reply = std::variant<llvm::json::Value, Failure>;

  /// False once `exit` was handled.
  bool handle(Incoming &M);
  Reply request(llvm::StringRef Method, const llvm::json::Value &Params);
  void notification(llvm::StringRef Method, const llvm::json::Value &Params);

  /// Reads \p Params as T for \p Handler: a request with parameters it
  /// cannot read gets InvalidParams naming the field.
  template <typename T>
  Reply withParams(const llvm::json::Value &Params,
                   Reply (Server::*Handler)(T &));
  /// The same for a notification, which gets a line in the log instead.
  template <typename T>
  void withParams(llvm::StringRef Method, const llvm::json::Value &Params,
                  void (Server::*Handler)(T &));

  Reply initialize(const llvm::json::Value &Params);
  Reply codeAction(CodeActionParams &P);
  Reply hover(HoverParams &P);
  void didOpen(DidOpenParams &P);
  void didChange(DidChangeParams &P);
  void didSave(DocumentParams &P);
  void didClose(DocumentParams &P);

  /// Checks every changed document and publishes its diagnostics.
  void checkChanged();
  /// The open document \p Uri, checked if it changed; null if not open.
  Document *checked(const std::string &Uri);
  void publish(const std::string &Uri, const Document &D);
  llvm::json::Value diagnostic(const Problem &P) const;

  void send(llvm::json::Value Message);
  void respond(const llvm::json::Value &Id, Reply R);

  Checker &Checks;
  Sender Out;
  bool OutputFailed = false;
  bool Initialized = false;
  bool ShuttingDown = false;
  bool HoverMarkdown = false;
  std::map<std::string, Document> Documents;
};

} // namespace ibic::lsp

#endif
