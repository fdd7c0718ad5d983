// The XML export reader, through readBuffer as a file named .xml is read:
// the empty-file, byte-order-mark and UTF-8 checks come first. A file whose
// root is one of corpora/vendor's is read through that vendor's mapping,
// and its case ids scanned as a batch's first pass does.
#include "FuzzSupport.h"

#include "Config/Mapping.h"
#include "Document/Reader.h"

namespace {

/// The mappings of the worked examples in corpora/vendor, read once.
class VendorMappings final : public ibic::MappingLookup {
public:
  VendorMappings() {
    for (const char *Name : {"nordsys/nordsys", "omsorgsdata/omsorgsdata"}) {
      std::vector<ibic::Diagnostic> Errors;
      ibic::LoadedMapping Loaded = ibic::loadMapping(
          ibic::fuzz::sourcePath(std::string("corpora/vendor/") + Name +
                                 ".ibic-mapping.yaml"),
          ibic::fuzz::reference(), {}, Errors);
      if (Loaded.Mapping)
        Mappings.push_back(std::move(Loaded.Mapping));
    }
  }
  Found find(llvm::StringRef, llvm::StringRef Root) const override {
    for (const auto &M : Mappings)
      if (M->root() == Root)
        return {M.get(), ""};
    return {};
  }

private:
  std::vector<std::unique_ptr<ibic::VendorMapping>> Mappings;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const VendorMappings Mappings;
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  ibic::caseIdsInText("fuzz.xml", Text, {}, &Mappings);
  ibic::readBuffer("fuzz.xml", std::move(Text), ibic::fuzz::reference(), {},
                   &Mappings);
  return 0;
}
