//===- RequiredDocumentRule.cpp - A document the case should have ---------===//
//
// Finds a case that has documents of the scope's types (a genomförandeplan,
// say) but none of `document-type` (no utredning behind it). Unit: the case.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

class RequiredDocumentRule final : public Rule {
public:
  RequiredDocumentRule(RuleSpec Spec, Scope S, std::string Required)
      : Rule(std::move(Spec), std::move(S)), Required(std::move(Required)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    if (U.Documents.empty() || U.Case->C->hasDocumentOfType(Required))
      return;
    const Document &First = *U.Documents.front()->Doc;
    reportLine(Ctx, First, &First, First.Offset, {{"document", First.Id}});
  }

private:
  std::string Required;
};

} // namespace

std::unique_ptr<Rule> createRequiredDocumentRule(RuleSpec Spec, Scope S,
                                                 KindContext &C) {
  std::string Required;
  if (std::optional<Located> Type = C.Options.text("document-type")) {
    if (std::optional<std::string> Slug = C.Ref.documentType(Type->Value))
      Required = *Slug;
    else
      C.Options.error(Type->Loc, "okänd dokumenttyp '" + Type->Value + "'");
  } else {
    C.Options.missing("document-type");
  }
  return std::make_unique<RequiredDocumentRule>(std::move(Spec), std::move(S),
                                                std::move(Required));
}

} // namespace ibic
