//===- Mapping.h - Reading a vendor mapping file --------------------------===//
//
// A vendor mapping file (`*.ibic-mapping.yaml`, README "Vendor XML through
// a mapping") says how a verksamhetssystem's own XML export is read:
//
//   root: NordsysExport                # the root element it applies to
//   case:     {select: Arende, id: "@nr", enhet: "@enhet"}
//   document: {select: Dokument, type: "@typ", text: Text}
//   values:
//     type: {UT: utredning, GP: genomforandeplan}
//
// Everything wrong in it (YAML, an unknown key, an XPath expression, a
// missing key, a value that is not an IBIC value) is reported at its
// file:line:column in Swedish, saying what to write instead.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_CONFIG_MAPPING_H
#define IBIC_CONFIG_MAPPING_H

#include "Document/VendorMapping.h"
#include "Support/Limits.h"
#include "ibic/Result.h"

#include <memory>
#include <string>
#include <vector>

namespace ibic {

/// The name a mapping file ends in: `nordsys.ibic-mapping.yaml`, or just
/// `.ibic-mapping.yaml`.
inline constexpr llvm::StringLiteral MappingFileSuffix = ".ibic-mapping.yaml";

struct LoadedMapping {
  /// The compiled mapping; null when the file has any error.
  std::unique_ptr<VendorMapping> Mapping;
  /// The root element the file names, also when it has errors, so that
  /// the files it was meant for can say why they were not read; empty when
  /// it names none.
  std::string Root;
};

/// Reads and compiles the mapping file \p Path, checking its values against
/// \p Ref; problems go to \p Errors. \p Lim bounds its size and nesting.
LoadedMapping loadMapping(llvm::StringRef Path, const Reference &Ref,
                          const Limits &Lim, std::vector<Diagnostic> &Errors);

} // namespace ibic

#endif
