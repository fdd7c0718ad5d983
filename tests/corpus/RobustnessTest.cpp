//===- RobustnessTest.cpp - No input crashes the engine -------------------===//
//
// A small deterministic fuzz: every sample document cut short at many points
// and with bytes replaced by XML and Markdown metacharacters or invalid UTF-8.
// Each variant must come back as findings or diagnostics, never a crash, and
// every diagnostic must point inside the file.
//
//===----------------------------------------------------------------------===//
#include "TestSupport.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

#include <catch2/catch.hpp>

namespace ibic::test {

TEST_CASE("truncated and corrupted documents never crash the engine",
          "[corpus][robustness]") {
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(sourcePath("corpora/sample"), EC),
       End;
       It != End && !EC; It.increment(EC))
    if (llvm::StringRef(It->path()).endswith(".xml") ||
        llvm::StringRef(It->path()).endswith(".txt"))
      Files.push_back(It->path());
  std::sort(Files.begin(), Files.end());
  REQUIRE(Files.size() > 10);

  const char Replacements[] = {'<', '&', '"', '\n', '#', '(', '\xff', '\0'};
  unsigned Variants = 0;
  AuditOptions Options;
  for (const std::string &Path : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    REQUIRE(Buffer);
    std::string Original = (*Buffer)->getBuffer().str();
    size_t Step = std::max<size_t>(1, Original.size() / 24);
    for (size_t At = 0; At < Original.size(); At += Step) {
      std::vector<std::string> Mutants = {Original.substr(0, At)};
      for (char C : Replacements) {
        std::string M = Original;
        M[At] = C;
        Mutants.push_back(std::move(M));
      }
      for (const std::string &M : Mutants) {
        ++Variants;
        AuditResult R = engine().auditText(Path, M, Options);
        unsigned Lines = std::count(M.begin(), M.end(), '\n') + 1;
        for (const Diagnostic &D : R.Errors) {
          INFO(Path << " variant at byte " << At);
          CHECK(D.Line <= Lines);
          CHECK_FALSE(D.Message.empty());
        }
        for (const CaseResult &C : R.Cases)
          for (const Finding &F : C.Findings)
            CHECK((F.Line >= 1 && F.Line <= Lines && F.EndLine >= F.Line));
      }
    }
  }
  CHECK(Variants > 1000);
}

} // namespace ibic::test
