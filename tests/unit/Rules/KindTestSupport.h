//===- KindTestSupport.h - Building one rule kind in a test ---------------===//
//
// Rule-kind tests compile a rule from the `scope:` and `parameters:` of a
// rule file written in the test, read a small document with the real
// readers, analyse it and walk the scope as the engine does, and look at
// the findings with their resolved line and code-point column.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TESTS_UNIT_RULES_KINDTESTSUPPORT_H
#define IBIC_TESTS_UNIT_RULES_KINDTESTSUPPORT_H

#include "Analysis/Analyzer.h"
#include "Document/Reader.h"
#include "Rules/RuleKinds.h"
#include "Rules/SpellingState.h"
#include "TestSupport.h"

#include "llvm/Support/FileSystem.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace ibic::test {

/// A compiled rule with the word lists it registered.
struct RuleUnderTest {
  std::unique_ptr<YamlSources> Sources; ///< Keeps the YAML the rule points into.
  std::unique_ptr<LexiconIndex> Lexicons;
  ActiveLexicons Active;
  std::unique_ptr<Rule> R;
  std::vector<std::string> Errors; ///< What loading and the kind reported.
  const Rule *operator->() const { return R.get(); }
  const Rule &operator*() const { return *R; }
};

/// Compiles a rule of \p Kind from \p Yaml, the `scope:` and `parameters:`
/// keys of a rule file; the finding message is \p Message.
inline RuleUnderTest compileRule(llvm::StringRef Kind, llvm::StringRef Yaml,
                                 std::string Message = "{match}") {
  RuleUnderTest Out;
  Out.Sources = std::make_unique<YamlSources>();
  Out.Lexicons = std::make_unique<LexiconIndex>();
  const RuleKind *K = findRuleKind(Kind);
  REQUIRE(K != nullptr);
  std::string File = "code: IA900\ntitle: test\nstatus: stable\nseverity: warning\n"
                     "kind: " + Kind.str() + "\n" + Yaml.str() +
                     "\nmessage: x\nrationale: {what: a, why: b, instead: c}\n"
                     "examples: []\n";
  RuleFile Spec;
  std::vector<Diagnostic> Diagnostics;
  if (!Out.Sources->loadText("test.yaml", File, Spec, Diagnostics)) {
    for (const Diagnostic &D : Diagnostics)
      Out.Errors.push_back(D.Message);
    return Out;
  }
  auto Error = [&](llvm::SMLoc, std::string M) { Out.Errors.push_back(std::move(M)); };
  Scope S = compileScope(Spec.Scope, *K, reference(), Error);
  KindOptions Options(Spec.Parameters, Kind, "test/" + Kind.str(), reference(), Error);
  KindContext Context{Options, reference(), *Out.Lexicons, "/usr/share/hunspell",
                      /*SpellingMemoDir=*/""};
  RuleSpec RS{"test/" + Kind.str(), "IA900", Severity::Warning,
              std::move(Message)};
  Out.R = K->Create(std::move(RS), std::move(S), Context);
  Options.finish();
  Out.Active.Always = llvm::BitVector(Out.Lexicons->lists(), true);
  return Out;
}

/// Compiles a rule that must compile cleanly.
inline RuleUnderTest goodRule(llvm::StringRef Kind, llvm::StringRef Yaml,
                              std::string Message = "{match}") {
  RuleUnderTest C = compileRule(Kind, Yaml, std::move(Message));
  INFO("first error: " << (C.Errors.empty() ? "" : C.Errors.front()));
  REQUIRE(C.Errors.empty());
  REQUIRE(C.R != nullptr);
  return C;
}

/// Whether compiling \p Yaml reports an error containing \p Part.
inline bool rejects(llvm::StringRef Kind, llvm::StringRef Yaml, llvm::StringRef Part) {
  RuleUnderTest C = compileRule(Kind, Yaml);
  return llvm::any_of(C.Errors, [&](const std::string &E) {
    return llvm::StringRef(E).contains(Part);
  });
}

