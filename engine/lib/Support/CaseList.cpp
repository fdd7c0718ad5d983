//===- CaseList.cpp - Cases in memory or spooled to a temporary file ------===//
//
// A spooled case is written in a private binary form: each string as its
// length and bytes, each number as 8 bytes, each list as its length and
// elements, in the order of the fields in ibic/Result.h. The file is ours
// for the life of the process only, so the form needs no version.
//
// The file is unlinked as soon as it is made and readable by its owner
// only: the findings quote the documentation, and nothing of it may be
// left behind by a run that is killed.
//
//===----------------------------------------------------------------------===//
#include "ibic/Result.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"

#include <cstring>
#include <unistd.h>

namespace ibic {

namespace {

/// The level of the gravest finding of \p C; empty without findings.
std::optional<Severity> gravestLevel(const CaseResult &C) {
  std::optional<Severity> Gravest;
  for (const Finding &F : C.Findings)
    Gravest = std::max(Gravest.value_or(F.Level), F.Level);
  return Gravest;
}

class Encoder {
public:
  std::string Bytes;
  void number(uint64_t N) { Bytes.append(reinterpret_cast<const char *>(&N), sizeof N); }
  void text(const std::string &S) {
    number(S.size());
    Bytes += S;
  }
  void real(double D) {
    uint64_t N;
    std::memcpy(&N, &D, sizeof N);
    number(N);
  }
  template <typename T, typename F> void list(const std::vector<T> &L, F Each) {
    number(L.size());
    for (const T &X : L)
      Each(X);
  }
};

class Decoder {
public:
  explicit Decoder(llvm::StringRef Bytes) : Rest(Bytes) {}
  uint64_t number() {
    uint64_t N = 0;
    if (Rest.size() < sizeof N)
      llvm::report_fatal_error("ibic-audit: ett sparat ärende är avkortat", false);
    std::memcpy(&N, Rest.data(), sizeof N);
    Rest = Rest.drop_front(sizeof N);
    return N;
  }
  std::string text() {
    uint64_t Size = number();
    if (Rest.size() < Size)
      llvm::report_fatal_error("ibic-audit: ett sparat ärende är avkortat", false);
    std::string S = Rest.take_front(Size).str();
    Rest = Rest.drop_front(Size);
    return S;
  }
  double real() {
    uint64_t N = number();
    double D;
    std::memcpy(&D, &N, sizeof D);
    return D;
  }
  template <typename T, typename F> void list(std::vector<T> &L, F Each) {
    L.resize(number());
    for (T &X : L)
      Each(X);
  }

private:
  llvm::StringRef Rest;
};

std::string encode(const CaseResult &C) {
  Encoder E;
  for (const std::string *S : {&C.Id, &C.Avdelning, &C.Enhet, &C.Lagrum})
    E.text(*S);
  E.list(C.Files, [&](const std::string &S) { E.text(S); });
  E.list(C.Documents, [&](const DocumentMetrics &D) {
    E.text(D.Id);
    E.text(D.Type);
    E.text(D.File);
    E.real(D.Lix);
    E.number(D.Words);
    E.number(D.Sentences);
  });
  E.list(C.Questions, [&](const QuestionScore &Q) {
    E.text(Q.Id);
    E.number(Q.Score.has_value());
    E.number(Q.Score.value_or(0));
    E.number(Q.Max);
    E.text(Q.Reason);
    E.list(Q.Evidence, [&](const std::string &S) { E.text(S); });
  });
  E.list(C.Findings, [&](const Finding &F) {
    for (const std::string *S : {&F.Rule, &F.Code})
      E.text(*S);
    E.number(unsigned(F.Level));
    for (const std::string *S : {&F.Question, &F.Message, &F.Suggestion,
                                 &F.Document, &F.File})
      E.text(*S);
    for (unsigned N : {F.Line, F.Column, F.EndLine, F.EndColumn})
      E.number(N);
    E.text(F.SourceLine);
    E.text(F.Fingerprint);
  });
  return std::move(E.Bytes);
}

CaseResult decode(llvm::StringRef Bytes) {
  Decoder D(Bytes);
  CaseResult C;
  for (std::string *S : {&C.Id, &C.Avdelning, &C.Enhet, &C.Lagrum})
    *S = D.text();
  D.list(C.Files, [&](std::string &S) { S = D.text(); });
  D.list(C.Documents, [&](DocumentMetrics &M) {
    M.Id = D.text();
    M.Type = D.text();
    M.File = D.text();
    M.Lix = D.real();
    M.Words = D.number();
    M.Sentences = D.number();
  });
  D.list(C.Questions, [&](QuestionScore &Q) {
    Q.Id = D.text();
    bool Scored = D.number();
    int Score = int(D.number());
    if (Scored)
      Q.Score = Score;
    Q.Max = int(D.number());
    Q.Reason = D.text();
    D.list(Q.Evidence, [&](std::string &S) { S = D.text(); });
  });
  D.list(C.Findings, [&](Finding &F) {
    for (std::string *S : {&F.Rule, &F.Code})
      *S = D.text();
    F.Level = Severity(D.number());
    for (std::string *S : {&F.Question, &F.Message, &F.Suggestion,
                           &F.Document, &F.File})
      *S = D.text();
    for (unsigned *N : {&F.Line, &F.Column, &F.EndLine, &F.EndColumn})
      *N = unsigned(D.number());
    F.SourceLine = D.text();
    F.Fingerprint = D.text();
  });
  return C;
}

} // namespace

/// An unlinked temporary file that cases are appended to.
class CaseList::SpoolFile {
public:
  /// Null when no temporary file can be made.
  static std::shared_ptr<SpoolFile> make() {
    int FD;
    llvm::SmallString<128> Path;
    if (llvm::sys::fs::createTemporaryFile("ibic-audit-cases", "tmp", FD, Path))
      return nullptr;
    llvm::sys::fs::remove(Path);
    return std::shared_ptr<SpoolFile>(new SpoolFile(FD));
  }
  ~SpoolFile() { llvm::sys::Process::SafelyCloseFileDescriptor(FD); }

