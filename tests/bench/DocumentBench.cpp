//===- DocumentBench.cpp - How long one document takes once started -------===//
//
// An editor or a review tool keeps the engine loaded and checks one document
// at a time. This loads the engine once, checks the given file once to warm
// up, then checks it again and again and prints the median and the 99th
// percentile: the latency a user of a live check sees. Like an editor it
// keeps an AuditMemory, so words already seen are not looked up again; it
// then checks each further file given once, documents it has not seen, and
// prints their median and 99th percentile as well.
//
//===----------------------------------------------------------------------===//
#include "ibic/Engine.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

std::string contents(const char *Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    llvm::errs() << Path << ": " << Buffer.getError().message() << '\n';
    std::exit(2);
  }
  return (*Buffer)->getBuffer().str();
}

/// "p50_ms X p99_ms Y" of \p Milliseconds under \p Prefix.
void printPercentiles(llvm::StringRef Prefix, std::vector<double> Milliseconds) {
  std::sort(Milliseconds.begin(), Milliseconds.end());
  auto At = [&](double Share) {
    return Milliseconds[std::min<size_t>(Milliseconds.size() - 1,
                                         size_t(Share * Milliseconds.size()))];
  };
  llvm::outs() << ' ' << Prefix << "p50_ms " << At(0.50) << ' ' << Prefix
               << "p99_ms " << At(0.99);
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 3) {
    llvm::errs() << "usage: ibic-document-bench RULES_DIR FILE [ITERATIONS "
                    "[UNSEEN_FILE...]]\n";
    return 2;
  }
  ibic::EngineOptions Options;
  Options.RulesDir = argv[1];
  ibic::LoadResult Loaded = ibic::Engine::load(Options);
  if (!Loaded.Loaded) {
    llvm::errs() << "the rules do not load\n";
    return 2;
  }
  unsigned Iterations = argc > 3 ? std::stoul(argv[3]) : 200;
  std::string Text = contents(argv[2]);
  ibic::AuditOptions Audit;
  Audit.Score = false;
  Audit.Memory = Loaded.Loaded->newMemory(); // as an editor keeps one
  auto Milliseconds = [&](const char *Name, llvm::StringRef Document) {
    auto Start = std::chrono::steady_clock::now();
    Loaded.Loaded->auditText(Name, Document, Audit);
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now() - Start)
        .count();
  };
  Milliseconds(argv[2], Text); // warm: dictionary, patterns
  std::vector<double> Again;
  for (unsigned I = 0; I < Iterations; ++I)
    Again.push_back(Milliseconds(argv[2], Text));
  llvm::outs() << "bytes " << Text.size() << " iterations " << Iterations;
  printPercentiles("", Again);
  std::vector<double> Unseen;
  for (int N = 4; N < argc; ++N)
    Unseen.push_back(Milliseconds(argv[N], contents(argv[N])));
  if (!Unseen.empty()) {
    llvm::outs() << " unseen " << Unseen.size();
    printPercentiles("unseen_", Unseen);
  }
  llvm::outs() << '\n';
  return 0;
}
