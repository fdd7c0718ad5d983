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

/// A text field. Text that a spreadsheet would read as a formula (leading
/// '=', '+', '-', '@') gets a leading apostrophe, as OWASP advises for CSV
/// opened in Excel; numbers never come through here.
std::string textField(llvm::StringRef Value) {
  std::string Text = report::withoutControlCharacters(Value);
  if (!Text.empty() && llvm::StringRef("=+-@").contains(Text.front()))
    Text.insert(0, "'");
  if (Text.find_first_of(";\"\r\n") == std::string::npos)
    return Text;
  std::string Quoted = "\"";
  for (char C : Text) {
    if (C == '"')
      Quoted += '"';
    Quoted += C;
  }
  return Quoted + "\"";
}

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
    Row.push_back(textField(Q.Id));
  writeRow(OS, Row);
  for (const CaseResult &C : R.Cases) {
    Row = {textField(C.Id), textField(C.Avdelning), textField(C.Enhet)};
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
    Row.push_back(textField(Q.Id));
  writeRow(OS, Row);
  for (const GroupResult &G : R.Groups) {
    // An avdelning's own row has "Alla enheter" where its enheter have a name,
    // so the table can be sorted and filtered without losing which is which.
    Row = {textField(G.Avdelning), textField(G.Enhet ? *G.Enhet : "Alla enheter"),
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
