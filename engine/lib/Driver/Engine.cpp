//===- Engine.cpp - Files in, results out ---------------------------------===//
//
// A batch runs in two passes so memory stays flat however many cases there
// are: a first pass scans each file's header (or <case> tags) for the case
// ids it holds; files that share a case form a group; the second pass reads
// each group once, analyses each case once, runs every rule over that
// analysis, scores it and keeps only the resolved results.
//
// At most `Jobs` workers run at once on the engine's thread pool, each with
// its own analyzer (ICU iterators are not thread-safe), taking groups from a
// shared counter. What rules learn during an audit (the spelling cache) is
// made for the audit and freed with it.
//
//===----------------------------------------------------------------------===//
#include "Loader.h"
#include "Mappings.h"

#include "ibic/Baseline.h"

#include "Document/Reader.h"
#include "Text/Identifiers.h"
#include "Text/Speller.h"

#include "llvm/ADT/EquivalenceClasses.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>

namespace ibic {

/// What one thread needs to audit cases; kept by the engine between audits
/// so ICU's iterators are made once per thread, not once per call.
struct Engine::Worker {
  Worker(const RuleSet &Rules, const Reference &Ref)
      : Analyze(Rules.lexicons(), Rules.activeLexicons(), Ref.otherPersonRoles()) {}
  Analyzer Analyze;
  ScopeBuffers Buffers;
  CaseAnalysis Analysis;
};

namespace {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
using Clock = std::chrono::steady_clock;

bool isDocumentFile(llvm::StringRef Path) {
  llvm::StringRef Ext = path::extension(Path);
  return Ext.equals_insensitive(".xml") || Ext.equals_insensitive(".txt") ||
         Ext.equals_insensitive(".docx");
}

/// What to do with a document that cannot be read, found in a folder (spec:
/// input formats), or empty for a file that is no document (a report, the
/// configuration, a README): word processors' formats are saved as .docx,
/// anything else exported again.
std::string unreadableDocument(llvm::StringRef Path) {
  llvm::StringRef Ext = path::extension(Path);
  auto OneOf = [&](std::initializer_list<llvm::StringRef> Exts) {
    return llvm::any_of(
        Exts, [&](llvm::StringRef E) { return Ext.equals_insensitive(E); });
  };
  std::string Type = "Filtypen " + Ext.str() + " kan inte läsas. ";
  if (OneOf({".doc", ".docm", ".dot", ".dotx", ".odt", ".ott", ".fodt", ".rtf",
             ".wpd", ".wps", ".pages"}))
    return Type + "Öppna dokumentet i Word eller LibreOffice, spara det som "
                  "Word-dokument (.docx) och granska igen.";
  if (OneOf({".pdf", ".xps", ".oxps"}))
    return Type + "Exportera dokumentet som text (.txt), Word-dokument "
                  "(.docx) eller XML (ibic-export, .xml) och granska igen.";
  return "";
}

Diagnostic wholeFile(llvm::StringRef Path, std::string Message) {
  return {Path.str(), 0, 0, std::move(Message), ""};
}

const char NotRegular[] =
    "Det är ingen vanlig fil (utan t.ex. en FIFO eller en enhet) och den "
    "läses inte. Ange en vanlig fil eller en mapp.";

std::string folderError(std::error_code EC) {
  if (EC == std::errc::permission_denied)
    return "Mappen kunde inte läsas: behörighet saknas, så filerna i den "
           "granskades inte. Ge läsrätt till mappen eller granska en kopia.";
  return "Mappen kunde inte läsas (systemfel " + std::to_string(EC.value()) +
         ": " + EC.message() + "), så filerna i den granskades inte.";
}

/// Every document file under \p Paths, each path's files sorted. Folders are
/// walked with a stack of our own, following links to folders; a folder or
/// file reached twice (a link loop, two links to one place) is read once.
std::vector<std::string> collectFiles(llvm::ArrayRef<std::string> Paths,
                                      std::vector<Diagnostic> &Errors) {
  std::vector<std::string> Files;
  std::set<fs::UniqueID> Seen;
  for (const std::string &P : Paths) {
    fs::file_status Status;
    if (fs::status(P, Status)) {
      Errors.push_back(wholeFile(P, "Filen eller mappen finns inte."));
      continue;
    }
    if (!fs::is_directory(Status)) {
      if (!fs::is_regular_file(Status))
        Errors.push_back(wholeFile(P, NotRegular));
      else if (std::string Advice = unreadableDocument(P); !Advice.empty())
        Errors.push_back(wholeFile(P, std::move(Advice)));
      else if (Seen.insert(Status.getUniqueID()).second)
        Files.push_back(P);
      continue;
    }
    Seen.insert(Status.getUniqueID());
    std::vector<std::string> Found, Folders{P};
    while (!Folders.empty()) {
      std::string Folder = std::move(Folders.back());
      Folders.pop_back();
      std::vector<std::string> Entries;
      std::error_code EC;
      for (fs::directory_iterator It(Folder, EC), End; It != End && !EC;
           It.increment(EC))
        Entries.push_back(It->path());
      if (EC)
        Errors.push_back(wholeFile(Folder, folderError(EC)));
      // Sorted, so which of two paths to one file is kept never depends on
      // the order the file system lists them in.
      std::sort(Entries.begin(), Entries.end(), std::greater<>());
      for (const std::string &Entry : Entries) {
        fs::file_status S;
        if (fs::status(Entry, S)) {
          if (isDocumentFile(Entry))
            Errors.push_back(wholeFile(
                Entry, "Filen finns inte (en länk till något som saknas?)."));
          continue;
        }
        if (fs::is_directory(S)) {
          if (Seen.insert(S.getUniqueID()).second)
            Folders.push_back(Entry);
        } else if (std::string Advice = unreadableDocument(Entry);
                   !Advice.empty()) {
          Errors.push_back(wholeFile(Entry, std::move(Advice)));
        } else if (isDocumentFile(Entry)) {
          if (!fs::is_regular_file(S))
            Errors.push_back(wholeFile(Entry, NotRegular));
          else if (Seen.insert(S.getUniqueID()).second)
            Found.push_back(Entry);
        }
      }
    }
    std::sort(Found.begin(), Found.end());
    Files.insert(Files.end(), Found.begin(), Found.end());
  }
  return Files;
}

/// Whitespace-separated words in \p D: counted before the analysis runs,
/// cheaply, so that a huge document costs nothing more.
size_t roughWords(const Document &D) {
  size_t Words = 0;
  D.forEachParagraph([&](const TextSpan &P, const void *) {
    bool InWord = false;
    for (char C : P.Text) {
      bool Space = llvm::isSpace(C);
      Words += !Space && !InWord;
      InWord = !Space;
    }
  });
  return Words;
}

/// Groups of files that share a case id, in the order of their first file.
std::vector<std::vector<size_t>>
groupByCase(const std::vector<std::vector<std::string>> &IdsOf) {
  llvm::EquivalenceClasses<size_t> Together;
  std::map<std::string, size_t> FirstFileOf;
  for (size_t N = 0; N < IdsOf.size(); ++N) {
    Together.insert(N);
    for (const std::string &Id : IdsOf[N]) {
      auto [It, New] = FirstFileOf.try_emplace(Id, N);
      if (!New)
        Together.unionSets(It->second, N);
    }
  }
  std::vector<std::vector<size_t>> Groups;
  std::map<size_t, size_t> GroupOfLeader;
  for (size_t N = 0; N < IdsOf.size(); ++N) {
    size_t Leader = Together.getLeaderValue(N);
    auto [It, New] = GroupOfLeader.try_emplace(Leader, Groups.size());
    if (New)
      Groups.emplace_back();
    Groups[It->second].push_back(N);
  }
  return Groups;
}

struct GroupOutput {
  std::vector<CaseResult> Cases;
  std::vector<Diagnostic> Errors;
};

bool findingOrder(const Finding &A, const Finding &B) {
  return std::tie(A.File, A.Line, A.Column, A.Rule, A.EndLine, A.EndColumn,
                  A.Message) < std::tie(B.File, B.Line, B.Column, B.Rule,
                                        B.EndLine, B.EndColumn, B.Message);
}

/// Time per rule and stage, summed over the workers of one audit.
struct Timings {
  explicit Timings(size_t Rules) : RuleSeconds(Rules, 0.0) {}
  std::vector<double> RuleSeconds;
  double Reading = 0, Analysing = 0;
  void add(const Timings &Other) {
    for (size_t I = 0; I < RuleSeconds.size(); ++I)
      RuleSeconds[I] += Other.RuleSeconds[I];
    Reading += Other.Reading;
    Analysing += Other.Analysing;
  }
};

double secondsSince(Clock::time_point Start) {
  return std::chrono::duration<double>(Clock::now() - Start).count();
}

} // namespace

/// The rules' states (RuleState), which hold only what is true of words
/// whatever the case, so they may outlive an audit.
class AuditMemory {
public:
  AuditMemory(const Engine::Impl &Owner)
      : Owner(&Owner), States(Owner.Rules.newAuditStates()) {}
  const Engine::Impl *Owner;
  std::vector<std::unique_ptr<RuleState>> States;
};

/// The state of one audit: shared by its workers, freed when it ends.
struct Engine::Audit {
  Audit(const Engine::Impl &I, const AuditOptions &Options)
      : I(I), Options(Options),
        Mappings(*I.Ref, I.InputLimits, Options.MappingFiles),
        Memory(Options.Memory && Options.Memory->Owner == &I
                   ? Options.Memory
                   : std::make_shared<AuditMemory>(I)),
        Total(I.Rules.rules().size()) {}
  const Engine::Impl &I;
  const AuditOptions &Options;
  MappingCatalog Mappings; ///< Vendor mappings, read when first needed.
  std::shared_ptr<AuditMemory> Memory;
  std::mutex Lock; ///< Guards Total and progress.
  Timings Total;
  AuditProgress Progress;

