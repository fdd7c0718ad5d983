//===- RuleKinds.h - The table of rule kinds ------------------------------===//
//
// The `kind:` string of a rule file maps to a factory here, in one explicit
// table: no self-registering globals, so the list of kinds is readable in one
// place and the linker cannot drop one.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_RULEKINDS_H
#define IBIC_RULES_RULEKINDS_H

#include "Config/Files.h"
#include "Rules/Rule.h"
#include "Rules/Selectors.h"

#include <functional>
#include <memory>

namespace ibic {

/// What a kind's factory reads its parameters from, and where it reports a
/// parameter that does not make sense (with the parameter's location).
class KindContext {
public:
  using ErrorFn = std::function<void(llvm::SMLoc, std::string)>;
  KindContext(const RuleParameters &Params, const Reference &Ref, ErrorFn Error)
      : Params(Params), Ref(Ref), Error(std::move(Error)) {}

  const RuleParameters &Params;
  const Reference &Ref;

  void error(llvm::SMLoc Loc, std::string Message) {
    Failed = true;
    Error(Loc, std::move(Message));
  }
  bool failed() const { return Failed; }

  /// Reads a list of document type slugs, checking each.
  DocumentTypeFilter documentTypes(const llvm::Optional<std::vector<Located>> &List);
  /// Reads `section`, checking kind, life area and factor slugs.
  SectionSelector section();
  /// A required parameter that is missing.
  void missing(llvm::StringRef Name);

private:
  ErrorFn Error;
  bool Failed = false;
};

using RuleFactory = std::unique_ptr<Rule> (*)(RuleSpec, KindContext &);

struct RuleKind {
  llvm::StringRef Name;
  RuleFactory Create;
  std::vector<llvm::StringRef> Parameters; ///< The parameters it reads.
};

/// Every rule kind, in one table.
const std::vector<RuleKind> &ruleKinds();
const RuleKind *findRuleKind(llvm::StringRef Name);

} // namespace ibic

#endif
