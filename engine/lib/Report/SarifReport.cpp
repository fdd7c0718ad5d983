//===- SarifReport.cpp - SARIF 2.1.0 for code-scanning tools --------------===//
//
// One run: the tool with every loaded rule, one result per finding, and the
// inputs that could not be read as tool execution notifications. Columns are
// code points, as everywhere in ibic-audit, so the run says columnKind
// "unicodeCodePoints". Output is deterministic (sorted input, fixed order).
//
//===----------------------------------------------------------------------===//
#include "ibic/Report.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

namespace ibic {
namespace {

llvm::StringRef sarifLevel(Severity S) {
  switch (S) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Info:
    break;
  }
  return "note";
}

/// A path as a URI reference: relative paths stay relative (to the folder the
/// audit ran in), absolute ones become file: URIs; everything but unreserved
/// characters and '/' is percent-encoded, so "ärende 1.txt" is a valid URI.
std::string pathToUri(llvm::StringRef Path) {
  std::string Out;
  if (llvm::sys::path::is_absolute(Path, llvm::sys::path::Style::posix))
    Out = "file://";
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' ||
        C == '/') {
      Out += C;
      continue;
    }
    Out += '%';
    Out += llvm::hexdigit(C >> 4);
    Out += llvm::hexdigit(C & 15);
  }
  return Out;
}

void writeRegion(llvm::json::OStream &J, unsigned Line, unsigned Column,
                 unsigned EndLine, unsigned EndColumn) {
  J.attributeObject("region", [&] {
    J.attribute("startLine", Line);
    if (Column)
      J.attribute("startColumn", Column);
    if (EndLine >= Line && EndLine)
      J.attribute("endLine", EndLine);
    if (EndColumn && (EndLine > Line || EndColumn > Column))
      J.attribute("endColumn", EndColumn);
  });
}

void writeRule(llvm::json::OStream &J, const RuleInfo &R) {
  J.object([&] {
    J.attribute("id", R.Id);
    J.attribute("name", R.Id);
    J.attributeObject("shortDescription", [&] { J.attribute("text", R.Title); });
    if (!R.What.empty())
      J.attributeObject("fullDescription", [&] { J.attribute("text", R.What); });
    std::string Text = R.What, Markdown = R.What;
    if (!R.Why.empty()) {
      Text += "\n\nVarför: " + R.Why;
      Markdown += "\n\n**Varför:** " + R.Why;
    }
    if (!R.Instead.empty()) {
      Text += "\n\nSkriv i stället: " + R.Instead;
      Markdown += "\n\n**Skriv i stället:** " + R.Instead;
    }
    J.attributeObject("help", [&] {
      J.attribute("text", Text);
      J.attribute("markdown", Markdown);
    });
    J.attributeObject("defaultConfiguration", [&] {
      J.attribute("enabled", R.Enabled);
      J.attribute("level", sarifLevel(R.Level));
    });
    J.attributeObject("properties", [&] {
      J.attribute("code", R.Code);
      J.attributeArray("questions", [&] {
        for (const std::string &Q : R.Questions)
          J.value(Q);
      });
      if (!R.Status.empty())
        J.attribute("status", R.Status);
      if (!R.Kind.empty())
        J.attribute("kind", R.Kind);
    });
  });
}

