//===- ibic/Result.h - What an audit found --------------------------------===//
//
// The result of an audit is plain data: every report writer (text, JSON, ...)
// renders the same AuditResult, so formats never disagree about what was
// found. Locations are already resolved to 1-based line and code-point column
// so a result outlives the documents it was computed from.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RESULT_H
#define IBIC_RESULT_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace ibic {

/// How serious a finding is; ordered so that comparisons mean "at least".
enum class Severity { Info, Warning, Error };

/// The stable English name used in JSON and on the command line.
llvm::StringRef severityName(Severity S);
/// Parses "info", "warning" or "error".
std::optional<Severity> parseSeverity(llvm::StringRef Name);

/// The colour an områdespoäng is shown in, from configurable thresholds.
enum class TrafficLight { Gron, Gul, Rod };

/// The Swedish name, the one word for the colour in every report and in the
/// store: "grön", "gul" or "röd" (spec/report-json.md).
llvm::StringRef trafficLightName(TrafficLight C);
/// Parses a name written by trafficLightName.
std::optional<TrafficLight> parseTrafficLight(llvm::StringRef Name);

/// A problem with an input or configuration file, not with the documentation
/// itself. Kept apart from findings so a broken file is never mistaken for a
/// badly written case.
struct Diagnostic {
  std::string File;
  unsigned Line = 0;   ///< 1-based; 0 when the problem concerns the whole file.
  unsigned Column = 0; ///< 1-based, in code points.
  std::string Message; ///< Swedish for input files, as the parser says for YAML.
  std::string SourceLine; ///< The offending line, for a caret display.
  /// The file was still read and audited; only this part of it was not
  /// understood (an unknown life area). Such a remark is no lost input and
  /// does not make the exit code 2.
  bool Audited = false;
};

/// One deficiency found by one rule, pointing at the text that shows it.
struct Finding {
  std::string Rule; ///< Rule id, `<pack>/<slug>`.
  std::string Code; ///< Stable short code.
  Severity Level = Severity::Warning;
  std::string Question; ///< Template question the finding is evidence for.
  std::string Message;
  std::string Suggestion; ///< Replacement text; empty when there is none.
  std::string Document;   ///< Document id.
  std::string File;
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0;
  std::string SourceLine; ///< The line the finding starts on.
  /// Recognises the finding across runs and unrelated edits (ibic/Baseline.h);
  /// holds no text of the document.
  std::string Fingerprint;
};

/// A template question answered for one case.
struct QuestionScore {
  std::string Id;
  std::optional<int> Score; ///< 0, 1 or 2; empty when the question does not apply.
  int Max = 2;
  std::string Reason;                ///< Why the score is null.
  std::vector<std::string> Evidence; ///< What counted, in Swedish.
};

/// Readability of one document.
struct DocumentMetrics {
  std::string Id, Type, File;
  double Lix = 0; ///< 0 for a document without words.
  unsigned Words = 0, Sentences = 0;
};

struct CaseResult {
  std::string Id, Avdelning, Enhet, Lagrum;
  std::vector<std::string> Files;
  std::vector<DocumentMetrics> Documents;
  std::vector<QuestionScore> Questions;
  std::vector<Finding> Findings;
};

/// The områdespoäng of one question over the cases of a group.
struct GroupQuestion {
  std::string Id;
  std::optional<double> Mean; ///< Empty when no case in the group applies.
  unsigned N = 0;
  std::optional<TrafficLight> Colour; ///< Empty without a mean.
};

/// An avdelning (Enhet empty) or an (avdelning, enhet) pair.
struct GroupResult {
  std::string Avdelning;
  std::optional<std::string> Enhet;
  unsigned Cases = 0;
  std::vector<GroupQuestion> Questions;
};

struct QuestionInfo {
  std::string Id, Title;
};

/// Where an audit spent its time (AuditOptions::Profile): a rule, or a
/// stage ("läsa filer", "analys").
struct ProfileEntry {
  std::string Name;
  double Seconds = 0; ///< Summed over threads.
  size_t Findings = 0;
};

struct AuditResult {
  std::string TemplateId, TemplateVersion;
  std::vector<QuestionInfo> TemplateQuestions;
  std::vector<CaseResult> Cases;   ///< Sorted by case id.
  std::vector<GroupResult> Groups; ///< Sorted by avdelning, then enhet.
  std::vector<Diagnostic> Errors;  ///< Inputs that could not be read.
  /// Findings left out because a baseline already held them (applyBaseline).
  size_t KnownFindings = 0;
  /// Filled when AuditOptions::Profile is set: stages first, then rules,
  /// each with the time it took.
  std::vector<ProfileEntry> Profile;

  /// True when some finding is at or above \p FailOn.
  bool hasFindingAtLeast(Severity FailOn) const;
  /// Files (or folders) of which something could not be audited: the
  /// distinct files of the Errors that are not Audited remarks.
  size_t unreadFiles() const;
  /// Remarks on input that was still audited (Diagnostic::Audited).
  size_t remarks() const;
};

} // namespace ibic

#endif
