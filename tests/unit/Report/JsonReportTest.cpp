// Tests for Report/JsonReport against spec/report-json.md: every field with
// its type, null scores with a reason, means with two decimals, the sort
// order of cases, findings and groups, and byte-identical output.
#include "Text/Collation.h"
#include "TestSupport.h"
#include "ibic/Report.h"

#include <catch2/catch.hpp>

#include "llvm/Support/JSON.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <regex>
#include <set>

using namespace ibic;
using ibic::test::sourcePath;
namespace json = llvm::json;

namespace {

std::string render(const AuditResult &R, ReportThreads Threads = {}) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeJsonReport(R, OS, Threads);
  OS.flush();
  return Out;
}

json::Value parse(llvm::StringRef Text) {
  llvm::Expected<json::Value> V = json::parse(Text);
  if (!V) {
    std::string Message = llvm::toString(V.takeError());
    FAIL("not JSON: " << Message);
  }
  return std::move(*V);
}

AuditResult auditSample(unsigned Jobs = 0, bool Score = true) {
  AuditOptions Options;
  Options.Jobs = Jobs;
  Options.Score = Score;
  return ibic::test::engine().audit({sourcePath("corpora/sample")}, Options);
}

bool isString(const json::Object &O, llvm::StringRef Key) {
  const json::Value *V = O.get(Key);
  return V && V->getAsString().hasValue();
}

bool isStringOrNull(const json::Object &O, llvm::StringRef Key) {
  const json::Value *V = O.get(Key);
  return V && (V->getAsString() || V->getAsNull());
}

bool isInteger(const json::Object &O, llvm::StringRef Key) {
  const json::Value *V = O.get(Key);
  return V && V->getAsInteger().hasValue();
}

int64_t integer(const json::Object &O, llvm::StringRef Key) {
  return O.getInteger(Key).getValueOr(-1);
}

std::string string(const json::Object &O, llvm::StringRef Key) {
  return O.getString(Key).getValueOr("").str();
}

const json::Array &array(const json::Object &O, llvm::StringRef Key) {
  const json::Array *A = O.getArray(Key);
  if (!A)
    FAIL("no array '" << Key.str() << "'");
  return *A;
}

/// Checks a question of a case against the spec.
void checkQuestion(const json::Object &Q) {
  REQUIRE(isString(Q, "id"));
  INFO("question " << string(Q, "id"));
  const json::Value *Score = Q.get("score");
  REQUIRE(Score != nullptr);
  if (Score->getAsNull()) {
    // A null score always says why.
    REQUIRE(isString(Q, "reason"));
    CHECK_FALSE(string(Q, "reason").empty());
    return;
  }
  REQUIRE(Score->getAsInteger().hasValue());
  int64_t S = *Score->getAsInteger();
  CHECK(S >= 0);
  CHECK(S <= 2);
  CHECK(integer(Q, "max") == 2);
  const json::Array *Evidence = Q.getArray("evidence");
  REQUIRE(Evidence != nullptr);
  for (const json::Value &E : *Evidence)
    CHECK(E.getAsString().hasValue());
}

void checkFinding(const json::Object &F) {
  for (const char *Key : {"rule", "severity", "message", "document", "file"}) {
    INFO(Key);
    CHECK(isString(F, Key));
  }
  CHECK_FALSE(string(F, "message").empty());
  CHECK(std::set<std::string>{"error", "warning", "info"}.count(string(F, "severity")));
  CHECK(isStringOrNull(F, "question"));
  CHECK(isStringOrNull(F, "suggestion"));
  for (const char *Key : {"line", "column", "end_line", "end_column"}) {
    INFO(Key);
    REQUIRE(isInteger(F, Key));
    CHECK(integer(F, Key) >= 1);
  }
  CHECK(std::make_pair(integer(F, "line"), integer(F, "column")) <=
        std::make_pair(integer(F, "end_line"), integer(F, "end_column")));
}

} // namespace

