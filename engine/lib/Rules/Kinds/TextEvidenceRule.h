//===- TextEvidenceRule.h -------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_TEXTEVIDENCERULE_H
#define IBIC_RULES_KINDS_TEXTEVIDENCERULE_H

#include "Rules/WordPatterns.h"

namespace ibic {

/// Judges whether a document, or each of its sections, shows something in
/// its sentences: the individual as the source of a view, concrete
/// participation, goals, resources, the reason for a deviation. Sentences
/// matching a `full` pattern (and no `exclude` pattern) are evidence; with
/// too little of it the rule reports "partial" when a `partial` pattern or
/// some full evidence is there, and "missing" otherwise. Patterns are RE2
/// with {class} standing for a word list and " ~ " for up to three words.
class TextEvidenceRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

private:
  using Rule::Rule;
  struct Scope {
    std::vector<llvm::StringRef> Texts;    ///< Paragraphs and headings.
    std::vector<bool> IsHeading;           ///< Parallel to Texts.
    const void *Unit = nullptr;
    uint32_t Offset = 0;         ///< Where a finding is shown.
    llvm::StringRef Heading;     ///< For {section} in messages.
    void add(llvm::StringRef Text, bool Heading);
    void addSection(const Section &S);
  };
  void judge(const Document &D, const Scope &S,
             std::vector<RawFinding> &Out) const;

  DocumentTypeFilter Documents;
  SectionSelector Sections;
  bool PerSection = false;
  bool Fallback = true;
  bool CountPatterns = false;
  unsigned MinFull = 1;
  /// When set, a document needs as much evidence as it has sections like
  /// these (a goal for every part of the plan).
  std::optional<SectionSelector> MinFullPer;
  std::optional<double> Share;
  std::string PartialMessage;
  CompiledPatterns Full, Partial, Exclude, Trigger;
};

} // namespace ibic

#endif
