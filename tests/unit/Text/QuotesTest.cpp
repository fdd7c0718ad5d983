// Tests for Text/Quotes: byte ranges inside quotation marks, where every
// mark toggles (Swedish writes ”…” and »…» with the same mark at both ends).
#include "Text/Quotes.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ibic;

namespace {

using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;

std::vector<std::string> quoted(llvm::StringRef Text) {
  std::vector<std::string> Out;
  for (auto [Begin, End] : quotedRanges(Text))
    Out.push_back(Text.slice(Begin, End).str());
  return Out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("quotes: ranges lie inside the marks", "[text][quotes]") {
  // ” is three bytes.
  CHECK(quotedRanges("Hon sa ”nej tack” i dag.") == Ranges{{10, 18}});
  CHECK(quotedRanges("a \"bc\" d") == Ranges{{3, 5}});
  CHECK(quoted("Hon sa ”nej tack” i dag.") == Strings{"nej tack"});
}

TEST_CASE("quotes: every Swedish and English mark", "[text][quotes]") {
  CHECK(quoted("”a” och »b» och «c« och “d” och \"e\"") ==
        Strings{"a", "b", "c", "d", "e"});
  // Several quotes on one line.
  CHECK(quoted("”jag vill” sa hon, ”men inte i dag”.") ==
        Strings{"jag vill", "men inte i dag"});
  CHECK(quoted("Tom: ”” slut") == Strings{""});
}

TEST_CASE("quotes: an unclosed mark gives no range", "[text][quotes]") {
  CHECK(quotedRanges("Hon sa ”nej och gick.").empty());
  CHECK(quoted("”a” och ”b") == Strings{"a"});
  CHECK(quotedRanges("").empty());
  CHECK(quotedRanges("Inga citat här.").empty());
}

TEST_CASE("quotes: insideAny", "[text][quotes]") {
  Ranges R = {{10, 18}, {30, 35}};
  CHECK(insideAny(R, 10, 18));
  CHECK(insideAny(R, 11, 14));
  CHECK(insideAny(R, 30, 30));
  CHECK_FALSE(insideAny(R, 9, 12));
  CHECK_FALSE(insideAny(R, 17, 19));
  CHECK_FALSE(insideAny(R, 12, 32));
  CHECK_FALSE(insideAny(R, 20, 25));
  CHECK_FALSE(insideAny({}, 0, 0));
}
