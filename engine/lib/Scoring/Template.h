//===- Template.h - The granskningsmall as data ---------------------------===//
//
// Each question names the rules that are its evidence and how their findings
// map to 0, 1 or 2. Nothing here knows what a question means: rewording,
// re-weighting or adding a question is a change to rules/granskningsmall/.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_SCORING_TEMPLATE_H
#define IBIC_SCORING_TEMPLATE_H

#include "Config/Files.h"
#include "Rules/Rule.h"
#include "Rules/Selectors.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"

#include <functional>

namespace ibic {

struct Evidence {
  std::string Rule; ///< A rule id, or "pack/*".
  int Score = 0;        ///< What a finding caps the question at.
  int PartialScore = 0; ///< The same for a finding marked partial.
  Severity MinSeverity = Severity::Info;
  /// Whether the entry names rule \p RuleId, by its id or its pack's "pack/*".
  bool names(llvm::StringRef RuleId) const;
  /// Whether \p F counts: its rule is named and severe enough.
  bool matches(const RawFinding &F) const;
};

enum class ScoringMethod { WorstFinding, FindingCount, Share };

/// What a share question counts.
struct UnitSelector {
  /// Observed: the units the evidence rules judged (RawFinding::Observation).
  enum class Kind { None, Notes, Sections, Observed } Of = Kind::None;
  DocumentTypeFilter Documents;
  SectionSelector Sections;
  /// Every unit of \p C, as the pointers rules use in RawFinding::Unit.
  std::vector<const void *> collect(const Case &C) const;
  llvm::StringRef noun() const;
};

struct Question {
  std::string Id, Title, Part;
  std::vector<std::string> AppliesTo;
  std::string NotApplicable;
  ScoringMethod Method = ScoringMethod::WorstFinding;
  std::vector<Evidence> EvidenceRules;
  double Level2 = 1.0, Level1 = 0.0;
  UnitSelector Units;
  std::optional<int> NoUnits = 0;
  std::string NoUnitsReason;

  bool appliesTo(llvm::StringRef DocumentType) const;
};

class Template {
public:
  using ErrorFn = std::function<void(llvm::SMLoc, std::string)>;
  /// Compiles the template. \p RuleIds are the rules that exist: evidence
  /// naming another is an error, and each of them is indexed by the
  /// questions that name it (questionsOf).
  static Template compile(const TemplateFile &File,
                          const std::vector<QuestionFile> &Questions,
                          const Reference &Ref,
                          llvm::ArrayRef<std::string> RuleIds, ErrorFn Error);

  llvm::StringRef id() const { return Id; }
  llvm::StringRef version() const { return Version; }
  const std::vector<Question> &questions() const { return Questions; }
  void setColours(const ColourSpec &C) { Colours = C; }

  /// The questions whose evidence names rule \p RuleId (by id or by its
  /// pack's "pack/*"), in template order. The template alone says which
  /// question a rule is evidence for; rule files do not.
  llvm::ArrayRef<std::string> questionsOf(llvm::StringRef RuleId) const;

  /// The question a finding of rule \p RuleId in a document of
  /// \p DocumentType is filed under: the first of questionsOf() whose
  /// template reads that type, else the first of them; empty for a rule no
  /// question names.
  llvm::StringRef questionFor(llvm::StringRef RuleId,
                              llvm::StringRef DocumentType) const;

  /// Answers every question for one case. A finding is evidence for every
  /// question that lists its rule and reads the type of document it is in;
  /// \p Where names a finding's place for the evidence list.
  std::vector<QuestionScore>
  score(const Case &C, const std::vector<RawFinding> &Findings,
        const std::function<std::string(const RawFinding &)> &Where) const;

  /// Områdespoäng per avdelning and per (avdelning, enhet).
  std::vector<GroupResult> aggregate(const CaseList &Cases) const;

  TrafficLight colourOf(double Mean) const;

private:
  std::string Id, Version;
  ColourSpec Colours;
  std::vector<Question> Questions;
  /// Rule id → the ids of the questions whose evidence names it.
  llvm::StringMap<std::vector<std::string>> QuestionsOfRule;
};

} // namespace ibic

#endif