TEST_CASE("the report has every field of report-json.md", "[json]") {
  AuditResult R = auditSample();
  REQUIRE_FALSE(R.Cases.empty());
  json::Value Doc = parse(render(R));
  const json::Object *Top = Doc.getAsObject();
  REQUIRE(Top != nullptr);
  CHECK(string(*Top, "schema") == "ibic-audit/report/1");
  const json::Object *Tool = Top->getObject("tool");
  REQUIRE(Tool != nullptr);
  CHECK(string(*Tool, "name") == "ibic-audit");
  CHECK(std::regex_match(string(*Tool, "version"), std::regex(R"(\d+\.\d+\.\d+.*)")));
  const json::Object *Template = Top->getObject("template");
  REQUIRE(Template != nullptr);
  CHECK(string(*Template, "id") == R.TemplateId);
  CHECK(string(*Template, "version") == R.TemplateVersion);
  CHECK_FALSE(R.TemplateId.empty());

  const json::Array &Cases = array(*Top, "cases");
  CHECK(Cases.size() == R.Cases.size());
  size_t Findings = 0, NullScores = 0;
  for (const json::Value &CV : Cases) {
    const json::Object *C = CV.getAsObject();
    REQUIRE(C != nullptr);
    REQUIRE(isString(*C, "id"));
    INFO("case " << string(*C, "id"));
    CHECK(isStringOrNull(*C, "avdelning"));
    CHECK(isStringOrNull(*C, "enhet"));
    CHECK(isStringOrNull(*C, "lagrum"));
    const json::Array &Files = array(*C, "files");
    CHECK_FALSE(Files.empty());
    for (const json::Value &F : Files)
      CHECK(F.getAsString().hasValue());
    const json::Array &Questions = array(*C, "questions");
    CHECK(Questions.size() == R.TemplateQuestions.size());
    for (const json::Value &Q : Questions) {
      REQUIRE(Q.getAsObject() != nullptr);
      checkQuestion(*Q.getAsObject());
      NullScores += Q.getAsObject()->get("score")->getAsNull().hasValue();
    }
    for (const json::Value &F : array(*C, "findings")) {
      REQUIRE(F.getAsObject() != nullptr);
      checkFinding(*F.getAsObject());
      ++Findings;
    }
  }
  // The sample has both, or this test would not look at them.
  CHECK(Findings > 0);
  CHECK(NullScores > 0);

  const json::Array &Groups = array(*Top, "groups");
  CHECK_FALSE(Groups.empty());
  for (const json::Value &GV : Groups) {
    const json::Object *G = GV.getAsObject();
    REQUIRE(G != nullptr);
    REQUIRE(isString(*G, "avdelning"));
    REQUIRE(isStringOrNull(*G, "enhet"));
    REQUIRE(isInteger(*G, "cases"));
    CHECK(integer(*G, "cases") >= 1);
    for (const json::Value &QV : array(*G, "questions")) {
      const json::Object *Q = QV.getAsObject();
      REQUIRE(Q != nullptr);
      REQUIRE(isString(*Q, "id"));
      REQUIRE(isInteger(*Q, "n"));
      const json::Value *Mean = Q->get("mean");
      REQUIRE(Mean != nullptr);
      if (Mean->getAsNull()) {
        CHECK(integer(*Q, "n") == 0);
        CHECK(isStringOrNull(*Q, "colour"));
        continue;
      }
      REQUIRE(Mean->getAsNumber().hasValue());
      CHECK(*Mean->getAsNumber() >= 0.0);
      CHECK(*Mean->getAsNumber() <= 2.0);
      CHECK(integer(*Q, "n") >= 1);
      CHECK(integer(*Q, "n") <= integer(*G, "cases"));
      CHECK(std::set<std::string>{"grön", "gul", "röd"}.count(string(*Q, "colour")));
    }
  }
  CHECK(array(*Top, "errors").empty());
}

