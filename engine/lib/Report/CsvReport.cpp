//===- CsvReport.cpp - Scores for Swedish Excel ---------------------------===//
//
// What Excel with Swedish regional settings opens by double-click: UTF-8
// with a byte order mark (or å, ä, ö turn into mojibake), ';' between fields
// (',' is the decimal separator), decimal comma, CRLF line ends. Fields are
// quoted when they hold ';', '"' or a line break. Two tables separated by an
// empty line: scores per case and question, then områdespoäng per avdelning
// and enhet.
//
//===----------------------------------------------------------------------===//
#include "ibic/Report.h"

#include "Report/ReportSupport.h"

namespace ibic {
namespace {

const char *const LineEnd = "\r\n";

void writeRow(llvm::raw_ostream &OS, llvm::ArrayRef<std::string> Fields) {
  for (size_t I = 0; I < Fields.size(); ++I)
    OS << (I ? ";" : "") << Fields[I];
  OS << LineEnd;
}

} // namespace

void writeCsvReport(const AuditResult &R, llvm::raw_ostream &OS) {
  OS << "\xEF\xBB\xBF";
  std::vector<std::string> Row = {"ärende", "avdelning", "enhet"};
  for (const QuestionInfo &Q : R.TemplateQuestions)
    Row.push_back(report::csvText(Q.Id));
  writeRow(OS, Row);
  for (const CaseResult &C : R.Cases) {
    Row = {report::csvText(C.Id), report::csvText(C.Avdelning), report::csvText(C.Enhet)};
    for (const QuestionInfo &T : R.TemplateQuestions) {
      std::string Cell;
      for (const QuestionScore &Q : C.Questions)
        if (Q.Id == T.Id && Q.Score)
          Cell = std::to_string(*Q.Score);
      Row.push_back(Cell);
    }
    writeRow(OS, Row);
  }

  OS << LineEnd;
  Row = {"avdelning", "enhet", "ärenden"};
  for (const QuestionInfo &Q : R.TemplateQuestions)
    Row.push_back(report::csvText(Q.Id));
  writeRow(OS, Row);
  for (const GroupResult &G : R.Groups) {
    // An avdelning's own row has "Alla enheter" where its enheter have a name,
    // so the table can be sorted and filtered without losing which is which.
    Row = {report::csvText(G.Avdelning), report::csvText(G.Enhet ? *G.Enhet : "Alla enheter"),
           std::to_string(G.Cases)};
    for (const QuestionInfo &T : R.TemplateQuestions) {
      std::string Cell;
      for (const GroupQuestion &Q : G.Questions)
        if (Q.Id == T.Id && Q.Mean)
          Cell = report::formatMean(*Q.Mean, ',');
      Row.push_back(Cell);
    }
    writeRow(OS, Row);
  }
}

} // namespace ibic
