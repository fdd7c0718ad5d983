//===- TextReport.cpp - Reports for people --------------------------------===//
#include "ibic/Report.h"

#include "Report/ReportSupport.h"
#include "Support/SourceFile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"

namespace ibic {
namespace {

using Colour = llvm::raw_ostream::Colors;

/// \p Text padded with spaces to \p Width code points (left_justify counts
/// bytes, which misaligns "grön" and "–").
std::string padded(llvm::StringRef Text, unsigned Width) {
  unsigned Length = countCodePoints(Text);
  return Text.str() + std::string(Length < Width ? Width - Length : 0, ' ');
}

class Painter {
public:
  Painter(llvm::raw_ostream &OS, bool Enabled) : OS(OS), Enabled(Enabled) {}
  llvm::raw_ostream &operator()(Colour C, bool Bold = false) {
    if (Enabled)
      OS.changeColor(C, Bold);
    return OS;
  }
  llvm::raw_ostream &reset() {
    if (Enabled)
      OS.resetColor();
    return OS;
  }

private:
  llvm::raw_ostream &OS;
  bool Enabled;
};

Colour severityColour(Severity S) {
  switch (S) {
  case Severity::Error:
    return Colour::RED;
  case Severity::Warning:
    return Colour::MAGENTA;
  case Severity::Info:
    break;
  }
  return Colour::CYAN;
}

Colour terminalColour(std::optional<TrafficLight> C) {
  if (!C)
    return Colour::SAVEDCOLOR;
  switch (*C) {
  case TrafficLight::Gron:
    return Colour::GREEN;
  case TrafficLight::Gul:
    return Colour::YELLOW;
  case TrafficLight::Rod:
    break;
  }
  return Colour::RED;
}

/// The source line with a caret under [Column, EndColumn) when on one line.
void writeCaret(llvm::raw_ostream &OS, Painter &Paint, llvm::StringRef Indent,
                unsigned Line, unsigned Column, unsigned EndLine,
                unsigned EndColumn, llvm::StringRef Source) {
  std::string Shown = Source.str();
  std::replace(Shown.begin(), Shown.end(), '\t', ' ');
  std::string Number = std::to_string(Line);
  OS << Indent << llvm::format("%5s | ", Number.c_str()) << Shown << '\n';
  OS << Indent << "      | " << std::string(Column > 0 ? Column - 1 : 0, ' ');
  unsigned Width = EndLine == Line && EndColumn > Column ? EndColumn - Column : 1;
  Paint(Colour::GREEN, true) << '^' << std::string(Width - 1, '~');
  Paint.reset() << '\n';
}

void writeFinding(llvm::raw_ostream &OS, Painter &Paint, const Finding &F,
                  llvm::StringRef Indent = "") {
  OS << Indent;
  Paint(Colour::SAVEDCOLOR, true) << F.File << ':' << F.Line << ':' << F.Column
                                  << ": ";
  Paint(severityColour(F.Level), true) << severityName(F.Level) << ": ";
  Paint.reset() << F.Message << " [" << F.Rule << "]\n";
  // A report merged from JSON has no source lines to show.
  if (!F.SourceLine.empty())
    writeCaret(OS, Paint, Indent, F.Line, F.Column, F.EndLine, F.EndColumn,
               F.SourceLine);
  if (!F.Suggestion.empty())
    OS << Indent << "      = förslag: " << F.Suggestion << '\n';
}

/// Each question's score with the findings that explain it, then the
/// findings that concern no scored question.
void writeCase(llvm::raw_ostream &OS, Painter &Paint, const AuditResult &R,
               const CaseResult &C) {
  report::QuestionFindings Sorted = report::findingsByQuestion(C);
  for (size_t I = 0; I < C.Questions.size(); ++I) {
    const QuestionScore &Q = C.Questions[I];
    OS << "  " << llvm::left_justify(Q.Id, 4) << ' ';
    if (Q.Score)
      Paint(*Q.Score == 2 ? Colour::GREEN : *Q.Score == 1 ? Colour::YELLOW
                                                          : Colour::RED,
            true);
    OS << padded(report::scoreLabel(Q.Score), 18);
    Paint.reset() << report::questionTitle(R, Q.Id);
    if (!Q.Score)
      OS << " (" << Q.Reason << ')';
    OS << '\n';
    for (const Finding *F : Sorted.ByQuestion[I])
      writeFinding(OS, Paint, *F, "       ");
  }
  if (!Sorted.Other.empty())
    OS << "  Övriga fynd\n";
  for (const Finding *F : Sorted.Other)
    writeFinding(OS, Paint, *F, "       ");
}

void writeGroups(llvm::raw_ostream &OS, Painter &Paint, const AuditResult &R) {
  if (R.Groups.empty())
    return;
  OS << "Områdespoäng per avdelning och enhet\n";
  for (const GroupResult &G : R.Groups) {
    Paint(Colour::SAVEDCOLOR, true)
        << (G.Avdelning.empty() ? "(ingen avdelning)" : G.Avdelning);
    if (G.Enhet)
      OS << " / " << *G.Enhet;
    Paint.reset() << " – " << G.Cases << (G.Cases == 1 ? " ärende\n" : " ärenden\n");
    for (const GroupQuestion &Q : G.Questions) {
      if (!Q.Mean)
        continue;
      OS << "  " << llvm::left_justify(Q.Id, 4) << ' '
         << llvm::format("%.2f", *Q.Mean) << "  ";
      Paint(terminalColour(Q.Colour), true) << padded(report::colourLabel(Q.Colour), 5);
      Paint.reset() << "  (n=" << Q.N << ")\n";
    }
  }
}

} // namespace

void writeDiagnostics(llvm::ArrayRef<Diagnostic> Errors, bool Colour,
                      llvm::raw_ostream &OS) {
  Painter Paint(OS, Colour);
  for (const Diagnostic &D : Errors) {
    Paint(Colour::SAVEDCOLOR, true) << D.File;
    if (D.Line)
      OS << ':' << D.Line << ':' << D.Column;
    OS << ": ";
    // A remark on a file that was still audited is no lost input.
    if (D.Audited)
      Paint(Colour::MAGENTA, true) << "warning: ";
    else
      Paint(Colour::RED, true) << "error: ";
    Paint.reset() << D.Message << '\n';
    if (D.Line && !D.SourceLine.empty())
      writeCaret(OS, Paint, "", D.Line, D.Column, D.Line, D.Column + 1,
                 D.SourceLine);
  }
}

void writeTextReport(const AuditResult &R, const TextReportOptions &Options,
                     llvm::raw_ostream &OS) {
  Painter Paint(OS, Options.Colour);
  size_t Findings = 0;
  for (const CaseResult &C : R.Cases) {
    Findings += C.Findings.size();
    if (!Options.Scores) {
      for (const Finding &F : C.Findings)
        writeFinding(OS, Paint, F);
      continue;
    }
    Paint(Colour::SAVEDCOLOR, true) << "Ärende " << C.Id;
    Paint.reset();
    if (!C.Avdelning.empty())
      OS << "  " << C.Avdelning;
    if (!C.Enhet.empty())
      OS << " / " << C.Enhet;
    if (!C.Lagrum.empty())
      OS << " (" << C.Lagrum << ')';
    OS << "\n  Filer: " << llvm::join(C.Files, ", ") << '\n';
    for (const DocumentMetrics &D : C.Documents)
      if (D.Words)
        OS << "  LIX " << llvm::format("%4.0f", D.Lix) << "  " << D.Id << " ("
           << D.Type << ", " << D.Words << " ord)\n";
    writeCase(OS, Paint, R, C);
    OS << '\n';
  }
  if (Options.Scores)
    writeGroups(OS, Paint, R);
  OS << R.Cases.size() << (R.Cases.size() == 1 ? " ärende, " : " ärenden, ")
     << Findings;
  if (R.KnownFindings)
    OS << (Findings == 1 ? " nytt fynd (" : " nya fynd (") << R.KnownFindings
       << " kända från baslinjen visas inte), ";
  else
    OS << " fynd, ";
  size_t Unread = R.unreadFiles();
  size_t Remarks = R.remarks();
  OS << Unread
     << (Unread == 1 ? " fil som inte kunde läsas"
                     : " filer som inte kunde läsas");
  if (Remarks)
    OS << ", " << Remarks << (Remarks == 1 ? " anmärkning" : " anmärkningar")
       << " om indata";
  OS << '\n';
}

} // namespace ibic
