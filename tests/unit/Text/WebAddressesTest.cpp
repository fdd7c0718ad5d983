// Tests for Text/WebAddresses: the addresses that no language rule reads.
#include "Text/WebAddresses.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ibic;

namespace {

using Strings = std::vector<std::string>;

Strings addresses(llvm::StringRef Text) {
  Strings Out;
  for (auto [Begin, End] : webAddresses(Text))
    Out.push_back(Text.slice(Begin, End).str());
  return Out;
}

} // namespace

TEST_CASE("web addresses: with a scheme, www or a known domain", "[text][web]") {
  CHECK(addresses("Läs mer på https://www.example.com/hjalpmedel/ansokan i dag.") ==
        Strings{"https://www.example.com/hjalpmedel/ansokan"});
  CHECK(addresses("Information finns på www.example.com/hjalpmedel.") ==
        Strings{"www.example.com/hjalpmedel"});
  CHECK(addresses("Ring 1177 eller gå in på 1177.se, där finns mer.") == Strings{"1177.se"});
  CHECK(addresses("Se kommunen.se/hemtjanst och (www.example.org).") ==
        Strings{"kommunen.se/hemtjanst", "www.example.org"});
  CHECK(addresses("Länken ”https://example.com/a” fungerar.") ==
        Strings{"https://example.com/a"});
  // The domain reserved for examples, which fictional text uses.
  CHECK(addresses("Anmälan kan göras via granlunda.example/anmalan i dag.") ==
        Strings{"granlunda.example/anmalan"});
}

TEST_CASE("web addresses: sentences and abbreviations are none", "[text][web]") {
  CHECK(addresses("Hon sov gott. Han åt frukost t.ex. gröt kl. 8.").empty());
  // A missing space before a word that is also a domain is no address.
  CHECK(addresses("Elsa sover.nu vaknar hon.").empty());
  CHECK(addresses("Filen plan.pdf ligger i mappen.").empty());
  CHECK(addresses("").empty());
  CHECK(addresses(".").empty());
}

TEST_CASE("web addresses: a full stop is passed over, but not where it ends an address",
          "[text][web]") {
  // A host without a dot of its own is an address only with a scheme; a
  // dot before a blank ends it either way.
  CHECK(addresses("Testa mot http://localhost. Sedan klart.") == Strings{"http://localhost"});
  CHECK(addresses("Mer finns på 1177.se.\nRing oss.") == Strings{"1177.se"});
  CHECK(addresses("Skriv www. först.").empty());
  CHECK(addresses("Det var en bra dag. Vi gick ut.").empty());
}
