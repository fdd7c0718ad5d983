//===- JsonReport.cpp - The stable JSON report ----------------------------===//
//
// Field order and formatting are fixed here so that two runs over the same
// input give byte-identical output (spec/report-json.md).
//
//===----------------------------------------------------------------------===//
#include "ibic/Report.h"

#include "Support/WordScan.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/ThreadPool.h"

#include <deque>

namespace ibic {
namespace {

/// Whether \p S holds a byte json::OStream escapes: a control character,
/// a quotation mark or a backslash.
bool hasByteToEscape(llvm::StringRef S) {
  size_t At = 0;
  for (; At + 8 <= S.size(); At += 8) {
    uint64_t Word = wordAt(S.data() + At);
    if (hasByteBelow(Word, 0x20) || hasByte(Word, '"') || hasByte(Word, '\\'))
      return true;
  }
  return llvm::any_of(S.drop_front(At), [](char C) {
    return static_cast<unsigned char>(C) < 0x20 || C == '"' || C == '\\';
  });
}

/// A string attribute. Most are valid UTF-8 with nothing to escape, and
/// are written as they stand, as json::OStream would write them; it
/// copies, checks and quotes every string byte by byte, which was a fifth
/// of the writing of a report with thousands of findings. The rest go
/// through it, which escapes them (and mends invalid UTF-8).
void stringAttribute(llvm::json::OStream &J, llvm::StringRef Key, llvm::StringRef Value) {
  if (hasByteToEscape(Value) || firstInvalidUtf8(Value) != llvm::StringRef::npos) {
    J.attribute(Key, Value);
    return;
  }
  J.attributeBegin(Key);
  J.rawValue([&](llvm::raw_ostream &OS) { OS << '"' << Value << '"'; });
  J.attributeEnd();
}

void stringOrNull(llvm::json::OStream &J, llvm::StringRef Key,
                  llvm::StringRef Value) {
  if (Value.empty())
    J.attribute(Key, nullptr);
  else
    stringAttribute(J, Key, Value);
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
    stringAttribute(J, "rule", F.Rule);
    stringAttribute(J, "code", F.Code);
    stringAttribute(J, "severity", severityName(F.Level));
    stringOrNull(J, "question", F.Question);
    stringAttribute(J, "message", F.Message);
    stringOrNull(J, "suggestion", F.Suggestion);
    stringAttribute(J, "document", F.Document);
    stringAttribute(J, "file", F.File);
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

/// Case \p C as the report's "cases" array holds it: rendered inside two
/// arrays, which gives it its depth there (the root object, then "cases"),
/// and cut out of them.
std::string renderCase(const CaseResult &C) {
  std::string Nested;
  {
    llvm::raw_string_ostream OS(Nested);
    OS.SetBufferSize(1 << 16); // the writer's many small writes
    llvm::json::OStream J(OS, 2);
    J.array([&] { J.array([&] { writeCase(J, C); }); });
    OS.flush();
  }
  constexpr llvm::StringLiteral Open = "[\n  [\n    ", Close = "\n  ]\n]";
  assert(llvm::StringRef(Nested).startswith(Open) &&
         llvm::StringRef(Nested).endswith(Close));
  return Nested.substr(Open.size(), Nested.size() - Open.size() - Close.size());
}

/// Hands each case of \p Cases, rendered, to \p Write in order. With a
/// pool, a few cases per task and at most two tasks per thread ahead of
/// the writing, so memory stays bounded whatever the batch.
void forEachRenderedCase(const CaseList &Cases, ReportThreads Threads,
                         llvm::function_ref<void(llvm::StringRef)> Write) {
  auto Render = [&Cases](size_t Begin, size_t End) {
    std::vector<std::string> Rendered;
    for (size_t I = Begin; I < End; ++I)
      Rendered.push_back(renderCase(*CaseList::const_iterator(&Cases, I)));
    return Rendered;
  };
  unsigned Jobs = Threads.Pool ? (Threads.Jobs ? Threads.Jobs
                                               : Threads.Pool->getThreadCount())
                               : 1;
  constexpr size_t CasesPerTask = 4;
  size_t Tasks = (Cases.size() + CasesPerTask - 1) / CasesPerTask;
  if (Jobs <= 1 || Tasks <= 1) {
    for (const CaseResult &C : Cases)
      Write(renderCase(C));
    return;
  }
  std::deque<std::shared_future<std::vector<std::string>>> Ahead;
  size_t Next = 0;
  while (Next < Tasks || !Ahead.empty()) {
    for (; Next < Tasks && Ahead.size() < 2 * size_t(Jobs); ++Next) {
      size_t Begin = Next * CasesPerTask;
      size_t End = std::min(Cases.size(), Begin + CasesPerTask);
      Ahead.push_back(Threads.Pool->async([=] { return Render(Begin, End); }));
    }
    for (const std::string &Case : Ahead.front().get())
      Write(Case);
    Ahead.pop_front();
  }
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
            if (Q.Colour)
              J.attribute("colour", trafficLightName(*Q.Colour));
            else
              J.attribute("colour", nullptr);
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

void writeJsonReport(const AuditResult &R, llvm::raw_ostream &OS,
                     ReportThreads Threads) {
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
      forEachRenderedCase(R.Cases, Threads, [&](llvm::StringRef Case) {
        J.rawValue([&](llvm::raw_ostream &Raw) { Raw << Case; });
      });
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

namespace {

/// Reads one JSON report; the first problem ends it, named with its path in
/// the document ("cases[3].findings[0]").
class ReportReader {
public:
  explicit ReportReader(llvm::StringRef Name) : Name(Name) {}

  llvm::Expected<AuditResult> read(llvm::StringRef Text) {
    llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
    if (!Parsed)
      return fail("är ingen giltig JSON: " + llvm::toString(Parsed.takeError()));
    const llvm::json::Object *Root = Parsed->getAsObject();
    if (!Root || Root->getString("schema") != llvm::StringRef("ibic-audit/report/1"))
      return fail("är ingen JSON-rapport från ibic-audit (schema ibic-audit/report/1)");
    AuditResult R;
    if (const llvm::json::Object *T = Root->getObject("template")) {
      R.TemplateId = str(T, "id");
      R.TemplateVersion = str(T, "version");
    }
    for (const llvm::json::Value &C : array(Root, "cases"))
      R.Cases.push_back(readCase(C));
    for (const llvm::json::Value &E : array(Root, "errors")) {
      const llvm::json::Object *O = E.getAsObject();
      if (!O)
        continue;
      R.Errors.push_back({str(O, "file"), number(O, "line"), number(O, "column"),
                          str(O, "message"), ""});
    }
    // The report does not say which errors are remarks on input that was
    // audited anyway; their files are a case's files, a lost file never is.
    llvm::StringSet<> Audited;
    for (const CaseResult &C : R.Cases)
      for (const std::string &F : C.Files)
        Audited.insert(F);
    for (Diagnostic &D : R.Errors)
      D.Audited = Audited.count(D.File);
    if (!Problem.empty())
      return fail(Problem);
    return R;
  }

private:
  llvm::Error fail(const std::string &Message) {
    return llvm::createStringError(std::errc::invalid_argument, "%s %s",
                                   Name.str().c_str(), Message.c_str());
  }
  static std::string str(const llvm::json::Object *O, llvm::StringRef Key) {
    llvm::Optional<llvm::StringRef> V = O->getString(Key);
    return V ? V->str() : std::string();
  }
  static unsigned number(const llvm::json::Object *O, llvm::StringRef Key) {
    llvm::Optional<int64_t> V = O->getInteger(Key);
    return V && *V > 0 ? unsigned(*V) : 0;
  }
  llvm::ArrayRef<llvm::json::Value> array(const llvm::json::Object *O,
                                          llvm::StringRef Key) {
    const llvm::json::Array *A = O->getArray(Key);
    if (!A) {
      Problem = "saknar fältet '" + Key.str() + "'";
      return {};
    }
    return A->empty() ? llvm::ArrayRef<llvm::json::Value>()
                      : llvm::makeArrayRef(&*A->begin(), A->size());
  }

  CaseResult readCase(const llvm::json::Value &V) {
    CaseResult C;
    const llvm::json::Object *O = V.getAsObject();
    if (!O) {
      Problem = "har ett ärende som inte är ett objekt";
      return C;
    }
    C.Id = str(O, "id");
    C.Avdelning = str(O, "avdelning");
    C.Enhet = str(O, "enhet");
    C.Lagrum = str(O, "lagrum");
    for (const llvm::json::Value &F : array(O, "files"))
      C.Files.push_back(F.getAsString().getValueOr("").str());
    for (const llvm::json::Value &Q : array(O, "questions")) {
      const llvm::json::Object *QO = Q.getAsObject();
      if (!QO)
        continue;
      QuestionScore S;
      S.Id = str(QO, "id");
      if (llvm::Optional<int64_t> Score = QO->getInteger("score"))
        S.Score = int(*Score);
      S.Max = QO->getInteger("max").getValueOr(2);
      S.Reason = str(QO, "reason");
      if (const llvm::json::Array *E = QO->getArray("evidence"))
        for (const llvm::json::Value &Item : *E)
          S.Evidence.push_back(Item.getAsString().getValueOr("").str());
      C.Questions.push_back(std::move(S));
    }
    if (const llvm::json::Array *Docs = O->getArray("documents"))
      for (const llvm::json::Value &D : *Docs)
        if (const llvm::json::Object *DO = D.getAsObject())
          C.Documents.push_back({str(DO, "id"), str(DO, "type"), str(DO, "file"),
                                 DO->getNumber("lix").getValueOr(0),
                                 number(DO, "words"), number(DO, "sentences")});
    for (const llvm::json::Value &F : array(O, "findings")) {
      const llvm::json::Object *FO = F.getAsObject();
      if (!FO)
        continue;
      Finding Out;
      Out.Rule = str(FO, "rule");
      Out.Code = str(FO, "code");
      if (std::optional<Severity> S = parseSeverity(str(FO, "severity")))
        Out.Level = *S;
      else
        Problem = "har ett fynd med okänd allvarlighetsgrad";
      Out.Question = str(FO, "question");
      Out.Message = str(FO, "message");
      Out.Suggestion = str(FO, "suggestion");
      Out.Document = str(FO, "document");
      Out.File = str(FO, "file");
      Out.Line = number(FO, "line");
      Out.Column = number(FO, "column");
      Out.EndLine = number(FO, "end_line");
      Out.EndColumn = number(FO, "end_column");
      Out.Fingerprint = str(FO, "fingerprint");
      C.Findings.push_back(std::move(Out));
    }
    return C;
  }

  llvm::StringRef Name;
  std::string Problem;
};

} // namespace

llvm::Expected<AuditResult> readJsonReport(llvm::StringRef Name, llvm::StringRef Text) {
  return ReportReader(Name).read(Text);
}

} // namespace ibic