  /// Where \p Bytes were written; none when the disk is full or failing.
  std::optional<uint64_t> append(llvm::StringRef Bytes) {
    uint64_t At = End;
    while (!Bytes.empty()) {
      ssize_t Written = ::pwrite(FD, Bytes.data(), Bytes.size(), off_t(End));
      if (Written < 0 && errno == EINTR)
        continue;
      if (Written <= 0)
        return std::nullopt;
      End += uint64_t(Written);
      Bytes = Bytes.drop_front(size_t(Written));
    }
    return At;
  }

  std::string read(const SpoolEntry &E) const {
    std::string Bytes(E.Size, '\0');
    size_t Done = 0;
    while (Done < Bytes.size()) {
      ssize_t Got = ::pread(FD, &Bytes[Done], Bytes.size() - Done,
                            off_t(E.Offset + Done));
      if (Got < 0 && errno == EINTR)
        continue;
      if (Got <= 0)
        llvm::report_fatal_error(
            "ibic-audit: ett granskat ärende kunde inte läsas tillbaka från "
            "den tillfälliga filen",
            false);
      Done += size_t(Got);
    }
    return Bytes;
  }

private:
  explicit SpoolFile(int FD) : FD(FD) {}
  int FD;
  uint64_t End = 0;
};

bool CaseList::spoolToDisk() {
  Memory.clear();
  Index.clear();
  File = SpoolFile::make();
  return File != nullptr;
}

size_t CaseList::size() const { return spooled() ? Index.size() : Memory.size(); }

void CaseList::push_back(CaseResult C) {
  if (spooled()) {
    std::string Id = C.Id;
    std::string Bytes = encode(C);
    if (std::optional<uint64_t> At = File->append(Bytes)) {
      Index.push_back({*At, Bytes.size(), std::move(Id), gravestLevel(C)});
      return;
    }
    // The temporary disk is full: what is spooled comes back to memory,
    // where a smaller batch would have been anyway.
    Memory = take();
  }
  Memory.push_back(std::move(C));
}

CaseResult CaseList::load(size_t I) const {
  return spooled() ? decode(File->read(Index[I])) : Memory[I];
}

bool CaseList::anyFindingAtLeast(Severity Level) const {
  auto AtLeast = [&](std::optional<Severity> Gravest) { return Gravest && *Gravest >= Level; };
  if (spooled())
    return llvm::any_of(Index, [&](const SpoolEntry &E) { return AtLeast(E.Gravest); });
  return llvm::any_of(Memory, [&](const CaseResult &C) { return AtLeast(gravestLevel(C)); });
}

const CaseResult &CaseList::const_iterator::operator*() const {
  if (!List->spooled())
    return List->Memory[Index];
  if (!Loaded)
    Loaded = std::make_shared<const CaseResult>(List->load(Index));
  return *Loaded;
}

void CaseList::update(const std::function<void(CaseResult &)> &Change) {
  if (!spooled()) {
    llvm::for_each(Memory, Change);
    return;
  }
  CaseList Changed;
  if (!Changed.spoolToDisk()) {
    Memory = take();
    llvm::for_each(Memory, Change);
    return;
  }
  for (size_t I = 0; I < size(); ++I) {
    CaseResult C = load(I);
    Change(C);
    Changed.push_back(std::move(C));
  }
  *this = std::move(Changed);
}

void CaseList::sortById() {
  if (spooled())
    llvm::stable_sort(Index, [](const SpoolEntry &A, const SpoolEntry &B) {
      return A.Id < B.Id;
    });
  else
    llvm::stable_sort(Memory, [](const CaseResult &A, const CaseResult &B) {
      return A.Id < B.Id;
    });
}

std::vector<CaseResult> CaseList::take() {
  std::vector<CaseResult> All;
  if (spooled()) {
    for (size_t I = 0; I < Index.size(); ++I)
      All.push_back(load(I));
    File.reset();
    Index.clear();
  } else {
    All = std::move(Memory);
    Memory.clear();
  }
  return All;
}

} // namespace ibic
