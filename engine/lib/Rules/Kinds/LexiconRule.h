//===- LexiconRule.h ------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_LEXICONRULE_H
#define IBIC_RULES_KINDS_LEXICONRULE_H

#include "Rules/WordPatterns.h"

namespace ibic {

/// Finds words and word sequences from a word list (value-laden wording), matched on ICU word tokens after case folding, with the list's neutral alternatives as suggestions.
class LexiconRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

  struct Entry {
    std::vector<std::string> Words; ///< Folded words of one form.
    const LexiconEntrySpec *Spec;
  };

private:
  using Rule::Rule;
  void checkSpan(const Document &D, const void *Unit, const TextSpan &Span,
                 std::vector<RawFinding> &Out) const;
  DocumentTypeFilter Documents;
  std::vector<LexiconEntrySpec> Entries;
  /// The individual's own words in quotation marks are theirs to choose.
  bool SkipQuotes = true;
  /// A hit in a sentence matching one of these is no finding (a guess whose
  /// basis the sentence gives).
  CompiledPatterns Exclude;
  /// Forms by their first folded word, so a text is matched in one pass.
  llvm::StringMap<std::vector<Entry>> ByFirstWord;
  /// One-word forms that also match as the last part of a compound.
  llvm::StringMap<const LexiconEntrySpec *> CompoundEnds;
};

} // namespace ibic

#endif
