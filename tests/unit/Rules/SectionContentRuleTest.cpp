// Tests for Rules/Kinds/SectionContentRule: a matching section that is empty,
// holds only a placeholder or has fewer than min-words words.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// Kroppsfunktioner in an utredning needs \p MinWords words that are not a
/// placeholder.
RuleUnderTest kroppsfunktioner(unsigned MinWords = 3, std::string Message = "{match}") {
  return goodRule("section-content", R"(scope:
  document-types: [utredning]
  section: {kind: relaterad-faktor, faktor: kroppsfunktioner}
parameters:
  placeholders: ['-', se journal, ua, ej aktuellt]
  min-words: )" + std::to_string(MinWords),
                  std::move(Message));
}

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body) {
  Case C = readCase("u.txt", textDocument("Utredning", Body));
  return check(R, C);
}

} // namespace

TEST_CASE("section-content: an empty section is reported on its heading",
          "[rules][section-content]") {
  auto R = kroppsfunktioner(3, "{section}: '{match}'");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hemliv\nDisk.\n\n"
                                          "Kroppsfunktioner\n"   // line 7
                                          "\n"
                                          "Hälsotillstånd\nDiabetes typ 2 sedan länge.\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 7);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].EndLine == 7);
  CHECK(Hits[0].EndColumn == 17);
  CHECK(Hits[0].Text == "Kroppsfunktioner");
  CHECK(Hits[0].Message == "Kroppsfunktioner: ''");
  // The unit is the section, so share questions can count it.
  const Section *KF = &C.Documents[0].Sections[1];
  CHECK(Hits[0].Unit == KF);
}

TEST_CASE("section-content: placeholders count as no content",
          "[rules][section-content]") {
  auto R = kroppsfunktioner(1, "'{match}'");
  for (const char *Text : {"-", "Se journal.", "SE JOURNAL", "ua", "Ej aktuellt!",
                           "  se journal  "}) {
    INFO(Text);
    std::vector<Hit> Hits = run(R, "Kroppsfunktioner\n" + std::string(Text) + "\n");
    REQUIRE(Hits.size() == 1);
    CHECK(Hits[0].Message == "'" + llvm::StringRef(Text).trim().str() + "'");
  }
  // A placeholder word inside a sentence is content.
  CHECK(run(R, "Kroppsfunktioner\nSe journal från vårdcentralen om synen.\n").empty());
}

TEST_CASE("section-content: fewer words than min-words",
          "[rules][section-content]") {
  auto R = kroppsfunktioner(3);
  CHECK(run(R, "Kroppsfunktioner\nSer dåligt.\n").size() == 1);
  CHECK(run(R, "Kroppsfunktioner\nSer dåligt – grå starr.\n").empty());
  CHECK(run(R, "Kroppsfunktioner\nElsa ser dåligt på vänster öga.\n").empty());
  // Punctuation is no word.
  CHECK(run(R, "Kroppsfunktioner\n- - - ! ?\n").size() == 1);
}

TEST_CASE("section-content: min-words defaults to one word",
          "[rules][section-content]") {
  auto R = goodRule("section-content", "scope: {section: {kind: livsomrade}}");
  CHECK(run(R, "Hemliv\nDisk.\n").empty());
  CHECK(run(R, "Hemliv\n-\n").size() == 1);
  std::vector<Hit> Hits = run(R, "Hemliv\n\nPersonlig vård\n\nBedömning\nText.\n");
  CHECK(Hits.size() == 2);
}

TEST_CASE("section-content: text in nested sections counts",
          "[rules][section-content]") {
  auto R = kroppsfunktioner();
  CHECK(run(R, "# Kroppsfunktioner\n## Syn\nElsa ser dåligt på vänster öga.\n").empty());
  std::vector<Hit> Hits = run(R, "# Kroppsfunktioner\n## Syn\nua\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Text == "# Kroppsfunktioner");
}

TEST_CASE("section-content: other sections and document types are ignored",
          "[rules][section-content]") {
  auto R = kroppsfunktioner();
  CHECK(run(R, "Hälsotillstånd\n-\n\nHemliv\n\n").empty());
  Case Plan = readCase("g.txt", textDocument("Genomförandeplan", "Kroppsfunktioner\n-\n"));
  CHECK(check(R, Plan).empty());
}

TEST_CASE("section-content: XML sections are reported at the element",
          "[rules][section-content]") {
  auto R = kroppsfunktioner();
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9974\">\n"
                    "<document id=\"U\" type=\"utredning\">\n"
                    "    <section kind=\"relaterad-faktor\" faktor=\"kroppsfunktioner\" "
                    "heading=\"Kroppsfunktioner\"><p>Se journal.</p></section>\n"
                    "</document></case></ibic-export>\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 3);
  CHECK(Hits[0].Column == 5);
  CHECK(Hits[0].Document == "U");
}

TEST_CASE("section-content: unknown parameters and units are rejected",
          "[rules][section-content]") {
  // The old place of the selector: under parameters it selected nothing.
  CHECK(rejects("section-content", "parameters: {section: {kind: livsomrade}}",
                "parametern 'section' används inte av regeltypen section-content"));
  CHECK(rejects("section-content", "parameters: {placeholder: ['-']}",
                "parametern 'placeholder' används inte av regeltypen section-content"));
  // Content is judged per section; a paragraph unit would call every short
  // paragraph empty.
  CHECK(rejects("section-content", "scope: {unit: paragraph}",
                "läser enheten section, inte 'paragraph'"));
}
