// Tests for Document/XmlReader: the XML interchange format, entity decoding
// with exact source offsets, sections classified from headings, and the
// errors a well-formed but wrong file gets.
#include "Document/Reader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using ibic::test::reference;

namespace {

ReadResult read(llvm::StringRef Text, llvm::StringRef Name = "export/fil.xml") {
  return readBuffer(Name, Text.str(), reference());
}

Case readOne(llvm::StringRef Text) {
  ReadResult R = read(Text);
  INFO("first error: " << (R.Errors.empty() ? "" : R.Errors.front().Message));
  REQUIRE(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  return std::move(R.Cases.front());
}

LineColumn where(const Document &D, uint32_t Offset) {
  return D.File->locate(Offset);
}

/// Wraps document elements in an export with one case; the documents start
/// on line 3.
std::string exportWith(llvm::StringRef Documents) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<ibic-export version=\"1\"><case id=\"2025-9950\" avdelning=\"Hemtjänst\">\n" +
         Documents.str() + "</case></ibic-export>\n";
}

const char *SpecExample =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                              // 1
    "<ibic-export version=\"1\">\n"                                             // 2
    "  <case id=\"2024-0142\" avdelning=\"Hemtjänst\" enhet=\"Haga hemtjänst\" "
    "lagrum=\"SoL\">\n"                                                         // 3
    "    <document id=\"U-1\" type=\"utredning\" date=\"2024-03-02\" "
    "author-role=\"handläggare\">\n"                                            // 4
    "      <section kind=\"enskildes-uppfattning\" heading=\"Den enskildes "
    "uppfattning\">\n"                                                          // 5
    "        <p>Elsa berättar att hon vill klara morgonen själv.</p>\n"         // 6
    "      </section>\n"                                                        // 7
    "      <section kind=\"livsomrade\" livsomrade=\"personlig-vard\" "
    "heading=\"Personlig vård\">\n"                                             // 8
    "        <assessment icf=\"d510\" level=\"2\" target-level=\"1\"/>\n"       // 9
    "        <p>Elsa tvättar sig själv vid handfatet.</p>\n"                    // 10
    "      </section>\n"                                                        // 11
    "      <section kind=\"relaterad-faktor\" faktor=\"kroppsfunktioner\" "
    "heading=\"Kroppsfunktioner\">\n"                                           // 12
    "        <p>Elsa ser dåligt.</p>\n"                                         // 13
    "      </section>\n"                                                        // 14
    "    </document>\n"                                                         // 15
    "    <document id=\"J-7\" type=\"journalanteckning\" date=\"2024-03-05T08:12\"\n"
    "              author-role=\"undersköterska\" livsomrade=\"personlig-vard\">\n"
    "      <p>Elsa duschade.</p>\n"                                             // 18
    "    </document>\n"
    "  </case>\n"
    "</ibic-export>\n";

} // namespace

TEST_CASE("the example of input-formats.md reads completely", "[reader][xml]") {
  Case C = readOne(SpecExample);
  CHECK(C.Id == "2024-0142");
  CHECK(C.Avdelning == "Hemtjänst");
  CHECK(C.Enhet == "Haga hemtjänst");
  CHECK(C.Lagrum == "SoL");
  CHECK(C.Files == std::vector<std::string>{"export/fil.xml"});
  REQUIRE(C.Documents.size() == 2);

  const Document &U = C.Documents[0];
  CHECK(U.Id == "U-1");
  CHECK(U.Type == "utredning");
  CHECK(U.Date == "2024-03-02");
  CHECK(U.AuthorRole == "handläggare");
  CHECK(where(U, U.Offset).Line == 4);
  CHECK(where(U, U.Offset).Column == 5); // the '<' of <document
  REQUIRE(U.Sections.size() == 3);

  const Section &EU = U.Sections[0];
  CHECK(EU.Kind == "enskildes-uppfattning");
  CHECK(EU.Heading == "Den enskildes uppfattning");
  CHECK(where(U, EU.Offset).Line == 5);
  CHECK(where(U, EU.Offset).Column == 7);
  REQUIRE(EU.Paragraphs.size() == 1);
  CHECK(EU.Paragraphs[0].Text == "Elsa berättar att hon vill klara morgonen själv.");
  CHECK(where(U, EU.Paragraphs[0].Offset).Line == 6);
  CHECK(where(U, EU.Paragraphs[0].Offset).Column == 12);

  const Section &PV = U.Sections[1];
  CHECK(PV.Kind == "livsomrade");
  CHECK(PV.LifeArea == "personlig-vard");
  REQUIRE(PV.Assessments.size() == 1);
  CHECK(PV.Assessments[0].Icf == "d510");
  CHECK(PV.Assessments[0].Level == 2);
  CHECK(PV.Assessments[0].TargetLevel == 1);
  CHECK(PV.Assessments[0].Outcome.empty());
  CHECK(where(U, PV.Assessments[0].Offset).Line == 9);
  CHECK(where(U, PV.Assessments[0].Offset).Column == 9);

  const Section &KF = U.Sections[2];
  CHECK(KF.Kind == "relaterad-faktor");
  CHECK(KF.Factor == "kroppsfunktioner");
  CHECK(KF.LifeArea.empty());

  const Document &J = C.Documents[1];
  CHECK(J.Id == "J-7");
  CHECK(J.Type == "journalanteckning");
  CHECK(J.Date == "2024-03-05T08:12");
  CHECK(J.AuthorRole == "undersköterska");
  CHECK(J.LifeArea == "personlig-vard");
  CHECK(J.Sections.empty());
  REQUIRE(J.Paragraphs.size() == 1);
  CHECK(J.Paragraphs[0].Text == "Elsa duschade.");
  CHECK(where(J, J.Paragraphs[0].Offset).Line == 18);
}

