#include "Loader.h"

#include "Rules/PhrasePattern.h"
#include "Rules/RuleKinds.h"
#include "Rules/Scope.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <map>

namespace ibic {
namespace {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

/// YAML files under \p Dir, sorted, with paths relative to it.
std::vector<std::string> yamlFilesUnder(llvm::StringRef Dir) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (fs::recursive_directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (path::extension(It->path()) == ".yaml")
      Files.push_back(It->path());
  std::sort(Files.begin(), Files.end());
  return Files;
}

class Loader {
public:
  Loader(const EngineOptions &Options, Engine::Impl &I,
         std::vector<Diagnostic> &Errors)
      : Options(Options), I(I), Errors(Errors) {}

  void run() {
    llvm::StringRef Dir = Options.RulesDir;
    if (!fs::is_directory(Dir)) {
      Errors.push_back({Options.RulesDir, 0, 0,
                        "regelmappen finns inte (ange den med --rules)", ""});
      return;
    }
    UserConfig Config;
    if (!Options.ConfigFile.empty() &&
        !I.Sources.loadOrEmpty(Options.ConfigFile, Config, Errors))
      return;
    I.InputLimits = Config.InputLimits;
    I.Sources.setLimits(I.InputLimits);
    ReferenceData Data;
    IcfSelectionFile Codes;
    if (!I.Sources.load(join(Dir, "reference/ibic.yaml"), Data, Errors) ||
        !I.Sources.load(join(Dir, "reference/icf-urval.yaml"), Codes, Errors))
      return;
    Data.Codes = std::move(Codes.Codes);
    SharedWordListsFile Shared;
    if (!I.Sources.load(join(Dir, "reference/ordlistor.yaml"), Shared, Errors))
      return;
    Data.SharedWordLists = std::move(Shared.Lists);
    checkHeadingAliases(Config, Data);
    I.Ref = std::make_unique<Reference>(std::move(Data), Config.Headings);
    checkReferenceLists(join(Dir, "reference/ibic.yaml"));
    DictionaryDir = Options.DictionaryDir;
    if (Config.Dictionaries)
      DictionaryDir = Config.Dictionaries->Value;
    loadRules(Dir, Config);
    I.Rules.finish(*I.Ref);
    loadTemplate(Dir, Config);
    if (Config.FailOn) {
      if (auto S = parseSeverity(Config.FailOn->Value))
        I.FailOn = *S;
      else
        error(Config.FailOn->Loc, Options.ConfigFile,
              "fail-on ska vara info, warning eller error");
    }
  }

private:
  static std::string join(llvm::StringRef Dir, llvm::StringRef Rest) {
    llvm::SmallString<256> P(Dir);
    path::append(P, Rest);
    return P.str().str();
  }

  void error(llvm::SMLoc Loc, llvm::StringRef File, std::string Message) {
    Errors.push_back(I.Sources.diagnose(Loc, File, std::move(Message)));
  }

  void checkHeadingAliases(const UserConfig &Config, const ReferenceData &Data) {
    for (const auto &[Slug, Aliases] : Config.Headings) {
      bool Known = false;
      for (const auto *List : {&Data.LifeAreas, &Data.Factors, &Data.SectionKinds})
        Known |= llvm::any_of(*List, [&, &Slug = Slug](const NamedEntry &E) {
          return E.Slug == Slug;
        });
      if (!Known)
        error(I.Sources.find(Options.ConfigFile, Slug), Options.ConfigFile,
              "headings: okänt livsområde, faktor eller avsnitt '" + Slug + "'");
    }
  }

  /// plan-parts, assessment-parts, follow-up-parts and inline-headings name
  /// section kinds the readers know, outcome-phrases name outcomes, and the
  /// empty-content pointers are phrase patterns.
  void checkReferenceLists(const std::string &File) {
    const ReferenceData &Data = I.Ref->data();
    for (const auto *List :
         {&Data.PlanPartKinds, &Data.AssessmentPartKinds, &Data.FollowUpPartKinds,
          &Data.InlineHeadingKinds})
      for (const std::string &Kind : *List)
        if (!I.Ref->isSectionKind(Kind))
          error(I.Sources.find(File, Kind), File,
                "okänd avsnittstyp '" + Kind + "'");
    for (const auto &[Outcome, Phrases] : Data.OutcomePhrases)
      if (!llvm::is_contained(Data.Outcomes, Outcome))
        error(I.Sources.find(File, Outcome), File,
              "outcome-phrases: okänd måluppfyllelse '" + Outcome + "'");
    for (const std::string &Pointer : Data.Empty.Pointers)
      if (llvm::Expected<PhrasePattern> P = PhrasePattern::parse(Pointer, {}); !P)
        error(I.Sources.find(File, Pointer), File,
              "felaktigt mönster: " + llvm::toString(P.takeError()));
  }

