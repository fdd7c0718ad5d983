// One rule file, loaded and compiled as the engine loads a rules folder:
// the YAML schema, the scope, the kind's parameters (regexes, phrase
// patterns, word lists) and the examples.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const ibic::fuzz::ScratchRules Rules({});
  Rules.write("fuzz/regel.yaml",
              llvm::StringRef(reinterpret_cast<const char *>(Data), Size));
  Rules.load();
  return 0;
}
