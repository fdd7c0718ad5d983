#include "Identifiers.h"

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

/// A match must not be part of a longer run of digits or letters.
bool standsAlone(llvm::StringRef Text, size_t Begin, size_t End) {
  auto IsWordByte = [](char C) {
    return (C >= '0' && C <= '9') || (C >= 'A' && C <= 'Z') ||
           (C >= 'a' && C <= 'z') || C == '-';
  };
  return (Begin == 0 || !IsWordByte(Text[Begin - 1])) &&
         (End == Text.size() || !IsWordByte(Text[End]));
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
    if (!standsAlone(Text, Begin, End))
      continue;
    IdentifierMatch M{What, uint32_t(Begin), uint32_t(End), false};
    if (What == IdentifierMatch::Kind::Personnummer) {
      std::string Digits;
      for (char C : Match)
        if (C >= '0' && C <= '9')
          Digits += C;
      // Ten digits in a row starting with 0 are a phone number (070...);
      // a personnummer from the 2000s is written with its separator.
      if (Digits.size() == 10 && Match.size() == 10 && Digits[0] == '0')
        continue;
      llvm::StringRef Ten = llvm::StringRef(Digits).take_back(10);
      int Month = std::stoi(Ten.substr(2, 2).str());
      int Day = std::stoi(Ten.substr(4, 2).str());
      if (!plausibleDate(Month, Day))
        continue;
      M.CheckDigitValid = luhnValid(Ten);
    }
    Out.push_back(M);
    Start = End;
  }
}

} // namespace

std::vector<IdentifierMatch> findIdentifiers(llvm::StringRef Text) {
  // YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN (over 100) and without separator.
  static const re2::RE2 Personnummer(
      R"((?:19|20)?[0-9]{6}[-+ ]?[0-9]{4})");
  // Area code, then two to four groups: "070-123 45 67", "08-123 456 78".
  static const re2::RE2 Phone(
      R"(\+46[ -]?[1-9][0-9]{0,2}(?:[ -]?[0-9]{2,3}){2,4}|0[1-9][0-9]{0,2}[ -]?[0-9]{2,3}(?:[ -]?[0-9]{2,4}){1,3})");
  static const re2::RE2 Email(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
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
  return Distinct;
}

std::string maskIdentifiers(llvm::StringRef Text) {
  std::vector<IdentifierMatch> Found = findIdentifiers(Text);
  if (Found.empty())
    return Text.str();
  std::string Out;
  size_t At = 0;
  for (const IdentifierMatch &M : Found) {
    Out += Text.slice(At, M.Begin);
    for (char C : Text.slice(M.Begin, M.End))
      Out += (C == '-' || C == '+' || C == ' ' || C == '@' || C == '.') ? std::string(1, C)
                                                                          : "•";
    At = M.End;
  }
  Out += Text.drop_front(At);
  return Out;
}

} // namespace ibic
