// The plain-text export reader, through readBuffer as a .txt file is read.
#include "FuzzSupport.h"

#include "Document/Reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  ibic::readBuffer("fuzz.txt", std::string(reinterpret_cast<const char *>(Data), Size),
                   ibic::fuzz::reference());
  return 0;
}
