//===- Options.h - A rule's parameters as written -------------------------===//
//
// The loader does not know what a rule kind's parameters mean: it keeps them
// as a tree of scalars, maps and sequences with where each was written, lets
// the user's configuration replace keys, and hands the tree to the kind,
// which reads its own options (Rules/KindOptions.h), with defaults, and
// reports any key it does not know at its file:line:column.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_CONFIG_OPTIONS_H
#define IBIC_CONFIG_OPTIONS_H

#include "Config/Yaml.h"

#include <vector>

namespace ibic {

struct OptionEntry;

struct OptionValue {
  enum class Kind { Scalar, Map, Sequence } What = Kind::Scalar;
  Located Scalar;                 ///< For a scalar, with its location.
  std::vector<OptionEntry> Map;   ///< Keys in the order written.
  std::vector<OptionValue> Items; ///< For a sequence.
  llvm::SMLoc Loc;                ///< Where a map or sequence starts.

  llvm::SMLoc location() const { return What == Kind::Scalar ? Scalar.Loc : Loc; }
  const OptionValue *find(llvm::StringRef Key) const;
  /// Replaces (or adds) every key \p Other sets, as a configuration does.
  void overrideWith(const OptionValue &Other);
};

struct OptionEntry {
  Located Key; ///< Located where the value is written.
  OptionValue Value;
};

} // namespace ibic

namespace llvm {
namespace yaml {
/// Reads any YAML value. YAMLTraits' own dispatch on the node kind
/// (PolymorphicTraits) has no case for an empty value ("parameters:"), so
/// this overload, preferred to the templates, reads that as an empty scalar.
void yamlize(IO &IO, ibic::OptionValue &V, bool, EmptyContext &Ctx);
/// A whole document read as a value.
inline Input &operator>>(Input &In, ibic::OptionValue &V) {
  EmptyContext Ctx;
  if (In.setCurrentDocument())
    yamlize(In, V, true, Ctx);
  return In;
}
} // namespace yaml
} // namespace llvm

template <> struct llvm::yaml::CustomMappingTraits<std::vector<ibic::OptionEntry>> {
  static void inputOne(IO &IO, StringRef Key, std::vector<ibic::OptionEntry> &V);
  static void output(IO &IO, std::vector<ibic::OptionEntry> &V);
};

template <> struct llvm::yaml::SequenceTraits<std::vector<ibic::OptionValue>> {
  static size_t size(IO &, std::vector<ibic::OptionValue> &V) { return V.size(); }
  static ibic::OptionValue &element(IO &IO, std::vector<ibic::OptionValue> &V,
                                    size_t Index);
};

#endif
