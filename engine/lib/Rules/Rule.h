//===- Rule.h - A compiled rule and what it reports -----------------------===//
//
// A rule is a kind (a C++ class in Kinds/) plus parameters from a rule file.
// It is compiled once when loaded and immutable afterwards: check() is const
// and keeps its per-case state on the stack, so cases run in parallel.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_RULE_H
#define IBIC_RULES_RULE_H

#include "Document/Model.h"
#include "ibic/Result.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace ibic {

/// What every finding of a rule carries, fixed when the rule is loaded.
struct RuleSpec {
  std::string Id, Code;
  Severity Level = Severity::Warning;
  std::vector<std::string> Questions;
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

class Rule {
public:
  explicit Rule(RuleSpec Spec) : Spec(std::move(Spec)) {}
  virtual ~Rule() = default;

  /// Appends a finding for every deficiency in \p C.
  virtual void check(const Case &C, std::vector<RawFinding> &Out) const = 0;

  const RuleSpec &spec() const { return Spec; }

protected:
  using Substitutions =
      std::initializer_list<std::pair<llvm::StringRef, llvm::StringRef>>;

  /// A finding at [Begin, End) with the message's placeholders filled.
  void report(std::vector<RawFinding> &Out, const Document &Doc,
              const void *Unit, uint32_t Begin, uint32_t End,
              Substitutions Values, std::string Suggestion = "") const;
  /// A finding on the line starting at \p Offset (a heading, a note header).
  void reportLine(std::vector<RawFinding> &Out, const Document &Doc,
                  const void *Unit, uint32_t Offset, Substitutions Values) const;
  /// Records that \p Unit was judged and found sound.
  void observe(std::vector<RawFinding> &Out, const Document &Doc,
               const void *Unit) const;

private:
  RuleSpec Spec;
};

/// Replaces each {name} in \p Template with its value.
std::string fillPlaceholders(llvm::StringRef Template,
                             std::initializer_list<std::pair<llvm::StringRef,
                                                             llvm::StringRef>>
                                 Values);

} // namespace ibic

#endif
