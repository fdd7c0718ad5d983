//===- LexiconEntries.h - Word-list entries as lexicon rules write them ---===//
#ifndef IBIC_RULES_LEXICONENTRIES_H
#define IBIC_RULES_LEXICONENTRIES_H

#include "Rules/KindOptions.h"

namespace ibic {

/// One entry of `entries`: the forms that are found, what to write instead
/// and why.
struct LexiconEntry {
  std::vector<std::string> Forms, Suggestions;
  std::string Reason;
  bool Compounds = false; ///< Also the last part of a compound.
  llvm::SMLoc Loc;
};

/// Reads `entries` and appends `extra-entries` (what a configuration adds to
/// a rule's list); reports a missing `entries`.
std::vector<LexiconEntry> readLexiconEntries(KindOptions &Options);

} // namespace ibic

#endif
