//===- main.cpp - The ibic-audit command ----------------------------------===//
//
// A thin front end: parses options, calls the engine, picks a writer and an
// exit code. No rule logic lives here.
//
//===----------------------------------------------------------------------===//
#include "ibic/Agreement.h"
#include "ibic/Engine.h"
#include "ibic/Report.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

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

cl::SubCommand AgreeCommand(
    "agree", "Jämför granskningen med en granskares etiketter (LABELS.tsv): "
             "exakt överensstämmelse och viktad kappa per fråga");

cl::SubCommand SentencesCommand(
    "sentences", "Mät språkkontrollernas precision och täckning mot en "
                 "märkt meningssamling (corpora/sprak/meningar.tsv)");

cl::opt<std::string> SentenceLabels(cl::Positional, cl::desc("<meningar.tsv>"),
                                    cl::Required, cl::sub(SentencesCommand),
                                    cl::cat(Category));

cl::list<std::string> Inputs(cl::Positional, cl::desc("<fil eller mapp>..."),
                             cl::OneOrMore, cl::sub(AuditCommand),
                             cl::sub(CheckCommand), cl::sub(AgreeCommand),
                             cl::cat(Category));

cl::opt<std::string> LabelsFile(
    "labels",
    cl::desc("Etikettfil: case, question, label (0/1/2/null), tabbseparerad"),
    cl::value_desc("FIL"), cl::Required, cl::sub(AgreeCommand), cl::cat(Category));

enum class Format { Text, Json };
cl::opt<Format> OutputFormat(
    "format", cl::desc("Utdataformat"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "läsbar rapport (standard)"),
               clEnumValN(Format::Json, "json",
                          "JSON enligt ibic-audit/report/1")),
    cl::sub(AuditCommand), cl::sub(CheckCommand), cl::cat(Category));

