// Tests for Config/Yaml: where a scalar is written, whatever the parser had
// to do to read it.
#include "Config/Options.h"

#include <catch2/catch.hpp>

using namespace ibic;

TEST_CASE("Scalars that must be unescaped or folded are located in their file",
          "[config]") {
  // YAMLTraits hands such scalars over as copies in its own memory; a
  // location taken from the copy pointed outside the file (an ASan report
  // when a key was searched for, line 0 in diagnostics).
  YamlSources Sources;
  std::vector<Diagnostic> Errors;
  OptionValue V;
  REQUIRE(Sources.loadText("t.yaml",
                           "plain: ord\n"
                           "quoted: \"med\\ttabb\"\n"
                           "folded: >\n"
                           "  två\n"
                           "  rader\n",
                           V, Errors));
  struct Expected {
    const char *Key;
    unsigned Line, Column;
  };
  // A block scalar's node starts where its text does.
  for (Expected E : {Expected{"plain", 1, 8}, Expected{"quoted", 2, 9},
                     Expected{"folded", 4, 1}}) {
    INFO(E.Key);
    const OptionValue *Value = V.find(E.Key);
    REQUIRE(Value);
    Diagnostic D = Sources.diagnose(Value->location(), "t.yaml", "");
    CHECK(D.Line == E.Line);
    CHECK(D.Column == E.Column);
  }
  for (const OptionEntry &Entry : V.Map) {
    INFO(Entry.Key.Value);
    CHECK(Sources.diagnose(Entry.Key.Loc, "t.yaml", "").Column == 1);
  }
}

TEST_CASE("A key written twice in one mapping is an error at the second",
          "[config]") {
  // YAMLTraits kept the last silently: a rule's message was lost that way.
  YamlSources Sources;
  std::vector<Diagnostic> Errors;
  OptionValue V;
  CHECK_FALSE(Sources.loadText("t.yaml",
                               "message: en\n"
                               "parameters:\n"
                               "  message: inne i en annan mappning\n"
                               "message: >-\n"
                               "  två\n",
                               V, Errors));
  REQUIRE(Errors.size() == 1);
  CHECK(Errors[0].Line == 4);
  CHECK(Errors[0].Column == 1);
  CHECK(Errors[0].Message == "nyckeln 'message' står redan på rad 1 i samma "
                             "avsnitt; bara en av dem kan gälla");
  // The same key in mappings side by side is no repetition.
  Errors.clear();
  CHECK(Sources.loadText("u.yaml", "- {a: 1}\n- {a: 2}\n", V, Errors));
  CHECK(Errors.empty());
}

TEST_CASE("The YAML parser's complaints are in Swedish", "[config]") {
  // A municipality's IT edits .ibic-audit.yaml by hand; LLVM's parser speaks
  // English ("Could not find expected : for simple key").
  struct Broken {
    const char *Text, *Message;
  };
  for (Broken B : {
           Broken{"a: \"aldrig stängd\n", "avslutande citattecken saknas"},
           Broken{"a: |\n    b\n  c\n", "raden är mindre indragen än texten under | eller "
                                     ">; dra in den lika mycket"},
           Broken{"? [a]\n: b\n", "en nyckel ska vara ett ord, inte en lista eller "
                                "nycklar med värden"},
           Broken{"a: [b, c\n",
                  "] saknas: en lista som börjar med [ ska sluta med ]; sätt "
                  "citattecken runt ett värde som innehåller [, t.ex. "
                  "\"Txt[1]\""},
           Broken{"- a\nb: c\n", "oväntat innehåll i listan: varje rad i den ska "
                               "börja med - på samma indrag"},
           Broken{"a: b: c\n", "oväntat innehåll: här ska stå en nyckel (key: "
                             "value) på samma indrag som nycklarna ovanför"},
           Broken{"a: \"\\q\"\n",
                  "okänd kod efter \\ i ett värde inom \"\": skriv \\\\ för \\, "
                  "eller sätt värdet inom '...'"},
           Broken{"a: {b: 1 c: 2}\n", nullptr},
           Broken{"a: |x\n  b\n", nullptr},
           Broken{"a: @b\n", nullptr},
       }) {
    INFO(B.Text);
    YamlSources Sources;
    std::vector<Diagnostic> Errors;
    OptionValue V;
    CHECK_FALSE(Sources.loadText("t.yaml", B.Text, V, Errors));
    REQUIRE_FALSE(Errors.empty());
    for (const Diagnostic &D : Errors) {
      INFO(D.Message);
      CHECK(D.File == "t.yaml");
      CHECK(D.Line >= 1);
      // LLVM's messages are English sentences that start with a capital.
      CHECK(llvm::StringRef(D.Message).take_front(1).lower() ==
            llvm::StringRef(D.Message).take_front(1));
    }
    if (B.Message)
      CHECK(Errors.front().Message == B.Message);
  }
}
