#include "RuleKinds.h"

#include "Config/Files.h"
#include "Text/Speller.h"

namespace ibic {

#define RULE_KIND(Name, Factory, ...)                                          \
  std::unique_ptr<Rule> Factory(RuleSpec, Scope, KindContext &);
#include "RuleKinds.def"

const std::vector<RuleKind> &ruleKinds() {
  // The unit names of RuleKinds.def; they hide the model's types of the
  // same name in this function only.
  constexpr UnitKind Case = UnitKind::Case, Document = UnitKind::Document,
                     Section = UnitKind::Section, Paragraph = UnitKind::Paragraph,
                     Sentence = UnitKind::Sentence;
  static const std::vector<RuleKind> Kinds = {
#define RULE_KIND(Name, Factory, ...) {Name, &Factory, {__VA_ARGS__}},
#include "RuleKinds.def"
  };
  return Kinds;
}

Scope compileScope(const ScopeSpec &Spec, const RuleKind &Kind, const Reference &Ref,
                   const KindOptions::ErrorFn &Error) {
  Scope S;
  for (const Located &T : Spec.DocumentTypes) {
    if (std::optional<std::string> Slug = Ref.documentType(T.Value))
      S.Documents.Types.push_back(*Slug);
    else
      Error(T.Loc, "okänd dokumenttyp '" + T.Value + "'");
  }
  if (Spec.Section) {
    checkSectionSelector(*Spec.Section, Ref, Error);
    S.Sections = SectionSelector::from(*Spec.Section);
  }
  S.Unit = Kind.Units.front();
  if (!Spec.Unit.empty()) {
    auto Named = llvm::find_if(Kind.Units, [&](UnitKind U) {
      return unitName(U) == Spec.Unit.Value;
    });
    if (Named != Kind.Units.end()) {
      S.Unit = *Named;
    } else {
      std::string Allowed;
      for (UnitKind U : Kind.Units)
        Allowed += (Allowed.empty() ? "" : ", ") + unitName(U).str();
      Error(Spec.Unit.Loc, "regeltypen " + Kind.Name.str() + " läser enheten " +
                               Allowed + ", inte '" + Spec.Unit.Value + "'");
    }
  }
  if (!Spec.Fallback.empty()) {
    if (S.Unit != UnitKind::Document || S.Sections.empty())
      Error(Spec.Fallback.Loc, "fallback gäller bara unit: document med section");
    else if (Spec.Fallback.Value == "document" || Spec.Fallback.Value == "none")
      S.WholeDocumentWhenNoSection = Spec.Fallback.Value == "document";
    else
      Error(Spec.Fallback.Loc, "fallback ska vara document eller none");
  }
  return S;
}

std::shared_ptr<Dictionary> openDictionary(const KindContext &C, llvm::StringRef Name) {
  auto D = Dictionary::open(C.DictionaryDir, Name, C.SpellingMemoDir);
  if (D)
    return std::move(*D);
  llvm::consumeError(D.takeError());
  return nullptr;
}

const RuleKind *findRuleKind(llvm::StringRef Name) {
  for (const RuleKind &K : ruleKinds())
    if (K.Name == Name)
      return &K;
  return nullptr;
}

} // namespace ibic