  /// The override for \p Id: its pack's "pack/*" entry refined by its own.
  llvm::Optional<RuleOverride> overrideFor(const UserConfig &Config,
                                           llvm::StringRef Id) {
    llvm::Optional<RuleOverride> Result;
    for (const std::string &Key : {Id.split('/').first.str() + "/*", Id.str()}) {
      auto It = Config.Rules.find(Key);
      if (It == Config.Rules.end())
        continue;
      const RuleOverride &O = It->second;
      if (!Result) {
        Result = O;
        continue;
      }
      if (O.Enabled)
        Result->Enabled = O.Enabled;
      if (O.Severity)
        Result->Severity = O.Severity;
      if (O.Parameters) {
        if (Result->Parameters)
          Result->Parameters->overrideWith(*O.Parameters);
        else
          Result->Parameters = O.Parameters;
      }
    }
    return Result;
  }

  void loadRules(llvm::StringRef Dir, const UserConfig &Config) {
    llvm::StringSet<> Ids, Codes;
    for (const std::string &File : yamlFilesUnder(Dir)) {
      llvm::StringRef Relative = llvm::StringRef(File).drop_front(Dir.size()).ltrim('/');
      if (Relative.startswith("reference/") || Relative.startswith("granskningsmall/"))
        continue;
      RuleFile Spec;
      if (!I.Sources.load(File, Spec, Errors))
        continue;
      std::string Id = Relative.drop_back(5).str();
      if (!Codes.insert(Spec.Code.Value).second)
        error(Spec.Code.Loc, File, "koden " + Spec.Code.Value + " används redan");
      Ids.insert(Id);
      llvm::Optional<RuleOverride> Override = overrideFor(Config, Id);
      compileRule(File, Id, Spec, Override ? Override.getPointer() : nullptr);
    }
    llvm::StringSet<> Packs;
    for (const auto &Id : Ids)
      Packs.insert(Id.getKey().split('/').first);
    for (const auto &[Id, Override] : Config.Rules) {
      llvm::StringRef Key = Id;
      bool Known = Key.consume_back("/*") ? Packs.count(Key) > 0 : Ids.count(Key) > 0;
      if (!Known)
        error(I.Sources.find(Options.ConfigFile, Id), Options.ConfigFile,
              Id.back() == '*' ? "okänt regelpaket '" + Id + "'"
                               : "okänd regel '" + Id + "'");
    }
  }

