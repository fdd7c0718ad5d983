#include "Identifiers.h"
#include "WebAddresses.h"

#include "llvm/Support/MathExtras.h"

#include <re2/re2.h>

#include <algorithm>

namespace ibic {
namespace {

bool luhnValid(llvm::StringRef TenDigits) {
  int Sum = 0;
  for (size_t I = 0; I < TenDigits.size(); ++I) {
    int D = (TenDigits[I] - '0') * (I % 2 == 0 ? 2 : 1);
    Sum += D > 9 ? D - 9 : D;
  }
  return Sum % 10 == 0;
}

bool plausibleDate(int Month, int Day) {
  // Samordningsnummer add 60 to the day.
  if (Day > 60)
    Day -= 60;
  return Month >= 1 && Month <= 12 && Day >= 1 && Day <= 31;
}

/// The ASCII character that the code point at \p At stands for in a number
/// or an address, and its length in \p Length: word processors and
/// keyboards write full-width digits, dashes and no-break spaces where the
/// patterns expect 0-9, '-' and ' '. 0 when it stands for itself.
char asciiFor(llvm::StringRef Text, size_t At, unsigned &Length) {
  Length = 1;
  auto Byte = [&](size_t I) { return uint8_t(At + I < Text.size() ? Text[At + I] : 0); };
  if (Byte(0) == 0xC2 && Byte(1) == 0xA0) { // no-break space
    Length = 2;
    return ' ';
  }
  if (Byte(0) == 0xEF && Byte(1) == 0xBC) { // full-width forms
    Length = 3;
    uint8_t C = Byte(2);
    if (C >= 0x90 && C <= 0x99)
      return char('0' + (C - 0x90));
    if (C == 0x8B)
      return '+';
    if (C == 0x8D)
      return '-';
    if (C == 0xA0)
      return '@';
  }
  if (Byte(0) == 0xE2 && Byte(1) == 0x80) {
    Length = 3;
    uint8_t C = Byte(2);
    if (C >= 0x90 && C <= 0x94) // hyphens, figure dash, en and em dash
      return '-';
    if (C == 0x87 || C == 0x89 || C == 0xAF) // figure, thin, narrow no-break space
      return ' ';
  }
  if (Byte(0) == 0xE2 && Byte(1) == 0x88 && Byte(2) == 0x92) { // minus sign
    Length = 3;
    return '-';
  }
  Length = 1;
  return 0;
}

/// \p Text with asciiFor applied, and for each of its bytes the offset in
/// \p Text it came from (one more entry for the end). Both are empty when
/// nothing in \p Text stands for ASCII, as in most text: it is then read
/// as it is.
struct AsciiView {
  std::string Text;
  std::vector<uint32_t> ToOriginal;
};

AsciiView asciiView(llvm::StringRef Text) {
  AsciiView V;
  // Every stand-in begins with one of these lead bytes.
  size_t First = Text.find_first_of("\xC2\xE2\xEF");
  while (First != llvm::StringRef::npos) {
    unsigned Length;
    if (asciiFor(Text, First, Length))
      break;
    First = Text.find_first_of("\xC2\xE2\xEF", First + 1);
  }
  if (First == llvm::StringRef::npos)
    return V;
  V.Text.reserve(Text.size());
  V.ToOriginal.reserve(Text.size() + 1);
  for (size_t At = 0; At < Text.size();) {
    unsigned Length;
    char C = asciiFor(Text, At, Length);
    V.Text += C ? C : Text[At];
    V.ToOriginal.push_back(At);
    At += Length;
  }
  V.ToOriginal.push_back(Text.size());
  return V;
}

bool isWordByte(char C) {
  return (C >= '0' && C <= '9') || (C >= 'A' && C <= 'Z') || (C >= 'a' && C <= 'z') ||
         C == '-';
}

/// The labels a number of each kind is written glued to: "pnr450312-1234",
/// "telefon070-174 06 79", "mobilen070-1740619".
llvm::ArrayRef<llvm::StringRef> gluedLabels(IdentifierMatch::Kind What) {
  static const llvm::StringRef Personnummer[] = {"pnr"};
  static const llvm::StringRef Phone[] = {
      "tel",    "tfn",     "telefon",       "telefonen",     "mobil",       "mobilen",
      "nummer", "numret",  "telefonnummer", "telefonnumret", "mobilnummer", "mobilnumret"};
  switch (What) {
  case IdentifierMatch::Kind::Personnummer:
    return Personnummer;
  case IdentifierMatch::Kind::Phone:
    return Phone;
  default:
    return {};
  }
}

/// Whether \p Text ends with the whole word \p Label, in any case.
bool endsWithWord(llvm::StringRef Text, llvm::StringRef Label) {
  return Text.endswith_insensitive(Label) &&
         (Text.size() == Label.size() || !isWordByte(Text[Text.size() - Label.size() - 1]));
}

/// Whether \p Before ends with a word that names a personnummer, and a
/// space or a colon.
bool afterPersonnummerLabel(llvm::StringRef Before) {
  static const llvm::StringRef Labels[] = {"personnummer", "personnumret", "personnr",
                                           "pnr",          "samordningsnummer",
                                           "samordningsnumret"};
  llvm::StringRef Word = Before.rtrim(" :");
  return Word.size() < Before.size() &&
         llvm::any_of(Labels, [&](llvm::StringRef L) { return endsWithWord(Word, L); });
}

/// A match must not be part of a longer run of digits or letters, except
/// after a label of its kind written without a space.
bool standsAlone(llvm::StringRef Text, size_t Begin, size_t End,
                 IdentifierMatch::Kind What) {
  // Nor, for a phone number, the last groups of a longer number ("5512
  // 0934 87").
  if (What == IdentifierMatch::Kind::Phone && Begin >= 2 && Text[Begin - 1] == ' ' &&
      Text[Begin - 2] >= '0' && Text[Begin - 2] <= '9')
    return false;
  bool After = End == Text.size() || !isWordByte(Text[End]);
  if (Begin == 0 || !isWordByte(Text[Begin - 1]))
    return After;
  llvm::StringRef Before = Text.take_front(Begin);
  return After && llvm::any_of(gluedLabels(What),
                               [&](llvm::StringRef Label) { return endsWithWord(Before, Label); });
}

void findAll(const re2::RE2 &Pattern, llvm::StringRef Text,
             IdentifierMatch::Kind What, std::vector<IdentifierMatch> &Out) {
  re2::StringPiece Input(Text.data(), Text.size());
  re2::StringPiece Match;
  size_t Start = 0;
  while (Start < Text.size() &&
         Pattern.Match(Input, Start, Input.size(), re2::RE2::UNANCHORED, &Match, 1)) {
    size_t Begin = Match.data() - Text.data(), End = Begin + Match.size();
    // A rejected candidate may overlap the real one: try again just after
    // its start, not after its end.
    Start = Begin + 1;
    if (!standsAlone(Text, Begin, End, What))
      continue;
    IdentifierMatch M{What, uint32_t(Begin), uint32_t(End), false};
    if (What == IdentifierMatch::Kind::Personnummer) {
      std::string Digits;
      for (char C : Match)
        if (C >= '0' && C <= '9')
          Digits += C;
      // Ten digits in a row starting with 0 are a phone number (070...);
      // a personnummer from the 2000s is written with its separator, or
      // after a word that names it ("samordningsnummer 0203664418").
      if (Digits.size() == 10 && Match.size() == 10 && Digits[0] == '0' &&
          !afterPersonnummerLabel(Text.take_front(Begin)))
        continue;
      llvm::StringRef Ten = llvm::StringRef(Digits).take_back(10);
      int Month = std::stoi(Ten.substr(2, 2).str());
      int Day = std::stoi(Ten.substr(4, 2).str());
      if (!plausibleDate(Month, Day))
        continue;
      M.CheckDigitValid = luhnValid(Ten);
      // "20250416 1345": a date of this century and a clock time with a
      // space between is a time stamp, unless the last digit is a
      // personnummer's check digit or a word before names one.
      int Hour = std::stoi(Ten.substr(6, 2).str()), Minute = std::stoi(Ten.substr(8, 2).str());
      bool Spaced = Match.find(" ") != re2::StringPiece::npos;
      if (Digits.size() == 12 && llvm::StringRef(Digits).startswith("20") && Spaced &&
          !M.CheckDigitValid && Hour < 24 && Minute < 60 &&
          !afterPersonnummerLabel(Text.take_front(Begin)))
        continue;
    }
    Out.push_back(M);
    Start = End;
  }
}

/// Personnummer and phone numbers need six digits or more, addresses an
/// '@': most texts (paragraphs, and the messages and lines of findings,
/// which are masked too) have neither and skip the patterns. 0xEF leads
/// full-width digits and '＠'.
bool mayHoldIdentifier(llvm::StringRef Text) {
  unsigned Digits = 0;
  for (char C : Text) {
    if (C == '@' || C == '\xEF')
      return true;
    Digits += C >= '0' && C <= '9';
  }
  return Digits >= 6;
}

} // namespace

std::vector<IdentifierMatch> findIdentifiers(llvm::StringRef Original) {
  if (!mayHoldIdentifier(Original))
    return {};
  AsciiView View = asciiView(Original);
  llvm::StringRef Text = View.ToOriginal.empty() ? Original : llvm::StringRef(View.Text);
  // YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN (over 100) and without separator.
  static const re2::RE2 Personnummer(
      R"((?:19|20)?[0-9]{6}[-+ ]?[0-9]{4})");
  // Area code, then two to four groups: "070-123 45 67", "08-123 456 78",
  // "(08) 465 004 37"; the country code as "+46" or as dialled abroad,
  // "0046", also with the trunk zero in brackets ("+46 (0)70 …"). An area
  // code of three or four digits may also stand before a spaced hyphen or a
  // slash ("070 - 174 06 05", "070/1740605"), and a mobile number may be
  // grouped with dots ("070.174.06.05"); a date such as "07.12.2025" has
  // no such area code.
  // The longest match, not the first: "08-46500455" is one number, where
  // the first way to match stops at "08-4650045", which a digit follows.
  static const re2::RE2 Phone(
      R"((?:\+|00)46[ -]?(?:\(0\)[ -]?)?[1-9][0-9]{0,2}[ -]?[0-9]{2,3}(?:[ -]?[0-9]{2,4}){1,3})"
      R"(|(?:0[1-9][0-9]{0,2}|\(0[1-9][0-9]{0,2}\))[ -]?[0-9]{2,3}(?:[ -]?[0-9]{2,4}){1,3})"
      R"(|0[1-9][0-9]{1,2}(?: - |/)[0-9]{2,3}(?:[ -]?[0-9]{2,4}){1,3})"
      R"(|07[0-9]\.[0-9]{3}\.[0-9]{2}\.[0-9]{2})",
      [] {
        re2::RE2::Options Longest;
        Longest.set_longest_match(true);
        return Longest;
      }());
  // Letters beyond ASCII too: "åsa@härnösand.se". The top domain is in
  // small letters or in capitals: "a@example.se.Svar" is an address and
  // the next sentence. With a capital first only when it is a common top
  // domain and the word ends there ("Elin.Kontakt@Example.Org").
  static const re2::RE2 Email([] {
    std::string Capitalised;
    for (llvm::StringRef D : commonTopDomains())
      Capitalised += (Capitalised.empty() ? "" : "|") + D.take_front(1).upper() + D.drop_front(1).str();
    return R"([\pL\pN._%+-]+@[\pL\pN.-]+\.(?:\p{Ll}{2,}|\p{Lu}{2,}|(?:)" + Capitalised + R"()\b))";
  }());
  std::vector<IdentifierMatch> Out;
  findAll(Personnummer, Text, IdentifierMatch::Kind::Personnummer, Out);
  findAll(Phone, Text, IdentifierMatch::Kind::Phone, Out);
  findAll(Email, Text, IdentifierMatch::Kind::Email, Out);
  // A personnummer also looks like a phone number: keep the first kind found
  // for any overlapping range.
  std::stable_sort(Out.begin(), Out.end(),
                   [](const IdentifierMatch &A, const IdentifierMatch &B) {
                     return A.Begin < B.Begin;
                   });
  std::vector<IdentifierMatch> Distinct;
  for (const IdentifierMatch &M : Out)
    if (Distinct.empty() || M.Begin >= Distinct.back().End)
      Distinct.push_back(M);
  if (!View.ToOriginal.empty())
    for (IdentifierMatch &M : Distinct) {
      M.Begin = View.ToOriginal[M.Begin];
      M.End = View.ToOriginal[M.End];
    }
  return Distinct;
}

namespace {

/// Calls \p Part for the text between identifiers and for each code point
/// inside one, saying whether that code point is a
/// separator, which masking keeps.
template <typename Fn>
void forEachPart(llvm::StringRef Text, llvm::ArrayRef<IdentifierMatch> Found, Fn Part) {
  size_t At = 0;
  for (const IdentifierMatch &M : Found) {
    if (At < M.Begin)
      Part(Text.slice(At, M.Begin), /*Inside=*/false, /*Separator=*/false);
    for (At = M.Begin; At < M.End;) {
      unsigned Length;
      char C = asciiFor(Text, At, Length);
      if (!C && uint8_t(Text[At]) >= 0x80)
        Length = std::max<unsigned>(1, llvm::countLeadingOnes(uint8_t(Text[At])));
      C = C ? C : Text[At];
      Part(Text.substr(At, Length), /*Inside=*/true,
           llvm::StringRef("-+ @.").contains(C));
      At += Length;
    }
  }
  if (At < Text.size())
    Part(Text.drop_front(At), /*Inside=*/false, /*Separator=*/false);
}

} // namespace

std::string maskIdentifiers(llvm::StringRef Text) {
  std::vector<IdentifierMatch> Found = findIdentifiers(Text);
  if (Found.empty())
    return Text.str();
  std::string Out;
  forEachPart(Text, Found, [&](llvm::StringRef Part, bool Inside, bool Separator) {
    Out += !Inside || Separator ? Part.str() : "•";
  });
  return Out;
}

std::string blankIdentifiers(llvm::StringRef Text, llvm::ArrayRef<IdentifierMatch> Found) {
  std::string Out;
  Out.reserve(Text.size());
  forEachPart(Text, Found, [&](llvm::StringRef Part, bool Inside, bool) {
    if (Inside)
      Out.append(Part.size(), '*');
    else
      Out += Part;
  });
  return Out;
}

} // namespace ibic
