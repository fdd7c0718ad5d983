//===- RuleExamplesTest.cpp - Every rule's examples are its tests ---------===//
//
// One generic test runs the good and bad examples written in each rule file:
// a bad example must give a finding of that rule, on exactly the span marked
// with [[ ]] and with the expected suggestion; applying the suggestion must
// quiet the rule there; a good example must give none. A second test
// applies every fix the language rules offer on their bad examples and
// checks that the result reads as correct Swedish to the language rules. A
// third gives every example again with its letters decomposed (NFD, as some
// systems export) and with no-break spaces between its words, and expects
// the same findings of every rule.
//
//===----------------------------------------------------------------------===//
#include "TestSupport.h"

#include "Support/SourceFile.h"

#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace ibic::test {
namespace {

struct PreparedExample {
  std::string Text; ///< Markers removed, header added.
  /// Every marked span; a bad example needs a finding at each. The first
  /// is the one the example's suggestion fixes.
  std::vector<std::pair<uint32_t, uint32_t>> Marks;
};

PreparedExample prepare(const RuleExample &E) {
  PreparedExample P;
  llvm::StringRef Body = E.Text;
  if (!Body.startswith("Ärende:"))
    P.Text = "Ärende: exempel\nDokument: " +
             (E.Document.empty() ? std::string("Utredning") : E.Document) +
             "\n\n";
  for (;;) {
    size_t Open = Body.find("[["), Close = Body.find("]]");
    if (Open == llvm::StringRef::npos || Close == llvm::StringRef::npos || Close < Open)
      break;
    uint32_t Begin = P.Text.size() + Open;
    P.Text += Body.take_front(Open).str() + Body.slice(Open + 2, Close).str();
    P.Marks.push_back({Begin, uint32_t(P.Text.size())});
    Body = Body.drop_front(Close + 2);
  }
  P.Text += Body.str();
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

/// \p Text with its letters decomposed: "ä" as "a" and a combining mark.
std::string decomposed(const std::string &Text) {
  UErrorCode Status = U_ZERO_ERROR;
  const icu::Normalizer2 *Nfd = icu::Normalizer2::getNFDInstance(Status);
  REQUIRE(U_SUCCESS(Status));
  icu::UnicodeString Out =
      Nfd->normalize(icu::UnicodeString::fromUTF8(Text), Status);
  REQUIRE(U_SUCCESS(Status));
  std::string Bytes;
  return Out.toUTF8String(Bytes);
}

/// \p Text with every space after its header block as a no-break space.
std::string withNoBreakSpaces(const std::string &Text) {
  size_t Body = Text.find("\n\n");
  std::string Out = Text.substr(0, Body);
  for (char C : Text.substr(Body))
    Out += C == ' ' ? std::string("\u00A0") : std::string(1, C);
  return Out;
}

/// What a finding says, with what the spelling of its input may change left
/// out: columns count code points, so a decomposed letter moves them.
std::vector<std::string> describe(const std::vector<Finding> &Found,
                                  bool WithColumns) {
  std::vector<std::string> Out;
  for (const Finding &F : Found) {
    std::string Suggestion = F.Suggestion;
    for (size_t At; (At = Suggestion.find("\u00A0")) != std::string::npos;)
      Suggestion.replace(At, 2, " ");
    std::string Where = std::to_string(F.Line);
    if (WithColumns)
      Where += ":" + std::to_string(F.Column) + "-" + std::to_string(F.EndLine) +
               ":" + std::to_string(F.EndColumn);
    Out.push_back(F.Rule + " " + Where + " '" + decomposed(Suggestion) + "'");
  }
  std::sort(Out.begin(), Out.end());
  return Out;
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
        if (P.Marks.empty())
          continue;
        SourceFile Where("exempel.txt", P.Text);
        auto FindingAt = [&](std::pair<uint32_t, uint32_t> Mark) {
          LineColumn Begin = Where.locate(Mark.first), End = Where.locate(Mark.second);
          INFO("expected a finding at " << Begin.Line << ":" << Begin.Column << "-"
                                        << End.Line << ":" << End.Column << ", first found at "
                                        << Found[0].Line << ":" << Found[0].Column << "-"
                                        << Found[0].EndLine << ":" << Found[0].EndColumn);
          auto Exact = std::find_if(Found.begin(), Found.end(), [&](const Finding &F) {
            return F.Line == Begin.Line && F.Column == Begin.Column &&
                   F.EndLine == End.Line && F.EndColumn == End.Column;
          });
          CHECK(Exact != Found.end());
          return Exact;
        };
        for (size_t M = 1; M < P.Marks.size(); ++M)
          FindingAt(P.Marks[M]);
        auto [FixBegin, FixEnd] = P.Marks.front();
        auto Exact = FindingAt(P.Marks.front());
        if (Exact == Found.end() || E.Suggestion.empty())
          continue;
        CHECK(Exact->Suggestion == E.Suggestion);
        std::string Fixed =
            P.Text.substr(0, FixBegin) + Exact->Suggestion + P.Text.substr(FixEnd);
        INFO("after applying the suggestion:\n" << Fixed);
        LineColumn Begin = Where.locate(FixBegin);
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

TEST_CASE("every example gives the same findings decomposed and with no-break "
          "spaces",
          "[rules][examples][unicode]") {
  for (const RuleInfo &Rule : engine().rules()) {
    unsigned N = 0;
    for (const RuleExample &E : Rule.Examples) {
      ++N;
      DYNAMIC_SECTION(Rule.File << " example " << N) {
        PreparedExample P = prepare(E);
        INFO("example text:\n" << P.Text);
        std::vector<Finding> AsWritten = findingsOf("", P.Text, /*AnyRule=*/true);
        CHECK(describe(findingsOf("", decomposed(P.Text), true), false) ==
              describe(AsWritten, false));
        CHECK(describe(findingsOf("", withNoBreakSpaces(P.Text), true), true) ==
              describe(AsWritten, true));
      }
    }
  }
}

} // namespace ibic::test
