// Tests for Rules/Kinds/RequiredAttributeRule: notes, sections and
// assessments whose attribute is missing or not allowed.
#include "KindTestSupport.h"

#include "llvm/ADT/StringExtras.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// A rule reading documents of \p Types (a YAML flow list) with
/// \p Parameters (the inside of a YAML flow map).
std::string attributeRule(llvm::StringRef Types, llvm::StringRef Parameters) {
  return "scope: {document-types: " + Types.str() + "}\nparameters: {" +
         Parameters.str() + "}";
}

/// The life-area sections of utredningar.
const char *LifeAreas = "scope: {document-types: [utredning], section: {kind: livsomrade}}\n";

/// Notes need a life area or factor from \p Allowed (a YAML flow list).
std::string noteArea(llvm::StringRef Allowed) {
  return attributeRule("[journalanteckning]",
                       "target: note, attribute: livsomrade, allowed: " + Allowed.str());
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
  auto R = goodRule("required-attribute", noteArea("[livsomraden-och-faktorer]"),
                    "Anteckning {document}");
  Case C = readCase("j.txt", Journal);
  std::vector<Hit> Hits = check(R, C);
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
  auto R = goodRule("required-attribute", noteArea("[livsomraden]"));
  std::vector<Hit> Hits = check(R, readCase("j.txt", Journal));
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Line == 6);
  CHECK(Hits[1].Line == 8);
  CHECK(Hits[2].Line == 10);
  // Only factors.
  auto F = goodRule("required-attribute", noteArea("[faktorer]"));
  Hits = check(F, readCase("j.txt", Journal));
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Line == 4);
}

TEST_CASE("required-attribute: other values in allowed are literal",
          "[rules][required-attribute]") {
  auto R = goodRule("required-attribute", noteArea("[personlig-vard, hemliv]"));
  std::vector<Hit> Hits = check(R, readCase("j.txt", Journal));
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Line == 6);
  CHECK(Hits[1].Line == 8);
}

TEST_CASE("required-attribute: a section's recognised kind",
          "[rules][required-attribute]") {
  auto R = goodRule("required-attribute",
                    attributeRule("[utredning]", "target: section, attribute: kind"),
                    "Rubriken {section}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hemliv\nDisk.\n\n"
                                          "## Inköp\n"       // line 7: text below
                                          "Varannan vecka.\n\n"
                                          "## Tvätt\n"       // line 10: nothing below
                                          "\n"
                                          "Personlig vård\nDusch.\n"));
  std::vector<Hit> Hits = check(R, C);
  // A heading with nothing under it is no need outside the life areas.
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 7);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Text == "## Inköp");
  CHECK(Hits[0].Message == "Rubriken Inköp");
}

TEST_CASE("required-attribute: a life area needs a rated level",
          "[rules][required-attribute]") {
  auto R = goodRule("required-attribute",
                    std::string(LifeAreas) +
                        "parameters: {target: section, attribute: level, "
                        "allowed: [bedomningsniva]}");
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
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[1].Line == 5);
}

