// Tests for Document/VendorMapping and the XML reader through it: vendor XML
// becomes the same model as the canonical format gives, every piece of text
// keeps its place in the vendor's file, value maps turn codes into IBIC's
// slugs, and a code missing from a value map, a missing mapping or a broken
// one is reported on the XML file's line.
#include "Document/VendorMapping.h"
#include "Document/Reader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using ibic::test::reference;

namespace {

/// A lookup that hands out one mapping, or a problem, for any file.
struct OneMapping : MappingLookup {
  const XmlLayout *Layout = nullptr;
  std::string Problem;
  Found find(llvm::StringRef, llvm::StringRef) const override {
    return {Layout, Problem};
  }
};

/// Nordsys-like: attributes with codes, written on line 1 of "m.yaml".
std::unique_ptr<VendorMapping> codes() {
  auto M = std::make_unique<VendorMapping>("m.yaml", "Export", reference());
  const std::pair<XmlPart, std::pair<const char *, const char *>> Keys[] = {
      {XmlPart::Case, {"select", "Arende"}},
      {XmlPart::Case, {"id", "@nr"}},
      {XmlPart::Case, {"enhet", "@enh"}},
      {XmlPart::Document, {"select", "Dok"}},
      {XmlPart::Document, {"id", "@id"}},
      {XmlPart::Document, {"type", "@typ"}},
      {XmlPart::Document, {"livsomrade", "@lo"}},
      {XmlPart::Document, {"text", "Txt"}},
      {XmlPart::Section, {"select", "Avs"}},
      {XmlPart::Section, {"nested", "Avs"}},
      {XmlPart::Section, {"heading", "@rub"}},
      {XmlPart::Section, {"livsomrade", "@lo"}},
      {XmlPart::Section, {"text", "Txt | @txt"}},
      {XmlPart::Assessment, {"select", "Bed"}},
      {XmlPart::Assessment, {"icf", "@icf"}},
      {XmlPart::Assessment, {"level", "@niva"}},
      {XmlPart::Assessment, {"outcome", "@utfall"}},
  };
  unsigned Line = 0;
  for (const auto &[Part, KeyValue] : Keys) {
    auto Bad = M->setExpression(Part, KeyValue.first, KeyValue.second, ++Line);
    INFO(KeyValue.first << ": " << (Bad ? Bad->Message : ""));
    REQUIRE_FALSE(Bad);
  }
  for (const auto &[Key, Code, Value] : std::initializer_list<
           std::tuple<const char *, const char *, const char *>>{
           {"type", "UTR", "utredning"},
           {"type", "JOU", "journalanteckning"},
           {"enhet", "E1", "Haga hemtjänst"},
           {"livsomrade", "PV", "personlig-vard"},
           {"livsomrade", "KF", "kroppsfunktioner"},
           {"livsomrade", "KONT", ""},
           {"outcome", "D", "delvis"}})
    REQUIRE_FALSE(M->addValue(Key, Code, Value, 30));
  return M;
}

ReadResult read(const XmlLayout *Layout, llvm::StringRef Text,
                std::string Problem = "") {
  OneMapping Lookup;
  Lookup.Layout = Layout;
  Lookup.Problem = std::move(Problem);
  return readBuffer("export/nordsys.xml", Text.str(), reference(), {}, &Lookup);
}

LineColumn at(const Document &D, uint32_t Offset) {
  return D.File->locate(Offset);
}

const char *Export =
    "<?xml version=\"1.0\"?>\n"                                   // 1
    "<Export>\n"                                                  // 2
    "  <Arende nr=\"2025-9950\" enh=\"E1\">\n"                    // 3
    "    <Dok id=\"U-1\" typ=\"UTR\">\n"                          // 4
    "      <Avs rub=\"Personlig vård\" lo=\"PV\">\n"              // 5
    "        <Bed icf=\"D 510\" niva=\" 2 \" utfall=\"D\"/>\n"    // 6
    "        <Txt>Elsa tvättar sig &amp; klär sig själv.</Txt>\n" // 7
    "        <Avs rub=\"Detalj\" txt=\"Hon vill duscha.\"/>\n"    // 8
    "      </Avs>\n"                                              // 9
    "      <Avs rub=\"Kroppsfunktioner\" lo=\"KF\"><Txt>Ont i "
    "knät.</Txt></Avs>\n" // 10
    "    </Dok>\n"        // 11
    "    <Dok id=\"J-1\" typ=\"JOU\" lo=\"KONT\"><Txt>Dottern "
    "ringde.</Txt></Dok>\n" // 12
    "  </Arende>\n"
    "</Export>\n";

} // namespace

