//===- NoteClassificationRule.h -------------------------------------------===//
#ifndef IBIC_RULES_KINDS_NOTECLASSIFICATIONRULE_H
#define IBIC_RULES_KINDS_NOTECLASSIFICATIONRULE_H

#include "Rules/RuleKinds.h"

#include <map>

namespace ibic {

/// Classifies each journal note's text by word lists per life area and
/// factor, and finds a note filed under an area its text is not about (a
/// fall filed under Hemliv). A note whose words name no area is left alone:
/// nothing shows that it is misfiled.
class NoteClassificationRule final : public Rule {
public:
  static std::unique_ptr<Rule> create(RuleSpec Spec, KindContext &Context);
  void check(const Case &C, std::vector<RawFinding> &Out) const override;

  struct Stem {
    std::string Folded;
    std::string Area; ///< Life-area or factor slug.
  };

private:
  using Rule::Rule;
  DocumentTypeFilter Documents;
  std::vector<Stem> Stems;
  std::map<std::string, std::string> Names; ///< Display name by slug.
  unsigned MinWords = 1; ///< Hits an area needs to count as the topic.
};

} // namespace ibic

#endif
