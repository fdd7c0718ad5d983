#include "TestSupport.h"

#include "Config/Files.h"

#include <catch2/catch.hpp>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <array>
#include <cstdio>

namespace ibic::test {

TempDir::TempDir() {
  llvm::SmallString<128> P;
  REQUIRE_FALSE(llvm::sys::fs::createUniqueDirectory("ibic-unit", P));
  Dir = P.str().str();
}

TempDir::~TempDir() { llvm::sys::fs::remove_directories(Dir); }

std::string TempDir::path(llvm::StringRef Relative) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Relative);
  return P.str().str();
}

std::string TempDir::write(llvm::StringRef Relative,
                           llvm::StringRef Text) const {
  std::string P = path(Relative);
  REQUIRE_FALSE(
      llvm::sys::fs::create_directories(llvm::sys::path::parent_path(P)));
  std::error_code EC;
  llvm::raw_fd_ostream OS(P, EC);
  REQUIRE_FALSE(EC);
  OS << Text;
  return P;
}

std::string sourcePath(llvm::StringRef Relative) {
  llvm::SmallString<256> P(IBIC_SOURCE_DIR);
  llvm::sys::path::append(P, Relative);
  return P.str().str();
}

LoadResult loadEngine(llvm::StringRef RulesDir, llvm::StringRef Config) {
  EngineOptions Options;
  Options.RulesDir = RulesDir.str();
  Options.ConfigFile = Config.str();
  return Engine::load(Options);
}

const Engine &engine() {
  static LoadResult Loaded = loadEngine(sourcePath("rules"));
  if (!Loaded.Errors.empty())
    FAIL("rules/ does not load: " << Loaded.Errors.front().File << ":"
                                  << Loaded.Errors.front().Line << ": "
                                  << Loaded.Errors.front().Message);
  return *Loaded.Loaded;
}

const Reference &reference() {
  static const Reference Ref = [] {
    YamlSources Sources;
    std::vector<Diagnostic> Errors;
    ReferenceData Data;
    Sources.load(sourcePath("rules/reference/ibic.yaml"), Data, Errors);
    SharedWordListsFile Shared;
    Sources.load(sourcePath("rules/reference/ordlistor.yaml"), Shared, Errors);
    Data.SharedWordLists = std::move(Shared.Lists);
    return Reference(std::move(Data), {});
  }();
  return Ref;
}

int runCli(const std::string &Arguments, std::string &Output,
           bool InSourceDir) {
  std::string Command = std::string(IBIC_CLI) + " " + Arguments + " 2>/dev/null";
  if (InSourceDir)
    Command = "cd '" + std::string(IBIC_SOURCE_DIR) + "' && " + Command;
  FILE *Pipe = popen(Command.c_str(), "r");
  REQUIRE(Pipe);
  std::array<char, 4096> Buffer;
  Output.clear();
  size_t N;
  while ((N = fread(Buffer.data(), 1, Buffer.size(), Pipe)) > 0)
    Output.append(Buffer.data(), N);
  int Status = pclose(Pipe);
  return WEXITSTATUS(Status);
}

} // namespace ibic::test
