// Tests for Report/JunitReport: parsed back with pugixml, the counts of
// suites, testcases, failures and skips match the scores; failures carry the
// findings that explain them; awkward text survives escaping; unreadable
// files and check mode have their own testcases.
#include "Report/ReportSupport.h"
#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <cstring>

using namespace ibic;
using namespace ibic::test;

namespace {

std::string junit(const AuditResult &R, Severity FailOn = Severity::Warning) {
  return render(
      [&](llvm::raw_ostream &OS) { writeJunitReport(R, FailOn, OS); });
}

bool failsAt(llvm::ArrayRef<const Finding *> Findings, Severity FailOn) {
  return llvm::any_of(Findings,
                      [&](const Finding *F) { return F->Level >= FailOn; });
}

void parse(pugi::xml_document &Doc, const std::string &Text) {
  pugi::xml_parse_result Parsed = Doc.load_buffer(Text.data(), Text.size());
  INFO(Text.substr(0, 400));
  REQUIRE(Parsed);
}

size_t count(pugi::xml_node N, const char *Name) {
  size_t Count = 0;
  for (pugi::xml_node C : N.children(Name)) {
    (void)C;
    ++Count;
  }
  return Count;
}

size_t countDeep(pugi::xml_node N, const char *Name) {
  size_t Count = 0;
  for (pugi::xml_node C : N.children()) {
    Count += std::strcmp(C.name(), Name) == 0;
    Count += countDeep(C, Name);
  }
  return Count;
}

} // namespace

TEST_CASE("JUnit of the sample: a suite per case, a testcase per question",
          "[report][junit]") {
  const AuditResult &R = sampleResult();
  std::string Text = junit(R);
  CHECK_THAT(Text, Catch::StartsWith("<?xml version=\"1.0\""));
  pugi::xml_document Doc;
  parse(Doc, Text);
  pugi::xml_node Suites = Doc.child("testsuites");
  REQUIRE(Suites);
  REQUIRE(count(Suites, "testsuite") == R.Cases.size());

  unsigned Tests = 0, Failures = 0, Skipped = 0;
  pugi::xml_node Suite = Suites.child("testsuite");
  for (const CaseResult &C : R.Cases) {
    INFO("case " << C.Id);
    REQUIRE(Suite);
    CHECK(std::string(Suite.attribute("name").value()) == C.Id);
    report::QuestionFindings Sorted = report::findingsByQuestion(C);
    unsigned CaseFailures = 0, CaseSkipped = 0;
    pugi::xml_node Test = Suite.child("testcase");
    for (size_t I = 0; I < C.Questions.size(); ++I, Test = Test.next_sibling("testcase")) {
      const QuestionScore &Q = C.Questions[I];
      INFO("question " << Q.Id);
      REQUIRE(Test);
      CHECK(std::string(Test.attribute("classname").value()) == C.Id);
      CHECK(std::string(Test.attribute("name").value()) ==
            Q.Id + " " + report::questionTitle(R, Q.Id).str());
      pugi::xml_node Failure = Test.child("failure");
      pugi::xml_node Skip = Test.child("skipped");
      if (!Q.Score) {
        ++CaseSkipped;
        REQUIRE(Skip);
        CHECK(std::string(Skip.attribute("message").value()) == Q.Reason);
        CHECK_FALSE(Failure);
        continue;
      }
      CHECK_FALSE(Skip);
      if (!failsAt(Sorted.ByQuestion[I], Severity::Warning)) {
        CHECK_FALSE(Failure);
        continue;
      }
      ++CaseFailures;
      REQUIRE(Failure);
      CHECK(std::string(Failure.attribute("message").value()) ==
            "score " + std::to_string(*Q.Score) + " of 2 (" +
                report::scoreLabel(Q.Score).str() + ")");
      std::string Body = Failure.text().get();
      for (const Finding *F : Sorted.ByQuestion[I])
        CHECK_THAT(Body, Catch::Contains(report::compilerStyle(*F)));
    }
    if (!Sorted.Other.empty()) {
      REQUIRE(Test);
      CHECK(std::string(Test.attribute("name").value()) == "Övriga fynd");
      bool Fails = failsAt(Sorted.Other, Severity::Warning);
      CHECK(bool(Test.child("failure")) == Fails);
      CaseFailures += Fails;
      Test = Test.next_sibling("testcase");
    }
    CHECK_FALSE(Test);
    unsigned CaseTests = C.Questions.size() + !Sorted.Other.empty();
    CHECK(Suite.attribute("tests").as_uint() == CaseTests);
    CHECK(Suite.attribute("failures").as_uint() == CaseFailures);
    CHECK(Suite.attribute("skipped").as_uint() == CaseSkipped);
    CHECK(Suite.attribute("errors").as_uint() == 0);
    Tests += CaseTests;
    Failures += CaseFailures;
    Skipped += CaseSkipped;
    Suite = Suite.next_sibling("testsuite");
  }
  CHECK(Suites.attribute("tests").as_uint() == Tests);
  CHECK(Suites.attribute("failures").as_uint() == Failures);
  CHECK(Suites.attribute("skipped").as_uint() == Skipped);
  CHECK(countDeep(Suites, "failure") == Failures);
  CHECK(countDeep(Suites, "skipped") == Skipped);
  // The sample has all three outcomes, or this test would not look at them.
  CHECK(Failures > 0);
  CHECK(Skipped > 0);
  CHECK(Failures + Skipped < Tests);
}

