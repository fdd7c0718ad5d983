// auditText, the public API editors call on unsaved text, with every rule of
// rules/ and scoring. Input that starts like XML is audited as an XML export.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  ibic::AuditOptions Options;
  Options.Jobs = 1;
  ibic::fuzz::engine().auditText(Text.ltrim().startswith("<") ? "fuzz.xml" : "fuzz.txt",
                                 Text, Options);
  return 0;
}
