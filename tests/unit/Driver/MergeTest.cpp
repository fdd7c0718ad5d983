// Tests for Engine::merge: the reports of shards that each hold whole cases
// combine to what one run over all their files gives (cases, findings,
// unreadable inputs, områdespoäng and colours), also after a round trip
// through the JSON report; a case in two parts or a part scored on another
// template is an error.
#include "TestSupport.h"
#include "ibic/Report.h"

#include <catch2/catch.hpp>

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

using namespace ibic;
using ibic::test::engine;
using ibic::test::sourcePath;

namespace {

AuditResult auditOf(llvm::StringRef Relative, bool Score = true) {
  AuditOptions Options;
  Options.Score = Score;
  return engine().audit({sourcePath(Relative)}, Options);
}

std::string json(const AuditResult &R) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeJsonReport(R, OS);
  OS.flush();
  return Out;
}

AuditResult merged(std::vector<AuditResult> Parts) {
  llvm::Expected<AuditResult> R = engine().merge(std::move(Parts));
  if (!R) {
    std::string Message = llvm::toString(R.takeError());
    FAIL("merge failed: " << Message);
  }
  return std::move(*R);
}

std::string mergeError(std::vector<AuditResult> Parts) {
  llvm::Expected<AuditResult> R = engine().merge(std::move(Parts));
  return R ? std::string() : llvm::toString(R.takeError());
}

std::vector<std::string> caseIds(const AuditResult &R) {
  std::vector<std::string> Ids;
  for (const CaseResult &C : R.Cases)
    Ids.push_back(C.Id);
  return Ids;
}

/// Each finding as one line: rule, place and message.
std::vector<std::string> findings(const AuditResult &R) {
  std::vector<std::string> Out;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings)
      Out.push_back(C.Id + " " + F.Rule + " " + F.File + ":" + std::to_string(F.Line) +
                    ":" + std::to_string(F.Column) + " " + F.Message + " | " +
                    F.Suggestion + " | " + F.SourceLine);
  return Out;
}

/// Each group's questions as "avdelning/enhet id mean n colour".
std::vector<std::string> groups(const AuditResult &R) {
  std::vector<std::string> Out;
  for (const GroupResult &G : R.Groups) {
    std::string Name = G.Avdelning + "/" + G.Enhet.value_or("-") + " (" +
                       std::to_string(G.Cases) + ")";
    for (const GroupQuestion &Q : G.Questions)
      Out.push_back(Name + " " + Q.Id + " " +
                    (Q.Mean ? std::to_string(*Q.Mean) : std::string("null")) + " " +
                    std::to_string(Q.N) + " " +
                    (Q.Colour ? trafficLightName(*Q.Colour).str() : ""));
  }
  return Out;
}

} // namespace

TEST_CASE("merge: the sample corpus's two folders merge to one run",
          "[driver][merge]") {
  AuditResult Text = auditOf("corpora/sample/text"), Xml = auditOf("corpora/sample/xml");
  AuditResult Whole = auditOf("corpora/sample");
  // The split is a real one: each part has cases, and groups that differ
  // from the whole (an avdelning spans both folders).
  REQUIRE_FALSE(Text.Cases.empty());
  REQUIRE_FALSE(Xml.Cases.empty());
  REQUIRE(Text.Cases.size() + Xml.Cases.size() == Whole.Cases.size());
  CHECK(groups(Text) != groups(Whole));
  AuditResult M = merged({Text, Xml});
  CHECK(caseIds(M) == caseIds(Whole));
  CHECK(findings(M) == findings(Whole));
  REQUIRE(M.Groups.size() == Whole.Groups.size());
  CHECK(groups(M) == groups(Whole));
  CHECK(M.TemplateId == Whole.TemplateId);
  CHECK(M.TemplateVersion == Whole.TemplateVersion);
  CHECK(M.TemplateQuestions.size() == Whole.TemplateQuestions.size());
  // Everything the JSON report holds, byte for byte.
  CHECK(json(M) == json(Whole));
  // The order of the parts does not matter.
  CHECK(json(merged({Xml, Text})) == json(Whole));
}