TEST_CASE("vendor XML becomes the model the canonical format gives",
          "[reader][vendor]") {
  std::unique_ptr<VendorMapping> M = codes();
  ReadResult R = read(M.get(), Export);
  INFO((R.Errors.empty() ? "" : R.Errors[0].Message));
  REQUIRE(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  const Case &C = R.Cases[0];
  CHECK(C.Id == "2025-9950");
  CHECK(C.Enhet == "Haga hemtjänst");
  REQUIRE(C.Documents.size() == 2);

  const Document &U = C.Documents[0];
  CHECK(U.Id == "U-1");
  CHECK(U.Type == "utredning");
  CHECK(at(U, U.Offset).Line == 4);
  CHECK(at(U, U.Offset).Column == 5);
  REQUIRE(U.Sections.size() == 2);
  const Section &Care = U.Sections[0];
  CHECK(Care.Heading == "Personlig vård");
  CHECK(Care.Kind == "livsomrade"); // from the heading, as in <section>
  CHECK(Care.LifeArea == "personlig-vard");
  REQUIRE(Care.Assessments.size() == 1);
  CHECK(Care.Assessments[0].Icf == "d510");
  CHECK(Care.Assessments[0].Level == 2);
  CHECK(Care.Assessments[0].Outcome == "delvis");
  REQUIRE(Care.Paragraphs.size() == 1);
  const TextSpan &Text = Care.Paragraphs[0];
  CHECK(Text.Text == "Elsa tvättar sig & klär sig själv.");
  CHECK(at(U, Text.Offset).Line == 7);
  CHECK(at(U, Text.Offset).Column == 14);
  // "klär", after the entity, still points at its place in the file.
  LineColumn Klar = at(U, Text.sourceOffset(Text.Text.find("klär")));
  CHECK(Klar.Line == 7);
  CHECK(Klar.Column == 37);

  // A nested section, its text in an attribute.
  REQUIRE(Care.Children.size() == 1);
  REQUIRE(Care.Children[0].Paragraphs.size() == 1);
  const TextSpan &Wish = Care.Children[0].Paragraphs[0];
  CHECK(Wish.Text == "Hon vill duscha.");
  CHECK(at(U, Wish.Offset).Line == 8);
  CHECK(at(U, Wish.Offset).Column == 32);

  // A life-area code that names a related factor.
  CHECK(U.Sections[1].LifeArea.empty());
  CHECK(U.Sections[1].Factor == "kroppsfunktioner");

  // A code for "no life area".
  const Document &J = C.Documents[1];
  CHECK(J.Type == "journalanteckning");
  CHECK(J.LifeArea.empty());
  CHECK(J.Factor.empty());
  REQUIRE(J.Paragraphs.size() == 1);
  CHECK(at(J, J.Paragraphs[0].Offset).Line == 12);
}

TEST_CASE("a code missing from a value map is reported on the XML file's line "
          "with the mapping's",
          "[reader][vendor]") {
  std::unique_ptr<VendorMapping> M = codes();
  std::string Text = Export;
  Text.replace(Text.find("typ=\"JOU\""), 9, "typ=\"ANT\"");
  Text.replace(Text.find("lo=\"PV\""), 7, "lo=\"XX\"");
  ReadResult R = read(M.get(), Text);
  REQUIRE(R.Errors.size() == 2);
  // The section is read, without a life area: a remark.
  CHECK(R.Errors[0].File == "export/nordsys.xml");
  CHECK(R.Errors[0].Line == 5);
  CHECK(R.Errors[0].Column == 33);
  CHECK(R.Errors[0].Audited);
  CHECK_THAT(R.Errors[0].Message,
             Catch::Contains("Koden 'XX' från section: livsomrade '@lo' "
                             "(m.yaml:12) finns inte i värdelistan values: "
                             "livsomrade (m.yaml:30). Lägg till raden \"XX\": "
                             "VÄRDE där"));
  // The document is not: an error.
  CHECK(R.Errors[1].Line == 12);
  CHECK(R.Errors[1].Column == 19);
  CHECK_FALSE(R.Errors[1].Audited);
  CHECK_THAT(R.Errors[1].Message,
             Catch::Contains("den av utredning, beslut, genomforandeplan, "
                             "journalanteckning eller uppfoljning som koden "
                             "står för"));
  REQUIRE(R.Cases.size() == 1);
  CHECK(R.Cases[0].Documents.size() == 1);
  // As for a <section> with an unknown livsomrade, its heading still names
  // one.
  CHECK(R.Cases[0].Documents[0].Sections[0].LifeArea == "personlig-vard");
}

TEST_CASE("values without a value map are checked as in the canonical format",
          "[reader][vendor]") {
  VendorMapping M("m.yaml", "E", reference());
  REQUIRE_FALSE(M.setExpression(XmlPart::Case, "select", ".", 2));
  REQUIRE_FALSE(M.setExpression(XmlPart::Case, "id", "Nr", 3));
  REQUIRE_FALSE(M.setExpression(XmlPart::Document, "select", "D", 4));
  REQUIRE_FALSE(M.setExpression(XmlPart::Document, "type", "Typ", 5));
  REQUIRE_FALSE(M.setExpression(XmlPart::Document, "livsomrade",
                                "concat('personlig', '-', 'vard')", 6));
  ReadResult R = read(&M, "<E><Nr> 7 </Nr>\n"
                          "<D><Typ>Utredning</Typ></D>\n"
                          "<D><Typ>GP</Typ></D>\n"
                          "<D/>\n"
                          "</E>\n");
  REQUIRE(R.Cases.size() == 1);
  CHECK(R.Cases[0].Id == "7");
  REQUIRE(R.Cases[0].Documents.size() == 1);
  CHECK(R.Cases[0].Documents[0].Type == "utredning");
  CHECK(R.Cases[0].Documents[0].LifeArea == "personlig-vard");
  REQUIRE(R.Errors.size() == 2);
  CHECK(R.Errors[0].Line == 3);
  CHECK_THAT(R.Errors[0].Message,
             Catch::StartsWith("Okänd dokumenttyp 'GP' från document: type "
                               "'Typ' (m.yaml:5). Lägg till en värdelista"));
  CHECK_THAT(R.Errors[0].Message,
             Catch::Contains("values: {type: {\"GP\": VÄRDE}}"));
  CHECK(R.Errors[1].Line == 4);
  CHECK_THAT(R.Errors[1].Message, Catch::StartsWith("Dokumentet saknar typ"));
}

TEST_CASE("an XML file with a foreign root and no mapping says how to give "
          "one",
          "[reader][vendor]") {
  ReadResult R = read(nullptr, Export);
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 2);
  CHECK_THAT(R.Errors[0].Message,
             Catch::StartsWith("Rotelementet ska vara <ibic-export>, inte "
                               "<Export>"));
  CHECK_THAT(R.Errors[0].Message, Catch::Contains(".ibic-mapping.yaml"));
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("root: Export"));
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("--mapping FIL"));

  // Without any lookup at all (a caller that knows no mappings) too.
  R = readBuffer("x.xml", Export, reference());
  REQUIRE(R.Errors.size() == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("--mapping FIL"));

  // What the lookup knows is said instead.
  R = read(nullptr, Export, "Mappningen m.yaml för <Export> har fel.");
  REQUIRE(R.Errors.size() == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::EndsWith("Mappningen m.yaml för "
                                                  "<Export> har fel."));
}