TEST_CASE("JUnit of a hand-made result: escaping, passes with notes, errors",
          "[report][junit]") {
  AuditResult R = handMadeResult();
  std::string Text = junit(R);
  pugi::xml_document Doc;
  parse(Doc, Text);
  pugi::xml_node Suites = Doc.child("testsuites");
  REQUIRE(count(Suites, "testsuite") == 3);
  CHECK(Suites.attribute("tests").as_uint() == 8);
  CHECK(Suites.attribute("failures").as_uint() == 2);
  CHECK(Suites.attribute("skipped").as_uint() == 2);
  CHECK(Suites.attribute("errors").as_uint() == 1);

  pugi::xml_node A = Suites.child("testsuite");
  CHECK(std::string(A.attribute("name").value()) == "2024-0142");
  CHECK(std::string(A.child("properties")
                        .find_child_by_attribute("property", "name", "avdelning")
                        .attribute("value")
                        .value()) == "Hemtjänst; \"natt\"");
  CHECK(std::string(A.child("properties")
                        .find_child_by_attribute("property", "name", "enhet")
                        .attribute("value")
                        .value()) == "Haga <hemtjänst> & co");
  pugi::xml_node M1 = A.child("testcase");
  CHECK(std::string(M1.attribute("name").value()) ==
        "M1 Den enskildes egen uppfattning om sina behov framgår");
  CHECK_FALSE(M1.child("failure"));
  // A passed question keeps its info finding, with the control character
  // made harmless.
  CHECK_THAT(std::string(M1.child("system-out").text().get()),
             Catch::Contains("Resurser saknas\xEF\xBF\xBD i livsområdet. "
                             "[utredning/resurser-saknas-i-livsomrade]"));
  pugi::xml_node M13 = M1.next_sibling("testcase");
  pugi::xml_node Failure = M13.child("failure");
  REQUIRE(Failure);
  CHECK(std::string(Failure.attribute("message").value()) ==
        "score 1 of 2 (1 delvis uppfyllt)");
  CHECK(std::string(Failure.text().get()) ==
        "export/ärende 1.xml:12:7: warning: " + std::string(AwkwardText) +
            " [sprak/vardeladdat-ord]\n    förslag: avböjer\n");
  pugi::xml_node U1 = M13.next_sibling("testcase");
  CHECK(std::string(U1.child("skipped").attribute("message").value()) ==
        "ingen genomförandeplan");
  pugi::xml_node Other = U1.next_sibling("testcase");
  CHECK(std::string(Other.attribute("name").value()) == "Övriga fynd");
  CHECK_THAT(std::string(Other.child("failure").text().get()),
             Catch::Contains("export/ärende 1.xml:1:1: error: Dokumentet saknar id."));

  // Score 0 without findings: no finding fails it, and the evidence says
  // why the score is low.
  pugi::xml_node B = A.next_sibling("testsuite");
  CHECK(std::string(B.attribute("name").value()) == "=2024-0150");
  // Only the properties the case has.
  CHECK_FALSE(B.child("properties").find_child_by_attribute("property", "name", "avdelning"));
  CHECK(std::string(B.child("properties")
                        .find_child_by_attribute("property", "name", "filer")
                        .attribute("value")
                        .value()) == "/srv/export/b.txt");
  CHECK_FALSE(B.child("testcase").child("failure"));
  CHECK_THAT(std::string(B.child("testcase").child("system-out").text().get()),
             Catch::StartsWith("score 0 of 2 (") &&
                 Catch::EndsWith(")\ningen egen uppfattning\n"));

  pugi::xml_node Errors = B.next_sibling("testsuite");
  CHECK(std::string(Errors.attribute("name").value()) == "Filer som inte kunde läsas");
  pugi::xml_node Error = Errors.child("testcase").child("error");
  REQUIRE(Error);
  CHECK(std::string(Error.attribute("message").value()) == "XML-filen är inte välformad.");
  CHECK_THAT(std::string(Error.text().get()), Catch::StartsWith("export/trasig fil.xml:3:17: "));
}

