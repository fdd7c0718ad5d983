#include "Files.h"

#include "Document/VendorMapping.h"

#include "llvm/Support/FormatVariadic.h"

#include <algorithm>

using llvm::yaml::IO;

namespace llvm {
namespace yaml {
using namespace ibic;

void MappingTraits<SectionSelectorSpec>::mapping(IO &IO, SectionSelectorSpec &V) {
  IO.mapOptional("kind", V.Kind);
  IO.mapOptional("livsomrade", V.LifeArea);
  IO.mapOptional("faktor", V.Factor);
  IO.mapOptional("role", V.Role);
}

void MappingTraits<ScopeSpec>::mapping(IO &IO, ScopeSpec &V) {
  IO.mapOptional("document-types", V.DocumentTypes);
  IO.mapOptional("section", V.Section);
  IO.mapOptional("unit", V.Unit);
  IO.mapOptional("fallback", V.Fallback);
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
  llvm::Optional<OptionValue> Question;
  IO.mapOptional("question", Question);
  V.HasQuestion = Question.hasValue();
  IO.mapRequired("kind", V.Kind);
  IO.mapOptional("scope", V.Scope);
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

std::string MappingTraits<ColourSpec>::validate(IO &, ColourSpec &V) {
  auto Decimal = [](double X) {
    std::string S = llvm::formatv("{0:F2}", X).str();
    std::replace(S.begin(), S.end(), '.', ',');
    return S;
  };
  if (!(V.Gul >= 0 && V.Gron <= 2 && V.Gron >= V.Gul))
    return "colours: gul (" + Decimal(V.Gul) + ") och gron (" +
           Decimal(V.Gron) +
           ") ska ligga mellan 0 och 2, med gron minst lika hög som gul, "
           "t.ex. {gron: 1.60, gul: 1.00}";
  return "";
}

void MappingTraits<Limits>::mapping(IO &IO, Limits &V) {
  unsigned FileMb = V.MaxFileBytes >> 20;
  IO.mapOptional("max-file-mb", FileMb, FileMb);
  V.MaxFileBytes = uint64_t(FileMb) << 20;
  IO.mapOptional("max-line-length", V.MaxLineLength, V.MaxLineLength);
  IO.mapOptional("max-depth", V.MaxDepth, V.MaxDepth);
  IO.mapOptional("max-words-per-document", V.MaxWordsPerDocument,
                 V.MaxWordsPerDocument);
  IO.mapOptional("max-seconds-per-document", V.MaxSecondsPerDocument,
                 V.MaxSecondsPerDocument);
}

std::string MappingTraits<Limits>::validate(IO &, Limits &V) {
  // Byte offsets into a file are 32-bit.
  if (V.MaxFileBytes == 0 || V.MaxFileBytes > (uint64_t(4095) << 20))
    return "limits: max-file-mb ska vara mellan 1 och 4095";
  if (V.MaxLineLength == 0 || V.MaxDepth == 0 || V.MaxWordsPerDocument == 0)
    return "limits: max-line-length, max-depth och max-words-per-document ska "
           "vara större än 0";
  if (!(V.MaxSecondsPerDocument > 0))
    return "limits: max-seconds-per-document ska vara större än 0";
  return "";
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
  IO.mapOptional("dictionaries", V.Dictionaries);
  IO.mapOptional("limits", V.InputLimits);
}

void MappingTraits<NamedEntry>::mapping(IO &IO, NamedEntry &V) {
  IO.mapRequired("slug", V.Slug);
  IO.mapRequired("name", V.Name);
  IO.mapOptional("icf", V.Icf);
  IO.mapOptional("part", V.Part);
  IO.mapOptional("role", V.Role, DocumentRole::Other);
  IO.mapOptional("aliases", V.Aliases);
}

void ScalarEnumerationTraits<DocumentRole>::enumeration(IO &IO, DocumentRole &V) {
  IO.enumCase(V, "assessment", DocumentRole::Assessment);
  IO.enumCase(V, "decision", DocumentRole::Decision);
  IO.enumCase(V, "plan", DocumentRole::Plan);
  IO.enumCase(V, "note", DocumentRole::Note);
  IO.enumCase(V, "follow-up", DocumentRole::FollowUp);
}

void MappingTraits<EmptyContent>::mapping(IO &IO, EmptyContent &V) {
  IO.mapOptional("placeholders", V.Placeholders);
  IO.mapOptional("pointers", V.Pointers);
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
  IO.mapOptional("outcome-phrases", V.OutcomePhrases);
  IO.mapRequired("plan-parts", V.PlanPartKinds);
  IO.mapRequired("assessment-parts", V.AssessmentPartKinds);
  IO.mapRequired("follow-up-parts", V.FollowUpPartKinds);
  IO.mapOptional("inline-headings", V.InlineHeadingKinds);
  IO.mapOptional("note-categories", V.NoteCategories);
  IO.mapOptional("other-persons", V.OtherPersonRoles);
  IO.mapOptional("empty-content", V.Empty);
}

void MappingTraits<IcfSelectionFile>::mapping(IO &IO, IcfSelectionFile &V) {
  IO.mapRequired("codes", V.Codes);
}

void MappingTraits<SharedWordListsFile>::mapping(IO &IO, SharedWordListsFile &V) {
  IO.mapRequired("lists", V.Lists);
}

void MappingTraits<MappingPartSpec>::mapping(IO &IO, MappingPartSpec &V) {
  V.Loc = currentLocation(IO);
  // The keys are string literals, so data() ends in a NUL.
  for (llvm::StringRef Key : VendorMapping::keysOf(V.Part))
    IO.mapOptional(Key.data(), V.Expressions[Key.str()]);
}

void CustomMappingTraits<ValueMapSpec>::inputOne(IO &IO, StringRef Key,
                                                 ValueMapSpec &V) {
  if (!V.Loc.isValid())
    V.Loc = currentLocation(IO);
  IO.mapRequired(Key.str().c_str(), V.Codes[Key.str()]);
}

void CustomMappingTraits<ValueMapSpec>::output(IO &IO, ValueMapSpec &V) {
  for (auto &[Code, Value] : V.Codes)
    IO.mapRequired(Code.c_str(), Value);
}

void MappingTraits<ValueMapsSpec>::mapping(IO &IO, ValueMapsSpec &V) {
  for (llvm::StringRef Key : VendorMapping::valueMapKeys())
    IO.mapOptional(Key.data(), V.ByKey[Key.str()]);
}

void MappingTraits<MappingFile>::mapping(IO &IO, MappingFile &V) {
  IO.mapOptional("root", V.Root);
  IO.mapOptional("case", V.Case);
  IO.mapOptional("document", V.Document);
  IO.mapOptional("section", V.Section);
  IO.mapOptional("assessment", V.Assessment);
  IO.mapOptional("values", V.Values);
}

} // namespace yaml
} // namespace llvm
