//===- Identifiers.h - Personnummer and contact details in text -----------===//
//
// Found so that rules can flag them and so that nothing ibic-audit prints
// repeats them: every source line shown in a report is masked first.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_IDENTIFIERS_H
#define IBIC_TEXT_IDENTIFIERS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ibic {

struct IdentifierMatch {
  enum class Kind { Personnummer, Phone, Email } What;
  uint32_t Begin = 0, End = 0;
  /// For a personnummer: the check digit is right. A wrong one is still
  /// someone's mistyped number.
  bool CheckDigitValid = false;
};

/// Personnummer and samordningsnummer (with or without century and
/// separator, with a plausible date, also right after "pnr"), Swedish phone
/// numbers and e-mail addresses in \p Text. Full-width digits, dashes and
/// no-break spaces count as the ASCII digits, '-' and ' ' they stand for.
std::vector<IdentifierMatch> findIdentifiers(llvm::StringRef Text);

/// \p Text with the digits and letters of every identifier replaced by '•',
/// one for each code point so that columns stay, for text that is shown.
std::string maskIdentifiers(llvm::StringRef Text);

/// \p Text with every byte of each of \p Found replaced by '*', so that
/// offsets into it still hold and no word is left of an identifier: the
/// analysis hands rules this text, and no rule can repeat what it never saw.
std::string blankIdentifiers(llvm::StringRef Text, llvm::ArrayRef<IdentifierMatch> Found);

} // namespace ibic

#endif