  void compileRule(const std::string &File, const std::string &Id,
                   RuleFile &Spec, const RuleOverride *Override) {
    RuleInfo Info;
    Info.Id = Id;
    Info.File = File;
    Info.Code = Spec.Code.Value;
    Info.Title = foldProse(Spec.Title.Value);
    Info.Status = Spec.Status.Value;
    Info.Kind = Spec.Kind.Value;
    Info.Message = foldProse(Spec.Message);
    if (Spec.HasQuestion)
      error(I.Sources.findTopLevelKey(File, "question"), File,
            "nyckeln question används inte längre: granskningsmallens evidence "
            "(granskningsmall/<fråga>.yaml) avgör vilken fråga regelns fynd "
            "gäller; ta bort raden");
    Info.What = foldProse(Spec.Rationale.What);
    Info.Why = foldProse(Spec.Rationale.Why);
    Info.Instead = foldProse(Spec.Rationale.Instead);
    Info.References = Spec.References;
    for (const ExampleSpec &E : Spec.Examples)
      Info.Examples.push_back({E.Bad.hasValue(), E.Bad ? *E.Bad : E.Good.getValueOr(""),
                               E.Document, E.Suggestion});

    static const llvm::StringRef Statuses[] = {"stable", "preview", "deprecated"};
    if (!llvm::is_contained(Statuses, Info.Status))
      error(Spec.Status.Loc, File, "status ska vara stable, preview eller deprecated");
    const Located *SeverityText = &Spec.Severity;
    if (Override && Override->Severity)
      SeverityText = Override->Severity.getPointer();
    if (auto S = parseSeverity(SeverityText->Value))
      Info.Level = *S;
    else
      error(SeverityText->Loc, File, "severity ska vara info, warning eller error");
    Info.Enabled = Info.Status != "deprecated";
    if (Override && Override->Enabled)
      Info.Enabled = *Override->Enabled;

    const RuleKind *Kind = findRuleKind(Info.Kind);
    if (!Kind) {
      error(Spec.Kind.Loc, File, "okänd regeltyp '" + Info.Kind + "'");
      I.Infos.push_back(std::move(Info));
      return;
    }
    // A rule that is switched off is not compiled: its dictionary and word
    // lists cost nothing.
    if (!Info.Enabled) {
      I.Infos.push_back(std::move(Info));
      return;
    }
    OptionValue Params = Spec.Parameters;
    if (Override && Override->Parameters)
      Params.overrideWith(*Override->Parameters);
    auto Error = [&](llvm::SMLoc Loc, std::string Message) {
      error(Loc, File, std::move(Message));
    };
    Scope RuleScope = compileScope(Spec.Scope, *Kind, *I.Ref, Error);
    KindOptions Options(Params, Info.Kind, Id, *I.Ref, Error);
    KindContext Context{Options, *I.Ref, I.Rules.lexicons(), DictionaryDir,
                        this->Options.SpellingMemoDir};
    size_t Claim = I.Rules.lexicons().claims();
    RuleSpec Compiled{Id, Info.Code, Info.Level, Info.Message};
    std::unique_ptr<Rule> R = Kind->Create(std::move(Compiled), RuleScope, Context);
    Options.finish();
    if (!Options.failed())
      I.Rules.add(std::move(R), I.Rules.lexicons().claimedSince(Claim));
    I.Infos.push_back(std::move(Info));
  }

  void loadTemplate(llvm::StringRef Dir, const UserConfig &Config) {
    std::string Folder = join(Dir, "granskningsmall");
    TemplateFile Mall;
    if (!I.Sources.load(join(Folder, "mall.yaml"), Mall, Errors))
      return;
    std::vector<QuestionFile> Questions;
    for (const std::string &File : yamlFilesUnder(Folder)) {
      if (path::filename(File) == "mall.yaml")
        continue;
      QuestionFile Q;
      if (I.Sources.load(File, Q, Errors))
        Questions.push_back(std::move(Q));
    }
    // Template order is the reviewers' order: M before U, then by number.
    std::stable_sort(Questions.begin(), Questions.end(),
                     [](const QuestionFile &A, const QuestionFile &B) {
                       llvm::StringRef X = A.Id.Value, Y = B.Id.Value;
                       unsigned NX = 0, NY = 0;
                       X.drop_front().getAsInteger(10, NX);
                       Y.drop_front().getAsInteger(10, NY);
                       return std::make_pair(X.take_front(), NX) <
                              std::make_pair(Y.take_front(), NY);
                     });
    std::vector<std::string> RuleIds;
    for (const RuleInfo &R : I.Infos)
      RuleIds.push_back(R.Id);
    I.Questions = Template::compile(
        Mall, Questions, *I.Ref, RuleIds,
        [&](llvm::SMLoc Loc, std::string Message) {
          error(Loc, Folder, std::move(Message));
        });
    if (Config.Colours)
      I.Questions.setColours(*Config.Colours);
    for (RuleInfo &R : I.Infos)
      R.Questions = I.Questions.questionsOf(R.Id).vec();
    std::sort(I.Infos.begin(), I.Infos.end(),
              [](const RuleInfo &A, const RuleInfo &B) { return A.Id < B.Id; });
  }

  const EngineOptions &Options;
  std::string DictionaryDir;
  Engine::Impl &I;
  std::vector<Diagnostic> &Errors;
};

} // namespace

void loadEngine(const EngineOptions &Options, Engine::Impl &I,
                std::vector<Diagnostic> &Errors) {
  Loader(Options, I, Errors).run();
}

} // namespace ibic
