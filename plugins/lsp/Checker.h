//===- Checker.h - One document through the engine, in LSP terms ----------===//
//
// The language server's only way into the engine. A document is checked as
// `ibic-audit check` would check it in its folder: with the configuration
// found from its folder upward, and (for the text export) together with
// the other files of its case in that folder, through
// Engine::auditTextInCase. Engines are kept per configuration file and
// loaded again when that file changes. Which files hold a document's case
// is looked for again only when its case id, its folder (a file added,
// removed or renamed) or a file saved in the editor says it may have
// changed: reading the header of every file in a large folder on every
// keystroke would cost more than the check itself.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_LSP_CHECKER_H
#define IBIC_LSP_CHECKER_H

#include "Protocol.h"

#include "ibic/Engine.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Chrono.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ibic::lsp {

/// A finding, or a problem with the input or the configuration, placed in
/// the document.
struct Problem {
  Range Where;
  Severity Level = Severity::Error;
  /// The rule's id; empty for a problem with the input or configuration.
  std::string Rule;
  /// Swedish; for a finding with a question, the question follows on a
  /// line of its own.
  std::string Message;
  /// Replaces the text at Where; empty when there is none.
  std::string Suggestion;
  /// The granskningsmall question ("M7: Målen är ...") or empty.
  std::string Question;
  /// The rule; valid as long as the Check's engine.
  const RuleInfo *Info = nullptr;
  /// A file: URI of the rule's file.
  std::string Href;
};

/// What one check of one version of a document found.
struct Check {
  std::shared_ptr<const Engine> CheckedBy; ///< Keeps Problem::Info valid.
  std::vector<Problem> Problems;
};

struct CheckerOptions {
  std::string RulesDir;
  /// Used for every document when set, instead of the nearest
  /// .ibic-audit.yaml.
  std::string ConfigFile;
  /// EngineOptions::SpellingMemoDir.
  std::string SpellingMemoDir;
};

class Checker {
public:
  explicit Checker(CheckerOptions Options);

  /// Checks \p Text, the text of the document \p Uri. A URI that is no
  /// local file (an unsaved buffer) is checked alone, with no
  /// configuration but --config.
  Check check(llvm::StringRef Uri, llvm::StringRef Text);

  /// Files on disk may have changed (the editor opened or saved one): the
  /// files of each document's case are looked for again.
  void filesChanged() { Cases.clear(); }
  /// \p Uri is no longer open.
  void closed(llvm::StringRef Uri);

private:
  struct Loaded {
    std::shared_ptr<const Engine> Instance; ///< Null after load errors.
    /// What the engine learnt about words, for the next edit.
    std::shared_ptr<AuditMemory> Memory;
    std::vector<Diagnostic> Errors;
    llvm::sys::TimePoint<> Modified; ///< Of the configuration file.
    uint64_t Size = 0;
    llvm::StringMap<const RuleInfo *> Rules;
    llvm::StringMap<std::string> Hrefs;
    unsigned long LastUse = 0;
  };
  /// The engine for \p ConfigFile ("" for none), loaded when it is not
  /// yet or the file changed since.
  const Loaded &engineFor(const std::string &ConfigFile);
  /// The other files of the case of \p Text, the document at \p Path.
  const std::vector<std::string> &
  caseFiles(const Engine &E, const std::string &Path, llvm::StringRef Text);

  /// The other files of a document's case, as last looked for.
  struct CaseFiles {
    std::vector<std::string> Ids; ///< The case ids the document held.
    llvm::sys::TimePoint<> FolderModified;
    std::vector<std::string> Files;
  };

  CheckerOptions Options;
  std::map<std::string, Loaded> Engines;
  std::map<std::string, CaseFiles> Cases; ///< By the document's path.
  unsigned long Uses = 0;
};

} // namespace ibic::lsp

#endif