/// Reads one file that must read cleanly and hold one case.
inline Case readCase(llvm::StringRef Name, llvm::StringRef Text) {
  ReadResult R = readBuffer(Name, Text.str(), reference());
  INFO("first reader error: " << (R.Errors.empty() ? "" : R.Errors.front().Message));
  REQUIRE(R.Errors.empty());
  REQUIRE(R.Cases.size() == 1);
  return std::move(R.Cases.front());
}

/// A plain-text document of type \p Type (a Swedish word) around \p Body.
/// The header takes lines 1-2, the blank line is line 3, \p Body starts on 4.
inline std::string textDocument(llvm::StringRef Type, llvm::StringRef Body) {
  return "Ärende: 2025-9900\nDokument: " + Type.str() + "\n\n" + Body.str();
}

/// A finding resolved to lines and columns, with the text it covers.
struct Hit {
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0;
  std::string Text, Message, Suggestion, Document;
  const void *Unit = nullptr;
  /// RawFinding::Observation: a unit judged sound, not a finding.
  bool Observation = false;
  bool Partial = false;
  Severity Level = Severity::Warning;
};

/// Runs \p R over \p C as the engine does: one analysis, the rule's scope,
/// a fresh audit state.
inline std::vector<Hit> check(const RuleUnderTest &R, const Case &C) {
  Analyzer A(*R.Lexicons, R.Active, reference().otherPersonRoles());
  CaseAnalysis Analysis;
  A.analyze(C, Analysis);
  std::vector<RawFinding> Raw;
  std::vector<std::unique_ptr<RuleState>> States;
  AuditCaches Shared;
  States.push_back(R->newAuditState(Shared));
  RuleContext Ctx(Raw, States);
  ScopeBuffers Buffers;
  forEachUnit(R->scope(), Analysis, Buffers,
              [&](const RuleUnit &U) { R->check(U, Ctx); });
  std::vector<Hit> Hits;
  for (const RawFinding &F : Raw) {
    // The rule's spec, or a copy of it at a lower severity (Rule::lowerLast).
    REQUIRE(F.Rule->Id == R->spec().Id);
    REQUIRE(F.Rule->Level <= R->spec().Level);
    REQUIRE(F.Doc != nullptr);
    REQUIRE(F.Begin <= F.End);
    const SourceFile &File = *F.Doc->File;
    LineColumn B = File.locate(F.Begin), E = File.locate(F.End);
    Hits.push_back({B.Line, B.Column, E.Line, E.Column,
                    File.contents().slice(F.Begin, F.End).str(), F.Message,
                    F.Suggestion, F.Doc->Id, F.Unit, F.Observation, F.Partial,
                    F.Rule->Level});
  }
  return Hits;
}

/// The findings of check() without the observations.
inline std::vector<Hit> findings(const RuleUnderTest &R, const Case &C) {
  std::vector<Hit> Hits = check(R, C);
  Hits.erase(std::remove_if(Hits.begin(), Hits.end(),
                            [](const Hit &H) { return H.Observation; }),
             Hits.end());
  return Hits;
}

using Strings = std::vector<std::string>;

/// Whether Hunspell's sv_SE is installed where the rules look by default.
inline bool haveSwedishDictionary() {
  return llvm::sys::fs::exists("/usr/share/hunspell/sv_SE.aff") &&
         llvm::sys::fs::exists("/usr/share/hunspell/sv_SE.dic");
}

/// Skips the rest of a test case on a machine without sv_SE.
#define REQUIRE_SWEDISH_DICTIONARY()                                           \
  do {                                                                         \
    if (!::ibic::test::haveSwedishDictionary()) {                              \
      WARN("sv_SE Hunspell dictionary missing; test skipped");                 \
      return;                                                                  \
    }                                                                          \
  } while (false)

/// The matched texts of \p Hits, in order.
inline Strings texts(const std::vector<Hit> &Hits) {
  Strings Out;
  for (const Hit &H : Hits)
    Out.push_back(H.Text);
  return Out;
}

} // namespace ibic::test

#endif
