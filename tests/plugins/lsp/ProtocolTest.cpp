// Tests for plugins/lsp/Protocol: LSP positions count UTF-16 code units
// (å, ä, ö one each, a character outside the BMP two) on lines ended by
// "\n", "\r\n" or "\r"; the engine's 1-based code-point columns land on the
// same bytes; incremental edits replace exactly their range; file: URIs
// round-trip with Swedish letters and spaces.
#include "Protocol.h"

#include <catch2/catch.hpp>

using namespace ibic::lsp;

namespace {

Position pos(unsigned Line, unsigned Character) { return {Line, Character}; }

} // namespace

TEST_CASE("positions count UTF-16 code units") {
  // "Må" then 😀 (U+1F600, four bytes in UTF-8, two UTF-16 units).
  std::string Text = "Ärende: x\nMå \xF0\x9F\x98\x80 bra.\r\nslut";
  LineTable Lines(Text);
  size_t Smiley = Text.find("\xF0");
  CHECK(Lines.position(Smiley) == pos(1, 3));
  CHECK(Lines.position(Smiley + 4) == pos(1, 5));
  CHECK(Lines.offset(pos(1, 5)) == Smiley + 4);
  // Inside the surrogate pair: the start of the code point.
  CHECK(Lines.offset(pos(1, 4)) == Smiley);
  CHECK(Lines.position(Text.find("bra")) == pos(1, 6));
  CHECK(Lines.offset(pos(0, 1)) == 2); // after "Ä", two bytes
  CHECK(Lines.position(Text.find("slut")) == pos(2, 0));
  // Past the end of a line: its end, before the line break.
  CHECK(Lines.offset(pos(1, 99)) == Text.find("\r\n"));
  CHECK(Lines.offset(pos(9, 0)) == Text.size());
}

TEST_CASE("a lone carriage return ends a line for LSP but not for the engine") {
  std::string Text = "a\rbö\nc";
  LineTable Lines(Text);
  CHECK(Lines.position(Text.find('c')) == pos(2, 0));
  CHECK(Lines.position(Text.find('b')) == pos(1, 0));
  // Engine line 1 holds "a\rbö"; column 4 is after "a", "\r", "b".
  CHECK(Lines.offsetOfColumn(1, 4) == Text.find("ö"));
  CHECK(Lines.offsetOfColumn(2, 1) == Text.find('c'));
}

TEST_CASE("engine columns are code points and skip a byte order mark") {
  std::string Text = "\xEF\xBB\xBFÄrende: åäö\nHon vägrade.";
  LineTable Lines(Text);
  CHECK(Lines.offsetOfColumn(1, 1) == 3);
  CHECK(Lines.offsetOfColumn(1, 9) == Text.find("åäö"));
  CHECK(Lines.offsetOfColumn(2, 5) == Text.find("vägrade"));
  CHECK(Lines.position(Lines.offsetOfColumn(2, 12)) == pos(1, 11));
  // Past the end of its line: the line's end; past the last line: the end.
  CHECK(Lines.offsetOfColumn(1, 99) == Text.find('\n'));
  CHECK(Lines.offsetOfColumn(7, 1) == Text.size());
}

TEST_CASE("an incremental change replaces its range") {
  std::string Text = "Elsa var dement.\nHon åt själv.";
  CHECK(applyChange(Text, {pos(0, 9), pos(0, 15)}, "har en demenssjukdom") ==
        "Elsa var har en demenssjukdom.\nHon åt själv.");
  CHECK(applyChange(Text, {pos(1, 4), pos(1, 6)}, "drack") ==
        "Elsa var dement.\nHon drack själv.");
  // Insertion at the end, and a reversed range read as empty.
  CHECK(applyChange(Text, {pos(5, 0), pos(5, 0)}, "\n") == Text + "\n");
  CHECK(applyChange(Text, {pos(0, 4), pos(0, 0)}, "!") ==
        "Elsa! var dement.\nHon åt själv.");
}

TEST_CASE("file URIs round-trip and other URIs are no path") {
  std::string Path = "/tmp/ärende 1/2099-0001 journal.txt";
  std::string Uri = uriFromPath(Path);
  CHECK(Uri == "file:///tmp/%C3%A4rende%201/2099-0001%20journal.txt");
  CHECK(pathFromUri(Uri) == Path);
  CHECK(pathFromUri("file:///tmp/%c3%a4.txt") == std::string("/tmp/ä.txt"));
  CHECK(pathFromUri("file://localhost/tmp/a.txt") == std::string("/tmp/a.txt"));
  CHECK_FALSE(pathFromUri("untitled:Untitled-1"));
  CHECK_FALSE(pathFromUri("file://server/share/a.txt"));
  CHECK_FALSE(pathFromUri("file:///tmp/%zz.txt"));
  CHECK_FALSE(pathFromUri("file:///tmp/%00.txt"));
  CHECK_FALSE(pathFromUri("file:///tmp/%4"));
}

TEST_CASE("parameters are read with the field that is wrong named") {
  llvm::json::Value V = llvm::json::Object{
      {"textDocument", llvm::json::Object{{"uri", "file:///a.txt"}}},
      {"position", llvm::json::Object{{"line", 2}, {"character", -1}}}};
  HoverParams P;
  llvm::json::Path::Root Root("params");
  CHECK_FALSE(fromJSON(V, P, Root));
  CHECK_THAT(llvm::toString(Root.getError()), Catch::Contains("position"));

  llvm::json::Value Change = llvm::json::Object{
      {"textDocument",
       llvm::json::Object{{"uri", "file:///a.txt"}, {"version", 3}}},
      {"contentChanges",
       llvm::json::Array{
           llvm::json::Object{{"text", "allt"}},
           llvm::json::Object{{"range", toJSON(Range{pos(0, 0), pos(0, 1)})},
                              {"text", "A"}}}}};
  DidChangeParams C;
  llvm::json::Path::Root Root2("params");
  REQUIRE(fromJSON(Change, C, Root2));
  CHECK(C.Version == int64_t(3));
  REQUIRE(C.Changes.size() == 2);
  CHECK_FALSE(C.Changes[0].Where);
  CHECK(C.Changes[1].Where->End == pos(0, 1));
}
