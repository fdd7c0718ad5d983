//===- Files.h - The schemas of the data files ----------------------------===//
//
// One struct per kind of YAML file, mapped with YAMLTraits. Unknown keys are
// errors, so a misspelt parameter is reported instead of silently ignored.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_CONFIG_FILES_H
#define IBIC_CONFIG_FILES_H

#include "Config/Options.h"
#include "Config/Yaml.h"
#include "Document/Reference.h"
#include "Document/XmlLayout.h"
#include "Support/Limits.h"

#include "llvm/ADT/Optional.h"

#include <map>
#include <string>
#include <vector>

namespace ibic {

/// Matches sections by kind, life area and factor (all given must match).
struct SectionSelectorSpec {
  Located Kind, LifeArea, Factor, Role;
};

/// Which part of a case a rule reads, and what one call of the rule judges
/// (Rules/Scope.h); applied by the driver, never by a rule kind.
struct ScopeSpec {
  std::vector<Located> DocumentTypes;
  llvm::Optional<SectionSelectorSpec> Section;
  Located Unit, Fallback;
};

struct ExampleSpec {
  llvm::Optional<std::string> Bad, Good;
  std::string Suggestion, Document;
};

struct RationaleSpec {
  std::string What, Why, Instead;
};

struct RuleFile {
  Located Code, Title, Status, Severity, Kind;
  /// No longer allowed: the template's evidence decides which question a
  /// rule is evidence for. Read (any value, or none) only to say so.
  bool HasQuestion = false;
  std::string Message;
  RationaleSpec Rationale;
  std::vector<std::string> References;
  ScopeSpec Scope;
  OptionValue Parameters; ///< Read by the kind (Rules/KindOptions.h).
  std::vector<ExampleSpec> Examples;
};

struct ColourSpec {
  double Gron = 1.60, Gul = 1.00;
};

struct TemplateFile {
  std::string Id, Version, Title;
  ColourSpec Colours;
};

struct EvidenceSpec {
  Located Rule, MinSeverity;
  int Score = 0;
  llvm::Optional<int> PartialScore;
};

struct UnitSelectorSpec {
  std::vector<Located> DocumentTypes;
  llvm::Optional<SectionSelectorSpec> Section;
};

struct NoFields {};

struct UnitsSpec {
  llvm::Optional<NoFields> Notes, Observed;
  llvm::Optional<UnitSelectorSpec> Sections;
};

struct LevelsSpec {
  llvm::Optional<double> Two, One;
};

struct QuestionFile {
  Located Id;
  std::string Title, Part;
  std::vector<Located> AppliesTo;
  std::string NotApplicable;
  Located Method;
  std::vector<EvidenceSpec> Evidence;
  LevelsSpec Levels;
  UnitsSpec Units;
  Located NoUnits;
  std::string NoUnitsReason;
};

struct RuleOverride {
  llvm::Optional<bool> Enabled;
  llvm::Optional<Located> Severity;
  llvm::Optional<OptionValue> Parameters;
};

/// IBIC's selection of ICF codes (reference/icf-urval.yaml).
struct IcfSelectionFile {
  std::vector<IcfCode> Codes;
};

/// Word lists several rules share (reference/ordlistor.yaml).
struct SharedWordListsFile {
  std::map<std::string, std::vector<std::string>> Lists;
};

/// A user's .ibic-audit.yaml.
struct UserConfig {
  std::map<std::string, RuleOverride> Rules; ///< By rule id or "pack/*".
  llvm::Optional<ColourSpec> Colours;
  llvm::Optional<Located> FailOn;
  std::map<std::string, std::vector<std::string>> Headings;
  /// Folder with Hunspell dictionaries (.aff and .dic).
  llvm::Optional<Located> Dictionaries;
  Limits InputLimits;
};

/// One part of a vendor mapping file (case, document, section or
/// assessment): its XPath expressions by key (VendorMapping::keysOf).
struct MappingPartSpec {
  explicit MappingPartSpec(XmlPart Part) : Part(Part) {}
  XmlPart Part;
  llvm::SMLoc Loc; ///< Where its keys start; invalid when it is not written.
  std::map<std::string, Located> Expressions; ///< Empty when not written.
};

/// A value map of a vendor mapping: the vendor's code → the value.
struct ValueMapSpec {
  llvm::SMLoc Loc; ///< Where its codes start; invalid when it has none.
  std::map<std::string, Located> Codes;
};

/// The value maps of a vendor mapping, by field key
/// (VendorMapping::valueMapKeys).
struct ValueMapsSpec {
  std::map<std::string, ValueMapSpec> ByKey;
};

/// A vendor mapping file, *.ibic-mapping.yaml (Config/Mapping.h). Every key
/// is optional here, so that a missing one is reported with what to write.
struct MappingFile {
  Located Root;
  MappingPartSpec Case{XmlPart::Case}, Document{XmlPart::Document},
      Section{XmlPart::Section}, Assessment{XmlPart::Assessment};
  ValueMapsSpec Values;
};

} // namespace ibic

