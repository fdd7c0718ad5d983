// Tests for Analysis/: the people a case names, found for --redact, and text
// with each of them replaced by their role. The names are fictional.
#include "Analysis/Analyzer.h"
#include "Document/Reader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace ibic;
using ibic::test::reference;

namespace {

const char *const Journal =
    "Ärende: 2099-0903\nDokument: Journalanteckningar\n\n"
    "2025-03-01 07:45 Personlig vård (undersköterska)\n"
    "Ingvar duschade. Dottern Majvor ringde och Ingvar pratade länge med henne.\n\n"
    "2025-03-02 14:00 Hemliv (Lisbet Strand)\n"
    "Hon hjälpte Ingvar med disken. Personalen tog ut soporna. Majvors man "
    "Pelle (granne) kom förbi, och personalen bjöd på kaffe.\n";

} // namespace

TEST_CASE("redact: the individual, relatives and named authors by their role",
          "[analysis][redact]") {
  ReadResult R = readBuffer("journal.txt", Journal, reference());
  REQUIRE(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  LexiconIndex Lexicons;
  ActiveLexicons Active;
  Analyzer A(Lexicons, Active, reference().otherPersonRoles());
  CaseAnalysis C;
  A.analyze(R.Cases.front(), C);
  CHECK(C.redact("Ingvar ringde") == "Ingvar ringde"); // nothing collected yet
  A.collectPersons(C);
  CHECK(C.Persons.lookup("ingvar") == "den enskilde");
  CHECK(C.Persons.lookup("majvor") == "dottern");
  CHECK(C.Persons.lookup("pelle") == "man");
  CHECK(C.Persons.lookup("lisbet") == "personalen");
  // Capitalised only at the start of a sentence: no name.
  CHECK_FALSE(C.Persons.count("hon"));
  CHECK_FALSE(C.Persons.count("personalen"));

  CHECK(C.redact("Ingvar och Majvor åt. Majvors man kom, Ingvars dotter ringde.") ==
        "den enskilde och dottern åt. dotterns man kom, den enskildes dotter ringde.");
  // The role already written, or two names of one person, are said once.
  CHECK(C.redact("Dottern Majvor ringde (Lisbet Strand).") ==
        "Dottern ringde (personalen).");
  // Words that only contain a name are left alone.
  CHECK(C.redact("Ingvarsson och Majvorian") == "Ingvarsson och Majvorian");
}
