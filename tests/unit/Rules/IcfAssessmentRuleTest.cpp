// Tests for Rules/Kinds/IcfAssessmentRule: malformed ICF codes, codes outside
// IBIC's selection, codes under the wrong life area or factor, and an
// intended level worse than the current one.
#include "KindTestSupport.h"

#include "Config/Files.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// reference() without the ICF selection is not enough here: this one also
/// reads reference/icf-urval.yaml, as the engine does.
const Reference &icfReference() {
  static const Reference Ref = [] {
    YamlSources Sources;
    std::vector<Diagnostic> Errors;
    ReferenceData Data;
    Sources.load(sourcePath("rules/reference/ibic.yaml"), Data, Errors);
    IcfSelectionFile Selection;
    Sources.load(sourcePath("rules/reference/icf-urval.yaml"), Selection, Errors);
    Data.Codes = std::move(Selection.Codes);
    return Reference(std::move(Data), {});
  }();
  return Ref;
}

/// compileRule() with icfReference(): the kind reads the selection when it
/// is compiled. \p Yaml holds the `scope:` and `parameters:` keys.
RuleUnderTest compileIcf(llvm::StringRef Yaml, std::string Message = "{value}") {
  RuleUnderTest Out;
  Out.Sources = std::make_unique<YamlSources>();
  Out.Lexicons = std::make_unique<LexiconIndex>();
  const RuleKind &Kind = *findRuleKind("icf-assessment");
  std::string File = "code: IA900\ntitle: test\nstatus: stable\nseverity: warning\n"
                     "kind: icf-assessment\n" + Yaml.str() +
                     "\nmessage: x\nrationale: {what: a, why: b, instead: c}\n"
                     "examples: []\n";
  RuleFile Spec;
  std::vector<Diagnostic> Diagnostics;
  REQUIRE(Out.Sources->loadText("test.yaml", File, Spec, Diagnostics));
  auto Error = [&](llvm::SMLoc, std::string M) { Out.Errors.push_back(std::move(M)); };
  Scope S = compileScope(Spec.Scope, Kind, icfReference(), Error);
  KindOptions Options(Spec.Parameters, Kind.Name, "test/icf-assessment",
                      icfReference(), Error);
  KindContext Context{Options, icfReference(), *Out.Lexicons, "", ""};
  RuleSpec RS{"test/icf-assessment", "IA900", Severity::Warning,
              std::move(Message)};
  Out.R = Kind.Create(std::move(RS), std::move(S), Context);
  Options.finish();
  Out.Active.Always = llvm::BitVector(Out.Lexicons->lists(), true);
  return Out;
}

/// A rule for utredningar that must compile cleanly.
RuleUnderTest icfRule(const char *Check, std::string Message = "{value}") {
  RuleUnderTest C = compileIcf("scope: {document-types: [utredning]}\n"
                               "parameters: {check: " + std::string(Check) + "}",
                               std::move(Message));
  INFO("first error: " << (C.Errors.empty() ? "" : C.Errors.front()));
  REQUIRE(C.Errors.empty());
  return C;
}

/// rejects() for compileIcf().
bool icfRejects(llvm::StringRef Yaml, llvm::StringRef Part) {
  return llvm::any_of(compileIcf(Yaml).Errors, [&](const std::string &E) {
    return llvm::StringRef(E).contains(Part);
  });
}

std::vector<Hit> run(const RuleUnderTest &R, llvm::StringRef Body) {
  return check(R, readCase("u.txt", textDocument("Utredning", Body)));
}

/// The messages of the findings for \p Body.
std::vector<std::string> messages(const RuleUnderTest &R, llvm::StringRef Body) {
  std::vector<std::string> Out;
  for (const Hit &H : run(R, Body))
    Out.push_back(H.Message);
  return Out;
}

} // namespace

TEST_CASE("icf-assessment: the test reference holds IBIC's ICF selection",
          "[rules][icf-assessment]") {
  CHECK(icfReference().data().Codes.size() > 50);
}

