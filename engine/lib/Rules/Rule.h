//===- Rule.h - A compiled rule and what it reports -----------------------===//
//
// A rule is a kind (a C++ class in Kinds/) plus its parameters and scope
// from a rule file. It is compiled once when loaded and immutable
// afterwards: check() is const, reads the shared analysis of one unit and
// keeps what it learns during an audit in a RuleState of its own, so cases
// run in parallel and nothing outlives the audit unless its caller keeps it
// (AuditMemory).
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_RULE_H
#define IBIC_RULES_RULE_H

#include "Rules/Scope.h"
#include "ibic/Result.h"

#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ibic {

/// What every finding of a rule carries, fixed when the rule is loaded.
struct RuleSpec {
  std::string Id, Code;
  Severity Level = Severity::Warning;
  std::string Message; ///< With {placeholders}.
};

/// A finding before its location is resolved to line and column.
struct RawFinding {
  const RuleSpec *Rule = nullptr;
  const Document *Doc = nullptr;
  /// The note, section or assessment the finding is about, so that template
  /// questions can count units with and without findings.
  const void *Unit = nullptr;
  uint32_t Begin = 0, End = 0; ///< Source byte offsets.
  std::string Message, Suggestion;
  /// Something is there but falls short (a goal written as an insats), as
  /// opposed to missing; the template may score the two differently.
  bool Partial = false;
  /// Not a finding: the rule judged Unit and found it sound. Questions that
  /// count only what a rule judged (notes that show a deviation) need these.
  bool Observation = false;
};

/// What a rule keeps for the length of one audit (a cache), or of several
/// when the caller keeps an AuditMemory: so it may hold only what is true
/// whatever the case, and must be safe to use from several threads at once.
class RuleState {
public:
  virtual ~RuleState();
};

class Rule;
class AuditCaches;

/// What check() writes to and the audit's state of every rule.
class RuleContext {
public:
  RuleContext(std::vector<RawFinding> &Out,
              const std::vector<std::unique_ptr<RuleState>> &States)
      : Out(Out), States(States) {}
  std::vector<RawFinding> &Out;
  /// The state \p R made for this audit (Rule::newAuditState).
  template <typename T> T &state(const Rule &R) const;

private:
  const std::vector<std::unique_ptr<RuleState>> &States;
};

class Rule {
public:
  Rule(RuleSpec Spec, Scope S);
  virtual ~Rule() = default;

  /// Appends a finding for every deficiency in \p U.
  virtual void check(const RuleUnit &U, RuleContext &Ctx) const = 0;
  /// The state this rule keeps during one audit; none by default. A cache
  /// that other rules' states may hold too comes from \p Shared.
  virtual std::unique_ptr<RuleState> newAuditState(AuditCaches &/*Shared*/) const {
    return nullptr;
  }

  const RuleSpec &spec() const { return Spec; }
  const Scope &scope() const { return TheScope; }
  /// The rule's place in its rule set, where its audit state is kept.
  size_t index() const { return Index; }
  void setIndex(size_t I) { Index = I; }

protected:
  using Substitutions =
      std::initializer_list<std::pair<llvm::StringRef, llvm::StringRef>>;

  /// A finding on bytes [Begin, End) of \p P's text; \p Message replaces
  /// the rule's message when given.
  void report(RuleContext &Ctx, const RuleUnit &U, const Paragraph &P,
              uint32_t Begin, uint32_t End, Substitutions Values,
              std::string Suggestion = "", llvm::StringRef Message = "") const;
  /// A finding on the line starting at source offset \p Offset (a heading, a
  /// note header) of \p D.
  void reportLine(RuleContext &Ctx, const Document &D, const void *Unit,
                  uint32_t Offset, Substitutions Values,
                  llvm::StringRef Message = "", bool Partial = false) const;
  /// A finding on source bytes [Begin, End) of \p D.
  void reportSource(RuleContext &Ctx, const Document &D, const void *Unit,
                    uint32_t Begin, uint32_t End, Substitutions Values,
                    std::string Suggestion = "", llvm::StringRef Message = "") const;
  /// Records that \p Unit was judged and found sound.
  void observe(RuleContext &Ctx, const Document &D, const void *Unit) const;
  /// Lowers the finding reported last to \p Level (an unsourced word-list
  /// entry, an interpretation the note gives grounds for); never raises it.
  void lowerLast(RuleContext &Ctx, Severity Level) const;

private:
  RuleSpec Spec;
  /// Spec at each lower severity, for lowerLast: what a finding carries.
  std::vector<RuleSpec> Lower;
  Scope TheScope;
  size_t Index = 0;
};

template <typename T> T &RuleContext::state(const Rule &R) const {
  return static_cast<T &>(*States[R.index()]);
}

/// Replaces each {name} in \p Template with its value.
std::string fillPlaceholders(llvm::StringRef Template,
                             std::initializer_list<std::pair<llvm::StringRef,
                                                             llvm::StringRef>>
                                 Values);

} // namespace ibic

#endif
