// Tests for Document/DocxReader: Word documents built here with libzip from
// inline WordprocessingML, as LibreOffice and Swedish Word write them.
// Heading styles resolved through styles.xml, the header as paragraphs or a
// two-column table, tables as text, positions as paragraph numbers, and
// every kind of broken file as one Swedish diagnostic that quotes nothing
// of it. tests/e2e/docx-libreoffice.sh has documents from a real producer.
#include "Document/Reader.h"
#include "TestSupport.h"
#include "ZipWriter.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace ibic;
using ibic::test::engine;
using ibic::test::reference;
using ibic::test::ZipEntry;

namespace {

using Parts = std::vector<ZipEntry>;

/// A zip archive holding \p Entries; \p Password encrypts every entry
/// (AES-256) when libzip can, and \p Encrypted says whether it could.
std::string archive(const Parts &Entries, const char *Password = nullptr,
                  bool *Encrypted = nullptr) {
  std::optional<std::string> Bytes =
      test::zipOf(Entries, {false, Password}, Encrypted);
  REQUIRE(Bytes);
  return *Bytes;
}

const char WordNs[] =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string documentXml(const std::string &Body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                     "standalone=\"yes\"?>\n<w:document ") +
         WordNs + "><w:body>" + Body +
         "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>"
         "</w:body></w:document>";
}

/// A paragraph with style id \p Style (none when empty).
std::string p(const std::string &Text, const std::string &Style = "") {
  std::string Out = "<w:p>";
  if (!Style.empty())
    Out += "<w:pPr><w:pStyle w:val=\"" + Style + "\"/></w:pPr>";
  return Out + "<w:r><w:t xml:space=\"preserve\">" + Text +
         "</w:t></w:r></w:p>";
}

std::string row(const std::vector<std::string> &Cells) {
  std::string Out = "<w:tr>";
  for (const std::string &C : Cells)
    Out += "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" +
           p(C) + "</w:tc>";
  return Out + "</w:tr>";
}

std::string table(const std::vector<std::vector<std::string>> &Rows) {
  std::string Out =
      "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>";
  for (const auto &R : Rows)
    Out += row(R);
  return Out + "</w:tbl>";
}

struct Style {
  std::string Id, Name, BasedOn;
};

std::string stylesXml(const std::vector<Style> &Styles) {
  std::string Out = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<w:styles ") +
                    WordNs + ">";
  for (const Style &S : Styles) {
    Out += "<w:style w:type=\"paragraph\" w:styleId=\"" + S.Id +
           "\"><w:name w:val=\"" + S.Name + "\"/>";
    if (!S.BasedOn.empty())
      Out += "<w:basedOn w:val=\"" + S.BasedOn + "\"/>";
    Out += "</w:style>";
  }
  return Out + "</w:styles>";
}

/// A .docx with \p Body and, unless empty, \p Styles.
std::string docx(const std::string &Body,
                 const std::vector<Style> &Styles = {}) {
  Parts Entries = {{"[Content_Types].xml", "<Types/>"},
                   {"word/document.xml", documentXml(Body)}};
  if (!Styles.empty())
    Entries.push_back({"word/styles.xml", stylesXml(Styles)});
  return archive(Entries);
}

std::string headerParagraphs(const std::string &Type) {
  return p("Ärende: 2025-9950") + p("Avdelning: Hemtjänst") +
         p("Enhet: Hemtjänst Lindbacka") + p("Lagrum: SoL") +
         p("Dokument: " + Type) + p("Datum: 2025-04-02");
}

ReadResult read(const std::string &Bytes, const Limits &Lim = {}) {
  return readBuffer("mapp/2025-9950-utredning.docx", Bytes, reference(), Lim);
}

