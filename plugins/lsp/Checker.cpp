#include "Checker.h"

#include "Log.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <exception>

namespace ibic::lsp {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

/// At most this many configurations' engines are kept (each holds its
/// rules and a dictionary).
constexpr size_t MaxEngines = 4;

/// The file name an unsaved buffer is read as: its URI's last part, read
/// as the text export unless it ends in .xml.
std::string nameOfUnsaved(llvm::StringRef Uri) {
  llvm::StringRef Name = Uri.rsplit('/').second;
  if (Name.empty())
    Name = Uri.rsplit(':').second;
  std::string Out = Name.empty() ? "namnlös" : Name.str();
  llvm::StringRef Ext = path::extension(Out);
  if (!Ext.equals_insensitive(".xml") && !Ext.equals_insensitive(".txt"))
    Out += ".txt";
  return Out;
}

/// The end of the engine line (ended by '\n') holding byte \p At.
size_t lineEnd(llvm::StringRef Text, size_t At) {
  size_t End = std::min(Text.find('\n', At), Text.size());
  return End > At && Text[End - 1] == '\r' ? End - 1 : End;
}

Problem atStart(std::string Message) {
  Problem P;
  P.Message = std::move(Message);
  return P;
}

} // namespace

Checker::Checker(CheckerOptions Options) : Options(std::move(Options)) {}

const Checker::Loaded &Checker::engineFor(const std::string &ConfigFile) {
  fs::file_status Status;
  bool Exists = !ConfigFile.empty() && !fs::status(ConfigFile, Status);
  auto It = Engines.find(ConfigFile);
  if (It != Engines.end() &&
      (ConfigFile.empty() || !Exists ||
       (It->second.Modified == Status.getLastModificationTime() &&
        It->second.Size == Status.getSize()))) {
    It->second.LastUse = ++Uses;
    return It->second;
  }
  if (It == Engines.end() && Engines.size() >= MaxEngines)
    Engines.erase(std::min_element(Engines.begin(), Engines.end(),
                                   [](const auto &A, const auto &B) {
                                     return A.second.LastUse < B.second.LastUse;
                                   }));
  Loaded &L = Engines[ConfigFile];
  L = Loaded();
  L.LastUse = ++Uses;
  if (Exists) {
    L.Modified = Status.getLastModificationTime();
    L.Size = Status.getSize();
  }
  EngineOptions EO;
  EO.RulesDir = Options.RulesDir;
  EO.SpellingMemoDir = Options.SpellingMemoDir;
  EO.ConfigFile = ConfigFile;
  LoadResult Result = Engine::load(EO);
  L.Errors = std::move(Result.Errors);
  if (!L.Errors.empty()) {
    // Rule and configuration files hold no personal data.
    log("reglerna eller konfigurationen kunde inte läsas (" +
        llvm::Twine(L.Errors.size()) + " fel):");
    for (const Diagnostic &D : L.Errors)
      log("  " + D.File + ":" + llvm::Twine(D.Line) + ":" +
          llvm::Twine(D.Column) + ": " + D.Message);
    return L;
  }
  L.Instance = std::move(Result.Loaded);
  L.Memory = L.Instance->newMemory();
  // The new configuration's limits may read headers differently.
  Cases.clear();
  for (const RuleInfo &R : L.Instance->rules()) {
    L.Rules[R.Id] = &R;
    llvm::SmallString<256> File(R.File);
    fs::make_absolute(File);
    path::remove_dots(File, /*remove_dot_dot=*/true);
    L.Hrefs[R.Id] = uriFromPath(File);
  }
  log(llvm::Twine("reglerna lästes") +
      (ConfigFile.empty() ? " utan konfigurationsfil"
                          : " med en konfigurationsfil") +
      " (" + llvm::Twine(L.Instance->rules().size()) + " regler)");
  return L;
}

void Checker::closed(llvm::StringRef Uri) {
  if (std::optional<std::string> Path = pathFromUri(Uri))
    Cases.erase(*Path);
}