TEST_CASE("groups agree with the cases they summarise", "[json]") {
  json::Value Doc = parse(render(auditSample()));
  const json::Object &Top = *Doc.getAsObject();
  // (avdelning, enhet or "*") -> question -> scores
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::vector<int64_t>>> Scores;
  std::map<std::pair<std::string, std::string>, int64_t> CaseCount;
  for (const json::Value &CV : array(Top, "cases")) {
    const json::Object &C = *CV.getAsObject();
    std::string Avd = string(C, "avdelning"), Enhet = string(C, "enhet");
    std::vector<std::pair<std::string, std::string>> Keys = {{Avd, "*"}};
    if (!Enhet.empty())
      Keys.push_back({Avd, Enhet});
    for (const auto &K : Keys) {
      ++CaseCount[K];
      for (const json::Value &QV : array(C, "questions")) {
        const json::Object &Q = *QV.getAsObject();
        if (auto S = Q.getInteger("score"))
          Scores[K][string(Q, "id")].push_back(*S);
      }
    }
  }
  const json::Array &Groups = array(Top, "groups");
  CHECK(Groups.size() == CaseCount.size());
  for (const json::Value &GV : Groups) {
    const json::Object &G = *GV.getAsObject();
    std::pair<std::string, std::string> K = {
        string(G, "avdelning"), G.getString("enhet").getValueOr("*").str()};
    INFO(K.first << " / " << K.second);
    CHECK(integer(G, "cases") == CaseCount[K]);
    for (const json::Value &QV : array(G, "questions")) {
      const json::Object &Q = *QV.getAsObject();
      const std::vector<int64_t> &S = Scores[K][string(Q, "id")];
      INFO(string(Q, "id"));
      CHECK(integer(Q, "n") == int64_t(S.size()));
      if (S.empty())
        continue;
      double Sum = 0;
      for (int64_t V : S)
        Sum += V;
      double Mean = std::round(Sum / S.size() * 100) / 100;
      CHECK(Q.getNumber("mean").getValueOr(-1) == Approx(Mean).margin(1e-9));
      std::string Colour = Mean >= 1.60 ? "grön" : Mean >= 1.00 ? "gul" : "röd";
      CHECK(string(Q, "colour") == Colour);
    }
  }
}

TEST_CASE("means are written with two decimals", "[json]") {
  std::string Text = render(auditSample());
  std::regex Mean(R"re("mean": ([^,\n}]+))re");
  size_t Numbers = 0;
  for (auto It = std::sregex_iterator(Text.begin(), Text.end(), Mean);
       It != std::sregex_iterator(); ++It) {
    std::string V = (*It)[1];
    INFO(V);
    if (V == "null")
      continue;
    ++Numbers;
    CHECK(std::regex_match(V, std::regex(R"([0-2]\.\d\d)")));
  }
  CHECK(Numbers > 0);
}

TEST_CASE("cases, findings and groups are sorted", "[json]") {
  json::Value Doc = parse(render(auditSample()));
  const json::Object &Top = *Doc.getAsObject();
  const json::Array &Cases = array(Top, "cases");
  for (size_t I = 1; I < Cases.size(); ++I)
    CHECK(string(*Cases[I - 1].getAsObject(), "id") < string(*Cases[I].getAsObject(), "id"));

  size_t Compared = 0;
  for (const json::Value &CV : Cases) {
    const json::Array &F = array(*CV.getAsObject(), "findings");
    auto Key = [](const json::Object &O) {
      return std::make_tuple(string(O, "file"), integer(O, "line"),
                             integer(O, "column"), string(O, "rule"));
    };
    for (size_t I = 1; I < F.size(); ++I, ++Compared) {
      INFO(string(*CV.getAsObject(), "id") << " finding " << I);
      CHECK(Key(*F[I - 1].getAsObject()) <= Key(*F[I].getAsObject()));
    }
  }
  CHECK(Compared > 0);

  const json::Array &Groups = array(Top, "groups");
  const Collator &Sv = Collator::swedish();
  for (size_t I = 1; I < Groups.size(); ++I) {
    const json::Object &A = *Groups[I - 1].getAsObject(), &B = *Groups[I].getAsObject();
    INFO(string(A, "avdelning") << "/" << string(A, "enhet") << " then "
                                << string(B, "avdelning") << "/" << string(B, "enhet"));
    int ByAvdelning = Sv.compare(string(A, "avdelning"), string(B, "avdelning"));
    CHECK(ByAvdelning <= 0);
    if (ByAvdelning != 0)
      continue;
    // The avdelning as a whole first, then its enheter in Swedish order.
    bool ANull = A.get("enhet")->getAsNull().hasValue();
    bool BNull = B.get("enhet")->getAsNull().hasValue();
    CHECK_FALSE(BNull);
    if (!ANull)
      CHECK(Sv.compare(string(A, "enhet"), string(B, "enhet")) < 0);
  }
}

