//===- IdentifierRule.cpp - Personnummer and contact details in text ------===//
//
// Finds a direct identifier in free text (`check`: personnummer, telefon or
// e-post); `{value}` says whether a personnummer's check digit is right. The
// identifier itself is never repeated in a message. Unit: the paragraph.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

namespace ibic {
namespace {

class IdentifierRule final : public Rule {
public:
  IdentifierRule(RuleSpec Spec, Scope S, IdentifierMatch::Kind Wanted)
      : Rule(std::move(Spec), std::move(S)), Wanted(Wanted) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    for (const Paragraph *P : U.Paragraphs)
      for (const IdentifierMatch &M : P->Identifiers) {
        if (M.What != Wanted)
          continue;
        llvm::StringRef Confidence =
            M.What != IdentifierMatch::Kind::Personnummer ? ""
            : M.CheckDigitValid ? "kontrollsiffran stämmer"
                                : "kontrollsiffran stämmer inte, troligen felskrivet";
        report(Ctx, U, *P, M.Begin, M.End, {{"value", Confidence}});
      }
  }

private:
  IdentifierMatch::Kind Wanted;
};

} // namespace

std::unique_ptr<Rule> createIdentifierRule(RuleSpec Spec, Scope S, KindContext &C) {
  if (!C.Options.has("check"))
    C.Options.missing("check");
  static const llvm::StringRef Checks[] = {"personnummer", "telefon", "e-post"};
  static const IdentifierMatch::Kind Kinds[] = {IdentifierMatch::Kind::Personnummer,
                                               IdentifierMatch::Kind::Phone,
                                               IdentifierMatch::Kind::Email};
  return std::make_unique<IdentifierRule>(std::move(Spec), std::move(S),
                                          Kinds[C.Options.choice("check", Checks, 0)]);
}

} // namespace ibic
