//===- KindOptions.h - A rule kind reads its own parameters ---------------===//
//
// As a clang-tidy check reads its options in its constructor: each kind asks
// for the parameters it knows, by name, with a default, and gets them
// checked and typed. A key that no one asked for is reported at its
// file:line:column ("parametern 'x' används inte av regeltypen lexicon"), so
// a misspelt parameter never silently does nothing.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_KINDOPTIONS_H
#define IBIC_RULES_KINDOPTIONS_H

#include "Config/Options.h"
#include "Document/Reference.h"
#include "Rules/Selectors.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ibic {

class KindOptions {
public:
  using ErrorFn = std::function<void(llvm::SMLoc, std::string)>;
  /// Reads the map \p Map (an empty scalar reads as an empty map) for the
  /// rule \p RuleId of kind \p Kind.
  KindOptions(const OptionValue &Map, llvm::StringRef Kind,
              llvm::StringRef RuleId, const Reference &Ref, ErrorFn Error);

  void error(llvm::SMLoc Loc, std::string Message);
  bool failed() const { return *Failed; }
  /// "parametern 'Key' saknas", at the map.
  void missing(llvm::StringRef Key);
  /// Reports every key no one asked for; call once the kind has read all.
  void finish();

  bool has(llvm::StringRef Key) const;
  std::optional<Located> text(llvm::StringRef Key);
  /// Prose written as a folded scalar, its line breaks folded.
  std::optional<std::string> prose(llvm::StringRef Key);
  unsigned count(llvm::StringRef Key, unsigned Default);
  double number(llvm::StringRef Key, double Default);
  bool flag(llvm::StringRef Key, bool Default);
  /// The index of the value among \p Names; \p Default when not given.
  size_t choice(llvm::StringRef Key, llvm::ArrayRef<llvm::StringRef> Names,
                size_t Default);
  /// A sequence of scalars.
  std::vector<Located> list(llvm::StringRef Key);
  /// The values of list(); an item "{name}" is every entry of the shared
  /// word list of that name (reference/ordlistor.yaml).
  std::vector<std::string> strings(llvm::StringRef Key);
  /// Calls \p Read with a reader for each map of a sequence of maps.
  void each(llvm::StringRef Key, llvm::function_ref<void(KindOptions &)> Read);
  /// A map from names to lists of strings (named word lists).
  std::map<std::string, std::vector<std::string>> lists(llvm::StringRef Key);
  /// The word lists a rule's phrase patterns may name: its own `words`,
  /// then the shared lists of the reference data it does not redefine.
  std::map<std::string, std::vector<std::string>> wordLists();
  /// The shared lists alone, for a kind whose own `words` is no map.
  const std::map<std::string, std::vector<std::string>> &sharedWordLists() const;
  /// A section selector, its kind, life area and factor checked.
  std::optional<SectionSelector> section(llvm::StringRef Key);
  /// Document type slugs, each checked.
  DocumentTypeFilter documentTypes(llvm::StringRef Key);

  const Reference &Ref;

private:
  KindOptions(const OptionValue &Map, KindOptions &Parent);
  const OptionValue *take(llvm::StringRef Key);
  void typeError(const OptionValue &V, llvm::StringRef Key, llvm::StringRef What);

  const OptionValue &Map;
  std::string Kind, RuleId;
  ErrorFn Error;
  std::shared_ptr<bool> Failed;
  llvm::SmallVector<std::string, 8> Used;
};

} // namespace ibic

#endif
