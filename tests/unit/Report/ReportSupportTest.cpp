// Tests for Report/ReportSupport: the wording and formatting every report
// writer shares.
#include "Report/ReportSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using namespace ibic::report;

TEST_CASE("means have two decimals and the separator asked for", "[report]") {
  CHECK(formatMean(1.42) == "1,42");
  CHECK(formatMean(2.0) == "2,00");
  CHECK(formatMean(0.0) == "0,00");
  CHECK(formatMean(1.0 / 3 + 1) == "1,33");
  CHECK(formatMean(1.5, '.') == "1.50");
}

TEST_CASE("scores, severities and avdelningar have one wording", "[report]") {
  CHECK(scoreLabel(0) == "0 ej uppfyllt");
  CHECK(scoreLabel(1) == "1 delvis uppfyllt");
  CHECK(scoreLabel(2) == "2 uppfyllt");
  CHECK(scoreLabel(std::nullopt) == "–");
  CHECK(scoreLabel(7) == "–");
  CHECK(severityLabel(Severity::Error) == "fel");
  CHECK(severityLabel(Severity::Warning) == "varning");
  CHECK(severityLabel(Severity::Info) == "info");
  CHECK(avdelningLabel("") == "(ingen avdelning)");
  CHECK(avdelningLabel("Hemtjänst") == "Hemtjänst");
}

TEST_CASE("a finding's location and compiler-style line", "[report]") {
  Finding F;
  F.Rule = "sprak/vardeladdat-ord";
  F.Level = Severity::Warning;
  F.Message = "Värdeladdat ord 'vägrar'.";
  F.File = "export/a.xml";
  F.Line = 12;
  F.Column = 9;
  CHECK(findingLocation(F) == "export/a.xml:12:9");
  CHECK(compilerStyle(F) ==
        "export/a.xml:12:9: warning: Värdeladdat ord 'vägrar'. [sprak/vardeladdat-ord]");
  F.Line = 0;
  CHECK(findingLocation(F) == "export/a.xml");
}

TEST_CASE("control characters are replaced, text and line breaks kept", "[report]") {
  CHECK(withoutControlCharacters("åäö\ttab\nrad\r\n") == "åäö\ttab\nrad\r\n");
  CHECK(withoutControlCharacters(llvm::StringRef("a\0b\x01\x1f\x7f", 6)) ==
        "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("findings go under the scored question they explain", "[report]") {
  AuditResult R;
  R.TemplateQuestions = {{"M1", "Egen uppfattning"}, {"U1", "Plan"}};
  CHECK(questionTitle(R, "U1") == "Plan");
  CHECK(questionTitle(R, "X9").empty());

  CaseResult C;
  QuestionScore M1, U1;
  M1.Id = "M1";
  M1.Score = 1;
  U1.Id = "U1"; // null: its findings are "other"
  C.Questions = {M1, U1};
  Finding A, B, D, E;
  A.Question = "M1";
  B.Question = "U1";
  D.Question = "";
  E.Question = "M1";
  C.Findings = {A, B, D, E};
  QuestionFindings Sorted = findingsByQuestion(C);
  REQUIRE(Sorted.ByQuestion.size() == 2);
  REQUIRE(Sorted.ByQuestion[0].size() == 2);
  CHECK(Sorted.ByQuestion[0][0] == &C.Findings[0]);
  CHECK(Sorted.ByQuestion[0][1] == &C.Findings[3]);
  CHECK(Sorted.ByQuestion[1].empty());
  REQUIRE(Sorted.Other.size() == 2);
  CHECK(Sorted.Other[0] == &C.Findings[1]);
  CHECK(Sorted.Other[1] == &C.Findings[2]);

  C.Questions.clear(); // check mode
  CHECK(findingsByQuestion(C).Other.size() == 4);
}

TEST_CASE("one escaping for every writer: formulas, markup, control characters",
          "[report]") {
  using report::csvText;
  CHECK(csvText("=1+1") == "'=1+1");
  CHECK(csvText("+46 70") == "'+46 70");
  CHECK(csvText("-2+3") == "'-2+3");
  CHECK(csvText("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csvText("\t=1+1") == "'\t=1+1");
  CHECK(csvText("\r=1+1") == "\"'\r=1+1\"");
  CHECK(csvText("=HYPERLINK(\"http://x.example\";\"a\")") ==
        "\"'=HYPERLINK(\"\"http://x.example\"\";\"\"a\"\")\"");
  CHECK(csvText("Haga hemtjänst") == "Haga hemtjänst");
  CHECK(report::htmlText("<script>&'\"") == "&lt;script&gt;&amp;&#39;&quot;");
  CHECK(report::htmlText("a\x1b[2Jb") == "a\xEF\xBF\xBD[2Jb");
}
