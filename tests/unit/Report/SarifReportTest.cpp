// Tests for Report/SarifReport: the SARIF 2.1.0 fields code-scanning tools
// read (rules with rationale and level, results with region and
// properties, fixes, notifications for unreadable files), URIs for awkward
// paths, and deterministic output. Schema validity is checked by the ctest
// report.sarif-schema (tests/tools/validate-sarif.js).
#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

#include "llvm/Support/JSON.h"

using namespace ibic;
using namespace ibic::test;
namespace json = llvm::json;

namespace {

json::Value parse(const std::string &Text) {
  llvm::Expected<json::Value> V = json::parse(Text);
  if (!V) {
    std::string Message = llvm::toString(V.takeError());
    FAIL("not JSON: " << Message);
  }
  return std::move(*V);
}

std::string sarif(const AuditResult &R, llvm::ArrayRef<RuleInfo> Rules) {
  return render([&](llvm::raw_ostream &OS) { writeSarifReport(R, Rules, OS); });
}

std::string str(const json::Object *O, llvm::StringRef Key) {
  return O ? O->getString(Key).getValueOr("").str() : "";
}

const json::Object &object(const json::Object &O, llvm::StringRef Key) {
  const json::Object *Child = O.getObject(Key);
  if (!Child)
    FAIL("no object '" << Key.str() << "'");
  return *Child;
}

const json::Array &array(const json::Object &O, llvm::StringRef Key) {
  const json::Array *A = O.getArray(Key);
  if (!A)
    FAIL("no array '" << Key.str() << "'");
  return *A;
}

int64_t integer(const json::Object &O, llvm::StringRef Key) {
  return O.getInteger(Key).getValueOr(-1);
}

const json::Object &run(const json::Value &Log) {
  const json::Array &Runs = array(*Log.getAsObject(), "runs");
  REQUIRE(Runs.size() == 1);
  return *Runs[0].getAsObject();
}

std::string levelOf(Severity S) {
  return S == Severity::Error ? "error" : S == Severity::Warning ? "warning" : "note";
}

} // namespace

