//===- TestSupport.h - Shared set-up for the Catch2 tests -----------------===//
#ifndef IBIC_TESTS_TESTSUPPORT_H
#define IBIC_TESTS_TESTSUPPORT_H

#include "Document/Reference.h"
#include "ibic/Engine.h"

#include <string>

namespace ibic::test {

/// A temporary folder for one test, removed with everything in it.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;

  /// A path inside the folder.
  std::string path(llvm::StringRef Relative) const;
  /// Writes \p Text to \p Relative, making its folders; returns its path.
  std::string write(llvm::StringRef Relative, llvm::StringRef Text) const;

private:
  std::string Dir;
};

/// A path inside the source tree.
std::string sourcePath(llvm::StringRef Relative);

/// The engine loaded from the repository's rules/ (once per process).
const Engine &engine();

/// The repository's reference data (life areas, factors, ...).
const Reference &reference();

/// Loads an engine from \p RulesDir and \p Config; fails the test on errors.
LoadResult loadEngine(llvm::StringRef RulesDir, llvm::StringRef Config = "");

/// Runs the command line; returns its exit code and fills \p Output with
/// standard output. \p InSourceDir runs it from the source tree, so paths in
/// its report are relative as in the checked-in expected reports.
int runCli(const std::string &Arguments, std::string &Output,
           bool InSourceDir = false);

} // namespace ibic::test

#endif
