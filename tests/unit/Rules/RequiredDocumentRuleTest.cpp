// Tests for Rules/Kinds/RequiredDocumentRule: a case with documents of some
// types but none of another.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// Journal notes and follow-ups need a genomförandeplan in the case.
const char *PlanRule = "scope: {document-types: [journalanteckning, uppfoljning]}\n"
                       "parameters: {document-type: genomforandeplan}";

std::string exportWith(llvm::StringRef Documents) {
  return "<ibic-export version=\"1\">\n<case id=\"2025-9970\">\n" +
         Documents.str() + "</case>\n</ibic-export>\n";
}

} // namespace

TEST_CASE("required-document: journal notes without a plan",
          "[rules][required-document]") {
  auto R = goodRule("required-document", PlanRule, "Plan saknas för {document}");
  Case C = readCase("j.txt", "Ärende: 2025-9970\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (undersköterska)\n"   // 4
                             "Disk.\n"
                             "2025-01-11 08:00 Hemliv (undersköterska)\n"   // 6
                             "Disk igen.\n");
  std::vector<Hit> Hits = check(R, C);
  // One finding for the case, on the first document that triggers it.
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].EndLine == 4);
  CHECK(Hits[0].Text == "2025-01-10 08:00 Hemliv (undersköterska)");
  CHECK(Hits[0].Message == "Plan saknas för " + C.Documents[0].Id);
  CHECK(Hits[0].Unit == &C.Documents[0]);
}

TEST_CASE("required-document: quiet when the required document is there",
          "[rules][required-document]") {
  auto R = goodRule("required-document", PlanRule);
  Case WithPlan = readCase("c.xml", exportWith(
      "<document id=\"J\" type=\"journalanteckning\"><p>Disk.</p></document>\n"
      "<document id=\"G\" type=\"genomforandeplan\"/>\n"));
  CHECK(check(R, WithPlan).empty());
  // A case with none of the triggering types needs no plan either.
  Case OnlyUtredning = readCase("u.xml", exportWith(
      "<document id=\"U\" type=\"utredning\"/>\n<document id=\"B\" type=\"beslut\"/>\n"));
  CHECK(check(R, OnlyUtredning).empty());
}

TEST_CASE("required-document: any of the triggering types counts",
          "[rules][required-document]") {
  auto R = goodRule("required-document", PlanRule);
  Case C = readCase("f.xml", exportWith(
      "<document id=\"U\" type=\"utredning\"/>\n"
      "<document id=\"F\" type=\"uppfoljning\"/>\n"));  // line 4
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Document == "F");
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 1);
}

TEST_CASE("required-document: types may be written as Swedish words",
          "[rules][required-document]") {
  auto R = goodRule("required-document", "scope: {document-types: [Journalanteckningar]}\n"
                                         "parameters: {document-type: Genomförandeplan}");
  Case C = readCase("c.xml", exportWith("<document id=\"J\" type=\"journalanteckning\"/>\n"));
  CHECK(check(R, C).size() == 1);
}

TEST_CASE("required-document: parameter errors", "[rules][required-document]") {
  RuleUnderTest A = compileRule("required-document",
                                "scope: {document-types: [journalanteckning]}");
  REQUIRE(A.Errors.size() == 1);
  CHECK_THAT(A.Errors[0], Catch::Contains("'document-type'"));

  // when-case-has is scope.document-types now: an old rule file is told so
  // rather than silently reading every document type.
  RuleUnderTest B = compileRule("required-document",
                                "parameters: {document-type: genomforandeplan, "
                                "when-case-has: [journalanteckning]}");
  REQUIRE(B.Errors.size() == 1);
  CHECK_THAT(B.Errors[0], Catch::Contains("'when-case-has'"));

  RuleUnderTest C = compileRule("required-document",
                                "scope: {document-types: [journalanteckning, dagbok]}\n"
                                "parameters: {document-type: plan}");
  REQUIRE(C.Errors.size() == 2);
  CHECK_THAT(C.Errors[0] + C.Errors[1], Catch::Contains("'dagbok'"));
  CHECK_THAT(C.Errors[0] + C.Errors[1], Catch::Contains("'plan'"));
}

TEST_CASE("required-document: without document-types every case is judged",
          "[rules][required-document]") {
  // No types in scope: any document at all calls for the plan, and the
  // finding is on the first one.
  auto R = goodRule("required-document", "parameters: {document-type: genomforandeplan}");
  std::vector<Hit> Hits = check(R, readCase("u.xml", exportWith(
      "<document id=\"U\" type=\"utredning\"/>\n<document id=\"B\" type=\"beslut\"/>\n")));
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Document == "U");
}

TEST_CASE("required-document: unknown parameters and units are rejected",
          "[rules][required-document]") {
  CHECK(rejects("required-document",
                "parameters: {document-type: genomforandeplan, document-types: [beslut]}",
                "parametern 'document-types' används inte av regeltypen "
                "required-document"));
  // Whether a document is missing is a question about the whole case.
  CHECK(rejects("required-document",
                "scope: {unit: document}\nparameters: {document-type: genomforandeplan}",
                "läser enheten case, inte 'document'"));
}
