//===- JsonReport.cpp - The stable JSON report ----------------------------===//
//
// Field order and formatting are fixed here so that two runs over the same
// input give byte-identical output (spec/report-json.md).
//
//===----------------------------------------------------------------------===//
#include "ibic/Report.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"

namespace ibic {
namespace {

void stringOrNull(llvm::json::OStream &J, llvm::StringRef Key,
                  llvm::StringRef Value) {
  if (Value.empty())
    J.attribute(Key, nullptr);
  else
    J.attribute(Key, Value);
}

void writeQuestion(llvm::json::OStream &J, const QuestionScore &Q) {
  J.object([&] {
    J.attribute("id", Q.Id);
    if (!Q.Score) {
      J.attribute("score", nullptr);
      J.attribute("reason", Q.Reason);
      return;
    }
    J.attribute("score", *Q.Score);
    J.attribute("max", Q.Max);
    J.attributeArray("evidence", [&] {
      for (const std::string &E : Q.Evidence)
        J.value(E);
    });
  });
}

void writeFinding(llvm::json::OStream &J, const Finding &F) {
  J.object([&] {
    J.attribute("rule", F.Rule);
    J.attribute("code", F.Code);
    J.attribute("severity", severityName(F.Level));
    stringOrNull(J, "question", F.Question);
    J.attribute("message", F.Message);
    stringOrNull(J, "suggestion", F.Suggestion);
    J.attribute("document", F.Document);
    J.attribute("file", F.File);
    J.attribute("line", F.Line);
    J.attribute("column", F.Column);
    J.attribute("end_line", F.EndLine);
    J.attribute("end_column", F.EndColumn);
    stringOrNull(J, "fingerprint", F.Fingerprint);
  });
}

void writeCase(llvm::json::OStream &J, const CaseResult &C) {
  J.object([&] {
    J.attribute("id", C.Id);
    stringOrNull(J, "avdelning", C.Avdelning);
    stringOrNull(J, "enhet", C.Enhet);
    stringOrNull(J, "lagrum", C.Lagrum);
    J.attributeArray("files", [&] {
      for (const std::string &F : C.Files)
        J.value(F);
    });
    J.attributeArray("questions", [&] {
      for (const QuestionScore &Q : C.Questions)
        writeQuestion(J, Q);
    });
    J.attributeArray("documents", [&] {
      for (const DocumentMetrics &D : C.Documents)
        J.object([&] {
          J.attribute("id", D.Id);
          J.attribute("type", D.Type);
          J.attribute("file", D.File);
          J.attributeBegin("lix");
          J.rawValue([&](llvm::raw_ostream &OS) { OS << llvm::format("%.1f", D.Lix); });
          J.attributeEnd();
          J.attribute("words", D.Words);
          J.attribute("sentences", D.Sentences);
        });
    });
    J.attributeArray("findings", [&] {
      for (const Finding &F : C.Findings)
        writeFinding(J, F);
    });
  });
}

void writeGroup(llvm::json::OStream &J, const GroupResult &G) {
  J.object([&] {
    stringOrNull(J, "avdelning", G.Avdelning);
    if (G.Enhet)
      J.attribute("enhet", *G.Enhet);
    else
      J.attribute("enhet", nullptr);
    J.attribute("cases", G.Cases);
    J.attributeArray("questions", [&] {
      for (const GroupQuestion &Q : G.Questions)
        J.object([&] {
          J.attribute("id", Q.Id);
          if (Q.Mean) {
            // Two decimals, as the områdespoäng is read and compared.
            J.attributeBegin("mean");
            J.rawValue([&](llvm::raw_ostream &OS) {
              OS << llvm::format("%.2f", *Q.Mean);
            });
            J.attributeEnd();
            J.attribute("colour", Q.Colour);
          } else {
            J.attribute("mean", nullptr);
            J.attribute("colour", nullptr);
          }
          J.attribute("n", Q.N);
        });
    });
  });
}

} // namespace

void writeJsonReport(const AuditResult &R, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("schema", "ibic-audit/report/1");
    J.attributeObject("tool", [&] {
      J.attribute("name", "ibic-audit");
      J.attribute("version", IBIC_AUDIT_VERSION);
    });
    J.attributeObject("template", [&] {
      J.attribute("id", R.TemplateId);
      J.attribute("version", R.TemplateVersion);
    });
    J.attributeArray("cases", [&] {
      for (const CaseResult &C : R.Cases)
        writeCase(J, C);
    });
    J.attributeArray("groups", [&] {
      for (const GroupResult &G : R.Groups)
        writeGroup(J, G);
    });
    J.attributeArray("errors", [&] {
      for (const Diagnostic &D : R.Errors)
        J.object([&] {
          J.attribute("file", D.File);
          J.attribute("line", D.Line);
          J.attribute("column", D.Column);
          J.attribute("message", D.Message);
        });
    });
  });
  OS << '\n';
}

} // namespace ibic
