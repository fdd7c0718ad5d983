// Tests for Config (the YAML schemas) as the loader applies them: a user's
// .ibic-audit.yaml (rule overrides, pack/*, colours, fail-on, heading
// aliases) and broken rule files, each reported with file:line:column.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

using namespace ibic;
using ibic::test::sourcePath;

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

using ibic::test::TempDir;

/// A rule file with every required key; \p Rest holds kind and parameters.
std::string ruleFile(llvm::StringRef Code, llvm::StringRef Rest) {
  return "code: " + Code.str() + "\ntitle: Test\nstatus: stable\nseverity: warning\n" +
         Rest.str() +
         "message: \"Fynd: {match}\"\n"
         "rationale: {what: a, why: b, instead: c}\n"
         "examples:\n  - good: |\n      Hemliv\n      Disk.\n";
}

/// A small rules folder of its own (the repository's reference data, a
/// two-question template and four rules), so these tests do not change when
/// the real rule packs do.
std::string writeRules(const TempDir &Tmp, llvm::StringRef Folder = "rules") {
  std::string Dir = Tmp.path(Folder);
  for (const char *F : {"reference/ibic.yaml", "reference/icf-urval.yaml",
                        "reference/ordlistor.yaml"}) {
    std::string To = Dir + "/" + F;
    REQUIRE_FALSE(fs::create_directories(path::parent_path(To)));
    REQUIRE_FALSE(fs::copy_file(sourcePath(std::string("rules/") + F), To));
  }
  Tmp.write(Folder.str() + "/granskningsmall/mall.yaml",
            "id: test-mall\nversion: \"1\"\ncolours: {gron: 1.60, gul: 1.00}\n");
  Tmp.write(Folder.str() + "/granskningsmall/M4.yaml",
            "id: M4\ntitle: Kroppsfunktioner\npart: myndighet\n"
            "applies-to: [utredning]\nnot-applicable: ingen utredning\n"
            "method: worst-finding\nevidence:\n"
            "  - rule: faktor/kroppsfunktioner-utan-innehall\n    score: 1\n");
  Tmp.write(Folder.str() + "/granskningsmall/M13.yaml",
            "id: M13\ntitle: Språk\npart: myndighet\n"
            "applies-to: [utredning]\nnot-applicable: ingen utredning\n"
            "method: finding-count\nevidence:\n  - rule: \"sprak/*\"\n"
            "levels: {2: 0, 1: 2}\n");
  Tmp.write(Folder.str() + "/sprak/vardeladdat-ord.yaml",
            ruleFile("IA101",
                     "kind: lexicon\nparameters:\n  entries:\n"
                     "    - forms: [vägrade]\n      suggestions: [avböjde]\n"));
  Tmp.write(Folder.str() + "/sprak/gnalla.yaml",
            ruleFile("IA102",
                     "kind: lexicon\nparameters:\n  entries:\n"
                     "    - forms: [gnäller]\n      suggestions: [klagar]\n"));
  Tmp.write(Folder.str() + "/faktor/kroppsfunktioner-utan-innehall.yaml",
            ruleFile("IA201",
                     "kind: section-content\n"
                     "scope:\n"
                     "  document-types: [utredning]\n"
                     "  section: {kind: relaterad-faktor, faktor: kroppsfunktioner}\n"
                     "parameters:\n"
                     "  placeholders: [ua, se journal]\n  min-words: 3\n"));
  Tmp.write(Folder.str() + "/utredning/livsomraden-saknas.yaml",
            ruleFile("IA301",
                     "kind: required-section\nscope: {document-types: [utredning]}\n"
                     "parameters:\n  section: {kind: livsomrade}\n"));
  return Dir;
}

LoadResult loadWith(const TempDir &Tmp, llvm::StringRef Config) {
  std::string Rules = writeRules(Tmp);
  std::string File = Tmp.write(".ibic-audit.yaml", Config);
  return ibic::test::loadEngine(Rules, File);
}

/// The test rules folder without any configuration.
LoadResult loadPlain(const TempDir &Tmp) {
  return ibic::test::loadEngine(writeRules(Tmp));
}

const Engine &good(const LoadResult &L) {
  INFO("first error: " << (L.Errors.empty()
                               ? std::string()
                               : L.Errors[0].File + ":" + std::to_string(L.Errors[0].Line) +
                                     ":" + std::to_string(L.Errors[0].Column) + ": " +
                                     L.Errors[0].Message));
  REQUIRE(L.Errors.empty());
  REQUIRE(L.Loaded != nullptr);
  return *L.Loaded;
}

