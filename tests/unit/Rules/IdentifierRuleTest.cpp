// Tests for Rules/Kinds/IdentifierRule: personnummer, phone numbers and
// e-mail addresses in free text, one kind per rule, never repeated in the
// message. Every personnummer here has a wrong check digit.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

RuleUnderTest identifierRule(const char *Check, std::string Message = "{value}") {
  return goodRule("identifier", "parameters: {check: " + std::string(Check) + "}",
                  std::move(Message));
}

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

} // namespace

TEST_CASE("identifier: a personnummer with its span, flagged as mistyped",
          "[rules][identifier]") {
  auto R = identifierRule("personnummer", "Personnummer ({value}).");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Personfaktorer\n"
                                          "Åsa Ek, 19450312-1234, bor ensam.\n"));  // 5
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 9);
  CHECK(Hits[0].EndColumn == 22);
  CHECK(Hits[0].Text == "19450312-1234");
  // The message says whether the check digit is right and never repeats
  // the number.
  CHECK(Hits[0].Message ==
        "Personnummer (kontrollsiffran stämmer inte, troligen felskrivet).");
  auto Leaky = identifierRule("personnummer", "{match}");
  std::vector<Hit> Leaked = check(Leaky, C);
  REQUIRE(Leaked.size() == 1);
  CHECK_THAT(Leaked[0].Message, !Catch::Contains("1234"));
  CHECK(Hits[0].Suggestion.empty());
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
}

TEST_CASE("identifier: every form of personnummer, none of the non-dates",
          "[rules][identifier]") {
  auto R = identifierRule("personnummer");
  std::vector<Hit> Hits = run(R, "Personfaktorer\n"
                                  "A 450312-1234. B 450312 1234. C 4503121234.\n"
                                  "D 194503121234. E 450312+1234. F 450372-1234.\n"
                                  "G 451312-1234. H 450332-1234. I 0701234567.\n");
  REQUIRE(Hits.size() == 6);
  CHECK(Hits[0].Text == "450312-1234");
  CHECK(Hits[1].Text == "450312 1234");
  CHECK(Hits[2].Text == "4503121234");
  CHECK(Hits[3].Text == "194503121234");
  CHECK(Hits[3].Line == 6);
  CHECK(Hits[4].Text == "450312+1234");
  CHECK(Hits[5].Text == "450372-1234");
}

TEST_CASE("identifier: phone numbers and e-mail addresses",
          "[rules][identifier]") {
  const char *Body = "Relationer\n"
                     "Dottern nås på 0701234567 eller anna@exempel.se, "
                     "pnr 450312-1234.\n";  // 5
  auto Phone = identifierRule("telefon", "Telefon{value}");
  std::vector<Hit> Hits = run(Phone, Body);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 16);
  CHECK(Hits[0].Text == "0701234567");
  // {value} is only for personnummer.
  CHECK(Hits[0].Message == "Telefon");
  auto Email = identifierRule("e-post");
  Hits = run(Email, Body);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Text == "anna@exempel.se");
  CHECK(Hits[0].Column == 33);
}

TEST_CASE("identifier: journal notes and text outside sections",
          "[rules][identifier]") {
  auto R = identifierRule("personnummer");
  Case J = readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Hemliv (usk)\nSonen 450312-1234 ringde.\n");
  std::vector<Hit> Hits = check(R, J);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 7);
  CHECK(Hits[0].Unit == &J.Documents[0]);
  Case U = readCase("u.txt", textDocument("Utredning", "Elsa 450312-1234.\n"));
  Hits = check(R, U);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Unit == &U.Documents[0]);
}

TEST_CASE("identifier: spans count XML entities as written",
          "[rules][identifier]") {
  auto R = identifierRule("e-post");
  Case C = readCase("c.xml",
                    "<ibic-export version=\"1\"><case id=\"2025-9900\">\n"
                    "<document id=\"U\" type=\"utredning\"><section heading=\"Hemliv\">\n"
                    "<p>R&amp;D: anna&#64;exempel.se</p>\n"
                    "</section></document></case></ibic-export>\n");
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 3);
  CHECK(Hits[0].Column == 13);
  CHECK(Hits[0].Text == "anna&#64;exempel.se");
}

TEST_CASE("identifier: check is required and one of three",
          "[rules][identifier]") {
  RuleUnderTest Missing = compileRule("identifier", "");
  REQUIRE(Missing.Errors.size() == 1);
  CHECK_THAT(Missing.Errors[0], Catch::Contains("'check'"));
  RuleUnderTest Bad = compileRule("identifier", "parameters: {check: adress}");
  REQUIRE(Bad.Errors.size() == 1);
  CHECK_THAT(Bad.Errors[0], Catch::Contains("e-post"));
}

TEST_CASE("identifier: document-types in scope select",
          "[rules][identifier]") {
  auto R = goodRule("identifier", "scope: {document-types: [journalanteckning]}\n"
                                  "parameters: {check: personnummer}");
  CHECK(run(R, "Personfaktorer\nÅsa Ek, 19450312-1234.\n").empty());
  CHECK(check(R, readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                                   "2025-01-10 08:00 Hemliv (usk)\n"
                                   "Sonen 450312-1234 ringde.\n"))
            .size() == 1);
}

TEST_CASE("identifier: unknown parameters and units are rejected",
          "[rules][identifier]") {
  CHECK(rejects("identifier", "parameters: {check: telefon, document-types: [utredning]}",
                "parametern 'document-types' används inte av regeltypen identifier"));
  // An identifier lies within a paragraph; a sentence split could cut one.
  CHECK(rejects("identifier", "scope: {unit: sentence}\nparameters: {check: telefon}",
                "läser enheten paragraph, inte 'sentence'"));
}

TEST_CASE("identifier: a number a label names as another is none",
          "[rules][identifier]") {
  auto R = goodRule("identifier",
                    "parameters:\n  check: personnummer\n"
                    "  other-number-words: ['*nummer', faktura, dnr]\n"
                    "  personnummer-words: [personnummer]\n"
                    "  label-links: [med, nummer, är]\n",
                    "{value}");
  // Right before, one word before, or back over links.
  CHECK(run(R, "Hemliv\nOrdernummer 450312-1234. Dnr ABC 19450312-1234. "
               "Fakturan, faktura med nummer 630512-4430.\n")
            .empty());
  // Not across another word, nor when the label names a personnummer.
  CHECK(run(R, "Hemliv\nHennes nummer är 450312-1234.\n").size() == 1);
  CHECK(run(R, "Hemliv\nFaktura skickad och nummer 450312-1234.\n").size() == 1);
  CHECK(run(R, "Hemliv\nPersonnummer 450312-1234.\n").size() == 1);
}
