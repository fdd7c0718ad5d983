// The XML export reader, through readBuffer as a file named .xml is read:
// the empty-file, byte-order-mark and UTF-8 checks come first.
#include "FuzzSupport.h"

#include "Document/Reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  ibic::readBuffer("fuzz.xml", std::string(reinterpret_cast<const char *>(Data), Size),
                   ibic::fuzz::reference());
  return 0;
}
