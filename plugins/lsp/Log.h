//===- Log.h - What the language server says on standard error ------------===//
//
// Editors show a server's standard error as its log. It never holds text
// of a document or a file name (either may name a person): only methods,
// request ids, sizes, counts, times and the server's own problems.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_LSP_LOG_H
#define IBIC_LSP_LOG_H

#include "llvm/ADT/Twine.h"

namespace ibic::lsp {

/// Writes one line, "ibic-audit lsp: " and \p Message; safe from any thread.
void log(const llvm::Twine &Message);

} // namespace ibic::lsp

#endif