Case readOne(const std::string &Bytes) {
  ReadResult R = read(Bytes);
  INFO("first error: " << (R.Errors.empty() ? "" : R.Errors.front().Message));
  REQUIRE(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  return std::move(R.Cases.front());
}

/// A body with sections under heading paragraphs of style ids \p H1, \p H2.
std::string utredning(const std::string &H1, const std::string &H2) {
  return headerParagraphs("Utredning") + p("Utredning", H1) +
         p("Den enskildes uppfattning", H2) +
         p("Elsa berättar att hon vill klara morgonen själv.") +
         p("Morgonen", H2) + p("Hon duschar med stöd två gånger i veckan.") +
         p("Personlig vård", H2) +
         p("Bedömning: d510 Att tvätta sig – måttlig begränsning (2). "
           "Avsett: lätt begränsning (1).");
}

/// The sections of \p D as "level heading (kind/life area)" lines, nested
/// sections indented.
std::vector<std::string> outline(const Document &D) {
  std::vector<std::string> Out;
  std::function<void(const Section &, std::string)> Add =
      [&](const Section &S, std::string Indent) {
        Out.push_back(Indent + S.Heading + " (" + S.Kind +
                      (S.LifeArea.empty() ? "" : "/" + S.LifeArea) + ")");
        for (const Section &C : S.Children)
          Add(C, Indent + "  ");
      };
  for (const Section &S : D.Sections)
    Add(S, "");
  return Out;
}

const std::vector<std::string> ExpectedOutline = {
    "Utredning ()",
    "  Den enskildes uppfattning (enskildes-uppfattning)",
    "  Morgonen ()",
    "  Personlig vård (livsomrade/personlig-vard)",
};

/// The single diagnostic of a file that could not be read at all.
Diagnostic refusal(const std::string &Bytes, const Limits &Lim = {}) {
  ReadResult R = read(Bytes, Lim);
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  const Diagnostic &D = R.Errors[0];
  CHECK(D.File == "mapp/2025-9950-utredning.docx");
  // The whole file, with nothing of its bytes to show.
  CHECK(D.Line == 0);
  CHECK(D.SourceLine.empty());
  CHECK_FALSE(D.Audited);
  CHECK_FALSE(llvm::StringRef(D.Message).contains("PK"));
  CHECK_FALSE(llvm::StringRef(D.Message).contains('\0'));
  return D;
}

} // namespace

TEST_CASE("a .docx from LibreOffice: heading styles by name",
          "[reader][docx]") {
  // LibreOffice writes style id "Heading1" with the name "heading 1".
  Case C = readOne(docx(utredning("Heading1", "Heading2"),
                        {{"Normal", "Normal", ""},
                         {"Heading1", "heading 1", "Normal"},
                         {"Heading2", "heading 2", "Normal"}}));
  CHECK(C.Id == "2025-9950");
  CHECK(C.Avdelning == "Hemtjänst");
  CHECK(C.Enhet == "Hemtjänst Lindbacka");
  CHECK(C.Lagrum == "SoL");
  CHECK(C.Files == std::vector<std::string>{"mapp/2025-9950-utredning.docx"});
  REQUIRE(C.Documents.size() == 1);
  const Document &D = C.Documents[0];
  CHECK(D.Type == "utredning");
  CHECK(D.Date == "2025-04-02");
  CHECK(D.Id == "2025-9950-utredning");
  CHECK(outline(D) == ExpectedOutline);
  const Section &PV = D.Sections[0].Children[2];
  REQUIRE(PV.Assessments.size() == 1);
  CHECK(PV.Assessments[0].Icf == "d510");
  CHECK(PV.Assessments[0].Level == 2);
  CHECK(PV.Assessments[0].TargetLevel == 1);
}

