// Tests for Rules/Kinds/PatternRule: forbidden matches with exact spans, and
// required patterns per section.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// Forbids "se journal" (a reference instead of a description), followed
/// by \p Scope (a `scope:` key or nothing).
std::string forbidSeJournal(llvm::StringRef Scope = "") {
  return Scope.str() + R"(
parameters:
  patterns:
    - {regex: se journal, label: hänvisning, suggestion: beskriv här}
)";
}

/// Requires lines starting "Vad:", "Hur:", "När:" and "Vem:" in each
/// Genomförande section of a plan.
const char *RequireVadHurNarVem = R"(scope:
  document-types: [genomforandeplan]
  section: {kind: genomforande}
  unit: section
parameters:
  mode: require
  patterns:
    - {regex: '(?m)^\s*vad\s*:', label: vad}
    - {regex: '(?m)^\s*hur\s*:', label: hur}
    - {regex: '(?m)^\s*när\s*:', label: när}
    - {regex: '(?m)^\s*vem\s*:', label: vem}
)";

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("pattern: each forbidden match is a finding with its exact span",
          "[rules][pattern]") {
  auto R = goodRule("pattern", forbidSeJournal(), "{label}: '{match}' → {suggestion}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hälsotillstånd\n"
                                          "Åsa har diabetes, se journal. Se Journal igen.\n"));  // 5
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 19);
  CHECK(Hits[0].EndLine == 5);
  CHECK(Hits[0].EndColumn == 29);
  CHECK(Hits[0].Text == "se journal");
  CHECK(Hits[0].Message == "hänvisning: 'se journal' → beskriv här");
  CHECK(Hits[0].Suggestion == "beskriv här");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
  // Matched case-insensitively.
  CHECK(Hits[1].Column == 31);
  CHECK(Hits[1].Text == "Se Journal");
}

TEST_CASE("pattern: Swedish letters match case-insensitively",
          "[rules][pattern]") {
  auto R = goodRule("pattern", R"(parameters: {patterns: [{regex: 'vägra\pL*', label: vägra}]})");
  std::vector<Hit> Hits = run(R, "Hemliv\nHon VÄGRADE städning.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Column == 5);
  CHECK(Hits[0].EndColumn == 12);
  CHECK(Hits[0].Text == "VÄGRADE");
}

TEST_CASE("pattern: without a section selector text outside sections counts",
          "[rules][pattern]") {
  auto R = goodRule("pattern", forbidSeJournal());
  Case C = readCase("j.txt", "Ärende: 2025-9978\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (undersköterska)\n"
                             "Se journal.\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Unit == &C.Documents[0]);
}

TEST_CASE("pattern: a section selector limits where to look",
          "[rules][pattern]") {
  auto R = goodRule("pattern", forbidSeJournal(R"(scope:
  document-types: [utredning]
  section: {kind: relaterad-faktor, faktor: halsotillstand})"));
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Se journal.\n\n"
                                          "Hemliv\nSe journal.\n\n"
                                          "Hälsotillstånd\nSe journal.\n"));  // line 10
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 10);
  Case Plan = readCase("g.txt", textDocument("Genomförandeplan", "Hälsotillstånd\nSe journal.\n"));
  CHECK(check(R, Plan).empty());
}

