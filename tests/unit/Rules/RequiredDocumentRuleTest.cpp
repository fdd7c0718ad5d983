// Tests for Rules/Kinds/RequiredDocumentRule: a case with documents of some
// types but none of another.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

RuleParameters planParameters() {
  RuleParameters P;
  P.WhenCaseHas = locs({"journalanteckning", "uppfoljning"});
  P.DocumentType = loc("genomforandeplan");
  return P;
}

std::string exportWith(llvm::StringRef Documents) {
  return "<ibic-export version=\"1\">\n<case id=\"2025-9970\">\n" +
         Documents.str() + "</case>\n</ibic-export>\n";
}

} // namespace

TEST_CASE("required-document: journal notes without a plan",
          "[rules][required-document]") {
  auto R = goodRule("required-document", planParameters(), "Plan saknas för {document}");
  Case C = readCase("j.txt", "Ärende: 2025-9970\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (undersköterska)\n"   // 4
                             "Disk.\n"
                             "2025-01-11 08:00 Hemliv (undersköterska)\n"   // 6
                             "Disk igen.\n");
  std::vector<Hit> Hits = check(*R, C);
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
  auto R = goodRule("required-document", planParameters());
  Case WithPlan = readCase("c.xml", exportWith(
      "<document id=\"J\" type=\"journalanteckning\"><p>Disk.</p></document>\n"
      "<document id=\"G\" type=\"genomforandeplan\"/>\n"));
  CHECK(check(*R, WithPlan).empty());
  // A case with none of the triggering types needs no plan either.
  Case OnlyUtredning = readCase("u.xml", exportWith(
      "<document id=\"U\" type=\"utredning\"/>\n<document id=\"B\" type=\"beslut\"/>\n"));
  CHECK(check(*R, OnlyUtredning).empty());
}

TEST_CASE("required-document: any of the triggering types counts",
          "[rules][required-document]") {
  auto R = goodRule("required-document", planParameters());
  Case C = readCase("f.xml", exportWith(
      "<document id=\"U\" type=\"utredning\"/>\n"
      "<document id=\"F\" type=\"uppfoljning\"/>\n"));  // line 4
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Document == "F");
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 1);
}

TEST_CASE("required-document: types may be written as Swedish words",
          "[rules][required-document]") {
  RuleParameters P;
  P.WhenCaseHas = locs({"Journalanteckningar"});
  P.DocumentType = loc("Genomförandeplan");
  auto R = goodRule("required-document", P);
  Case C = readCase("c.xml", exportWith("<document id=\"J\" type=\"journalanteckning\"/>\n"));
  CHECK(check(*R, C).size() == 1);
}

TEST_CASE("required-document: parameter errors", "[rules][required-document]") {
  RuleParameters NoType;
  NoType.WhenCaseHas = locs({"journalanteckning"});
  CompiledRule A = compileRule("required-document", NoType);
  REQUIRE(A.Errors.size() == 1);
  CHECK_THAT(A.Errors[0], Catch::Contains("'document-type'"));

  RuleParameters NoWhen;
  NoWhen.DocumentType = loc("genomforandeplan");
  CompiledRule B = compileRule("required-document", NoWhen);
  REQUIRE(B.Errors.size() == 1);
  CHECK_THAT(B.Errors[0], Catch::Contains("'when-case-has'"));

  RuleParameters Unknown = planParameters();
  Unknown.DocumentType = loc("plan");
  Unknown.WhenCaseHas = locs({"journalanteckning", "dagbok"});
  CompiledRule C = compileRule("required-document", Unknown);
  REQUIRE(C.Errors.size() == 2);
  CHECK_THAT(C.Errors[0] + C.Errors[1], Catch::Contains("'dagbok'"));
  CHECK_THAT(C.Errors[0] + C.Errors[1], Catch::Contains("'plan'"));
}
