//===- Inbox.h - Messages between the reader thread and the server --------===//
//
// One thread reads standard input and delivers each message here; the
// server takes them one at a time. Keeping the queue lets the server apply
// every queued edit before it checks a document again, and lets a
// $/cancelRequest reach a request that is still waiting.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_LSP_INBOX_H
#define IBIC_LSP_INBOX_H

#include "llvm/Support/JSON.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string>

namespace ibic::lsp {

/// What the reader thread read.
struct Incoming {
  enum class Kind {
    Message,   ///< A JSON value (Json).
    Malformed, ///< Unusable input (Problem says why, never quoting it).
    End        ///< Input ended.
  };
  Kind What = Kind::Message;
  llvm::json::Value Json = nullptr;
  std::string Problem;
  /// A request the client cancelled while it waited.
  bool Cancelled = false;
};

class Inbox {
public:
  /// Queues \p M, except a $/cancelRequest: that marks the queued request
  /// it names as cancelled (a request already taken is answered as usual).
  void deliver(Incoming M);
  /// The next message, waiting for one.
  Incoming take();
  /// The next message if one is queued.
  std::optional<Incoming> tryTake();

private:
  std::mutex Lock;
  std::condition_variable Arrived;
  std::deque<Incoming> Queue;
};

} // namespace ibic::lsp

#endif
