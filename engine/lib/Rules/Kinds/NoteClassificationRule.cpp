//===- NoteClassificationRule.cpp - A note filed under the wrong area -----===//
//
// Finds a journal note filed under a life area or factor its words are not
// about: `words` gives stems per area ("dusch" for personlig vård), and a
// note whose words point at another area at least `min-words` times, and
// never at its own, is a finding; `{value}` names the area they point to.
// A stem starts a word ("duschade") or, when five letters or longer, is a
// later part of a compound ("kvällsdusch"). Unit: the note.
//
//===----------------------------------------------------------------------===//
#include "Rules/RuleKinds.h"

#include <map>

namespace ibic {
namespace {

class NoteClassificationRule final : public Rule {
public:
  NoteClassificationRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    const Document &D = *U.Doc->Doc;
    std::string Filed = D.LifeArea.empty() ? D.Factor : D.LifeArea;
    if (Filed.empty())
      return;
    std::map<llvm::StringRef, unsigned> Hits;
    for (const Paragraph *P : U.Paragraphs) {
      if (P->In) // the note's own text, not text under a heading in it
        continue;
      for (const LexiconIndex::Hit &H : P->Hits)
        if (H.List == List)
          ++Hits[Areas[H.Entry]];
    }
    auto Best = std::max_element(
        Hits.begin(), Hits.end(),
        [](const auto &A, const auto &B) { return A.second < B.second; });
    if (Best == Hits.end() || Best->second < MinWords || Hits.count(Filed)) {
      observe(Ctx, D, &D);
      return;
    }
    reportLine(Ctx, D, &D, D.Offset,
               {{"value", nameOf(Best->first)}, {"section", nameOf(Filed)}});
  }

  LexiconIndex::ListId List = 0;
  std::vector<std::string> Areas; ///< Slugs; an entry of the list is an area.
  std::map<std::string, std::string, std::less<>> Names;
  unsigned MinWords = 1;

private:
  llvm::StringRef nameOf(llvm::StringRef Slug) const {
    auto It = Names.find(Slug);
    return It == Names.end() ? Slug : llvm::StringRef(It->second);
  }
};

} // namespace

std::unique_ptr<Rule> createNoteClassificationRule(RuleSpec Spec, Scope S,
                                                   KindContext &C) {
  auto R = std::make_unique<NoteClassificationRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  R->MinWords = O.count("min-words", 1);
  if (!O.has("words")) {
    O.missing("words");
    return R;
  }
  R->List = C.Lexicons.newList();
  for (const auto &[Area, Stems] : O.lists("words")) {
    if (!C.Ref.isLifeArea(Area) && !C.Ref.isFactor(Area))
      O.error(llvm::SMLoc(), "words: '" + Area + "' är inget livsområde eller relaterad faktor");
    R->Names[Area] = C.Ref.nameOf(Area).str();
    for (const std::string &Stem : Stems)
      C.Lexicons.add(R->List, R->Areas.size(), Stem,
                     llvm::StringRef(Stem).trim().size() >= 5
                         ? LexiconIndex::Match::StemInside
                         : LexiconIndex::Match::Stem);
    R->Areas.push_back(Area);
  }
  return R;
}

} // namespace ibic