TEST_CASE("merge: parts read back from their JSON reports", "[driver][merge]") {
  // As `ibic-audit merge` does: each shard wrote a JSON report.
  std::vector<AuditResult> Parts;
  for (const char *Folder : {"corpora/sample/text", "corpora/sample/xml"}) {
    llvm::Expected<AuditResult> Part = readJsonReport(Folder, json(auditOf(Folder)));
    REQUIRE(static_cast<bool>(Part));
    Parts.push_back(std::move(*Part));
  }
  AuditResult Whole = auditOf("corpora/sample");
  AuditResult M = merged(std::move(Parts));
  CHECK(groups(M) == groups(Whole));
  CHECK(json(M) == json(Whole));
}

TEST_CASE("merge: unreadable inputs of every part are kept", "[driver][merge]") {
  AuditResult Mixed = auditOf("tests/inputs/mixed");
  REQUIRE_FALSE(Mixed.Errors.empty());
  AuditResult M = merged({auditOf("corpora/sample/text"), Mixed});
  REQUIRE(M.Errors.size() == Mixed.Errors.size());
  CHECK(M.Errors.front().File == Mixed.Errors.front().File);
  CHECK(M.Errors.front().Message == Mixed.Errors.front().Message);
  CHECK(M.Cases.size() == auditOf("corpora/sample/text").Cases.size() + Mixed.Cases.size());
}

TEST_CASE("merge: findings-only parts give a findings-only result",
          "[driver][merge]") {
  AuditResult M = merged({auditOf("corpora/sample/text", false),
                          auditOf("corpora/sample/xml", false)});
  AuditResult Whole = auditOf("corpora/sample", false);
  CHECK(M.Groups.empty());
  CHECK(findings(M) == findings(Whole));
  CHECK(json(M) == json(Whole));
}

TEST_CASE("merge: a case in two parts is an error that names it", "[driver][merge]") {
  AuditResult Text = auditOf("corpora/sample/text");
  REQUIRE_FALSE(Text.Cases.empty());
  std::string First = Text.Cases.front().Id;
  std::string Error = mergeError({Text, auditOf("corpora/sample/xml"), Text});
  CHECK_THAT(Error, Catch::Contains("ärendet " + First + " finns i både rapport 1 och 3"));
  // One shared case among others is enough.
  AuditResult One;
  One.TemplateId = Text.TemplateId;
  One.TemplateVersion = Text.TemplateVersion;
  One.Cases.push_back(Text.Cases.back());
  CHECK_THAT(mergeError({Text, One}),
             Catch::Contains("ärendet " + Text.Cases.back().Id + " finns i både rapport 1 och 2"));
}

TEST_CASE("merge: a part scored on another template is an error", "[driver][merge]") {
  AuditResult Text = auditOf("corpora/sample/text"), Xml = auditOf("corpora/sample/xml");
  AuditResult Older = Xml;
  Older.TemplateVersion = "0.9";
  std::string Error = mergeError({Text, Older});
  CHECK_THAT(Error, Catch::Contains("rapport 2"));
  CHECK_THAT(Error, Catch::Contains("version 0.9"));
  CHECK_THAT(Error, Catch::Contains("granskningsmallen " + Text.TemplateId));
  AuditResult Other = Xml;
  Other.TemplateId = "en-annan-mall";
  CHECK_THAT(mergeError({Other, Text}),
             Catch::Contains("rapport 1 är granskad mot granskningsmallen en-annan-mall"));
  // The engine's own template is what counts: two parts that agree with
  // each other but not with it are still refused.
  CHECK_THAT(mergeError({Older}), Catch::Contains("rapport 1") && Catch::Contains("version 0.9"));
}

TEST_CASE("merge: no parts and one part", "[driver][merge]") {
  AuditResult Text = auditOf("corpora/sample/text");
  CHECK(json(merged({Text})) == json(Text));
  AuditResult Nothing = merged({});
  CHECK(Nothing.Cases.empty());
  CHECK(Nothing.Errors.empty());
}
