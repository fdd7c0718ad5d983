// Tests for Config/Mapping: reading a vendor mapping file. Every mistake in
// one (YAML, an unknown key, an XPath expression, a missing key, a value
// that is not an IBIC value) is reported at the mapping file's line and
// column, in Swedish, saying what to write instead.
#include "Config/Mapping.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using ibic::test::reference;
using ibic::test::TempDir;

namespace {

const char *Good = "root: Export\n"                         // 1
                   "case:\n"                                // 2
                   "  select: Arende\n"                     // 3
                   "  id: \"@nr\"\n"                        // 4
                   "document:\n"                            // 5
                   "  select: Dok\n"                        // 6
                   "  type: \"@typ\"\n"                     // 7
                   "  text: Txt\n"                          // 8
                   "values:\n"                              // 9
                   "  type: {UT: utredning, J: Journal}\n"; // 10

struct Loaded {
  LoadedMapping Mapping;
  std::vector<Diagnostic> Errors;
  std::string File;
};

Loaded load(const TempDir &Tmp, llvm::StringRef Text) {
  Loaded L;
  L.File = Tmp.write("x.ibic-mapping.yaml", Text);
  L.Mapping = loadMapping(L.File, reference(), {}, L.Errors);
  return L;
}

/// The single error of \p L, which must have exactly one.
Diagnostic onlyError(const Loaded &L) {
  INFO("errors: " << L.Errors.size()
                  << (L.Errors.empty() ? ""
                                       : ", first: " + L.Errors[0].Message));
  REQUIRE(L.Errors.size() == 1);
  CHECK(L.Errors[0].File == L.File);
  CHECK(L.Mapping.Mapping == nullptr);
  return L.Errors[0];
}

std::string replaced(llvm::StringRef Text, llvm::StringRef Old,
                     llvm::StringRef New) {
  size_t At = Text.find(Old);
  bool Found = At != llvm::StringRef::npos;
  REQUIRE(Found);
  return (Text.take_front(At) + New + Text.drop_front(At + Old.size())).str();
}

} // namespace

TEST_CASE("mapping: a complete file loads", "[config][mapping]") {
  TempDir Tmp;
  Loaded L = load(Tmp, Good);
  INFO((L.Errors.empty() ? "" : L.Errors[0].Message));
  REQUIRE(L.Errors.empty());
  REQUIRE(L.Mapping.Mapping);
  CHECK(L.Mapping.Root == "Export");
  CHECK(L.Mapping.Mapping->root() == "Export");
  CHECK(L.Mapping.Mapping->has(XmlPart::Document, "text"));
  CHECK_FALSE(L.Mapping.Mapping->has(XmlPart::Section, "select"));
}

TEST_CASE("mapping: bad YAML is reported at its line, and the root is still "
          "known",
          "[config][mapping]") {
  TempDir Tmp;
  Loaded L =
      load(Tmp, replaced(Good, "  type: \"@typ\"\n", "  type: [\"@typ\"\n"));
  REQUIRE_FALSE(L.Errors.empty());
  CHECK(L.Errors[0].File == L.File);
  CHECK(L.Errors[0].Line >= 7);
  INFO(L.Errors[0].Message);
  CHECK(L.Errors[0].Message.find("saknas") != std::string::npos);
  CHECK(L.Mapping.Mapping == nullptr);
  // The files meant for it can say that their mapping is broken.
  CHECK(L.Mapping.Root == "Export");
}

TEST_CASE("mapping: an unknown key is reported where it is written, with "
          "the key meant and the keys allowed there",
          "[config][mapping]") {
  TempDir Tmp;
  const Diagnostic D =
      onlyError(load(Tmp, replaced(Good, "  id: \"@nr\"", "  idd: \"@nr\"")));
  CHECK(D.Line == 4);
  CHECK(D.Column == 3);
  CHECK_THAT(D.Message, Catch::Contains("okänd nyckel 'idd' under case"));
  CHECK_THAT(D.Message, Catch::Contains("menar du 'id'?"));
  CHECK_THAT(D.Message,
             Catch::Contains("select, id, avdelning, enhet eller lagrum"));

  const Diagnostic Top =
      onlyError(load(Tmp, replaced(Good, "document:", "dokument:")));
  CHECK(Top.Line == 5);
  CHECK_THAT(Top.Message, Catch::Contains("överst i mappningen; menar du "
                                          "'document'?"));

  const Diagnostic Values =
      onlyError(load(Tmp, replaced(Good, "  type: {UT", "  typ: {UT")));
  CHECK(Values.Line == 10);
  CHECK_THAT(Values.Message, Catch::Contains("under values; menar du 'type'?"));
}

