// Tests for Document/Reader: every class of bad input in input-formats.md
// ("Bad input") gets a diagnostic with file:line:column and a Swedish
// message, and never stops a batch. Uses the files in tests/inputs/.
#include "Document/Reader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

#include <algorithm>

using namespace ibic;
using ibic::test::reference;
using ibic::test::sourcePath;

namespace {

ReadResult readBad(llvm::StringRef Name) {
  return readFile(sourcePath(("tests/inputs/bad/" + Name).str()), reference());
}

} // namespace

TEST_CASE("an empty file is reported at 1:1", "[reader][bad]") {
  for (const char *Name : {"empty.txt", "empty.xml"}) {
    INFO(Name);
    ReadResult R = readBad(Name);
    CHECK(R.Cases.empty());
    REQUIRE(R.Errors.size() == 1);
    CHECK(llvm::StringRef(R.Errors[0].File).endswith(Name));
    CHECK(R.Errors[0].Line == 1);
    CHECK(R.Errors[0].Column == 1);
    CHECK_THAT(R.Errors[0].Message, Catch::Contains("tom"));
  }
  // Blank lines or only a byte order mark are no content either.
  for (const char *Text : {" \n\n\t\n", "\xEF\xBB\xBF", "\xEF\xBB\xBF\n\n"}) {
    for (const char *Name : {"a.txt", "a.xml"}) {
      ReadResult R = readBuffer(Name, Text, reference());
      CHECK(R.Cases.empty());
      REQUIRE(R.Errors.size() == 1);
      CHECK(R.Errors[0].Line == 1);
      CHECK(R.Errors[0].Column == 1);
      CHECK_THAT(R.Errors[0].Message, Catch::Contains("tom"));
    }
  }
}

TEST_CASE("invalid UTF-8 is reported at the offending byte", "[reader][bad]") {
  ReadResult R = readBad("invalid-utf8.txt");
  // Nothing of the file is audited.
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  const Diagnostic &E = R.Errors[0];
  CHECK(E.Line == 13);
  CHECK(E.Column == 61);
  CHECK_THAT(E.Message, Catch::Contains("UTF-8"));
  // The caret line is itself printable.
  CHECK(llvm::json::isUTF8(E.SourceLine));
  CHECK(llvm::StringRef(E.SourceLine).startswith("Karl tvättar sig"));
}

TEST_CASE("invalid UTF-8 is found at any offset after ASCII, and in sequences "
          "that only look whole",
          "[reader][bad]") {
  // ASCII is passed eight bytes at a time: a bad byte at every offset of
  // such a run, and right after it, is still found where it stands.
  for (size_t Ascii = 0; Ascii <= 17; ++Ascii)
    for (const char *Bad : {"\xF6", "\xC3", "\xED\xA0\x80", "\xC0\xAF", "\xF8\x88\x80\x80\x80"}) {
      std::string Text = "Ärende: 1\nDokument: Utredning\n\nHemliv\n" +
                         std::string(Ascii, 'a') + Bad + "bb\n";
      INFO(Ascii << " ASCII letters, then " << llvm::toHex(Bad));
      ReadResult R = readBuffer("t.txt", Text, reference());
      CHECK(R.Cases.empty());
      REQUIRE(R.Errors.size() == 1);
      CHECK(R.Errors[0].Line == 5);
      CHECK(R.Errors[0].Column == Ascii + 1);
    }
}

TEST_CASE("invalid UTF-8 in XML and in a truncated sequence", "[reader][bad]") {
  // A lone continuation byte on line 2 of an XML file.
  ReadResult R = readBuffer("x.xml",
                            "<ibic-export version=\"1\">\n<case id=\"1\" "
                            "avdelning=\"H\x80\"/></ibic-export>\n",
                            reference());
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 2);
  CHECK(R.Errors[0].Column == 26);
  // A sequence cut off by the end of the file.
  R = readBuffer("t.txt", "Ärende: 1\nDokument: Utredning\n\nHemliv\nå\xC3",
                 reference());
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 5);
  CHECK(R.Errors[0].Column == 2);
}