TEST_CASE("pattern: a matching section includes its nested sections",
          "[rules][pattern]") {
  // As in require mode and in section-content: text under a sub-heading is
  // part of the section, and is checked once even when both headings match.
  auto R = goodRule("pattern", "scope: {section: {kind: mal}}\n"
                               "parameters: {patterns: [{regex: få hemtjänst, label: insats}]}");
  Case C = readCase("g.txt", textDocument("Genomförandeplan",
                                          "# Mål\n"
                                          "## Morgon\n"
                                          "Elsa ska få hemtjänst.\n"  // line 6
                                          "## Mål: Kväll\n"
                                          "Elsa ska få hemtjänst.\n"  // line 8
                                          "# Hemliv\n"
                                          "Elsa ska få hemtjänst.\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 2);
  CHECK(Hits[0].Line == 6);
  CHECK(Hits[1].Line == 8);
}

TEST_CASE("pattern: spans count entities in XML as written", "[rules][pattern]") {
  auto R = goodRule("pattern", forbidSeJournal());
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9979\">\n"
                    "<document id=\"U\" type=\"utredning\"><section heading=\"Hemliv\">\n"
                    "<p>Disk &amp; tvätt: &quot;se journal&quot;.</p>\n"
                    "</section></document></case></ibic-export>\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 3);
  CHECK(Hits[0].Column == 28);
  CHECK(Hits[0].EndColumn == 38);
  CHECK(Hits[0].Text == "se journal");
}

TEST_CASE("pattern: require reports each missing pattern on the heading",
          "[rules][pattern]") {
  auto R = goodRule("pattern", RequireVadHurNarVem, "I {section} saknas {label}");
  Case C = readCase("g.txt", textDocument("Genomförandeplan",
                                          "## Genomförande: Dusch\n"  // line 4
                                          "Vad: dusch\n"
                                          "Hur: Elsa tvättar sig själv, personalen hjälper med ryggen.\n"
                                          "När: tisdag och fredag kl. 8\n"
                                          "Vem: kontaktpersonen\n"
                                          "\n"
                                          "## Genomförande: Städning\n"  // line 10
                                          "Vad: städning. Vem som gör det är oklart.\n"
                                          "\n"
                                          "## Mål\n"
                                          "Vad: inget här\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 3);
  for (const Hit &H : Hits) {
    CHECK(H.Line == 10);
    CHECK(H.Column == 1);
    CHECK(H.Text == "## Genomförande: Städning");
  }
  CHECK(Hits[0].Message == "I Genomförande: Städning saknas hur");
  CHECK(Hits[1].Message == "I Genomförande: Städning saknas när");
  CHECK(Hits[2].Message == "I Genomförande: Städning saknas vem");
}

TEST_CASE("pattern: require sees the text of nested sections",
          "[rules][pattern]") {
  auto R = goodRule("pattern", RequireVadHurNarVem);
  Case C = readCase("g.txt", textDocument("Genomförandeplan",
                                          "# Genomförande\n"
                                          "## Morgon\n"
                                          "Vad: dusch\nHur: själv\nNär: kl. 8\nVem: personal\n"));
  CHECK(check(R, C).empty());
}

TEST_CASE("pattern: parameter errors", "[rules][pattern]") {
  RuleUnderTest A = compileRule(
      "pattern", "parameters: {patterns: [{regex: 'se (journal'}, {regex: ok}]}");
  REQUIRE(A.Errors.size() == 1);
  CHECK_THAT(A.Errors[0], Catch::Contains("reguljärt uttryck"));

  RuleUnderTest B = compileRule(
      "pattern", "parameters: {mode: förbjud, patterns: [{regex: se journal}]}");
  REQUIRE(B.Errors.size() == 1);
  CHECK_THAT(B.Errors[0], Catch::Contains("'förbjud'"));

  RuleUnderTest C = compileRule("pattern", "");
  REQUIRE(C.Errors.size() == 1);
  CHECK_THAT(C.Errors[0], Catch::Contains("'patterns'"));
}

TEST_CASE("pattern: the mode must fit the scope's unit", "[rules][pattern]") {
  // require judges a section's text as a whole; per paragraph every
  // paragraph without the pattern would be a finding.
  CHECK(rejects("pattern", "parameters: {mode: require, patterns: [{regex: vad}]}",
                "ange scope.unit: section"));
  CHECK(rejects("pattern",
                "scope: {unit: paragraph}\n"
                "parameters: {mode: require, patterns: [{regex: vad}]}",
                "ange scope.unit: section"));
  // forbid reports each match, which a section unit does not do.
  CHECK(rejects("pattern", "scope: {unit: section}\n" + forbidSeJournal(),
                "ange scope.unit: paragraph"));
  // forbid reads paragraphs by default; written out it is the same rule.
  CHECK(goodRule("pattern", forbidSeJournal())->scope().Unit == UnitKind::Paragraph);
  CHECK(goodRule("pattern", forbidSeJournal("scope: {unit: paragraph}"))->scope().Unit ==
        UnitKind::Paragraph);
}

TEST_CASE("pattern: unknown parameters and units are rejected", "[rules][pattern]") {
  // The old place of the section selector.
  CHECK(rejects("pattern",
                "parameters: {section: {kind: mal}, patterns: [{regex: se journal}]}",
                "parametern 'section' används inte av regeltypen pattern"));
  // A misspelt key in a pattern would drop its label silently.
  CHECK(rejects("pattern", "parameters: {patterns: [{regex: se journal, lable: x}]}",
                "parametern 'lable' används inte av regeltypen pattern"));
  CHECK(rejects("pattern", "scope: {unit: document}\n" + forbidSeJournal(),
                "läser enheten paragraph, section, inte 'document'"));
}
