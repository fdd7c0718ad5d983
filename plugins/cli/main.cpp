//===- main.cpp - The ibic-audit command ----------------------------------===//
//
// A thin front end: parses options, calls the engine, picks a writer and an
// exit code. No rule logic lives here.
//
//===----------------------------------------------------------------------===//
#include "ibic/Agreement.h"
#include "ibic/Baseline.h"
#include "ibic/Engine.h"
#include "ibic/Report.h"
#include "ibic/Store.h"
#include "ibic-lsp/LanguageServer.h"

#include "MallocTuning.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <chrono>
#include <unistd.h>

using namespace llvm;

namespace {

/// Exit codes of spec/report-json.md.
enum ExitCode { Clean = 0, Findings = 1, InputErrors = 2, UsageError = 3 };

cl::OptionCategory Category("ibic-audit");

cl::SubCommand AuditCommand(
    "audit", "Granska ärenden: poäng per fråga i granskningsmallen, fynd och "
             "områdespoäng per avdelning");
cl::SubCommand CheckCommand(
    "check", "Visa bara fynden, i kompilatorstil (file:rad:kolumn)");
cl::SubCommand RulesCommand(
    "rules", "Lista reglerna, eller 'rules explain ID' för en regels "
             "motivering och exempel");

cl::SubCommand LspCommand(
    "lsp", "Språkserver (LSP 3.17 på standard in och ut) som visar fynden i "
           "en editor medan dokumentet skrivs");

cl::SubCommand MergeCommand(
    "merge", "Slå ihop JSON-rapporter från delkörningar (shards) till en "
             "rapport med områdespoäng över alla ärenden");

cl::list<std::string> MergeInputs(cl::Positional, cl::desc("<rapport.json>..."),
                                  cl::OneOrMore, cl::sub(MergeCommand),
                                  cl::cat(Category));

cl::opt<bool> Profile(
    "profile",
    cl::desc("Skriv på stderr hur lång tid varje regel och steg tog"),
    cl::sub(AuditCommand), cl::sub(CheckCommand), cl::cat(Category));

cl::opt<bool> Redact(
    "redact",
    cl::desc("För rapporter som lämnar enheten: ersätt namn på den enskilde, "
             "anhöriga och personal med deras roll (\"den enskilde\", "
             "\"dottern\", \"personalen\")"),
    cl::sub(AuditCommand), cl::sub(CheckCommand), cl::cat(Category));

cl::opt<std::string> StdinName(
    "stdin-name",
    cl::desc("Med indata '-' (standard in): filen som texten kommer från, så "
             "att fynden anger den och ärendets övriga filer i samma mapp "
             "läses med (som en editor skickar en osparad fil)"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(CheckCommand),
    cl::cat(Category));
// The spelling other linters use (ESLint, Prettier, Vale).
cl::alias StdinFilename("stdin-filename", cl::desc("Samma som --stdin-name"),
                        cl::aliasopt(StdinName), cl::cat(Category));

cl::SubCommand AgreeCommand(
    "agree", "Jämför granskningen med en granskares etiketter (LABELS.tsv): "
             "exakt överensstämmelse, viktad kappa och missar (för högt, för "
             "lågt, null) per fråga, och en förväxlingsmatris");

cl::SubCommand SentencesCommand(
    "sentences", "Mät språkkontrollernas precision och täckning mot en "
                 "märkt meningssamling (corpora/sprak/meningar.tsv)");

cl::opt<std::string> SentenceLabels(cl::Positional, cl::desc("<meningar.tsv>"),
                                    cl::Required, cl::sub(SentencesCommand),
                                    cl::cat(Category));

cl::SubCommand HistoryCommand(
    "history", "Lista granskningsomgångarna i en databas (--store FIL)");

cl::SubCommand CompareCommand(
    "compare", "Jämför områdespoäng och färg per avdelning, enhet och fråga "
               "mellan två omgångar i en databas");

cl::opt<std::string> StoreFile(
    "store",
    cl::desc("SQLite-databas med granskningsomgångar (audit: spara omgången "
             "där, skapas vid behov)"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(HistoryCommand),
    cl::sub(CompareCommand), cl::cat(Category));

cl::opt<unsigned> StoreTimeout(
    "store-timeout",
    cl::desc("Hur många sekunder --store väntar medan ett annat program "
             "skriver i databasen, innan omgången ges upp (standard 120)"),
    cl::init(unsigned(ibic::Store::DefaultWait.count())), cl::value_desc("SEKUNDER"),
    cl::sub(AuditCommand), cl::sub(HistoryCommand), cl::sub(CompareCommand),
    cl::cat(Category));

cl::opt<std::string> RoundName(
    "round",
    cl::desc("Omgångens namn i --store, t.ex. \"Våren 2025\"; en omgång med "
             "samma namn ersätts"),
    cl::value_desc("NAMN"), cl::sub(AuditCommand), cl::cat(Category));

cl::list<std::string> CompareRounds(cl::Positional,
                                    cl::desc("<omgång före> <omgång efter>"),
                                    cl::sub(CompareCommand), cl::cat(Category));

cl::opt<ibic::ComparisonFormat> CompareFormat(
    "format", cl::desc("Utdataformat"), cl::init(ibic::ComparisonFormat::Text),
    cl::values(clEnumValN(ibic::ComparisonFormat::Text, "text",
                          "läsbar tabell (standard)"),
               clEnumValN(ibic::ComparisonFormat::Csv, "csv",
                          "för Excel: UTF-8 med BOM, semikolon, decimalkomma"),
               clEnumValN(ibic::ComparisonFormat::Html, "html",
                          "en fristående HTML-sida")),
    cl::sub(CompareCommand), cl::cat(Category));

cl::opt<std::string> BaselineFile(
    "baseline",
    cl::desc("Visa bara fynd som inte finns i FIL (en JSON-rapport eller en "
             "fil från --write-baseline); poängen ändras inte"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(CheckCommand),
    cl::cat(Category));

cl::opt<std::string> WriteBaselineFile(
    "write-baseline",
    cl::desc("Skriv alla fynd i den här körningen som baslinje till FIL "
             "(atomiskt; bara fingeravtryck, inga meddelanden eller rader)"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(CheckCommand),
    cl::cat(Category));

cl::list<std::string> Inputs(cl::Positional, cl::desc("<fil eller mapp>..."),
                             cl::OneOrMore, cl::sub(AuditCommand),
                             cl::sub(CheckCommand), cl::sub(AgreeCommand),
                             cl::cat(Category));

cl::opt<std::string> LabelsFile(
    "labels",
    cl::desc("Etikettfil: case, question, label (0/1/2/null), tabbseparerad"),
    cl::value_desc("FIL"), cl::Required, cl::sub(AgreeCommand), cl::cat(Category));

enum class Format { Text, Json, Sarif, Junit, Csv, Html };
cl::opt<Format> OutputFormat(
    "format", cl::desc("Utdataformat"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "läsbar rapport (standard)"),
               clEnumValN(Format::Json, "json",
                          "JSON enligt ibic-audit/report/1"),
               clEnumValN(Format::Sarif, "sarif",
                          "SARIF 2.1.0 för kodgranskningsverktyg och editorer"),
               clEnumValN(Format::Junit, "junit",
                          "JUnit XML för CI-servrar: ett test per ärende och fråga"),
               clEnumValN(Format::Csv, "csv",
                          "för Excel: UTF-8 med BOM, semikolon, decimalkomma"),
               clEnumValN(Format::Html, "html",
                          "en fristående HTML-sida att läsa och skriva ut (A4)")),
    cl::sub(AuditCommand), cl::sub(CheckCommand), cl::sub(MergeCommand), cl::cat(Category));

cl::opt<std::string> OutputFile(
    "o", cl::desc("Skriv rapporten till FIL (atomiskt) i stället för stdout"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(CheckCommand), cl::sub(MergeCommand),
    cl::cat(Category));

cl::opt<std::string> ConfigFile(
    "config",
    cl::desc("Konfigurationsfil (standard: närmaste .ibic-audit.yaml från "
             "första sökvägen och uppåt)"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(CheckCommand), cl::sub(MergeCommand),
    cl::sub(RulesCommand), cl::sub(AgreeCommand), cl::sub(SentencesCommand),
    cl::sub(LspCommand), cl::cat(Category));

cl::list<std::string> MappingFiles(
    "mapping",
    cl::desc("Mappningsfil för XML från ett verksamhetssystem (med ett annat "
             "rotelement än <ibic-export>); kan anges flera gånger (standard: "
             "filerna *.ibic-mapping.yaml i XML-filens mapp eller närmaste "
             "mapp ovanför som har en för filens rotelement)"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(CheckCommand),
    cl::sub(AgreeCommand), cl::cat(Category));

cl::opt<std::string> RulesDir(
    "rules", cl::desc("Mapp med regelpaket, granskningsmall och referensdata"),
    cl::value_desc("MAPP"), cl::sub(AuditCommand), cl::sub(CheckCommand), cl::sub(MergeCommand),
    cl::sub(RulesCommand), cl::sub(AgreeCommand), cl::sub(SentencesCommand),
    cl::sub(LspCommand), cl::cat(Category));

cl::opt<bool> NoCache(
    "no-cache",
    cl::desc("Spara inte ordlistans svar mellan körningar (standard: de sparas i "
             "$XDG_CACHE_HOME/ibic-audit eller ~/.cache/ibic-audit, så att en "
             "granskning av några få filer inte behöver vänta på att ordlistan läses in)"),
    cl::sub(AuditCommand), cl::sub(CheckCommand), cl::sub(AgreeCommand),
    cl::sub(SentencesCommand), cl::sub(LspCommand), cl::cat(Category));

cl::opt<std::string> FailOn(
    "fail-on",
    cl::desc("Avsluta med kod 1 om något fynd är minst så allvarligt: info, "
             "warning eller error (standard: error, eller konfigurationens "
             "fail-on); med --baseline räknas bara nya fynd"),
    cl::value_desc("NIVÅ"), cl::sub(AuditCommand), cl::sub(CheckCommand), cl::sub(MergeCommand),
    cl::cat(Category));

cl::opt<unsigned> Jobs("jobs", cl::desc("Antal trådar (standard: alla kärnor)"),
                       cl::init(0), cl::sub(AuditCommand), cl::sub(CheckCommand),
                       cl::cat(Category));

enum class When { Auto, Always, Never };
cl::opt<When> ColourOutput(
    "colour", cl::desc("Färger i textrapporten"), cl::init(When::Auto),
    cl::values(clEnumValN(When::Auto, "auto", "bara i en terminal (standard)"),
               clEnumValN(When::Always, "always", "alltid"),
               clEnumValN(When::Never, "never", "aldrig")),
    cl::sub(AuditCommand), cl::sub(CheckCommand), cl::sub(MergeCommand), cl::cat(Category));

cl::opt<bool> RulesMarkdown(
    "markdown", cl::desc("Listan som Markdown-tabell (regelindexet i rules/README.md)"),
    cl::sub(RulesCommand), cl::cat(Category));

cl::list<std::string> RulesArguments(cl::Positional,
                                     cl::desc("[list | explain ID]"),
                                     cl::sub(RulesCommand), cl::cat(Category));

/// Files done, cases per second and time left on one line of a terminal's
/// stderr, redrawn at most ten times a second and cleared at the end. The
/// engine calls update() one call at a time, from its worker threads.
class ProgressLine {
public:
  void update(const ibic::AuditProgress &P) {
    Clock::time_point Now = Clock::now();
    if (!Started) {
      Start = Now;
      Started = true;
    } else if (P.FilesDone != P.Files &&
               Now - LastDraw < std::chrono::milliseconds(100)) {
      return;
    }
    LastDraw = Now;
    double Seconds = std::chrono::duration<double>(Now - Start).count();
    std::string Line = std::to_string(P.FilesDone) + "/" +
                       std::to_string(P.Files) + " filer";
    if (P.FilesDone > 0 && Seconds > 0.2) {
      std::string Rate;
      raw_string_ostream(Rate) << format("%.1f", P.CasesDone / Seconds);
      std::replace(Rate.begin(), Rate.end(), '.', ',');
      Line += " · " + Rate + " ärenden/s";
      if (P.FilesDone < P.Files)
        Line += " · " +
                timeLeft(Seconds * (P.Files - P.FilesDone) / P.FilesDone) +
                " kvar";
    }
    errs() << '\r' << Line << "\x1b[K";
    errs().flush();
    Drawn = true;
  }
  void clear() {
    if (Drawn)
      errs() << "\r\x1b[K";
    errs().flush();
  }

private:
  using Clock = std::chrono::steady_clock;
  static std::string timeLeft(double Seconds) {
    unsigned S = unsigned(Seconds + 0.5);
    if (S == 0)
      return "under 1 s";
    if (S < 60)
      return "ca " + std::to_string(S) + " s";
    if (S < 3600)
      return "ca " + std::to_string(S / 60) + " min " + std::to_string(S % 60) +
             " s";
    return "ca " + std::to_string(S / 3600) + " h " +
           std::to_string(S % 3600 / 60) + " min";
  }
  Clock::time_point Start, LastDraw;
  bool Started = false, Drawn = false;
};

bool colourFor(raw_ostream &OS, bool ToFile) {
  if (ToFile || ColourOutput == When::Never)
    return false;
  return ColourOutput == When::Always || OS.has_colors();
}

/// \p Text with control characters shown as visible symbols (ESC as ␛, a
/// line break as ␊, C1 and bidirectional controls as �), one code point for
/// one, so carets stay in place: text from input never moves the cursor,
/// clears the screen or forges a finding line.
std::string terminalSafe(StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned char C = Text[I];
    StringRef Rest = Text.drop_front(I);
    auto Next = [&](size_t K) {
      return K < Rest.size() ? static_cast<unsigned char>(Rest[K]) : 0;
    };
    if ((C < 0x20 && C != '\t') || C == 0x7F) {
      // U+2400 + C, and U+2421 for DEL: the Control Pictures block.
      Out += "\xE2\x90";
      Out += char(C == 0x7F ? 0xA1 : 0x80 + C);
    } else if (C == 0xC2 && Next(1) >= 0x80 && Next(1) <= 0x9F) {
      Out += "\xEF\xBF\xBD";
      ++I;
    } else if (C == 0xE2 &&
               ((Next(1) == 0x80 && Next(2) >= 0xAA && Next(2) <= 0xAE) ||
                (Next(1) == 0x81 && Next(2) >= 0xA6 && Next(2) <= 0xA9))) {
      Out += "\xEF\xBF\xBD";
      I += 2;
    } else {
      Out += char(C);
    }
  }
  return Out;
}

void makeTerminalSafe(std::string &S) { S = terminalSafe(S); }

void makeTerminalSafe(ibic::Diagnostic &D) {
  makeTerminalSafe(D.File);
  makeTerminalSafe(D.Message);
  makeTerminalSafe(D.SourceLine);
}

/// Every string of \p R that came from input, made safe for a terminal.
void makeTerminalSafe(ibic::AuditResult &R) {
  R.Cases.update([](ibic::CaseResult &C) {
    for (std::string *S : {&C.Id, &C.Avdelning, &C.Enhet, &C.Lagrum})
      makeTerminalSafe(*S);
    llvm::for_each(C.Files, [](std::string &S) { makeTerminalSafe(S); });
    for (ibic::DocumentMetrics &D : C.Documents)
      for (std::string *S : {&D.Id, &D.Type, &D.File})
        makeTerminalSafe(*S);
    for (ibic::QuestionScore &Q : C.Questions) {
      makeTerminalSafe(Q.Reason);
      llvm::for_each(Q.Evidence, [](std::string &S) { makeTerminalSafe(S); });
    }
    for (ibic::Finding &F : C.Findings)
      for (std::string *S :
           {&F.Message, &F.Suggestion, &F.Document, &F.File, &F.SourceLine})
        makeTerminalSafe(*S);
  });
  for (ibic::GroupResult &G : R.Groups) {
    makeTerminalSafe(G.Avdelning);
    if (G.Enhet)
      makeTerminalSafe(*G.Enhet);
  }
  llvm::for_each(R.Errors, [](ibic::Diagnostic &D) { makeTerminalSafe(D); });
}

/// Problems with input files, on stderr, safe for a terminal.
void writeInputDiagnostics(std::vector<ibic::Diagnostic> Diagnostics) {
  llvm::for_each(Diagnostics, [](ibic::Diagnostic &D) { makeTerminalSafe(D); });
  ibic::writeDiagnostics(Diagnostics, errs().has_colors(), errs());
}

/// Why a file could not be written, in Swedish where it is common.
std::string writeFailure(std::error_code EC) {
  if (EC == std::errc::no_space_on_device)
    return "disken är full";
  if (EC == std::errc::permission_denied ||
      EC == std::errc::operation_not_permitted)
    return "behörighet saknas";
  if (EC == std::errc::read_only_file_system)
    return "filsystemet är skrivskyddat";
  return "systemfel " + std::to_string(EC.value()) + ": " + EC.message();
}

/// Writes what \p Write writes to \p Path atomically: a temporary file in the same
/// folder, renamed over it, so a reader never sees half a report. Only a
/// regular file is ever replaced, and it keeps its permissions (a report
/// kept at 600 stays 600); a link is written through. Errors are Swedish.
Error writeOutputFile(StringRef Path, function_ref<void(raw_ostream &)> Write) {
  namespace fs = sys::fs;
  SmallString<256> Target(Path);
  std::optional<fs::perms> Keep;
  fs::file_status Existing;
  if (!fs::status(Path, Existing)) {
    if (!fs::is_regular_file(Existing))
      return createStringError(
          std::errc::invalid_argument,
          "%s finns redan och är ingen vanlig fil (utan t.ex. en mapp eller "
          "en enhet som /dev/null) och ersätts inte; ange en vanlig fil, "
          "eller utelämna -o för att skriva till standard ut",
          terminalSafe(Path).c_str());
    Keep = Existing.permissions();
    if (fs::real_path(Path, Target))
      Target = Path;
  }
  SmallString<256> Folder(Target);
  sys::path::remove_filename(Folder);
  if (Folder.empty())
    Folder = ".";
  if (!fs::is_directory(Folder))
    return createStringError(std::errc::no_such_file_or_directory,
                             "mappen %s finns inte; skapa den först eller "
                             "ange en fil i en mapp som finns",
                             terminalSafe(Folder).c_str());
  int FD;
  SmallString<256> Temporary;
  auto Failed = [&](std::error_code EC) {
    fs::remove(Temporary);
    return createStringError(EC, "kunde inte skriva %s (%s)",
                             terminalSafe(Path).c_str(),
                             writeFailure(EC).c_str());
  };
  if (std::error_code EC = fs::createUniqueFile(
          Target + ".tmp%%%%%%", FD, Temporary, fs::OF_None,
          Keep ? *Keep : fs::all_read | fs::all_write))
    return Failed(EC);
  // createUniqueFile's mode passes through the umask; the old file's does not.
  if (Keep)
    if (std::error_code EC = fs::setPermissions(FD, *Keep)) {
      sys::Process::SafelyCloseFileDescriptor(FD);
      return Failed(EC);
    }
  raw_fd_ostream OS(FD, /*shouldClose=*/true);
  Write(OS);
  OS.close();
  if (OS.has_error()) {
    std::error_code EC = OS.error();
    OS.clear_error();
    return Failed(EC);
  }
  if (std::error_code EC = fs::rename(Temporary, Target))
    return Failed(EC);
  return Error::success();
}

/// The engine, alive until the process exits: freeing a loaded dictionary
/// and the compiled rules takes longer than checking a small file, and the
/// operating system does it for free. Held here, it is not a leak.
ibic::Engine *TheEngine = nullptr;

ibic::Engine *loadEngine(llvm::StringRef FirstInput) {
  ibic::EngineOptions Options;
  Options.RulesDir = RulesDir.empty() ? ibic::defaultRulesDir() : RulesDir;
  Options.ConfigFile =
      !ConfigFile.empty() ? ConfigFile.getValue() : ibic::findConfigFile(FirstInput);
  if (!NoCache)
    Options.SpellingMemoDir = ibic::defaultCacheDir();
  ibic::LoadResult Loaded = ibic::Engine::load(Options);
  if (!Loaded.Errors.empty()) {
    ibic::writeDiagnostics(Loaded.Errors, errs().has_colors(), errs());
    errs() << "ibic-audit: regler eller konfiguration är felaktiga; inget "
              "granskades.\n";
  }
  TheEngine = Loaded.Loaded.release();
  return TheEngine;
}

/// The failing severity: --fail-on, else the configuration's; empty after
/// an error message.
std::optional<ibic::Severity> failingSeverity(const ibic::Engine &Engine) {
  if (FailOn.empty())
    return Engine.failOn();
  std::optional<ibic::Severity> Parsed = ibic::parseSeverity(FailOn);
  if (!Parsed)
    errs() << "ibic-audit: --fail-on ska vara info, warning eller error\n";
  return Parsed;
}

/// Where the time went, for --profile: stages, then rules, slowest first.
void writeProfile(const ibic::AuditResult &R) {
  double Total = 0;
  for (const ibic::ProfileEntry &E : R.Profile)
    Total += E.Seconds;
  errs() << "tid (s, summerat över trådar)  andel   fynd  regel eller steg\n";
  for (const ibic::ProfileEntry &E : R.Profile)
    errs() << format("%10.3f %19.1f %% %6zu  ", E.Seconds,
                     Total > 0 ? 100 * E.Seconds / Total : 0.0, E.Findings)
           << E.Name << '\n';
}

/// Writes \p Result in the chosen format to -o or standard output, and the
/// unreadable inputs to standard error; returns the exit code. The report
/// is written as it is made, case by case, never held whole in memory.
int emitReport(const ibic::Engine &Engine, ibic::AuditResult &Result,
               bool Score, ibic::Severity Failing) {
  bool ToFile = !OutputFile.empty();
  if (OutputFormat == Format::Text)
    makeTerminalSafe(Result);
  auto Write = [&](raw_ostream &Out) {
    if (OutputFormat == Format::Json) {
      // The audit's threads are idle now; one case needs none of them.
      ibic::ReportThreads Threads;
      if (Jobs != 1 && Result.Cases.size() > 1)
        Threads = {&Engine.threadPool(), Jobs};
      ibic::writeJsonReport(Result, Out, Threads);
    } else if (OutputFormat == Format::Sarif) {
      ibic::writeSarifReport(Result, Engine.rules(), Out);
    } else if (OutputFormat == Format::Junit) {
      ibic::writeJunitReport(Result, Failing, Out);
    } else if (OutputFormat == Format::Csv) {
      ibic::writeCsvReport(Result, Out);
    } else if (OutputFormat == Format::Html) {
      ibic::writeHtmlReport(Result, Out);
    } else {
      ibic::TextReportOptions Text;
      Text.Colour = colourFor(outs(), ToFile);
      Text.Scores = Score;
      ibic::writeTextReport(Result, Text, Out);
    }
  };
  // Input problems go to stderr as well, so they are seen even when the
  // report itself goes to a file or a pipe.
  writeInputDiagnostics(Result.Errors);
  if (ToFile) {
    if (Error E = writeOutputFile(OutputFile, Write)) {
      errs() << "ibic-audit: " << toString(std::move(E)) << '\n';
      return UsageError;
    }
  } else {
    Write(outs());
  }
  // A remark on a line of a file that was read loses no input.
  if (Result.unreadFiles() > 0)
    return InputErrors;
  // With a baseline, Result holds only the new findings.
  return Result.hasFindingAtLeast(Failing) ? Findings : Clean;
}

/// The most of standard in that is read: the default max-file-mb.
constexpr size_t MaxStdinBytes = size_t(512) << 20;

/// Standard in, read whole; an error (in Swedish) when it cannot be read or
/// is larger than MaxStdinBytes.
llvm::Expected<std::string> readStdin() {
  std::string Text;
  char Buffer[1 << 16];
  for (;;) {
    ssize_t Read = ::read(0, Buffer, sizeof Buffer);
    if (Read == 0)
      return Text;
    if (Read < 0) {
      if (errno == EINTR)
        continue;
      return llvm::createStringError(std::error_code(errno, std::generic_category()),
                                     "standard in kunde inte läsas");
    }
    if (Text.size() + Read > MaxStdinBytes)
      return llvm::createStringError(std::errc::file_too_large,
                                     "standard in är större än 512 MB; ange filen i stället");
    Text.append(Buffer, Read);
  }
}

/// Audits standard in ('-') as the document \p Name, with the other files
/// of its case beside \p Name when it names a file on disk.
llvm::Expected<ibic::AuditResult> auditStdin(const ibic::Engine &Engine, llvm::StringRef Name,
                                             const ibic::AuditOptions &Options) {
  llvm::Expected<std::string> Text = readStdin();
  if (!Text)
    return Text.takeError();
  std::vector<std::string> CaseFiles;
  if (Name != "-")
    CaseFiles = Engine.filesOfCase(llvm::sys::path::parent_path(Name).empty()
                                       ? "."
                                       : llvm::sys::path::parent_path(Name),
                                   Name, ibic::caseIdsOf(Name, *Text));
  ibic::AuditResult R = Engine.auditTextInCase(Name, *Text, CaseFiles, Options);
  // The other files only inform the judgement: what is reported is the
  // text that was sent, as for an editor (and a vendor mapping it was read
  // through).
  R.Cases.update([&](ibic::CaseResult &C) {
    llvm::erase_if(C.Findings, [&](const ibic::Finding &F) { return F.File != Name; });
  });
  llvm::erase_if(R.Errors, [&](const ibic::Diagnostic &D) {
    return llvm::is_contained(CaseFiles, D.File);
  });
  return R;
}

/// The --mapping files, each of which must be a file; empty after an error
/// message.
std::optional<std::vector<std::string>> mappingFiles() {
  for (const std::string &File : MappingFiles)
    if (!sys::fs::is_regular_file(File)) {
      errs() << "ibic-audit: --mapping: " << terminalSafe(File)
             << " finns inte eller är ingen vanlig fil; ange en "
                "mappningsfil (se README, Vendor XML through a mapping)\n";
      return std::nullopt;
    }
  return std::vector<std::string>(MappingFiles.begin(), MappingFiles.end());
}

int runAudit(bool Score) {
  bool FromStdin = llvm::is_contained(Inputs, "-");
  if (FromStdin && Inputs.size() > 1) {
    errs() << "ibic-audit: '-' (standard in) kan inte kombineras med andra "
              "filer eller mappar\n";
    return UsageError;
  }
  if (!StdinName.empty() && !FromStdin) {
    errs() << "ibic-audit: --stdin-name gäller bara indata '-' (standard in)\n";
    return UsageError;
  }
  std::string Name = StdinName.empty() ? "-" : StdinName.getValue();
  ibic::Engine *Engine = loadEngine(FromStdin ? llvm::StringRef(Name) : Inputs.front());
  if (!Engine)
    return UsageError;
  std::optional<ibic::Severity> Failing = failingSeverity(*Engine);
  if (!Failing)
    return UsageError;
  // Everything that can fail before auditing is checked first, so a typo
  // never costs a whole batch.
  std::optional<ibic::Baseline> Known;
  if (!BaselineFile.empty()) {
    llvm::Expected<ibic::Baseline> Read = ibic::readBaseline(BaselineFile);
    if (!Read) {
      errs() << "ibic-audit: " << toString(Read.takeError()) << '\n';
      return UsageError;
    }
    Known = std::move(*Read);
  }
  std::optional<std::vector<std::string>> Mappings = mappingFiles();
  if (!Mappings)
    return UsageError;
  std::unique_ptr<ibic::Store> Store;
  if (StoreFile.empty() != RoundName.empty()) {
    errs() << "ibic-audit: --store och --round anges tillsammans: "
              "--store FIL --round \"Våren 2025\"\n";
    return UsageError;
  }
  if (!StoreFile.empty()) {
    auto Opened = ibic::Store::open(StoreFile, /*Create=*/true,
                                    std::chrono::seconds(StoreTimeout));
    if (!Opened) {
      errs() << "ibic-audit: " << toString(Opened.takeError()) << '\n';
      return UsageError;
    }
    Store = std::move(*Opened);
  }

  ibic::AuditOptions Options;
  Options.Jobs = Jobs;
  Options.Score = Score;
  Options.Profile = Profile;
  Options.Redact = Redact;
  Options.MappingFiles = std::move(*Mappings);
  Options.Spool = true;
  ProgressLine Progress;
  if (errs().is_displayed())
    Options.Progress = [&Progress](const ibic::AuditProgress &P) {
      Progress.update(P);
    };
  ibic::AuditResult Result;
  if (FromStdin) {
    llvm::Expected<ibic::AuditResult> Read = auditStdin(*Engine, Name, Options);
    if (!Read) {
      errs() << "ibic-audit: " << toString(Read.takeError()) << '\n';
      return InputErrors;
    }
    Result = std::move(*Read);
  } else {
    Result = Engine->audit(Inputs, Options);
  }
  Progress.clear();
  if (Profile)
    writeProfile(Result);

  // The store and the new baseline get every finding; only the report is
  // filtered by the old baseline.
  int Failure = Clean;
  if (Store) {
    ibic::RoundInfo Round;
    Round.Name = RoundName;
    auto Saved = Store->saveRound(Result, Round);
    if (!Saved) {
      errs() << "ibic-audit: " << toString(Saved.takeError()) << '\n';
      Failure = UsageError;
    } else {
      if (*Saved)
        errs() << "ibic-audit: omgången '" << RoundName << "' från "
               << (*Saved)->Created << " ersattes\n";
      errs() << "ibic-audit: omgången '" << RoundName << "' sparades i "
             << StoreFile << " (" << Result.Cases.size() << " ärenden)\n";
    }
  }
  if (!WriteBaselineFile.empty()) {
    if (Error E = writeOutputFile(WriteBaselineFile, [&](raw_ostream &Out) {
          ibic::writeBaseline(Result, Out);
        })) {
      errs() << "ibic-audit: " << toString(std::move(E)) << '\n';
      Failure = UsageError;
    }
  }
  if (Known)
    ibic::applyBaseline(Result, *Known);

  int Code = emitReport(*Engine, Result, Score, *Failing);
  if (Failure != Clean)
    return Failure;
  // "0 ärenden" with exit 0 would pass a CI job that audited nothing.
  if (Result.Cases.empty()) {
    errs() << "ibic-audit: inget ärende granskades: "
           << (Result.Errors.empty()
                   ? "det finns inga .xml-, .txt- eller .docx-filer"
                   : "inget ärende kunde läsas")
           << " i " << terminalSafe(join(Inputs, ", "))
           << ". Exportera ärendena som XML (ibic-export), text eller "
              "Word-dokument (.docx) och granska igen, eller läs "
              "verksamhetssystemets XML genom en mappning (--mapping FIL).\n";
    return InputErrors;
  }
  return Code;
}

int runMerge() {
  ibic::Engine *Engine = loadEngine(MergeInputs.front());
  if (!Engine)
    return UsageError;
  std::optional<ibic::Severity> Failing = failingSeverity(*Engine);
  if (!Failing)
    return UsageError;
  std::vector<ibic::AuditResult> Parts;
  for (const std::string &Path : MergeInputs) {
    if (sys::fs::exists(Path) && !sys::fs::is_regular_file(Path)) {
      errs() << "ibic-audit: " << terminalSafe(Path)
             << " är ingen vanlig fil (utan t.ex. en FIFO eller en enhet) och "
                "läses inte; ange JSON-rapporter från audit --format json\n";
      return UsageError;
    }
    auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer) {
      errs() << "ibic-audit: " << Path << " kunde inte läsas: "
             << Buffer.getError().message() << '\n';
      return UsageError;
    }
    Expected<ibic::AuditResult> Part = ibic::readJsonReport(Path, (*Buffer)->getBuffer());
    if (!Part) {
      errs() << "ibic-audit: " << toString(Part.takeError()) << '\n';
      return UsageError;
    }
    Parts.push_back(std::move(*Part));
  }
  Expected<ibic::AuditResult> Merged = Engine->merge(std::move(Parts));
  if (!Merged) {
    errs() << "ibic-audit: " << terminalSafe(toString(Merged.takeError()))
           << '\n';
    return UsageError;
  }
  return emitReport(*Engine, *Merged, !Merged->Groups.empty(), *Failing);
}

int runAgree() {
  llvm::Expected<std::vector<ibic::Label>> Labels = ibic::readLabels(LabelsFile);
  if (!Labels) {
    errs() << "ibic-audit: " << toString(Labels.takeError()) << '\n';
    return UsageError;
  }
  std::optional<std::vector<std::string>> Mappings = mappingFiles();
  if (!Mappings)
    return UsageError;
  ibic::Engine *Engine = loadEngine(Inputs.front());
  if (!Engine)
    return UsageError;
  ibic::AuditOptions Options;
  Options.MappingFiles = std::move(*Mappings);
  ibic::AuditResult Result = Engine->audit(Inputs, Options);
  writeInputDiagnostics(Result.Errors);
  ibic::writeAgreement(ibic::compareWithLabels(Result, *Labels), outs());
  return Result.unreadFiles() > 0 ? InputErrors : Clean;
}

int runSentences() {
  llvm::Expected<std::vector<ibic::SentenceLabel>> Labels =
      ibic::readSentenceLabels(SentenceLabels);
  if (!Labels) {
    errs() << "ibic-audit: " << toString(Labels.takeError()) << '\n';
    return UsageError;
  }
  ibic::Engine *Engine = loadEngine(SentenceLabels);
  if (!Engine)
    return UsageError;
  ibic::writeSentenceEvaluation(ibic::evaluateSentences(*Engine, *Labels), outs());
  return Clean;
}

/// The store named by --store, which must exist; null after an error message.
std::unique_ptr<ibic::Store> openExistingStore() {
  if (StoreFile.empty()) {
    errs() << "ibic-audit: ange databasen med --store FIL\n";
    return nullptr;
  }
  auto Opened = ibic::Store::open(StoreFile, /*Create=*/false,
                                  std::chrono::seconds(StoreTimeout));
  if (!Opened) {
    errs() << "ibic-audit: " << toString(Opened.takeError()) << '\n';
    return nullptr;
  }
  return std::move(*Opened);
}

int runHistory() {
  std::unique_ptr<ibic::Store> Store = openExistingStore();
  if (!Store)
    return UsageError;
  auto Rounds = Store->rounds();
  if (!Rounds) {
    errs() << "ibic-audit: " << toString(Rounds.takeError()) << '\n';
    return UsageError;
  }
  ibic::writeRounds(*Rounds, outs());
  return Clean;
}

int runCompare() {
  if (CompareRounds.size() != 2) {
    errs() << "ibic-audit: ange två omgångar: ibic-audit compare --store FIL "
              "\"Våren 2025\" \"Hösten 2025\"\n";
    return UsageError;
  }
  std::unique_ptr<ibic::Store> Store = openExistingStore();
  if (!Store)
    return UsageError;
  auto Compared = Store->compare(CompareRounds[0], CompareRounds[1]);
  if (!Compared) {
    errs() << "ibic-audit: " << toString(Compared.takeError()) << '\n';
    return UsageError;
  }
  ibic::writeComparison(*Compared, CompareFormat, outs());
  return Clean;
}

void explain(const ibic::RuleInfo &R) {
  raw_ostream &OS = outs();
  OS << R.Id << " (" << R.Code << ") – " << R.Title << "\n\n";
  OS << "  Typ: " << R.Kind << ", allvarlighet: " << ibic::severityName(R.Level)
     << ", status: " << R.Status << (R.Enabled ? "" : " (avstängd)") << '\n';
  OS << "  Fråga i granskningsmallen: "
     << (R.Questions.empty() ? "ingen (fynden påverkar ingen poäng)"
                             : join(R.Questions, ", "))
     << '\n';
  OS << "  Fil: " << R.File << "\n\n";
  OS << "Vad regeln hittar\n  " << R.What << "\n\nVarför\n  " << R.Why
     << "\n\nSkriv i stället\n  " << R.Instead << "\n\n";
  OS << "Meddelande\n  " << R.Message << '\n';
  if (!R.References.empty())
    OS << "\nKällor\n  " << join(R.References, "\n  ") << '\n';
  for (const ibic::RuleExample &E : R.Examples) {
    OS << '\n' << (E.Bad ? "Exempel som ger fynd:" : "Exempel utan fynd:") << '\n';
    StringRef Text = E.Text;
    while (!Text.empty()) {
      auto [Line, Rest] = Text.split('\n');
      OS << "  | " << Line << '\n';
      Text = Rest;
    }
    if (!E.Suggestion.empty())
      OS << "  förslag: " << E.Suggestion << '\n';
  }
}

int runRules() {
  ibic::Engine *Engine = loadEngine(".");
  if (!Engine)
    return UsageError;
  const std::vector<ibic::RuleInfo> &Rules = Engine->rules();
  if (RulesMarkdown) {
    outs() << "| rule | code | severity | question | title |\n"
              "|---|---|---|---|---|\n";
    for (const ibic::RuleInfo &R : Rules)
      outs() << "| `" << R.Id << "` | " << R.Code << " | "
             << ibic::severityName(R.Level) << " | " << join(R.Questions, ", ")
             << " | " << R.Title << " |\n";
    return Clean;
  }
  if (RulesArguments.empty() || RulesArguments[0] == "list") {
    // A rule may be evidence for several questions (genomforandeplan/saknas
    // for U1–U5): the column is as wide as the longest list.
    size_t QuestionsWidth = 8;
    for (const ibic::RuleInfo &R : Rules)
      QuestionsWidth = std::max(QuestionsWidth, join(R.Questions, ",").size());
    for (const ibic::RuleInfo &R : Rules)
      outs() << left_justify(R.Id, 50) << ' ' << left_justify(R.Code, 6) << ' '
             << left_justify(ibic::severityName(R.Level), 8) << ' '
             << left_justify(join(R.Questions, ","), QuestionsWidth) << ' ' << R.Title
             << (R.Enabled ? "" : " (avstängd)") << '\n';
    return Clean;
  }
  if (RulesArguments[0] != "explain" || RulesArguments.size() != 2) {
    errs() << "ibic-audit: använd 'ibic-audit rules [list]' eller "
              "'ibic-audit rules explain ID'\n";
    return UsageError;
  }
  StringRef Wanted = RulesArguments[1];
  for (const ibic::RuleInfo &R : Rules)
    if (R.Id == Wanted || R.Code == Wanted) {
      explain(R);
      return Clean;
    }
  errs() << "ibic-audit: ingen regel heter '" << Wanted
         << "'; 'ibic-audit rules' listar dem\n";
  return UsageError;
}

int runLsp() {
  ibic::lsp::LanguageServerOptions Options;
  Options.RulesDir = RulesDir.empty() ? ibic::defaultRulesDir() : RulesDir;
  Options.ConfigFile = ConfigFile;
  if (!NoCache)
    Options.SpellingMemoDir = ibic::defaultCacheDir();
  return ibic::lsp::runLanguageServer(Options);
}

int runCommand() {
  if (AuditCommand)
    return runAudit(/*Score=*/true);
  if (CheckCommand)
    return runAudit(/*Score=*/false);
  if (RulesCommand)
    return runRules();
  if (MergeCommand)
    return runMerge();
  if (AgreeCommand)
    return runAgree();
  if (SentencesCommand)
    return runSentences();
  if (HistoryCommand)
    return runHistory();
  if (CompareCommand)
    return runCompare();
  if (LspCommand)
    return runLsp();
  errs() << "ibic-audit: ange ett kommando: audit, check, rules, merge, "
            "agree, sentences, history, compare eller lsp "
            "(se ibic-audit --help)\n";
  return UsageError;
}

} // namespace

int main(int argc, char **argv) {
  restartWithTunedHeap(argc, argv);
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "ibic-audit " << IBIC_AUDIT_VERSION << '\n';
  });
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "ibic-audit – förgranskning av IBIC-dokumentation\n\n"
          "  ibic-audit audit [--format text|json|sarif|junit|csv|html] [-o FIL] "
          "SÖKVÄG...\n"
          "  ibic-audit check [--format text|json|sarif|junit|csv|html] "
          "SÖKVÄG...\n"
          "  ibic-audit audit --mapping system.ibic-mapping.yaml SÖKVÄG... "
          "(XML från ett verksamhetssystem)\n"
          "  ibic-audit rules [list | explain ID]\n"
          "  ibic-audit merge [--format ...] [-o FIL] del1.json del2.json...\n"
          "  ibic-audit agree --labels LABELS.tsv SÖKVÄG...\n"
          "  ibic-audit sentences MENINGAR.tsv\n"
          "  ibic-audit audit --store audit.db --round \"Våren 2025\" "
          "SÖKVÄG...\n"
          "  ibic-audit check --baseline baslinje.json [--write-baseline FIL] "
          "SÖKVÄG...\n"
          "  ibic-audit history --store audit.db\n"
          "  ibic-audit compare --store audit.db [--format text|csv|html] "
          "\"Våren 2025\" \"Hösten 2025\"\n"
          "  ibic-audit lsp [--rules MAPP] [--config FIL]\n\n"
          "Slutkoder: 0 inga fynd på felnivån (--fail-on), 1 fynd på "
          "felnivån (med --baseline\nbara nya fynd), 2 någon fil kunde inte "
          "läsas, 3 fel i anrop, regler, konfiguration,\nbaslinje eller "
          "databas (t.ex. databasen eller omgången finns inte).\n",
          &errs()))
    return UsageError;
  int Code = runCommand();
  // A report that did not reach standard output (a full disk, a closed
  // pipe) is a failed run, said in words, never an abort.
  outs().flush();
  if (outs().has_error()) {
    std::error_code EC = outs().error();
    outs().clear_error();
    errs() << "ibic-audit: kunde inte skriva till standard ut ("
           << writeFailure(EC) << "); skriv rapporten till en fil med -o FIL\n";
    Code = UsageError;
  }
  // Nowhere left to tell of a failing standard error.
  errs().clear_error();
  return Code;
}
