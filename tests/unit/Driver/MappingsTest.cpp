// Tests for Driver/Mappings through Engine::audit: a vendor export's mapping
// is found like a configuration (its folder, or the nearest folder above
// with one for its root element) or named for the audit; a broken mapping
// is reported once at its own line and costs only the files it was meant
// for; a foreign root with no mapping says how to write one.
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using ibic::test::engine;
using ibic::test::TempDir;

namespace {

const char *Mapping = "root: Export\n"
                      "case: {select: Arende, id: \"@nr\"}\n"
                      "document: {select: Dok, type: \"@typ\", livsomrade: "
                      "\"@lo\", text: Txt}\n"
                      "values:\n"
                      "  type: {J: journalanteckning}\n";

std::string exportFile(llvm::StringRef Case) {
  return "<Export>\n<Arende nr=\"" + Case.str() +
         "\">\n<Dok typ=\"J\" lo=\"hemliv\"><Txt>Hon diskade "
         "själv.</Txt></Dok>\n</Arende>\n</Export>\n";
}

const char *Canonical =
    "<ibic-export version=\"1\"><case id=\"c1\"><document id=\"J\" "
    "type=\"journalanteckning\" livsomrade=\"hemliv\"><p>Hon diskade "
    "själv.</p></document></case></ibic-export>\n";

std::vector<std::string> caseIds(const AuditResult &R) {
  std::vector<std::string> Ids;
  for (const CaseResult &C : R.Cases)
    Ids.push_back(C.Id);
  return Ids;
}

AuditResult audit(const std::string &Path,
                  std::vector<std::string> Named = {}) {
  AuditOptions Options;
  Options.MappingFiles = std::move(Named);
  return engine().audit({Path}, Options);
}

} // namespace

TEST_CASE("a mapping is found in the export's folder or a folder above",
          "[driver][vendor]") {
  TempDir Tmp;
  Tmp.write("export/nordsys.ibic-mapping.yaml", Mapping);
  Tmp.write("export/2025/maj/a.xml", exportFile("v1"));
  Tmp.write("export/2025/b.xml", exportFile("v2"));
  AuditResult R = audit(Tmp.path("export"));
  INFO((R.Errors.empty() ? "" : R.Errors[0].Message));
  CHECK(R.Errors.empty());
  CHECK(caseIds(R) == std::vector<std::string>{"v1", "v2"});

  // The nearest folder with a mapping for the root wins.
  Tmp.write("export/2025/maj/.ibic-mapping.yaml",
            llvm::StringRef(Mapping).str() +
                "  livsomrade: {hemliv: hemliv}\n");
  Tmp.write("export/2025/maj/a.xml",
            "<Export><Arende nr=\"v1\"><Dok typ=\"J\" lo=\"x\"><Txt>Hon "
            "diskade.</Txt></Dok></Arende></Export>\n");
  R = audit(Tmp.path("export"));
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].File == Tmp.path("export/2025/maj/a.xml"));
  CHECK_THAT(R.Errors[0].Message,
             Catch::Contains(Tmp.path("export/2025/maj/.ibic-mapping.yaml")));
}

TEST_CASE("mappings named for the audit are used instead of those found",
          "[driver][vendor]") {
  TempDir Tmp;
  std::string Named = Tmp.write("mappningar/nordsys.yaml", Mapping);
  Tmp.write("export/a.xml", exportFile("v1"));
  AuditResult R = audit(Tmp.path("export"), {Named});
  CHECK(R.Errors.empty());
  CHECK(caseIds(R) == std::vector<std::string>{"v1"});

  // Named ones replace the search: a mapping beside the export is not read.
  Tmp.write("export/.ibic-mapping.yaml", "root: Export\nbroken: [\n");
  R = audit(Tmp.path("export"), {Named});
  CHECK(R.Errors.empty());
  CHECK(caseIds(R) == std::vector<std::string>{"v1"});
}

TEST_CASE("a broken mapping is reported once and costs only its files",
          "[driver][vendor]") {
  TempDir Tmp;
  std::string Broken =
      Tmp.write("export/nordsys.ibic-mapping.yaml",
                llvm::StringRef(Mapping).str() + "  livsomrade: {H: hemlif}\n");
  Tmp.write("export/a.xml", exportFile("v1"));
  Tmp.write("export/b.xml", exportFile("v2"));
  Tmp.write("export/c.xml", Canonical);
  AuditResult R = audit(Tmp.path("export"));
  CHECK(caseIds(R) == std::vector<std::string>{"c1"});
  std::vector<const Diagnostic *> InMapping;
  for (const Diagnostic &D : R.Errors)
    if (D.File == Broken)
      InMapping.push_back(&D);
  REQUIRE(InMapping.size() == 1);
  CHECK(InMapping[0]->Line == 6);
  CHECK_THAT(InMapping[0]->Message, Catch::Contains("'hemlif' är inget värde"));
  REQUIRE(R.Errors.size() == 3);
  for (const Diagnostic &D : R.Errors)
    if (D.File != Broken) {
      CHECK(D.Line == 1);
      CHECK_THAT(D.Message, Catch::Contains("har fel och användes inte; felen "
                                            "anges med mappningsfilens rad"));
    }
  CHECK(R.unreadFiles() == 3);
}

TEST_CASE("a foreign root without a mapping for it says which were found",
          "[driver][vendor]") {
  TempDir Tmp;
  Tmp.write("export/a.xml", exportFile("v1"));
  AuditResult R = audit(Tmp.path("export"));
  REQUIRE(R.Errors.size() == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("Ingen mappning för <Export> "
                                                  "hittades"));

  std::string Other =
      Tmp.write("export/annan.ibic-mapping.yaml",
                llvm::StringRef(Mapping).str().replace(6, 6, "Annat"));
  R = audit(Tmp.path("export"));
  REQUIRE(R.Errors.size() == 1);
  CHECK_THAT(R.Errors[0].Message,
             Catch::Contains("de som hittades gäller andra rotelement: " +
                             Other + " (<Annat>)"));

  Tmp.write("export/tva.ibic-mapping.yaml", Mapping);
  Tmp.write("export/tre.ibic-mapping.yaml", Mapping);
  R = audit(Tmp.path("export"));
  REQUIRE(R.Errors.size() == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("Flera mappningar gäller "
                                                  "<Export>"));
}

TEST_CASE("unsaved vendor XML in an editor is read through its mapping",
          "[driver][vendor]") {
  TempDir Tmp;
  Tmp.write("export/nordsys.ibic-mapping.yaml", Mapping);
  std::string Path = Tmp.path("export/a.xml");
  AuditResult R =
      engine().auditTextInCase(Path, exportFile("v1"), {}, AuditOptions());
  CHECK(R.Errors.empty());
  CHECK(caseIds(R) == std::vector<std::string>{"v1"});
}
