// Tests for Rules/Kinds/NoteClassificationRule: a journal note filed under a
// life area or factor that its words are not about.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// Stems per area, as a YAML flow map.
const char *Areas = "{personlig-vard: [dusch, tandborst], "
                    "hemliv: [mat, disk, diskmaskin, städ], "
                    "forflyttning: [föll, rollator], kroppsfunktioner: [smärt]}";

/// A rule for journal notes with \p Words; min-words left to its default
/// when \p MinWords is 0.
std::string classify(llvm::StringRef Words, unsigned MinWords = 0) {
  std::string Yaml = "scope: {document-types: [journalanteckning]}\n"
                     "parameters:\n  words: " + Words.str() + "\n";
  if (MinWords)
    Yaml += "  min-words: " + std::to_string(MinWords) + "\n";
  return Yaml;
}

/// A journal with one note per entry of \p Notes: {area, text}.
Case journal(std::vector<std::pair<std::string, std::string>> Notes) {
  std::string Text = "Ärende: 2025-9900\nDokument: Journal\n\n";
  unsigned Hour = 8;
  for (const auto &[Area, Body] : Notes) {
    Text += "2025-01-10 " + std::string(Hour < 10 ? "0" : "") +
            std::to_string(Hour) + ":00 " + Area + " (usk)\n";
    ++Hour;
    Text += Body + "\n";
  }
  return readCase("j.txt", Text);
}

struct Outcome {
  unsigned Findings = 0, Observations = 0;
};

/// How many notes were findings and how many were judged sound.
Outcome classifyNotes(const RuleUnderTest &R, const Case &C) {
  Outcome O;
  for (const Hit &H : check(R, C))
    ++(H.Observation ? O.Observations : O.Findings);
  return O;
}

} // namespace

TEST_CASE("note-classification: a misfiled note names both areas",
          "[rules][note-classification]") {
  auto R = goodRule("note-classification", classify(Areas),
                    "{section} → {value}");
  Case C = journal({{"Hemliv", "Elsa föll i hallen, rollatorn välte."},         // 4
                    {"Förflyttning", "Elsa föll i hallen, rollatorn välte."},   // 6
                    {"Hemliv", "Elsa var glad."}});                              // 8
  std::vector<Hit> Hits = findings(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 4);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Text == "2025-01-10 08:00 Hemliv (usk)");
  CHECK(Hits[0].Message == "Hemliv → Förflyttning");
  CHECK(Hits[0].Unit == &C.Documents[0]);
  // The others were judged: one about its own area, one about none.
  Outcome O = classifyNotes(R, C);
  CHECK(O.Findings == 1);
  CHECK(O.Observations == 2);
}

TEST_CASE("note-classification: a note under its own area is fine even when "
          "other areas have more words",
          "[rules][note-classification]") {
  auto R = goodRule("note-classification", classify(Areas));
  Case C = journal({{"Personlig vård", "Efter duschen föll Elsa, rollatorn stod fel."}});
  Outcome O = classifyNotes(R, C);
  CHECK(O.Findings == 0);
  CHECK(O.Observations == 1);
}

TEST_CASE("note-classification: notes under a factor",
          "[rules][note-classification]") {
  auto R = goodRule("note-classification", classify(Areas), "{section} → {value}");
  Case C = journal({{"Kroppsfunktioner", "Elsa har smärta i knät."},
                    {"Hemliv", "Elsa har smärtor i knät."}});
  std::vector<Hit> Hits = findings(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 6);
  CHECK(Hits[0].Message == "Hemliv → Kroppsfunktioner");
}

TEST_CASE("note-classification: a note without an area is not judged",
          "[rules][note-classification]") {
  auto R = goodRule("note-classification", classify(Areas));
  Case C = readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                             "2025-01-10 08:00\nElsa föll i hallen.\n");
  CHECK(check(R, C).empty());
}

TEST_CASE("note-classification: a word counts once per area",
          "[rules][note-classification]") {
  auto R = goodRule("note-classification", classify(Areas, 2));
  // "diskmaskinen" starts with both "disk" and "diskmaskin": one hit.
  Outcome O = classifyNotes(R, journal({{"Personlig vård", "Diskmaskinen läcker."}}));
  CHECK(O.Findings == 0);
  CHECK(O.Observations == 1);
  // Two words about Hemliv reach min-words.
  O = classifyNotes(R, journal({{"Personlig vård", "Disken i diskmaskinen."}}));
  CHECK(O.Findings == 1);
}

TEST_CASE("note-classification: min-words", "[rules][note-classification]") {
  auto One = goodRule("note-classification", classify(Areas));
  auto Two = goodRule("note-classification", classify(Areas, 2));
  Case C = journal({{"Hemliv", "Elsa föll."}});
  CHECK(findings(One, C).size() == 1);
  CHECK(findings(Two, C).empty());
  CHECK(findings(Two, journal({{"Hemliv", "Elsa föll igen. Hon föll i går."}})).size() == 1);
}

TEST_CASE("note-classification: a stem starts a word, a long one may end a "
          "compound",
          "[rules][note-classification]") {
  auto R = goodRule("note-classification", classify(Areas), "{value}");
  auto About = [&](const char *Text) {
    std::vector<Hit> Hits = findings(R, journal({{"Förflyttning", Text}}));
    return Hits.empty() ? std::string() : Hits[0].Message;
  };
  CHECK(About("Duschade i morse.") == "Personlig vård");
  // "dusch" has five bytes: also the end of a compound.
  CHECK(About("Kvällsduschen gick bra.") == "Personlig vård");
  // "mat" is too short to be found inside a word ("automat", "kvällsmat").
  CHECK(About("Maten var god.") == "Hemliv");
  CHECK(About("Kvällsmat i automaten.").empty());
  // Bytes, not letters: "städ" is five bytes.
  CHECK(About("Storstädning i dag.") == "Hemliv");
  // Case does not matter.
  CHECK(About("DUSCH.") == "Personlig vård");
}

TEST_CASE("note-classification: only journal notes are read",
          "[rules][note-classification]") {
  auto R = goodRule("note-classification", classify(Areas));
  CHECK(findings(R, readCase("u.txt", textDocument("Utredning",
                                                 "Hemliv\nElsa föll i hallen.\n")))
            .empty());
}

TEST_CASE("note-classification: parameter errors",
          "[rules][note-classification]") {
  RuleUnderTest Missing = compileRule("note-classification", "");
  REQUIRE(Missing.Errors.size() == 1);
  CHECK_THAT(Missing.Errors[0], Catch::Contains("'words'"));
  RuleUnderTest Unknown = compileRule(
      "note-classification", classify("{hemliv: [disk], badrum: [dusch]}"));
  REQUIRE(Unknown.Errors.size() == 1);
  CHECK_THAT(Unknown.Errors[0], Catch::Contains("'badrum'"));
  // Section kinds are no areas either.
  RuleUnderTest Kind =
      compileRule("note-classification", classify("{bedomning: [bedöm]}"));
  CHECK(Kind.Errors.size() == 1);
}

TEST_CASE("note-classification: unknown parameters and units are rejected",
          "[rules][note-classification]") {
  // min-words misspelt would leave the default of one word.
  CHECK(rejects("note-classification", classify(Areas) + "  min-word: 2\n",
                "parametern 'min-word' används inte av regeltypen "
                "note-classification"));
  // A note is judged as a whole.
  CHECK(rejects("note-classification", "scope: {unit: paragraph}\n"
                                       "parameters: {words: {hemliv: [disk]}}",
                "läser enheten document, inte 'paragraph'"));
}