TEST_CASE("a mapping that finds no case says what to select",
          "[reader][vendor]") {
  std::unique_ptr<VendorMapping> M = codes();
  ReadResult R = read(M.get(), "<Export><Klient nr=\"1\"/></Export>\n");
  REQUIRE(R.Errors.size() == 1);
  CHECK_THAT(R.Errors[0].Message,
             Catch::StartsWith("Mappningen hittade inget ärende: case: select "
                               "'Arende' (m.yaml:1) valde inget element under "
                               "<Export>."));
}

TEST_CASE("nested sections never loop or repeat, whatever the expression",
          "[reader][vendor]") {
  for (const char *Nested :
       {".", "..", "ancestor-or-self::*", ".//Avs", "//Avs"}) {
    INFO("nested: " << Nested);
    VendorMapping M("m.yaml", "E", reference());
    REQUIRE_FALSE(M.setExpression(XmlPart::Case, "select", ".", 1));
    REQUIRE_FALSE(M.setExpression(XmlPart::Case, "id", "@nr", 1));
    REQUIRE_FALSE(M.setExpression(XmlPart::Document, "select", "D", 1));
    REQUIRE_FALSE(M.setExpression(XmlPart::Document, "type", "'utredning'", 1));
    REQUIRE_FALSE(M.setExpression(XmlPart::Section, "select", "Avs", 1));
    REQUIRE_FALSE(M.setExpression(XmlPart::Section, "nested", Nested, 1));
    std::string Text = "<E nr=\"1\"><D>";
    for (int I = 0; I < 60; ++I)
      Text += "<Avs>";
    for (int I = 0; I < 60; ++I)
      Text += "</Avs>";
    Text += "</D></E>\n";
    ReadResult R = read(&M, Text);
    REQUIRE(R.Cases.size() == 1);
    const Document &D = R.Cases[0].Documents.at(0);
    size_t Sections = 0;
    D.forEachSection([&](const Section &) { ++Sections; });
    // Each <Avs> once at most: nested ones only below their parent.
    CHECK(Sections <= 60);
  }
}