  /// Checks and scores the cases read from one group of files.
  GroupOutput auditGroup(Worker &W, std::vector<ReadResult> Reads, Timings &T);
};

GroupOutput Engine::Audit::auditGroup(Worker &W, std::vector<ReadResult> Reads,
                                      Timings &T) {
  GroupOutput Out;
  std::vector<Case> Cases;
  llvm::StringMap<size_t> ById;
  for (ReadResult &R : Reads) {
    for (Diagnostic &D : R.Errors) {
      // A reader quotes what it could not read: a heading, a life area.
      D.Message = maskIdentifiers(D.Message);
      D.SourceLine = maskIdentifiers(D.SourceLine);
      Out.Errors.push_back(std::move(D));
    }
    for (Case &C : R.Cases) {
      auto [It, New] = ById.try_emplace(C.Id, Cases.size());
      if (New)
        Cases.push_back(std::move(C));
      else
        Cases[It->second].merge(std::move(C));
    }
  }
  // Cases are complete and stay in place from here: the analysis points
  // into them.
  const Limits &Lim = I.InputLimits;
  for (const Case &C : Cases) {
    auto Long = llvm::find_if(C.Documents, [&](const Document &D) {
      return roughWords(D) > Lim.MaxWordsPerDocument;
    });
    if (Long != C.Documents.end()) {
      Out.Errors.push_back(Long->File->diagnose(
          Long->Offset,
          "Dokumentet har fler än " + std::to_string(Lim.MaxWordsPerDocument) +
              " ord, så ärendet " + C.Id +
              " granskades inte. Dela upp dokumentet, eller höj gränsen med "
              "limits: {max-words-per-document: ...} i .ibic-audit.yaml."));
      continue;
    }
    Clock::time_point Start = Clock::now();
    double Budget = std::min(1e6, Lim.MaxSecondsPerDocument *
                                      std::max<size_t>(1, C.Documents.size()));
    Clock::time_point Deadline =
        Start + std::chrono::duration_cast<Clock::duration>(
                    std::chrono::duration<double>(Budget));
    W.Analyze.analyze(C, W.Analysis);
    if (Options.Redact)
      W.Analyze.collectPersons(W.Analysis);
    T.Analysing += secondsSince(Start);
    std::vector<RawFinding> Raw;
    RuleContext Ctx(Raw, Memory->States);
    if (!I.Rules.check(W.Analysis, Ctx, W.Buffers,
                       Options.Profile ? &T.RuleSeconds : nullptr, Deadline,
                       Options.FindingsOnlyIn)) {
      std::string Message =
          "Granskningen av ärendet " + C.Id + " tog mer än " +
          llvm::formatv("{0}", llvm::format("%g", Lim.MaxSecondsPerDocument))
              .str() +
          " s per dokument och avbröts; ärendet finns inte i rapporten. Dela "
          "upp ärendets filer, eller höj gränsen med limits: "
          "{max-seconds-per-document: ...} i .ibic-audit.yaml.";
      Out.Errors.push_back(
          C.Documents.empty()
              ? wholeFile(C.Files.front(), std::move(Message))
              : C.Documents.front().File->diagnose(C.Documents.front().Offset,
                                                   std::move(Message)));
      continue;
    }
    CaseResult R;
    R.Id = C.Id;
    R.Avdelning = C.Avdelning;
    R.Enhet = C.Enhet;
    R.Lagrum = C.Lagrum;
    R.Files = C.Files;
    // A reader's remark on a file of this case may quote a name as well.
    if (Options.Redact)
      for (Diagnostic &D : Out.Errors)
        if (llvm::is_contained(C.Files, D.File)) {
          D.Message = W.Analysis.redact(D.Message);
          D.SourceLine = W.Analysis.redact(D.SourceLine);
        }
    for (const DocumentAnalysis &D : W.Analysis.Documents)
      R.Documents.push_back({D.Doc->Id, D.Doc->Type, D.Doc->File->path().str(),
                             D.Counts.lix(), D.Counts.Words, D.Counts.Sentences});
    for (const RawFinding &F : Raw) {
      if (F.Observation)
        continue;
      const SourceFile &File = *F.Doc->File;
      LineColumn Begin = File.locate(F.Begin), End = File.locate(F.End);
      Finding Out;
      Out.Rule = F.Rule->Id;
      Out.Code = F.Rule->Code;
      Out.Level = F.Rule->Level;
      Out.Question = I.Questions.questionFor(F.Rule->Id, F.Doc->Type).str();
      // Rules see identifiers blanked (Analysis), but a message may also
      // quote a heading or a header field as the reader gave it.
      Out.Message = maskIdentifiers(W.Analysis.redact(F.Message));
      Out.Suggestion = maskIdentifiers(W.Analysis.redact(F.Suggestion));
      Out.Document = F.Doc->Id;
      Out.File = File.path().str();
      Out.Line = Begin.Line;
      Out.Column = Begin.Column;
      Out.EndLine = End.Line;
      Out.EndColumn = End.Column;
      // Reports and logs must never repeat a personnummer.
      Out.SourceLine = maskIdentifiers(W.Analysis.redact(File.lineAt(F.Begin)));
      Out.Fingerprint = fingerprintFinding(Out.Rule, C.Id, Out.Document,
                                           File.contents().slice(F.Begin, F.End));
      R.Findings.push_back(std::move(Out));
    }
    if (Options.Score)
      R.Questions = I.Questions.score(C, Raw, [](const RawFinding &F) {
        LineColumn At = F.Doc->File->locate(F.Begin);
        return F.Doc->File->path().str() + ":" + std::to_string(At.Line);
      });
    std::sort(R.Findings.begin(), R.Findings.end(), findingOrder);
    Out.Cases.push_back(std::move(R));
  }
  // Nothing of the group's text may outlive it.
  W.Analysis.Documents.clear();
  W.Analysis.Persons.clear();
  return Out;
}

Engine::Engine(std::unique_ptr<Impl> I) : I(std::move(I)) {}
Engine::~Engine() = default;

LoadResult Engine::load(const EngineOptions &Options) {
  auto I = std::make_unique<Impl>();
  LoadResult Result;
  loadEngine(Options, *I, Result.Errors);
  if (Result.Errors.empty())
    Result.Loaded.reset(new Engine(std::move(I)));
  return Result;
}

std::shared_ptr<AuditMemory> Engine::newMemory() const {
  return std::make_shared<AuditMemory>(*I);
}

const std::vector<RuleInfo> &Engine::rules() const { return I->Infos; }
Severity Engine::failOn() const { return I->FailOn; }

std::unique_ptr<Engine::Worker> Engine::takeWorker() const {
  std::lock_guard<std::mutex> Guard(WorkersLock);
  if (Workers.empty())
    return std::make_unique<Worker>(I->Rules, *I->Ref);
  std::unique_ptr<Worker> W = std::move(Workers.back());
  Workers.pop_back();
  return W;
}

void Engine::returnWorker(std::unique_ptr<Worker> W) const {
  std::lock_guard<std::mutex> Guard(WorkersLock);
  Workers.push_back(std::move(W));
}

llvm::ThreadPool &Engine::threadPool() const {
  std::lock_guard<std::mutex> Guard(WorkersLock);
  if (!Pool)
    Pool = std::make_unique<llvm::ThreadPool>(llvm::hardware_concurrency());
  return *Pool;
}

void Engine::runWorkers(unsigned Jobs, size_t Tasks,
                        const std::function<void(Worker &, size_t)> &Run) const {
  unsigned Threads = std::min<size_t>(
      Jobs ? Jobs : llvm::hardware_concurrency().compute_thread_count(), Tasks);
  if (Threads <= 1) {
    std::unique_ptr<Worker> W = takeWorker();
    for (size_t N = 0; N < Tasks; ++N)
      Run(*W, N);
    returnWorker(std::move(W));
    return;
  }
  std::atomic<size_t> Next{0};
  std::vector<std::shared_future<void>> Running;
  for (unsigned T = 0; T < Threads; ++T)
    Running.push_back(threadPool().async([&] {
      std::unique_ptr<Worker> W = takeWorker();
      for (size_t N = Next++; N < Tasks; N = Next++)
        Run(*W, N);
      returnWorker(std::move(W));
    }));
  for (std::shared_future<void> &F : Running)
    F.wait();
}

namespace {

/// The result of an audit whose cases are in \p R.Cases already, or in
/// \p Groups.
AuditResult finish(const Engine::Impl &I, AuditResult R,
                   std::vector<GroupOutput> Groups,
                   std::vector<Diagnostic> Errors, bool Score) {
  R.TemplateId = I.Questions.id().str();
  R.TemplateVersion = I.Questions.version().str();
  for (const Question &Q : I.Questions.questions())
    R.TemplateQuestions.push_back({Q.Id, Q.Title});
  for (GroupOutput &G : Groups) {
    for (CaseResult &C : G.Cases)
      R.Cases.push_back(std::move(C));
    std::move(G.Errors.begin(), G.Errors.end(), std::back_inserter(Errors));
  }
  R.Cases.sortById();
  std::stable_sort(Errors.begin(), Errors.end(),
                   [](const Diagnostic &A, const Diagnostic &B) {
                     return std::tie(A.File, A.Line, A.Column) <
                            std::tie(B.File, B.Line, B.Column);
                   });
  R.Errors = std::move(Errors);
  if (Score)
    R.Groups = I.Questions.aggregate(R.Cases);
  // What the dictionaries learnt in this audit spares the next run their
  // loading.
  Dictionary::saveMemos();
  return R;
}

/// The profile of an audit: stages, then rules by time taken.
std::vector<ProfileEntry> profileOf(const Engine::Impl &I, const Timings &T,
                                    const AuditResult &R) {
  std::vector<ProfileEntry> Out;
  Out.push_back({"läsa filer", T.Reading, 0});
  Out.push_back({"analys (ord, meningar, ordlistor)", T.Analysing, 0});
  std::map<std::string, size_t> FindingsOf;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings)
      ++FindingsOf[F.Rule];
  std::vector<ProfileEntry> Rules;
  for (const auto &Rule : I.Rules.rules())
    Rules.push_back({Rule->spec().Id, T.RuleSeconds[Rule->index()],
                     FindingsOf[Rule->spec().Id]});
  std::stable_sort(Rules.begin(), Rules.end(),
                   [](const ProfileEntry &A, const ProfileEntry &B) {
                     return A.Seconds > B.Seconds;
                   });
  Out.insert(Out.end(), Rules.begin(), Rules.end());
  return Out;
}

} // namespace

