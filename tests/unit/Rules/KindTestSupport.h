//===- KindTestSupport.h - Building one rule kind in a test ---------------===//
//
// Rule-kind tests compile a rule straight from RuleParameters filled in C++
// (no rule file), read a small document with the real readers and look at
// the findings with their resolved line and code-point column.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TESTS_UNIT_RULES_KINDTESTSUPPORT_H
#define IBIC_TESTS_UNIT_RULES_KINDTESTSUPPORT_H

#include "Document/Reader.h"
#include "Rules/RuleKinds.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace ibic::test {

/// A parameter value as if read from YAML (without a location).
inline Located loc(std::string Value) { return {std::move(Value), llvm::SMLoc()}; }

inline std::vector<Located> locs(std::initializer_list<const char *> Values) {
  std::vector<Located> Out;
  for (const char *V : Values)
    Out.push_back(loc(V));
  return Out;
}

inline SectionSelectorSpec selector(std::string Kind, std::string LifeArea = "",
                                    std::string Factor = "") {
  return {loc(std::move(Kind)), loc(std::move(LifeArea)), loc(std::move(Factor))};
}

struct CompiledRule {
  std::unique_ptr<Rule> R;
  std::vector<std::string> Errors; ///< What the kind reported while compiling.
};

/// Compiles a rule of \p Kind from \p Params; the finding message is
/// \p Message with its placeholders.
inline CompiledRule compileRule(llvm::StringRef Kind, const RuleParameters &Params,
                                std::string Message = "{match}") {
  CompiledRule Out;
  const RuleKind *K = findRuleKind(Kind);
  REQUIRE(K != nullptr);
  std::vector<std::string> &Errors = Out.Errors;
  KindContext Context(Params, reference(),
                      [&Errors](llvm::SMLoc, std::string Message) {
                        Errors.push_back(std::move(Message));
                      });
  RuleSpec Spec{"test/" + Kind.str(), "IA900", Severity::Warning, {"M1"},
                std::move(Message)};
  Out.R = K->Create(std::move(Spec), Context);
  CHECK(Context.failed() == !Out.Errors.empty());
  return Out;
}

/// Compiles a rule that must compile cleanly.
inline std::unique_ptr<Rule> goodRule(llvm::StringRef Kind,
                                      const RuleParameters &Params,
                                      std::string Message = "{match}") {
  CompiledRule C = compileRule(Kind, Params, std::move(Message));
  INFO("first error: " << (C.Errors.empty() ? "" : C.Errors.front()));
  REQUIRE(C.Errors.empty());
  REQUIRE(C.R != nullptr);
  return std::move(C.R);
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
};

inline std::vector<Hit> check(const Rule &R, const Case &C) {
  std::vector<RawFinding> Raw;
  R.check(C, Raw);
  std::vector<Hit> Hits;
  for (const RawFinding &F : Raw) {
    REQUIRE(F.Rule == &R.spec());
    REQUIRE(F.Doc != nullptr);
    REQUIRE(F.Begin <= F.End);
    const SourceFile &File = *F.Doc->File;
    LineColumn B = File.locate(F.Begin), E = File.locate(F.End);
    Hits.push_back({B.Line, B.Column, E.Line, E.Column,
                    File.contents().slice(F.Begin, F.End).str(), F.Message,
                    F.Suggestion, F.Doc->Id, F.Unit, F.Observation, F.Partial});
  }
  return Hits;
}

/// The findings of check() without the observations.
inline std::vector<Hit> findings(const Rule &R, const Case &C) {
  std::vector<Hit> Hits = check(R, C);
  Hits.erase(std::remove_if(Hits.begin(), Hits.end(),
                            [](const Hit &H) { return H.Observation; }),
             Hits.end());
  return Hits;
}

using Strings = std::vector<std::string>;

/// The matched texts of \p Hits, in order.
inline Strings texts(const std::vector<Hit> &Hits) {
  Strings Out;
  for (const Hit &H : Hits)
    Out.push_back(H.Text);
  return Out;
}

} // namespace ibic::test

#endif
