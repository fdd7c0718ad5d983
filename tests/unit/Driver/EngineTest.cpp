// Tests for Engine::filesOfCase and Engine::auditTextInCase, what an editor
// calls on unsaved text: the document is judged with the other files of its
// case in its folder, so it gets exactly the findings `audit` of the folder
// gives it; its unsaved text is what is checked, never its file on disk;
// files of other cases and sub-folders are not read.
#include "TestSupport.h"
#include "ibic/Report.h"

#include <catch2/catch.hpp>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace ibic;
using ibic::test::engine;
using ibic::test::sourcePath;

namespace {

AuditOptions checkOnly() {
  AuditOptions Options;
  Options.Score = false;
  return Options;
}

/// The findings in \p File as "rule line:column-line:column message".
std::vector<std::string> findingsIn(const AuditResult &R,
                                    llvm::StringRef File) {
  std::vector<std::string> Out;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings)
      if (F.File == File)
        Out.push_back(F.Rule + " " + std::to_string(F.Line) + ":" +
                      std::to_string(F.Column) + "-" +
                      std::to_string(F.EndLine) + ":" +
                      std::to_string(F.EndColumn) + " " + F.Message);
  return Out;
}

std::string contents(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  REQUIRE(Buffer);
  return (*Buffer)->getBuffer().str();
}

void write(llvm::StringRef Path, llvm::StringRef Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  REQUIRE(!EC);
  OS << Text;
}

} // namespace

TEST_CASE(
    "a document checked in its case gets what the folder's audit gives it") {
  std::string Folder = sourcePath("corpora/sample/text");
  AuditResult All = engine().audit({Folder}, checkOnly());
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Folder, EC), End; It != End && !EC;
       It.increment(EC))
    Files.push_back(It->path());
  std::sort(Files.begin(), Files.end());
  REQUIRE(Files.size() > 10);
  size_t NeedCase = 0, Skipped = 0;
  for (const std::string &File : Files) {
    INFO(File);
    std::string Text = contents(File);
    std::vector<std::string> CaseFiles =
        engine().filesOfCase(Folder, File, caseIdsOf(File, Text));
    AuditResult InCase = engine().auditTextInCase(File, Text, CaseFiles, checkOnly());
    CHECK(findingsIn(InCase, File) == findingsIn(All, File));
    // An editor asks only for the findings in its document: the other
    // documents are read for what the case as a whole shows, not checked.
    AuditOptions Focused = checkOnly();
    Focused.FindingsOnlyIn = File;
    AuditResult OnlyThis = engine().auditTextInCase(File, Text, CaseFiles, Focused);
    CHECK(findingsIn(OnlyThis, File) == findingsIn(All, File));
    for (const std::string &Other : CaseFiles)
      Skipped += findingsIn(InCase, Other).size() - findingsIn(OnlyThis, Other).size();
    AuditResult Alone = engine().auditText(File, Text, checkOnly());
    NeedCase += findingsIn(Alone, File) != findingsIn(All, File);
  }
  // Otherwise the comparisons above would not show the case was used, or
  // that the other documents were not checked.
  CHECK(NeedCase > 0);
  CHECK(Skipped > 0);
}

TEST_CASE("the unsaved text is checked, not the file on disk, and other cases "
          "are left out") {
  llvm::SmallString<128> Folder;
  REQUIRE(!llvm::sys::fs::createUniqueDirectory("ibic-case", Folder));
  std::string Note = (Folder + "/2099-0001-journal.txt").str();
  std::string Plan = (Folder + "/2099-0001-plan.txt").str();
  std::string Other = (Folder + "/2099-0002-journal.txt").str();
  const char *Header = "Ärende: 2099-0001\nDokument: Journalanteckningar\n\n"
                       "2025-03-01 07:45 Personlig vård (undersköterska)\n";
  write(Note, std::string(Header) + "Kalle var lat i dag.\n");
  write(Plan, "Ärende: 2099-0001\nDokument: Genomförandeplan\n\nMål\n"
              "Kalle duschar själv.\n");
  write(Other, "Ärende: 2099-0002\nDokument: Journalanteckningar\n\n"
               "2025-03-01 07:45 Personlig vård (undersköterska)\n"
               "Kalle var lat i dag.\n");
  llvm::SmallString<128> Sub(Folder);
  llvm::sys::path::append(Sub, "del");
  REQUIRE(!llvm::sys::fs::create_directory(Sub));
  write((Sub + "/2099-0001-utredning.txt").str(),
        "Ärende: 2099-0001\nDokument: Utredning\n\nKalle var lat i dag.\n");

  std::string Unsaved = std::string(Header) + "Kalle duschade själv i dag.\n";
  CHECK(caseIdsOf(Note, Unsaved) == std::vector<std::string>{"2099-0001"});
  std::vector<std::string> CaseFiles =
      engine().filesOfCase(Folder, Note, caseIdsOf(Note, Unsaved));
  CHECK(CaseFiles == std::vector<std::string>{Plan});
  AuditResult R =
      engine().auditTextInCase(Note, Unsaved, CaseFiles, checkOnly());
  std::vector<std::string> Read;
  for (const CaseResult &C : R.Cases)
    Read.insert(Read.end(), C.Files.begin(), C.Files.end());
  CHECK(Read == std::vector<std::string>{Note, Plan});
  for (const std::string &F : findingsIn(R, Note))
    CHECK(F.find("vardeladdat") == std::string::npos);

  AuditResult Saved =
      engine().auditTextInCase(Note, contents(Note), CaseFiles, checkOnly());
  std::vector<std::string> Found = findingsIn(Saved, Note);
  CHECK(llvm::any_of(Found, [](const std::string &F) {
    return llvm::StringRef(F).startswith("sprak/vardeladdat-ord ");
  }));
  // The file itself is not read a second time beside its text.
  CHECK(std::set<std::string>(Found.begin(), Found.end()).size() ==
        Found.size());
  llvm::sys::fs::remove_directories(Folder);
}

TEST_CASE("an audit memory kept across audits changes no finding") {
  // An editor keeps one memory for all its checks; each must give what a
  // check that learnt nothing before gives, whatever was checked earlier.
  std::error_code EC;
  std::vector<std::string> Files;
  for (llvm::sys::fs::directory_iterator It(sourcePath("corpora/sample/text"), EC), End;
       It != End && !EC; It.increment(EC))
    Files.push_back(It->path());
  std::sort(Files.begin(), Files.end());
  REQUIRE(Files.size() > 3);
  auto Json = [](const AuditResult &R) {
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    writeJsonReport(R, OS);
    return OS.str();
  };
  AuditOptions Alone = checkOnly();
  AuditOptions Remembering = checkOnly();
  Remembering.Memory = engine().newMemory();
  for (int Round = 0; Round < 2; ++Round)
    for (const std::string &File : Files) {
      INFO(File << ", round " << Round);
      std::string Text = contents(File);
      CHECK(Json(engine().auditText(File, Text, Remembering)) ==
            Json(engine().auditText(File, Text, Alone)));
    }
  // Another engine's memory is not used, and does no harm.
  LoadResult Other = ibic::test::loadEngine(sourcePath("rules"));
  AuditOptions Foreign = checkOnly();
  Foreign.Memory = Other.Loaded->newMemory();
  std::string Text = contents(Files.front());
  CHECK(Json(engine().auditText(Files.front(), Text, Foreign)) ==
        Json(engine().auditText(Files.front(), Text, Alone)));
}
