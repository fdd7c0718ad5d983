//===- FuzzSupport.h - What the fuzz targets share ------------------------===//
//
// Each target in this folder is one LLVMFuzzerTestOneInput. Built with
// IBIC_FUZZ it links libFuzzer; otherwise it links Replay.cpp, so the
// crashes kept in regressions/ run in every build's ctest.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TESTS_FUZZ_FUZZSUPPORT_H
#define IBIC_TESTS_FUZZ_FUZZSUPPORT_H

#include "Document/Reference.h"
#include "ibic/Engine.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);

namespace ibic::fuzz {

/// A path inside the source tree.
std::string sourcePath(llvm::StringRef Relative);

/// The repository's rules/, loaded once per process.
const Engine &engine();

/// The repository's reference data, read once per process.
const Reference &reference();

/// A rules folder of its own in a temporary directory, removed at exit:
/// the repository's reference data and template with only the rule files
/// named, so each load is cheap enough to fuzz. Rule files are written by
/// path relative to it.
class ScratchRules {
public:
  explicit ScratchRules(std::initializer_list<llvm::StringRef> RuleFiles);
  ~ScratchRules();

  /// Writes \p Text to \p Relative under the folder and returns its path.
  std::string write(llvm::StringRef Relative, llvm::StringRef Text) const;
  /// Engine::load with this folder and \p ConfigFile. Hunspell finds no
  /// dictionary here, so a spelling rule costs a failed look-up, not a load.
  LoadResult load(llvm::StringRef ConfigFile = "") const;

private:
  std::string path(llvm::StringRef Relative) const;
  void copy(llvm::StringRef Relative) const;

  std::string Dir;
};

} // namespace ibic::fuzz

#endif
