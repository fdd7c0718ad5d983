//===- LexiconEntries.h - Word-list entries as lexicon rules write them ---===//
#ifndef IBIC_RULES_LEXICONENTRIES_H
#define IBIC_RULES_LEXICONENTRIES_H

#include "Rules/KindOptions.h"
#include "Rules/Selectors.h"

namespace ibic {

/// Folded words as an entry's context names them: "är", "*a" (ends with),
/// "tabl*" (starts with).
struct WordChoice {
  std::vector<std::string> Exact, Prefixes, Suffixes;
  bool empty() const { return Exact.empty() && Prefixes.empty() && Suffixes.empty(); }
  bool contains(llvm::StringRef Folded) const;
  static WordChoice of(const std::vector<std::string> &Written);
};

/// A fix that fits the words around a form, so that applying it gives
/// correct Swedish: "är dement" → "har en demenssjukdom" (the word before
/// is replaced too), "vägrade duscha" → "avböjde att duscha" (the word after
/// decides), "en handikappad ung man" → "en ung man med
/// funktionsnedsättning" (the form moves after the noun it stands before).
struct LexiconPhrase {
  WordChoice Before;         ///< The word right before; replaced with the form
  bool KeepBefore = false;   ///< unless kept ("var sur" → "var på dåligt humör").
  WordChoice After, NotAfter; ///< The word right after; kept.
  /// The form stands before a noun phrase: the phrase up to its noun is
  /// replaced, and "{noun}" in Suggestion is that phrase without the form.
  bool BeforeNoun = false;
  std::string Suggestion;
};

/// One entry of `entries`: the forms that are found, what to write instead
/// and why. A written form's word "(a|b|)" is any of its choices or none,
/// so "hade en (riktigt|) bra dag" is two forms.
struct LexiconEntry {
  std::vector<std::string> Forms, Suggestions;
  std::string Reason;
  /// Where the advice comes from (a term bank, a guideline); a rule may
  /// report an entry without one at a lower severity.
  std::string Source;
  /// Fixes for particular surroundings, tried in order.
  std::vector<LexiconPhrase> Phrases;
  /// Whether the first suggestion is offered as a fix where no phrase fits;
  /// false when it only reads well in some surroundings.
  bool FixAlone = true;
  /// The document types the entry is about (`document-types`); empty: every
  /// type the rule reads. An interpretation marker ("verkade") may belong to
  /// journal notes while the rule also reads utredningar.
  DocumentTypeFilter Documents;
  llvm::SMLoc Loc;
};

/// Reads `entries` and appends `extra-entries` (what a configuration adds to
/// a rule's list); reports a missing `entries`. Only a kind that honours it
/// (\p PerDocumentType) lets an entry name its `document-types`; \p ReadOwn,
/// when given, reads the keys of an entry that only its kind knows, entry
/// by entry in order.
std::vector<LexiconEntry>
readLexiconEntries(KindOptions &Options, bool PerDocumentType = false,
                   llvm::function_ref<void(KindOptions &Entry)> ReadOwn = {});

} // namespace ibic

#endif
