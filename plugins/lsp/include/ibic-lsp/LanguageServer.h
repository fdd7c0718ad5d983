//===- ibic-lsp/LanguageServer.h - `ibic-audit lsp`
//-------------------------===//
//
// The language server: LSP 3.17 over standard input and output, for
// editors that show findings while a document is written. The command
// line's `lsp` subcommand is one call:
//
//   ibic::lsp::LanguageServerOptions Options;
//   Options.RulesDir = ibic::defaultRulesDir();
//   return ibic::lsp::runLanguageServer(Options);
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_LSP_LANGUAGESERVER_H
#define IBIC_LSP_LANGUAGESERVER_H

#include <string>

namespace ibic::lsp {

struct LanguageServerOptions {
  /// Folder with reference/, granskningsmall/ and the rule packs.
  std::string RulesDir;
  /// A configuration for every document; empty to use the nearest
  /// .ibic-audit.yaml from each document's folder upward.
  std::string ConfigFile;
  /// Where the dictionaries' answers are kept between sessions
  /// (EngineOptions::SpellingMemoDir); empty: nowhere.
  std::string SpellingMemoDir;
};

/// Serves LSP messages on standard input and output until `exit` or the end
/// of input; logs (never a document's text) on standard error. Returns the
/// exit code: 0 when the client sent `shutdown` before `exit`, else 1.
int runLanguageServer(const LanguageServerOptions &Options);

} // namespace ibic::lsp

#endif