TEST_CASE("a .docx from Swedish Word: Rubrik styles", "[reader][docx]") {
  // Swedish Word: id "Rubrik1" named "heading 1" (built-in), and a
  // document that names the style in Swedish.
  CHECK(outline(readOne(docx(utredning("Rubrik1", "Rubrik2"),
                             {{"Normal", "Normal", ""},
                              {"Rubrik1", "heading 1", "Normal"},
                              {"Rubrik2", "heading 2", "Normal"}}))
                    .Documents[0]) == ExpectedOutline);
  CHECK(outline(readOne(docx(utredning("Rubrik1", "Rubrik2"),
                             {{"Rubrik1", "Rubrik 1", ""},
                              {"Rubrik2", "Rubrik 2", ""}}))
                    .Documents[0]) == ExpectedOutline);
  // Without styles.xml the id itself tells.
  CHECK(outline(readOne(docx(utredning("Rubrik1", "Heading2"))).Documents[0]) ==
        ExpectedOutline);
  // A style of one's own based on a heading style is a heading; the style
  // ids of other languages are found by name.
  CHECK(outline(readOne(docx(utredning("berschrift1", "MinRubrik"),
                             {{"berschrift1", "heading 1", ""},
                              {"berschrift2", "heading 2", ""},
                              {"MinRubrik", "Min rubrik", "berschrift2"}}))
                    .Documents[0]) == ExpectedOutline);
}

TEST_CASE("a .docx: part names are case-insensitive", "[reader][docx]") {
  // Open Packaging compares part names without case; some tools write
  // them in capitals.
  Case C = readOne(archive(
      {{"Word/Document.xml",
        documentXml(headerParagraphs("Utredning") + p("Hemliv", "S2"))},
       {"WORD/STYLES.XML", stylesXml({{"S2", "heading 2", ""}})}}));
  CHECK(outline(C.Documents[0]) ==
        std::vector<std::string>{"Hemliv (livsomrade/hemliv)"});
}

TEST_CASE("a .docx: a paragraph without heading style is text",
          "[reader][docx]") {
  // "Rubrik" alone is Swedish Word's name for the Title style.
  Case C = readOne(docx(
      headerParagraphs("Utredning") + p("Utredning om hemtjänst", "Rubrik") +
          p("Morgonen", "Normal") + p("Hon vill duscha själv."),
      {{"Rubrik", "Title", ""}, {"Normal", "Normal", ""}}));
  const Document &D = C.Documents[0];
  CHECK(D.Sections.empty());
  REQUIRE(D.Paragraphs.size() == 3);
  CHECK(D.Paragraphs[1].Text == "Morgonen");
  // A known heading alone is one without a style, as in a text export.
  Case Known = readOne(docx(headerParagraphs("Utredning") +
                            p("Personlig vård") + p("Hon vill duscha själv.")));
  CHECK(outline(Known.Documents[0]) ==
        std::vector<std::string>{"Personlig vård (livsomrade/personlig-vard)"});
}

TEST_CASE("a .docx: the header is paragraphs or a two-column table",
          "[reader][docx]") {
  std::string Body = p("Personlig vård", "Heading2") + p("Hon duschar själv.");
  Case FromParagraphs =
      readOne(docx(headerParagraphs("Genomförandeplan") + Body));
  Case FromTable = readOne(docx(table({{"Ärende:", "2025-9950"},
                                       {"Avdelning", "Hemtjänst"},
                                       {"Enhet", "Hemtjänst Lindbacka"},
                                       {"Lagrum", "SoL"},
                                       {"Dokument", "Genomförandeplan"},
                                       {"Datum", "2025-04-02"}}) +
                                Body));
  for (const Case *C : {&FromParagraphs, &FromTable}) {
    CHECK(C->Id == "2025-9950");
    CHECK(C->Avdelning == "Hemtjänst");
    CHECK(C->Enhet == "Hemtjänst Lindbacka");
    REQUIRE(C->Documents.size() == 1);
    CHECK(C->Documents[0].Type == "genomforandeplan");
    CHECK(C->Documents[0].Date == "2025-04-02");
    CHECK(
        outline(C->Documents[0]) ==
        std::vector<std::string>{"Personlig vård (livsomrade/personlig-vard)"});
  }
  // Word has no blank line to end the header: it ends at the first
  // paragraph that is no "Key: value" field, here a paragraph of text.
  Case C = readOne(docx(headerParagraphs("Utredning") + p("Elsa bor ensam.") +
                        p("Hon vill bo kvar.")));
  CHECK(C.Documents[0].Paragraphs.size() == 2);
  // The ids of a Word document are found before it is read, as a text
  // file's are.
  CHECK(caseIdsInText("a.docx", docx(headerParagraphs("Utredning") + Body)) ==
        std::vector<std::string>{"2025-9950"});
  CHECK(caseIdsInText("a.docx", "inte en zip").empty());
}