TEST_CASE("required-attribute: require-any reports a document with no target",
          "[rules][required-attribute]") {
  auto LevelRule = [](const char *RequireAny) {
    return goodRule("required-attribute",
                    std::string(LifeAreas) +
                        "parameters: {target: section, attribute: level, require-any: " +
                        RequireAny + "}");
  };
  auto R = LevelRule("true");
  Case C = readCase("u.txt", textDocument("Utredning", "Bedömning\nBehöver hjälp.\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 2);
  CHECK(Hits[0].Unit == &C.Documents[0]);
  auto Quiet = LevelRule("false");
  CHECK(check(Quiet, C).empty());
}

TEST_CASE("required-attribute: follow-up outcomes", "[rules][required-attribute]") {
  auto R = goodRule(
      "required-attribute",
      attributeRule("[uppfoljning]",
                    "target: assessment, attribute: outcome, allowed: [maluppfyllelse]"),
      "{section}: '{value}'");
  Case C = readCase("f.txt", textDocument("Uppföljning",
                                          "Personlig vård\n"
                                          "Måluppfyllelse: ja. Duschar själv.\n"     // 5
                                          "\nHemliv\n"
                                          "Måluppfyllelse: kanske\n"                 // 8
                                          "\nFörflyttning\n"
                                          "Bedömning: d450 lätt begränsning (1).\n"  // 11
                                          "Går med rollator.\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Line == 8);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Message == "Hemliv: 'kanske'");
  CHECK(Hits[1].Line == 11);
  CHECK(Hits[1].Message == "Förflyttning: ''");
  // The unit is the section: a follow-up part is judged as a whole.
  CHECK(Hits[1].Unit == &C.Documents[0].Sections[2]);
}

TEST_CASE("required-attribute: a follow-up part with no assessment has no outcome",
          "[rules][required-attribute]") {
  auto R = goodRule("required-attribute",
                    "scope: {document-types: [uppfoljning], section: {role: follow-up-part}}\n"
                    "parameters: {target: assessment, attribute: outcome, require-any: true}",
                    "{section}");
  Case C = readCase("f.txt", textDocument("Uppföljning",
                                          "Den enskildes uppfattning\n"
                                          "Elsa är nöjd.\n"
                                          "\nPersonlig vård\n"                   // 7
                                          "Duschar själv.\n"
                                          "\nHemliv\n"
                                          "Målet är uppnått. Elsa städar.\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 7);
  CHECK(Hits[0].Message == "Personlig vård");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[1]);
  // A follow-up that follows up no part at all is one finding about it.
  Case Empty = readCase("g.txt", textDocument("Uppföljning",
                                              "Den enskildes uppfattning\nElsa är nöjd.\n"));
  std::vector<Hit> None = check(R, Empty);
  REQUIRE(None.size() == 1);
  CHECK(None[0].Unit == &Empty.Documents[0]);
}

TEST_CASE("required-attribute: an assessment needs a comment",
          "[rules][required-attribute]") {
  auto R = goodRule("required-attribute",
                    attributeRule("[uppfoljning]", "target: assessment, attribute: comment"));
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9977\">\n"
                    "<document id=\"F\" type=\"uppfoljning\">\n"
                    "<section heading=\"Hemliv\"><assessment outcome=\"ja\"/><p>Diskar själv.</p></section>\n"
                    "<section heading=\"Personlig vård\">\n"
                    "  <assessment outcome=\"nej\"/>\n"   // 5
                    "</section>\n"
                    "</document></case></ibic-export>\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 3);
}

TEST_CASE("required-attribute: parameter errors", "[rules][required-attribute]") {
  RuleUnderTest A = compileRule("required-attribute", "parameters: {attribute: livsomrade}");
  REQUIRE_FALSE(A.Errors.empty());
  CHECK_THAT(A.Errors[0], Catch::Contains("'target'"));

  RuleUnderTest B = compileRule(
      "required-attribute",
      attributeRule("[journalanteckning]",
                    "target: stycke, attribute: livsomrade, allowed: [livsomraden]"));
  REQUIRE_FALSE(B.Errors.empty());
  CHECK_THAT(B.Errors[0], Catch::Contains("'stycke'"));

  RuleUnderTest C = compileRule(
      "required-attribute",
      attributeRule("[journalanteckning]", "target: note, allowed: [livsomraden]"));
  INFO("errors: " << llvm::join(C.Errors, " | "));
  CHECK(C.Errors.size() == 1);
  REQUIRE_FALSE(C.Errors.empty());
  CHECK_THAT(C.Errors[0], Catch::Contains("'attribute'"));

  // An attribute the target does not have.
  RuleUnderTest D = compileRule(
      "required-attribute",
      attributeRule("[journalanteckning]",
                    "target: note, attribute: outcome, allowed: [livsomraden]"));
  REQUIRE(D.Errors.size() == 1);
  CHECK_THAT(D.Errors[0], Catch::Contains("'outcome'"));
  CHECK_THAT(D.Errors[0], Catch::Contains("'note'"));
}

TEST_CASE("required-attribute: unknown parameters and units are rejected",
          "[rules][required-attribute]") {
  // section under parameters was the selector; it is scope now.
  CHECK(rejects("required-attribute",
                "parameters: {target: section, attribute: level, section: {kind: livsomrade}}",
                "parametern 'section' används inte av regeltypen required-attribute"));
  // require-any counts targets per document.
  CHECK(rejects("required-attribute",
                "scope: {unit: section}\nparameters: {target: section, attribute: level}",
                "läser enheten document, inte 'section'"));
}

TEST_CASE("required-attribute: fallback document judges every section when "
          "none matches",
          "[rules][required-attribute]") {
  auto Level = [](const char *Fallback) {
    return goodRule("required-attribute",
                    "scope: {section: {kind: livsomrade}, fallback: " +
                        std::string(Fallback) +
                        "}\nparameters: {target: section, attribute: level}");
  };
  Case C = readCase("u.txt", textDocument("Utredning", "Bedömning\nBehöver hjälp.\n"));
  // No life area: with fallback none there is nothing to judge ...
  CHECK(check(Level("none"), C).empty());
  // ... with fallback document the unrated Bedömning is judged.
  std::vector<Hit> Hits = check(Level("document"), C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
  CHECK(rejects("required-attribute",
                "scope: {section: {kind: livsomrade}, fallback: ibland}\n"
                "parameters: {target: section, attribute: level}",
                "fallback ska vara document eller none"));
  // Without a section selector there is nothing to fall back from.
  CHECK(rejects("required-attribute",
                "scope: {fallback: document}\nparameters: {target: note, attribute: livsomrade}",
                "fallback gäller bara"));
}
