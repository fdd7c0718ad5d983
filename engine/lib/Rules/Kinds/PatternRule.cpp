//===- PatternRule.cpp - RE2 patterns forbidden in or required of text ----===//
//
// `mode: forbid` (unit: paragraph) reports every match; `mode: require`
// (unit: section) reports each pattern a section does not match, with its
// `label`. Patterns are RE2, matched case-insensitively.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"
#include "Rules/LazyRegex.h"

namespace ibic {
namespace {

class PatternRule final : public Rule {
public:
  struct Pattern {
    std::unique_ptr<LazyRegex> Regex;
    std::string Label, Suggestion;
  };

  PatternRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    if (scope().Unit == UnitKind::Section)
      require(U, Ctx);
    else
      for (const Paragraph *P : U.Paragraphs)
        forbid(U, *P, Ctx);
  }

  std::vector<Pattern> Patterns;

private:
  void forbid(const RuleUnit &U, const Paragraph &P, RuleContext &Ctx) const {
    re2::StringPiece Input(P.Text.data(), P.Text.size());
    for (const Pattern &Pat : Patterns) {
      re2::StringPiece Match;
      size_t Start = 0;
      while (Start <= Input.size() &&
             Pat.Regex->get().Match(Input, Start, Input.size(), re2::RE2::UNANCHORED,
                              &Match, 1)) {
        uint32_t Begin = Match.data() - Input.data();
        uint32_t End = Begin + Match.size();
        report(Ctx, U, P, Begin, End,
               {{"match", llvm::StringRef(Match.data(), Match.size())},
                {"label", Pat.Label},
                {"suggestion", Pat.Suggestion}},
               Pat.Suggestion);
        Start = End > Begin ? End : End + 1;
      }
    }
  }

  void require(const RuleUnit &U, RuleContext &Ctx) const {
    std::string Text;
    for (const Paragraph *P : U.Paragraphs)
      Text += (Text.empty() ? "" : "\n") + P->Text.str();
    for (const Pattern &Pat : Patterns)
      if (!re2::RE2::PartialMatch(Text, Pat.Regex->get()))
        reportLine(Ctx, *U.Doc->Doc, U.Id, U.Offset,
                   {{"label", Pat.Label}, {"section", U.Heading}});
  }
};

} // namespace

std::unique_ptr<Rule> createPatternRule(RuleSpec Spec, Scope S, KindContext &C) {
  KindOptions &O = C.Options;
  static const llvm::StringRef Modes[] = {"forbid", "require"};
  bool Require = O.choice("mode", Modes, 0) == 1;
  if (Require != (S.Unit == UnitKind::Section))
    O.error(O.text("mode").value_or(Located()).Loc,
            Require ? "mode: require läser ett avsnitt i taget: ange scope.unit: section"
                    : "mode: forbid läser stycken: ange scope.unit: paragraph");
  auto R = std::make_unique<PatternRule>(std::move(Spec), std::move(S));
  if (!O.has("patterns"))
    O.missing("patterns");
  O.each("patterns", [&](KindOptions &P) {
    std::optional<Located> Regex = P.text("regex");
    std::string Label = P.text("label").value_or(Located()).Value;
    std::string Suggestion = P.text("suggestion").value_or(Located()).Value;
    if (!Regex) {
      P.missing("regex");
      return;
    }
    std::string Invalid = LazyRegex::check(Regex->Value);
    if (!Invalid.empty())
      P.error(Regex->Loc, "ogiltigt reguljärt uttryck: " + Invalid);
    R->Patterns.push_back({std::make_unique<LazyRegex>(Regex->Value), Label, Suggestion});
  });
  return R;
}

} // namespace ibic
