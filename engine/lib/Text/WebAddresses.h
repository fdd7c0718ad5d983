//===- WebAddresses.h - Web addresses in text -----------------------------===//
//
// A web address is no prose: "www.example.com/hjalpmedel" spells its path
// without å, ä and ö, and no rule of language should read it as words.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_WEBADDRESSES_H
#define IBIC_TEXT_WEBADDRESSES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace ibic {

/// Top-level domains common in Swedish texts, in small letters: they end a
/// web address's host and, written with a capital, an e-mail address.
llvm::ArrayRef<llvm::StringRef> commonTopDomains();

/// Byte ranges of the web addresses in \p Text: a run without spaces that
/// has "://", begins with "www." or names a host under a common top-level
/// domain ("1177.se", "kommun.se/hemtjanst"), without the punctuation that
/// ends the sentence or closes a bracket around it.
std::vector<std::pair<uint32_t, uint32_t>> webAddresses(llvm::StringRef Text);

} // namespace ibic

#endif
