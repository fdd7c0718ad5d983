// Tests for Rules/Kinds/RequiredAttributeRule: notes, sections and
// assessments whose attribute is missing or not allowed.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

RuleParameters noteArea(std::initializer_list<const char *> Allowed) {
  RuleParameters P;
  P.Target = loc("note");
  P.DocumentTypes = locs({"journalanteckning"});
  P.Attribute = loc("livsomrade");
  P.Allowed = locs(Allowed);
  return P;
}

const char *Journal = "Ärende: 2025-9975\nDokument: Journal\n\n"
                      "2025-01-10 08:00 Personlig vård (undersköterska)\n"  // 4
                      "Dusch.\n"
                      "2025-01-10 12:00 Övrigt (undersköterska)\n"          // 6
                      "Sonen ringde.\n"
                      "2025-01-10 18:00 Kroppsfunktioner (sjuksköterska)\n" // 8
                      "Ont i knät.\n"
                      "2025-01-11 08:00\n"                                  // 10
                      "Ingen rubrik.\n";

} // namespace

TEST_CASE("required-attribute: notes without a life area or factor",
          "[rules][required-attribute]") {
  auto R = goodRule("required-attribute", noteArea({"livsomraden-och-faktorer"}),
                    "Anteckning {document}");
  Case C = readCase("j.txt", Journal);
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Line == 6);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Text == "2025-01-10 12:00 Övrigt (undersköterska)");
  CHECK(Hits[0].Unit == &C.Documents[1]);
  CHECK(Hits[0].Message == "Anteckning " + C.Documents[1].Id);
  CHECK(Hits[1].Line == 10);
  CHECK(Hits[1].Unit == &C.Documents[3]);
}

TEST_CASE("required-attribute: allowed names a reference list",
          "[rules][required-attribute]") {
  // Only life areas: the note under a factor is not allowed.
  auto R = goodRule("required-attribute", noteArea({"livsomraden"}));
  std::vector<Hit> Hits = check(*R, readCase("j.txt", Journal));
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Line == 6);
  CHECK(Hits[1].Line == 8);
  CHECK(Hits[2].Line == 10);
  // Only factors.
  auto F = goodRule("required-attribute", noteArea({"faktorer"}));
  Hits = check(*F, readCase("j.txt", Journal));
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Line == 4);
}

TEST_CASE("required-attribute: other values in allowed are literal",
          "[rules][required-attribute]") {
  auto R = goodRule("required-attribute", noteArea({"personlig-vard", "hemliv"}));
  std::vector<Hit> Hits = check(*R, readCase("j.txt", Journal));
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Line == 6);
  CHECK(Hits[1].Line == 8);
}

TEST_CASE("required-attribute: a section's recognised kind",
          "[rules][required-attribute]") {
  RuleParameters P;
  P.Target = loc("section");
  P.DocumentTypes = locs({"utredning"});
  P.Attribute = loc("kind");
  auto R = goodRule("required-attribute", P, "Rubriken {section}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hemliv\nDisk.\n\n"
                                          "## Inköp\n"       // line 7: text below
                                          "Varannan vecka.\n\n"
                                          "## Tvätt\n"       // line 10: nothing below
                                          "\n"
                                          "Personlig vård\nDusch.\n"));
  std::vector<Hit> Hits = check(*R, C);
  // A heading with nothing under it is no need outside the life areas.
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 7);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Text == "## Inköp");
  CHECK(Hits[0].Message == "Rubriken Inköp");
}

TEST_CASE("required-attribute: a life area needs a rated level",
          "[rules][required-attribute]") {
  RuleParameters P;
  P.Target = loc("section");
  P.DocumentTypes = locs({"utredning"});
  P.Section = selector("livsomrade");
  P.Attribute = loc("level");
  P.Allowed = locs({"bedomningsniva"});
  auto R = goodRule("required-attribute", P);
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9976\">\n"
                    "<document id=\"U\" type=\"utredning\">\n"
                    "<section kind=\"livsomrade\" livsomrade=\"hemliv\" heading=\"Hemliv\">"
                    "<assessment icf=\"d640\" level=\"3\"/><p>a</p></section>\n"  // 3
                    "<section kind=\"livsomrade\" livsomrade=\"forflyttning\" heading=\"Förflyttning\">"
                    "<assessment icf=\"d450\" level=\"5\"/><p>b</p></section>\n"  // 4: 5 is no level
                    "<section kind=\"livsomrade\" livsomrade=\"personlig-vard\" heading=\"Personlig vård\">"
                    "<p>c</p></section>\n"                                        // 5: none
                    "<section kind=\"livsomrade\" livsomrade=\"kommunikation\" heading=\"Kommunikation\">"
                    "<assessment icf=\"d310\" level=\"9\"/><p>d</p></section>\n"  // 6: 9 is valid
                    "<section kind=\"relaterad-faktor\" faktor=\"kroppsfunktioner\"><p>e</p></section>\n"
                    "</document></case></ibic-export>\n");
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[1].Line == 5);
}