AuditResult Engine::audit(llvm::ArrayRef<std::string> Paths,
                          const AuditOptions &Options) const {
  std::vector<Diagnostic> Errors;
  std::vector<std::string> Files = collectFiles(Paths, Errors);
  Audit A(*I, Options);
  A.Progress.Files = Files.size();
  if (Options.Progress)
    Options.Progress(A.Progress);

  // Pass 1: which case ids does each file hold?
  std::vector<std::vector<std::string>> IdsOf(Files.size());
  runWorkers(Options.Jobs, Files.size(), [&](Worker &, size_t N) {
    IdsOf[N] = scanCaseIds(Files[N], I->InputLimits, &A.Mappings);
  });
  std::vector<std::vector<size_t>> Groups = groupByCase(IdsOf);

  // Pass 2: read, analyse, check and score each group; keep its results,
  // spooled as each group ends when asked.
  AuditResult Done;
  if (Options.Spool)
    Done.Cases.spoolToDisk();
  std::vector<GroupOutput> Outputs(Groups.size());
  runWorkers(Options.Jobs, Groups.size(), [&](Worker &W, size_t G) {
    Timings T(I->Rules.rules().size());
    Clock::time_point Start = Clock::now();
    std::vector<ReadResult> Reads;
    for (size_t N : Groups[G])
      Reads.push_back(readFile(Files[N], *I->Ref, I->InputLimits, &A.Mappings));
    T.Reading += secondsSince(Start);
    Outputs[G] = A.auditGroup(W, std::move(Reads), T);
    std::lock_guard<std::mutex> Guard(A.Lock);
    if (Options.Profile)
      A.Total.add(T);
    A.Progress.FilesDone += Groups[G].size();
    A.Progress.CasesDone += Outputs[G].Cases.size();
    if (Options.Spool) {
      for (CaseResult &C : Outputs[G].Cases)
        Done.Cases.push_back(std::move(C));
      Outputs[G].Cases.clear();
    }
    if (Options.Progress)
      Options.Progress(A.Progress);
  });
  for (Diagnostic &D : A.Mappings.takeErrors())
    Errors.push_back(std::move(D));
  AuditResult R = finish(*I, std::move(Done), std::move(Outputs),
                         std::move(Errors), Options.Score);
  if (Options.Profile)
    R.Profile = profileOf(*I, A.Total, R);
  return R;
}