void writeResult(llvm::json::OStream &J, const CaseResult &C, const Finding &F,
                 const llvm::StringMap<size_t> &RuleIndex) {
  J.object([&] {
    J.attribute("ruleId", F.Rule);
    auto It = RuleIndex.find(F.Rule);
    if (It != RuleIndex.end())
      J.attribute("ruleIndex", It->second);
    J.attribute("level", sarifLevel(F.Level));
    J.attributeObject("message", [&] { J.attribute("text", F.Message); });
    std::string Uri = pathToUri(F.File);
    J.attributeArray("locations", [&] {
      J.object([&] {
        J.attributeObject("physicalLocation", [&] {
          J.attributeObject("artifactLocation", [&] { J.attribute("uri", Uri); });
          if (F.Line)
            writeRegion(J, F.Line, F.Column, F.EndLine, F.EndColumn);
        });
      });
    });
    // The suggestion replaces exactly the finding's span (the rule-example
    // tests check that applying it silences the rule).
    if (!F.Suggestion.empty() && F.Line && F.Column && F.EndLine)
      J.attributeArray("fixes", [&] {
        J.object([&] {
          J.attributeObject("description", [&] {
            J.attribute("text", "Ersätt med \"" + F.Suggestion + "\"");
          });
          J.attributeArray("artifactChanges", [&] {
            J.object([&] {
              J.attributeObject("artifactLocation",
                                [&] { J.attribute("uri", Uri); });
              J.attributeArray("replacements", [&] {
                J.object([&] {
                  J.attributeObject("deletedRegion", [&] {
                    J.attribute("startLine", F.Line);
                    J.attribute("startColumn", F.Column);
                    J.attribute("endLine", F.EndLine);
                    J.attribute("endColumn", F.EndColumn);
                  });
                  J.attributeObject("insertedContent",
                                    [&] { J.attribute("text", F.Suggestion); });
                });
              });
            });
          });
        });
      });
    J.attributeObject("properties", [&] {
      if (!F.Question.empty())
        J.attribute("question", F.Question);
      J.attribute("case", C.Id);
      if (!F.Document.empty())
        J.attribute("document", F.Document);
      if (!F.Suggestion.empty())
        J.attribute("suggestion", F.Suggestion);
      if (!F.Code.empty())
        J.attribute("code", F.Code);
    });
  });
}

void writeInvocation(llvm::json::OStream &J, const AuditResult &R) {
  J.object([&] {
    // Unreadable inputs do not stop a batch, but the run is incomplete; a
    // remark on input that was audited anyway leaves it complete.
    J.attribute("executionSuccessful", R.unreadFiles() == 0);
    if (R.Errors.empty())
      return;
    J.attributeArray("toolExecutionNotifications", [&] {
      for (const Diagnostic &D : R.Errors)
        J.object([&] {
          J.attribute("level", D.Audited ? "warning" : "error");
          J.attributeObject("message", [&] { J.attribute("text", D.Message); });
          J.attributeArray("locations", [&] {
            J.object([&] {
              J.attributeObject("physicalLocation", [&] {
                J.attributeObject("artifactLocation",
                                  [&] { J.attribute("uri", pathToUri(D.File)); });
                if (D.Line)
                  writeRegion(J, D.Line, D.Column, D.Line, 0);
              });
            });
          });
        });
    });
  });
}

} // namespace

void writeSarifReport(const AuditResult &R, llvm::ArrayRef<RuleInfo> Rules,
                      llvm::raw_ostream &OS) {
  llvm::StringMap<size_t> RuleIndex;
  for (size_t I = 0; I < Rules.size(); ++I)
    RuleIndex.try_emplace(Rules[I].Id, I);
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/"
                           "errata01/os/schemas/sarif-schema-2.1.0.json");
    J.attribute("version", "2.1.0");
    J.attributeArray("runs", [&] {
      J.object([&] {
        J.attributeObject("tool", [&] {
          J.attributeObject("driver", [&] {
            J.attribute("name", "ibic-audit");
            J.attribute("version", IBIC_AUDIT_VERSION);
            J.attribute("semanticVersion", IBIC_AUDIT_VERSION);
            J.attributeArray("rules", [&] {
              for (const RuleInfo &Rule : Rules)
                writeRule(J, Rule);
            });
          });
        });
        J.attributeArray("invocations", [&] { writeInvocation(J, R); });
        J.attribute("language", "sv-SE");
        J.attribute("columnKind", "unicodeCodePoints");
        J.attributeArray("results", [&] {
          for (const CaseResult &C : R.Cases)
            for (const Finding &F : C.Findings)
              writeResult(J, C, F, RuleIndex);
        });
        J.attributeObject("properties", [&] {
          J.attributeObject("template", [&] {
            J.attribute("id", R.TemplateId);
            J.attribute("version", R.TemplateVersion);
          });
        });
      });
    });
  });
  OS << '\n';
}

} // namespace ibic
