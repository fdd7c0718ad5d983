//===- Engine.cpp - Files in, results out ---------------------------------===//
//
// A batch runs in two passes so memory stays flat however many cases there
// are: a first pass learns which case ids each file holds; files that share a
// case form a group; the second pass reads, checks and scores one group at a
// time per thread and keeps only the resolved results.
//
//===----------------------------------------------------------------------===//
#include "Loader.h"

#include "ibic/Baseline.h"

#include "Document/Reader.h"
#include "Text/Identifiers.h"
#include "Text/Readability.h"

#include "llvm/ADT/EquivalenceClasses.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"

#include <map>
#include <mutex>

namespace ibic {
namespace {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

bool isDocumentFile(llvm::StringRef Path) {
  llvm::StringRef Ext = path::extension(Path);
  return Ext.equals_insensitive(".xml") || Ext.equals_insensitive(".txt");
}

/// Every document file under \p Paths, each folder's files sorted by path.
std::vector<std::string> collectFiles(llvm::ArrayRef<std::string> Paths,
                                      std::vector<Diagnostic> &Errors) {
  std::vector<std::string> Files;
  for (const std::string &P : Paths) {
    if (fs::is_regular_file(P)) {
      Files.push_back(P);
      continue;
    }
    if (!fs::is_directory(P)) {
      Errors.push_back({P, 0, 0, "Filen eller mappen finns inte.", ""});
      continue;
    }
    std::vector<std::string> Found;
    std::error_code EC;
    for (fs::recursive_directory_iterator It(P, EC), End; It != End && !EC;
         It.increment(EC))
      if (isDocumentFile(It->path()) && fs::is_regular_file(It->path()))
        Found.push_back(It->path());
    if (EC)
      Errors.push_back({P, 0, 0, "Mappen kunde inte läsas: " + EC.message(), ""});
    std::sort(Found.begin(), Found.end());
    Files.insert(Files.end(), Found.begin(), Found.end());
  }
  return Files;
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

} // namespace

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

const std::vector<RuleInfo> &Engine::rules() const { return I->Infos; }
Severity Engine::failOn() const { return I->FailOn; }

namespace {

/// Checks and scores the cases read from one group of files.
GroupOutput auditGroup(const Engine::Impl &I, std::vector<ReadResult> Reads,
                       bool Score) {
  GroupOutput Out;
  std::vector<Case> Cases;
  llvm::StringMap<size_t> ById;
  for (ReadResult &R : Reads) {
    for (Diagnostic &D : R.Errors) {
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
  for (const Case &C : Cases) {
    std::vector<RawFinding> Raw = I.Rules.check(C);
    CaseResult R;
    R.Id = C.Id;
    R.Avdelning = C.Avdelning;
    R.Enhet = C.Enhet;
    R.Lagrum = C.Lagrum;
    R.Files = C.Files;
    for (const Document &D : C.Documents) {
      Readability Text;
      D.forEachParagraph([&](const TextSpan &P, const void *) { Text.add(P.Text); });
      R.Documents.push_back({D.Id, D.Type, D.File->path().str(), Text.lix(),
                             Text.Words, Text.Sentences});
    }
    for (const RawFinding &F : Raw) {
      if (F.Observation)
        continue;
      const SourceFile &File = *F.Doc->File;
      LineColumn Begin = File.locate(F.Begin), End = File.locate(F.End);
      Finding Out;
      Out.Rule = F.Rule->Id;
      Out.Code = F.Rule->Code;
      Out.Level = F.Rule->Level;
      Out.Question = I.Questions.questionFor(*F.Rule, F.Doc->Type);
      Out.Message = F.Message;
      Out.Suggestion = F.Suggestion;
      Out.Document = F.Doc->Id;
      Out.File = File.path().str();
      Out.Line = Begin.Line;
      Out.Column = Begin.Column;
      Out.EndLine = End.Line;
      Out.EndColumn = End.Column;
      // Reports and logs must never repeat a personnummer.
      Out.SourceLine = maskIdentifiers(File.lineAt(F.Begin));
      Out.Fingerprint =
          fingerprintFinding(Out.Rule, C.Id, Out.Document,
                             File.contents().slice(F.Begin, F.End));
      R.Findings.push_back(std::move(Out));
    }
    if (Score)
      R.Questions = I.Questions.score(C, Raw, [](const RawFinding &F) {
        LineColumn At = F.Doc->File->locate(F.Begin);
        return F.Doc->File->path().str() + ":" + std::to_string(At.Line);
      });
    std::sort(R.Findings.begin(), R.Findings.end(), findingOrder);
    Out.Cases.push_back(std::move(R));
  }
  return Out;
}

AuditResult finish(const Engine::Impl &I, std::vector<GroupOutput> Groups,
                   std::vector<Diagnostic> Errors, bool Score) {
  AuditResult R;
  R.TemplateId = I.Questions.id().str();
  R.TemplateVersion = I.Questions.version().str();
  for (const Question &Q : I.Questions.questions())
    R.TemplateQuestions.push_back({Q.Id, Q.Title});
  for (GroupOutput &G : Groups) {
    std::move(G.Cases.begin(), G.Cases.end(), std::back_inserter(R.Cases));
    std::move(G.Errors.begin(), G.Errors.end(), std::back_inserter(Errors));
  }
  std::sort(R.Cases.begin(), R.Cases.end(),
            [](const CaseResult &A, const CaseResult &B) { return A.Id < B.Id; });
  std::stable_sort(Errors.begin(), Errors.end(),
                   [](const Diagnostic &A, const Diagnostic &B) {
                     return std::tie(A.File, A.Line, A.Column) <
                            std::tie(B.File, B.Line, B.Column);
                   });
  R.Errors = std::move(Errors);
  if (Score)
    R.Groups = I.Questions.aggregate(R.Cases);
  return R;
}

} // namespace

AuditResult Engine::audit(llvm::ArrayRef<std::string> Paths,
                          const AuditOptions &Options) const {
  std::vector<Diagnostic> Errors;
  std::vector<std::string> Files = collectFiles(Paths, Errors);
  std::mutex ProgressLock;
  AuditProgress Progress;
  Progress.Files = Files.size();
  if (Options.Progress)
    Options.Progress(Progress);

  // Pass 1: which case ids does each file hold?
  std::vector<std::vector<std::string>> IdsOf(Files.size());
  llvm::ThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
  for (size_t N = 0; N < Files.size(); ++N)
    Pool.async([&, N] {
      for (const Case &C : readFile(Files[N], *I->Ref).Cases)
        IdsOf[N].push_back(C.Id);
    });
  Pool.wait();

  // Files that share a case id are read together.
  llvm::EquivalenceClasses<size_t> Together;
  std::map<std::string, size_t> FirstFileOf;
  for (size_t N = 0; N < Files.size(); ++N) {
    Together.insert(N);
    for (const std::string &Id : IdsOf[N]) {
      auto [It, New] = FirstFileOf.try_emplace(Id, N);
      if (!New)
        Together.unionSets(It->second, N);
    }
  }
  std::vector<std::vector<size_t>> Groups;
  std::map<size_t, size_t> GroupOfLeader;
  for (size_t N = 0; N < Files.size(); ++N) {
    size_t Leader = Together.getLeaderValue(N);
    auto [It, New] = GroupOfLeader.try_emplace(Leader, Groups.size());
    if (New)
      Groups.emplace_back();
    Groups[It->second].push_back(N);
  }

  // Pass 2: read, check and score each group; keep only its results.
  std::vector<GroupOutput> Outputs(Groups.size());
  for (size_t G = 0; G < Groups.size(); ++G)
    Pool.async([&, G] {
      std::vector<ReadResult> Reads;
      for (size_t N : Groups[G])
        Reads.push_back(readFile(Files[N], *I->Ref));
      Outputs[G] = auditGroup(*I, std::move(Reads), Options.Score);
      if (Options.Progress) {
        std::lock_guard<std::mutex> Lock(ProgressLock);
        Progress.FilesDone += Groups[G].size();
        Progress.CasesDone += Outputs[G].Cases.size();
        Options.Progress(Progress);
      }
    });
  Pool.wait();
  return finish(*I, std::move(Outputs), std::move(Errors), Options.Score);
}

AuditResult Engine::auditText(llvm::StringRef Name, llvm::StringRef Text,
                              const AuditOptions &Options) const {
  std::vector<ReadResult> Reads;
  Reads.push_back(readBuffer(Name, Text.str(), *I->Ref));
  std::vector<GroupOutput> Outputs;
  Outputs.push_back(auditGroup(*I, std::move(Reads), Options.Score));
  return finish(*I, std::move(Outputs), {}, Options.Score);
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
  return IBIC_RULES_DIR;
}

} // namespace ibic