TEST_CASE("two runs give byte-identical reports", "[json]") {
  std::string First = render(auditSample(1));
  std::string Second = render(auditSample(0));
  std::string Third = render(auditSample(3));
  CHECK(First == Second);
  CHECK(First == Third);
  CHECK(render(auditSample(1, false)) == render(auditSample(2, false)));
}

TEST_CASE("cases rendered on threads give the same bytes", "[json]") {
  llvm::ThreadPool Pool(llvm::hardware_concurrency(3));
  AuditResult Sample = auditSample(0);
  std::string Alone = render(Sample);
  CHECK(render(Sample, {&Pool, 0}) == Alone);
  CHECK(render(Sample, {&Pool, 2}) == Alone);
  // More cases than the threads keep ahead of the writing, spooled as a
  // batch is: the window moves on and keeps the order.
  AuditResult Many;
  Many.Cases.spoolToDisk();
  for (int Copy = 0; Copy < 9; ++Copy)
    for (const CaseResult &C : Sample.Cases) {
      CaseResult Renamed = C;
      Renamed.Id += "-" + std::to_string(Copy);
      Many.Cases.push_back(std::move(Renamed));
    }
  std::string ManyAlone = render(Many);
  CHECK(render(Many, {&Pool, 2}) == ManyAlone);
  CHECK(render(Many, {&Pool, 3}) == ManyAlone);
  CHECK(parse(ManyAlone).getAsObject()->getArray("cases")->size() ==
        9 * Sample.Cases.size());
}

TEST_CASE("check mode writes the same document without scores", "[json]") {
  json::Value Doc = parse(render(auditSample(0, false)));
  const json::Object &Top = *Doc.getAsObject();
  CHECK(string(Top, "schema") == "ibic-audit/report/1");
  CHECK(array(Top, "groups").empty());
  size_t Findings = 0;
  for (const json::Value &CV : array(Top, "cases")) {
    CHECK(array(*CV.getAsObject(), "questions").empty());
    Findings += array(*CV.getAsObject(), "findings").size();
  }
  CHECK(Findings > 0);
}