TEST_CASE("a .docx without case number says what to write", "[reader][docx]") {
  ReadResult R = read(docx(p("Utredning", "Heading1") + p("Text.")));
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("'Ärende: <nummer>'") &&
                                      Catch::Contains("tabell"));
}

TEST_CASE("a .docx: tables become text", "[reader][docx]") {
  Case C = readOne(docx(
      headerParagraphs("Genomförandeplan") + p("Personlig vård", "Heading2") +
      table({{"Vad", "Stöd vid dusch"},
             {"Hur:", "Elsa tvättar sig själv, personalen hjälper med ryggen"},
             {"När", "Tisdagar och fredagar 08.00"},
             {"Vem", "Kontaktpersonen"}}) +
      p("Tider", "Heading2") +
      table({{"Dag", "Tid", "Insats"}, {"Måndag", "", "Promenad"}})));
  const Document &D = C.Documents[0];
  REQUIRE(D.Sections.size() == 2);
  std::vector<std::string> Texts;
  for (const TextSpan &S : D.Sections[0].Paragraphs)
    Texts.push_back(S.Text);
  CHECK(Texts ==
        std::vector<std::string>{
            "Vad: Stöd vid dusch",
            "Hur: Elsa tvättar sig själv, personalen hjälper med ryggen",
            "När: Tisdagar och fredagar 08.00", "Vem: Kontaktpersonen"});
  REQUIRE(D.Sections[1].Paragraphs.size() == 2);
  CHECK(D.Sections[1].Paragraphs[0].Text == "Dag\tTid\tInsats");
  CHECK(D.Sections[1].Paragraphs[1].Text == "Måndag\tPromenad");
}

TEST_CASE("a .docx: runs, tracked changes, fields and breaks",
          "[reader][docx]") {
  std::string Tricky =
      "<w:p><w:r><w:t>Hon </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
      "<w:t>duschar</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
      "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>inte </w:delText>"
      "</w:r></w:del><w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>själv</w:t>"
      "</w:r></w:ins><w:r><w:br/><w:t>på</w:t><w:tab/><w:t>morgonen</w:t>"
      "</w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>"
      "<w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar "
      "w:fldCharType=\"end\"/></w:r><w:hyperlink r:id=\"x\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships\"><w:r><w:t> &amp; kvällen.</w:t></w:r></w:hyperlink>"
      "<w:sdt><w:sdtPr><w:alias w:val=\"Fält\"/></w:sdtPr><w:sdtContent>"
      "<w:r><w:t> Klart.</w:t></w:r></w:sdtContent></w:sdt></w:p>";
  Case C = readOne(docx(headerParagraphs("Utredning") + Tricky));
  REQUIRE(C.Documents[0].Paragraphs.size() == 1);
  CHECK(C.Documents[0].Paragraphs[0].Text ==
        "Hon duschar själv på\tmorgonen & kvällen. Klart.");
}

