//===- RuleKinds.h - The table of rule kinds ------------------------------===//
//
// The `kind:` string of a rule file maps to a factory here, in one explicit
// table (RuleKinds.def): no self-registering globals, so the list of kinds
// is readable in one place and the linker cannot drop one. Adding a kind is
// one file in Kinds/ and one line in RuleKinds.def.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_RULEKINDS_H
#define IBIC_RULES_RULEKINDS_H

#include "Config/Files.h"
#include "Rules/KindOptions.h"
#include "Rules/Rule.h"
#include "Text/Lexicon.h"

#include <memory>

namespace ibic {

class Dictionary;

/// What a kind's factory compiles a rule from.
struct KindContext {
  KindOptions &Options; ///< The rule's parameters; errors go here too.
  const Reference &Ref;
  LexiconIndex &Lexicons; ///< Where word lists are registered.
  /// Where Hunspell dictionaries are read from.
  std::string DictionaryDir;
  /// Where their answers are kept between runs; empty: nowhere.
  std::string SpellingMemoDir;
};

using RuleFactory = std::unique_ptr<Rule> (*)(RuleSpec, Scope, KindContext &);

struct RuleKind {
  llvm::StringRef Name;
  RuleFactory Create;
  /// The units it can judge; the first is its default.
  std::vector<UnitKind> Units;
};

/// The scope a rule file declares, checked: document types and sections
/// IBIC knows, a unit the kind can judge (its first unit when none is
/// given).
Scope compileScope(const ScopeSpec &Spec, const RuleKind &Kind, const Reference &Ref,
                   const KindOptions::ErrorFn &Error);

/// The Hunspell dictionary \p Name of the configured folder, shared with
/// every rule that reads it; null when it cannot be opened, which the
/// spelling rule reports.
std::shared_ptr<Dictionary> openDictionary(const KindContext &C, llvm::StringRef Name = "sv_SE");

/// Every rule kind, in one table.
const std::vector<RuleKind> &ruleKinds();
const RuleKind *findRuleKind(llvm::StringRef Name);

} // namespace ibic

#endif