cl::opt<std::string> OutputFile(
    "o", cl::desc("Skriv rapporten till FIL (atomiskt) i stället för stdout"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(CheckCommand),
    cl::cat(Category));

cl::opt<std::string> ConfigFile(
    "config",
    cl::desc("Konfigurationsfil (standard: närmaste .ibic-audit.yaml från "
             "första sökvägen och uppåt)"),
    cl::value_desc("FIL"), cl::sub(AuditCommand), cl::sub(CheckCommand),
    cl::sub(RulesCommand), cl::sub(AgreeCommand), cl::sub(SentencesCommand),
    cl::cat(Category));

cl::opt<std::string> RulesDir(
    "rules", cl::desc("Mapp med regelpaket, granskningsmall och referensdata"),
    cl::value_desc("MAPP"), cl::sub(AuditCommand), cl::sub(CheckCommand),
    cl::sub(RulesCommand), cl::sub(AgreeCommand), cl::sub(SentencesCommand),
    cl::cat(Category));

cl::opt<std::string> FailOn(
    "fail-on",
    cl::desc("Avsluta med kod 1 om något fynd är minst så allvarligt: info, "
             "warning eller error (standard: error, eller konfigurationens "
             "fail-on)"),
    cl::value_desc("NIVÅ"), cl::sub(AuditCommand), cl::sub(CheckCommand),
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
    cl::sub(AuditCommand), cl::sub(CheckCommand), cl::cat(Category));

cl::opt<bool> RulesMarkdown(
    "markdown", cl::desc("Listan som Markdown-tabell (regelindexet i rules/README.md)"),
    cl::sub(RulesCommand), cl::cat(Category));

cl::list<std::string> RulesArguments(cl::Positional,
                                     cl::desc("[list | explain ID]"),
                                     cl::sub(RulesCommand), cl::cat(Category));

bool colourFor(raw_ostream &OS, bool ToFile) {
  if (ToFile || ColourOutput == When::Never)
    return false;
  return ColourOutput == When::Always || OS.has_colors();
}

std::unique_ptr<ibic::Engine> loadEngine(llvm::StringRef FirstInput) {
  ibic::EngineOptions Options;
  Options.RulesDir = RulesDir.empty() ? ibic::defaultRulesDir() : RulesDir;
  Options.ConfigFile =
      !ConfigFile.empty() ? ConfigFile.getValue() : ibic::findConfigFile(FirstInput);
  ibic::LoadResult Loaded = ibic::Engine::load(Options);
  if (!Loaded.Errors.empty()) {
    ibic::writeDiagnostics(Loaded.Errors, errs().has_colors(), errs());
    errs() << "ibic-audit: regler eller konfiguration är felaktiga; inget "
              "granskades.\n";
  }
  return std::move(Loaded.Loaded);
}

int runAudit(bool Score) {
  std::unique_ptr<ibic::Engine> Engine = loadEngine(Inputs.front());
  if (!Engine)
    return UsageError;
  ibic::Severity Failing = Engine->failOn();
  if (!FailOn.empty()) {
    auto Parsed = ibic::parseSeverity(FailOn);
    if (!Parsed) {
      errs() << "ibic-audit: --fail-on ska vara info, warning eller error\n";
      return UsageError;
    }
    Failing = *Parsed;
  }
  ibic::AuditOptions Options;
  Options.Jobs = Jobs;
  Options.Score = Score;
  ibic::AuditResult Result = Engine->audit(Inputs, Options);

  std::string Buffer;
  raw_string_ostream Out(Buffer);
  bool ToFile = !OutputFile.empty();
  if (OutputFormat == Format::Json) {
    ibic::writeJsonReport(Result, Out);
  } else {
    ibic::TextReportOptions Text;
    Text.Colour = colourFor(outs(), ToFile);
    Text.Scores = Score;
    ibic::writeTextReport(Result, Text, Out);
  }
  // Input problems go to stderr as well, so they are seen even when the
  // report itself goes to a file or a pipe.
  ibic::writeDiagnostics(Result.Errors, errs().has_colors(), errs());
  if (ToFile) {
    if (Error E = writeFileAtomically(OutputFile + ".tmp%%%%%%", OutputFile,
                                      Out.str())) {
      errs() << "ibic-audit: kunde inte skriva " << OutputFile << ": "
             << toString(std::move(E)) << '\n';
      return UsageError;
    }
  } else {
    outs() << Out.str();
  }
  if (!Result.Errors.empty())
    return InputErrors;
  return Result.hasFindingAtLeast(Failing) ? Findings : Clean;
}

int runAgree() {
  llvm::Expected<std::vector<ibic::Label>> Labels = ibic::readLabels(LabelsFile);
  if (!Labels) {
    errs() << "ibic-audit: " << toString(Labels.takeError()) << '\n';
    return UsageError;
  }
  std::unique_ptr<ibic::Engine> Engine = loadEngine(Inputs.front());
  if (!Engine)
    return UsageError;
  ibic::AuditResult Result = Engine->audit(Inputs, {});
  ibic::writeDiagnostics(Result.Errors, errs().has_colors(), errs());
  ibic::writeAgreement(ibic::compareWithLabels(Result, *Labels), outs());
  return Result.Errors.empty() ? Clean : InputErrors;
}

int runSentences() {
  llvm::Expected<std::vector<ibic::SentenceLabel>> Labels =
      ibic::readSentenceLabels(SentenceLabels);
  if (!Labels) {
    errs() << "ibic-audit: " << toString(Labels.takeError()) << '\n';
    return UsageError;
  }
  std::unique_ptr<ibic::Engine> Engine = loadEngine(SentenceLabels);
  if (!Engine)
    return UsageError;
  ibic::writeSentenceEvaluation(ibic::evaluateSentences(*Engine, *Labels), outs());
  return Clean;
}

void explain(const ibic::RuleInfo &R) {
  raw_ostream &OS = outs();
  OS << R.Id << " (" << R.Code << ") – " << R.Title << "\n\n";
  OS << "  Typ: " << R.Kind << ", allvarlighet: " << ibic::severityName(R.Level)
     << ", status: " << R.Status << (R.Enabled ? "" : " (avstängd)") << '\n';
  if (!R.Questions.empty())
    OS << "  Fråga i granskningsmallen: " << join(R.Questions, ", ") << '\n';
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
  std::unique_ptr<ibic::Engine> Engine = loadEngine(".");
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
    for (const ibic::RuleInfo &R : Rules)
      outs() << left_justify(R.Id, 50) << ' ' << left_justify(R.Code, 6) << ' '
             << left_justify(ibic::severityName(R.Level), 8) << ' '
             << left_justify(join(R.Questions, ","), 8) << ' ' << R.Title
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

} // namespace

int main(int argc, char **argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "ibic-audit " << IBIC_AUDIT_VERSION << '\n';
  });
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "ibic-audit – förgranskning av IBIC-dokumentation\n\n"
          "  ibic-audit audit [--format text|json] [-o FIL] SÖKVÄG...\n"
          "  ibic-audit check [--format text|json] SÖKVÄG...\n"
          "  ibic-audit rules [list | explain ID]\n"
          "  ibic-audit agree --labels LABELS.tsv SÖKVÄG...\n"
          "  ibic-audit sentences MENINGAR.tsv\n\n"
          "Slutkoder: 0 inga fynd på felnivån, 1 fynd på felnivån, 2 någon fil "
          "kunde inte läsas,\n3 fel i anrop, regler eller konfiguration.\n",
          &errs()))
    return UsageError;
  if (AuditCommand)
    return runAudit(/*Score=*/true);
  if (CheckCommand)
    return runAudit(/*Score=*/false);
  if (RulesCommand)
    return runRules();
  if (AgreeCommand)
    return runAgree();
  if (SentencesCommand)
    return runSentences();
  errs() << "ibic-audit: ange ett kommando: audit, check, rules, agree eller "
            "sentences "
            "(se ibic-audit --help)\n";
  return UsageError;
}
