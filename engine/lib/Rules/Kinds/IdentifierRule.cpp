//===- IdentifierRule.cpp - Personnummer and contact details in text ------===//
//
// Finds a direct identifier in free text (`check`: personnummer, telefon or
// e-post); `{value}` says whether a personnummer's check digit is right. The
// identifier itself is never repeated in a message. A number right after a
// word that names it as something else
// (`other-number-words`: "Ordernummer", "Ärendenr", "Dnr") is taken to be
// that, unless the word names what the check looks for (`identifier-words`,
// also read under its older name `personnummer-words`); the
// words of `label-links` may stand between ("faktura med nummer …"), and so
// may a word after one of `label-places` ("Kundnumret hos leverantören är …",
// "Fakturan från fotvården, nummer …").
// Unit: the paragraph.
//
//===----------------------------------------------------------------------===//
#include "Rules/LexiconEntries.h"
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
        if (M.What != Wanted || namedOtherwise(*P, M))
          continue;
        llvm::StringRef Confidence =
            M.What != IdentifierMatch::Kind::Personnummer ? ""
            : M.CheckDigitValid ? "kontrollsiffran stämmer"
                                : "kontrollsiffran stämmer inte, troligen felskrivet";
        report(Ctx, U, *P, M.Begin, M.End, {{"value", Confidence}});
      }
  }

  /// Words that name a number as something else, and those that name it
  /// as what the check looks for.
  WordChoice OtherNumber, OwnWords, Links, Places;
  /// Words a label may stand back from its number, links included.
  static constexpr int MaxReach = 5;

private:
  /// Whether a word before \p M, with nothing but spaces, ':', '.', '#'
  /// and words of `label-links` ("faktura med nummer") or a place ("hos
  /// leverantören") between, or a hyphen inside the label ("OCR-nummer"), or
  /// one other word right before the number, names it as another number.
  bool namedOtherwise(const Paragraph &P, const IdentifierMatch &M) const {
    if (OtherNumber.empty())
      return false;
    auto It = llvm::partition_point(P.Tokens, [&](const Token &T) { return T.End <= M.Begin; });
    uint32_t Gap = M.Begin;
    // One other word may stand right before the number ("Ordernummer ABC
    // 45…"); further back only links.
    for (int Seen = 0; Seen < MaxReach && It != P.Tokens.begin(); ++Seen) {
      const Token &T = *--It;
      llvm::StringRef Between = P.Text.slice(T.End, Gap);
      // A comma sets off a place: "Fakturan från fotvården, nummer …".
      if ((Between != "-" && !llvm::all_of(Between, [](char C) {
             return C == ' ' || C == ':' || C == '.' || C == '#' || C == ',';
           })) ||
          !T.has(Token::Letters) || T.has(Token::Digits))
        return false;
      if (OwnWords.contains(T.Folded))
        return false;
      if (OtherNumber.contains(T.Folded))
        return true;
      if (Seen > 0 && !Links.contains(T.Folded)) {
        // The word of a place ("hos leverantören") counts with its word.
        if (It == P.Tokens.begin() || !Places.contains(std::prev(It)->Folded) ||
            P.Text.slice(std::prev(It)->End, T.Begin) != " ")
          return false;
        --It;
        ++Seen;
      }
      Gap = It->Begin;
    }
    return false;
  }

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
  auto R = std::make_unique<IdentifierRule>(std::move(Spec), std::move(S),
                                            Kinds[C.Options.choice("check", Checks, 0)]);
  R->OtherNumber = WordChoice::of(C.Options.strings("other-number-words"));
  // `personnummer-words` is the older name of `identifier-words`.
  std::vector<std::string> Own = C.Options.strings("identifier-words");
  llvm::append_range(Own, C.Options.strings("personnummer-words"));
  R->OwnWords = WordChoice::of(Own);
  R->Links = WordChoice::of(C.Options.strings("label-links"));
  R->Places = WordChoice::of(C.Options.strings("label-places"));
  return R;
}

} // namespace ibic
