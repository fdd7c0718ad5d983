// Tests for Rules/Scope (forEachUnit): which units of a case a scope hands
// to a rule (case, document, section, paragraph, sentence), with which
// paragraphs and sections, and where a finding about the unit points.
#include "Rules/Scope.h"

#include "KindTestSupport.h"

#include <memory>

using namespace ibic;
using namespace ibic::test;

namespace {

/// An assessment with nested sections. Paragraphs in analysis order:
///   P0 Inledning (the document's own), P1 under "# Personlig vård",
///   P2 under its "## Personlig vård: Dusch" (two sentences), P3 under its
///   "## Källor", P4 and P5 under "# Hemliv".
const char *const Assessment = "Inledning utan rubrik.\n"
                               "\n"
                               "# Personlig vård\n"
                               "Hon duschar själv.\n"
                               "\n"
                               "## Personlig vård: Dusch\n"
                               "Hon behöver stöd i duschen. Hon vill duscha på kvällen.\n"
                               "\n"
                               "## Källor\n"
                               "Samtal med dottern.\n"
                               "\n"
                               "# Hemliv\n"
                               "Hon diskar.\n"
                               "\n"
                               "Hon dammar.\n";

const char *const Journal = "2025-03-01 08:00 Personlig vård (undersköterska)\n"
                            "Hon duschade.\n"
                            "\n"
                            "2025-03-02 09:00 Hemliv (undersköterska)\n"
                            "Hon diskade.\n";

/// A case read and analysed; it stays put so the analysis may point into it.
struct Analysed {
  std::unique_ptr<Case> C;
  CaseAnalysis A;
  LexiconIndex Lexicons;
  ActiveLexicons Active;

  /// The assessment above, and with \p WithJournal a journal of the same
  /// case read from a second file.
  explicit Analysed(bool WithJournal = false) {
    C = std::make_unique<Case>(readCase("u.txt", textDocument("Utredning", Assessment)));
    if (WithJournal)
      C->merge(readCase("j.txt", textDocument("Journalanteckningar", Journal)));
    Analyzer Az(Lexicons, Active, reference().otherPersonRoles());
    Az.analyze(*C, A);
  }
  const DocumentAnalysis &doc(size_t I = 0) const { return A.Documents[I]; }
  /// The section analysis whose heading is \p Heading.
  const SectionAnalysis *section(llvm::StringRef Heading) const {
    for (const DocumentAnalysis &D : A.Documents)
      for (const SectionAnalysis &S : D.Sections)
        if (S.S->Heading == Heading)
          return &S;
    FAIL("no section " << Heading.str());
    return nullptr;
  }
};

/// A unit as handed to the rule, copied: the buffers it points into are
/// reused for the next unit.
struct Unit {
  const DocumentAnalysis *Doc;
  const SectionAnalysis *Section;
  const void *Id;
  uint32_t Offset;
  std::string Heading;
  std::vector<const Paragraph *> Paragraphs;
  std::vector<const SectionAnalysis *> Sections;
  std::vector<const DocumentAnalysis *> Documents;
  const Sentence *OneSentence;
  const CaseAnalysis *InCase;
};

std::vector<Unit> units(const Scope &S, const Analysed &X) {
  std::vector<Unit> Out;
  ScopeBuffers Buffers;
  forEachUnit(S, X.A, Buffers, [&](const RuleUnit &U) {
    Out.push_back({U.Doc, U.Section, U.Id, U.Offset, U.Heading.str(),
                   {U.Paragraphs.begin(), U.Paragraphs.end()},
                   {U.Sections.begin(), U.Sections.end()},
                   {U.Documents.begin(), U.Documents.end()}, U.OneSentence, U.Case});
  });
  return Out;
}

/// The first words of each paragraph: which text a unit holds.
Strings texts(const std::vector<const Paragraph *> &Paragraphs) {
  Strings Out;
  for (const Paragraph *P : Paragraphs)
    Out.push_back(P->Text.str());
  return Out;
}

Strings headings(const std::vector<const SectionAnalysis *> &Sections) {
  Strings Out;
  for (const SectionAnalysis *S : Sections)
    Out.push_back(S->S->Heading);
  return Out;
}

Scope scope(UnitKind Unit, SectionSelector Sections = {},
            std::vector<std::string> Types = {}) {
  Scope S;
  S.Unit = Unit;
  S.Sections = std::move(Sections);
  S.Documents.Types = std::move(Types);
  return S;
}

SectionSelector lifeArea(llvm::StringRef Slug) { return {"", Slug.str(), "", {}}; }
SectionSelector kind(llvm::StringRef Slug) { return {Slug.str(), "", "", {}}; }

const Strings AllText = {"Inledning utan rubrik.", "Hon duschar själv.",
                         "Hon behöver stöd i duschen. Hon vill duscha på kvällen.",
                         "Samtal med dottern.", "Hon diskar.", "Hon dammar."};

/// The bytes of the file \p Doc was read from, from \p Offset on.
llvm::StringRef sourceAt(const DocumentAnalysis &Doc, uint32_t Offset) {
  return Doc.Doc->File->contents().drop_front(Offset);
}

} // namespace

