#include "Log.h"

#include "llvm/Support/raw_ostream.h"

#include <mutex>

namespace ibic::lsp {

void log(const llvm::Twine &Message) {
  static std::mutex Lock;
  std::lock_guard<std::mutex> Guard(Lock);
  llvm::errs() << "ibic-audit lsp: " << Message << '\n';
  // Nowhere to report a failing standard error.
  llvm::errs().clear_error();
}

} // namespace ibic::lsp
