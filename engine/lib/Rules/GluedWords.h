//===- GluedWords.h - Words run together that Swedish never compounds -----===//
#ifndef IBIC_RULES_GLUEDWORDS_H
#define IBIC_RULES_GLUEDWORDS_H

#include "Rules/LexiconEntries.h"
#include "Text/Speller.h"

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace ibic {

/// Where \p Folded, a word the dictionary does not know, is a form that
/// begins no compound followed by a word ("soffanhela", "tackadenej"): a
/// noun in its definite form or a verb in its past or present tense, ending
/// in one of \p Endings. The form must be one the dictionary makes with an
/// ending, not a stem of its word list ("botten" and "öppen" begin
/// compounds: "öppenvård"), and the rest a word it knows. Shared by
/// sprak/saknat-mellanslag, which reports the split, and sprak/stavning,
/// which then does not report the word: the byte offset of the split.
std::optional<size_t> splitAfterInflectedForm(const Dictionary &Dict, const WordChoice &Endings,
                                              llvm::StringRef Folded);

} // namespace ibic

#endif