TEST_CASE("required-attribute: require-any reports a document with no target",
          "[rules][required-attribute]") {
  RuleParameters P;
  P.Target = loc("section");
  P.DocumentTypes = locs({"utredning"});
  P.Section = selector("livsomrade");
  P.Attribute = loc("level");
  P.RequireAny = true;
  auto R = goodRule("required-attribute", P);
  Case C = readCase("u.txt", textDocument("Utredning", "Bedömning\nBehöver hjälp.\n"));
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 2);
  CHECK(Hits[0].Unit == &C.Documents[0]);
  P.RequireAny = false;
  auto Quiet = goodRule("required-attribute", P);
  CHECK(check(*Quiet, C).empty());
}

TEST_CASE("required-attribute: follow-up outcomes", "[rules][required-attribute]") {
  RuleParameters P;
  P.Target = loc("assessment");
  P.DocumentTypes = locs({"uppfoljning"});
  P.Attribute = loc("outcome");
  P.Allowed = locs({"maluppfyllelse"});
  auto R = goodRule("required-attribute", P, "{section}: '{value}'");
  Case C = readCase("f.txt", textDocument("Uppföljning",
                                          "Personlig vård\n"
                                          "Måluppfyllelse: ja. Duschar själv.\n"     // 5
                                          "\nHemliv\n"
                                          "Måluppfyllelse: kanske\n"                 // 8
                                          "\nFörflyttning\n"
                                          "Bedömning: d450 lätt begränsning (1).\n"  // 11
                                          "Går med rollator.\n"));
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Line == 8);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Message == "Hemliv: 'kanske'");
  CHECK(Hits[1].Line == 11);
  CHECK(Hits[1].Message == "Förflyttning: ''");
  const Section &F = C.Documents[0].Sections[2];
  CHECK(Hits[1].Unit == &F.Assessments[0]);
}

TEST_CASE("required-attribute: an assessment needs a comment",
          "[rules][required-attribute]") {
  RuleParameters P;
  P.Target = loc("assessment");
  P.DocumentTypes = locs({"uppfoljning"});
  P.Attribute = loc("comment");
  auto R = goodRule("required-attribute", P);
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9977\">\n"
                    "<document id=\"F\" type=\"uppfoljning\">\n"
                    "<section heading=\"Hemliv\"><assessment outcome=\"ja\"/><p>Diskar själv.</p></section>\n"
                    "<section heading=\"Personlig vård\">\n"
                    "  <assessment outcome=\"nej\"/>\n"   // 5
                    "</section>\n"
                    "</document></case></ibic-export>\n");
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 3);
}

TEST_CASE("required-attribute: parameter errors", "[rules][required-attribute]") {
  RuleParameters NoTarget;
  NoTarget.Attribute = loc("livsomrade");
  CompiledRule A = compileRule("required-attribute", NoTarget);
  REQUIRE_FALSE(A.Errors.empty());
  CHECK_THAT(A.Errors[0], Catch::Contains("'target'"));

  RuleParameters BadTarget = noteArea({"livsomraden"});
  BadTarget.Target = loc("stycke");
  CompiledRule B = compileRule("required-attribute", BadTarget);
  REQUIRE_FALSE(B.Errors.empty());
  CHECK_THAT(B.Errors[0], Catch::Contains("'stycke'"));

  RuleParameters NoAttribute = noteArea({"livsomraden"});
  NoAttribute.Attribute.reset();
  CompiledRule C = compileRule("required-attribute", NoAttribute);
  REQUIRE(C.Errors.size() == 1);
  CHECK_THAT(C.Errors[0], Catch::Contains("'attribute'"));

  // An attribute the target does not have.
  RuleParameters Mismatch = noteArea({"livsomraden"});
  Mismatch.Attribute = loc("outcome");
  CompiledRule D = compileRule("required-attribute", Mismatch);
  REQUIRE(D.Errors.size() == 1);
  CHECK_THAT(D.Errors[0], Catch::Contains("'outcome'"));
  CHECK_THAT(D.Errors[0], Catch::Contains("'note'"));
}