TEST_CASE("icf-assessment: code-valid finds a malformed code",
          "[rules][icf-assessment]") {
  auto R = icfRule("code-valid", "{section}: {value} ({code})");
  Case C = readCase("u.txt",
                    textDocument("Utredning",
                                 "Personlig vård\n"
                                 "Bedömning: d510000 Att tvätta sig – måttlig begränsning (2).\n"  // 5
                                 "Bedömning: d510 Att tvätta sig – måttlig begränsning (2).\n"
                                 "Bedömning: D5101 Att tvätta kroppen – lätt begränsning (1).\n"
                                 "Bedömning: måttlig begränsning (2).\n"));
  std::vector<Hit> Hits = check(R, C);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].EndLine == 5);
  CHECK(Hits[0].Text == "Bedömning: d510000 Att tvätta sig – måttlig begränsning (2).");
  CHECK(Hits[0].Message == "Personlig vård: 'd510000' är ingen ICF-kod (d510000)");
  CHECK(Hits[0].Unit == &C.Documents[0].Sections[0]);
  // IBIC's own codes with their capital letter, chapters and components.
  CHECK(run(R, "Känsla av trygghet\nBedömning: b1528A lätt svårighet (1).\n"
                "Stöd till närstående\nBedömning: e398A lätt svårighet (1).\n"
                "Hemliv\nBedömning: d6 lätt svårighet (1).\n"
                "Kroppsstrukturer\nBedömning: s7500 lätt svårighet (1).\n")
            .empty());
}

TEST_CASE("icf-assessment: code-in-selection checks activity codes only",
          "[rules][icf-assessment]") {
  auto R = icfRule("code-in-selection");
  CHECK(messages(R, "Personlig vård\nBedömning: d599 måttlig begränsning (2).\n") ==
        Strings{"'d599' finns inte i IBIC:s urval av ICF-koder"});
  CHECK(run(R, "Personlig vård\nBedömning: d510 måttlig begränsning (2).\n").empty());
  CHECK(run(R, "Hemliv\nBedömning: d6405 måttlig begränsning (2).\n").empty());
  // b, s and e codes are open-ended; a chapter alone is no code to look up.
  CHECK(run(R, "Kroppsfunktioner\nBedömning: b28013 lätt problem (1).\n"
                "Omgivningsfaktorer\nBedömning: e999 lätt problem (1).\n"
                "Hemliv\nBedömning: d6 lätt problem (1).\n")
            .empty());
  // A malformed code is code-valid's finding, not this one's.
  CHECK(run(R, "Personlig vård\nBedömning: d510000 lätt problem (1).\n").empty());
}

