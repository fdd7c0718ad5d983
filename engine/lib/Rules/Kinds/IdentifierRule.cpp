#include "IdentifierRule.h"

#include "Text/Identifiers.h"

namespace ibic {

std::unique_ptr<Rule> IdentifierRule::create(RuleSpec Spec, KindContext &Context) {
  auto R = std::make_unique<IdentifierRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  llvm::StringRef Check = P.Check ? llvm::StringRef(P.Check->Value) : "";
  if (Check == "personnummer")
    R->Kind = int(IdentifierMatch::Kind::Personnummer);
  else if (Check == "telefon")
    R->Kind = int(IdentifierMatch::Kind::Phone);
  else if (Check == "e-post")
    R->Kind = int(IdentifierMatch::Kind::Email);
  else if (P.Check)
    Context.error(P.Check->Loc, "check ska vara personnummer, telefon eller e-post");
  else
    Context.missing("check");
  return R;
}

void IdentifierRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    D.forEachParagraph([&](const TextSpan &P, const void *Unit) {
      for (const IdentifierMatch &M : findIdentifiers(P.Text)) {
        if (int(M.What) != Kind)
          continue;
        llvm::StringRef Confidence =
            M.What != IdentifierMatch::Kind::Personnummer ? ""
            : M.CheckDigitValid ? "kontrollsiffran stämmer"
                                : "kontrollsiffran stämmer inte, troligen felskrivet";
        report(Out, D, Unit, P.sourceOffset(M.Begin), P.sourceOffset(M.End),
               {{"value", Confidence}});
      }
    });
  }
}

} // namespace ibic
