//===- ibic/Report.h - Writers for every output format --------------------===//
//
// One writer per format, each a pure function of an AuditResult.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_REPORT_H
#define IBIC_REPORT_H

#include "ibic/Engine.h"
#include "ibic/Result.h"
#include "ibic/Store.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace llvm {
class ThreadPool;
} // namespace llvm

namespace ibic {

/// Threads a writer may render parts of a report on, side by side. The
/// output is the same byte for byte whatever they are.
struct ReportThreads {
  /// None: everything on the caller's thread.
  llvm::ThreadPool *Pool = nullptr;
  /// How many at once; 0: all of Pool's.
  unsigned Jobs = 0;
};

/// The stable JSON report of spec/report-json.md. With \p Threads, cases
/// are rendered a few at a time on them while this thread writes, so a
/// large report is made on every core but never held whole in memory.
void writeJsonReport(const AuditResult &R, llvm::raw_ostream &OS,
                     ReportThreads Threads = {});

/// Reads back a JSON report written by writeJsonReport (schema
/// ibic-audit/report/1), for merging the reports of shards. Source lines,
/// which the JSON report does not hold, are left empty. \p Name is the file
/// named in errors.
llvm::Expected<AuditResult> readJsonReport(llvm::StringRef Name, llvm::StringRef Text);

struct TextReportOptions {
  bool Colour = false; ///< ANSI colours; only for a terminal.
  bool Scores = true;  ///< Question scores and group tables (audit) or not (check).
};

/// A report for people: per case its scores and findings with the source line
/// and a caret, then områdespoäng per avdelning. With Scores off it prints
/// findings only, compiler style.
void writeTextReport(const AuditResult &R, const TextReportOptions &Options,
                     llvm::raw_ostream &OS);

/// SARIF 2.1.0 (one run) for code-scanning tools and editors: the loaded
/// \p Rules as tool.driver.rules with their rationale, every finding as a
/// result with its region (columns in code points), the suggestion as a fix,
/// and unreadable inputs as tool execution notifications.
void writeSarifReport(const AuditResult &R, llvm::ArrayRef<RuleInfo> Rules,
                      llvm::raw_ostream &OS);

/// JUnit XML for CI servers: a testsuite per case and a testcase per
/// question with its score and the findings that explain it; null is skipped
/// with its reason. A testcase fails only when it holds a finding at or
/// above \p FailOn, so the report and the exit code agree.
void writeJunitReport(const AuditResult &R, Severity FailOn,
                      llvm::raw_ostream &OS);

/// CSV for Swedish Excel (UTF-8 with BOM, ';', decimal comma, CRLF): the
/// scores case by question, an empty line, then the områdespoäng per
/// avdelning and enhet.
void writeCsvReport(const AuditResult &R, llvm::raw_ostream &OS);

/// One self-contained HTML page (inline CSS and SVG, no scripts, no network)
/// for reading and printing on A4: områdespoäng per avdelning and enhet with
/// colour and label, bar charts, then every case with scores and findings.
void writeHtmlReport(const AuditResult &R, llvm::raw_ostream &OS);

enum class ComparisonFormat {
  Text, ///< Aligned columns for a terminal.
  Csv,  ///< For Excel with Swedish settings: UTF-8 BOM, ';', decimal comma.
  Html  ///< One self-contained page; each colour also written as a word.
};

/// Writes \p C, numbers with a decimal comma ("1,20 → 1,55 (+0,35)").
void writeComparison(const Comparison &C, ComparisonFormat Format,
                     llvm::raw_ostream &OS);

/// The rounds as a table: name, date, cases, files, findings.
void writeRounds(const std::vector<RoundSummary> &Rounds,
                 llvm::raw_ostream &OS);

/// Input and configuration problems, compiler style with a caret line.
void writeDiagnostics(llvm::ArrayRef<Diagnostic> Errors, bool Colour,
                      llvm::raw_ostream &OS);

} // namespace ibic

#endif