TEST_CASE("malformed XML is reported where the parser notices",
          "[reader][bad][xml]") {
  ReadResult R = readBad("malformed.xml");
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  const Diagnostic &E = R.Errors[0];
  // The '<' of </section> (8:7) or the start of its name (8:9).
  CHECK(E.Line == 8);
  CHECK((E.Column == 7 || E.Column == 9));
  CHECK_THAT(E.Message, Catch::Contains("XML"));
  CHECK(llvm::StringRef(E.SourceLine).trim() == "</section>");
}

TEST_CASE("a case without id is reported and not audited",
          "[reader][bad][xml]") {
  ReadResult R = readBad("missing-case-id.xml");
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 3);
  CHECK(R.Errors[0].Column == 3);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("id"));
}

TEST_CASE("a document without type is reported", "[reader][bad][xml]") {
  ReadResult R = readBad("missing-document-type.xml");
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 4);
  CHECK(R.Errors[0].Column == 5);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("type"));
  // The case is read; the document without type is not part of it.
  REQUIRE(R.Cases.size() == 1);
  CHECK(R.Cases[0].Id == "2025-9004");
  CHECK(R.Cases[0].Documents.empty());
}

TEST_CASE("an unknown life area is reported on its line", "[reader][bad][xml]") {
  ReadResult R = readBad("unknown-livsomrade.xml");
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 5);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("'personlig-hygien'"));
}

TEST_CASE("an unknown life area points at the attribute", "[reader][bad][xml]") {
  // tests/inputs/bad/README.md: the problem is at 5:34, the attribute
  // livsomrade="personlig-hygien" (its value starts at 5:46), not at the
  // element <section (5:7), which has other attributes that are fine.
  ReadResult R = readBad("unknown-livsomrade.xml");
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 5);
  CHECK((R.Errors[0].Column == 34 || R.Errors[0].Column == 46));
}

TEST_CASE("a byte order mark is ignored", "[reader][bad]") {
  ReadResult R = readBad("bom.txt");
  CHECK(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  CHECK(R.Cases[0].Id == "2025-9008");
  REQUIRE(R.Cases[0].Documents.size() == 1);
  const Document &D = R.Cases[0].Documents[0];
  CHECK(D.Type == "utredning");
  const Section *PV = nullptr;
  D.forEachSection([&](const Section &S) {
    if (S.LifeArea == "personlig-vard")
      PV = &S;
  });
  REQUIRE(PV != nullptr);
  REQUIRE(PV->Assessments.size() == 1);
  CHECK(PV->Assessments[0].Icf == "d510");
  CHECK(PV->Assessments[0].Level == 2);
}

TEST_CASE("columns on line 1 count from after the byte order mark",
          "[reader][bad]") {
  // A text file whose first line is not 'Ärende:': the problem is at 1:1.
  ReadResult R = readBuffer("bom.txt",
                            "\xEF\xBB\xBF" "Avdelning: Hemtjänst\n"
                            "Dokument: Utredning\n\nHemliv\nDisk.\n",
                            reference());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 1);
  CHECK(R.Errors[0].Column == 1);
  CHECK(R.Errors[0].SourceLine == "Avdelning: Hemtjänst");
  // An XML file whose root element on line 1 is wrong: the '<' is at 1:1.
  R = readBuffer("bom.xml", "\xEF\xBB\xBF<export><case id=\"1\"/></export>\n",
                 reference());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 1);
  CHECK(R.Errors[0].Column == 1);
}

TEST_CASE("text files without case id or document type", "[reader][bad][text]") {
  ReadResult R = readBuffer("a.txt", "Avdelning: Hemtjänst\nDokument: Utredning\n\n"
                            "Hemliv\nDisk.\n", reference());
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("Ärende"));

  R = readBuffer("b.txt", "Ärende: 2025-9960\nAvdelning: Hemtjänst\n\nHemliv\n",
                 reference());
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 1);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("Dokument"));

  R = readBuffer("c.txt", "Ärende: 2025-9961\nDokument:  Anteckning\n\nHemliv\n",
                 reference());
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 2);
  CHECK(R.Errors[0].Column == 12); // where the unknown word starts
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("'Anteckning'"));
}