TEST_CASE("scope: the analysis the tests walk", "[rules][scope]") {
  // The other tests rely on this shape.
  Analysed X;
  const DocumentAnalysis &D = X.doc();
  REQUIRE(D.Paragraphs.size() == 6);
  REQUIRE(headings({&D.Sections[0], &D.Sections[1], &D.Sections[2], &D.Sections[3]}) ==
          Strings{"Personlig vård", "Personlig vård: Dusch", "Källor", "Hemliv"});
  CHECK(D.Sections[1].Depth == 1);
  CHECK(D.Sections[1].S->LifeArea == "personlig-vard");
  CHECK(D.Sections[2].S->Kind == "kallor");
  CHECK(D.Sections[0].End == 4);
}

TEST_CASE("scope: a document unit without sections reads the whole document",
          "[rules][scope]") {
  Analysed X;
  std::vector<Unit> U = units(scope(UnitKind::Document), X);
  REQUIRE(U.size() == 1);
  CHECK(U[0].Doc == &X.doc());
  CHECK(U[0].InCase == &X.A);
  CHECK(texts(U[0].Paragraphs) == AllText);
  CHECK(headings(U[0].Sections) ==
        Strings{"Personlig vård", "Personlig vård: Dusch", "Källor", "Hemliv"});
  // About the document, pointing where its type is named.
  CHECK(U[0].Section == nullptr);
  CHECK(U[0].Id == X.doc().Doc);
  CHECK(U[0].Offset == X.doc().Doc->Offset);
  CHECK(sourceAt(X.doc(), U[0].Offset).startswith("Utredning\n"));
  CHECK(U[0].Heading.empty());
  CHECK(U[0].OneSentence == nullptr);
  CHECK(U[0].Documents.empty());
}

TEST_CASE("scope: a document unit with one matching section is about it",
          "[rules][scope]") {
  Analysed X;
  std::vector<Unit> U = units(scope(UnitKind::Document, kind("kallor")), X);
  REQUIRE(U.size() == 1);
  CHECK(texts(U[0].Paragraphs) == Strings{"Samtal med dottern."});
  CHECK(U[0].Sections == std::vector<const SectionAnalysis *>{X.section("Källor")});
  CHECK(U[0].Section == X.section("Källor"));
  CHECK(U[0].Heading == "Källor");
  CHECK(U[0].Offset == X.section("Källor")->S->Offset);
  CHECK(sourceAt(X.doc(), U[0].Offset).startswith("## Källor\n"));
  // Findings are still about the document.
  CHECK(U[0].Id == X.doc().Doc);
  // A section with several paragraphs has them all.
  std::vector<Unit> H = units(scope(UnitKind::Document, lifeArea("hemliv")), X);
  REQUIRE(H.size() == 1);
  CHECK(texts(H[0].Paragraphs) == Strings{"Hon diskar.", "Hon dammar."});
  CHECK(H[0].Heading == "Hemliv");
}

