// Tests for Text/Identifiers: personnummer, phone numbers and e-mail
// addresses in free text, and masking them without moving any column.
//
// Every personnummer written here has a wrong check digit. The one test that
// needs a right one computes it at run time, so the source holds none.
#include "Text/Identifiers.h"

#include "Support/SourceFile.h"

#include <catch2/catch.hpp>

using namespace ibic;
using Kind = IdentifierMatch::Kind;

namespace {

struct Found {
  Kind What;
  std::string Text;
  bool CheckDigitValid;
  bool operator==(const Found &O) const {
    return What == O.What && Text == O.Text && CheckDigitValid == O.CheckDigitValid;
  }
};

std::vector<Found> find(llvm::StringRef Text) {
  std::vector<Found> Out;
  for (const IdentifierMatch &M : findIdentifiers(Text)) {
    REQUIRE(M.Begin < M.End);
    REQUIRE(M.End <= Text.size());
    Out.push_back({M.What, Text.slice(M.Begin, M.End).str(), M.CheckDigitValid});
  }
  return Out;
}

/// The Luhn check digit of the nine digits \p Nine (YYMMDDNNN).
char luhnDigit(llvm::StringRef Nine) {
  int Sum = 0;
  for (size_t I = 0; I < Nine.size(); ++I) {
    int D = (Nine[I] - '0') * (I % 2 == 0 ? 2 : 1);
    Sum += D > 9 ? D - 9 : D;
  }
  return char('0' + (10 - Sum % 10) % 10);
}

Found pnr(std::string Text) { return {Kind::Personnummer, std::move(Text), false}; }
Found phone(std::string Text) { return {Kind::Phone, std::move(Text), false}; }
Found email(std::string Text) { return {Kind::Email, std::move(Text), false}; }

} // namespace

namespace Catch {
template <> struct StringMaker<Found> {
  static std::string convert(const Found &F) {
    const char *K = F.What == Kind::Personnummer ? "pnr"
                    : F.What == Kind::Phone      ? "phone"
                                                 : "email";
    return std::string(K) + "(" + F.Text + (F.CheckDigitValid ? ", valid)" : ")");
  }
};
} // namespace Catch

TEST_CASE("identifiers: the test numbers have wrong check digits",
          "[text][identifiers]") {
  CHECK(luhnDigit("450312123") != '4');
  CHECK(luhnDigit("450372123") != '4');
  CHECK(luhnDigit("010101111") != '1');
}

TEST_CASE("identifiers: personnummer in every written form",
          "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Pnr 450312-1234.") == V{pnr("450312-1234")});
  CHECK(find("Pnr 19450312-1234.") == V{pnr("19450312-1234")});
  CHECK(find("Pnr 194503121234.") == V{pnr("194503121234")});
  CHECK(find("Pnr 4503121234.") == V{pnr("4503121234")});
  CHECK(find("Pnr 450312 1234.") == V{pnr("450312 1234")});
  CHECK(find("Pnr 19450312 1234.") == V{pnr("19450312 1234")});
  // Over a hundred years old.
  CHECK(find("Pnr 450312+1234.") == V{pnr("450312+1234")});
  // Born in the 2000s, with its separator.
  CHECK(find("(010101-1111)") == V{pnr("010101-1111")});
  // Samordningsnummer: 60 added to the day.
  CHECK(find("Snr 450372-1234") == V{pnr("450372-1234")});
}

TEST_CASE("identifiers: byte offsets of a match", "[text][identifiers]") {
  llvm::StringRef Text = "Åsa, född 450312-1234, bor här.";
  std::vector<IdentifierMatch> M = findIdentifiers(Text);
  REQUIRE(M.size() == 1);
  CHECK(M[0].What == Kind::Personnummer);
  CHECK(M[0].Begin == 12); // "Åsa" is four bytes
  CHECK(M[0].End == 23);
}