TEST_CASE("mapping: an invalid XPath expression is reported at the place in "
          "it where it goes wrong",
          "[config][mapping]") {
  TempDir Tmp;
  const Diagnostic D =
      onlyError(load(Tmp, replaced(Good, "select: Dok\n", "select: Dok[@a\n")));
  CHECK(D.Line == 6);
  // "  select: " is 10 columns; the ']' is missing after "Dok[@a".
  CHECK(D.Column == 17);
  CHECK_THAT(D.Message, Catch::StartsWith("document: select: ogiltigt "
                                          "XPath-uttryck: ] saknas"));

  const Diagnostic Function =
      onlyError(load(Tmp, replaced(Good, "\"@typ\"", "\"konkat(@a, @b)\"")));
  CHECK(Function.Line == 7);
  CHECK_THAT(Function.Message, Catch::Contains("okänd funktion"));

  // Parts are elements, not values.
  const Diagnostic Value = onlyError(
      load(Tmp, replaced(Good, "select: Arende", "select: count(Arende)")));
  CHECK(Value.Line == 3);
  CHECK_THAT(Value.Message, Catch::Contains("ger ett värde, inte element"));
}

TEST_CASE("mapping: missing keys are named, with an example",
          "[config][mapping]") {
  TempDir Tmp;
  const Diagnostic Root =
      onlyError(load(Tmp, replaced(Good, "root: Export\n", "")));
  CHECK(Root.Line == 1);
  CHECK_THAT(Root.Message, Catch::StartsWith("root saknas"));

  const Diagnostic Id =
      onlyError(load(Tmp, replaced(Good, "  id: \"@nr\"\n", "")));
  CHECK(Id.Line == 3);
  CHECK_THAT(Id.Message,
             Catch::StartsWith("case: id saknas: skriv var ärendets "
                               "id står, t.ex. id: \"@nr\""));

  const Diagnostic Type =
      onlyError(load(Tmp, replaced(Good, "  type: \"@typ\"\n", "")));
  CHECK_THAT(Type.Message, Catch::StartsWith("document: type saknas"));

  Loaded NoDocument =
      load(Tmp, "root: Export\ncase: {select: A, id: \"@nr\"}\n");
  const Diagnostic Document = onlyError(NoDocument);
  CHECK(Document.Line == 1);
  CHECK_THAT(Document.Message, Catch::StartsWith("document saknas"));

  Loaded Empty = load(Tmp, "");
  CHECK(Empty.Errors.size() == 3); // root, case and document
  CHECK(Empty.Mapping.Mapping == nullptr);
}

TEST_CASE("mapping: values that are not IBIC's are reported at the value",
          "[config][mapping]") {
  TempDir Tmp;
  const Diagnostic Type =
      onlyError(load(Tmp, replaced(Good, "J: Journal", "J: anteckning")));
  CHECK(Type.Line == 10);
  CHECK(Type.Column == 28);
  CHECK_THAT(Type.Message,
             Catch::Contains("values: type: 'J': 'anteckning' är ingen "
                             "dokumenttyp; skriv en av utredning, beslut, "
                             "genomforandeplan, journalanteckning eller "
                             "uppfoljning"));

  const Diagnostic Area = onlyError(
      load(Tmp, std::string(Good) +
                    "  livsomrade: {PV: personlig-vard, X: hygien}\n"));
  CHECK(Area.Line == 11);
  CHECK_THAT(Area.Message, Catch::Contains("'hygien' är inget värde för "
                                           "livsomrade"));
  CHECK_THAT(Area.Message, Catch::Contains("\"\" för inget värde"));

  const Diagnostic Level =
      onlyError(load(Tmp, std::string(Good) + "  level: {Stor: \"6\"}\n"));
  CHECK_THAT(Level.Message, Catch::Contains("'6' är inget värde för level"));

  const Diagnostic Skip =
      onlyError(load(Tmp, replaced(Good, "J: Journal", "J: \"\"")));
  CHECK_THAT(Skip.Message, Catch::Contains("välj bort dokument"));

  // Codes for no value, and for a related factor in the life-area list.
  Loaded Fine =
      load(Tmp, std::string(Good) + "  livsomrade: {PV: personlig-vard, KF: "
                                    "kroppsfunktioner, K: \"\"}\n"
                                    "  enhet: {E1: Haga hemtjänst}\n");
  CHECK(Fine.Errors.empty());
  CHECK(Fine.Mapping.Mapping != nullptr);
}

TEST_CASE("mapping: a mapping for <ibic-export> is refused",
          "[config][mapping]") {
  TempDir Tmp;
  const Diagnostic D =
      onlyError(load(Tmp, replaced(Good, "root: Export", "root: ibic-export")));
  CHECK(D.Line == 1);
  CHECK(D.Column == 7);
  CHECK_THAT(D.Message, Catch::Contains("läses utan mappning"));
}

TEST_CASE("mapping: an attribute written without quotes is explained",
          "[config][mapping]") {
  TempDir Tmp;
  Loaded L = load(Tmp, replaced(Good, "id: \"@nr\"", "id: @nr"));
  CHECK(L.Mapping.Mapping == nullptr);
  bool Explained = false;
  for (const Diagnostic &D : L.Errors)
    if (D.Line == 4 && D.Column == 7) {
      CHECK(D.Message == "ett värde som börjar med @ ska stå inom "
                         "citattecken, t.ex. \"@nr\"");
      Explained = true;
    }
  CHECK(Explained);
}
