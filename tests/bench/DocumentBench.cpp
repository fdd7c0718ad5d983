//===- DocumentBench.cpp - How long one document takes once started -------===//
//
// An editor or a review tool keeps the engine loaded and checks one document
// at a time. This loads the engine once, checks the given file once to warm
// up, then checks it again and again and prints the median and the 99th
// percentile: the latency a user of a live check sees.
//
//===----------------------------------------------------------------------===//
#include "ibic/Engine.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

int main(int argc, char **argv) {
  if (argc < 3) {
    llvm::errs() << "usage: ibic-document-bench RULES_DIR FILE [ITERATIONS]\n";
    return 2;
  }
  ibic::EngineOptions Options;
  Options.RulesDir = argv[1];
  ibic::LoadResult Loaded = ibic::Engine::load(Options);
  if (!Loaded.Loaded) {
    llvm::errs() << "the rules do not load\n";
    return 2;
  }
  auto Buffer = llvm::MemoryBuffer::getFile(argv[2]);
  if (!Buffer) {
    llvm::errs() << argv[2] << ": " << Buffer.getError().message() << '\n';
    return 2;
  }
  unsigned Iterations = argc > 3 ? std::stoul(argv[3]) : 200;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  ibic::AuditOptions Audit;
  Audit.Score = false;
  Loaded.Loaded->auditText(argv[2], Text, Audit); // warm: dictionary, patterns
  std::vector<double> Milliseconds;
  for (unsigned I = 0; I < Iterations; ++I) {
    auto Start = std::chrono::steady_clock::now();
    Loaded.Loaded->auditText(argv[2], Text, Audit);
    Milliseconds.push_back(std::chrono::duration<double, std::milli>(
                               std::chrono::steady_clock::now() - Start)
                               .count());
  }
  std::sort(Milliseconds.begin(), Milliseconds.end());
  auto At = [&](double Share) {
    return Milliseconds[std::min<size_t>(Milliseconds.size() - 1,
                                         size_t(Share * Milliseconds.size()))];
  };
  llvm::outs() << "bytes " << Text.size() << " iterations " << Iterations
               << " p50_ms " << At(0.50) << " p99_ms " << At(0.99) << '\n';
  return 0;
}