TEST_CASE("SARIF of the sample: every rule, every finding with its region",
          "[report][sarif]") {
  const AuditResult &R = sampleResult();
  const std::vector<RuleInfo> &Rules = engine().rules();
  json::Value Log = parse(sarif(R, Rules));
  const json::Object &Top = *Log.getAsObject();
  CHECK(str(&Top, "version") == "2.1.0");
  CHECK_THAT(str(&Top, "$schema"), Catch::EndsWith("sarif-schema-2.1.0.json"));
  const json::Object &Run = run(Log);
  const json::Object &Driver = object(object(Run, "tool"), "driver");
  CHECK(str(&Driver, "name") == "ibic-audit");
  CHECK_FALSE(str(&Driver, "version").empty());
  CHECK(str(&Run, "columnKind") == "unicodeCodePoints");

  const json::Array &RuleList = array(Driver, "rules");
  REQUIRE(RuleList.size() == Rules.size());
  for (size_t I = 0; I < Rules.size(); ++I) {
    const json::Object &Rule = *RuleList[I].getAsObject();
    const RuleInfo &Info = Rules[I];
    INFO(Info.Id);
    CHECK(str(&Rule, "id") == Info.Id);
    CHECK(str(Rule.getObject("shortDescription"), "text") == Info.Title);
    CHECK(str(Rule.getObject("fullDescription"), "text") == Info.What);
    std::string Help = str(Rule.getObject("help"), "text");
    CHECK_THAT(Help, Catch::Contains(Info.What));
    CHECK_THAT(Help, Catch::Contains(Info.Why));
    CHECK_THAT(Help, Catch::Contains(Info.Instead));
    const json::Object &Config = object(Rule, "defaultConfiguration");
    CHECK(str(&Config, "level") == levelOf(Info.Level));
    CHECK(Config.getBoolean("enabled") == Info.Enabled);
    const json::Object &Properties = object(Rule, "properties");
    CHECK(str(&Properties, "code") == Info.Code);
    const json::Array &Questions = array(Properties, "questions");
    REQUIRE(Questions.size() == Info.Questions.size());
    for (size_t Q = 0; Q < Questions.size(); ++Q)
      CHECK(Questions[Q].getAsString().getValueOr("") == Info.Questions[Q]);
  }

  const json::Array &Results = array(Run, "results");
  size_t N = 0;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings) {
      REQUIRE(N < Results.size());
      const json::Object &Result = *Results[N++].getAsObject();
      INFO(C.Id << " " << F.Rule << " " << F.Line << ":" << F.Column);
      CHECK(str(&Result, "ruleId") == F.Rule);
      auto Index = Result.getInteger("ruleIndex");
      REQUIRE(Index.hasValue());
      REQUIRE(size_t(*Index) < Rules.size());
      CHECK(Rules[*Index].Id == F.Rule);
      CHECK(str(&Result, "level") == levelOf(F.Level));
      CHECK(str(Result.getObject("message"), "text") == F.Message);
      const json::Array &Locations = array(Result, "locations");
      REQUIRE(Locations.size() == 1);
      const json::Object &Physical =
          object(*Locations[0].getAsObject(), "physicalLocation");
      // The sample is audited by absolute path: a file: URI of that path.
      CHECK(str(Physical.getObject("artifactLocation"), "uri") == "file://" + F.File);
      const json::Object &Region = object(Physical, "region");
      CHECK(integer(Region, "startLine") == int64_t(F.Line));
      CHECK(integer(Region, "startColumn") == int64_t(F.Column));
      CHECK(integer(Region, "endLine") == int64_t(F.EndLine));
      if (F.EndLine > F.Line || F.EndColumn > F.Column)
        CHECK(integer(Region, "endColumn") == int64_t(F.EndColumn));
      const json::Object &Properties = object(Result, "properties");
      CHECK(str(&Properties, "case") == C.Id);
      CHECK(str(&Properties, "question") == F.Question);
      CHECK(str(&Properties, "document") == F.Document);
      CHECK(str(&Properties, "suggestion") == F.Suggestion);
      CHECK((Result.getArray("fixes") != nullptr) == !F.Suggestion.empty());
    }
  CHECK(N == Results.size());
  CHECK(N > 0);
  const json::Array &Invocations = array(Run, "invocations");
  REQUIRE(Invocations.size() == 1);
  CHECK(Invocations[0].getAsObject()->getBoolean("executionSuccessful") == true);
}

