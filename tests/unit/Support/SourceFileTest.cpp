// Tests for Support/SourceFile and Support/Result: byte offsets to 1-based
// line and code-point column, source lines for carets, severities.
#include "Support/SourceFile.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sys/stat.h>

using namespace ibic;

namespace {

/// Byte offset of the first occurrence of \p Needle in \p File.
uint32_t offsetOf(const SourceFile &File, llvm::StringRef Needle) {
  size_t At = File.contents().find(Needle);
  bool Found = At != llvm::StringRef::npos; // npos must not bind to a reference
  REQUIRE(Found);
  return At;
}

} // namespace

TEST_CASE("locate gives 1-based line and column", "[support][sourcefile]") {
  SourceFile F("a.txt", "abc\ndef\n\nghi");
  CHECK(F.locate(0).Line == 1);
  CHECK(F.locate(0).Column == 1);
  CHECK(F.locate(2).Column == 3);
  // The newline itself still belongs to its line.
  CHECK(F.locate(3).Line == 1);
  CHECK(F.locate(3).Column == 4);
  CHECK(F.locate(4).Line == 2);
  CHECK(F.locate(4).Column == 1);
  CHECK(F.locate(8).Line == 3); // the empty line
  CHECK(F.locate(8).Column == 1);
  CHECK(F.locate(9).Line == 4);
  CHECK(F.locate(11).Column == 3);
}

TEST_CASE("columns count code points, not bytes", "[support][sourcefile]") {
  SourceFile F("a.txt", "Rubrik\nÅsa vägrade på förmiddagen.\n");
  LineColumn At = F.locate(offsetOf(F, "vägrade"));
  CHECK(At.Line == 2);
  CHECK(At.Column == 5); // "Åsa " is 4 code points, 5 bytes
  At = F.locate(offsetOf(F, "förmiddagen"));
  CHECK(At.Column == 16);
  // Past "förmiddagen." (one ö) the byte and code-point counts differ by 3.
  At = F.locate(offsetOf(F, ".\n"));
  CHECK(At.Column == 27);
}

TEST_CASE("locate clamps an offset past the end", "[support][sourcefile]") {
  SourceFile F("a.txt", "ab\nåä");
  LineColumn At = F.locate(1000);
  CHECK(At.Line == 2);
  CHECK(At.Column == 3);
  SourceFile Empty("e.txt", "");
  CHECK(Empty.locate(0).Line == 1);
  CHECK(Empty.locate(0).Column == 1);
}

TEST_CASE("CRLF line ends", "[support][sourcefile]") {
  SourceFile F("a.txt", "ett\r\ntvå\r\ntre");
  LineColumn At = F.locate(offsetOf(F, "tre"));
  CHECK(At.Line == 3);
  CHECK(At.Column == 1);
  CHECK(F.lineAt(offsetOf(F, "två")) == "två");
  CHECK(F.lineAt(0) == "ett");
}

TEST_CASE("lineAt returns the whole line without its break",
          "[support][sourcefile]") {
  SourceFile F("a.txt", "första\nandra raden\nsista");
  CHECK(F.lineAt(offsetOf(F, "raden")) == "andra raden");
  CHECK(F.lineAt(offsetOf(F, "andra")) == "andra raden");
  CHECK(F.lineAt(offsetOf(F, "sista") + 2) == "sista");
  CHECK(F.lineAt(F.contents().size()) == "sista");
}

TEST_CASE("diagnose fills file, line, column, message and source line",
          "[support][sourcefile]") {
  SourceFile F("mapp/fil.txt", "Ärende: 1\nDokument: Okänd\n");
  Diagnostic D = F.diagnose(offsetOf(F, "Okänd"), "Okänd dokumenttyp");
  CHECK(D.File == "mapp/fil.txt");
  CHECK(D.Line == 2);
  CHECK(D.Column == 11);
  CHECK(D.Message == "Okänd dokumenttyp");
  CHECK(D.SourceLine == "Dokument: Okänd");
}

TEST_CASE("diagnose keeps the source line valid UTF-8", "[support][sourcefile]") {
  // A Latin-1 ö (0xF6) in the middle of a line.
  SourceFile F("bad.txt", std::string("rad ett\nr\xF6ggen\n"));
  Diagnostic D = F.diagnose(9, "Ogiltig UTF-8");
  CHECK(D.Line == 2);
  CHECK(D.Column == 2);
  CHECK(llvm::json::isUTF8(D.SourceLine));
  CHECK(llvm::StringRef(D.SourceLine).startswith("r"));
  CHECK(llvm::StringRef(D.SourceLine).endswith("ggen"));
}

