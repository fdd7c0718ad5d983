#include "PatternRule.h"

#include <set>

namespace ibic {
namespace {

void addParagraphs(const Section &S, std::set<const TextSpan *> &Out) {
  for (const TextSpan &P : S.Paragraphs)
    Out.insert(&P);
  for (const Section &C : S.Children)
    addParagraphs(C, Out);
}

} // namespace

std::unique_ptr<Rule> PatternRule::create(RuleSpec Spec, KindContext &Context) {
  auto R = std::make_unique<PatternRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  R->Sections = Context.section();
  llvm::StringRef Mode = P.Mode ? llvm::StringRef(P.Mode->Value) : "forbid";
  if (Mode == "require")
    R->Require = true;
  else if (Mode != "forbid")
    Context.error(P.Mode->Loc, "mode ska vara forbid eller require, inte '" +
                                   Mode.str() + "'");
  if (!P.Patterns || P.Patterns->empty()) {
    Context.missing("patterns");
    return R;
  }
  re2::RE2::Options Options;
  Options.set_case_sensitive(false);
  Options.set_log_errors(false);
  for (const PatternSpec &S : *P.Patterns) {
    auto Regex = std::make_unique<re2::RE2>(S.Regex.Value, Options);
    if (!Regex->ok())
      Context.error(S.Regex.Loc, "ogiltigt reguljärt uttryck: " + Regex->error());
    R->Patterns.push_back({std::move(Regex), S.Label, S.Suggestion});
  }
  return R;
}

void PatternRule::forbid(const Document &D, const void *Unit,
                         const TextSpan &Span,
                         std::vector<RawFinding> &Out) const {
  for (const Pattern &P : Patterns) {
    re2::StringPiece Input(Span.Text);
    re2::StringPiece Match;
    size_t Start = 0;
    while (Start <= Span.Text.size() &&
           P.Regex->Match(Input, Start, Input.size(), re2::RE2::UNANCHORED,
                          &Match, 1)) {
      uint32_t Begin = Match.data() - Input.data();
      uint32_t End = Begin + Match.size();
      llvm::StringRef Text(Match.data(), Match.size());
      report(Out, D, Unit, Span.sourceOffset(Begin), Span.sourceOffset(End),
             {{"match", Text}, {"label", P.Label}, {"suggestion", P.Suggestion}},
             P.Suggestion);
      Start = End > Begin ? End : End + 1;
    }
  }
}

void PatternRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    if (!Require) {
      // A paragraph is read when it lies in a matching section at any depth
      // (or anywhere without a selector), and read once.
      std::set<const TextSpan *> InScope;
      D.forEachSection([&](const Section &S) {
        if (Sections.matches(S))
          addParagraphs(S, InScope);
      });
      D.forEachParagraph([&](const TextSpan &Span, const void *Unit) {
        if (Sections.empty() || InScope.count(&Span))
          forbid(D, Unit, Span, Out);
      });
      continue;
    }
    D.forEachSection([&](const Section &S) {
      if (!Sections.matches(S))
        return;
      std::string Text = S.allText();
      for (const Pattern &P : Patterns)
        if (!re2::RE2::PartialMatch(Text, *P.Regex))
          reportLine(Out, D, &S, S.Offset,
                     {{"label", P.Label}, {"section", S.Heading}});
    });
  }
}

} // namespace ibic