TEST_CASE("entities are decoded and offsets still point into the source",
          "[reader][xml]") {
  Case C = readOne(exportWith(
      "<document id=\"U\" type=\"utredning\"><section kind=\"hemliv\" "
      "heading=\"Hem &amp; hushåll\">\n"
      "<p>Hon &amp; han &#228;r &#xE4;nnu &lt;glada&gt; &quot;nu&quot; &okänd; vägrade.</p>\n"
      "</section></document>\n"));
  const Document &D = C.Documents.at(0);
  const Section &S = D.Sections.at(0);
  CHECK(S.Heading == "Hem & hushåll");
  REQUIRE(S.Paragraphs.size() == 1);
  const TextSpan &P = S.Paragraphs[0];
  CHECK(P.Text == "Hon & han är ännu <glada> \"nu\" &okänd; vägrade.");
  llvm::StringRef Source = D.File->contents();
  // Every word maps back to the same word in the file.
  for (llvm::StringRef Word : {"Hon", "han", "nnu", "glada", "vägrade"}) {
    INFO(Word.str());
    size_t InText = llvm::StringRef(P.Text).find(Word);
    REQUIRE(InText < P.Text.size());
    uint32_t At = P.sourceOffset(InText);
    CHECK(Source.substr(At, Word.size()) == Word);
  }
  // The end of the last word maps to the end of the same word in the source.
  size_t End = llvm::StringRef(P.Text).find("vägrade") + llvm::StringRef("vägrade").size();
  CHECK(Source.substr(P.sourceOffset(End), 5) == ".</p>");
  // A decoded entity maps back to the whole reference.
  size_t Quote = llvm::StringRef(P.Text).find('"');
  CHECK(Source.substr(P.sourceOffset(Quote), 6) == "&quot;");
  CHECK(Source.substr(P.sourceOffset(Quote + 1), 2) == "nu");
  // And the column of "vägrade" counts the entities as written.
  LineColumn At = where(D, P.sourceOffset(llvm::StringRef(P.Text).find("vägrade")));
  CHECK(At.Line == 4);
  CHECK(At.Column == 73);
}

TEST_CASE("CDATA text is read verbatim", "[reader][xml]") {
  Case C = readOne(exportWith(
      "<document id=\"U\" type=\"utredning\"><section heading=\"Hemliv\">"
      "<p><![CDATA[Disk & städ <varje> dag]]></p></section></document>\n"));
  const TextSpan &P = C.Documents.at(0).Sections.at(0).Paragraphs.at(0);
  CHECK(P.Text == "Disk & städ <varje> dag");
  CHECK(C.Documents[0].File->contents().substr(P.Offset, P.Text.size()) == P.Text);
}

TEST_CASE("a section without kind is classified from its heading",
          "[reader][xml]") {
  Case C = readOne(exportWith(
      "<document id=\"U\" type=\"utredning\">\n"
      "<section heading=\"Personlig vård\"><p>a</p></section>\n"
      "<section heading=\"kroppsfunktioner:\"><p>b</p></section>\n"
      "<section heading=\"Hygien\"><p>c</p></section>\n"
      "<section kind=\"ovrigt\" heading=\"Personlig vård\"><p>d</p></section>\n"
      "</document>\n"));
  const Document &D = C.Documents.at(0);
  REQUIRE(D.Sections.size() == 4);
  CHECK(D.Sections[0].Kind == "livsomrade");
  CHECK(D.Sections[0].LifeArea == "personlig-vard");
  CHECK(D.Sections[1].Kind == "relaterad-faktor");
  CHECK(D.Sections[1].Factor == "kroppsfunktioner");
  CHECK(D.Sections[2].Kind.empty());
  CHECK(D.Sections[2].Heading == "Hygien");
  // A given kind wins over the heading.
  CHECK(D.Sections[3].Kind == "ovrigt");
  CHECK(D.Sections[3].LifeArea.empty());
}

