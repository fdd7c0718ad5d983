//===- ibic/Report.h - Writers for every output format --------------------===//
//
// One writer per format, each a pure function of an AuditResult.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_REPORT_H
#define IBIC_REPORT_H

#include "ibic/Result.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

namespace ibic {

/// The stable JSON report of spec/report-json.md.
void writeJsonReport(const AuditResult &R, llvm::raw_ostream &OS);

struct TextReportOptions {
  bool Colour = false; ///< ANSI colours; only for a terminal.
  bool Scores = true;  ///< Question scores and group tables (audit) or not (check).
};

/// A report for people: per case its scores and findings with the source line
/// and a caret, then områdespoäng per avdelning. With Scores off it prints
/// findings only, compiler style.
void writeTextReport(const AuditResult &R, const TextReportOptions &Options,
                     llvm::raw_ostream &OS);

/// Input and configuration problems, compiler style with a caret line.
void writeDiagnostics(llvm::ArrayRef<Diagnostic> Errors, bool Colour,
                      llvm::raw_ostream &OS);

} // namespace ibic

#endif