TEST_CASE("identifiers: a wrong check digit is still a personnummer",
          "[text][identifiers]") {
  std::vector<IdentifierMatch> M = findIdentifiers("450312-1234");
  REQUIRE(M.size() == 1);
  CHECK(M[0].What == Kind::Personnummer);
  CHECK_FALSE(M[0].CheckDigitValid);
  // With the right digit (computed, never written down) it is valid, in
  // every form.
  std::string Right = std::string("450312-123") + luhnDigit("450312123");
  for (std::string Form : {Right, "19" + Right, "19" + Right.substr(0, 6) + Right.substr(7),
                           Right.substr(0, 6) + " " + Right.substr(7)}) {
    INFO(Form);
    M = findIdentifiers("Pnr " + Form + ".");
    REQUIRE(M.size() == 1);
    CHECK(M[0].What == Kind::Personnummer);
    CHECK(M[0].CheckDigitValid);
  }
  std::string Samordning = std::string("450372-123") + luhnDigit("450372123");
  M = findIdentifiers(Samordning);
  REQUIRE(M.size() == 1);
  CHECK(M[0].CheckDigitValid);
}

TEST_CASE("identifiers: numbers that are no date are no personnummer",
          "[text][identifiers]") {
  CHECK(find("Ärende 451312-1234").empty()); // month 13
  CHECK(find("Ärende 450012-1234").empty()); // month 0
  CHECK(find("Ärende 450300-1235").empty()); // day 0
  CHECK(find("Ärende 450332-1234").empty()); // day 32
  CHECK(find("Ärende 450392-1234").empty()); // samordning day 32
  CHECK(find("Ärende 19451312-1234").empty());
}

TEST_CASE("identifiers: a date and a clock time with a space are a time stamp",
          "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Tiden står som 20250416 1345 i kallelsen.").empty());
  // Not a date of the last century, nor after a word that names a
  // personnummer, nor without the space, nor an hour past 23.
  CHECK(find("Född 19450312 1234.") == V{pnr("19450312 1234")});
  CHECK(find("Personnummer 20250416 1345.") == V{pnr("20250416 1345")});
  CHECK(find("Tid 202504161345.") == V{pnr("202504161345")});
  CHECK(find("Tid 20250416 2545.") == V{pnr("20250416 2545")});
}

TEST_CASE("identifiers: part of a longer run of digits or letters is no match",
          "[text][identifiers]") {
  CHECK(find("Nr 14503121234").empty());
  CHECK(find("Nr 45031212345").empty());
  CHECK(find("ID x450312-1234").empty());
  CHECK(find("ID 450312-1234y").empty());
  CHECK(find("Datum 2024-03-05, kl. 07.30, 1945, ärende 2025-9900.").empty());
}

TEST_CASE("identifiers: a rejected candidate does not hide the next one",
          "[text][identifiers]") {
  // "240305 4503" looks like YYMMDD NNNN but runs on into more digits; the
  // personnummer that starts inside it must still be found.
  using V = std::vector<Found>;
  CHECK(find("Ansökan 240305 450312-1234.") == V{pnr("450312-1234")});
}

TEST_CASE("identifiers: ten digits starting with 0 are a phone number",
          "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Ring 0701234567.") == V{phone("0701234567")});
  CHECK(find("Ring 070-123 45 67.") == V{phone("070-123 45 67")});
  CHECK(find("Ring 070-1234567.") == V{phone("070-1234567")});
  CHECK(find("Ring +46 70 123 45 67.") == V{phone("+46 70 123 45 67")});
  CHECK(find("Ring +46701234567.") == V{phone("+46701234567")});
  CHECK(find("Ring 031-12 34 56.") == V{phone("031-12 34 56")});
  // After a word that names a personnummer, a personnummer of the 2000s
  // or a samordningsnummer written without its separator.
  CHECK(find("Hon har samordningsnummer 0203664418 sedan maj.") == V{pnr("0203664418")});
  CHECK(find("Pnr: 0203664418.") == V{pnr("0203664418")});
  CHECK(find("Telefonnummer 0203664418.") == V{phone("0203664418")});
}