AuditResult Engine::auditText(llvm::StringRef Name, llvm::StringRef Text,
                              const AuditOptions &Options) const {
  return auditTextInCase(Name, Text, {}, Options);
}

std::vector<std::string> Engine::filesOfCase(
    llvm::StringRef Folder, llvm::StringRef Path,
    llvm::ArrayRef<std::string> CaseIds) const {
  std::vector<std::string> Files;
  if (CaseIds.empty())
    return Files;
  fs::UniqueID Own;
  bool OnDisk = !fs::getUniqueID(Path, Own);
  std::error_code EC;
  for (fs::directory_iterator It(Folder, EC), End; It != End && !EC;
       It.increment(EC)) {
    fs::file_status S;
    if (!isDocumentFile(It->path()) || fs::status(It->path(), S) ||
        !fs::is_regular_file(S) || (OnDisk && S.getUniqueID() == Own))
      continue;
    if (llvm::any_of(scanCaseIds(It->path(), I->InputLimits),
                     [&](const std::string &Id) {
                       return llvm::is_contained(CaseIds, Id);
                     }))
      Files.push_back(It->path());
  }
  std::sort(Files.begin(), Files.end());
  return Files;
}

AuditResult Engine::auditTextInCase(llvm::StringRef Path, llvm::StringRef Text,
                                    llvm::ArrayRef<std::string> CaseFiles,
                                    const AuditOptions &Options) const {
  Audit A(*I, Options);
  Timings T(I->Rules.rules().size());
  Clock::time_point Start = Clock::now();
  std::vector<ReadResult> Reads;
  Reads.push_back(
      readBuffer(Path, Text.str(), *I->Ref, I->InputLimits, &A.Mappings));
  for (const std::string &File : CaseFiles)
    Reads.push_back(readFile(File, *I->Ref, I->InputLimits, &A.Mappings));
  T.Reading += secondsSince(Start);
  std::unique_ptr<Worker> W = takeWorker();
  std::vector<GroupOutput> Outputs;
  Outputs.push_back(A.auditGroup(*W, std::move(Reads), T));
  returnWorker(std::move(W));
  AuditResult R = finish(*I, {}, std::move(Outputs), A.Mappings.takeErrors(),
                         Options.Score);
  if (Options.Profile)
    R.Profile = profileOf(*I, T, R);
  return R;
}

