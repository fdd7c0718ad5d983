//===- TestSupport.h - Shared set-up for the Catch2 tests -----------------===//
#ifndef IBIC_TESTS_TESTSUPPORT_H
#define IBIC_TESTS_TESTSUPPORT_H

#include "Document/Reference.h"
#include "ibic/Engine.h"

#include <string>

namespace ibic::test {

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
