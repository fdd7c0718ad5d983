//===- ibic/Engine.h - The public entry point ------------------------------===//
//
// ibic-audit checks exported IBIC case documentation against rule packs and
// scores it on the review template (granskningsmall). Typical use:
//
//   ibic::EngineOptions Opts;
//   Opts.RulesDir = "/usr/share/ibic-audit/rules";
//   Opts.ConfigFile = ibic::findConfigFile("export/2024");
//   ibic::LoadResult Loaded = ibic::Engine::load(Opts);
//   if (!Loaded.Errors.empty()) { /* print them; nothing was audited */ }
//   ibic::AuditResult R = Loaded.Engine->audit({"export/2024"}, {});
//   ibic::writeJsonReport(R, llvm::outs());
//
// The engine never prints and never throws: problems come back as values.
// One Engine may audit from several threads at once; it is immutable after
// load().
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_ENGINE_H
#define IBIC_ENGINE_H

#include "ibic/Result.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace llvm {
class ThreadPool;
}

namespace ibic {

struct EngineOptions {
  /// Folder with reference/, granskningsmall/ and the rule packs.
  std::string RulesDir;
  /// A user configuration (.ibic-audit.yaml); empty for none.
  std::string ConfigFile;
  /// Where Hunspell dictionaries are read from, unless the configuration
  /// names a folder (`dictionaries:`).
  std::string DictionaryDir = "/usr/share/hunspell";
  /// Where the dictionaries' answers are kept from one run to the next, so
  /// that a check of a few files need not wait for Hunspell to load (the
  /// folder is made when first written); empty: nowhere, every run loads
  /// the dictionary. defaultCacheDir() is the usual place.
  std::string SpellingMemoDir;
};

/// The user's cache folder for ibic-audit ($XDG_CACHE_HOME/ibic-audit or
/// ~/.cache/ibic-audit); empty when there is no home to put it in.
std::string defaultCacheDir();

/// How far an audit has come; see AuditOptions::Progress.
struct AuditProgress {
  size_t FilesDone = 0; ///< Files read, checked and scored.
  size_t Files = 0;     ///< Files in the batch.
  size_t CasesDone = 0; ///< Cases finished so far.
};

/// What the checks of one engine learn about words during an audit (whether
/// each is spelt right, its correction). An audit keeps it to itself and
/// frees it at its end, unless the caller passes one in
/// AuditOptions::Memory: a program that checks text again and again, such
/// as an editor after each edit, then asks the dictionary only about the
/// words just typed. Made by Engine::newMemory(), bounded in size, freed
/// with its last reference, and safe to share between audits that run at
/// once; one made by another engine is not used.
class AuditMemory;

struct AuditOptions {
  /// Threads for reading and checking; 0 uses every core.
  unsigned Jobs = 0;
  /// Score the template (audit) or only collect findings (check).
  bool Score = true;
  /// Measure the time of each rule and stage (AuditResult::Profile).
  bool Profile = false;
  /// For reports that leave the unit: in messages, suggestions and source
  /// lines, the people a case names (the individual, relatives and staff
  /// named in the text, authors named in place of a role) are replaced by
  /// their role ("den enskilde", "dottern", "personalen").
  bool Redact = false;
  /// Vendor mapping files (README, "Vendor XML through a mapping") for XML
  /// whose root element is not <ibic-export>. Empty: each such file uses
  /// the mapping files (`*.ibic-mapping.yaml`) in its folder or the nearest
  /// folder above that has one for its root element.
  std::vector<std::string> MappingFiles;
  /// Keep each finished case in a temporary file rather than in memory
  /// (CaseList), so a batch of any size needs no more memory than its
  /// largest case. For audit() of files; a front end that writes the
  /// report and exits wants it, a program that keeps results need not.
  bool Spool = false;
  /// Only the findings in this file are wanted (an editor showing one
  /// document of a case): rules that judge within one document skip the
  /// case's other documents, rules that judge the whole case still read
  /// them all. The findings in this file are the same as without it.
  std::string FindingsOnlyIn;
  /// What earlier audits learnt about words (Engine::newMemory), to learn
  /// from and add to; empty: this audit learns for itself alone.
  std::shared_ptr<AuditMemory> Memory;
  /// Called once before the files are checked and then after each group of
  /// files that share a case, so a front end can show progress (the engine
  /// itself never prints). Called from worker threads, but never two calls at
  /// once, so the callback needs no lock of its own; it should return quickly.
  std::function<void(const AuditProgress &)> Progress;
};

/// A rule example, as written in its rule file.
struct RuleExample {
  bool Bad = false;
  std::string Text;       ///< With [[ ]] span markers, as written.
  std::string Document;   ///< Document type word used to wrap the text.
  std::string Suggestion; ///< Expected first suggestion; may be empty.
};

/// A rule as declared, for listings and documentation.
struct RuleInfo {
  std::string Id, Code, Title, Status, Kind, Message;
  Severity Level = Severity::Warning;
  bool Enabled = true;
  /// The questions whose template evidence names the rule, in template
  /// order (the template decides; a rule file names none).
  std::vector<std::string> Questions;
  std::string What, Why, Instead;
  std::vector<std::string> References;
  std::vector<RuleExample> Examples;
  std::string File; ///< The rule file it was read from.
};

class Engine;

struct LoadResult {
  std::unique_ptr<Engine> Loaded; ///< Null when Errors is not empty.
  std::vector<Diagnostic> Errors; ///< Broken rule packs, template or config.
};

class Engine {
public:
  /// Reads and compiles reference data, rules, template and configuration.
  static LoadResult load(const EngineOptions &Options);
  ~Engine();

