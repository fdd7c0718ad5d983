#include "Reference.h"

#include "Text/Normalize.h"

#include "Text/Segmenter.h"

#include "llvm/ADT/STLExtras.h"

namespace ibic {

Reference::Reference(
    ReferenceData D,
    const std::map<std::string, std::vector<std::string>> &ExtraAliases)
    : Data(std::move(D)) {
  auto AddAll = [&](const NamedEntry &E, HeadingMeaning Meaning) {
    Meaning.CurrentName = E.Name;
    addHeading(E.Name, Meaning);
    Meaning.IsAlias = true;
    for (const std::string &A : E.Aliases)
      addHeading(A, Meaning);
    auto Extra = ExtraAliases.find(E.Slug);
    if (Extra != ExtraAliases.end())
      for (const std::string &A : Extra->second)
        addHeading(A, Meaning);
  };
  for (const NamedEntry &E : Data.LifeAreas)
    AddAll(E, {"livsomrade", E.Slug, "", false, ""});
  for (const NamedEntry &E : Data.Factors)
    AddAll(E, {"relaterad-faktor", "", E.Slug, false, ""});
  for (const NamedEntry &E : Data.SectionKinds)
    AddAll(E, {E.Slug, "", "", false, ""});

  for (const NamedEntry &E : Data.DocumentTypes) {
    DocumentTypes[foldText(E.Slug)] = E.Slug;
    DocumentTypes[foldText(E.Name)] = E.Slug;
    for (const std::string &A : E.Aliases)
      DocumentTypes[foldText(A)] = E.Slug;
  }
  for (const RatingLevel &L : Data.Levels)
    for (const std::string &W : L.Degree)
      DegreeWords[foldText(W)] = L.Level;
  for (const std::string &T : Data.RatingTerms)
    TermWords[foldText(T)] = 0;
  for (const std::string &C : Data.NoteCategories)
    NoteCategories.insert(foldText(C));
  for (const std::string &R : Data.OtherPersonRoles)
    OtherPersonRoles.insert(foldText(R));
}

void Reference::addHeading(llvm::StringRef Name, HeadingMeaning Meaning) {
  auto [Before, After] = Name.split('*');
  if (Before.size() == Name.size()) {
    Headings.try_emplace(foldText(Name), std::move(Meaning));
    return;
  }
  HeadingGlobs.push_back({foldText(Before), foldText(After), std::move(Meaning)});
}

std::optional<HeadingMeaning>
Reference::classifyHeading(llvm::StringRef Text) const {
  // A heading as a word processor writes it: no-break spaces, two spaces.
  std::string Spaced = spacesAsAscii(Text);
  llvm::StringRef Trimmed = llvm::StringRef(Spaced).trim();
  Trimmed.consume_back(":");
  std::string Folded = foldText(squeezeSpaces(Trimmed.trim()));
  auto It = Headings.find(Folded);
  if (It != Headings.end())
    return It->second;
  llvm::StringRef F = Folded;
  for (const HeadingGlob &G : HeadingGlobs)
    if (F.size() > G.Before.size() + G.After.size() && F.startswith(G.Before) &&
        F.endswith(G.After))
      return G.Meaning;
  return std::nullopt;
}

std::optional<std::string> Reference::documentType(llvm::StringRef Word) const {
  auto It = DocumentTypes.find(foldText(Word.trim()));
  if (It == DocumentTypes.end())
    return std::nullopt;
  return It->second;
}

llvm::StringRef Reference::partOf(llvm::StringRef DocumentType) const {
  for (const NamedEntry &E : Data.DocumentTypes)
    if (E.Slug == DocumentType)
      return E.Part;
  return "";
}

DocumentRole Reference::roleOf(llvm::StringRef DocumentType) const {
  for (const NamedEntry &E : Data.DocumentTypes)
    if (E.Slug == DocumentType)
      return E.Role;
  return DocumentRole::Other;
}

bool Reference::isPlanPartKind(llvm::StringRef Kind) const {
  return llvm::is_contained(Data.PlanPartKinds, Kind);
}

bool Reference::isAssessmentPartKind(llvm::StringRef Kind) const {
  return llvm::is_contained(Data.AssessmentPartKinds, Kind);
}

bool Reference::isFollowUpPartKind(llvm::StringRef Kind) const {
  return llvm::is_contained(Data.FollowUpPartKinds, Kind);
}

bool Reference::isInlineHeading(const HeadingMeaning &Meaning) const {
  return llvm::is_contained(Data.InlineHeadingKinds, Meaning.Kind);
}

bool Reference::isNoteCategory(llvm::StringRef Text) const {
  return NoteCategories.contains(foldText(Text.trim()));
}

bool Reference::isLifeArea(llvm::StringRef Slug) const {
  return llvm::any_of(Data.LifeAreas,
                      [&](const NamedEntry &E) { return E.Slug == Slug; });
}

bool Reference::isSectionKind(llvm::StringRef Slug) const {
  return Slug == "livsomrade" || Slug == "relaterad-faktor" ||
         llvm::any_of(Data.SectionKinds,
                      [&](const NamedEntry &E) { return E.Slug == Slug; });
}

bool Reference::isFactor(llvm::StringRef Slug) const {
  return llvm::any_of(Data.Factors,
                      [&](const NamedEntry &E) { return E.Slug == Slug; });
}

bool Reference::isValidLevel(int Level) const {
  return llvm::any_of(Data.Levels,
                      [&](const RatingLevel &L) { return L.Level == Level; });
}

bool Reference::isOutcome(llvm::StringRef Word) const {
  std::string Folded = foldText(Word.trim());
  return llvm::is_contained(Data.Outcomes, Folded);
}

std::optional<int> Reference::parseLevel(llvm::StringRef Text) const {
  // A digit in parentheses is the writer's explicit statement of the level.
  for (size_t Open = Text.find('('); Open != llvm::StringRef::npos;
       Open = Text.find('(', Open + 1)) {
    llvm::StringRef Inside =
        Text.drop_front(Open + 1).take_until([](char C) { return C == ')'; });
    int Level;
    if (!Inside.trim().getAsInteger(10, Level))
      return Level;
  }
  std::vector<Word> Words = splitWords(Text);
  // A level written as a bare number ("– 2").
  for (const Word &W : Words) {
    int Level;
    if (W.End - W.Begin == 1 && !Text.slice(W.Begin, W.End).getAsInteger(10, Level))
      return Level;
  }
  std::string Folded = foldText(Text);
  for (const RatingLevel &L : Data.Levels)
    for (const std::string &P : L.Phrases)
      if (llvm::StringRef(Folded).contains(foldText(P)))
        return L.Level;
  for (size_t I = 0; I + 1 < Words.size(); ++I) {
    auto Degree = DegreeWords.find(Words[I].Folded);
    if (Degree != DegreeWords.end() && TermWords.count(Words[I + 1].Folded))
      return Degree->second;
  }
  return std::nullopt;
}

llvm::StringRef Reference::nameOf(llvm::StringRef Slug) const {
  for (const auto *List : {&Data.LifeAreas, &Data.Factors, &Data.SectionKinds})
    for (const NamedEntry &E : *List)
      if (E.Slug == Slug)
        return E.Name;
  return Slug;
}

} // namespace ibic