TEST_CASE("sections nest and mixed text is kept", "[reader][xml]") {
  Case C = readOne(exportWith(
      "<document id=\"G\" type=\"genomforandeplan\">\n"
      "<section kind=\"genomforande\" heading=\"Genomförande\">Inledning.\n"
      "  <section heading=\"Morgon\"><p>Vad: dusch</p><p>Hur: <b>själv</b> "
      "med stöd</p></section>\n"
      "</section></document>\n"));
  const Section &G = C.Documents.at(0).Sections.at(0);
  REQUIRE(G.Paragraphs.size() == 1);
  CHECK(llvm::StringRef(G.Paragraphs[0].Text).trim() == "Inledning.");
  REQUIRE(G.Children.size() == 1);
  const Section &M = G.Children[0];
  CHECK(M.Heading == "Morgon");
  CHECK(M.Kind.empty());
  REQUIRE(M.Paragraphs.size() >= 2);
  CHECK(M.Paragraphs[0].Text == "Vad: dusch");
  std::string All = G.allText();
  CHECK_THAT(All, Catch::Contains("Vad: dusch"));
  CHECK_THAT(All, Catch::Contains("själv"));
  CHECK_THAT(All, Catch::Contains("med stöd"));
}

TEST_CASE("assessment attributes", "[reader][xml]") {
  Case C = readOne(exportWith(
      "<document id=\"F\" type=\"uppfoljning\"><section kind=\"livsomrade\" "
      "livsomrade=\"hemliv\" heading=\"Hemliv\">\n"
      "<assessment icf=\"d640\" level=\" 3 \" target-level=\"x\" outcome=\"Delvis\"/>\n"
      "<assessment icf=\"d620\"/>\n"
      "</section></document>\n"));
  const Section &S = C.Documents.at(0).Sections.at(0);
  REQUIRE(S.Assessments.size() == 2);
  CHECK(S.Assessments[0].Level == 3);
  CHECK_FALSE(S.Assessments[0].TargetLevel.has_value());
  CHECK(S.Assessments[0].Outcome == "delvis");
  CHECK_FALSE(S.Assessments[1].Level.has_value());
  CHECK(S.Assessments[1].Outcome.empty());
  CHECK(where(C.Documents[0], S.Assessments[1].Offset).Line == 5);
}

TEST_CASE("unknown elements and attributes are ignored", "[reader][xml]") {
  Case C = readOne(
      "<ibic-export version=\"1\" system=\"X\">\n"
      "<meta><exported>2025-01-01</exported></meta>\n"
      "<case id=\"2025-9951\" prioritet=\"hög\">\n"
      "<bilaga namn=\"a.pdf\"/>\n"
      "<document id=\"U\" type=\"utredning\" version=\"3\"><section "
      "heading=\"Hemliv\" farg=\"röd\"><p>Disk.</p></section></document>\n"
      "</case></ibic-export>\n");
  CHECK(C.Id == "2025-9951");
  REQUIRE(C.Documents.size() == 1);
  CHECK(C.Documents[0].Sections.at(0).Paragraphs.at(0).Text == "Disk.");
}

TEST_CASE("one file may hold several cases", "[reader][xml]") {
  ReadResult R = read(
      "<ibic-export version=\"1\">\n"
      "<case id=\"2025-9952\" avdelning=\"A\"><document id=\"U\" type=\"utredning\"/></case>\n"
      "<case id=\"2025-9953\" avdelning=\"B\" enhet=\"B1\"><document id=\"G\" "
      "type=\"Genomförandeplan\"/></case>\n"
      "</ibic-export>\n");
  CHECK(R.Errors.empty());
  REQUIRE(R.Cases.size() == 2);
  CHECK(R.Cases[0].Id == "2025-9952");
  CHECK(R.Cases[1].Id == "2025-9953");
  CHECK(R.Cases[1].Enhet == "B1");
  // The type may also be written as a Swedish word.
  CHECK(R.Cases[1].Documents.at(0).Type == "genomforandeplan");
}

TEST_CASE("documents without id still get distinct ids", "[reader][xml]") {
  Case C = readOne(exportWith("<document type=\"journalanteckning\"><p>a</p></document>\n"
                              "<document type=\"journalanteckning\"><p>b</p></document>\n"));
  REQUIRE(C.Documents.size() == 2);
  CHECK_FALSE(C.Documents[0].Id.empty());
  CHECK(C.Documents[0].Id != C.Documents[1].Id);
}