LLVM_YAML_IS_SEQUENCE_VECTOR(ibic::ExampleSpec)
LLVM_YAML_IS_SEQUENCE_VECTOR(ibic::EvidenceSpec)
LLVM_YAML_IS_SEQUENCE_VECTOR(ibic::NamedEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(ibic::RatingLevel)
LLVM_YAML_IS_SEQUENCE_VECTOR(ibic::IcfCode)
LLVM_YAML_IS_STRING_MAP(std::vector<std::string>)

namespace llvm {
namespace yaml {
#define IBIC_MAPPING(Type)                                                     \
  template <> struct MappingTraits<Type> {                                     \
    static void mapping(IO &IO, Type &V);                                      \
  };
IBIC_MAPPING(ibic::SectionSelectorSpec)
IBIC_MAPPING(ibic::ScopeSpec)
IBIC_MAPPING(ibic::ExampleSpec)
IBIC_MAPPING(ibic::RationaleSpec)
IBIC_MAPPING(ibic::RuleFile)
IBIC_MAPPING(ibic::TemplateFile)
IBIC_MAPPING(ibic::EvidenceSpec)
IBIC_MAPPING(ibic::UnitSelectorSpec)
IBIC_MAPPING(ibic::NoFields)
IBIC_MAPPING(ibic::UnitsSpec)
IBIC_MAPPING(ibic::LevelsSpec)
IBIC_MAPPING(ibic::QuestionFile)
IBIC_MAPPING(ibic::RuleOverride)
IBIC_MAPPING(ibic::UserConfig)
IBIC_MAPPING(ibic::NamedEntry)
IBIC_MAPPING(ibic::EmptyContent)
IBIC_MAPPING(ibic::RatingLevel)
IBIC_MAPPING(ibic::IcfCode)
IBIC_MAPPING(ibic::ReferenceData)
IBIC_MAPPING(ibic::IcfSelectionFile)
IBIC_MAPPING(ibic::SharedWordListsFile)
IBIC_MAPPING(ibic::MappingPartSpec)
IBIC_MAPPING(ibic::ValueMapsSpec)
IBIC_MAPPING(ibic::MappingFile)
#undef IBIC_MAPPING

/// Mappings whose values are checked as a whole, reported where they are
/// written.
#define IBIC_CHECKED_MAPPING(Type)                                             \
  template <> struct MappingTraits<Type> {                                     \
    static void mapping(IO &IO, Type &V);                                      \
    static std::string validate(IO &IO, Type &V);                              \
  };
IBIC_CHECKED_MAPPING(ibic::ColourSpec)
IBIC_CHECKED_MAPPING(ibic::Limits)
#undef IBIC_CHECKED_MAPPING

template <> struct ScalarEnumerationTraits<ibic::DocumentRole> {
  static void enumeration(IO &IO, ibic::DocumentRole &V);
};

template <> struct CustomMappingTraits<ibic::ValueMapSpec> {
  static void inputOne(IO &IO, StringRef Key, ibic::ValueMapSpec &V);
  static void output(IO &IO, ibic::ValueMapSpec &V);
};

template <> struct CustomMappingTraits<std::map<std::string, ibic::RuleOverride>> {
  static void inputOne(IO &IO, StringRef Key,
                       std::map<std::string, ibic::RuleOverride> &V);
  static void output(IO &IO, std::map<std::string, ibic::RuleOverride> &V);
};
} // namespace yaml
} // namespace llvm

#endif