TEST_CASE("scope: a document unit with several matching sections takes each "
          "paragraph once",
          "[rules][scope]") {
  Analysed X;
  // "Personlig vård: Dusch" matches and lies inside "Personlig vård", which
  // matches too: its paragraph is not taken twice.
  std::vector<Unit> U = units(scope(UnitKind::Document, lifeArea("personlig-vard")), X);
  REQUIRE(U.size() == 1);
  CHECK(texts(U[0].Paragraphs) ==
        Strings{"Hon duschar själv.",
                "Hon behöver stöd i duschen. Hon vill duscha på kvällen.",
                "Samtal med dottern."});
  // The matching sections; "Källor" is nested but does not match.
  CHECK(headings(U[0].Sections) == Strings{"Personlig vård", "Personlig vård: Dusch"});
  // No one section: about the document, where its type is named.
  CHECK(U[0].Section == nullptr);
  CHECK(U[0].Offset == X.doc().Doc->Offset);
  CHECK(U[0].Heading.empty());
  // Every life area: the two top sections and the nested one, in order.
  std::vector<Unit> L = units(scope(UnitKind::Document, kind("livsomrade")), X);
  REQUIRE(L.size() == 1);
  CHECK(texts(L[0].Paragraphs) ==
        Strings(AllText.begin() + 1, AllText.end()));
  CHECK(headings(L[0].Sections) ==
        Strings{"Personlig vård", "Personlig vård: Dusch", "Hemliv"});
}

TEST_CASE("scope: a document unit with no matching section", "[rules][scope]") {
  Analysed X;
  // By default the rule still judges the document, with nothing in scope.
  std::vector<Unit> U = units(scope(UnitKind::Document, kind("beslut")), X);
  REQUIRE(U.size() == 1);
  CHECK(U[0].Paragraphs.empty());
  CHECK(U[0].Sections.empty());
  CHECK(U[0].Section == nullptr);
  CHECK(U[0].Id == X.doc().Doc);
  CHECK(U[0].Offset == X.doc().Doc->Offset);
  // Or the whole document, when the rule asks for it.
  Scope Whole = scope(UnitKind::Document, kind("beslut"));
  Whole.WholeDocumentWhenNoSection = true;
  std::vector<Unit> W = units(Whole, X);
  REQUIRE(W.size() == 1);
  CHECK(texts(W[0].Paragraphs) == AllText);
  CHECK(W[0].Sections.size() == 4);
  CHECK(W[0].Section == nullptr);
  // WholeDocumentWhenNoSection changes nothing when a section matches.
  Scope Matching = scope(UnitKind::Document, kind("kallor"));
  Matching.WholeDocumentWhenNoSection = true;
  std::vector<Unit> M = units(Matching, X);
  REQUIRE(M.size() == 1);
  CHECK(texts(M[0].Paragraphs) == Strings{"Samtal med dottern."});
}

TEST_CASE("scope: a section unit per matching section, at any depth",
          "[rules][scope]") {
  Analysed X;
  std::vector<Unit> U = units(scope(UnitKind::Section, lifeArea("personlig-vard")), X);
  REQUIRE(U.size() == 2);
  // The outer section with its own and its nested sections' paragraphs.
  CHECK(U[0].Section == X.section("Personlig vård"));
  CHECK(texts(U[0].Paragraphs) ==
        Strings{"Hon duschar själv.",
                "Hon behöver stöd i duschen. Hon vill duscha på kvällen.",
                "Samtal med dottern."});
  CHECK(U[0].Sections == std::vector<const SectionAnalysis *>{X.section("Personlig vård")});
  CHECK(U[0].Id == X.section("Personlig vård")->S);
  CHECK(U[0].Heading == "Personlig vård");
  CHECK(U[0].Offset == X.section("Personlig vård")->S->Offset);
  CHECK(sourceAt(X.doc(), U[0].Offset).startswith("# Personlig vård\n"));
  CHECK(U[0].Doc == &X.doc());
  // The nested one on its own.
  CHECK(U[1].Section == X.section("Personlig vård: Dusch"));
  CHECK(texts(U[1].Paragraphs) ==
        Strings{"Hon behöver stöd i duschen. Hon vill duscha på kvällen."});
  CHECK(U[1].Heading == "Personlig vård: Dusch");
  CHECK(U[1].Id == X.section("Personlig vård: Dusch")->S);
  // Without a selector: every section.
  std::vector<Unit> All = units(scope(UnitKind::Section), X);
  REQUIRE(All.size() == 4);
  CHECK(All[2].Heading == "Källor");
  CHECK(texts(All[3].Paragraphs) == Strings{"Hon diskar.", "Hon dammar."});
  // None matching: no unit.
  CHECK(units(scope(UnitKind::Section, kind("beslut")), X).empty());
}

