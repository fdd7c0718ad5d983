#include "FuzzSupport.h"

#include "Driver/Loader.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace ibic::fuzz {

std::string sourcePath(llvm::StringRef Relative) {
  llvm::SmallString<256> P(IBIC_SOURCE_DIR);
  path::append(P, Relative);
  return P.str().str();
}

/// A target whose set-up fails would fuzz nothing and report no crash.
[[noreturn]] static void fail(const std::vector<Diagnostic> &Errors) {
  for (const Diagnostic &D : Errors)
    llvm::errs() << D.File << ":" << D.Line << ": " << D.Message << "\n";
  std::abort();
}

const Engine &engine() {
  static const LoadResult Loaded = [] {
    EngineOptions Options;
    Options.RulesDir = sourcePath("rules");
    LoadResult L = Engine::load(Options);
    if (!L.Errors.empty())
      fail(L.Errors);
    return L;
  }();
  return *Loaded.Loaded;
}

const Reference &reference() {
  static const std::unique_ptr<Engine::Impl> Loaded = [] {
    EngineOptions Options;
    Options.RulesDir = sourcePath("rules");
    auto I = std::make_unique<Engine::Impl>();
    std::vector<Diagnostic> Errors;
    loadEngine(Options, *I, Errors);
    if (!Errors.empty())
      fail(Errors);
    return I;
  }();
  return *Loaded->Ref;
}

ScratchRules::ScratchRules(std::initializer_list<llvm::StringRef> RuleFiles) {
  llvm::SmallString<256> P;
  if (fs::createUniqueDirectory("ibic-fuzz-rules", P))
    std::abort();
  Dir = P.str().str();
  for (llvm::StringRef F : {"reference/ibic.yaml", "reference/icf-urval.yaml",
                            "reference/ordlistor.yaml", "granskningsmall/mall.yaml"})
    copy(F);
  for (llvm::StringRef F : RuleFiles)
    copy(F);
}

ScratchRules::~ScratchRules() { fs::remove_directories(Dir); }

std::string ScratchRules::path(llvm::StringRef Relative) const {
  llvm::SmallString<256> P(Dir);
  path::append(P, Relative);
  return P.str().str();
}

void ScratchRules::copy(llvm::StringRef Relative) const {
  std::string To = path(Relative);
  if (fs::create_directories(path::parent_path(To)) ||
      fs::copy_file(sourcePath("rules/" + Relative.str()), To))
    std::abort();
}

std::string ScratchRules::write(llvm::StringRef Relative,
                                llvm::StringRef Text) const {
  std::string To = path(Relative);
  std::error_code EC = fs::create_directories(path::parent_path(To));
  llvm::raw_fd_ostream OS(To, EC);
  if (EC)
    std::abort();
  OS << Text;
  return To;
}

LoadResult ScratchRules::load(llvm::StringRef ConfigFile) const {
  EngineOptions Options;
  Options.RulesDir = Dir;
  Options.ConfigFile = ConfigFile.str();
  Options.DictionaryDir = path("hunspell");
  return Engine::load(Options);
}

} // namespace ibic::fuzz
