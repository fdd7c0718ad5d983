//===- AbbreviationRule.h -------------------------------------------------===//
#ifndef IBIC_RULES_KINDS_ABBREVIATIONRULE_H
#define IBIC_RULES_KINDS_ABBREVIATIONRULE_H

#include "Rules/RuleKinds.h"

namespace ibic {

/// Finds workplace jargon (usk, SÄBO, ADL) that a document does not write
/// out at its first use. "särskilt boende (SÄBO)" and "SÄBO (särskilt
/// boende)" explain it; later uses in the same document are then fine.
/// Forms match however they are written: with or without dots or capitals.
class AbbreviationRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

  struct Form {
    std::vector<std::string> Words; ///< Normalised words of the form.
    size_t Entry;
  };

private:
  using Rule::Rule;
  std::vector<LexiconEntrySpec> Entries;
  llvm::StringMap<std::vector<Form>> ByFirstWord;
  DocumentTypeFilter Documents;
};

/// Folded, without dots: "U.s.k." and "usk" are the same abbreviation.
std::string normaliseAbbreviation(llvm::StringRef Text);

} // namespace ibic

#endif