TEST_CASE("scope: paragraph units only inside matching sections", "[rules][scope]") {
  Analysed X;
  std::vector<Unit> U = units(scope(UnitKind::Paragraph, lifeArea("personlig-vard")), X);
  REQUIRE(U.size() == 3);
  CHECK(texts(U[0].Paragraphs) == Strings{"Hon duschar själv."});
  CHECK(texts(U[2].Paragraphs) == Strings{"Samtal med dottern."});
  // A paragraph is about the section it is in, pointing at its own text.
  const Paragraph *Kallor = U[2].Paragraphs.front();
  CHECK(U[2].Id == X.section("Källor")->S);
  CHECK(U[2].Offset == Kallor->Span->Offset);
  CHECK(sourceAt(X.doc(), U[2].Offset).startswith("Samtal med dottern."));
  CHECK(U[0].OneSentence == nullptr);
  // Without a selector, every paragraph; the document's own is about the
  // document.
  std::vector<Unit> All = units(scope(UnitKind::Paragraph), X);
  REQUIRE(All.size() == 6);
  CHECK(texts(All[0].Paragraphs) == Strings{"Inledning utan rubrik."});
  CHECK(All[0].Id == X.doc().Doc);
  // No matching section: no paragraph is in scope.
  CHECK(units(scope(UnitKind::Paragraph, kind("beslut")), X).empty());
}

TEST_CASE("scope: sentence units", "[rules][scope]") {
  Analysed X;
  std::vector<Unit> U = units(scope(UnitKind::Sentence, kind("livsomrade")), X);
  // Personlig vård 1, Dusch 2, Källor 1 (nested in a matching section),
  // Hemliv 2.
  REQUIRE(U.size() == 6);
  Strings Sentences;
  for (const Unit &S : U) {
    REQUIRE(S.OneSentence != nullptr);
    REQUIRE(S.Paragraphs.size() == 1);
    Sentences.push_back(
        S.Paragraphs[0]->Text.slice(S.OneSentence->Begin, S.OneSentence->End).str());
  }
  CHECK(Sentences == Strings{"Hon duschar själv.", "Hon behöver stöd i duschen.",
                             "Hon vill duscha på kvällen.", "Samtal med dottern.",
                             "Hon diskar.", "Hon dammar."});
  // Both sentences of a paragraph are units of that paragraph.
  CHECK(U[1].Paragraphs == U[2].Paragraphs);
  CHECK(U[1].Offset == U[1].Paragraphs[0]->Span->Offset);
  CHECK(units(scope(UnitKind::Sentence, kind("beslut")), X).empty());
}

TEST_CASE("scope: a case unit gets the documents of the scope's types",
          "[rules][scope]") {
  Analysed X(/*WithJournal=*/true);
  REQUIRE(X.A.Documents.size() == 3); // the assessment and two notes
  std::vector<Unit> Notes = units(scope(UnitKind::Case, {}, {"journalanteckning"}), X);
  REQUIRE(Notes.size() == 1);
  CHECK(Notes[0].InCase == &X.A);
  CHECK(Notes[0].Doc == nullptr);
  CHECK(Notes[0].Documents ==
        std::vector<const DocumentAnalysis *>{&X.doc(1), &X.doc(2)});
  std::vector<Unit> All = units(scope(UnitKind::Case), X);
  REQUIRE(All.size() == 1);
  CHECK(All[0].Documents.size() == 3);
  // A case with no document of the types is still judged once: a rule may
  // report what is missing.
  std::vector<Unit> None = units(scope(UnitKind::Case, {}, {"beslut"}), X);
  REQUIRE(None.size() == 1);
  CHECK(None[0].Documents.empty());
}

TEST_CASE("scope: document types select the documents judged", "[rules][scope]") {
  Analysed X(/*WithJournal=*/true);
  std::vector<Unit> U = units(scope(UnitKind::Document, {}, {"journalanteckning"}), X);
  REQUIRE(U.size() == 2);
  CHECK(U[0].Doc == &X.doc(1));
  CHECK(U[1].Doc == &X.doc(2));
  CHECK(texts(U[1].Paragraphs) == Strings{"Hon diskade."});
  // A note's offset is its header line.
  CHECK(sourceAt(X.doc(2), U[1].Offset).startswith("2025-03-02 09:00"));
  CHECK(units(scope(UnitKind::Paragraph, {}, {"utredning"}), X).size() == 6);
  CHECK(units(scope(UnitKind::Document, {}, {"beslut"}), X).empty());
}