TEST_CASE("JUnit in check mode: one testcase of findings per case",
          "[report][junit]") {
  const AuditResult &R = sampleResult(/*Score=*/false);
  pugi::xml_document Doc;
  parse(Doc, junit(R));
  pugi::xml_node Suites = Doc.child("testsuites");
  size_t Failures = 0;
  for (pugi::xml_node Suite : Suites.children("testsuite")) {
    REQUIRE(count(Suite, "testcase") == 1);
    CHECK(std::string(Suite.child("testcase").attribute("name").value()) == "Fynd");
    Failures += bool(Suite.child("testcase").child("failure"));
  }
  CHECK(Failures > 0);
  CHECK(Suites.attribute("tests").as_uint() == R.Cases.size());
}

TEST_CASE("JUnit fails a testcase only at or above the failing severity",
          "[report][junit]") {
  AuditResult R = handMadeResult();
  auto FailuresAt = [&](Severity FailOn) {
    pugi::xml_document Doc;
    parse(Doc, junit(R, FailOn));
    return Doc.child("testsuites").attribute("failures").as_uint();
  };
  size_t Errors = 0, Warnings = 0, All = 0;
  for (const CaseResult &C : R.Cases) {
    report::QuestionFindings Sorted = report::findingsByQuestion(C);
    for (const auto &Findings : Sorted.ByQuestion) {
      Errors += failsAt(Findings, Severity::Error);
      Warnings += failsAt(Findings, Severity::Warning);
      All += failsAt(Findings, Severity::Info);
    }
    Errors += failsAt(Sorted.Other, Severity::Error);
    Warnings += failsAt(Sorted.Other, Severity::Warning);
    All += failsAt(Sorted.Other, Severity::Info);
  }
  CHECK(FailuresAt(Severity::Error) == Errors);
  CHECK(FailuresAt(Severity::Warning) == Warnings);
  CHECK(FailuresAt(Severity::Info) == All);
  // The hand-made result has an info finding on a passed question.
  CHECK(All > Warnings);
}

TEST_CASE("JUnit of an empty result is one empty testsuites element",
          "[report][junit]") {
  pugi::xml_document Doc;
  parse(Doc, junit(AuditResult()));
  pugi::xml_node Suites = Doc.child("testsuites");
  REQUIRE(Suites);
  CHECK(!Suites.first_child());
  CHECK(Suites.attribute("tests").as_uint() == 0);
  CHECK(std::string(Suites.attribute("name").value()) == "ibic-audit");
}
