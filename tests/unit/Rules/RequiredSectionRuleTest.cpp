// Tests for Rules/Kinds/RequiredSectionRule: a document of some types with no
// section of a given kind, life area or factor anywhere in it.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// Utredningar need a Kroppsfunktioner section.
const char *Kroppsfunktioner =
    "scope: {document-types: [utredning]}\n"
    "parameters: {section: {kind: relaterad-faktor, faktor: kroppsfunktioner}}";

/// A rule for every document type wanting \p Section (a YAML flow map).
std::string wanting(llvm::StringRef Section) {
  return "parameters: {section: " + Section.str() + "}";
}

} // namespace

TEST_CASE("required-section: a missing section is reported on the document",
          "[rules][required-section]") {
  auto R = goodRule("required-section", Kroppsfunktioner, "Saknas i {document}");
  Case C = readCase("2025-9971-utredning.txt",
                    textDocument("Utredning", "Hemliv\nHan diskar.\n"
                                              "\nHälsotillstånd\nDiabetes.\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  // The line that names the document type.
  CHECK(Hits[0].Line == 2);
  CHECK(Hits[0].EndLine == 2);
  CHECK(Hits[0].Column == 11);
  CHECK(Hits[0].Text == "Utredning");
  CHECK(Hits[0].Message == "Saknas i " + C.Documents[0].Id);
  CHECK(Hits[0].Unit == &C.Documents[0]);
}

TEST_CASE("required-section: found anywhere, even nested or empty",
          "[rules][required-section]") {
  auto R = goodRule("required-section", Kroppsfunktioner);
  Case Top = readCase("a.txt", textDocument("Utredning", "Kroppsfunktioner\n\nHemliv\nDisk.\n"));
  CHECK(check(R, Top).empty());
  Case Nested = readCase("b.txt", textDocument(
      "Utredning", "# Relaterade faktorer\n## Kroppsfunktioner\nSer dåligt.\n"));
  CHECK(check(R, Nested).empty());
  Case Alias = readCase("c.txt", textDocument("Utredning", "Kroppsfunktion:\nSer dåligt.\n"));
  CHECK(check(R, Alias).empty());
}

TEST_CASE("required-section: only documents of the given types",
          "[rules][required-section]") {
  auto R = goodRule("required-section", Kroppsfunktioner);
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9972\">\n"
                    "<document id=\"G\" type=\"genomforandeplan\"/>\n"
                    "<document id=\"U1\" type=\"utredning\"><section kind=\"relaterad-faktor\" "
                    "faktor=\"kroppsfunktioner\"/></document>\n"
                    "  <document id=\"U2\" type=\"utredning\"><section kind=\"relaterad-faktor\" "
                    "faktor=\"halsotillstand\"/></document>\n"
                    "</case></ibic-export>\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Document == "U2");
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 3); // the '<' of <document
}

TEST_CASE("required-section: without document-types every document counts",
          "[rules][required-section]") {
  auto R = goodRule("required-section", wanting("{kind: mal}"));
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9973\">\n"
                    "<document id=\"G\" type=\"genomforandeplan\"><section heading=\"Mål\"/></document>\n"
                    "<document id=\"U\" type=\"utredning\"/>\n"
                    "</case></ibic-export>\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Document == "U");
}

TEST_CASE("required-section: every key of the selector must match",
          "[rules][required-section]") {
  auto R = goodRule("required-section",
                    "scope: {document-types: [utredning]}\n" +
                        wanting("{kind: livsomrade, livsomrade: personlig-vard}"));
  CHECK(check(R, readCase("a.txt", textDocument("Utredning", "Hemliv\nDisk.\n"))).size() == 1);
  CHECK(check(R, readCase("b.txt", textDocument("Utredning", "Personlig vård\nDusch.\n"))).empty());
  // Only a life area given: a section of that area matches.
  auto ByArea = goodRule("required-section", wanting("{livsomrade: hemliv}"));
  CHECK(check(ByArea, readCase("c.txt", textDocument("Utredning", "Hemliv\nDisk.\n"))).empty());
}

TEST_CASE("required-section: parameter errors", "[rules][required-section]") {
  RuleUnderTest A = compileRule("required-section", "scope: {document-types: [utredning]}");
  REQUIRE(A.Errors.size() == 1);
  CHECK_THAT(A.Errors[0], Catch::Contains("'section'"));

  RuleUnderTest B = compileRule("required-section", wanting("{kind: rubrik}"));
  REQUIRE(B.Errors.size() == 1);
  CHECK_THAT(B.Errors[0], Catch::Contains("'rubrik'"));

  RuleUnderTest C =
      compileRule("required-section", wanting("{kind: livsomrade, livsomrade: hygien}"));
  REQUIRE(C.Errors.size() == 1);
  CHECK_THAT(C.Errors[0], Catch::Contains("'hygien'"));

  RuleUnderTest D = compileRule("required-section",
                                "scope: {document-types: [utredningen]}\n" +
                                    wanting("{kind: relaterad-faktor, faktor: smarta}"));
  REQUIRE(D.Errors.size() == 2);
  CHECK_THAT(D.Errors[0] + D.Errors[1], Catch::Contains("'smarta'"));
  CHECK_THAT(D.Errors[0] + D.Errors[1], Catch::Contains("'utredningen'"));

  // The selector's own keys are checked too.
  CHECK(rejects("required-section", wanting("{kind: livsomrade, omrade: hemliv}"),
                "parametern 'omrade' används inte av regeltypen required-section"));
}

TEST_CASE("required-section: unknown parameters and units are rejected",
          "[rules][required-section]") {
  // document-types under parameters, as before scope existed.
  CHECK(rejects("required-section",
                "parameters: {document-types: [utredning], section: {kind: mal}}",
                "parametern 'document-types' används inte av regeltypen "
                "required-section"));
  // Where a section is missing is the document, not a section of it.
  CHECK(rejects("required-section", "scope: {unit: section}\n" + wanting("{kind: mal}"),
                "läser enheten document, inte 'section'"));
}
