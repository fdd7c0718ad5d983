//===- JunitReport.cpp - JUnit XML for CI servers -------------------------===//
//
// A testsuite per case, a testcase per template question: score 2 passes,
// 0 or 1 fails with the findings that explain the score, null is skipped
// with its reason. Findings for no scored question make one more testcase,
// and unreadable inputs a testsuite of errors. pugixml does the escaping.
//
//===----------------------------------------------------------------------===//
#include "ibic/Report.h"

#include "Report/ReportSupport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <pugixml.hpp>

namespace ibic {
namespace {

using report::withoutControlCharacters;

class OStreamWriter : public pugi::xml_writer {
public:
  explicit OStreamWriter(llvm::raw_ostream &OS) : OS(OS) {}
  void write(const void *Data, size_t Size) override {
    OS.write(static_cast<const char *>(Data), Size);
  }

private:
  llvm::raw_ostream &OS;
};

void setAttribute(pugi::xml_node N, const char *Name, llvm::StringRef Value) {
  N.append_attribute(Name).set_value(withoutControlCharacters(Value).c_str());
}

void setText(pugi::xml_node N, llvm::StringRef Text) {
  N.text().set(withoutControlCharacters(Text).c_str());
}

struct Counts {
  unsigned Tests = 0, Failures = 0, Errors = 0, Skipped = 0;
  void addTo(pugi::xml_node N) const {
    N.append_attribute("tests").set_value(Tests);
    N.append_attribute("failures").set_value(Failures);
    N.append_attribute("errors").set_value(Errors);
    N.append_attribute("skipped").set_value(Skipped);
  }
  Counts &operator+=(const Counts &O) {
    Tests += O.Tests;
    Failures += O.Failures;
    Errors += O.Errors;
    Skipped += O.Skipped;
    return *this;
  }
};

/// The findings as lines `ibic-audit check` would print, each followed by its
/// suggestion.
std::string findingLines(llvm::ArrayRef<const Finding *> Findings) {
  std::string Text;
  for (const Finding *F : Findings) {
    Text += report::compilerStyle(*F) + "\n";
    if (!F->Suggestion.empty())
      Text += "    förslag: " + F->Suggestion + "\n";
  }
  return Text;
}

pugi::xml_node addTestcase(pugi::xml_node Suite, const CaseResult &C,
                           llvm::StringRef Name) {
  pugi::xml_node T = Suite.append_child("testcase");
  setAttribute(T, "classname", C.Id);
  setAttribute(T, "name", Name);
  return T;
}

bool anyAtLeast(llvm::ArrayRef<const Finding *> Findings, Severity FailOn) {
  return llvm::any_of(Findings,
                      [&](const Finding *F) { return F->Level >= FailOn; });
}

Counts writeCase(pugi::xml_node Suites, const AuditResult &R,
                 const CaseResult &C, Severity FailOn) {
  pugi::xml_node Suite = Suites.append_child("testsuite");
  setAttribute(Suite, "name", C.Id);
  pugi::xml_node Properties = Suite.append_child("properties");
  auto Property = [&](const char *Name, llvm::StringRef Value) {
    if (Value.empty())
      return;
    pugi::xml_node P = Properties.append_child("property");
    setAttribute(P, "name", Name);
    setAttribute(P, "value", Value);
  };
  Property("avdelning", C.Avdelning);
  Property("enhet", C.Enhet);
  Property("lagrum", C.Lagrum);
  Property("filer", llvm::join(C.Files, ", "));

  Counts N;
  report::QuestionFindings Sorted = report::findingsByQuestion(C);
  for (size_t I = 0; I < C.Questions.size(); ++I) {
    const QuestionScore &Q = C.Questions[I];
    std::string Name = Q.Id;
    llvm::StringRef Title = report::questionTitle(R, Q.Id);
    if (!Title.empty())
      Name += " " + Title.str();
    pugi::xml_node T = addTestcase(Suite, C, Name);
    ++N.Tests;
    if (!Q.Score) {
      ++N.Skipped;
      setAttribute(T.append_child("skipped"), "message", Q.Reason);
      continue;
    }
    std::string Findings = findingLines(Sorted.ByQuestion[I]);
    std::string Score = "score " + std::to_string(*Q.Score) + " of " +
                        std::to_string(Q.Max) + " (" +
                        report::scoreLabel(Q.Score).str() + ")";
    if (*Q.Score < Q.Max && Findings.empty())
      for (const std::string &E : Q.Evidence)
        Findings += E + "\n";
    if (!anyAtLeast(Sorted.ByQuestion[I], FailOn)) {
      // Below the failing severity it passes, as the exit code does; what
      // lowered the score is still worth reading.
      if (*Q.Score < Q.Max)
        Findings = Score + "\n" + Findings;
      if (!Findings.empty())
        setText(T.append_child("system-out"), Findings);
      continue;
    }
    ++N.Failures;
    pugi::xml_node Failure = T.append_child("failure");
    setAttribute(Failure, "message", Score);
    setAttribute(Failure, "type", report::scoreLabel(Q.Score).drop_front(2));
    setText(Failure, Findings);
  }
  if (!Sorted.Other.empty() || C.Questions.empty()) {
    pugi::xml_node T =
        addTestcase(Suite, C, C.Questions.empty() ? "Fynd" : "Övriga fynd");
    ++N.Tests;
    if (anyAtLeast(Sorted.Other, FailOn)) {
      ++N.Failures;
      pugi::xml_node Failure = T.append_child("failure");
      setAttribute(Failure, "message",
                   std::to_string(Sorted.Other.size()) + " fynd");
      setText(Failure, findingLines(Sorted.Other));
    } else if (!Sorted.Other.empty()) {
      setText(T.append_child("system-out"), findingLines(Sorted.Other));
    }
  }
  if (!Properties.first_child())
    Suite.remove_child(Properties);
  N.addTo(Suite);
  return N;
}

/// The inputs that could not be read as errors, or the remarks on inputs
/// that were audited anyway (\p Remarks) as passed tests that say what
/// they are: a remark does not fail a run.
Counts writeDiagnostics(pugi::xml_node Suites, const AuditResult &R, bool Remarks) {
  Counts N;
  if (llvm::none_of(R.Errors, [&](const Diagnostic &D) { return D.Audited == Remarks; }))
    return N;
  pugi::xml_node Suite = Suites.append_child("testsuite");
  setAttribute(Suite, "name", Remarks ? "Anmärkningar om indata" : "Filer som inte kunde läsas");
  for (const Diagnostic &D : R.Errors) {
    if (D.Audited != Remarks)
      continue;
    pugi::xml_node T = Suite.append_child("testcase");
    setAttribute(T, "classname", "inläsning");
    setAttribute(T, "name", D.File);
    std::string Where = D.File;
    if (D.Line)
      Where += ":" + std::to_string(D.Line) + ":" + std::to_string(D.Column);
    ++N.Tests;
    if (Remarks) {
      setText(T.append_child("system-out"), Where + ": anmärkning: " + D.Message + "\n");
      continue;
    }
    pugi::xml_node Error = T.append_child("error");
    setAttribute(Error, "message", D.Message);
    setText(Error, Where + ": error: " + D.Message + "\n");
    ++N.Errors;
  }
  N.addTo(Suite);
  return N;
}

/// Builds each testsuite in a document of its own and hands it to \p Emit,
/// so a batch's report is never in memory at once; returns the totals.
Counts eachSuite(const AuditResult &R, Severity FailOn,
                 llvm::function_ref<void(pugi::xml_node)> Emit) {
  Counts Total;
  auto Build = [&](llvm::function_ref<Counts(pugi::xml_node)> Write) {
    pugi::xml_document Suites;
    Total += Write(Suites);
    if (pugi::xml_node Suite = Suites.first_child())
      Emit(Suite);
  };
  for (const CaseResult &C : R.Cases)
    Build([&](pugi::xml_node Suites) { return writeCase(Suites, R, C, FailOn); });
  for (bool Remarks : {false, true})
    Build([&](pugi::xml_node Suites) { return writeDiagnostics(Suites, R, Remarks); });
  return Total;
}

} // namespace

void writeJunitReport(const AuditResult &R, Severity FailOn,
                      llvm::raw_ostream &OS) {
  // The totals are attributes of the root, which comes first: one pass
  // counts, the next writes.
  bool AnySuite = false;
  Counts Total = eachSuite(R, FailOn, [&](pugi::xml_node) { AnySuite = true; });
  OS << "<?xml version=\"1.0\"?>\n<testsuites name=\"ibic-audit\" tests=\""
     << Total.Tests << "\" failures=\"" << Total.Failures << "\" errors=\""
     << Total.Errors << "\" skipped=\"" << Total.Skipped << '"';
  if (!AnySuite) {
    OS << " />\n";
    return;
  }
  OS << ">\n";
  OStreamWriter Writer(OS);
  eachSuite(R, FailOn, [&](pugi::xml_node Suite) {
    Suite.print(Writer, "  ", pugi::format_default, pugi::encoding_utf8,
                /*depth=*/1);
  });
  OS << "</testsuites>\n";
}

} // namespace ibic