  /// Audits every document under \p Paths (files or folders, read
  /// recursively). Unreadable inputs end up in AuditResult::Errors.
  AuditResult audit(llvm::ArrayRef<std::string> Paths,
                    const AuditOptions &Options) const;

  /// Audits one document given as text (as the file \p Name). Used by the
  /// rule-example tests and by editors that check unsaved text.
  AuditResult auditText(llvm::StringRef Name, llvm::StringRef Text,
                        const AuditOptions &Options) const;

  /// The other files of a document's case on disk: the document files
  /// directly in \p Folder (not in its sub-folders, which may be a whole
  /// export), other than \p Path's own file, that hold one of \p CaseIds
  /// (caseIdsOf), read from their headers as audit() groups a batch. Sorted.
  std::vector<std::string> filesOfCase(llvm::StringRef Folder,
                                       llvm::StringRef Path,
                                       llvm::ArrayRef<std::string> CaseIds) const;

  /// Audits one document as an editor holds it (\p Text, as the file
  /// \p Path) together with the other files of its case, \p CaseFiles
  /// (filesOfCase), read from disk: rules that compare a case's documents
  /// (a plan's goals against the utredning) judge it as `audit` of its
  /// folder would. Findings and input errors of every file read are in the
  /// result, each with its file. With no \p CaseFiles this is auditText.
  AuditResult auditTextInCase(llvm::StringRef Path, llvm::StringRef Text,
                              llvm::ArrayRef<std::string> CaseFiles,
                              const AuditOptions &Options) const;

  /// Combines the reports of shards (parts of one batch, each holding whole
  /// cases) into what one run over all their files gives: cases, findings
  /// and unreadable inputs together, områdespoäng recomputed with this
  /// engine's template and colours. An error (in Swedish) when a case is in
  /// two parts or a part was scored on another template.
  llvm::Expected<AuditResult> merge(std::vector<AuditResult> Parts) const;

  /// A memory for AuditOptions::Memory, empty.
  std::shared_ptr<AuditMemory> newMemory() const;

  /// Every rule that was loaded, enabled or not, sorted by id.
  const std::vector<RuleInfo> &rules() const;

  /// The failing severity from the configuration (default: error).
  Severity failOn() const;

  /// The threads that audit, one per core, for a front end's own work
  /// after an audit (writing a report side by side), so no second pool is
  /// made. Started at the first call.
  llvm::ThreadPool &threadPool() const;

  struct Impl;
  struct Worker; ///< What one thread needs to audit (an analyzer).
  struct Audit;  ///< The state of one audit, freed when it ends.

private:
  explicit Engine(std::unique_ptr<Impl> I);
  std::unique_ptr<Worker> takeWorker() const;
  void returnWorker(std::unique_ptr<Worker> W) const;
  /// Runs \p Run for tasks 0..Tasks-1 on at most \p Jobs threads (0: every
  /// core), each thread with a worker of its own.
  void runWorkers(unsigned Jobs, size_t Tasks,
                  const std::function<void(Worker &, size_t)> &Run) const;

  std::unique_ptr<Impl> I;
  /// Workers and the pool are kept between audits: ICU's iterators and the
  /// threads are made once, not per call.
  mutable std::mutex WorkersLock;
  mutable std::vector<std::unique_ptr<Worker>> Workers;
  mutable std::unique_ptr<llvm::ThreadPool> Pool;
};

/// The case ids \p Text holds when read as the file \p Path: the `Ärende:`
/// of the text export's header, or the id of each <case> of the XML export.
std::vector<std::string> caseIdsOf(llvm::StringRef Path, llvm::StringRef Text);

/// The configuration that applies to \p Path: the nearest .ibic-audit.yaml in
/// its folder or a parent folder; empty when there is none.
std::string findConfigFile(llvm::StringRef Path);

/// The rules folder: $IBIC_AUDIT_RULES, else the one installed with the
/// program (share/ibic-audit/rules beside its bin/), else the source tree's
/// when running from a build folder.
std::string defaultRulesDir();

} // namespace ibic

#endif
