#include "NoteClassificationRule.h"

#include "Text/Words.h"

#include <map>
#include <set>

namespace ibic {

std::unique_ptr<Rule> NoteClassificationRule::create(RuleSpec Spec,
                                                     KindContext &Context) {
  auto R = std::make_unique<NoteClassificationRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  R->MinWords = P.MinWords.getValueOr(1);
  if (!P.Words) {
    Context.missing("words");
    return R;
  }
  for (const auto &[Area, Words] : *P.Words) {
    if (!Context.Ref.isLifeArea(Area) && !Context.Ref.isFactor(Area))
      Context.error(P.Loc, "words: '" + Area +
                               "' är inget livsområde eller relaterad faktor");
    R->Names[Area] = Context.Ref.nameOf(Area).str();
    for (const std::string &W : Words)
      R->Stems.push_back({foldText(llvm::StringRef(W).trim()), Area});
  }
  return R;
}

void NoteClassificationRule::check(const Case &C,
                                   std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    std::string Filed = D.LifeArea.empty() ? D.Factor : D.LifeArea;
    if (Filed.empty())
      continue;
    std::map<std::string, unsigned> Hits;
    for (const TextSpan &P : D.Paragraphs)
      for (const Word &W : splitWords(P.Text)) {
        // Each word counts once per area, however many stems it matches.
        std::set<llvm::StringRef> Areas;
        for (const Stem &S : Stems) {
          llvm::StringRef Token = W.Folded;
          // A stem starts a word ("duschade") or, when long enough to be
          // unambiguous, is a later part of a compound ("kvällsdusch").
          if (Token.startswith(S.Folded) ||
              (S.Folded.size() >= 5 && Token.drop_front(1).contains(S.Folded)))
            Areas.insert(S.Area);
        }
        for (llvm::StringRef A : Areas)
          ++Hits[A.str()];
      }
    auto Best = std::max_element(
        Hits.begin(), Hits.end(),
        [](const auto &A, const auto &B) { return A.second < B.second; });
    if (Best == Hits.end() || Best->second < MinWords || Hits.count(Filed)) {
      observe(Out, D, &D);
      continue;
    }
    auto NameOf = [&](const std::string &Slug) -> llvm::StringRef {
      auto It = Names.find(Slug);
      return It == Names.end() ? llvm::StringRef(Slug) : llvm::StringRef(It->second);
    };
    reportLine(Out, D, &D, D.Offset,
               {{"value", NameOf(Best->first)}, {"section", NameOf(Filed)}});
  }
}

} // namespace ibic