TEST_CASE("SARIF of a hand-made result: levels, URIs, fixes, notifications",
          "[report][sarif]") {
  AuditResult R = handMadeResult();
  std::vector<RuleInfo> Rules = handMadeRules();
  std::string Text = sarif(R, Rules);
  json::Value Log = parse(Text);
  const json::Object &Run = run(Log);
  const json::Array &RuleList =
      array(object(object(Run, "tool"), "driver"), "rules");
  REQUIRE(RuleList.size() == 3);
  CHECK(str(&object(*RuleList[1].getAsObject(), "defaultConfiguration"), "level") == "note");
  CHECK(object(*RuleList[1].getAsObject(), "defaultConfiguration").getBoolean("enabled") ==
        false);
  CHECK(str(&object(*RuleList[2].getAsObject(), "defaultConfiguration"), "level") == "error");

  const json::Array &Results = array(Run, "results");
  REQUIRE(Results.size() == 3);
  // Sorted as the case's findings: no question (error), info, warning.
  const json::Object &Unknown = *Results[0].getAsObject();
  CHECK(str(&Unknown, "ruleId") == "dokument/id-saknas");
  CHECK_FALSE(Unknown.getInteger("ruleIndex").hasValue());
  CHECK(str(&Unknown, "level") == "error");
  CHECK(object(Unknown, "properties").getString("question") == llvm::None);

  const json::Object &Info = *Results[1].getAsObject();
  CHECK(str(&Info, "level") == "note");
  CHECK(integer(Info, "ruleIndex") == 1);
  CHECK(Info.getArray("fixes") == nullptr);

  const json::Object &Loaded = *Results[2].getAsObject();
  CHECK(str(&Loaded, "level") == "warning");
  CHECK(str(Loaded.getObject("message"), "text") == AwkwardText);
  const json::Object &Physical =
      object(*array(Loaded, "locations")[0].getAsObject(), "physicalLocation");
  // Relative paths stay relative, percent-encoded as UTF-8.
  CHECK(str(Physical.getObject("artifactLocation"), "uri") ==
        "export/%C3%A4rende%201.xml");
  const json::Array &Fixes = array(Loaded, "fixes");
  REQUIRE(Fixes.size() == 1);
  const json::Object &Change =
      *array(*Fixes[0].getAsObject(), "artifactChanges")[0].getAsObject();
  CHECK(str(Change.getObject("artifactLocation"), "uri") == "export/%C3%A4rende%201.xml");
  const json::Object &Replacement = *array(Change, "replacements")[0].getAsObject();
  const json::Object &Deleted = object(Replacement, "deletedRegion");
  CHECK(integer(Deleted, "startLine") == 12);
  CHECK(integer(Deleted, "startColumn") == 7);
  CHECK(integer(Deleted, "endLine") == 12);
  CHECK(integer(Deleted, "endColumn") == 13);
  CHECK(str(Replacement.getObject("insertedContent"), "text") == "avböjer");
  const json::Object &Properties = object(Loaded, "properties");
  CHECK(str(&Properties, "case") == "2024-0142");
  CHECK(str(&Properties, "question") == "M13");
  CHECK(str(&Properties, "document") == "U-1");
  CHECK(str(&Properties, "suggestion") == "avböjer");
  CHECK(str(&Properties, "code") == "IA101");

  // The unreadable file: the run is not successful, and says where.
  const json::Object &Invocation = *array(Run, "invocations")[0].getAsObject();
  CHECK(Invocation.getBoolean("executionSuccessful") == false);
  const json::Array &Notes = array(Invocation, "toolExecutionNotifications");
  REQUIRE(Notes.size() == 1);
  const json::Object &Note = *Notes[0].getAsObject();
  CHECK(str(&Note, "level") == "error");
  CHECK(str(Note.getObject("message"), "text") == "XML-filen är inte välformad.");
  const json::Object &Where =
      object(*array(Note, "locations")[0].getAsObject(), "physicalLocation");
  CHECK(str(Where.getObject("artifactLocation"), "uri") == "export/trasig%20fil.xml");
  CHECK(integer(object(Where, "region"), "startLine") == 3);
  CHECK(integer(object(Where, "region"), "startColumn") == 17);

  // An absolute path becomes a file: URI.
  CaseResult &B = R.Cases[1];
  Finding F = R.Cases[0].Findings[0];
  F.File = B.Files[0];
  B.Findings = {F};
  json::Value Again = parse(sarif(R, Rules));
  const json::Array &More = array(run(Again), "results");
  REQUIRE(More.size() == 4);
  const json::Object &Absolute =
      object(*array(*More[3].getAsObject(), "locations")[0].getAsObject(),
             "physicalLocation");
  CHECK(str(Absolute.getObject("artifactLocation"), "uri") == "file:///srv/export/b.txt");
}

TEST_CASE("SARIF is byte-identical across runs", "[report][sarif]") {
  AuditOptions One;
  One.Jobs = 1;
  AuditResult Serial = engine().audit({sourcePath("corpora/sample")}, One);
  CHECK(sarif(Serial, engine().rules()) == sarif(sampleResult(), engine().rules()));
}
