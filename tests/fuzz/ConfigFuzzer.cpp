// A user's .ibic-audit.yaml, applied to a few real rules so that overrides
// of severity, parameters and whole packs reach the kinds.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const ibic::fuzz::ScratchRules Rules(
      {"sprak/vardeladdat-ord.yaml", "sprak/lang-mening.yaml",
       "sprak/oforklarad-forkortning.yaml", "journal/livsomrade-saknas.yaml"});
  Rules.load(Rules.write(".ibic-audit.yaml",
                         llvm::StringRef(reinterpret_cast<const char *>(Data), Size)));
  return 0;
}
