// Tests for Report/CsvReport: the bytes Swedish Excel needs (BOM, ';', CRLF,
// decimal comma), and the report parsed back with an RFC 4180 reader gives
// the scores and områdespoäng of the result. That a spreadsheet reads the
// numbers as numbers is the ctest report.csv-libreoffice.
#include "Report/ReportSupport.h"
#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using namespace ibic::test;

namespace {

using Row = std::vector<std::string>;

std::string csv(const AuditResult &R) {
  return render([&](llvm::raw_ostream &OS) { writeCsvReport(R, OS); });
}

/// RFC 4180 with ';' and CRLF: quoted fields may hold ';', '""' and line
/// breaks. Fails the test on a bare LF or CR outside quotes.
std::vector<Row> parseCsv(llvm::StringRef Text) {
  REQUIRE(Text.startswith("\xEF\xBB\xBF"));
  Text = Text.drop_front(3);
  std::vector<Row> Rows(1, Row(1));
  bool Quoted = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    std::string &Field = Rows.back().back();
    if (Quoted) {
      if (C == '"' && I + 1 < Text.size() && Text[I + 1] == '"') {
        Field += '"';
        ++I;
      } else if (C == '"') {
        Quoted = false;
      } else {
        Field += C;
      }
      continue;
    }
    if (C == '"') {
      REQUIRE(Field.empty());
      Quoted = true;
    } else if (C == ';') {
      Rows.back().emplace_back();
    } else if (C == '\r') {
      REQUIRE(I + 1 < Text.size());
      REQUIRE(Text[I + 1] == '\n');
      ++I;
      Rows.emplace_back(1);
    } else {
      INFO("byte " << I);
      REQUIRE(C != '\n');
      Field += C;
    }
  }
  REQUIRE_FALSE(Quoted);
  // The last line ends with CRLF too, which leaves one empty row.
  REQUIRE(Rows.back() == Row(1));
  Rows.pop_back();
  return Rows;
}

Row header(const AuditResult &R, Row First) {
  for (const QuestionInfo &Q : R.TemplateQuestions)
    First.push_back(Q.Id);
  return First;
}

} // namespace

TEST_CASE("CSV of the sample: scores per case, then områdespoäng per group",
          "[report][csv]") {
  const AuditResult &R = sampleResult();
  std::string Text = csv(R);
  std::vector<Row> Rows = parseCsv(Text);
  size_t Width = 3 + R.TemplateQuestions.size();
  REQUIRE(Rows.size() == 1 + R.Cases.size() + 1 + 1 + R.Groups.size());

  CHECK(Rows[0] == header(R, {"ärende", "avdelning", "enhet"}));
  for (size_t I = 0; I < R.Cases.size(); ++I) {
    const CaseResult &C = R.Cases[I];
    const Row &Cells = Rows[1 + I];
    INFO("case " << C.Id);
    REQUIRE(Cells.size() == Width);
    CHECK(Cells[0] == C.Id);
    CHECK(Cells[1] == C.Avdelning);
    CHECK(Cells[2] == C.Enhet);
    for (const QuestionScore &Q : C.Questions) {
      size_t Column = 3;
      while (R.TemplateQuestions[Column - 3].Id != Q.Id)
        ++Column;
      INFO(Q.Id);
      CHECK(Cells[Column] == (Q.Score ? std::to_string(*Q.Score) : ""));
    }
  }
  size_t Blank = 1 + R.Cases.size();
  CHECK(Rows[Blank] == Row(1));
  CHECK(Rows[Blank + 1] == header(R, {"avdelning", "enhet", "ärenden"}));
  size_t Decimals = 0;
  for (size_t I = 0; I < R.Groups.size(); ++I) {
    const GroupResult &G = R.Groups[I];
    const Row &Cells = Rows[Blank + 2 + I];
    INFO(G.Avdelning << " / " << G.Enhet.value_or("*"));
    REQUIRE(Cells.size() == Width);
    CHECK(Cells[0] == G.Avdelning);
    CHECK(Cells[1] == (G.Enhet ? *G.Enhet : "Alla enheter"));
    CHECK(Cells[2] == std::to_string(G.Cases));
    for (size_t Q = 0; Q < G.Questions.size(); ++Q) {
      const GroupQuestion &GQ = G.Questions[Q];
      const std::string &Cell = Cells[3 + Q];
      INFO(GQ.Id << " " << Cell);
      if (!GQ.Mean) {
        CHECK(Cell.empty());
        continue;
      }
      // Two decimals after a comma, and the same number as the mean.
      REQUIRE(Cell.size() == 4);
      CHECK(Cell[1] == ',');
      std::string Dotted = Cell;
      Dotted[1] = '.';
      CHECK(std::stod(Dotted) == Approx(*GQ.Mean).margin(0.005));
      Decimals += Cell.substr(2) != "00";
    }
  }
  CHECK(Decimals > 0);
}

TEST_CASE("CSV fields with ';', '\"' or line breaks are quoted", "[report][csv]") {
  AuditResult R = handMadeResult();
  R.Cases[0].Enhet = "Haga\r\nnatt";
  R.Groups[2].Enhet = R.Cases[0].Enhet;
  std::string Text = csv(R);
  CHECK_THAT(Text, Catch::Contains("\"Hemtjänst; \"\"natt\"\"\""));
  std::vector<Row> Rows = parseCsv(Text);
  REQUIRE(Rows.size() == 1 + 2 + 1 + 1 + 3);
  CHECK(Rows[1] == Row{"2024-0142", "Hemtjänst; \"natt\"", "Haga\r\nnatt", "2", "1", ""});
  // A leading '=' would be a formula in Excel.
  CHECK(Rows[2] == Row{"'=2024-0150", "", "", "0", "", "2"});
  CHECK(Rows[5] == Row{"", "Alla enheter", "1", "0,00", "", "2,00"});
  CHECK(Rows[6] == Row{"Hemtjänst; \"natt\"", "Alla enheter", "1", "2,00", "1,42", ""});
  CHECK(Rows[7] == Row{"Hemtjänst; \"natt\"", "Haga\r\nnatt", "1", "2,00", "1,42", ""});
}

TEST_CASE("CSV in check mode has the case table without scores", "[report][csv]") {
  const AuditResult &R = sampleResult(/*Score=*/false);
  std::vector<Row> Rows = parseCsv(csv(R));
  REQUIRE(Rows.size() >= 1 + R.Cases.size() + 2);
  for (size_t I = 0; I < R.Cases.size(); ++I)
    for (size_t Column = 3; Column < Rows[1 + I].size(); ++Column)
      CHECK(Rows[1 + I][Column].empty());
}
