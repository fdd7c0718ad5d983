//===- Identifiers.h - Personnummer and contact details in text -----------===//
//
// Found so that rules can flag them and so that nothing ibic-audit prints
// repeats them: every source line shown in a report is masked first.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_IDENTIFIERS_H
#define IBIC_TEXT_IDENTIFIERS_H

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
/// separator, with a plausible date), Swedish phone numbers and e-mail
/// addresses in \p Text.
std::vector<IdentifierMatch> findIdentifiers(llvm::StringRef Text);

/// \p Text with the digits and letters of every identifier replaced by '•'.
std::string maskIdentifiers(llvm::StringRef Text);

} // namespace ibic

#endif
