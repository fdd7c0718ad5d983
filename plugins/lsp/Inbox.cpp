#include "Inbox.h"

namespace ibic::lsp {

void Inbox::deliver(Incoming M) {
  std::lock_guard<std::mutex> Guard(Lock);
  const llvm::json::Object *O = M.Json.getAsObject();
  if (M.What == Incoming::Kind::Message && O &&
      O->getString("method") == llvm::StringRef("$/cancelRequest")) {
    const llvm::json::Object *Params = O->getObject("params");
    const llvm::json::Value *Id = Params ? Params->get("id") : nullptr;
    if (!Id)
      return;
    for (Incoming &Waiting : Queue) {
      const llvm::json::Object *W = Waiting.Json.getAsObject();
      if (W && W->get("method") && W->get("id") && *W->get("id") == *Id)
        Waiting.Cancelled = true;
    }
    return;
  }
  Queue.push_back(std::move(M));
  Arrived.notify_one();
}

Incoming Inbox::take() {
  std::unique_lock<std::mutex> Guard(Lock);
  Arrived.wait(Guard, [&] { return !Queue.empty(); });
  Incoming M = std::move(Queue.front());
  Queue.pop_front();
  return M;
}

std::optional<Incoming> Inbox::tryTake() {
  std::lock_guard<std::mutex> Guard(Lock);
  if (Queue.empty())
    return std::nullopt;
  Incoming M = std::move(Queue.front());
  Queue.pop_front();
  return M;
}

} // namespace ibic::lsp
