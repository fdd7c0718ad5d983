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

#include <cassert>
#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
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

/// The cases of an audit. A list made by a batch audit with
/// AuditOptions::Spool keeps each finished case in an unlinked temporary
/// file and reads it back when it is visited, so a batch's memory is bounded
/// by its largest case rather than by the number of cases; every other list
/// is a plain vector in memory.
///
/// Both read the same way: size(), and const iteration, which yields each
/// case by reference for as long as the iterator stays on it. Changing a
/// spooled list goes through update(), which rewrites the file; the
/// element accessors (operator[], front(), push_back(), ...) are for lists
/// in memory, such as a report read back or one built in a test.
class CaseList {
  class SpoolFile;
  /// Where one spooled case lies in the file.
  struct SpoolEntry {
    uint64_t Offset = 0, Size = 0;
    std::string Id;
    /// The level of the case's gravest finding, so that the exit code
    /// needs no case read back; empty without findings.
    std::optional<Severity> Gravest;
  };

public:
  CaseList() = default;
  CaseList(std::initializer_list<CaseResult> Cases) : Memory(Cases) {}
  CaseList(std::vector<CaseResult> Cases) : Memory(std::move(Cases)) {}
  /// An empty list that keeps its cases in a temporary file; false when
  /// none could be made, and the list then stays in memory.
  bool spoolToDisk();
  bool spooled() const { return File != nullptr; }

  size_t size() const;
  bool empty() const { return size() == 0; }
  void push_back(CaseResult C);

  class const_iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = CaseResult;
    using difference_type = std::ptrdiff_t;
    using pointer = const CaseResult *;
    using reference = const CaseResult &;
    const_iterator(const CaseList *List, size_t Index) : List(List), Index(Index) {}
    reference operator*() const;
    pointer operator->() const { return &**this; }
    const_iterator &operator++() {
      ++Index;
      Loaded.reset();
      return *this;
    }
    bool operator==(const const_iterator &O) const { return Index == O.Index; }
    bool operator!=(const const_iterator &O) const { return Index != O.Index; }

  private:
    const CaseList *List;
    size_t Index;
    mutable std::shared_ptr<const CaseResult> Loaded; ///< A spooled case.
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  /// Case \p Index, read back if it is spooled.
  CaseResult load(size_t Index) const;
  /// True when some case has a finding at or above \p Level.
  bool anyFindingAtLeast(Severity Level) const;
  /// Applies \p Change to every case in order.
  void update(const std::function<void(CaseResult &)> &Change);
  /// Orders the cases by id.
  void sortById();
  /// Every case, moved out; the list is left empty.
  std::vector<CaseResult> take();

  CaseResult &operator[](size_t I) { return memory()[I]; }
  const CaseResult &operator[](size_t I) const { return memory()[I]; }
  CaseResult &at(size_t I) { return memory().at(I); }
  const CaseResult &at(size_t I) const { return memory().at(I); }
  CaseResult &front() { return memory().front(); }
  const CaseResult &front() const { return memory().front(); }
  CaseResult &back() { return memory().back(); }
  const CaseResult &back() const { return memory().back(); }
  template <typename... Args> CaseResult &emplace_back(Args &&...A) {
    return memory().emplace_back(std::forward<Args>(A)...);
  }

private:
  std::vector<CaseResult> &memory() {
    assert(!spooled() && "a spooled case is read with load() or iteration");
    return Memory;
  }
  const std::vector<CaseResult> &memory() const {
    assert(!spooled() && "a spooled case is read with load() or iteration");
    return Memory;
  }

  std::vector<CaseResult> Memory;
  /// Append-only and shared by copies, each with its own Index; update()
  /// writes a new file.
  std::shared_ptr<SpoolFile> File;
  std::vector<SpoolEntry> Index;
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
  CaseList Cases;                  ///< Sorted by case id.
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
