#include "Files.h"

using llvm::yaml::IO;

namespace ibic {

std::vector<llvm::StringRef> RuleParameters::namesSet() const {
  std::vector<llvm::StringRef> Names;
  auto Note = [&](bool IsSet, llvm::StringRef Name) {
    if (IsSet)
      Names.push_back(Name);
  };
  Note(DocumentTypes.hasValue(), "document-types");
  Note(WhenCaseHas.hasValue(), "when-case-has");
  Note(Allowed.hasValue(), "allowed");
  Note(DocumentType.hasValue(), "document-type");
  Note(Target.hasValue(), "target");
  Note(Attribute.hasValue(), "attribute");
  Note(Mode.hasValue(), "mode");
  Note(Section.hasValue(), "section");
  Note(Placeholders.hasValue(), "placeholders");
  Note(MinWords.hasValue(), "min-words");
  Note(RequireAny.hasValue(), "require-any");
  Note(Patterns.hasValue(), "patterns");
  Note(Entries.hasValue(), "entries");
  Note(Words.hasValue(), "words");
  Note(Full.hasValue(), "full");
  Note(Partial.hasValue(), "partial");
  Note(Exclude.hasValue(), "exclude");
  Note(Trigger.hasValue(), "trigger");
  Note(Per.hasValue(), "per");
  Note(Count.hasValue(), "count");
  Note(Fallback.hasValue(), "fallback");
  Note(Check.hasValue(), "check");
  Note(Quotes.hasValue(), "quotes");
  Note(ExtraEntries.hasValue(), "extra-entries");
  Note(Ignore.hasValue(), "ignore");
  Note(Dictionary.hasValue(), "dictionary");
  Note(MaxLix.hasValue(), "max-lix");
  Note(MaxWords.hasValue(), "max-words");
  Note(MinFull.hasValue(), "min-full");
  Note(MinFullPer.hasValue(), "min-full-per");
  Note(Share.hasValue(), "share");
  Note(PartialMessage.hasValue(), "partial-message");
  return Names;
}

void RuleParameters::overrideWith(const RuleParameters &O) {
  auto Take = [](auto &Mine, const auto &Theirs) {
    if (Theirs.hasValue())
      Mine = Theirs;
  };
  Take(DocumentTypes, O.DocumentTypes);
  Take(WhenCaseHas, O.WhenCaseHas);
  Take(Allowed, O.Allowed);
  Take(DocumentType, O.DocumentType);
  Take(Target, O.Target);
  Take(Attribute, O.Attribute);
  Take(Mode, O.Mode);
  Take(Section, O.Section);
  Take(Placeholders, O.Placeholders);
  Take(MinWords, O.MinWords);
  Take(RequireAny, O.RequireAny);
  Take(Patterns, O.Patterns);
  Take(Entries, O.Entries);
  Take(Words, O.Words);
  Take(Full, O.Full);
  Take(Partial, O.Partial);
  Take(Exclude, O.Exclude);
  Take(Trigger, O.Trigger);
  Take(Per, O.Per);
  Take(Count, O.Count);
  Take(Fallback, O.Fallback);
  Take(Check, O.Check);
  Take(Quotes, O.Quotes);
  Take(ExtraEntries, O.ExtraEntries);
  Take(Ignore, O.Ignore);
  Take(Dictionary, O.Dictionary);
  Take(MaxLix, O.MaxLix);
  Take(MaxWords, O.MaxWords);
  Take(MinFull, O.MinFull);
  Take(MinFullPer, O.MinFullPer);
  Take(Share, O.Share);
  Take(PartialMessage, O.PartialMessage);
}

} // namespace ibic