TEST_CASE("countCodePoints counts UTF-8 lead bytes", "[support][sourcefile]") {
  CHECK(countCodePoints("") == 0);
  CHECK(countCodePoints("abc") == 3);
  CHECK(countCodePoints("åäö") == 3);
  CHECK(countCodePoints("Hälsotillstånd") == 14);
  CHECK(countCodePoints("–") == 1);      // en dash, 3 bytes
  CHECK(countCodePoints("\xF0\x9F\x99\x82") == 1); // 4-byte emoji
  // A stray Latin-1 byte is one (invalid) character.
  CHECK(countCodePoints("r\xF6ggen") == 6);
}

TEST_CASE("severity names round-trip", "[support][severity]") {
  CHECK(severityName(Severity::Info) == "info");
  CHECK(severityName(Severity::Warning) == "warning");
  CHECK(severityName(Severity::Error) == "error");
  for (Severity S : {Severity::Info, Severity::Warning, Severity::Error})
    CHECK(parseSeverity(severityName(S)) == S);
  CHECK_FALSE(parseSeverity("varning").has_value());
  CHECK_FALSE(parseSeverity("Error").has_value());
  CHECK_FALSE(parseSeverity("").has_value());
  CHECK(Severity::Info < Severity::Warning);
  CHECK(Severity::Warning < Severity::Error);
}

TEST_CASE("hasFindingAtLeast compares with the failing severity",
          "[support][severity]") {
  AuditResult R;
  CHECK_FALSE(R.hasFindingAtLeast(Severity::Info));
  R.Cases.emplace_back();
  R.Cases.emplace_back();
  Finding F;
  F.Level = Severity::Warning;
  R.Cases[1].Findings.push_back(F);
  CHECK(R.hasFindingAtLeast(Severity::Info));
  CHECK(R.hasFindingAtLeast(Severity::Warning));
  CHECK_FALSE(R.hasFindingAtLeast(Severity::Error));
}

TEST_CASE("overlongLine finds the first code point past the limit",
          "[support][sourcefile][limits]") {
  SourceFile F("a.txt", "kort\nåäöåäö\nabcdefg\n");
  CHECK_FALSE(F.overlongLine(7));
  // Six code points in twelve bytes fit in six columns.
  CHECK(F.overlongLine(6) == offsetOf(F, "g"));
  CHECK(F.overlongLine(5) == offsetOf(F, "ö\nabc"));
}

TEST_CASE("readRegularFile reads with read(2) and refuses what is no file",
          "[support][sourcefile][limits]") {
  llvm::SmallString<128> Dir;
  REQUIRE_FALSE(llvm::sys::fs::createUniqueDirectory("ibic-read", Dir));
  std::string File = (Dir + "/a.txt").str();
  {
    std::ofstream Out(File);
    Out << "abc";
  }
  llvm::Expected<std::string> Read = readRegularFile(File, 100);
  REQUIRE(bool(Read));
  CHECK(*Read == "abc");
  // One byte more than the limit, so the caller can say where it was
  // reached.
  Read = readRegularFile(File, 1);
  REQUIRE(bool(Read));
  CHECK(*Read == "ab");
  auto ErrorOf = [](llvm::StringRef Path) {
    llvm::Expected<std::string> R = readRegularFile(Path, 100);
    REQUIRE_FALSE(bool(R));
    return llvm::toString(R.takeError());
  };
  std::string Fifo = (Dir + "/f.txt").str();
  REQUIRE(mkfifo(Fifo.c_str(), 0600) == 0);
  // Refused at once, not waited on for a writer.
  CHECK_THAT(ErrorOf(Fifo), Catch::Contains("ingen vanlig fil"));
  CHECK_THAT(ErrorOf("/dev/zero"), Catch::Contains("ingen vanlig fil"));
  CHECK_THAT(ErrorOf(Dir), Catch::Contains("mapp"));
  CHECK_THAT(ErrorOf((Dir + "/saknas.txt").str()),
             Catch::Contains("finns inte"));
  llvm::sys::fs::remove_directories(Dir);
}