TEST_CASE("identifiers: the last groups of a longer number are no phone number",
          "[text][identifiers]") {
  CHECK(find("Ordernummer 5512 0934 87 gäller dosetten.").empty());
  CHECK(find("Ring 070-174 06 12.") == std::vector<Found>{phone("070-174 06 12")});
}

TEST_CASE("identifiers: Stockholm numbers with eight digits",
          "[text][identifiers]") {
  // 08-123 456 78 is how Stockholm numbers are grouped.
  using V = std::vector<Found>;
  CHECK(find("Ring 08-123 456 78.") == V{phone("08-123 456 78")});
  // The area code in brackets.
  CHECK(find("Nås på (08) 465 004 37 i dag.") == V{phone("(08) 465 004 37")});
  CHECK(find("Nås på (0980) 31 92 05.") == V{phone("(0980) 31 92 05")});
}

TEST_CASE("identifiers: the country code dialled as 0046", "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Ring 0046 8 465 004 05.") == V{phone("0046 8 465 004 05")});
  CHECK(find("Ring 0046-70-174 06 07.") == V{phone("0046-70-174 06 07")});
  CHECK(find("Ring 004670174 06 07.") == V{phone("004670174 06 07")});
}

TEST_CASE("identifiers: the trunk zero in brackets, a slash, a spaced hyphen, dots",
          "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Ring +46(0)70-1740605.") == V{phone("+46(0)70-1740605")});
  CHECK(find("Ring +46 (0)70 174 06 05.") == V{phone("+46 (0)70 174 06 05")});
  CHECK(find("Ring 070/1740605.") == V{phone("070/1740605")});
  CHECK(find("Ring 070 - 174 06 05.") == V{phone("070 - 174 06 05")});
  CHECK(find("Ring 070.174.06.05.") == V{phone("070.174.06.05")});
  // Dates and times written with the same marks are no numbers.
  CHECK(find("Besök 07.12.2025 kl. 08 - 12.") == V{});
  CHECK(find("Blodtrycket var 135/80 och 2025/1184 är ärendet.") == V{});
}

TEST_CASE("identifiers: e-mail addresses", "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Skriv till anna.exempel@exempel.se.") == V{email("anna.exempel@exempel.se")});
  CHECK(find("Mejl: a_b+c@kommun.example.org, tack") ==
        V{email("a_b+c@kommun.example.org")});
  CHECK(find("Hon skrev @anna och exempel.se").empty());
  // A sentence glued after the address is not its top domain.
  CHECK(find("Skickat till kok@example.se.Svar kom.") == V{email("kok@example.se")});
  CHECK(find("Adressen Elin.Kontakt@Example.Org.") == V{email("Elin.Kontakt@Example.Org")});
  CHECK(find("Till kok@Example.Se i dag.") == V{email("kok@Example.Se")});
  CHECK(find("Till kok@example.Organisation") == V{});
  CHECK(find("SKRIV TILL ANNA@EXEMPEL.SE") == V{email("ANNA@EXEMPEL.SE")});
}

TEST_CASE("identifiers: several in one text, in order", "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Elsa 450312-1234, tel 070-123 45 67, e-post elsa@exempel.se.") ==
        V{pnr("450312-1234"), phone("070-123 45 67"), email("elsa@exempel.se")});
}

TEST_CASE("identifiers: masking keeps every column", "[text][identifiers]") {
  llvm::StringRef Text = "Åsa 450312-1234 ringer 070-123 45 67 eller anna.b@exempel.se.";
  std::string Masked = maskIdentifiers(Text);
  CHECK(Masked == "Åsa ••••••-•••• ringer •••-••• •• •• eller ••••.•@•••••••.••.");
  // One character for one character: code-point columns stay where they were.
  CHECK(countCodePoints(Masked) == countCodePoints(Text));
  size_t Ringer = Masked.find("ringer");
  REQUIRE(Ringer != std::string::npos);
  CHECK(countCodePoints(llvm::StringRef(Masked).take_front(Ringer)) ==
        countCodePoints(Text.take_front(Text.find("ringer"))));
  // Nothing to mask: the text unchanged.
  CHECK(maskIdentifiers("Elsa är född 1945.") == "Elsa är född 1945.");
  CHECK(maskIdentifiers("19450312 1234") == "•••••••• ••••");
  CHECK(maskIdentifiers("450312+1234") == "••••••+••••");
}