namespace llvm {
namespace yaml {
using namespace ibic;

void MappingTraits<SectionSelectorSpec>::mapping(IO &IO, SectionSelectorSpec &V) {
  IO.mapOptional("kind", V.Kind);
  IO.mapOptional("livsomrade", V.LifeArea);
  IO.mapOptional("faktor", V.Factor);
}

void MappingTraits<PatternSpec>::mapping(IO &IO, PatternSpec &V) {
  IO.mapRequired("regex", V.Regex);
  IO.mapOptional("label", V.Label);
  IO.mapOptional("suggestion", V.Suggestion);
}

void MappingTraits<LexiconEntrySpec>::mapping(IO &IO, LexiconEntrySpec &V) {
  IO.mapRequired("forms", V.Forms);
  IO.mapOptional("suggestions", V.Suggestions);
  IO.mapOptional("reason", V.Reason);
  IO.mapOptional("compounds", V.Compounds, false);
}

void MappingTraits<RuleParameters>::mapping(IO &IO, RuleParameters &V) {
  V.Loc = currentLocation(IO);
  IO.mapOptional("document-types", V.DocumentTypes);
  IO.mapOptional("when-case-has", V.WhenCaseHas);
  IO.mapOptional("allowed", V.Allowed);
  IO.mapOptional("document-type", V.DocumentType);
  IO.mapOptional("target", V.Target);
  IO.mapOptional("attribute", V.Attribute);
  IO.mapOptional("mode", V.Mode);
  IO.mapOptional("section", V.Section);
  IO.mapOptional("placeholders", V.Placeholders);
  IO.mapOptional("min-words", V.MinWords);
  IO.mapOptional("require-any", V.RequireAny);
  IO.mapOptional("patterns", V.Patterns);
  IO.mapOptional("entries", V.Entries);
  IO.mapOptional("words", V.Words);
  IO.mapOptional("full", V.Full);
  IO.mapOptional("partial", V.Partial);
  IO.mapOptional("exclude", V.Exclude);
  IO.mapOptional("trigger", V.Trigger);
  IO.mapOptional("per", V.Per);
  IO.mapOptional("count", V.Count);
  IO.mapOptional("fallback", V.Fallback);
  IO.mapOptional("check", V.Check);
  IO.mapOptional("quotes", V.Quotes);
  IO.mapOptional("extra-entries", V.ExtraEntries);
  IO.mapOptional("ignore", V.Ignore);
  IO.mapOptional("dictionary", V.Dictionary);
  IO.mapOptional("max-lix", V.MaxLix);
  IO.mapOptional("max-words", V.MaxWords);
  IO.mapOptional("min-full", V.MinFull);
  IO.mapOptional("min-full-per", V.MinFullPer);
  IO.mapOptional("share", V.Share);
  IO.mapOptional("partial-message", V.PartialMessage);
}

void MappingTraits<ExampleSpec>::mapping(IO &IO, ExampleSpec &V) {
  IO.mapOptional("bad", V.Bad);
  IO.mapOptional("good", V.Good);
  IO.mapOptional("suggestion", V.Suggestion);
  IO.mapOptional("document", V.Document);
}

void MappingTraits<RationaleSpec>::mapping(IO &IO, RationaleSpec &V) {
  IO.mapRequired("what", V.What);
  IO.mapRequired("why", V.Why);
  IO.mapRequired("instead", V.Instead);
}

void MappingTraits<RuleFile>::mapping(IO &IO, RuleFile &V) {
  IO.mapRequired("code", V.Code);
  IO.mapRequired("title", V.Title);
  IO.mapRequired("status", V.Status);
  IO.mapRequired("severity", V.Severity);
  IO.mapOptional("question", V.Question);
  IO.mapRequired("kind", V.Kind);
  IO.mapOptional("parameters", V.Parameters);
  IO.mapRequired("message", V.Message);
  IO.mapRequired("rationale", V.Rationale);
  IO.mapOptional("references", V.References);
  IO.mapRequired("examples", V.Examples);
}

void MappingTraits<ColourSpec>::mapping(IO &IO, ColourSpec &V) {
  IO.mapOptional("gron", V.Gron, 1.60);
  IO.mapOptional("gul", V.Gul, 1.00);
}

void MappingTraits<TemplateFile>::mapping(IO &IO, TemplateFile &V) {
  IO.mapRequired("id", V.Id);
  IO.mapRequired("version", V.Version);
  IO.mapOptional("title", V.Title);
  IO.mapOptional("colours", V.Colours);
}

void MappingTraits<EvidenceSpec>::mapping(IO &IO, EvidenceSpec &V) {
  IO.mapRequired("rule", V.Rule);
  IO.mapOptional("score", V.Score, 0);
  IO.mapOptional("partial-score", V.PartialScore);
  IO.mapOptional("min-severity", V.MinSeverity);
}

void MappingTraits<UnitSelectorSpec>::mapping(IO &IO, UnitSelectorSpec &V) {
  IO.mapOptional("document-types", V.DocumentTypes);
  IO.mapOptional("section", V.Section);
}

void MappingTraits<NoFields>::mapping(IO &, NoFields &) {}

void MappingTraits<UnitsSpec>::mapping(IO &IO, UnitsSpec &V) {
  IO.mapOptional("notes", V.Notes);
  IO.mapOptional("observed", V.Observed);
  IO.mapOptional("sections", V.Sections);
  IO.mapOptional("assessments", V.Assessments);
}

void MappingTraits<LevelsSpec>::mapping(IO &IO, LevelsSpec &V) {
  IO.mapOptional("2", V.Two);
  IO.mapOptional("1", V.One);
}

void MappingTraits<QuestionFile>::mapping(IO &IO, QuestionFile &V) {
  IO.mapRequired("id", V.Id);
  IO.mapRequired("title", V.Title);
  IO.mapOptional("part", V.Part);
  IO.mapRequired("applies-to", V.AppliesTo);
  IO.mapRequired("not-applicable", V.NotApplicable);
  IO.mapOptional("method", V.Method);
  IO.mapOptional("evidence", V.Evidence);
  IO.mapOptional("levels", V.Levels);
  IO.mapOptional("units", V.Units);
  IO.mapOptional("no-units", V.NoUnits);
  IO.mapOptional("no-units-reason", V.NoUnitsReason);
}

void MappingTraits<RuleOverride>::mapping(IO &IO, RuleOverride &V) {
  IO.mapOptional("enabled", V.Enabled);
  IO.mapOptional("severity", V.Severity);
  IO.mapOptional("parameters", V.Parameters);
}

void CustomMappingTraits<std::map<std::string, RuleOverride>>::inputOne(
    IO &IO, StringRef Key, std::map<std::string, RuleOverride> &V) {
  IO.mapRequired(Key.str().c_str(), V[Key.str()]);
}

void CustomMappingTraits<std::map<std::string, RuleOverride>>::output(
    IO &IO, std::map<std::string, RuleOverride> &V) {
  for (auto &[Key, O] : V)
    IO.mapRequired(Key.c_str(), O);
}

void MappingTraits<UserConfig>::mapping(IO &IO, UserConfig &V) {
  IO.mapOptional("rules", V.Rules);
  IO.mapOptional("colours", V.Colours);
  IO.mapOptional("fail-on", V.FailOn);
  IO.mapOptional("headings", V.Headings);
}

void MappingTraits<NamedEntry>::mapping(IO &IO, NamedEntry &V) {
  IO.mapRequired("slug", V.Slug);
  IO.mapRequired("name", V.Name);
  IO.mapOptional("icf", V.Icf);
  IO.mapOptional("part", V.Part);
  IO.mapOptional("aliases", V.Aliases);
}

void MappingTraits<RatingLevel>::mapping(IO &IO, RatingLevel &V) {
  IO.mapRequired("level", V.Level);
  IO.mapOptional("meaning", V.Meaning);
  IO.mapOptional("degree", V.Degree);
  IO.mapOptional("phrases", V.Phrases);
}

void MappingTraits<IcfCode>::mapping(IO &IO, IcfCode &V) {
  IO.mapRequired("code", V.Code);
  IO.mapRequired("name", V.Name);
  IO.mapRequired("belongs-to", V.BelongsTo);
}

namespace {
struct RatingScale {
  std::vector<std::string> Terms;
  std::vector<RatingLevel> Levels;
};
} // namespace

template <> struct MappingTraits<RatingScale> {
  static void mapping(IO &IO, RatingScale &V) {
    IO.mapRequired("terms", V.Terms);
    IO.mapRequired("levels", V.Levels);
  }
};

void MappingTraits<ReferenceData>::mapping(IO &IO, ReferenceData &V) {
  IO.mapRequired("life-areas", V.LifeAreas);
  IO.mapRequired("factors", V.Factors);
  IO.mapRequired("section-kinds", V.SectionKinds);
  IO.mapRequired("document-types", V.DocumentTypes);
  RatingScale Scale{V.RatingTerms, V.Levels};
  IO.mapRequired("rating-scale", Scale);
  V.RatingTerms = std::move(Scale.Terms);
  V.Levels = std::move(Scale.Levels);
  IO.mapRequired("outcomes", V.Outcomes);
}

void MappingTraits<IcfSelectionFile>::mapping(IO &IO, IcfSelectionFile &V) {
  IO.mapRequired("codes", V.Codes);
}

} // namespace yaml
} // namespace llvm
