// Tests for Scoring/Template: the three scoring methods, null scores and
// their reasons, områdespoäng per avdelning and enhet, colours and the
// Swedish order of the groups.
#include "Document/Reader.h"
#include "Scoring/Template.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <set>

using namespace ibic;
using ibic::test::reference;

namespace {

Located loc(std::string V) { return {std::move(V), llvm::SMLoc()}; }

EvidenceSpec evidence(std::string Rule, int Score = 0, std::string MinSeverity = "") {
  EvidenceSpec E;
  E.Rule = loc(std::move(Rule));
  E.Score = Score;
  E.MinSeverity = loc(std::move(MinSeverity));
  return E;
}

QuestionFile question(std::string Id, std::vector<std::string> AppliesTo,
                      std::string Method, std::vector<EvidenceSpec> Evidence) {
  QuestionFile Q;
  Q.Id = loc(std::move(Id));
  Q.Title = "Fråga " + Q.Id.Value;
  Q.NotApplicable = "ingen " + AppliesTo.front();
  for (std::string &T : AppliesTo)
    Q.AppliesTo.push_back(loc(std::move(T)));
  Q.Method = loc(std::move(Method));
  Q.Evidence = std::move(Evidence);
  return Q;
}

struct Compiled {
  Template T;
  std::vector<std::string> Errors;
};

/// The rules that exist for these tests; evidence naming another is an error.
const std::vector<std::string> TestRules = {
    "test/a",    "test/annan", "test/annat",  "test/avvikelse", "test/b",
    "test/fel",  "test/ingen-niva", "test/livsomrade-saknas", "test/mal",
    "test/niva", "test/ord",   "test/saknas", "test/sprak",     "test/svag",
    "test/tips", "test/tom",   "test/utfall", "test/x",         "testa/ord"};

Compiled compile(std::vector<QuestionFile> Questions) {
  Compiled Out;
  TemplateFile File;
  File.Id = "test-mall";
  File.Version = "1";
  std::vector<std::string> &Errors = Out.Errors;
  Out.T = Template::compile(
      File, Questions, reference(), TestRules,
      [&Errors](llvm::SMLoc, std::string M) { Errors.push_back(std::move(M)); });
  return Out;
}

Template good(std::vector<QuestionFile> Questions) {
  Compiled C = compile(std::move(Questions));
  INFO("first error: " << (C.Errors.empty() ? "" : C.Errors.front()));
  REQUIRE(C.Errors.empty());
  return std::move(C.T);
}

Case readCase(llvm::StringRef Xml) {
  ReadResult R = readBuffer("c.xml", Xml.str(), reference());
  REQUIRE(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  return std::move(R.Cases.front());
}

/// A case with one utredning holding \p Sections.
Case utredning(llvm::StringRef Sections = "") {
  return readCase("<ibic-export version=\"1\"><case id=\"2025-9990\">"
                  "<document id=\"U\" type=\"utredning\">" + Sections.str() +
                  "</document></case></ibic-export>");
}

/// A case with \p N journal notes.
Case journal(unsigned N) {
  std::string Xml = "<ibic-export version=\"1\"><case id=\"2025-9991\">";
  for (unsigned I = 0; I < N; ++I)
    Xml += "<document id=\"J" + std::to_string(I) +
           "\" type=\"journalanteckning\"><p>Anteckning.</p></document>";
  return readCase(Xml + "</case></ibic-export>");
}

RuleSpec spec(std::string Id, Severity Level = Severity::Warning) {
  return {std::move(Id), "IA999", Level, ""};
}

RawFinding finding(const RuleSpec &Rule, const Document &D, const void *Unit) {
  return {&Rule, &D, Unit, 0, 0, "", ""};
}

std::vector<QuestionScore> score(const Template &T, const Case &C,
                                 const std::vector<RawFinding> &Findings) {
  return T.score(C, Findings, [](const RawFinding &F) { return F.Rule->Id; });
}

QuestionScore scoreOne(const Template &T, const Case &C,
                       const std::vector<RawFinding> &Findings) {
  std::vector<QuestionScore> All = score(T, C, Findings);
  REQUIRE(All.size() == 1);
  return All.front();
}

bool anyContains(const std::vector<std::string> &List, llvm::StringRef Part) {
  for (const std::string &S : List)
    if (llvm::StringRef(S).contains(Part))
      return true;
  return false;
}

} // namespace

TEST_CASE("worst-finding: 2 without findings, else the lowest cap",
          "[scoring][worst-finding]") {
  Template T = good({question("M4", {"utredning"}, "worst-finding",
                              {evidence("test/saknas", 0), evidence("test/tom", 1)})});
  Case C = utredning();
  const Document &D = C.Documents[0];
  RuleSpec Saknas = spec("test/saknas"), Tom = spec("test/tom"),
           Other = spec("test/annan");

  QuestionScore S = scoreOne(T, C, {});
  CHECK(S.Id == "M4");
  CHECK(S.Score == 2);
  CHECK(S.Max == 2);
  CHECK(S.Reason.empty());
  CHECK_FALSE(S.Evidence.empty());

  S = scoreOne(T, C, {finding(Tom, D, &D)});
  CHECK(S.Score == 1);
  CHECK(anyContains(S.Evidence, "test/tom"));

  S = scoreOne(T, C, {finding(Tom, D, &D), finding(Saknas, D, &D), finding(Tom, D, &D)});
  CHECK(S.Score == 0);

  // A rule that is no evidence for the question does not lower it.
  S = scoreOne(T, C, {finding(Other, D, &D)});
  CHECK(S.Score == 2);
  CHECK_FALSE(anyContains(S.Evidence, "test/annan"));
}

TEST_CASE("the template names a rule's questions, in template order",
          "[scoring]") {
  Template T = good({question("M4", {"utredning"}, "worst-finding",
                              {evidence("test/saknas"), evidence("test/tom", 1)}),
                     question("M13", {"utredning"}, "finding-count", {evidence("test/*")}),
                     question("U1", {"genomforandeplan"}, "worst-finding",
                              {evidence("test/saknas")})});
  using Ids = std::vector<std::string>;
  CHECK(T.questionsOf("test/saknas").vec() == Ids{"M4", "M13", "U1"});
  CHECK(T.questionsOf("test/tom").vec() == Ids{"M4", "M13"});
  // Only the pack wildcard names it.
  CHECK(T.questionsOf("test/sprak").vec() == Ids{"M13"});
  // "test/*" names the pack test, not every id that starts with "test".
  CHECK(T.questionsOf("testa/ord").empty());
  CHECK(T.questionsOf("okand/regel").empty());
}

TEST_CASE("a finding counts for the first question that reads its document",
          "[scoring]") {
  Template T = good({question("M13", {"utredning"}, "finding-count", {evidence("test/*")}),
                     question("U8", {"journalanteckning"}, "finding-count",
                              {evidence("test/*")})});
  RuleSpec Sprak = spec("test/sprak");
  CHECK(T.questionFor("test/sprak", "utredning") == "M13");
  CHECK(T.questionFor("test/sprak", "journalanteckning") == "U8");
  // No question reads the type: the first one that names the rule.
  CHECK(T.questionFor("test/sprak", "beslut") == "M13");
  // No question names the rule.
  CHECK(T.questionFor("testa/ord", "utredning").empty());

  Case C = readCase("<ibic-export version=\"1\"><case id=\"2025-9992\">"
                    "<document id=\"U\" type=\"utredning\"/>"
                    "<document id=\"J\" type=\"journalanteckning\"/>"
                    "</case></ibic-export>");
  const Document &U = C.Documents[0], &J = C.Documents[1];
  std::vector<QuestionScore> S = score(
      T, C, {finding(Sprak, J, &J), finding(Sprak, J, &J), finding(Sprak, J, &J),
             finding(Sprak, U, &U)});
  REQUIRE(S.size() == 2);
  CHECK(S[0].Score == 1); // one finding in the utredning
  CHECK(S[1].Score == 0); // three in the notes
}

TEST_CASE("finding-count: levels give the most findings for each score",
          "[scoring][finding-count]") {
  QuestionFile Q = question("M13", {"utredning"}, "finding-count",
                            {evidence("test/*", 0, "warning")});
  Q.Levels.Two = 0;
  Q.Levels.One = 2;
  Template T = good({Q});
  Case C = utredning();
  const Document &D = C.Documents[0];
  RuleSpec Warn = spec("test/ord"), Info = spec("test/tips", Severity::Info),
           Err = spec("test/fel", Severity::Error),
           OtherPack = spec("testa/ord");

  auto Times = [&](const RuleSpec &R, unsigned N) {
    std::vector<RawFinding> Out;
    for (unsigned I = 0; I < N; ++I)
      Out.push_back(finding(R, D, &D));
    return Out;
  };
  CHECK(scoreOne(T, C, {}).Score == 2);
  CHECK(scoreOne(T, C, Times(Warn, 1)).Score == 1);
  CHECK(scoreOne(T, C, Times(Warn, 2)).Score == 1);
  CHECK(scoreOne(T, C, Times(Warn, 3)).Score == 0);
  CHECK(scoreOne(T, C, Times(Err, 3)).Score == 0);
  // min-severity: info findings never count.
  CHECK(scoreOne(T, C, Times(Info, 5)).Score == 2);
  // "test/*" names the pack test, not every id that starts with "test".
  CHECK(scoreOne(T, C, Times(OtherPack, 5)).Score == 2);
  QuestionScore S = scoreOne(T, C, Times(Warn, 2));
  CHECK(anyContains(S.Evidence, "2"));
}

TEST_CASE("share: the share of units without findings", "[scoring][share]") {
  QuestionFile Q = question("U6", {"journalanteckning"}, "share",
                            {evidence("test/livsomrade-saknas")});
  Q.Units.Notes = NoFields();
  Q.Levels.Two = 0.9;
  Q.Levels.One = 0.5;
  Template T = good({Q});
  Case C = journal(10);
  RuleSpec Bad = spec("test/livsomrade-saknas");
  auto BadNotes = [&](unsigned N) {
    std::vector<RawFinding> Out;
    for (unsigned I = 0; I < N; ++I)
      Out.push_back(finding(Bad, C.Documents[I], &C.Documents[I]));
    return Out;
  };
  CHECK(scoreOne(T, C, BadNotes(0)).Score == 2);
  CHECK(scoreOne(T, C, BadNotes(1)).Score == 2); // 90 %
  CHECK(scoreOne(T, C, BadNotes(2)).Score == 1); // 80 %
  CHECK(scoreOne(T, C, BadNotes(5)).Score == 1); // 50 %
  CHECK(scoreOne(T, C, BadNotes(6)).Score == 0); // 40 %
  CHECK(scoreOne(T, C, BadNotes(10)).Score == 0);
  // Two findings on one note make one bad note.
  std::vector<RawFinding> Twice = BadNotes(1);
  Twice.push_back(Twice.front());
  CHECK(scoreOne(T, C, Twice).Score == 2);
  QuestionScore S = scoreOne(T, C, BadNotes(1));
  CHECK(anyContains(S.Evidence, "9 av 10"));
}

TEST_CASE("share: levels are the least share of good units",
          "[scoring][share]") {
  // rules/README.md: write `1: 0.01` for "some"; a level of 0 is always met.
  QuestionFile Q = question("U9", {"uppfoljning"}, "share", {evidence("test/utfall")});
  UnitSelectorSpec Units;
  Units.DocumentTypes.push_back(loc("uppfoljning"));
  Q.Units.Sections = Units;
  Q.Levels.Two = 1.0;
  Q.Levels.One = 0.01;
  QuestionFile Zero = Q;
  Zero.Id = loc("U8");
  Zero.Levels.One = 0.0;
  Template T = good({Q, Zero});
  Case C = readCase("<ibic-export version=\"1\"><case id=\"2025-9993\">"
                    "<document id=\"F\" type=\"uppfoljning\">"
                    "<section heading=\"Hemliv\"><assessment outcome=\"ja\"/></section>"
                    "<section heading=\"Dusch\"><assessment/></section>"
                    "</document></case></ibic-export>");
  const Document &F = C.Documents[0];
  const Section &S0 = F.Sections[0], &S1 = F.Sections[1];
  RuleSpec Utfall = spec("test/utfall");
  auto Scores = [&](std::vector<RawFinding> Findings) {
    std::vector<QuestionScore> S = score(T, C, Findings);
    REQUIRE(S.size() == 2);
    return std::make_pair(S[0].Score, S[1].Score);
  };
  // Both questions read the uppföljning and list the rule: U9 is checked here.
  CHECK(Scores({}).first == 2);
  CHECK(Scores({finding(Utfall, F, &S1)}).first == 1);
  CHECK(Scores({finding(Utfall, F, &S0), finding(Utfall, F, &S1)}).first == 0);
  Template OnlyZero = good({Zero});
  QuestionScore S = scoreOne(OnlyZero, C, {finding(Utfall, F, &S0), finding(Utfall, F, &S1)});
  CHECK(S.Score == 1);
}

TEST_CASE("share: sections as units", "[scoring][share]") {
  QuestionFile Q = question("M9", {"utredning"}, "share", {evidence("test/niva")});
  UnitSelectorSpec Units;
  Units.DocumentTypes.push_back(loc("utredning"));
  Units.Section = SectionSelectorSpec{loc("livsomrade"), loc(""), loc(""), loc("")};
  Q.Units.Sections = Units;
  Template T = good({Q});
  Case C = utredning("<section heading=\"Hemliv\"/><section heading=\"Personlig vård\"/>"
                     "<section heading=\"Kroppsfunktioner\"/>");
  const Document &D = C.Documents[0];
  RuleSpec Niva = spec("test/niva");
  QuestionScore S = scoreOne(T, C, {finding(Niva, D, &D.Sections[0])});
  // One of two life-area sections is bad; the factor section is no unit.
  CHECK(S.Score == 1);
  CHECK(anyContains(S.Evidence, "1 av 2"));
}

TEST_CASE("share: a finding about no unit caps the score", "[scoring][share]") {
  QuestionFile Q = question("M9", {"utredning"}, "share",
                            {evidence("test/ingen-niva", 0), evidence("test/svag", 1)});
  UnitSelectorSpec Units;
  Units.DocumentTypes.push_back(loc("utredning"));
  Units.Section = SectionSelectorSpec{loc("livsomrade"), loc(""), loc(""), loc("")};
  Q.Units.Sections = Units;
  Q.NoUnits = loc("null");
  Q.NoUnitsReason = "inga livsområden";
  Template T = good({Q});
  Case C = utredning("<section heading=\"Hemliv\"/><section heading=\"Kroppsfunktioner\"/>");
  const Document &D = C.Documents[0];
  RuleSpec Ingen = spec("test/ingen-niva"), Svag = spec("test/svag");
  CHECK(scoreOne(T, C, {}).Score == 2);
  // About the whole document, or about a section that is no unit.
  CHECK(scoreOne(T, C, {finding(Ingen, D, &D)}).Score == 0);
  CHECK(scoreOne(T, C, {finding(Svag, D, &D.Sections[1])}).Score == 1);
  // A document without any unit: the cap, not no-units.
  Case Empty = utredning("<section heading=\"Kroppsfunktioner\"/>");
  const Document &E = Empty.Documents[0];
  QuestionScore S = scoreOne(T, Empty, {finding(Ingen, E, &E)});
  CHECK(S.Score == 0);
  S = scoreOne(T, Empty, {});
  CHECK_FALSE(S.Score.has_value());
  CHECK(S.Reason == "inga livsområden");
}

TEST_CASE("share: observed units are the units the rules judged",
          "[scoring][share]") {
  QuestionFile Q = question("U7", {"journalanteckning"}, "share",
                            {evidence("test/avvikelse")});
  Q.Units.Observed = NoFields();
  Q.Levels.Two = 1.0;
  Q.Levels.One = 0.01;
  Q.NoUnits = loc("null");
  Q.NoUnitsReason = "ingen avvikelse";
  Template T = good({Q});
  Case C = journal(4);
  RuleSpec Avvikelse = spec("test/avvikelse");
  auto Observed = [&](unsigned I) {
    RawFinding F = finding(Avvikelse, C.Documents[I], &C.Documents[I]);
    F.Observation = true;
    return F;
  };
  auto Missing = [&](unsigned I) {
    return finding(Avvikelse, C.Documents[I], &C.Documents[I]);
  };
  // No note shows a deviation: nothing to judge.
  QuestionScore S = scoreOne(T, C, {});
  CHECK_FALSE(S.Score.has_value());
  CHECK(S.Reason == "ingen avvikelse");
  CHECK(scoreOne(T, C, {Observed(0), Observed(2)}).Score == 2);
  S = scoreOne(T, C, {Observed(0), Missing(1)});
  CHECK(S.Score == 1);
  CHECK(anyContains(S.Evidence, "1 av 2"));
  CHECK(scoreOne(T, C, {Missing(1), Missing(3)}).Score == 0);
}

TEST_CASE("partial-score: a partial finding caps at its own score",
          "[scoring][worst-finding]") {
  EvidenceSpec Mal = evidence("test/mal", 0);
  Mal.PartialScore = 1;
  Template T = good({question("M8", {"utredning"}, "worst-finding",
                              {Mal, evidence("test/annat", 0)})});
  Case C = utredning();
  const Document &D = C.Documents[0];
  RuleSpec MalSpec = spec("test/mal"), Annat = spec("test/annat");
  RawFinding Partial = finding(MalSpec, D, &D);
  Partial.Partial = true;
  CHECK(scoreOne(T, C, {Partial}).Score == 1);
  CHECK(scoreOne(T, C, {finding(MalSpec, D, &D)}).Score == 0);
  // Without partial-score a partial finding caps like any other.
  RawFinding PartialAnnat = finding(Annat, D, &D);
  PartialAnnat.Partial = true;
  CHECK(scoreOne(T, C, {PartialAnnat}).Score == 0);
}

TEST_CASE("share: no units gives no-units, with its reason when null",
          "[scoring][share]") {
  QuestionFile Q = question("U6", {"journalanteckning", "genomforandeplan"}, "share",
                            {evidence("test/livsomrade-saknas")});
  Q.Units.Notes = NoFields();
  Q.NoUnits = loc("null");
  Q.NoUnitsReason = "inga journalanteckningar";
  QuestionFile Zero = Q;
  Zero.Id = loc("U9");
  Zero.NoUnits = loc("0");
  Zero.NoUnitsReason = "";
  Template T = good({Q, Zero});
  Case Plan = readCase("<ibic-export version=\"1\"><case id=\"2025-9994\">"
                       "<document id=\"G\" type=\"genomforandeplan\"/></case></ibic-export>");
  std::vector<QuestionScore> S = score(T, Plan, {});
  REQUIRE(S.size() == 2);
  CHECK_FALSE(S[0].Score.has_value());
  CHECK(S[0].Reason == "inga journalanteckningar");
  REQUIRE(S[1].Score.has_value());
  CHECK(*S[1].Score == 0);
}

TEST_CASE("a null score always has a reason", "[scoring][share]") {
  // no-units: null without no-units-reason: the template is refused, or the
  // score still says why it is null (report-json.md: null has a reason).
  QuestionFile Q = question("U6", {"journalanteckning", "genomforandeplan"}, "share",
                            {evidence("test/livsomrade-saknas")});
  Q.Units.Notes = NoFields();
  Q.NoUnits = loc("null");
  Compiled C = compile({Q});
  if (!C.Errors.empty())
    return;
  Case Plan = readCase("<ibic-export version=\"1\"><case id=\"2025-9997\">"
                       "<document id=\"G\" type=\"genomforandeplan\"/></case></ibic-export>");
  QuestionScore S = scoreOne(C.T, Plan, {});
  CHECK_FALSE(S.Score.has_value());
  CHECK_FALSE(S.Reason.empty());
}

TEST_CASE("a question that does not apply scores null with its reason",
          "[scoring]") {
  Template T = good({question("M4", {"utredning"}, "worst-finding", {evidence("test/a")}),
                     question("U1", {"genomforandeplan", "journalanteckning"},
                              "worst-finding", {evidence("test/b")})});
  std::vector<QuestionScore> S = score(T, utredning(), {});
  REQUIRE(S.size() == 2);
  CHECK(S[0].Score == 2);
  CHECK_FALSE(S[1].Score.has_value());
  CHECK(S[1].Reason == "ingen genomforandeplan");
}

TEST_CASE("a question without evidence scores null: 'ingen regel ännu'",
          "[scoring]") {
  Template T = good({question("M1", {"utredning"}, "worst-finding", {})});
  QuestionScore S = scoreOne(T, utredning(), {});
  CHECK_FALSE(S.Score.has_value());
  CHECK(S.Reason == "ingen regel ännu");
}

TEST_CASE("template errors are reported", "[scoring]") {
  QuestionFile BadMethod = question("M1", {"utredning"}, "medel", {evidence("test/a")});
  QuestionFile BadScore = question("M2", {"utredning"}, "worst-finding", {evidence("test/a", 3)});
  QuestionFile BadRule = question("M3", {"utredning"}, "worst-finding", {evidence("okand/regel")});
  QuestionFile BadType = question("M4", {"utredningar"}, "worst-finding", {evidence("test/a")});
  QuestionFile NoUnits = question("M5", {"utredning"}, "share", {evidence("test/a")});
  QuestionFile BadSeverity = question("M6", {"utredning"}, "finding-count",
                                      {evidence("test/*", 0, "allvarlig")});
  QuestionFile BadNoUnits = question("M7", {"utredning"}, "share", {evidence("test/a")});
  BadNoUnits.Units.Notes = NoFields();
  BadNoUnits.NoUnits = loc("ingen");
  EvidenceSpec Partial = evidence("test/a", 0);
  Partial.PartialScore = 5;
  QuestionFile BadPartial = question("M8", {"utredning"}, "worst-finding", {Partial});
  Compiled C = compile({BadMethod, BadScore, BadRule, BadType, NoUnits, BadSeverity,
                        BadNoUnits, BadPartial});
  std::string All;
  for (const std::string &E : C.Errors)
    All += E + "\n";
  INFO(All);
  CHECK(C.Errors.size() == 8);
  CHECK_THAT(All, Catch::Contains("'medel'"));
  CHECK_THAT(All, Catch::Contains("'okand/regel'"));
  CHECK_THAT(All, Catch::Contains("'utredningar'"));
  CHECK_THAT(All, Catch::Contains("'allvarlig'"));
  CHECK_THAT(All, Catch::Contains("units"));
  CHECK_THAT(All, Catch::Contains("no-units"));
}

namespace {

CaseResult scored(std::string Id, std::string Avdelning, std::string Enhet,
                  std::vector<std::optional<int>> Scores) {
  CaseResult C;
  C.Id = std::move(Id);
  C.Avdelning = std::move(Avdelning);
  C.Enhet = std::move(Enhet);
  for (size_t I = 0; I < Scores.size(); ++I) {
    QuestionScore Q;
    Q.Id = "Q" + std::to_string(I + 1);
    Q.Score = Scores[I];
    if (!Q.Score)
      Q.Reason = "gäller inte";
    C.Questions.push_back(Q);
  }
  return C;
}

Template twoQuestions() {
  return good({question("Q1", {"utredning"}, "worst-finding", {evidence("test/a")}),
               question("Q2", {"utredning"}, "worst-finding", {evidence("test/b")})});
}

const GroupResult &group(const std::vector<GroupResult> &Groups,
                         llvm::StringRef Avdelning, std::optional<std::string> Enhet) {
  for (const GroupResult &G : Groups)
    if (G.Avdelning == Avdelning && G.Enhet == Enhet)
      return G;
  FAIL("no group " << Avdelning.str() << " / " << Enhet.value_or("(alla)"));
  return Groups.front();
}

} // namespace

TEST_CASE("områdespoäng per avdelning and per (avdelning, enhet)",
          "[scoring][groups]") {
  Template T = twoQuestions();
  std::vector<GroupResult> G = T.aggregate({
      scored("1", "Hemtjänst", "Haga", {2, 2}),
      scored("2", "Hemtjänst", "Haga", {1, std::nullopt}),
      scored("3", "Hemtjänst", "Åsen", {0, std::nullopt}),
      scored("4", "Hemtjänst", "", {2, std::nullopt}),
  });
  REQUIRE(G.size() == 3);
  const GroupResult &All = group(G, "Hemtjänst", std::nullopt);
  CHECK(All.Cases == 4);
  REQUIRE(All.Questions.size() == 2);
  CHECK(All.Questions[0].Id == "Q1");
  CHECK(All.Questions[0].N == 4);
  REQUIRE(All.Questions[0].Mean.has_value());
  CHECK(*All.Questions[0].Mean == Approx(1.25));
  // Only cases where the question applies count.
  CHECK(All.Questions[1].N == 1);
  CHECK(*All.Questions[1].Mean == Approx(2.0));

  const GroupResult &Haga = group(G, "Hemtjänst", std::string("Haga"));
  CHECK(Haga.Cases == 2);
  CHECK(*Haga.Questions[0].Mean == Approx(1.5));
  CHECK(Haga.Questions[0].N == 2);

  const GroupResult &Asen = group(G, "Hemtjänst", std::string("Åsen"));
  CHECK(Asen.Cases == 1);
  CHECK(*Asen.Questions[0].Mean == Approx(0.0));
  // No case applies: no mean, no colour.
  CHECK_FALSE(Asen.Questions[1].Mean.has_value());
  CHECK(Asen.Questions[1].N == 0);
  CHECK_FALSE(Asen.Questions[1].Colour.has_value());
}

TEST_CASE("means are rounded to two decimals", "[scoring][groups]") {
  Template T = twoQuestions();
  std::vector<GroupResult> G = T.aggregate({scored("1", "A", "", {2, 2}),
                                            scored("2", "A", "", {2, 1}),
                                            scored("3", "A", "", {1, 1})});
  REQUIRE(G.size() == 1);
  CHECK(*G[0].Questions[0].Mean == Approx(1.67).margin(1e-9));
  CHECK(*G[0].Questions[1].Mean == Approx(1.33).margin(1e-9));
}

TEST_CASE("colours: grön from 1.60, gul from 1.00, röd below",
          "[scoring][colours]") {
  Template T = twoQuestions();
  CHECK(T.colourOf(2.0) == TrafficLight::Gron);
  CHECK(T.colourOf(1.60) == TrafficLight::Gron);
  CHECK(T.colourOf(1.59) == TrafficLight::Gul);
  CHECK(T.colourOf(1.00) == TrafficLight::Gul);
  CHECK(T.colourOf(0.99) == TrafficLight::Rod);
  CHECK(T.colourOf(0.0) == TrafficLight::Rod);

  // Means that land exactly on a threshold.
  std::vector<GroupResult> G = T.aggregate({
      scored("1", "Grön", "", {2, 2}), scored("2", "Grön", "", {2, 0}),
      scored("3", "Grön", "", {1, 0}), scored("4", "Grön", "", {1, 2}),
      scored("5", "Grön", "", {2, 0}),  // Q1: 8/5 = 1.60, Q2: 4/5 = 0.80
      scored("6", "Gul", "", {2, 1}), scored("7", "Gul", "", {0, 2}),  // 1.00, 1.50
  });
  const GroupResult &Gron = group(G, "Grön", std::nullopt);
  CHECK(*Gron.Questions[0].Mean == Approx(1.6));
  CHECK(Gron.Questions[0].Colour == TrafficLight::Gron);
  CHECK(Gron.Questions[1].Colour == TrafficLight::Rod);
  const GroupResult &Gul = group(G, "Gul", std::nullopt);
  CHECK(Gul.Questions[0].Colour == TrafficLight::Gul);
  CHECK(Gul.Questions[1].Colour == TrafficLight::Gul);

  // Thresholds are configurable.
  ColourSpec Strict;
  Strict.Gron = 1.9;
  Strict.Gul = 1.5;
  T.setColours(Strict);
  CHECK(T.colourOf(1.8) == TrafficLight::Gul);
  CHECK(T.colourOf(1.49) == TrafficLight::Rod);
  CHECK(T.colourOf(1.9) == TrafficLight::Gron);
}

TEST_CASE("groups sort in Swedish order, each avdelning before its enheter",
          "[scoring][groups][collation]") {
  Template T = twoQuestions();
  std::vector<GroupResult> G = T.aggregate({
      scored("1", "Östra", "Ö1", {2, 2}),
      scored("2", "Ärla", "", {2, 2}),
      scored("3", "Åby", "Ängen", {2, 2}),
      scored("4", "Åby", "Åsen", {2, 2}),
      scored("5", "Zeta", "Z1", {2, 2}),
      scored("6", "avdelning", "", {2, 2}),
  });
  std::vector<std::string> Order;
  for (const GroupResult &R : G)
    Order.push_back(R.Avdelning + " / " + R.Enhet.value_or("*"));
  CHECK(Order == std::vector<std::string>{
                     "avdelning / *", "Zeta / *", "Zeta / Z1", "Åby / *",
                     "Åby / Åsen", "Åby / Ängen", "Ärla / *", "Östra / *",
                     "Östra / Ö1"});
}

TEST_CASE("the real template: null for cases without the documents it reads",
          "[scoring][template]") {
  AuditOptions Options;
  AuditResult Plan = ibic::test::engine().auditText(
      "g.txt", "Ärende: 2025-9995\nDokument: Genomförandeplan\n\n# Genomförande\n"
               "Vad: dusch\nHur: själv\nNär: kl. 8\nVem: personal\n", Options);
  REQUIRE(Plan.Cases.size() == 1);
  AuditResult Utr = ibic::test::engine().auditText(
      "u.txt", "Ärende: 2025-9996\nDokument: Utredning\n\nHemliv\nDisk.\n", Options);
  REQUIRE(Utr.Cases.size() == 1);
  unsigned Myndighet = 0, Utforare = 0;
  for (const QuestionScore &Q : Plan.Cases[0].Questions)
    if (llvm::StringRef(Q.Id).startswith("M")) {
      ++Myndighet;
      INFO(Q.Id);
      CHECK_FALSE(Q.Score.has_value());
      CHECK_FALSE(Q.Reason.empty());
    }
  for (const QuestionScore &Q : Utr.Cases[0].Questions)
    if (llvm::StringRef(Q.Id).startswith("U")) {
      ++Utforare;
      INFO(Q.Id);
      CHECK_FALSE(Q.Score.has_value());
      CHECK_FALSE(Q.Reason.empty());
    }
  CHECK(Myndighet == 13);
  CHECK(Utforare == 9);
  // Questions come in the reviewers' order: M1…M13, then U1…U9.
  std::vector<std::string> Ids;
  for (const QuestionScore &Q : Utr.Cases[0].Questions)
    Ids.push_back(Q.Id);
  REQUIRE(Ids.size() == 22);
  CHECK(Ids[0] == "M1");
  CHECK(Ids[9] == "M10");
  CHECK(Ids[12] == "M13");
  CHECK(Ids[13] == "U1");
  CHECK(Ids[21] == "U9");
}
