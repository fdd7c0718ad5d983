// auditText, the public API editors call on unsaved text, with every rule of
// rules/ and scoring. Input that starts like XML is audited as an XML export.
#include "FuzzSupport.h"

static void audit(llvm::StringRef Text) {
  ibic::AuditOptions Options;
  Options.Jobs = 1;
  ibic::fuzz::engine().auditText(Text.ltrim().startswith("<") ? "fuzz.xml" : "fuzz.txt",
                                 Text, Options);
}

// The rules and the Hunspell dictionaries (loaded on their first word) are
// loaded before the first input, so the per-input timeout times the input.
extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  audit("Ärende: 2025-0001\n\nHon åt frukost själv.\n");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  audit(llvm::StringRef(reinterpret_cast<const char *>(Data), Size));
  return 0;
}
