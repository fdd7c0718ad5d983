// Tests for Rules/Kinds/HeadingNameRule: a heading written with an older or
// other name, with the current name as the suggestion for exactly the
// heading text.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

/// \p Text with the span of \p H replaced by its suggestion. The span is
/// found by line and column on the single-line headings used here.
std::string applySuggestion(llvm::StringRef Text, const Hit &H) {
  size_t LineStart = 0;
  for (unsigned L = 1; L < H.Line; ++L)
    LineStart = Text.find('\n', LineStart) + 1;
  size_t At = Text.find(H.Text, LineStart);
  return (Text.take_front(At) + H.Suggestion + Text.drop_front(At + H.Text.size())).str();
}

} // namespace

TEST_CASE("heading-name: an alias heading is a finding on the heading text",
          "[rules][heading-name]") {
  auto R = goodRule("heading-name", "", "{section} → {value}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Viktiga livsområden\nArbetar halvtid.\n\n"  // 4
                                          "Hemliv\nDisk.\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].EndLine == 4);
  CHECK(Hits[0].EndColumn == 20);
  CHECK(Hits[0].Text == "Viktiga livsområden");
  CHECK(Hits[0].Suggestion == "Utbildning, arbete, sysselsättning och ekonomiskt liv");
  CHECK(Hits[0].Message ==
        "Viktiga livsområden → Utbildning, arbete, sysselsättning och ekonomiskt liv");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
}

TEST_CASE("heading-name: the span leaves out markup, indentation and colon",
          "[rules][heading-name]") {
  auto R = goodRule("heading-name", "");
  std::vector<Hit> Hits = run(R, "## Rörlighet\nGår med rollator.\n\n"   // 4
                                  "  Trygghet:\nOrolig på natten.\n\n"   // 7
                                  "Sammanfattande bedömning\nBehov finns.\n");  // 10
  REQUIRE(Hits.size() == 3);
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 4);
  CHECK(Hits[0].Text == "Rörlighet");
  CHECK(Hits[0].Suggestion == "Förflyttning");
  CHECK(Hits[1].Line == 7);
  CHECK(Hits[1].Column == 3);
  CHECK(Hits[1].Text == "Trygghet");
  CHECK(Hits[1].Suggestion == "Känsla av trygghet");
  // Section kinds have older names too.
  CHECK(Hits[2].Line == 10);
  CHECK(Hits[2].Text == "Sammanfattande bedömning");
  CHECK(Hits[2].Suggestion == "Bedömning");
}

TEST_CASE("heading-name: current names, case and unknown headings are fine",
          "[rules][heading-name]") {
  auto R = goodRule("heading-name", "");
  CHECK(run(R, "Förflyttning\nA.\n\nKänsla av trygghet\nB.\n\n"
                "## Inköp\nC.\n\nBEDÖMNING\nD.\n")
            .empty());
}

TEST_CASE("heading-name: applying the suggestion quiets the rule",
          "[rules][heading-name]") {
  auto R = goodRule("heading-name", "");
  std::string Text = textDocument("Utredning", "## Rörlighet\nGår med rollator.\n\n"
                                               "Trygghet:\nOrolig.\n");
  std::vector<Hit> Hits = check(R, readCase("u.txt", Text));
  REQUIRE(Hits.size() == 2);
  // Replace from the last, so the first span's offsets stay valid.
  Text = applySuggestion(Text, Hits[1]);
  Text = applySuggestion(Text, Hits[0]);
  CHECK(Text == textDocument("Utredning", "## Förflyttning\nGår med rollator.\n\n"
                                          "Känsla av trygghet:\nOrolig.\n"));
  Case Fixed = readCase("u.txt", Text);
  CHECK(check(R, Fixed).empty());
  REQUIRE(Fixed.Documents[0].Sections.size() == 2);
  CHECK(Fixed.Documents[0].Sections[0].LifeArea == "forflyttning");
  CHECK(Fixed.Documents[0].Sections[1].LifeArea == "trygghet");
}

TEST_CASE("heading-name: a subtitle is kept out of the span",
          "[rules][heading-name]") {
  // "## Rörlighet: utomhus" is Förflyttning with a subtitle; the
  // suggestion replaces the old name, not the subtitle.
  auto R = goodRule("heading-name", "");
  std::vector<Hit> Hits = run(R, "## Rörlighet: utomhus\nGår med rollator.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Column == 4);
  CHECK(Hits[0].Text == "Rörlighet");
  CHECK(Hits[0].Suggestion == "Förflyttning");
}

TEST_CASE("heading-name: section and document-types select",
          "[rules][heading-name]") {
  auto R = goodRule("heading-name",
                    "scope: {document-types: [utredning], section: {kind: livsomrade}}");
  const char *Body = "Rörlighet\nA.\n\nSammanfattande bedömning\nB.\n\nKroppsfunktion\nC.\n";
  std::vector<Hit> Hits = run(R, Body);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Text == "Rörlighet");
  CHECK(check(R, readCase("p.txt", textDocument("Genomförandeplan", Body))).empty());
  // A bad selector is an error.
  RuleUnderTest Bad = compileRule("heading-name", "scope: {section: {kind: rubrik}}");
  REQUIRE(Bad.Errors.size() == 1);
  CHECK_THAT(Bad.Errors[0], Catch::Contains("'rubrik'"));
}

TEST_CASE("heading-name: unknown parameters and units are rejected",
          "[rules][heading-name]") {
  // The kind has no parameters: anything under parameters is a mistake,
  // such as a section selector left there from before scope existed.
  CHECK(rejects("heading-name", "parameters: {section: {kind: livsomrade}}",
                "parametern 'section' används inte av regeltypen heading-name"));
  // A heading belongs to a section; a document unit has no one heading.
  CHECK(rejects("heading-name", "scope: {unit: document}",
                "läser enheten section, inte 'document'"));
}