TEST_CASE("XPath expressions are checked when the mapping is made",
          "[vendor][mapping]") {
  VendorMapping M("m.yaml", "E", reference());
  auto Bad = M.setExpression(XmlPart::Document, "type", "@typ[", 1);
  REQUIRE(Bad);
  CHECK(Bad->Offset == 5);
  CHECK_THAT(Bad->Message, Catch::StartsWith("ogiltigt XPath-uttryck: "));
  Bad = M.setExpression(XmlPart::Case, "select", "string(Arende)", 1);
  REQUIRE(Bad);
  CHECK_THAT(Bad->Message,
             Catch::StartsWith("uttrycket ger ett värde, inte element"));
  CHECK(M.setExpression(XmlPart::Assessment, "kind", "@x", 1));
  CHECK_FALSE(M.has(XmlPart::Document, "type"));
  CHECK(VendorMapping::hasValueMap("type"));
  CHECK_FALSE(VendorMapping::hasValueMap("id"));
  CHECK_FALSE(VendorMapping::hasValueMap("typ"));
}

TEST_CASE("the case ids of vendor XML are found through its mapping",
          "[reader][vendor]") {
  std::unique_ptr<VendorMapping> M = codes();
  OneMapping Lookup;
  Lookup.Layout = M.get();
  CHECK(caseIdsInText("a.xml", Export, {}, &Lookup) ==
        std::vector<std::string>{"2025-9950"});
  // Without a mapping there are none to find.
  CHECK(caseIdsInText("a.xml", Export, {}, nullptr).empty());
  CHECK(xmlRootName("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x -->\n"
                    "<!DOCTYPE E [<!ENTITY a \"b\">]>\n<E a=\"1\">") == "E");
  CHECK(xmlRootName("<ibic-export/>") == "ibic-export");
  CHECK(xmlRootName("text").empty());
}