const RuleInfo &info(const Engine &E, llvm::StringRef Id) {
  for (const RuleInfo &R : E.rules())
    if (R.Id == Id)
      return R;
  FAIL("no rule " << Id.str());
  return E.rules().front();
}

std::vector<Finding> findingsOf(const AuditResult &R, llvm::StringRef Rule) {
  std::vector<Finding> Out;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings)
      if (F.Rule == Rule)
        Out.push_back(F);
  return Out;
}

AuditResult audit(const Engine &E, llvm::StringRef Body) {
  std::string Text = "Ärende: 2025-9930\nAvdelning: Hemtjänst\nEnhet: Haga\n"
                     "Dokument: Utredning\n\n" + Body.str();
  return E.auditText("2025-9930.txt", Text, AuditOptions());
}

const char *Vardeladdat =
    "Personlig vård\nHon vägrade duscha. Han gnäller och är knarrig.\n";

/// Where an error is, for messages.
std::string at(const Diagnostic &D) {
  return D.File + ":" + std::to_string(D.Line) + ":" + std::to_string(D.Column) +
         ": " + D.Message;
}

} // namespace

TEST_CASE("the test rules folder loads and finds what it should", "[config]") {
  TempDir Tmp;
  LoadResult L = loadPlain(Tmp);
  const Engine &E = good(L);
  CHECK(E.rules().size() == 4);
  CHECK(E.failOn() == Severity::Error);
  std::vector<Finding> F = findingsOf(audit(E, Vardeladdat), "sprak/vardeladdat-ord");
  REQUIRE(F.size() == 1);
  CHECK(F[0].Level == Severity::Warning);
  CHECK(F[0].Suggestion == "avböjde");
  CHECK(F[0].Line == 7);
  CHECK(F[0].Column == 5);
  CHECK(findingsOf(audit(E, Vardeladdat), "sprak/gnalla").size() == 1);
}

TEST_CASE("enabled: false turns a rule off", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n  sprak/vardeladdat-ord:\n    enabled: false\n");
  const Engine &E = good(L);
  CHECK_FALSE(info(E, "sprak/vardeladdat-ord").Enabled);
  CHECK(info(E, "sprak/gnalla").Enabled);
  AuditResult R = audit(E, Vardeladdat);
  CHECK(findingsOf(R, "sprak/vardeladdat-ord").empty());
  CHECK(findingsOf(R, "sprak/gnalla").size() == 1);
}

TEST_CASE("severity overrides the rule file's", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n  sprak/vardeladdat-ord: {severity: error}\n");
  const Engine &E = good(L);
  CHECK(info(E, "sprak/vardeladdat-ord").Level == Severity::Error);
  CHECK(info(E, "sprak/gnalla").Level == Severity::Warning);
  AuditResult R = audit(E, Vardeladdat);
  std::vector<Finding> F = findingsOf(R, "sprak/vardeladdat-ord");
  REQUIRE(F.size() == 1);
  CHECK(F[0].Level == Severity::Error);
  CHECK(R.hasFindingAtLeast(Severity::Error));
}

TEST_CASE("parameters override the rule file's, one parameter at a time",
          "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n"
                               "  sprak/vardeladdat-ord:\n"
                               "    parameters:\n"
                               "      entries:\n"
                               "        - forms: [knarrig]\n"
                               "          suggestions: [irriterad]\n"
                               "  faktor/kroppsfunktioner-utan-innehall:\n"
                               "    parameters: {min-words: 1}\n");
  const Engine &E = good(L);
  std::vector<Finding> F = findingsOf(audit(E, Vardeladdat), "sprak/vardeladdat-ord");
  // The list is replaced: "vägrade" is no longer in it.
  REQUIRE(F.size() == 1);
  CHECK(F[0].Suggestion == "irriterad");
  CHECK(F[0].Line == 7);
  CHECK(F[0].Column == 40);

  // min-words changed, placeholders kept from the rule file.
  TempDir Plain;
  LoadResult P = loadPlain(Plain);
  const char *Short = "Kroppsfunktioner\nSer dåligt.\n";
  const char *Placeholder = "Kroppsfunktioner\nua\n";
  llvm::StringRef Rule = "faktor/kroppsfunktioner-utan-innehall";
  CHECK(findingsOf(audit(good(P), Short), Rule).size() == 1);
  CHECK(findingsOf(audit(E, Short), Rule).empty());
  CHECK(findingsOf(audit(E, Placeholder), Rule).size() == 1);
}

