// Tests for Rules/Kinds/PatternRule: forbidden matches with exact spans, and
// required patterns per section.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

PatternSpec pattern(std::string Regex, std::string Label = "",
                    std::string Suggestion = "") {
  return {loc(std::move(Regex)), std::move(Label), std::move(Suggestion)};
}

RuleParameters forbidSeJournal() {
  RuleParameters P;
  P.Patterns = std::vector<PatternSpec>{
      pattern("se journal", "hänvisning", "beskriv här")};
  return P;
}

RuleParameters requireVadHurNarVem() {
  RuleParameters P;
  P.DocumentTypes = locs({"genomforandeplan"});
  P.Section = selector("genomforande");
  P.Mode = loc("require");
  P.Patterns = std::vector<PatternSpec>{
      pattern(R"((?m)^\s*vad\s*:)", "vad"), pattern(R"((?m)^\s*hur\s*:)", "hur"),
      pattern(R"((?m)^\s*när\s*:)", "när"), pattern(R"((?m)^\s*vem\s*:)", "vem")};
  return P;
}

} // namespace

TEST_CASE("pattern: each forbidden match is a finding with its exact span",
          "[rules][pattern]") {
  auto R = goodRule("pattern", forbidSeJournal(), "{label}: '{match}' → {suggestion}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hälsotillstånd\n"
                                          "Åsa har diabetes, se journal. Se Journal igen.\n"));  // 5
  std::vector<Hit> Hits = check(*R, C);
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
  RuleParameters P;
  P.Patterns = std::vector<PatternSpec>{pattern(R"(vägra\pL*)", "vägra")};
  auto R = goodRule("pattern", P);
  std::vector<Hit> Hits =
      check(*R, readCase("u.txt", textDocument("Utredning", "Hemliv\nHon VÄGRADE städning.\n")));
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
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Unit == &C.Documents[0]);
}

TEST_CASE("pattern: a section selector limits where to look",
          "[rules][pattern]") {
  RuleParameters P = forbidSeJournal();
  P.Section = selector("relaterad-faktor", "", "halsotillstand");
  P.DocumentTypes = locs({"utredning"});
  auto R = goodRule("pattern", P);
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Se journal.\n\n"
                                          "Hemliv\nSe journal.\n\n"
                                          "Hälsotillstånd\nSe journal.\n"));  // line 10
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 10);
  Case Plan = readCase("g.txt", textDocument("Genomförandeplan", "Hälsotillstånd\nSe journal.\n"));
  CHECK(check(*R, Plan).empty());
}

TEST_CASE("pattern: a matching section includes its nested sections",
          "[rules][pattern]") {
  // As in require mode and in section-content: text under a sub-heading is
  // part of the section, and is checked once even when both headings match.
  RuleParameters P;
  P.Section = selector("mal");
  P.Patterns = std::vector<PatternSpec>{pattern("få hemtjänst", "insats")};
  auto R = goodRule("pattern", P);
  Case C = readCase("g.txt", textDocument("Genomförandeplan",
                                          "# Mål\n"
                                          "## Morgon\n"
                                          "Elsa ska få hemtjänst.\n"  // line 6
                                          "## Mål: Kväll\n"
                                          "Elsa ska få hemtjänst.\n"  // line 8
                                          "# Hemliv\n"
                                          "Elsa ska få hemtjänst.\n"));
  std::vector<Hit> Hits = check(*R, C);
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
  std::vector<Hit> Hits = check(*R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 3);
  CHECK(Hits[0].Column == 28);
  CHECK(Hits[0].EndColumn == 38);
  CHECK(Hits[0].Text == "se journal");
}

TEST_CASE("pattern: require reports each missing pattern on the heading",
          "[rules][pattern]") {
  auto R = goodRule("pattern", requireVadHurNarVem(), "I {section} saknas {label}");
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
  std::vector<Hit> Hits = check(*R, C);
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
  auto R = goodRule("pattern", requireVadHurNarVem());
  Case C = readCase("g.txt", textDocument("Genomförandeplan",
                                          "# Genomförande\n"
                                          "## Morgon\n"
                                          "Vad: dusch\nHur: själv\nNär: kl. 8\nVem: personal\n"));
  CHECK(check(*R, C).empty());
}

TEST_CASE("pattern: parameter errors", "[rules][pattern]") {
  RuleParameters BadRegex;
  BadRegex.Patterns = std::vector<PatternSpec>{pattern("se (journal"), pattern("ok")};
  CompiledRule A = compileRule("pattern", BadRegex);
  REQUIRE(A.Errors.size() == 1);
  CHECK_THAT(A.Errors[0], Catch::Contains("reguljärt uttryck"));

  RuleParameters BadMode = forbidSeJournal();
  BadMode.Mode = loc("förbjud");
  CompiledRule B = compileRule("pattern", BadMode);
  REQUIRE(B.Errors.size() == 1);
  CHECK_THAT(B.Errors[0], Catch::Contains("'förbjud'"));

  RuleParameters NoPatterns;
  CompiledRule C = compileRule("pattern", NoPatterns);
  REQUIRE(C.Errors.size() == 1);
  CHECK_THAT(C.Errors[0], Catch::Contains("'patterns'"));
}