TEST_CASE("icf-assessment: code-placement compares a code with its section",
          "[rules][icf-assessment]") {
  auto R = icfRule("code-placement", "{value}");
  // A d5 code under Hemliv.
  std::vector<Hit> Hits =
      run(R, "Hemliv\nDisk.\nBedömning: d510 Att tvätta sig – måttlig begränsning (2).\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 6);
  CHECK(Hits[0].Message == "d510 hör till Personlig vård, inte Hemliv");
  // A d code not in the selection still belongs to its chapter.
  CHECK(messages(R, "Hemliv\nBedömning: d5999 lätt problem (1).\n") ==
        Strings{"d5999 hör till Personlig vård, inte Hemliv"});
  CHECK(run(R, "Personlig vård\nBedömning: d5999 lätt problem (1).\n").empty());
  // b, s and e codes under their factors.
  CHECK(run(R, "Kroppsfunktioner\nBedömning: b130 lätt problem (1).\n"
                "Kroppsfunktioner\nBedömning: b28013 lätt problem (1).\n"
                "Kroppsstrukturer\nBedömning: s7500 lätt problem (1).\n"
                "Omgivningsfaktorer\nBedömning: e310 lätt problem (1).\n")
            .empty());
  CHECK(messages(R, "Kroppsfunktioner\nBedömning: d510 lätt problem (1).\n") ==
        Strings{"d510 hör till Personlig vård, inte Kroppsfunktioner"});
  CHECK(messages(R, "Hemliv\nBedömning: b130 lätt problem (1).\n") ==
        Strings{"b130 hör till Kroppsfunktioner, inte Hemliv"});
  // IBIC's own categories are life areas despite their letters.
  CHECK(run(R, "Stöd till närstående\nBedömning: e398A lätt problem (1).\n"
                "Känsla av trygghet\nBedömning: b1528A lätt problem (1).\n")
            .empty());
  CHECK(messages(R, "Omgivningsfaktorer\nBedömning: e398A lätt problem (1).\n") ==
        Strings{"e398A hör till Personligt stöd från person som vårdar eller "
                "stödjer en närstående, inte Omgivningsfaktorer"});
  // A section that is neither a life area nor a factor has no place to
  // compare with.
  CHECK(run(R, "Bedömning\nBedömning: d510 lätt problem (1).\n").empty());
}

TEST_CASE("icf-assessment: target-level needs a comment for a worse target",
          "[rules][icf-assessment]") {
  auto R = icfRule("target-level", "{section} {code}: {value}");
  const char *Worse =
      "Förflyttning\n"
      "Bedömning: d450 Att gå – lätt begränsning (1). Avsett: stor begränsning (3).\n";
  std::vector<Hit> Hits = run(R, Worse);
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 5);
  CHECK(Hits[0].Column == 1);
  CHECK(Hits[0].Text == "Bedömning: d450 Att gå – lätt begränsning (1). "
                        "Avsett: stor begränsning (3).");
  CHECK(Hits[0].Message ==
        "Förflyttning d450: avsett funktionstillstånd (3) är sämre än nuvarande (1)");
  // A comment in the section explains it.
  CHECK(run(R, std::string(Worse) + "Parkinsons sjukdom väntas göra gången sämre.\n")
            .empty());
  // The same or a better target.
  CHECK(run(R, "Förflyttning\nBedömning: d450 stor begränsning (3). "
                "Avsett: lätt begränsning (1).\n"
                "Hemliv\nBedömning: d640 måttlig begränsning (2). "
                "Avsett: måttlig begränsning (2).\n")
            .empty());
  // 8 and 9 are no degrees of difficulty; no target, no comparison.
  CHECK(run(R, "Förflyttning\nBedömning: d450 lätt begränsning (1). Avsett: (9).\n"
                "Hemliv\nBedömning: d640 ej specificerat. Avsett: (2).\n"
                "Personlig vård\nBedömning: d510 lätt begränsning (1).\n")
            .empty());
}

TEST_CASE("icf-assessment: section and document-types select",
          "[rules][icf-assessment]") {
  RuleUnderTest R = compileIcf(R"(scope:
  document-types: [utredning]
  section: {kind: relaterad-faktor}
parameters: {check: code-valid})");
  REQUIRE(R.Errors.empty());
  std::vector<Hit> Hits = run(R, "Hemliv\nBedömning: d6400000 lätt problem (1).\n"
                                 "Kroppsfunktioner\nBedömning: b1300000 lätt problem (1).\n");
  REQUIRE(Hits.size() == 1);
  CHECK(Hits[0].Line == 7);
  CHECK(check(R, readCase("p.txt", textDocument("Genomförandeplan",
                                                "Kroppsfunktioner\n"
                                                "Bedömning: b1300000 lätt problem (1).\n")))
            .empty());
}

TEST_CASE("icf-assessment: check is required and one of four",
          "[rules][icf-assessment]") {
  RuleUnderTest Missing = compileIcf("");
  REQUIRE(Missing.Errors.size() == 1);
  CHECK_THAT(Missing.Errors[0], Catch::Contains("'check'"));
  RuleUnderTest Bad = compileIcf("parameters: {check: code-level}");
  REQUIRE(Bad.Errors.size() == 1);
  CHECK_THAT(Bad.Errors[0], Catch::Contains("code-placement"));
}

TEST_CASE("icf-assessment: unknown parameters and units are rejected",
          "[rules][icf-assessment]") {
  // section is scope now; under parameters it would select nothing.
  CHECK(icfRejects("parameters: {check: code-valid, section: {kind: livsomrade}}",
                   "parametern 'section' används inte av regeltypen icf-assessment"));
  // Assessments are read per section.
  CHECK(icfRejects("scope: {unit: paragraph}\nparameters: {check: code-valid}",
                   "läser enheten section, inte 'paragraph'"));
}
