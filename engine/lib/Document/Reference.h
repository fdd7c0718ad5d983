//===- Reference.h - IBIC facts the readers and rules look up -------------===//
//
// Life areas, related factors, section kinds, document types, the rating
// scale and ICF codes. The facts are data in rules/reference/; this class only
// indexes them for lookup by folded name.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_DOCUMENT_REFERENCE_H
#define IBIC_DOCUMENT_REFERENCE_H

#include "Document/Model.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringRef.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ibic {

struct NamedEntry {
  std::string Slug, Name;
  std::string Icf;  ///< Chapter, code or component letter.
  std::string Part; ///< For document types: myndighet or utforare.
  DocumentRole Role = DocumentRole::Other; ///< For document types.
  std::vector<std::string> Aliases;
};

struct RatingLevel {
  int Level = 0;
  std::string Meaning;
  std::vector<std::string> Degree;  ///< Words that, before a term, name it.
  std::vector<std::string> Phrases; ///< Whole phrases that name it.
};

struct IcfCode {
  std::string Code, Name, BelongsTo;
};

/// Text that fills a section without describing anything.
struct EmptyContent {
  std::vector<std::string> Placeholders; ///< A whole text: "-", "ej aktuellt".
  /// Phrase patterns (Rules/PhrasePattern.h) for a sentence that only
  /// points elsewhere: "Se bifogat intyg."
  std::vector<std::string> Pointers;
};

struct ReferenceData {
  std::vector<NamedEntry> LifeAreas, Factors, SectionKinds, DocumentTypes;
  std::vector<std::string> RatingTerms;
  std::vector<RatingLevel> Levels;
  std::vector<std::string> Outcomes;
  /// Per outcome, the phrases that state it in prose ("delvis uppnått"),
  /// in a sentence about a goal.
  std::map<std::string, std::vector<std::string>> OutcomePhrases;
  std::vector<IcfCode> Codes;
  /// Section kinds that, in a genomförandeplan, are parts of the support.
  std::vector<std::string> PlanPartKinds;
  /// Section kinds that, in an utredning, describe the individual's
  /// situation.
  std::vector<std::string> AssessmentPartKinds;
  /// Section kinds that, in an uppföljning, follow up one part of the
  /// support.
  std::vector<std::string> FollowUpPartKinds;
  /// Section kinds (relaterad-faktor: any factor) whose heading may also
  /// start a line as a label: "Mål: Elsa duschar själv".
  std::vector<std::string> InlineHeadingKinds;
  /// A verksamhetssystem's own note categories, written where a journal
  /// note names its life area: such a note has none.
  std::vector<std::string> NoteCategories;
  /// Words that introduce someone other than the individual by name
  /// ("dottern Karin", "kontaktpersonen Maria").
  std::vector<std::string> OtherPersonRoles;
  EmptyContent Empty;
  /// Word lists any rule's phrase patterns may name (reference/ordlistor.yaml).
  std::map<std::string, std::vector<std::string>> SharedWordLists;
};

/// What a heading (or a journal note's area name) stands for.
struct HeadingMeaning {
  std::string Kind;     ///< Section kind slug.
  std::string LifeArea; ///< For kind "livsomrade".
  std::string Factor;   ///< For kind "relaterad-faktor".
  bool IsAlias = false; ///< Written with an older or other spelling.
  std::string CurrentName;
};

class Reference {
public:
  /// \p ExtraAliases maps a life-area, factor or section-kind slug to more
  /// names for it (from the user's configuration).
  Reference(ReferenceData Data,
            const std::map<std::string, std::vector<std::string>> &ExtraAliases);

  const ReferenceData &data() const { return Data; }

  /// The meaning of a heading written exactly as a known name or alias
  /// (case-insensitive, a trailing colon allowed); a '*' in an alias stands
  /// for any words.
  std::optional<HeadingMeaning> classifyHeading(llvm::StringRef Text) const;
  /// A document type slug from its slug or Swedish name.
  std::optional<std::string> documentType(llvm::StringRef Word) const;
  /// "myndighet" or "utforare" for a document type slug.
  llvm::StringRef partOf(llvm::StringRef DocumentType) const;
  DocumentRole roleOf(llvm::StringRef DocumentType) const;

  /// Whether a section of kind \p Kind in a genomförandeplan is a part of
  /// the support.
  bool isPlanPartKind(llvm::StringRef Kind) const;
  /// Whether a section of kind \p Kind in an utredning describes the
  /// individual's situation.
  bool isAssessmentPartKind(llvm::StringRef Kind) const;
  /// Whether a section of kind \p Kind in an uppföljning follows up a part
  /// of the support.
  bool isFollowUpPartKind(llvm::StringRef Kind) const;
  /// Whether a heading with \p Meaning may be written as a label at the
  /// start of a line.
  bool isInlineHeading(const HeadingMeaning &Meaning) const;
  /// Whether \p Text, in a note's header line, is a note category of a
  /// verksamhetssystem rather than a life area.
  bool isNoteCategory(llvm::StringRef Text) const;
  /// The folded words that introduce someone other than the individual.
  const llvm::StringSet<> &otherPersonRoles() const { return OtherPersonRoles; }

  bool isLifeArea(llvm::StringRef Slug) const;
  /// A section kind a selector may name: livsomrade, relaterad-faktor or one
  /// of the listed kinds.
  bool isSectionKind(llvm::StringRef Slug) const;
  bool isFactor(llvm::StringRef Slug) const;
  bool isValidLevel(int Level) const;
  bool isOutcome(llvm::StringRef Word) const;
  /// A level named in text: a digit in parentheses, a level phrase, or a
  /// degree word followed by a term ("måttliga svårigheter").
  std::optional<int> parseLevel(llvm::StringRef Text) const;
  /// The display name of a life area or factor slug.
  llvm::StringRef nameOf(llvm::StringRef Slug) const;

private:
  void addHeading(llvm::StringRef Name, HeadingMeaning Meaning);

  ReferenceData Data;
  llvm::StringMap<HeadingMeaning> Headings; ///< By folded name.
  /// Names with a '*' for any words: "Detta klarar * själv".
  struct HeadingGlob {
    std::string Before, After;
    HeadingMeaning Meaning;
  };
  std::vector<HeadingGlob> HeadingGlobs;
  llvm::StringMap<std::string> DocumentTypes;
  llvm::StringMap<int> DegreeWords, TermWords;
  llvm::StringSet<> NoteCategories, OtherPersonRoles; ///< Folded.
};

} // namespace ibic

#endif