TEST_CASE("identifiers: dashes, no-break spaces, full-width digits and a pnr "
          "prefix", "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Pnr 450312\u20131234.") == V{pnr("450312\u20131234")});  // en dash
  CHECK(find("Pnr 450312\u22121234.") == V{pnr("450312\u22121234")});  // minus sign
  CHECK(find("Pnr 450312\u00a01234.") == V{pnr("450312\u00a01234")});  // no-break space
  CHECK(find("Pnr \uff14\uff15\uff10\uff13\uff11\uff12-\uff11\uff12\uff13\uff14.") ==
        V{pnr("\uff14\uff15\uff10\uff13\uff11\uff12-\uff11\uff12\uff13\uff14")});
  CHECK(find("pnr450312-1234") == V{pnr("450312-1234")});
  CHECK(find("PNR19450312-1234") == V{pnr("19450312-1234")});
  CHECK(find("Ring 070\u2013123\u00a045\u00a067.") == V{phone("070\u2013123\u00a045\u00a067")});
  // Only "pnr" may be glued to it: other letters still make it something else.
  CHECK(find("xpnr450312-1234").empty());
  CHECK(find("nr450312-1234").empty());
  // A phone number glued to its label, and not to another word.
  CHECK(find("Ring telefon070-174 06 79 i dag.") == V{phone("070-174 06 79")});
  CHECK(find("Tel.nr: tfn08-465 004 09") == V{phone("08-465 004 09")});
  CHECK(find("Ring rum070-174 06 79").empty());
  CHECK(find("Ring mobilen070-1740619 i kväll") == V{phone("070-1740619")});
  CHECK(find("Hans nummer0701740644 finns i pärmen") == V{phone("0701740644")});
  CHECK(find("Ordernummer0701740644").empty());
}

TEST_CASE("identifiers: addresses with letters beyond ASCII", "[text][identifiers]") {
  using V = std::vector<Found>;
  CHECK(find("Mejla åsa.öberg@härnösand.se i dag.") == V{email("åsa.öberg@härnösand.se")});
  CHECK(find("Mejla anna\uff20exempel.se") == V{email("anna\uff20exempel.se")});
}

TEST_CASE("identifiers: masking other spellings keeps every column",
          "[text][identifiers]") {
  llvm::StringRef Text = "Pnr \uff14\uff15\uff10\uff13\uff11\uff12\u2013\uff11\uff12\uff13\uff14, "
                         "tel 070\u00a0123\u00a045\u00a067, åsa@härnösand.se.";
  std::string Masked = maskIdentifiers(Text);
  CHECK(Masked == "Pnr ••••••\u2013••••, tel •••\u00a0•••\u00a0••\u00a0••, •••@•••••••••.••.");
  CHECK(countCodePoints(Masked) == countCodePoints(Text));
}

TEST_CASE("identifiers: blanking keeps every byte offset", "[text][identifiers]") {
  llvm::StringRef Text = "Åsa \uff14\uff15\uff10\uff13\uff11\uff12-1234 och a@b.se kom.";
  std::vector<IdentifierMatch> Found = findIdentifiers(Text);
  REQUIRE(Found.size() == 2);
  std::string Blank = blankIdentifiers(Text, Found);
  REQUIRE(Blank.size() == Text.size());
  CHECK(Blank == "Åsa " + std::string(Found[0].End - Found[0].Begin, '*') + " och ****** kom.");
}
