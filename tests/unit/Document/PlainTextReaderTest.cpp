// Tests for Document/PlainTextReader: header block, headings, paragraphs,
// assessments, follow-up outcomes and journal notes, with exact positions.
#include "Document/Reader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using ibic::test::reference;

namespace {

ReadResult read(llvm::StringRef Text, llvm::StringRef Name = "mapp/2025-9900.txt") {
  return readBuffer(Name, Text.str(), reference());
}

/// Reads a file that must give exactly one case and no errors.
Case readOne(llvm::StringRef Text, llvm::StringRef Name = "mapp/2025-9900.txt") {
  ReadResult R = read(Text, Name);
  INFO("first error: " << (R.Errors.empty() ? "" : R.Errors.front().Message));
  REQUIRE(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  return std::move(R.Cases.front());
}

LineColumn where(const Document &D, uint32_t Offset) {
  return D.File->locate(Offset);
}

std::string header(llvm::StringRef Type) {
  return "Ärende: 2025-9900\nDokument: " + Type.str() + "\n\n";
}

} // namespace

TEST_CASE("the header block fills case and document", "[reader][text]") {
  Case C = readOne("Ärende: 2024-0142\n"
                   "Avdelning: Hemtjänst\n"
                   "Enhet: Haga hemtjänst\n"
                   "Lagrum: SoL\n"
                   "Dokument: Utredning\n"
                   "Datum: 2024-03-02\n"
                   "Upprättad av: handläggare\n"
                   "\n"
                   "Den enskildes uppfattning\n"
                   "Elsa berättar att hon vill klara morgonen själv.\n",
                   "export/2024-0142-utredning.txt");
  CHECK(C.Id == "2024-0142");
  CHECK(C.Avdelning == "Hemtjänst");
  CHECK(C.Enhet == "Haga hemtjänst");
  CHECK(C.Lagrum == "SoL");
  CHECK(C.Files == std::vector<std::string>{"export/2024-0142-utredning.txt"});
  REQUIRE(C.Documents.size() == 1);
  const Document &D = C.Documents[0];
  CHECK(D.Type == "utredning");
  CHECK(D.Date == "2024-03-02");
  CHECK(D.AuthorRole == "handläggare");
  CHECK_FALSE(D.Id.empty());
  REQUIRE(D.File != nullptr);
  CHECK(D.File->path() == "export/2024-0142-utredning.txt");
  // The document is where its type is named.
  CHECK(where(D, D.Offset).Line == 5);
  REQUIRE(D.Sections.size() == 1);
  CHECK(D.Sections[0].Kind == "enskildes-uppfattning");
}

TEST_CASE("header keys are case-insensitive", "[reader][text]") {
  Case C = readOne("ÄRENDE: 2025-9901\nAVDELNING: LSS\nenhet: Tallvägen\n"
                   "lagrum: LSS\ndokument: utredning\n\nHemliv\nHan diskar.\n");
  CHECK(C.Id == "2025-9901");
  CHECK(C.Avdelning == "LSS");
  CHECK(C.Enhet == "Tallvägen");
  CHECK(C.Lagrum == "LSS");
  REQUIRE(C.Documents.size() == 1);
  CHECK(C.Documents[0].Type == "utredning");
}

TEST_CASE("document types are written as Swedish words", "[reader][text]") {
  const std::pair<const char *, const char *> Types[] = {
      {"Utredning", "utredning"},
      {"Beslut", "beslut"},
      {"Genomförandeplan", "genomforandeplan"},
      {"Uppföljning", "uppfoljning"},
      {"Journal", "journalanteckning"},
      {"Journalanteckningar", "journalanteckning"}};
  for (auto [Word, Slug] : Types) {
    INFO(Word);
    std::string Body = llvm::StringRef(Slug) == "journalanteckning"
                           ? "2025-01-10 08:00 Hemliv (undersköterska)\nDisk.\n"
                           : "Hemliv\nHan diskar själv.\n";
    Case C = readOne(header(Word) + Body);
    REQUIRE_FALSE(C.Documents.empty());
    CHECK(C.Documents[0].Type == Slug);
  }
}

TEST_CASE("a known heading alone on its line starts a section",
          "[reader][text]") {
  Case C = readOne(header("Utredning") +
                   "Personlig vård\n"             // line 4
                   "Elsa tvättar sig själv.\n"    // line 5
                   "\n"
                   "KROPPSFUNKTIONER:\n"          // line 7: any case, colon
                   "Elsa ser dåligt.\n"
                   "\n"
                   "Rörlighet\n"                  // line 10: an alias
                   "Elsa går med rollator.\n"
                   "\n"
                   "  Mål  \n"                    // line 13: surrounding blanks
                   "Elsa duschar själv.\n");
  const Document &D = C.Documents.at(0);
  REQUIRE(D.Sections.size() == 4);
  CHECK(D.Sections[0].Kind == "livsomrade");
  CHECK(D.Sections[0].LifeArea == "personlig-vard");
  CHECK(D.Sections[0].Heading == "Personlig vård");
  CHECK(where(D, D.Sections[0].Offset).Line == 4);
  CHECK(where(D, D.Sections[0].Offset).Column == 1);

  CHECK(D.Sections[1].Kind == "relaterad-faktor");
  CHECK(D.Sections[1].Factor == "kroppsfunktioner");
  CHECK(D.Sections[1].LifeArea.empty());
  CHECK(D.Sections[1].Heading == "KROPPSFUNKTIONER");
  CHECK(where(D, D.Sections[1].Offset).Line == 7);

  CHECK(D.Sections[2].Kind == "livsomrade");
  CHECK(D.Sections[2].LifeArea == "forflyttning");
  CHECK(D.Sections[2].Heading == "Rörlighet");

  CHECK(D.Sections[3].Kind == "mal");
  CHECK(D.Sections[3].Heading == "Mål");
  CHECK(where(D, D.Sections[3].Offset).Line == 13);
  CHECK(where(D, D.Sections[3].Offset).Column == 3);
}

TEST_CASE("a heading word inside running text is text", "[reader][text]") {
  Case C = readOne(header("Utredning") +
                   "Personlig vård\n"
                   "Hemliv är det hon klarar bäst.\n"
                   "Hemliv och personlig vård\n");
  const Document &D = C.Documents.at(0);
  REQUIRE(D.Sections.size() == 1);
  REQUIRE(D.Sections[0].Paragraphs.size() == 1);
  CHECK(D.Sections[0].Paragraphs[0].Text ==
        "Hemliv är det hon klarar bäst.\nHemliv och personlig vård");
}

TEST_CASE("paragraphs split at blank lines and keep their offsets",
          "[reader][text]") {
  Case C = readOne(header("Utredning") +
                   "Text före första rubriken.\n"  // line 4
                   "\n"
                   "Hemliv\n"                       // line 6
                   "Första stycket, rad ett.\n"     // line 7
                   "Rad två.\n"
                   "\n"
                   "\n"
                   "  Andra stycket.\n");           // line 11
  const Document &D = C.Documents.at(0);
  REQUIRE(D.Paragraphs.size() == 1);
  CHECK(D.Paragraphs[0].Text == "Text före första rubriken.");
  CHECK(where(D, D.Paragraphs[0].Offset).Line == 4);
  REQUIRE(D.Sections.size() == 1);
  const Section &S = D.Sections[0];
  REQUIRE(S.Paragraphs.size() == 2);
  CHECK(S.Paragraphs[0].Text == "Första stycket, rad ett.\nRad två.");
  CHECK(where(D, S.Paragraphs[0].Offset).Line == 7);
  CHECK(where(D, S.Paragraphs[0].Offset).Column == 1);
  CHECK(llvm::StringRef(S.Paragraphs[1].Text).trim() == "Andra stycket.");
  // The paragraph text is a verbatim slice of the file at its offset.
  for (const TextSpan &P : S.Paragraphs)
    CHECK(D.File->contents().substr(P.Offset, P.Text.size()) == P.Text);
  CHECK(S.hasText());
}

TEST_CASE("Markdown headings nest by level", "[reader][text]") {
  Case C = readOne(header("Genomförandeplan") +
                   "# Genomförande\n"          // line 4
                   "Stödet ges på morgonen.\n"
                   "## Genomförande: Dusch\n"  // line 6: a subtitle
                   "Vad: dusch\n"
                   "### Inköp\n"               // line 8: unknown heading
                   "Varannan vecka.\n"
                   "# Mål\n"                   // line 10: back to the top
                   "Elsa duschar själv.\n");
  const Document &D = C.Documents.at(0);
  REQUIRE(D.Sections.size() == 2);
  const Section &G = D.Sections[0];
  CHECK(G.Kind == "genomforande");
  CHECK(G.Heading == "Genomförande");
  CHECK(where(D, G.Offset).Line == 4);
  REQUIRE(G.Paragraphs.size() == 1);
  CHECK(G.Paragraphs[0].Text == "Stödet ges på morgonen.");
  REQUIRE(G.Children.size() == 1);
  const Section &Dusch = G.Children[0];
  CHECK(Dusch.Kind == "genomforande");
  CHECK(Dusch.Heading == "Genomförande: Dusch");
  REQUIRE(Dusch.Children.size() == 1);
  CHECK(Dusch.Children[0].Kind.empty());
  CHECK(Dusch.Children[0].Heading == "Inköp");
  CHECK(where(D, Dusch.Children[0].Offset).Line == 8);
  CHECK(D.Sections[1].Kind == "mal");
  CHECK(D.Sections[1].Children.empty());
  // allText gathers the section and its children.
  CHECK(G.allText() == "Stödet ges på morgonen.\nVad: dusch\nVarannan vecka.");
}

TEST_CASE("a '#' line that is not Markdown is text", "[reader][text]") {
  Case C = readOne(header("Utredning") + "Hemliv\n#hashtag\n####### sju\n");
  const Document &D = C.Documents.at(0);
  REQUIRE(D.Sections.size() == 1);
  CHECK(D.Sections[0].Children.empty());
  REQUIRE(D.Sections[0].Paragraphs.size() == 1);
  CHECK(D.Sections[0].Paragraphs[0].Text == "#hashtag\n####### sju");
}

TEST_CASE("Bedömning lines carry an assessment", "[reader][text]") {
  Case C = readOne(header("Utredning") +
                   "Personlig vård\n"  // line 4
                   "Bedömning: d510 Att tvätta sig – måttlig begränsning (2). "
                   "Avsett: lätt begränsning (1).\n"  // line 5
                   "Elsa tvättar sig själv vid handfatet.\n"
                   "\n"
                   "Förflyttning\n"
                   "Bedömning: d450 Att gå – stora svårigheter. Avsett: "
                   "måttliga svårigheter.\n"
                   "\n"
                   "Hemliv\n"
                   "Bedömning: d640 Att utföra hushållsuppgifter – ej "
                   "specificerat.\n");
  const Document &D = C.Documents.at(0);
  REQUIRE(D.Sections.size() == 3);
  const Section &PV = D.Sections[0];
  REQUIRE(PV.Assessments.size() == 1);
  const Assessment &A = PV.Assessments[0];
  CHECK(A.Icf == "d510");
  CHECK(A.Level == 2);
  CHECK(A.TargetLevel == 1);
  CHECK(where(D, A.Offset).Line == 5);
  CHECK(where(D, A.Offset).Column == 1);
  // The assessment line is not part of the section's text.
  REQUIRE(PV.Paragraphs.size() == 1);
  CHECK(PV.Paragraphs[0].Text == "Elsa tvättar sig själv vid handfatet.");

  REQUIRE(D.Sections[1].Assessments.size() == 1);
  CHECK(D.Sections[1].Assessments[0].Icf == "d450");
  CHECK(D.Sections[1].Assessments[0].Level == 3);
  CHECK(D.Sections[1].Assessments[0].TargetLevel == 2);
  CHECK(D.Sections[1].Paragraphs.empty());

  REQUIRE(D.Sections[2].Assessments.size() == 1);
  CHECK(D.Sections[2].Assessments[0].Level == 8);
  CHECK_FALSE(D.Sections[2].Assessments[0].TargetLevel.has_value());
}

TEST_CASE("a Bedömning line that rates nothing is also text", "[reader][text]") {
  // The language rules read the writer's prose wherever it stands.
  Case C = readOne(header("Utredning") +
                   "Personlig vård\n"
                   "Elsa tvättar sig själv.\n"
                   "Bedömning: Elsa är rädd och har behov av stöd vid dusch.\n");
  const Section &S = C.Documents.at(0).Sections.at(0);
  CHECK(S.Assessments.size() == 1);
  REQUIRE(S.Paragraphs.size() == 2);
  CHECK(S.Paragraphs[1].Text == "Elsa är rädd och har behov av stöd vid dusch.");
}

TEST_CASE("a prose Bedömning glued to its label keeps the label",
          "[reader][text]") {
  // So that sprak/saknat-mellanslag sees the missing space after the colon.
  Case C = readOne(header("Utredning") +
                   "Personlig vård\n"
                   "Bedömning:Elsa har behov av stöd vid dusch.\n");
  const Section &S = C.Documents.at(0).Sections.at(0);
  REQUIRE(S.Paragraphs.size() == 1);
  CHECK(S.Paragraphs[0].Text == "Bedömning:Elsa har behov av stöd vid dusch.");
}

TEST_CASE("Bedömning lines accept a level written as a bare number",
          "[reader][text]") {
  // input-formats.md: "an ICF code, a level name or number".
  Case C = readOne(header("Utredning") +
                   "Förflyttning\n"
                   "Bedömning: d450 Att gå – 3. Avsett: 2.\n");
  const Document &D = C.Documents.at(0);
  REQUIRE(D.Sections.size() == 1);
  REQUIRE(D.Sections[0].Assessments.size() == 1);
  const Assessment &A = D.Sections[0].Assessments[0];
  CHECK(A.Icf == "d450");
  CHECK(A.Level == 3);
  CHECK(A.TargetLevel == 2);
}

TEST_CASE("a Bedömning line without a level has none", "[reader][text]") {
  Case C = readOne(header("Utredning") +
                   "Hemliv\nBedömning: d640 Att utföra hushållsuppgifter.\n");
  const Assessment &A = C.Documents.at(0).Sections.at(0).Assessments.at(0);
  CHECK(A.Icf == "d640");
  CHECK_FALSE(A.Level.has_value());
  CHECK_FALSE(A.TargetLevel.has_value());
}

TEST_CASE("Måluppfyllelse gives an outcome and a comment", "[reader][text]") {
  Case C = readOne(header("Uppföljning") +
                   "Personlig vård\n"
                   "Bedömning: d510 Att tvätta sig – lätt begränsning (1).\n"
                   "Måluppfyllelse: Delvis. Elsa duschar själv en gång i "
                   "veckan.\n"   // line 6
                   "\n"
                   "Hemliv\n"
                   "Måluppfyllelse: ja\n");  // line 9
  const Document &D = C.Documents.at(0);
  CHECK(D.Type == "uppfoljning");
  REQUIRE(D.Sections.size() == 2);
  const Section &PV = D.Sections[0];
  // The outcome belongs to the assessment just above it.
  REQUIRE(PV.Assessments.size() == 1);
  CHECK(PV.Assessments[0].Level == 1);
  CHECK(PV.Assessments[0].Outcome == "delvis");
  REQUIRE(PV.Paragraphs.size() == 1);
  CHECK(PV.Paragraphs[0].Text == "Elsa duschar själv en gång i veckan.");
  LineColumn At = where(D, PV.Paragraphs[0].Offset);
  CHECK(At.Line == 6);
  CHECK(At.Column == 25);
  // Without an assessment above, the outcome makes one of its own.
  const Section &H = D.Sections[1];
  REQUIRE(H.Assessments.size() == 1);
  CHECK(H.Assessments[0].Outcome == "ja");
  CHECK(H.Assessments[0].Icf.empty());
  CHECK(where(D, H.Assessments[0].Offset).Line == 9);
  CHECK(H.Paragraphs.empty());
}

TEST_CASE("a journal holds one document per note", "[reader][text]") {
  Case C = readOne("Ärende: 2025-9902\n"
                   "Dokument: Journalanteckningar\n"
                   "\n"
                   "2025-01-10 08:12 Personlig vård (undersköterska)\n"  // 4
                   "Elsa duschade själv.\n"
                   "\n"
                   "Hon var nöjd.\n"
                   "2025-01-11 09:30 Kroppsfunktioner (sjuksköterska)\n" // 8
                   "Ont i knät.\n"
                   "2025-01-12 10:00 Övrigt (undersköterska)\n"          // 10
                   "Sonen ringde.\n"
                   "2025-01-13 11:15\n"                                  // 12
                   "Ingen rubrik.\n",
                   "journal/2025-9902-journal.txt");
  REQUIRE(C.Documents.size() == 4);
  for (const Document &D : C.Documents)
    CHECK(D.Type == "journalanteckning");

  const Document &N1 = C.Documents[0];
  CHECK(N1.Date == "2025-01-10T08:12");
  CHECK(N1.LifeArea == "personlig-vard");
  CHECK(N1.Factor.empty());
  CHECK(N1.AuthorRole == "undersköterska");
  CHECK(where(N1, N1.Offset).Line == 4);
  CHECK(where(N1, N1.Offset).Column == 1);
  REQUIRE(N1.Paragraphs.size() == 2);
  CHECK(N1.Paragraphs[0].Text == "Elsa duschade själv.");
  CHECK(N1.Paragraphs[1].Text == "Hon var nöjd.");
  CHECK(N1.Sections.empty());

  const Document &N2 = C.Documents[1];
  CHECK(N2.LifeArea.empty());
  CHECK(N2.Factor == "kroppsfunktioner");
  CHECK(N2.AuthorRole == "sjuksköterska");
  CHECK(where(N2, N2.Offset).Line == 8);
  REQUIRE(N2.Paragraphs.size() == 1);
  CHECK(N2.Paragraphs[0].Text == "Ont i knät.");

  // "Övrigt" or no name: the note carries no life area or factor.
  CHECK(C.Documents[2].LifeArea.empty());
  CHECK(C.Documents[2].Factor.empty());
  CHECK(C.Documents[3].LifeArea.empty());
  CHECK(C.Documents[3].Factor.empty());
  CHECK(C.Documents[3].Date == "2025-01-13T11:15");

  // Every note can be told apart in a report.
  CHECK(N1.Id != N2.Id);
  CHECK(C.Documents[2].Id != C.Documents[3].Id);
}

TEST_CASE("a note header is a date then spaces or a T then a time", "[reader][text]") {
  Case C = readOne("Ärende: 2025-9903\n"
                   "Dokument: Journalanteckningar\n"
                   "\n"
                   "2025-01-10T08:12 Personlig vård (undersköterska)\n"
                   "Först.\n"
                   " \t2025-01-11   09:30   Kroppsfunktioner  \n"
                   "Andra.\n"
                   "2025-01-1208:00 Övrigt\n"  // no space: text
                   "2025-01-12 8:00 Övrigt\n"  // one digit of hour: text
                   "2025-1-12 08:00 Övrigt\n"  // one digit of month: text
                   "Tredje.\n",
                   "journal/2025-9903-journal.txt");
  REQUIRE(C.Documents.size() == 2);
  CHECK(C.Documents[0].Date == "2025-01-10T08:12");
  CHECK(C.Documents[0].AuthorRole == "undersköterska");
  CHECK(C.Documents[1].Date == "2025-01-11T09:30");
  CHECK(C.Documents[1].Factor == "kroppsfunktioner");
  CHECK(C.Documents[1].Paragraphs.size() == 1);
  CHECK(C.Documents[1].Paragraphs[0].Text.find("Tredje.") != std::string::npos);
}

TEST_CASE("an unknown life area in a note header is reported where it is written",
          "[reader][text]") {
  ReadResult R = read("Ärende: 2025-9903\n"
                      "Dokument: Journal\n"
                      "\n"
                      "2025-01-10 08:12 Personlig hygien (undersköterska)\n"
                      "Elsa duschade.\n"
                      "2025-01-11 08:12 Hemliv (undersköterska)\n"
                      "Elsa diskade.\n");
  REQUIRE(R.Errors.size() == 1);
  const Diagnostic &E = R.Errors[0];
  CHECK(E.Line == 4);
  CHECK(E.Column == 18);
  CHECK_THAT(E.Message, Catch::Contains("Personlig hygien"));
  CHECK(E.SourceLine == "2025-01-10 08:12 Personlig hygien (undersköterska)");
  // The rest of the journal is still read.
  REQUIRE(R.Cases.size() == 1);
  REQUIRE(R.Cases[0].Documents.size() == 2);
  CHECK(R.Cases[0].Documents[1].LifeArea == "hemliv");
}

TEST_CASE("CRLF line ends read like LF", "[reader][text]") {
  Case C = readOne("Ärende: 2025-9904\r\nDokument: Utredning\r\n\r\n"
                   "Personlig vård:\r\nElsa tvättar sig.\r\nHon duschar.\r\n"
                   "\r\nBedömning\r\nText.\r\n");
  const Document &D = C.Documents.at(0);
  CHECK(C.Id == "2025-9904");
  REQUIRE(D.Sections.size() == 2);
  CHECK(D.Sections[0].LifeArea == "personlig-vard");
  CHECK(D.Sections[0].Heading == "Personlig vård");
  REQUIRE(D.Sections[0].Paragraphs.size() == 1);
  CHECK(llvm::StringRef(D.Sections[0].Paragraphs[0].Text).endswith("Hon duschar."));
  CHECK(D.Sections[1].Kind == "bedomning");
}

TEST_CASE("a UTF-8 byte order mark is ignored", "[reader][text]") {
  ReadResult R = read("\xEF\xBB\xBF" + header("Utredning") + "Hemliv\nDisk.\n");
  CHECK(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  CHECK(R.Cases[0].Id == "2025-9900");
  REQUIRE(R.Cases[0].Documents.size() == 1);
  CHECK(R.Cases[0].Documents[0].Sections.at(0).LifeArea == "hemliv");
}

TEST_CASE("heading aliases from the configuration are headings",
          "[reader][text]") {
  Reference WithAlias(reference().data(), {{"personlig-vard", {"Hygien"}}});
  ReadResult R = readBuffer("a.txt", header("Utredning") + "Hygien\nElsa duschar.\n",
                            WithAlias);
  REQUIRE(R.Errors.empty());
  const Document &D = R.Cases.at(0).Documents.at(0);
  REQUIRE(D.Sections.size() == 1);
  CHECK(D.Sections[0].LifeArea == "personlig-vard");
  CHECK(D.Sections[0].Heading == "Hygien");
  // Without the alias the line is text outside any section.
  Case Plain = readOne(header("Utredning") + "Hygien\nElsa duschar.\n");
  CHECK(Plain.Documents.at(0).Sections.empty());
}
