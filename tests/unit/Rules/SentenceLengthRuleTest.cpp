// Tests for Rules/Kinds/SentenceLengthRule: sentences with more than
// max-words words.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// Sentences of more than \p MaxWords words, after \p Scope (a `scope:` key
/// or nothing).
RuleUnderTest longSentences(unsigned MaxWords, llvm::StringRef Scope = "") {
  return goodRule("sentence-length",
                  Scope.str() + "\nparameters: {max-words: " + std::to_string(MaxWords) + "}",
                  "{value} ord");
}

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("sentence-length: a long sentence with its exact span",
          "[rules][sentence-length]") {
  auto R = longSentences(5);
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hemliv\n"
                                          "Hon diskar. Hon diskar och torkar och ställer undan.  \n"));  // 5
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 13);
  CHECK(Hits[0].EndColumn == 53);
  CHECK(Hits[0].Text == "Hon diskar och torkar och ställer undan.");
  CHECK(Hits[0].Message == "7 ord");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
}

TEST_CASE("sentence-length: max-words is allowed", "[rules][sentence-length]") {
  CHECK(run(longSentences(7), "Hemliv\nHon diskar och torkar och ställer undan.\n").empty());
  CHECK(run(longSentences(6), "Hemliv\nHon diskar och torkar och ställer undan.\n").size() == 1);
}

TEST_CASE("sentence-length: 'kl. 07.30' does not end a sentence",
          "[rules][sentence-length]") {
  // Split at "kl." it would be two sentences of three and four words.
  std::vector<Hit> Hits =
      run(longSentences(5), "Hemliv\nHon vaknar kl. 07.30 och äter frukost.\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Text == "Hon vaknar kl. 07.30 och äter frukost.");
  CHECK(Hits[0].Message == "7 ord");
}

TEST_CASE("sentence-length: a line break ends a sentence",
          "[rules][sentence-length]") {
  CHECK(run(longSentences(5), "Hemliv\nHon diskar och torkar\noch ställer undan\n").empty());
}

TEST_CASE("sentence-length: the default is 35 words", "[rules][sentence-length]") {
  auto R = goodRule("sentence-length", "", "{value}");
  std::string Words35, Words36;
  for (int I = 0; I < 35; ++I)
    Words35 += I ? " ord" : "Ord";
  Words36 = Words35 + " ord";
  CHECK(run(R, "Hemliv\n" + Words35 + ".\n").empty());
  std::vector<Hit> Hits = run(R, "Hemliv\n" + Words36 + ".\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Message == "36");
}

TEST_CASE("sentence-length: journal notes and document-types",
          "[rules][sentence-length]") {
  auto R = longSentences(3, "scope: {document-types: [journalanteckning]}");
  Case J = readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (usk)\nElsa diskade och torkade.\n");
  std::vector<Hit> Hits = check(R, J);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Unit == &J.Documents[0]);
  CHECK(run(R, "Hemliv\nElsa diskade och torkade.\n").empty());
}

TEST_CASE("sentence-length: section selects", "[rules][sentence-length]") {
  auto R = longSentences(3, "scope: {section: {kind: livsomrade}}");
  std::vector<Hit> Hits = run(R, "Bedömning\nHon behöver hjälp med disken.\n\n"
                                 "Hemliv\nHon diskar och torkar själv.\n");  // 8
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 8);
}

TEST_CASE("sentence-length: unknown parameters and units are rejected",
          "[rules][sentence-length]") {
  CHECK(rejects("sentence-length", "parameters: {max-word: 20}",
                "parametern 'max-word' används inte av regeltypen sentence-length"));
  CHECK(rejects("sentence-length", "parameters: {max-words: många}",
                "'max-words' ska vara ett heltal"));
  // The length is of one sentence; a paragraph has no single length.
  CHECK(rejects("sentence-length", "scope: {unit: paragraph}",
                "läser enheten sentence, inte 'paragraph'"));
}
