//===- ReportTestSupport.h - Inputs shared by the report writer tests -----===//
//
// The sample corpus audited once, and a small hand-made result with every
// awkward case a writer must handle: text that needs escaping or quoting in
// every format (; " < > & ' and a control character), a non-ASCII path with a
// space, an absolute path, a null score, a score below max without findings,
// findings for a passed question and for no question, a case without
// avdelning, an id that a spreadsheet would read as a formula, and an
// unreadable file.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TESTS_REPORTTESTSUPPORT_H
#define IBIC_TESTS_REPORTTESTSUPPORT_H

#include "TestSupport.h"
#include "ibic/Engine.h"
#include "ibic/Report.h"

#include "llvm/Support/raw_ostream.h"

#include <string>

namespace ibic::test {

/// The sample corpus, audited once per process (or in check mode).
inline const AuditResult &sampleResult(bool Score = true) {
  static const AuditResult Audited = [] {
    AuditOptions Options;
    return engine().audit({sourcePath("corpora/sample")}, Options);
  }();
  static const AuditResult Checked = [] {
    AuditOptions Options;
    Options.Score = false;
    return engine().audit({sourcePath("corpora/sample")}, Options);
  }();
  return Score ? Audited : Checked;
}

/// What a writer printed.
template <typename Writer> std::string render(Writer &&Write) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  Write(OS);
  OS.flush();
  return Out;
}

inline const char *const AwkwardText =
    "Värdeladdat ord 'vägrar'; <script>alert(\"x\")</script> & mer";

inline AuditResult handMadeResult() {
  AuditResult R;
  R.TemplateId = "ibic-granskningsmall";
  R.TemplateVersion = "1";
  R.TemplateQuestions = {{"M1", "Den enskildes egen uppfattning om sina behov framgår"},
                         {"M13", "Texten är saklig, respektfull och begriplig"},
                         {"U1", "Genomförandeplanen beskriver vad, hur, när och av vem"}};

  CaseResult A;
  A.Id = "2024-0142";
  A.Avdelning = "Hemtjänst; \"natt\"";
  A.Enhet = "Haga <hemtjänst> & co";
  A.Lagrum = "SoL";
  A.Files = {"export/ärende 1.xml"};
  QuestionScore M1, M13, U1;
  M1.Id = "M1";
  M1.Score = 2;
  M1.Evidence = {"Elsa berättar"};
  M13.Id = "M13";
  M13.Score = 1;
  U1.Id = "U1";
  U1.Reason = "ingen genomförandeplan";
  A.Questions = {M1, M13, U1};
  Finding Loaded;
  Loaded.Rule = "sprak/vardeladdat-ord";
  Loaded.Code = "IA101";
  Loaded.Level = Severity::Warning;
  Loaded.Question = "M13";
  Loaded.Message = AwkwardText;
  Loaded.Suggestion = "avböjer";
  Loaded.Document = "U-1";
  Loaded.File = "export/ärende 1.xml";
  Loaded.Line = 12;
  Loaded.Column = 7;
  Loaded.EndLine = 12;
  Loaded.EndColumn = 13;
  Loaded.SourceLine = "\tElsa vägrar <äta> & \"dricka\".";
  Finding Info;
  Info.Rule = "utredning/resurser-saknas-i-livsomrade";
  Info.Code = "IA112";
  Info.Level = Severity::Info;
  Info.Question = "M1";
  Info.Message = "Resurser saknas\x01 i livsområdet.";
  Info.Document = "U-1";
  Info.File = "export/ärende 1.xml";
  Info.Line = 3;
  Info.Column = 1;
  Info.EndLine = 3;
  Info.EndColumn = 5;
  Info.SourceLine = "Hemliv";
  Finding NoQuestion;
  NoQuestion.Rule = "dokument/id-saknas";
  NoQuestion.Level = Severity::Error;
  NoQuestion.Message = "Dokumentet saknar id.";
  NoQuestion.Document = "U-1";
  NoQuestion.File = "export/ärende 1.xml";
  NoQuestion.Line = 1;
  NoQuestion.Column = 1;
  NoQuestion.EndLine = 1;
  NoQuestion.EndColumn = 2;
  A.Findings = {NoQuestion, Info, Loaded};
  R.Cases.push_back(A);

  CaseResult B;
  B.Id = "=2024-0150";
  B.Files = {"/srv/export/b.txt"};
  QuestionScore BM1 = M1, BM13 = M13, BU1 = U1;
  BM1.Score = 0;
  BM1.Evidence = {"ingen egen uppfattning"};
  BM13.Score.reset();
  BM13.Reason = "ingen utredning";
  BU1.Score = 2;
  B.Questions = {BM1, BM13, BU1};
  R.Cases.push_back(B);

  GroupResult Avd;
  Avd.Avdelning = A.Avdelning;
  Avd.Cases = 1;
  Avd.Questions = {{"M1", 2.0, 1, TrafficLight::Gron},
                   {"M13", 1.42, 1, TrafficLight::Gul},
                   {"U1", std::nullopt, 0, std::nullopt}};
  GroupResult Enhet = Avd;
  Enhet.Enhet = A.Enhet;
  GroupResult None;
  None.Cases = 1;
  None.Questions = {{"M1", 0.0, 1, TrafficLight::Rod},
                    {"M13", std::nullopt, 0, std::nullopt},
                    {"U1", 2.0, 1, TrafficLight::Gron}};
  R.Groups = {None, Avd, Enhet};
  R.Errors.push_back({"export/trasig fil.xml", 3, 17, "XML-filen är inte välformad.", "<p"});
  return R;
}

/// Rules for the hand-made result (one of its findings has no rule here).
inline std::vector<RuleInfo> handMadeRules() {
  RuleInfo Word;
  Word.Id = "sprak/vardeladdat-ord";
  Word.Code = "IA101";
  Word.Title = "Värdeladdat ord";
  Word.Status = "stable";
  Word.Kind = "lexicon";
  Word.Level = Severity::Warning;
  Word.Questions = {"M13", "U8"};
  Word.What = "Hittar värdeladdade ord.";
  Word.Why = "De beskriver personalens tolkning.";
  Word.Instead = "Beskriv vad som hände.";
  RuleInfo Resources = Word;
  Resources.Id = "utredning/resurser-saknas-i-livsomrade";
  Resources.Code = "IA112";
  Resources.Title = "Resurser saknas";
  Resources.Level = Severity::Info;
  Resources.Enabled = false;
  Resources.Questions = {"M2"};
  RuleInfo Error = Word;
  Error.Id = "dokument/annat";
  Error.Code = "IA001";
  Error.Level = Severity::Error;
  return {Word, Resources, Error};
}

} // namespace ibic::test

#endif
