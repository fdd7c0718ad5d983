#include "RuleKinds.h"

#include "Rules/Kinds/AbbreviationRule.h"
#include "Rules/Kinds/HeadingNameRule.h"
#include "Rules/Kinds/IdentifierRule.h"
#include "Rules/Kinds/ReadabilityRule.h"
#include "Rules/Kinds/SentenceLengthRule.h"
#include "Rules/Kinds/SpellingRule.h"
#include "Rules/Kinds/IcfAssessmentRule.h"
#include "Rules/Kinds/LexiconRule.h"
#include "Rules/Kinds/NoteClassificationRule.h"
#include "Rules/Kinds/PatternRule.h"
#include "Rules/Kinds/RequiredAttributeRule.h"
#include "Rules/Kinds/RequiredDocumentRule.h"
#include "Rules/Kinds/RequiredSectionRule.h"
#include "Rules/Kinds/SectionContentRule.h"
#include "Rules/Kinds/TextEvidenceRule.h"

namespace ibic {

DocumentTypeFilter
KindContext::documentTypes(const llvm::Optional<std::vector<Located>> &List) {
  DocumentTypeFilter Filter;
  if (!List)
    return Filter;
  for (const Located &T : *List) {
    std::optional<std::string> Slug = Ref.documentType(T.Value);
    if (!Slug) {
      error(T.Loc, "okänd dokumenttyp '" + T.Value + "'");
      continue;
    }
    Filter.Types.push_back(*Slug);
  }
  return Filter;
}

SectionSelector KindContext::section() {
  SectionSelector S;
  if (!Params.Section)
    return S;
  const SectionSelectorSpec &Spec = *Params.Section;
  S = SectionSelector::from(Spec);
  bool KnownKind = S.Kind.empty() || S.Kind == "livsomrade" ||
                   S.Kind == "relaterad-faktor" ||
                   llvm::any_of(Ref.data().SectionKinds,
                                [&](const NamedEntry &E) { return E.Slug == S.Kind; });
  if (!KnownKind)
    error(Spec.Kind.Loc, "okänd avsnittstyp '" + S.Kind + "'");
  if (!S.LifeArea.empty() && !Ref.isLifeArea(S.LifeArea))
    error(Spec.LifeArea.Loc, "okänt livsområde '" + S.LifeArea + "'");
  if (!S.Factor.empty() && !Ref.isFactor(S.Factor))
    error(Spec.Factor.Loc, "okänd relaterad faktor '" + S.Factor + "'");
  return S;
}

void KindContext::missing(llvm::StringRef Name) {
  error(Params.Loc, "parametern '" + Name.str() + "' saknas");
}

const std::vector<RuleKind> &ruleKinds() {
  static const std::vector<RuleKind> Kinds = {
      {"required-document", &RequiredDocumentRule::create,
       {"when-case-has", "document-type"}},
      {"required-section", &RequiredSectionRule::create,
       {"document-types", "section"}},
      {"section-content", &SectionContentRule::create,
       {"document-types", "section", "placeholders", "min-words"}},
      {"required-attribute", &RequiredAttributeRule::create,
       {"target", "document-types", "section", "attribute", "allowed",
        "require-any"}},
      {"pattern", &PatternRule::create,
       {"document-types", "section", "mode", "patterns"}},
      {"lexicon", &LexiconRule::create,
       {"document-types", "entries", "extra-entries", "quotes", "words",
        "exclude"}},
      {"abbreviation", &AbbreviationRule::create,
       {"document-types", "entries", "extra-entries", "ignore"}},
      {"spelling", &SpellingRule::create,
       {"document-types", "dictionary", "ignore"}},
      {"readability", &ReadabilityRule::create,
       {"document-types", "section", "per", "max-lix", "min-words"}},
      {"sentence-length", &SentenceLengthRule::create,
       {"document-types", "max-words"}},
      {"identifier", &IdentifierRule::create, {"document-types", "check"}},
      {"note-classification", &NoteClassificationRule::create,
       {"document-types", "words", "min-words"}},
      {"icf-assessment", &IcfAssessmentRule::create,
       {"document-types", "section", "check"}},
      {"heading-name", &HeadingNameRule::create, {"document-types", "section"}},
      {"text-evidence", &TextEvidenceRule::create,
       {"document-types", "section", "per", "fallback", "words", "full",
        "partial", "exclude", "trigger", "count", "min-full", "min-full-per",
        "share",
        "partial-message"}},
  };
  return Kinds;
}

const RuleKind *findRuleKind(llvm::StringRef Name) {
  for (const RuleKind &K : ruleKinds())
    if (K.Name == Name)
      return &K;
  return nullptr;
}

} // namespace ibic