TEST_CASE("a .docx: positions are paragraph numbers", "[reader][docx]") {
  // Line N is the N-th paragraph of the body (a table row counts as one,
  // an empty paragraph too); the column is the character in it.
  std::string Bytes = docx(
      table({{"Ärende", "2025-9950"}, {"Dokument", "Journalanteckningar"}}) +
      p("") + p("2025-04-03 08:10 Personlig vård (undersköterska)") +
      p("Elsa vägrade duscha i dag.") + p("") +
      p("2025-04-04 08:05 Hemliv (undersköterska)") +
      p("Hon diskade själv efter frukosten."));
  Case C = readOne(Bytes);
  REQUIRE(C.Documents.size() == 2);
  const Document &Note = C.Documents[0];
  CHECK(Note.LifeArea == "personlig-vard");
  CHECK(Note.Date == "2025-04-03T08:10");
  CHECK(Note.File->locate(Note.Offset).Line == 4);
  REQUIRE(Note.Paragraphs.size() == 1);
  LineColumn At = Note.File->locate(Note.Paragraphs[0].Offset + 5);
  CHECK(At.Line == 5);
  CHECK(At.Column == 6);
  CHECK(Note.File->lineAt(Note.Paragraphs[0].Offset) ==
        "Elsa vägrade duscha i dag.");

  // Through the engine: the finding is at paragraph 5, "vägrade" at
  // character 6, and the line it shows is that paragraph.
  AuditOptions Options;
  Options.Score = false;
  AuditResult R = engine().auditText("mapp/journal.docx", Bytes, Options);
  CHECK(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  const Finding *Laden = nullptr;
  for (const Finding &F : R.Cases[0].Findings)
    if (F.Rule == "sprak/vardeladdat-ord")
      Laden = &F;
  REQUIRE(Laden != nullptr);
  CHECK(Laden->File == "mapp/journal.docx");
  CHECK(Laden->Line == 5);
  CHECK(Laden->Column == 6);
  CHECK(Laden->SourceLine == "Elsa vägrade duscha i dag.");
}

TEST_CASE("an empty .docx is reported like an empty file",
          "[reader][docx][bad]") {
  for (const std::string &Bytes :
       {std::string(), docx(""), docx(p("") + p("   ") + table({{"", ""}}))}) {
    ReadResult R = read(Bytes);
    CHECK(R.Cases.empty());
    REQUIRE(R.Errors.size() == 1);
    CHECK_THAT(R.Errors[0].Message, Catch::Contains("tom"));
  }
}

TEST_CASE("a .docx that is no zip archive", "[reader][docx][bad]") {
  std::string Good = docx(headerParagraphs("Utredning"));
  for (const std::string &Bytes :
       {std::string("Ärende: 1\nDokument: Utredning\n"),
        std::string("PK\x03\x04\x14"), Good.substr(0, Good.size() / 2),
        std::string(4096, '\xFF')}) {
    CHECK_THAT(refusal(Bytes).Message,
               Catch::Contains("zip-arkivet är trasigt") &&
                   Catch::Contains("spara det som Word-dokument (.docx)"));
  }
}

TEST_CASE("a damaged part of a .docx", "[reader][docx][bad]") {
  // The compressed bytes of document.xml overwritten: the archive opens,
  // the part does not unpack.
  std::string Text(20000, 'a');
  std::string Bytes = archive({{"word/document.xml", documentXml(p(Text))}});
  // Past the local header: 30 bytes, the name, the extra field.
  auto Le16 = [&](size_t At) {
    return unsigned(uint8_t(Bytes[At])) | unsigned(uint8_t(Bytes[At + 1])) << 8;
  };
  REQUIRE(Bytes.compare(0, 4, "PK\x03\x04") == 0);
  size_t Data = 30 + Le16(26) + Le16(28);
  for (size_t I = Data + 10; I < Data + 40; ++I)
    Bytes[I] = char(0x5A);
  CHECK_THAT(refusal(Bytes).Message,
             Catch::Contains("word/document.xml kan inte packas upp"));
}

TEST_CASE("a zip archive without word/document.xml", "[reader][docx][bad]") {
  // An OpenDocument file or a workbook renamed to .docx.
  std::string Bytes =
      archive({{"mimetype", "application/vnd.oasis.opendocument.text"},
             {"content.xml", "<office:document-content/>"}});
  CHECK_THAT(refusal(Bytes).Message,
             Catch::Contains("inget Word-dokument: word/document.xml saknas"));
}

TEST_CASE("malformed XML in a .docx", "[reader][docx][bad]") {
  std::string Broken =
      documentXml(p("Hon duschar.")).substr(0, 200) + "<w:p><w:r>";
  CHECK_THAT(refusal(archive({{"word/document.xml", Broken}})).Message,
             Catch::Contains("word/document.xml är inte välformad XML"));
  CHECK_THAT(refusal(archive({{"word/document.xml", documentXml(p("Text."))},
                            {"word/styles.xml", "<w:styles><w:style>"}}))
                 .Message,
             Catch::Contains("word/styles.xml är inte välformad XML"));
}

TEST_CASE("an encrypted .docx", "[reader][docx][bad]") {
  // Word keeps a document protected by a password in an OLE compound file
  // with an EncryptedPackage stream.
  std::string Compound("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  Compound += std::string(504, '\0');
  Compound +=
      std::string("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
  Compound += std::string(1024, '\0');
  CHECK_THAT(refusal(Compound).Message,
             Catch::Contains("lösenordsskyddat") &&
                 Catch::Contains("Spara en kopia utan lösenord"));
  // The same container without it is a .doc renamed to .docx.
  std::string Doc("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  Doc += std::string(2048, '\0');
  CHECK_THAT(refusal(Doc).Message,
             Catch::Contains("äldre Word-dokument (.doc)"));
  // A zip archive whose entries are encrypted, where libzip can make one.
  bool Encrypted = false;
  std::string Zip = archive({{"word/document.xml", documentXml(p("Hemligt."))}},
                          "lösen", &Encrypted);
  if (Encrypted)
    CHECK_THAT(refusal(Zip).Message, Catch::Contains("lösenordsskyddat"));
  else
    WARN("this libzip cannot encrypt: an encrypted zip entry is not tested");
}

TEST_CASE("a zip bomb is refused at the file-size limit",
          "[reader][docx][bad]") {
  // 3 MB of paragraphs pack into a few kilobytes.
  std::string Many;
  for (int I = 0; I < 40000; ++I)
    Many += p("Hon duschar själv på morgonen.");
  std::string Bytes = archive({{"word/document.xml", documentXml(Many)}});
  REQUIRE(Bytes.size() < 100000);
  Limits Small;
  Small.MaxFileBytes = 1 << 20;
  CHECK_THAT(refusal(Bytes, Small).Message,
             Catch::Contains("packas upp till mer än 1 MB") &&
                 Catch::Contains("max-file-mb"));
  // The limit counts every part read: styles and body together.
  Small.MaxFileBytes = 2 << 20;
  std::string Half(1500000, ' ');
  std::string Styles =
      "<w:styles " + std::string(WordNs) + ">" + Half + "</w:styles>";
  std::string Body = documentXml(p("Text.") + Half);
  CHECK_THAT(
      refusal(archive({{"word/document.xml", Body}, {"word/styles.xml", Styles}}),
              Small)
          .Message,
      Catch::Contains("packas upp till mer än 2 MB"));
  // With the default limit the same document is read.
  Case C =
      readOne(archive({{"word/document.xml",
                      documentXml(headerParagraphs("Utredning") + Many)}}));
  CHECK(C.Documents[0].Paragraphs.size() == 40000);
}

TEST_CASE("XML nested too deep in a .docx", "[reader][docx][bad]") {
  std::string Deep;
  for (int I = 0; I < 5000; ++I)
    Deep += "<w:sdt><w:sdtContent>";
  Deep += p("Djupt.");
  for (int I = 0; I < 5000; ++I)
    Deep += "</w:sdtContent></w:sdt>";
  std::string Bytes = docx(headerParagraphs("Utredning") + Deep);
  CHECK_THAT(refusal(Bytes).Message,
             Catch::Contains("nästlade i mer än 100 nivåer") &&
                 Catch::Contains("max-depth"));
  // Nested tables count too, and the limit is the configured one.
  std::string Nested = p("Innerst.");
  for (int I = 0; I < 8; ++I)
    Nested = "<w:tbl><w:tr><w:tc>" + Nested + "</w:tc></w:tr></w:tbl>";
  std::string Tables = docx(headerParagraphs("Utredning") + Nested);
  Limits Shallow;
  Shallow.MaxDepth = 20;
  CHECK_THAT(refusal(Tables, Shallow).Message,
             Catch::Contains("nästlade i mer än 20 nivåer"));
  Case C = readOne(Tables);
  REQUIRE(C.Documents[0].Paragraphs.size() == 1);
  CHECK(C.Documents[0].Paragraphs[0].Text == "Innerst.");
}
