// Tests for Document/Structure: document roles from the reference data,
// labelled lines as sections of their own, the parts of a genomförandeplan
// and of an uppföljning in every layout, outcomes written in prose, and
// journal notes headed by a system's note category.
#include "Document/Reader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using ibic::test::reference;

namespace {

Case readOne(llvm::StringRef Text, llvm::StringRef Name = "mapp/2025-9900.txt") {
  ReadResult R = readBuffer(Name, Text.str(), reference());
  INFO("first error: " << (R.Errors.empty() ? "" : R.Errors.front().Message));
  REQUIRE(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  return std::move(R.Cases.front());
}

Document plan(llvm::StringRef Body) {
  Case C = readOne("Ärende: 2025-9900\nDokument: Genomförandeplan\n\n" + Body.str());
  REQUIRE(C.Documents.size() == 1);
  return std::move(C.Documents.front());
}

Document followUp(llvm::StringRef Body) {
  Case C = readOne("Ärende: 2025-9900\nDokument: Uppföljning\n\n" + Body.str());
  REQUIRE(C.Documents.size() == 1);
  return std::move(C.Documents.front());
}

/// The headings of the parts with \p Role, in document order ("" for the
/// text of a document in prose).
std::vector<std::string> parts(const Document &D,
                               SectionRole Role = SectionRole::PlanPart) {
  std::vector<std::string> Out;
  D.forEachSection([&](const Section &S) {
    if (S.Role == Role)
      Out.push_back(S.Heading);
  });
  return Out;
}

/// The one follow-up part of \p D.
const Section &onlyPart(const Document &D) {
  const Section *Part = nullptr;
  D.forEachSection([&](const Section &S) {
    if (S.Role == SectionRole::FollowUpPart) {
      REQUIRE_FALSE(Part);
      Part = &S;
    }
  });
  REQUIRE(Part);
  return *Part;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("structure: a document's role comes from its type",
          "[document][structure]") {
  Case C = readOne("Ärende: 2025-9900\nDokument: Journalanteckningar\n\n"
                   "2025-03-05 08:12 Personlig vård (undersköterska)\nDuschade.\n");
  CHECK(C.Documents.at(0).Role == DocumentRole::Note);
  CHECK(plan("Mål\nElsa duschar själv.\n").Role == DocumentRole::Plan);
}

TEST_CASE("structure: a labelled line is a section of its own",
          "[document][structure]") {
  Document D = plan("## Dusch\n"
                    "Personalen tvättar ryggen.\n"
                    "Mål: Jag vill duscha själv.\n"
                    "Tid: tisdag klockan 8.\n");
  REQUIRE(D.Sections.size() == 1);
  const Section &Part = D.Sections[0];
  // The lines around it stay the part's own text.
  REQUIRE(Part.Paragraphs.size() == 2);
  CHECK(Part.Paragraphs[0].Text == "Personalen tvättar ryggen.");
  CHECK(Part.Paragraphs[1].Text == "Tid: tisdag klockan 8.");
  REQUIRE(Part.Children.size() == 1);
  const Section &Goal = Part.Children[0];
  CHECK(Goal.Kind == "mal");
  CHECK(Goal.Inline);
  CHECK(Goal.Heading == "Mål");
  // The line keeps its label, and points at it in the file.
  REQUIRE(Goal.Paragraphs.size() == 1);
  CHECK(Goal.Paragraphs[0].Text == "Mål: Jag vill duscha själv.");
  CHECK(D.File->locate(Goal.Offset).Line == 6);
  CHECK(D.File->locate(Goal.Paragraphs[0].Offset).Column == 1);
}

TEST_CASE("structure: factor labels head lines, other words do not",
          "[document][structure]") {
  Document D = plan("## Att tänka på\n"
                    "Kroppsfunktioner: Holger ser dåligt på nära håll.\n"
                    "Omgivning: Gången blir hal när det regnar.\n"
                    "Tid: Han vill ha tid på sig.\n"
                    "Personlig vård: en rad med ett livsområde.\n");
  REQUIRE(D.Sections.size() == 1);
  const Section &Consider = D.Sections[0];
  CHECK(Consider.Kind == "ovrigt");
  REQUIRE(Consider.Children.size() == 2);
  CHECK(Consider.Children[0].Factor == "kroppsfunktioner");
  CHECK(Consider.Children[1].Factor == "omgivningsfaktorer");
  // Not an inline kind, and not a heading at all.
  REQUIRE(Consider.Paragraphs.size() == 1);
  CHECK(Consider.Paragraphs[0].Text ==
        "Tid: Han vill ha tid på sig.\nPersonlig vård: en rad med ett livsområde.");
}

TEST_CASE("structure: labels in XML text keep their source offsets",
          "[document][structure]") {
  std::string Xml = "<ibic-export version=\"1\"><case id=\"1\">"
                    "<document type=\"genomforandeplan\">"
                    "<section kind=\"livsomrade\" livsomrade=\"hemliv\" heading=\"Hemliv\">"
                    "<p>Mål: &quot;Jag vill laga mat.&quot;</p></section>"
                    "</document></case></ibic-export>";
  Case C = readOne(Xml, "plan.xml");
  const Section &Part = C.Documents.at(0).Sections.at(0);
  REQUIRE(Part.Children.size() == 1);
  const TextSpan &Goal = Part.Children[0].Paragraphs.at(0);
  CHECK(Goal.Text == "Mål: \"Jag vill laga mat.\"");
  // "mat" lies after an entity: its source offset accounts for "&quot;".
  size_t Mat = Goal.Text.find("mat");
  CHECK(llvm::StringRef(Xml).substr(Goal.sourceOffset(Mat), 3) == "mat");
}

TEST_CASE("structure: plan parts in every layout", "[document][structure]") {
  SECTION("Genomförande headings") {
    CHECK(parts(plan("Mål\nElsa duschar.\n\n## Genomförande: Dusch\nVad: Dusch.\n")) ==
          Strings{"Genomförande: Dusch"});
  }
  SECTION("life areas and the support itself; not goals or considerations") {
    Document D = plan("Delaktighet\nKjell valde tid.\n\n"
                      "## Personlig vård – dusch\nPersonalen tvättar.\n\n"
                      "## Städning varannan vecka\nPersonalen städar.\n\n"
                      "## Att tänka på\nKjell har ont i knät.\n\n"
                      "## Detta klarar Kjell själv\nHan diskar.\n");
    CHECK(parts(D) == Strings{"Personlig vård – dusch", "Städning varannan vecka"});
  }
  SECTION("a title over the whole plan is no part; the outermost part is") {
    Document D = plan("# Plan för Kjell\n\nMål\nKjell duschar.\n\n"
                      "## Morgon\nPersonalen väcker.\n\n### Dusch\nPå tisdagar.\n");
    CHECK(parts(D) == Strings{"Morgon"});
  }
  SECTION("a plan in prose is one part") {
    Document D = plan("Personalen kommer varje morgon klockan 8 och hjälper Kjell.\n\n"
                      "Mål\nKjell duschar själv.\n");
    CHECK(parts(D) == Strings{""});
    CHECK(D.Paragraphs.empty());
    REQUIRE(D.Sections.size() == 2);
    CHECK(D.Sections[0].Paragraphs.at(0).Text.rfind("Personalen kommer", 0) == 0);
  }
  SECTION("XML livsomrade sections; factor sections are no parts") {
    Case C = readOne("<ibic-export version=\"1\"><case id=\"1\">"
                     "<document type=\"genomforandeplan\">"
                     "<section kind=\"livsomrade\" livsomrade=\"hemliv\" heading=\"Hemliv\"><p>x</p></section>"
                     "<section kind=\"relaterad-faktor\" faktor=\"kroppsfunktioner\"><p>y</p></section>"
                     "<section heading=\"Promenaden\"><p>z</p></section>"
                     "</document></case></ibic-export>",
                     "plan.xml");
    CHECK(parts(C.Documents.at(0)) == Strings{"Hemliv", "Promenaden"});
  }
  SECTION("an utredning has no plan parts; its life areas and factors describe") {
    Case C = readOne("Ärende: 2025-9900\nDokument: Utredning\n\n"
                     "Den enskildes uppfattning\nElsa vill bo kvar.\n\n"
                     "## Hemliv\nDiskar.\n\nKroppsfunktioner\nSer dåligt.\n");
    const Document &D = C.Documents.at(0);
    CHECK(parts(D).empty());
    std::vector<std::string> Describing;
    D.forEachSection([&](const Section &S) {
      if (S.Role == SectionRole::AssessmentPart)
        Describing.push_back(S.Heading);
    });
    CHECK(Describing == Strings{"Hemliv", "Kroppsfunktioner"});
  }
}

TEST_CASE("structure: a note headed by a system's category has no life area",
          "[document][structure]") {
  ReadResult R = readBuffer("j.txt",
                            "Ärende: 2025-9900\nDokument: Journal\n\n"
                            "2025-03-05 08:12 Kontakttillfälle (boendestödjare)\nRingde.\n"
                            "2025-03-05 09:00 Planerad och utförd insats (undersköterska)\nDusch.\n"
                            "2025-03-05 10:00 Övrigt (undersköterska)\nTvätt.\n"
                            "2025-03-05 11:00 Hygienen (undersköterska)\nTvätt.\n",
                            reference());
  REQUIRE(R.Cases.size() == 1);
  const Case &C = R.Cases[0];
  REQUIRE(C.Documents.size() == 4);
  for (const Document &Note : C.Documents) {
    CHECK(Note.LifeArea.empty());
    CHECK(Note.Factor.empty());
  }
  // Only the name that is neither a life area nor a category is reported.
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 10);
  CHECK(llvm::StringRef(R.Errors[0].Message).contains("Hygienen"));
}

TEST_CASE("structure: the parts of an uppföljning", "[document][structure]") {
  constexpr SectionRole FollowUp = SectionRole::FollowUpPart;
  // Life areas and unknown headings are parts; the individual's view is not.
  CHECK(parts(followUp("Den enskildes uppfattning\nElsa är nöjd.\n\n"
                       "Personlig vård\nElsa duschar själv.\n\n"
                       "## Egna plantor\nElsa sålde plantor.\n"),
              FollowUp) == Strings{"Personlig vård", "Egna plantor"});
  // Under an "Uppföljning" heading the life areas are the parts.
  CHECK(parts(followUp("# Uppföljning\n## Personlig vård\nDuschar.\n"
                       "## Hemliv\nStädar.\n"),
              FollowUp) == Strings{"Personlig vård", "Hemliv"});
  // A follow-up in prose is one part.
  CHECK(parts(followUp("Elsa duschar själv. Målet är uppnått.\n"), FollowUp) ==
        Strings{""});
  // A heading with nothing under it follows up nothing.
  CHECK(parts(followUp("## Tomt\n\nPersonlig vård\nDuschar.\n"), FollowUp) ==
        Strings{"Personlig vård"});
}

TEST_CASE("structure: an outcome written in a sentence about the goal",
          "[document][structure]") {
  auto Outcome = [](llvm::StringRef Text) {
    Document D = followUp("Personlig vård\n" + Text.str() + "\n");
    const Section &S = onlyPart(D);
    return S.Assessments.empty() ? std::string("-") : S.Assessments[0].Outcome;
  };
  CHECK(Outcome("Målet är uppnått.") == "ja");
  CHECK(Outcome("Målet har uppnåtts.") == "ja");
  CHECK(Outcome("Målet är delvis uppnått.") == "delvis");
  CHECK(Outcome("Målet är inte helt uppnått.") == "delvis");
  CHECK(Outcome("Delmålen uppnåddes delvis.") == "delvis");
  CHECK(Outcome("Målet är inte uppnått.") == "nej");
  CHECK(Outcome("Målet har ej uppnåtts ännu.") == "nej");
  CHECK(Outcome("Målet uppnåddes inte.") == "nej");
  CHECK(Outcome("MÅLET ÄR UPPNÅTT.") == "ja");
  // Only in a sentence about a goal, and only whole words.
  CHECK(Outcome("Elsa har uppnått sin önskade vikt.") == "-");
  CHECK(Outcome("Målet är ouppnått än så länge.") == "-");
  // The first statement counts.
  CHECK(Outcome("Målet är inte uppnått. Delmålet att gå ut är uppnått.") == "nej");
  // A Måluppfyllelse: line wins over prose.
  CHECK(Outcome("Bedömning: d510 Att tvätta sig – lätt begränsning (1).\n"
                "Måluppfyllelse: nej\nMålet är nästan uppnått.") == "nej");
  // A prose outcome completes an assessment that has none.
  Document D = followUp(
      "Personlig vård\nBedömning: d510 Att tvätta sig – lätt begränsning (1).\n"
      "Målet är delvis uppnått.\n");
  const Section &S = onlyPart(D);
  REQUIRE(S.Assessments.size() == 1);
  CHECK(S.Assessments[0].Icf == "d510");
  CHECK(S.Assessments[0].Outcome == "delvis");
}

TEST_CASE("structure: a prose outcome is commented by the text around it",
          "[document][structure]") {
  auto Commented = [](llvm::StringRef Text) {
    Document D = followUp("Personlig vård\n" + Text.str() + "\n");
    const Section &S = onlyPart(D);
    REQUIRE(S.Assessments.size() == 1);
    REQUIRE(S.Assessments[0].Commented);
    return *S.Assessments[0].Commented;
  };
  CHECK_FALSE(Commented("Målet är delvis uppnått."));
  CHECK_FALSE(Commented("Målet är uppnått i år."));
  CHECK(Commented("Målet är delvis uppnått eftersom Elsa nu duschar själv."));
  CHECK(Commented("Elsa duschar själv. Målet är uppnått."));
  CHECK(Commented("Målet är uppnått.\n\nElsa säger att hon är nöjd."));
}