TEST_CASE("exact rendering of a hand-made result", "[json]") {
  AuditResult R;
  R.TemplateId = "ibic-granskningsmall";
  R.TemplateVersion = "1";
  CaseResult C;
  C.Id = "2024-0142";
  C.Avdelning = "Hemtjänst";
  C.Enhet = "Haga hemtjänst";
  C.Lagrum = "SoL";
  C.Files = {"export/2024-0142.xml", "export/2024-0142-journal.txt"};
  QuestionScore M1;
  M1.Id = "M1";
  M1.Score = 2;
  M1.Evidence = {"Elsa berättar \"själv\""};
  QuestionScore U1;
  U1.Id = "U1";
  U1.Reason = "ingen genomförandeplan";
  U1.Evidence = {"ska inte synas"};
  C.Questions = {M1, U1};
  Finding F;
  F.Rule = "sprak/vardeladdat-ord";
  F.Code = "IA101";
  F.Level = Severity::Warning;
  F.Question = "M13";
  F.Message = "Värdeladdat ord 'vägrar'. Beskriv vad som hände.";
  F.Suggestion = "avböjer";
  F.Document = "U-1";
  F.File = "export/2024-0142.xml";
  F.Line = 12;
  F.Column = 9;
  F.EndLine = 12;
  F.EndColumn = 15;
  Finding NoSuggestion = F;
  NoSuggestion.Suggestion = "";
  NoSuggestion.Level = Severity::Error;
  NoSuggestion.Line = 13;
  C.Findings = {F, NoSuggestion};
  R.Cases.push_back(C);
  CaseResult Bare;
  Bare.Id = "2024-0150";
  Bare.Files = {"a.txt"};
  R.Cases.push_back(Bare);

  GroupResult All;
  All.Avdelning = "Hemtjänst";
  All.Cases = 12;
  GroupQuestion Q1{"M1", 1.5, 12, TrafficLight::Gul};
  GroupQuestion Q2{"M2", 2.0, 3, TrafficLight::Gron};
  GroupQuestion Q3{"M3", 0.0, 1, TrafficLight::Rod};
  GroupQuestion Q4{"M4", 1.0 / 3 + 1, 3, TrafficLight::Gul};
  GroupQuestion Q5{"U1", std::nullopt, 0, std::nullopt};
  All.Questions = {Q1, Q2, Q3, Q4, Q5};
  GroupResult Haga = All;
  Haga.Enhet = "Haga hemtjänst";
  R.Groups = {All, Haga};
  R.Errors.push_back({"export/broken.xml", 3, 17, "XML-filen är inte välformad.", "<p"});

  std::string Text = render(R);
  CHECK(llvm::StringRef(Text).endswith("}\n"));
  CHECK_THAT(Text, Catch::Contains("\"mean\": 1.50"));
  CHECK_THAT(Text, Catch::Contains("\"mean\": 2.00"));
  CHECK_THAT(Text, Catch::Contains("\"mean\": 0.00"));
  CHECK_THAT(Text, Catch::Contains("\"mean\": 1.33"));
  // Swedish text is written as UTF-8, not escaped.
  CHECK_THAT(Text, Catch::Contains("Hemtjänst"));

  json::Value Doc = parse(Text);
  const json::Object &Top = *Doc.getAsObject();
  const json::Array &Cases = array(Top, "cases");
  REQUIRE(Cases.size() == 2);
  const json::Object &C0 = *Cases[0].getAsObject();
  CHECK(string(C0, "id") == "2024-0142");
  CHECK(string(C0, "avdelning") == "Hemtjänst");
  CHECK(string(C0, "enhet") == "Haga hemtjänst");
  CHECK(string(C0, "lagrum") == "SoL");
  const json::Array &Files = array(C0, "files");
  REQUIRE(Files.size() == 2);
  CHECK(Files[1].getAsString().getValueOr("") == "export/2024-0142-journal.txt");

  const json::Array &Questions = array(C0, "questions");
  REQUIRE(Questions.size() == 2);
  const json::Object &QM1 = *Questions[0].getAsObject();
  CHECK(string(QM1, "id") == "M1");
  CHECK(integer(QM1, "score") == 2);
  CHECK(integer(QM1, "max") == 2);
  REQUIRE(array(QM1, "evidence").size() == 1);
  CHECK(array(QM1, "evidence")[0].getAsString().getValueOr("") == "Elsa berättar \"själv\"");
  const json::Object &QU1 = *Questions[1].getAsObject();
  CHECK(QU1.get("score")->getAsNull().hasValue());
  CHECK(string(QU1, "reason") == "ingen genomförandeplan");

  const json::Array &Found = array(C0, "findings");
  REQUIRE(Found.size() == 2);
  const json::Object &F0 = *Found[0].getAsObject();
  CHECK(string(F0, "rule") == "sprak/vardeladdat-ord");
  CHECK(string(F0, "severity") == "warning");
  CHECK(string(F0, "question") == "M13");
  CHECK(string(F0, "message") == "Värdeladdat ord 'vägrar'. Beskriv vad som hände.");
  CHECK(string(F0, "suggestion") == "avböjer");
  CHECK(string(F0, "document") == "U-1");
  CHECK(string(F0, "file") == "export/2024-0142.xml");
  CHECK(integer(F0, "line") == 12);
  CHECK(integer(F0, "column") == 9);
  CHECK(integer(F0, "end_line") == 12);
  CHECK(integer(F0, "end_column") == 15);
  const json::Object &F1 = *Found[1].getAsObject();
  CHECK(string(F1, "severity") == "error");
  CHECK(integer(F1, "line") == 13);
  CHECK(isStringOrNull(F1, "suggestion"));
  CHECK(F1.getString("suggestion").getValueOr("") == "");

  const json::Object &C1 = *Cases[1].getAsObject();
  CHECK(isStringOrNull(C1, "avdelning"));
  CHECK(array(C1, "questions").empty());
  CHECK(array(C1, "findings").empty());

  const json::Array &Groups = array(Top, "groups");
  REQUIRE(Groups.size() == 2);
  const json::Object &G0 = *Groups[0].getAsObject();
  CHECK(string(G0, "avdelning") == "Hemtjänst");
  CHECK(G0.get("enhet")->getAsNull().hasValue());
  CHECK(integer(G0, "cases") == 12);
  const json::Array &GQ = array(G0, "questions");
  REQUIRE(GQ.size() == 5);
  CHECK(string(*GQ[0].getAsObject(), "id") == "M1");
  CHECK(GQ[0].getAsObject()->getNumber("mean").getValueOr(-1) == 1.5);
  CHECK(integer(*GQ[0].getAsObject(), "n") == 12);
  CHECK(string(*GQ[0].getAsObject(), "colour") == "gul");
  CHECK(GQ[4].getAsObject()->get("mean")->getAsNull().hasValue());
  CHECK(integer(*GQ[4].getAsObject(), "n") == 0);
  CHECK(string(*Groups[1].getAsObject(), "enhet") == "Haga hemtjänst");

  const json::Array &Errors = array(Top, "errors");
  REQUIRE(Errors.size() == 1);
  const json::Object &E = *Errors[0].getAsObject();
  CHECK(string(E, "file") == "export/broken.xml");
  CHECK(integer(E, "line") == 3);
  CHECK(integer(E, "column") == 17);
  CHECK(string(E, "message") == "XML-filen är inte välformad.");
}