const std::vector<std::string> &Checker::caseFiles(const Engine &E,
                                                   const std::string &Path,
                                                   llvm::StringRef Text) {
  std::string Folder = path::parent_path(Path).str();
  std::vector<std::string> Ids = caseIdsOf(Path, Text);
  fs::file_status Status;
  llvm::sys::TimePoint<> Modified;
  if (!fs::status(Folder, Status))
    Modified = Status.getLastModificationTime();
  auto [It, New] = Cases.try_emplace(Path);
  CaseFiles &C = It->second;
  if (New || C.Ids != Ids || C.FolderModified != Modified) {
    C.Files = E.filesOfCase(Folder, Path, Ids);
    C.Ids = std::move(Ids);
    C.FolderModified = Modified;
  }
  return C.Files;
}

Check Checker::check(llvm::StringRef Uri, llvm::StringRef Text) {
  std::optional<std::string> FilePath = pathFromUri(Uri);
  std::string Name = FilePath ? *FilePath : nameOfUnsaved(Uri);
  std::string Config = !Options.ConfigFile.empty() ? Options.ConfigFile
                       : FilePath                  ? findConfigFile(*FilePath)
                                                   : "";
  const Loaded &L = engineFor(Config);
  Check C;
  if (!L.Instance) {
    for (const Diagnostic &D : L.Errors)
      C.Problems.push_back(atStart(
          "Reglerna eller konfigurationen kunde inte läsas, så dokumentet "
          "granskades inte: " +
          D.File + ":" + std::to_string(D.Line) + ":" +
          std::to_string(D.Column) + ": " + D.Message));
    return C;
  }
  C.CheckedBy = L.Instance;

  // The XML export holds whole cases; a text document is one part of one.
  bool Xml = path::extension(Name).equals_insensitive(".xml");
  std::vector<std::string> OtherFiles;
  if (FilePath && !Xml)
    OtherFiles = caseFiles(*L.Instance, *FilePath, Text);
  AuditOptions AO;
  AO.Score = false;
  AO.Jobs = 1;
  AO.Memory = L.Memory;
  AO.FindingsOnlyIn = Name;
  AuditResult R;
  try {
    R = L.Instance->auditTextInCase(Name, Text, OtherFiles, AO);
  } catch (const std::exception &E) {
    log(llvm::Twine("internt fel under granskningen: ") + E.what());
    C.Problems.push_back(atStart("Ett internt fel i ibic-audit hindrade "
                                 "granskningen av dokumentet."));
    return C;
  }

  LineTable Lines(Text);
  auto At = [&](unsigned Line, unsigned Column) {
    return Lines.position(Lines.offsetOfColumn(Line, Column));
  };
  llvm::StringMap<std::string> Titles;
  for (const QuestionInfo &Q : R.TemplateQuestions)
    Titles[Q.Id] = Q.Title;
  for (const CaseResult &Case : R.Cases)
    for (const Finding &F : Case.Findings) {
      if (F.File != Name)
        continue;
      Problem P;
      P.Where.Start = At(F.Line, F.Column);
      P.Where.End = F.EndLine ? At(F.EndLine, F.EndColumn) : P.Where.Start;
      if (P.Where.End < P.Where.Start)
        P.Where.End = P.Where.Start;
      P.Level = F.Level;
      P.Rule = F.Rule;
      P.Message = F.Message;
      if (!F.Question.empty()) {
        P.Question = F.Question + ": " + Titles.lookup(F.Question);
        P.Message += "\nGranskningsmallen, fråga " + P.Question;
      }
      P.Suggestion = F.Suggestion;
      P.Info = L.Rules.lookup(F.Rule);
      P.Href = L.Hrefs.lookup(F.Rule);
      C.Problems.push_back(std::move(P));
    }
  for (const Diagnostic &D : R.Errors) {
    // A file of the same case reports its own problems when it is opened;
    // any other file read for this one (the vendor mapping it is read
    // through) is said here, with its place.
    if (D.File != Name) {
      if (!llvm::is_contained(OtherFiles, D.File))
        C.Problems.push_back(atStart(D.File + ":" + std::to_string(D.Line) +
                                     ":" + std::to_string(D.Column) + ": " +
                                     D.Message));
      continue;
    }
    Problem P = atStart(D.Message);
    if (D.Line > 0) {
      size_t Begin = Lines.offsetOfColumn(D.Line, D.Column);
      P.Where = {Lines.position(Begin), Lines.position(lineEnd(Text, Begin))};
    }
    P.Level = D.Audited ? Severity::Warning : Severity::Error;
    C.Problems.push_back(std::move(P));
  }
  return C;
}

} // namespace ibic::lsp
