//===- Mappings.h - The vendor mappings of one audit ----------------------===//
//
// An XML file whose root element is not <ibic-export> is read through a
// vendor mapping (Config/Mapping.h). Which one: those named for the audit
// (`--mapping FIL`), or else the mapping files (`*.ibic-mapping.yaml`) in
// the XML file's folder or the nearest folder above it that has one for
// its root element, as a configuration is found. Each mapping file is read
// once per audit, when a file first needs it, and its problems are
// reported once.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_DRIVER_MAPPINGS_H
#define IBIC_DRIVER_MAPPINGS_H

#include "Config/Mapping.h"

#include <map>
#include <mutex>

namespace ibic {

class MappingCatalog final : public MappingLookup {
public:
  /// The mappings for an audit with \p Ref and \p Lim: the files \p Named
  /// when any are given (all read now), else those found beside the inputs.
  MappingCatalog(const Reference &Ref, const Limits &Lim,
                 llvm::ArrayRef<std::string> Named);
  ~MappingCatalog() override;

  Found find(llvm::StringRef Path, llvm::StringRef Root) const override;

  /// The problems in the mapping files read so far, each file's once.
  std::vector<Diagnostic> takeErrors();

private:
  struct Entry {
    std::string Path; ///< As found, for messages.
    LoadedMapping Loaded;
  };
  const Entry *load(const std::string &Path) const;
  const std::vector<const Entry *> &folder(llvm::StringRef Dir) const;
  /// The mapping among \p Entries for \p Root; \p Decided is set when
  /// \p Entries settle the question, with a mapping or a problem.
  Found choose(llvm::ArrayRef<const Entry *> Entries, llvm::StringRef Root,
               bool &Decided) const;

  const Reference &Ref;
  Limits Lim;
  std::vector<const Entry *> Named;
  mutable std::mutex Lock; ///< Guards everything below.
  mutable std::map<std::string, std::unique_ptr<Entry>>
      Files; ///< By real path.
  mutable std::map<std::string, std::vector<const Entry *>> Folders;
  mutable std::vector<Diagnostic> Errors;
};

} // namespace ibic

#endif