TEST_CASE("input errors are in the report with their position", "[json]") {
  AuditOptions Options;
  AuditResult R = ibic::test::engine().audit({sourcePath("tests/inputs/mixed")}, Options);
  json::Value Doc = parse(render(R));
  const json::Array &Errors = array(*Doc.getAsObject(), "errors");
  REQUIRE(Errors.size() == 1);
  const json::Object &E = *Errors[0].getAsObject();
  CHECK_THAT(string(E, "file"), Catch::EndsWith("2025-9102-broken.xml"));
  CHECK(integer(E, "line") >= 7);
  CHECK(integer(E, "column") >= 1);
  CHECK_FALSE(string(E, "message").empty());
  CHECK(array(*Doc.getAsObject(), "cases").size() == 2);
}

TEST_CASE("a string with marks to escape or bytes to mend is written as json::OStream writes it",
          "[json]") {
  // Plain strings are written as they stand, the rest through the
  // library: the two must give the same bytes. (Invalid UTF-8, which the
  // readers never let through, trips an assertion of the library in a
  // debug build.)
  const std::string Messages[] = {
      "Värdeladdat ord 'vägrar'.",  // as it stands
      "Hon sa \"nej\" och gick.",   // quotes
      "C:\\mappar\\fil",            // backslashes
      "rad ett\nrad två\tflik\x01", // control characters
      "\xe2\x80\xa8 radavgränsare", // U+2028, written as it is
  };
  for (const std::string &Message : Messages) {
    AuditResult R;
    CaseResult C;
    C.Id = "2024-0001";
    Finding F;
    F.Rule = "sprak/test";
    F.Message = Message;
    F.Suggestion = Message;
    C.Findings = {F};
    R.Cases.push_back(C);
    std::string Expected;
    {
      llvm::raw_string_ostream OS(Expected);
      json::OStream J(OS);
      J.value(Message);
    }
    std::string Text = render(R);
    CHECK_THAT(Text, Catch::Contains("\"message\": " + Expected + ","));
    CHECK_THAT(Text, Catch::Contains("\"suggestion\": " + Expected + ","));
    // And it reads back.
    json::Value Doc = parse(Text);
    CHECK(Doc.getAsObject() != nullptr);
  }
}