TEST_CASE("pack/* applies to every rule of the pack", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n  sprak/*: {enabled: false}\n");
  const Engine &E = good(L);
  CHECK_FALSE(info(E, "sprak/vardeladdat-ord").Enabled);
  CHECK_FALSE(info(E, "sprak/gnalla").Enabled);
  CHECK(info(E, "faktor/kroppsfunktioner-utan-innehall").Enabled);
  CHECK(info(E, "utredning/livsomraden-saknas").Enabled);
  AuditResult R = audit(E, Vardeladdat);
  CHECK(findingsOf(R, "sprak/vardeladdat-ord").empty());
  CHECK(findingsOf(R, "sprak/gnalla").empty());

  TempDir Tmp2;
  LoadResult L2 = loadWith(Tmp2, "rules:\n  sprak/*: {severity: info}\n");
  std::vector<Finding> F = findingsOf(audit(good(L2), Vardeladdat), "sprak/gnalla");
  REQUIRE(F.size() == 1);
  CHECK(F[0].Level == Severity::Info);
}

TEST_CASE("a rule's own entry wins over its pack's", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n"
                               "  sprak/*: {enabled: false}\n"
                               "  sprak/vardeladdat-ord: {enabled: true}\n");
  const Engine &E = good(L);
  CHECK(info(E, "sprak/vardeladdat-ord").Enabled);
  CHECK_FALSE(info(E, "sprak/gnalla").Enabled);
}

TEST_CASE("a rule's own entry refines its pack's entry", "[config]") {
  // The pack sets the severity and the rule's own entry something else: both
  // apply, as more specific settings do in other linters' configurations.
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n"
                               "  sprak/*: {severity: info}\n"
                               "  sprak/vardeladdat-ord: {enabled: true}\n");
  const Engine &E = good(L);
  CHECK(info(E, "sprak/gnalla").Level == Severity::Info);
  CHECK(info(E, "sprak/vardeladdat-ord").Level == Severity::Info);
}

TEST_CASE("an unknown rule id is an error at its line", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "fail-on: error\n"
                               "rules:\n"
                               "  sprak/vardeladdat-ord: {enabled: false}\n"
                               "  sprak/finns-inte:\n"
                               "    enabled: false\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE(L.Errors.size() == 1);
  const Diagnostic &D = L.Errors[0];
  INFO(at(D));
  CHECK(D.File == Tmp.path(".ibic-audit.yaml"));
  CHECK_THAT(D.Message, Catch::Contains("'sprak/finns-inte'"));
  // The line that names the rule, not the line below it.
  CHECK(D.Line == 4);
  CHECK(D.Column == 3);
  CHECK(D.SourceLine == "  sprak/finns-inte:");
}

TEST_CASE("an unknown rule id in flow style", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules: {sprak/finns-inte: {enabled: false}}\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE(L.Errors.size() == 1);
  INFO(at(L.Errors[0]));
  CHECK(L.Errors[0].Line == 1);
  CHECK_THAT(L.Errors[0].Message, Catch::Contains("'sprak/finns-inte'"));
}

TEST_CASE("an unknown pack is an error at its line", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n  spraak/*: {enabled: false}\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE(L.Errors.size() == 1);
  INFO(at(L.Errors[0]));
  CHECK_THAT(L.Errors[0].Message, Catch::Contains("spraak"));
  CHECK(L.Errors[0].Line == 2);
}

TEST_CASE("a misspelt key in the configuration is an error with line and column",
          "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n  sprak/vardeladdat-ord:\n    enable: false\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE_FALSE(L.Errors.empty());
  const Diagnostic &D = L.Errors[0];
  INFO(at(D));
  CHECK(D.File == Tmp.path(".ibic-audit.yaml"));
  CHECK(D.Line == 3);
  CHECK(D.Column == 5);
  CHECK_THAT(D.Message, Catch::Contains("enable"));
  CHECK(D.SourceLine == "    enable: false");
}

TEST_CASE("configuration columns count code points", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(
      Tmp, "rules:\n"
           "  sprak/vardeladdat-ord: {parameters: {entries: [{forms: [ö], skäl: x}]}}\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE_FALSE(L.Errors.empty());
  const Diagnostic &D = L.Errors[0];
  INFO(at(D));
  CHECK(D.Line == 2);
  CHECK(D.Column == 63); // byte 64: the ö before it is two bytes
  CHECK_THAT(D.Message, Catch::Contains("skäl"));
}

TEST_CASE("broken YAML syntax is an error with line and column", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n"
                               "  sprak/vardeladdat-ord: {enabled: false\n"
                               "fail-on: error\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE_FALSE(L.Errors.empty());
  const Diagnostic &D = L.Errors[0];
  INFO(at(D));
  CHECK(D.File == Tmp.path(".ibic-audit.yaml"));
  CHECK(D.Line >= 2);
  CHECK(D.Line <= 4);
  CHECK(D.Column >= 1);

  TempDir Tmp2;
  L = loadWith(Tmp2, "rules:\n  sprak/vardeladdat-ord:\n    enabled: false\n   severity: info\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE_FALSE(L.Errors.empty());
  INFO(at(L.Errors[0]));
  CHECK(L.Errors[0].Line == 4);
  CHECK(L.Errors[0].Column >= 1);
}

TEST_CASE("wrong values in the configuration point at the value", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n  sprak/vardeladdat-ord:\n    severity: kritisk\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE(L.Errors.size() == 1);
  INFO(at(L.Errors[0]));
  CHECK(L.Errors[0].File == Tmp.path(".ibic-audit.yaml"));
  CHECK(L.Errors[0].Line == 3);
  CHECK(L.Errors[0].Column == 15);
  CHECK_THAT(L.Errors[0].Message, Catch::Contains("severity"));

  TempDir Tmp2;
  L = loadWith(Tmp2, "fail-on: alltid\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE(L.Errors.size() == 1);
  INFO(at(L.Errors[0]));
  CHECK(L.Errors[0].File == Tmp2.path(".ibic-audit.yaml"));
  CHECK(L.Errors[0].Line == 1);
  CHECK(L.Errors[0].Column == 10);

  TempDir Tmp3;
  L = loadWith(Tmp3, "rules:\n  sprak/vardeladdat-ord: {enabled: kanske}\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE_FALSE(L.Errors.empty());
  INFO(at(L.Errors[0]));
  CHECK(L.Errors[0].Line == 2);
  CHECK(L.Errors[0].Column == 36);
}

TEST_CASE("a parameter the rule's kind does not read is an error in the configuration",
          "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "rules:\n  sprak/vardeladdat-ord:\n    parameters: {min-words: 2}\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE_FALSE(L.Errors.empty());
  INFO(at(L.Errors[0]));
  CHECK_THAT(L.Errors[0].Message, Catch::Contains("min-words"));
  // It was written in the configuration, so that is where it is reported.
  CHECK(L.Errors[0].File == Tmp.path(".ibic-audit.yaml"));
  CHECK(L.Errors[0].Line == 3);
}

TEST_CASE("fail-on sets the failing severity", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "fail-on: warning\n");
  CHECK(good(L).failOn() == Severity::Warning);
  TempDir Tmp2;
  LoadResult L2 = loadWith(Tmp2, "fail-on: info\n");
  CHECK(good(L2).failOn() == Severity::Info);
}

TEST_CASE("colours set the thresholds of the områdespoäng", "[config]") {
  // Kroppsfunktioner with a placeholder: M4 scores 1 in the one case.
  auto ColourOfM4 = [&](const Engine &E) {
    AuditResult R = audit(E, "Kroppsfunktioner\nua\n\nHemliv\nDisk.\n");
    REQUIRE(R.Groups.size() == 2); // Hemtjänst, and Hemtjänst / Haga
    for (const GroupResult &G : R.Groups) {
      REQUIRE(G.Questions.size() == 2);
      CHECK(G.Questions[0].Id == "M4");
      CHECK(G.Questions[0].Mean == 1.0);
      CHECK(G.Questions[0].Colour == R.Groups[0].Questions[0].Colour);
    }
    return R.Groups[0].Questions[0].Colour;
  };
  TempDir Tmp0;
  LoadResult Plain = loadPlain(Tmp0);
  CHECK(ColourOfM4(good(Plain)) == TrafficLight::Gul);
  TempDir Tmp;
  LoadResult Strict = loadWith(Tmp, "colours: {gron: 1.9, gul: 1.5}\n");
  CHECK(ColourOfM4(good(Strict)) == TrafficLight::Rod);
  TempDir Tmp2;
  LoadResult Lenient = loadWith(Tmp2, "colours:\n  gron: 0.9\n  gul: 0.5\n");
  CHECK(ColourOfM4(good(Lenient)) == TrafficLight::Gron);
  // One threshold given: the other keeps its default (grön from 1.60).
  TempDir Tmp3;
  LoadResult OnlyGul = loadWith(Tmp3, "colours: {gul: 1.2}\n");
  CHECK(ColourOfM4(good(OnlyGul)) == TrafficLight::Rod);
  AuditResult R = audit(good(OnlyGul), "Hemliv\nDisk.\n");
  REQUIRE_FALSE(R.Groups.empty());
  CHECK(R.Groups[0].Questions[0].Mean == 2.0);
  CHECK(R.Groups[0].Questions[0].Colour == TrafficLight::Gron);
}

TEST_CASE("headings adds heading aliases", "[config]") {
  const char *Body = "Hygien\nElsa duschar själv på morgonen.\n";
  llvm::StringRef Rule = "utredning/livsomraden-saknas";
  TempDir Tmp0;
  LoadResult Plain = loadPlain(Tmp0);
  REQUIRE(findingsOf(audit(good(Plain), Body), Rule).size() == 1);
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "headings:\n  personlig-vard: [Hygien, Dusch]\n");
  CHECK(findingsOf(audit(good(L), Body), Rule).empty());
}

TEST_CASE("an unknown heading slug is an error at its line", "[config]") {
  TempDir Tmp;
  LoadResult L = loadWith(Tmp, "fail-on: error\nheadings:\n  personlig-hygien: [Hygien]\n");
  CHECK(L.Loaded == nullptr);
  REQUIRE(L.Errors.size() == 1);
  INFO(at(L.Errors[0]));
  CHECK_THAT(L.Errors[0].Message, Catch::Contains("'personlig-hygien'"));
  CHECK(L.Errors[0].File == Tmp.path(".ibic-audit.yaml"));
  CHECK(L.Errors[0].Line == 3);
  CHECK(L.Errors[0].Column == 3);
}

TEST_CASE("a configuration file that does not exist is an error", "[config]") {
  TempDir Tmp;
  LoadResult L = ibic::test::loadEngine(writeRules(Tmp), Tmp.path("saknas.yaml"));
  CHECK(L.Loaded == nullptr);
  REQUIRE(L.Errors.size() == 1);
  CHECK_THAT(L.Errors[0].File, Catch::EndsWith("saknas.yaml"));
}

TEST_CASE("broken rule files are reported with file:line:column",
          "[config][rulefiles]") {
  TempDir Tmp;
  std::string Rules = writeRules(Tmp);
  // ruleFile puts the kind on line 5.
  Tmp.write("rules/test/okand-typ.yaml", ruleFile("IA991", "kind: ordlista\n"));
  Tmp.write("rules/test/fel-regex.yaml",
            ruleFile("IA992",
                     "kind: pattern\nparameters:\n  patterns:\n"
                     "    - regex: 'se (journal'\n"));              // line 8
  Tmp.write("rules/test/stavfel.yaml",
            ruleFile("IA993",
                     "kind: lexicon\nparameters:\n  entries:\n    - forms: [x]\n"
                     "      sugestions: [y]\n"));                   // line 9
  Tmp.write("rules/test/fel-parameter.yaml",
            ruleFile("IA995",
                     "kind: lexicon\nparameters:\n  entries: [{forms: [x]}]\n"
                     "  min-words: 2\n"));                          // line 8
  Tmp.write("rules/test/trasig.yaml", "code: IA994\ntitle: [Test\nstatus: stable\n");
  Tmp.write("rules/test/samma-kod.yaml",
            ruleFile("IA101",
                     "kind: lexicon\nparameters: {entries: [{forms: [x]}]}\n"));
  LoadResult L = ibic::test::loadEngine(Rules);
  CHECK(L.Loaded == nullptr);
  auto ErrorIn = [&](llvm::StringRef File) -> const Diagnostic * {
    for (const Diagnostic &D : L.Errors)
      if (llvm::StringRef(D.File).endswith(File))
        return &D;
    return nullptr;
  };
  std::string All;
  for (const Diagnostic &D : L.Errors)
    All += at(D) + "\n";
  INFO(All);

  const Diagnostic *Kind = ErrorIn("test/okand-typ.yaml");
  REQUIRE(Kind != nullptr);
  CHECK(Kind->Line == 5);
  CHECK(Kind->Column == 7);
  CHECK_THAT(Kind->Message, Catch::Contains("'ordlista'"));
  CHECK(Kind->SourceLine == "kind: ordlista");

  const Diagnostic *Regex = ErrorIn("test/fel-regex.yaml");
  REQUIRE(Regex != nullptr);
  CHECK(Regex->Line == 8);
  CHECK((Regex->Column == 14 || Regex->Column == 15)); // the quote or the value

  const Diagnostic *Typo = ErrorIn("test/stavfel.yaml");
  REQUIRE(Typo != nullptr);
  CHECK(Typo->Line == 9);
  CHECK(Typo->Column == 7);
  CHECK_THAT(Typo->Message, Catch::Contains("sugestions"));

  const Diagnostic *Unused = ErrorIn("test/fel-parameter.yaml");
  REQUIRE(Unused != nullptr);
  CHECK_THAT(Unused->Message, Catch::Contains("min-words"));
  // At the parameter (8:3), or at least at the parameters it is part of.
  CHECK((Unused->Line == 7 || Unused->Line == 8));
  CHECK(Unused->Column == 3);

  const Diagnostic *Broken = ErrorIn("test/trasig.yaml");
  REQUIRE(Broken != nullptr);
  CHECK(Broken->Line >= 2);
  CHECK(Broken->Column >= 1);

  const Diagnostic *Same = ErrorIn("test/samma-kod.yaml");
  REQUIRE(Same != nullptr);
  CHECK(Same->Line == 1);
  CHECK(Same->Column == 7);
  CHECK_THAT(Same->Message, Catch::Contains("IA101"));
}

TEST_CASE("a rule file that names its question is refused at that line",
          "[config][rulefiles]") {
  // The template's evidence decides which question a rule's findings go
  // to; a question: key could only disagree with it. Any value, or none.
  TempDir Tmp;
  std::string Rules = writeRules(Tmp);
  auto WithQuestion = [](llvm::StringRef Code, llvm::StringRef Line) {
    return "code: " + Code.str() + "\ntitle: Test\n" + Line.str() +
           "\nstatus: stable\nseverity: warning\nkind: lexicon\n"
           "parameters: {entries: [{forms: [x]}]}\nmessage: m\n"
           "rationale: {what: a, why: b, instead: c}\n"
           "examples:\n  - good: |\n      Hemliv\n      Disk.\n";
  };
  Tmp.write("rules/test/med-fraga.yaml", WithQuestion("IA996", "question: M4"));
  Tmp.write("rules/test/tom-fraga.yaml", WithQuestion("IA997", "question:"));
  LoadResult L = ibic::test::loadEngine(Rules);
  CHECK(L.Loaded == nullptr);
  REQUIRE(L.Errors.size() == 2);
  for (const Diagnostic &D : L.Errors) {
    INFO(at(D));
    CHECK_THAT(D.File, Catch::Contains("test/"));
    CHECK(D.Line == 3);
    CHECK(D.Column == 1);
    CHECK_THAT(D.SourceLine, Catch::StartsWith("question:"));
    CHECK_THAT(D.Message, Catch::Contains("question"));
    CHECK_THAT(D.Message, Catch::Contains("granskningsmallens evidence"));
  }
}

TEST_CASE("a word list two rules share is read wherever either rule is",
          "[config][lexicons]") {
  // Patterns of the same words share one list of the analysis; the rule
  // that asked second, for other documents, must still have it matched.
  TempDir Tmp;
  std::string Rules = writeRules(Tmp);
  auto Vagrar = [](llvm::StringRef Code, llvm::StringRef Types) {
    return ruleFile(Code, "kind: lexicon\nscope: {document-types: [" + Types.str() +
                              "]}\nparameters:\n  entries: [{forms: [vägrade]}]\n"
                              "  exclude: ['(hissen | bilen) ~ vägra*']\n");
  };
  Tmp.write("rules/test/a-anteckning.yaml", Vagrar("IA994", "journalanteckning"));
  Tmp.write("rules/test/b-utredning.yaml", Vagrar("IA995", "utredning"));
  LoadResult L = ibic::test::loadEngine(Rules);
  const Engine &E = good(L);
  AuditResult Thing = audit(E, "Personlig vård\nHissen vägrade stanna på rätt våning.\n");
  CHECK(findingsOf(Thing, "test/b-utredning").empty());
  AuditResult Person = audit(E, "Personlig vård\nElsa vägrade duscha.\n");
  CHECK(findingsOf(Person, "test/b-utredning").size() == 1);
}