llvm::Expected<AuditResult> Engine::merge(std::vector<AuditResult> Parts) const {
  std::vector<GroupOutput> Groups;
  std::vector<Diagnostic> Errors;
  std::map<std::string, size_t> PartOfCase;
  bool Scored = false;
  for (size_t N = 0; N < Parts.size(); ++N) {
    AuditResult &P = Parts[N];
    if (P.TemplateId != I->Questions.id() || P.TemplateVersion != I->Questions.version())
      return llvm::createStringError(
          std::errc::invalid_argument,
          "rapport %zu är granskad mot granskningsmallen %s version %s, inte %s "
          "version %s; granska om alla delar med samma regler",
          N + 1, P.TemplateId.c_str(), P.TemplateVersion.c_str(),
          I->Questions.id().str().c_str(), I->Questions.version().str().c_str());
    GroupOutput G;
    for (CaseResult &C : P.Cases.take()) {
      auto [It, New] = PartOfCase.try_emplace(C.Id, N);
      if (!New)
        return llvm::createStringError(
            std::errc::invalid_argument,
            "ärendet %s finns i både rapport %zu och %zu; dela upp filerna "
            "efter ärende så att varje ärende granskas i en enda del",
            C.Id.c_str(), It->second + 1, N + 1);
      Scored |= !C.Questions.empty();
      G.Cases.push_back(std::move(C));
    }
    std::move(P.Errors.begin(), P.Errors.end(), std::back_inserter(Errors));
    Groups.push_back(std::move(G));
  }
  return finish(*I, {}, std::move(Groups), std::move(Errors), Scored);
}