TEST_CASE("a journal without notes is reported", "[reader][bad][text]") {
  ReadResult R = readBuffer("j.txt", "Ärende: 2025-9962\nDokument: Journal\n\n"
                            "Bara text utan anteckningsrad.\n", reference());
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Errors[0].Line == 2);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("anteckning"));
}

TEST_CASE("a file that cannot be opened is reported, not thrown",
          "[reader][bad]") {
  ReadResult R = readFile(sourcePath("tests/inputs/bad/finns-inte.xml"), reference());
  CHECK(R.Cases.empty());
  REQUIRE(R.Errors.size() == 1);
  CHECK_THAT(R.Errors[0].File, Catch::EndsWith("finns-inte.xml"));
  CHECK_FALSE(R.Errors[0].Message.empty());
}

TEST_CASE("bad files never stop a batch", "[reader][bad][batch]") {
  AuditOptions Options;
  Options.Jobs = 2;
  AuditResult R = ibic::test::engine().audit({sourcePath("tests/inputs/mixed")},
                                             Options);
  std::vector<std::string> Ids;
  for (const CaseResult &C : R.Cases)
    Ids.push_back(C.Id);
  CHECK(Ids == std::vector<std::string>{"2025-9101", "2025-9103"});
  REQUIRE(R.Errors.size() == 1);
  CHECK_THAT(R.Errors[0].File, Catch::EndsWith("2025-9102-broken.xml"));
  // Where the parser notices (8:7, the '<' inside the open value), or at the
  // open quote (7:113) or the start of the unterminated value (7:114).
  const Diagnostic &Broken = R.Errors[0];
  CHECK(((Broken.Line == 8) ||
         (Broken.Line == 7 && (Broken.Column == 113 || Broken.Column == 114))));

  // Every file of the bad set gets exactly one diagnostic, and the good file
  // among them is audited.
  R = ibic::test::engine().audit({sourcePath("tests/inputs/bad")}, Options);
  std::vector<std::string> Files;
  for (const Diagnostic &D : R.Errors)
    Files.push_back(llvm::sys::path::filename(D.File).str());
  CHECK(Files == std::vector<std::string>{
                     "empty.txt", "empty.xml", "invalid-utf8.txt",
                     "malformed.xml", "missing-case-id.xml",
                     "missing-document-type.xml", "unknown-livsomrade.xml"});
  CHECK(std::any_of(R.Cases.begin(), R.Cases.end(),
                    [](const CaseResult &C) { return C.Id == "2025-9008"; }));
  for (const Diagnostic &D : R.Errors) {
    CHECK(D.Line >= 1);
    CHECK(D.Column >= 1);
  }
}

TEST_CASE("a file over the size or line limit is refused at the place",
          "[reader][bad][limits]") {
  Limits Small;
  Small.MaxFileBytes = 30;
  ReadResult R =
      readBuffer("t.txt", "Ärende: 1\nDokument: Utredning\n\nHemliv\n",
                 reference(), Small);
  REQUIRE(R.Errors.size() == 1);
  CHECK(R.Cases.empty());
  CHECK(R.Errors[0].Line == 2);
  CHECK(R.Errors[0].Column == 20);
  CHECK_THAT(R.Errors[0].Message, Catch::Contains("max-file-mb"));
  Limits Narrow;
  Narrow.MaxLineLength = 8;
  R = readBuffer("t.txt", "Ärende: 1\nDokument: Utredning\n\nHemliv\n",
                 reference(), Narrow);
  REQUIRE(R.Errors.size() == 1);
  // "Ärende: 1" has nine code points in ten bytes.
  CHECK(R.Errors[0].Line == 1);
  CHECK(R.Errors[0].Column == 9);
  // The line could be as long as the file: it is not repeated.
  CHECK(R.Errors[0].SourceLine.empty());
}
