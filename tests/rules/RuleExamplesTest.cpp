//===- RuleExamplesTest.cpp - Every rule's examples are its tests ---------===//
//
// One generic test runs the good and bad examples written in each rule file:
// a bad example must give a finding of that rule, on exactly the span marked
// with [[ ]] and with the expected suggestion; applying the suggestion must
// quiet the rule there; a good example must give none. A second test
// applies every fix the language rules offer on their bad examples and
// checks that the result reads as correct Swedish to the language rules.
//
//===----------------------------------------------------------------------===//
#include "TestSupport.h"

#include "Support/SourceFile.h"

#include <catch2/catch.hpp>

namespace ibic::test {
namespace {

struct PreparedExample {
  std::string Text;             ///< Markers removed, header added.
  uint32_t Begin = 0, End = 0; ///< The marked span, if any.
  bool Marked = false;
};

PreparedExample prepare(const RuleExample &E) {
  PreparedExample P;
  llvm::StringRef Body = E.Text;
  if (!Body.startswith("Ärende:"))
    P.Text = "Ärende: exempel\nDokument: " +
             (E.Document.empty() ? std::string("Utredning") : E.Document) +
             "\n\n";
  size_t Open = Body.find("[[");
  size_t Close = Body.find("]]");
  if (Open != llvm::StringRef::npos && Close != llvm::StringRef::npos &&
      Open < Close) {
    P.Marked = true;
    P.Begin = P.Text.size() + Open;
    P.End = P.Text.size() + Close - 2;
    P.Text += Body.take_front(Open).str() + Body.slice(Open + 2, Close).str() +
              Body.drop_front(Close + 2).str();
  } else {
    P.Text += Body.str();
  }
  return P;
}

std::vector<Finding> findingsOf(const std::string &RuleId,
                                const std::string &Text, bool AnyRule = false) {
  AuditOptions Options;
  Options.Score = false;
  AuditResult R = engine().auditText("exempel.txt", Text, Options);
  INFO("the example must be readable input");
  for (const Diagnostic &D : R.Errors)
    FAIL_CHECK(D.Line << ":" << D.Column << ": " << D.Message);
  std::vector<Finding> Found;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings)
      if (AnyRule ? llvm::StringRef(F.Rule).startswith(RuleId) : F.Rule == RuleId)
        Found.push_back(F);
  return Found;
}

} // namespace

TEST_CASE("every rule's examples behave as written", "[rules][examples]") {
  for (const RuleInfo &Rule : engine().rules()) {
    unsigned N = 0;
    for (const RuleExample &E : Rule.Examples) {
      ++N;
      DYNAMIC_SECTION(Rule.File << " example " << N
                                << (E.Bad ? " (bad)" : " (good)")) {
        PreparedExample P = prepare(E);
        INFO("example text:\n" << P.Text);
        std::vector<Finding> Found = findingsOf(Rule.Id, P.Text);
        if (!E.Bad) {
          CHECK(Found.empty());
          continue;
        }
        REQUIRE_FALSE(Found.empty());
        if (!P.Marked)
          continue;
        SourceFile Where("exempel.txt", P.Text);
        LineColumn Begin = Where.locate(P.Begin), End = Where.locate(P.End);
        auto Exact = std::find_if(Found.begin(), Found.end(), [&](const Finding &F) {
          return F.Line == Begin.Line && F.Column == Begin.Column &&
                 F.EndLine == End.Line && F.EndColumn == End.Column;
        });
        INFO("expected a finding at " << Begin.Line << ":" << Begin.Column
                                      << "-" << End.Line << ":" << End.Column
                                      << ", first found at " << Found[0].Line
                                      << ":" << Found[0].Column << "-"
                                      << Found[0].EndLine << ":"
                                      << Found[0].EndColumn);
        REQUIRE(Exact != Found.end());
        if (E.Suggestion.empty())
          continue;
        CHECK(Exact->Suggestion == E.Suggestion);
        std::string Fixed = P.Text.substr(0, P.Begin) + Exact->Suggestion +
                            P.Text.substr(P.End);
        INFO("after applying the suggestion:\n" << Fixed);
        for (const Finding &F : findingsOf(Rule.Id, Fixed))
          CHECK_FALSE((F.Line == Begin.Line && F.Column == Begin.Column));
      }
    }
  }
}

TEST_CASE("every fix of a language rule's examples gives text the language "
          "rules accept",
          "[rules][examples][fixes]") {
  for (const RuleInfo &Rule : engine().rules()) {
    if (!llvm::StringRef(Rule.Id).startswith("sprak/"))
      continue;
    unsigned N = 0;
    for (const RuleExample &E : Rule.Examples) {
      ++N;
      if (!E.Bad)
        continue;
      PreparedExample P = prepare(E);
      SourceFile Where("exempel.txt", P.Text);
      for (const Finding &F : findingsOf(Rule.Id, P.Text)) {
        if (F.Suggestion.empty())
          continue;
        DYNAMIC_SECTION(Rule.File << " example " << N << " fix '" << F.Suggestion
                                  << "'") {
          // Lines and code-point columns back to byte offsets.
          llvm::StringRef Text = P.Text;
          size_t LineStart = 0;
          for (unsigned L = 1; L < F.Line; ++L)
            LineStart = Text.find('\n', LineStart) + 1;
          auto ByteAt = [&](size_t From, unsigned Column) {
            size_t At = From;
            for (unsigned C = 1; C < Column; ++C) {
              ++At;
              while (At < Text.size() && (Text[At] & 0xC0) == 0x80)
                ++At;
            }
            return At;
          };
          size_t Begin = ByteAt(LineStart, F.Column);
          size_t EndLineStart = LineStart;
          for (unsigned L = F.Line; L < F.EndLine; ++L)
            EndLineStart = Text.find('\n', EndLineStart) + 1;
          size_t End = ByteAt(EndLineStart, F.EndColumn);
          std::string Fixed = P.Text.substr(0, Begin) + F.Suggestion + P.Text.substr(End);
          INFO("before: " << Where.lineAt(Begin).str());
          SourceFile After("exempel.txt", Fixed);
          INFO("after:  " << After.lineAt(Begin).str());
          LineColumn FixBegin = After.locate(Begin),
                     FixEnd = After.locate(Begin + F.Suggestion.size());
          for (const Finding &G : findingsOf("sprak/", Fixed, /*AnyRule=*/true)) {
            bool Inside = G.Line == FixBegin.Line && G.EndColumn > FixBegin.Column &&
                          G.Column <= FixEnd.Column;
            if (G.Rule == Rule.Id)
              CHECK_FALSE((G.Line == FixBegin.Line && G.Column == FixBegin.Column));
            if (G.Rule == "sprak/stavning" || G.Rule == "sprak/upprepat-ord" ||
                G.Rule == "sprak/saknat-mellanslag")
              CHECK_FALSE(Inside);
          }
        }
      }
    }
  }
}

} // namespace ibic::test