std::vector<std::string> caseIdsOf(llvm::StringRef Path, llvm::StringRef Text) {
  return caseIdsInText(Path, Text);
}

std::string findConfigFile(llvm::StringRef Path) {
  llvm::SmallString<256> Dir(Path);
  fs::make_absolute(Dir);
  if (!fs::is_directory(Dir))
    path::remove_filename(Dir);
  for (;;) {
    llvm::SmallString<256> Candidate(Dir);
    path::append(Candidate, ".ibic-audit.yaml");
    if (fs::exists(Candidate))
      return Candidate.str().str();
    size_t Before = Dir.size();
    path::remove_filename(Dir);
    if (Dir.empty() || Dir.size() == Before)
      return "";
  }
}

std::string defaultRulesDir() {
  if (const char *FromEnvironment = std::getenv("IBIC_AUDIT_RULES"))
    return FromEnvironment;
  // Installed as P/bin/ibic-audit with the rules in P/share/ibic-audit/rules,
  // wherever P is: a copied or relocated installation keeps working.
  static int Anchor;
  llvm::SmallString<256> Installed(
      llvm::sys::fs::getMainExecutable(nullptr, static_cast<void *>(&Anchor)));
  llvm::sys::path::remove_filename(Installed);
  llvm::sys::path::append(Installed, "..", "share", "ibic-audit", "rules");
  if (llvm::sys::fs::is_directory(Installed)) {
    llvm::sys::path::remove_dots(Installed, /*remove_dot_dot=*/true);
    return Installed.str().str();
  }
  return IBIC_RULES_DIR;
}

std::string defaultCacheDir() {
  llvm::SmallString<256> Dir;
  if (!llvm::sys::path::cache_directory(Dir))
    return "";
  llvm::sys::path::append(Dir, "ibic-audit");
  return Dir.str().str();
}

} // namespace ibic
