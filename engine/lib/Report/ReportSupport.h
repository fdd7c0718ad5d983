//===- ReportSupport.h - What every report writer shares ------------------===//
//
// Wording and number formatting that must read the same in every format: the
// names of scores and severities, question titles, locations, and which
// findings explain which question. Writers use these instead of their own
// copies, so the text, HTML, JUnit and CSV reports never disagree.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_REPORT_REPORTSUPPORT_H
#define IBIC_REPORT_REPORTSUPPORT_H

#include "ibic/Result.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace ibic::report {

/// The title of template question \p Id, or empty when the template has none.
llvm::StringRef questionTitle(const AuditResult &R, llvm::StringRef Id);

/// "0 ej uppfyllt", "1 delvis uppfyllt", "2 uppfyllt", or "–" for null.
llvm::StringRef scoreLabel(std::optional<int> Score);

/// The severity in Swedish, for readers: "fel", "varning", "info".
llvm::StringRef severityLabel(Severity S);

/// A colour's name as readers see it, trafficLightName(), or "–" for none.
llvm::StringRef colourLabel(std::optional<TrafficLight> C);

/// The CSS class of a colour in every HTML page: "gron", "gul", "rod", or
/// "none".
llvm::StringRef colourClass(std::optional<TrafficLight> C);

/// An avdelning as shown to readers: "(ingen avdelning)" when empty.
std::string avdelningLabel(llvm::StringRef Avdelning);

/// An områdespoäng with two decimals and \p DecimalSeparator: "1,42" for
/// Swedish readers and spreadsheets, "1.42" for machines.
std::string formatMean(double Mean, char DecimalSeparator = ',');

/// "file:line:column" of a finding, or just the file when it has no line.
std::string findingLocation(const Finding &F);

/// A finding compiler style, as `ibic-audit check` prints it:
/// "file:line:column: severity: message [rule]".
std::string compilerStyle(const Finding &F);

/// \p Text with C0 control characters other than tab, line feed and carriage
/// return (and DEL) replaced by U+FFFD, so it can go into XML 1.0 and HTML.
std::string withoutControlCharacters(llvm::StringRef Text);

/// A CSV field for Excel with Swedish settings: quoted when it holds ';',
/// '"' or a line break, and with a leading apostrophe when a spreadsheet
/// would read it as a formula ('=', '+', '-', '@', or a tab or carriage
/// return before one), as OWASP advises. Every CSV writer (the audit report
/// and compare) writes text through this; numbers never come through here.
std::string csvText(llvm::StringRef Value);

/// Text for HTML element content and attribute values, written with <<:
/// & < > " ' escaped, control characters replaced.
struct HtmlEscaped {
  llvm::StringRef Text;
};
inline HtmlEscaped html(llvm::StringRef Text) { return {Text}; }
llvm::raw_ostream &operator<<(llvm::raw_ostream &OS, HtmlEscaped E);
/// The same as a string.
std::string htmlText(llvm::StringRef Text);

/// The findings of one case sorted under the questions they explain.
struct QuestionFindings {
  /// For each entry of CaseResult::Questions (same index), the findings
  /// shown under it: those for that question when it has a score.
  std::vector<std::vector<const Finding *>> ByQuestion;
  /// Findings for no question, an unknown one, or one scored null; in check
  /// mode (no questions) every finding.
  std::vector<const Finding *> Other;
};
QuestionFindings findingsByQuestion(const CaseResult &C);

} // namespace ibic::report

#endif