TEST_CASE("the root element must be ibic-export", "[reader][xml]") {
  ReadResult R = read("<?xml version=\"1.0\"?>\n<export><case id=\"1\"/></export>\n");
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].File == "export/fil.xml");
  CHECK(R.Errors[0].Line == 2);
  CHECK(R.Errors[0].Column == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("ibic-export"));
}

TEST_CASE("an export without cases is reported", "[reader][xml]") {
  ReadResult R = read("<ibic-export version=\"1\">\n</ibic-export>\n");
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("case"));
}

TEST_CASE("an unknown document type skips that document only", "[reader][xml]") {
  ReadResult R = read(exportWith(
      "<document id=\"X\" type=\"anteckning\"/>\n"
      "<document id=\"U\" type=\"utredning\"/>\n"));
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 3);
  CHECK(R.Errors[0].Column == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("'anteckning'"));
  REQUIRE(R.Cases.size() == 1);
  REQUIRE(R.Cases[0].Documents.size() == 1);
  CHECK(R.Cases[0].Documents[0].Id == "U");
}

TEST_CASE("unknown life areas and factors are reported", "[reader][xml]") {
  ReadResult R = read(exportWith(
      "<document id=\"J\" type=\"journalanteckning\" livsomrade=\"hygien\"><p>a</p></document>\n"
      "<document id=\"U\" type=\"utredning\">\n"
      "<section kind=\"relaterad-faktor\" faktor=\"smarta\" heading=\"Smärta\"/>\n"
      "</document>\n"));
  REQUIRE(R.Errors.size() == 2);
  CHECK(R.Errors[0].Line == 3);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("'hygien'"));
  CHECK(R.Errors[1].Line == 5);
  CHECK_THAT(R.Errors[1].Message, Catch::Contains("'smarta'"));
  // The documents are still read, without the unknown value.
  REQUIRE(R.Cases.size() == 1);
  REQUIRE(R.Cases[0].Documents.size() == 2);
  CHECK(R.Cases[0].Documents[0].LifeArea.empty());
  CHECK(R.Cases[0].Documents[1].Sections.at(0).Factor.empty());
}

TEST_CASE("CRLF and a byte order mark keep offsets exact", "[reader][xml]") {
  ReadResult R = read("\xEF\xBB\xBF<ibic-export version=\"1\">\r\n"
                      "<case id=\"2025-9954\">\r\n"
                      "  <document id=\"U\" type=\"utredning\">\r\n"
                      "    <section heading=\"Hemliv\"><p>Disk.</p></section>\r\n"
                      "  </document>\r\n</case></ibic-export>\r\n");
  REQUIRE(R.Errors.empty());
  const Document &D = R.Cases.at(0).Documents.at(0);
  CHECK(where(D, D.Offset).Line == 3);
  CHECK(where(D, D.Offset).Column == 3);
  const Section &S = D.Sections.at(0);
  CHECK(where(D, S.Offset).Line == 4);
  CHECK(where(D, S.Offset).Column == 5);
  CHECK(where(D, S.Paragraphs.at(0).Offset).Column == 34);
}

TEST_CASE("XML nested deeper than the limit is refused where it gets too deep",
          "[xml][bad][limits]") {
  // Deep enough to overflow the stack of a reader that recursed per level.
  const int Depth = 11500;
  std::string Text = "<ibic-export version=\"1\"><case id=\"d\"><document "
                     "id=\"U\" type=\"utredning\">\n";
  for (int I = 0; I < Depth; ++I)
    Text += "<section>\n";
  Text += "<p>x</p>\n";
  for (int I = 0; I < Depth; ++I)
    Text += "</section>\n";
  Text += "</document></case></ibic-export>\n";
  ReadResult R = read(Text);
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Cases.empty());
  // ibic-export, case and document are levels 1–3 on line 1.
  CHECK(R.Errors[0].Line == 99);
  CHECK(R.Errors[0].Column == 1);
  CHECK_THAT(R.Errors[0].Message,
             Catch::Contains("nästlade i mer än 100 nivåer"));
  Limits Shallow;
  Shallow.MaxDepth = 5;
  R = readBuffer("export/fil.xml", Text, reference(), Shallow);
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 4);
}

TEST_CASE("an unknown life area is a remark on a file that is still read",
          "[xml][bad]") {
  ReadResult R =
      read("<ibic-export version=\"1\"><case id=\"1\"><document "
           "id=\"J\" type=\"journalanteckning\" livsomrade=\"tradgard\">"
           "<p>Hon vattnade.</p></document></case></ibic-export>\n");
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Audited);
  REQUIRE(R.Cases.size() == 1);
  CHECK(R.Cases[0].Documents.size() == 1);
}
