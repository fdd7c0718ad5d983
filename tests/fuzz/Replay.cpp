// The main of a fuzz target built without libFuzzer: runs each file named,
// or each file in each folder named, through the target once. A crash is a
// failed test.
#include "FuzzSupport.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <vector>

namespace fs = llvm::sys::fs;

int main(int Argc, char **Argv) {
  std::vector<std::string> Files;
  for (int A = 1; A < Argc; ++A) {
    if (!fs::is_directory(Argv[A])) {
      Files.push_back(Argv[A]);
      continue;
    }
    std::error_code EC;
    for (fs::recursive_directory_iterator It(Argv[A], EC), End; It != End && !EC;
         It.increment(EC))
      if (fs::is_regular_file(It->path()))
        Files.push_back(It->path());
  }
  std::sort(Files.begin(), Files.end());
  for (const std::string &F : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(F, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (!Buffer) {
      llvm::errs() << F << ": " << Buffer.getError().message() << "\n";
      return 1;
    }
    llvm::outs() << F << "\n";
    llvm::outs().flush();
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>((*Buffer)->getBufferStart()),
        (*Buffer)->getBufferSize());
  }
  llvm::outs() << Files.size() << " inputs replayed\n";
  return 0;
}
