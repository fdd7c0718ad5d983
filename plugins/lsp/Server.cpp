#include "Server.h"

#include "Log.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

namespace ibic::lsp {

namespace json = llvm::json;

namespace {

/// \p Name from the client, fit for a log line: printable ASCII, cut short.
std::string loggable(llvm::StringRef Name) {
  std::string Out;
  for (char C : Name.take_front(60))
    Out += llvm::isPrint(C) ? C : '?';
  return Out;
}

/// Reads \p Params as T; on failure sets \p Why to the field that was
/// wrong (it never quotes a value).
template <typename T>
std::optional<T> parse(const json::Value &Params, std::string &Why) {
  T Out;
  json::Path::Root Root("params");
  if (fromJSON(Params, Out, Root))
    return Out;
  Why = llvm::toString(Root.getError());
  return std::nullopt;
}

int severityCode(Severity S) {
  switch (S) {
  case Severity::Error:
    return 1;
  case Severity::Warning:
    return 2;
  case Severity::Info:
    break;
  }
  return 3;
}

/// The folder of a file: URI, or empty.
std::string folderOf(llvm::StringRef Uri) {
  std::optional<std::string> Path = pathFromUri(Uri);
  return Path ? llvm::sys::path::parent_path(*Path).str() : std::string();
}

/// What hover says about the rule behind \p P: title, id and code, the
/// granskningsmall question, then what the rule finds, why it matters and
/// what to write instead.
std::string explain(const Problem &P, bool Markdown) {
  std::string Bold = Markdown ? "**" : "", Code = Markdown ? "`" : "";
  const RuleInfo *R = P.Info;
  std::string Out;
  if (R)
    Out += Bold + R->Title + Bold + " – " + Code + R->Id + Code + " (" +
           R->Code + ")\n\n";
  if (!P.Question.empty())
    Out += "Granskningsmallen, fråga " + P.Question + "\n\n";
  if (R) {
    for (auto [Heading, Text] : {std::pair{"Vad regeln hittar", &R->What},
                                 std::pair{"Varför", &R->Why},
                                 std::pair{"Skriv i stället", &R->Instead}})
      if (!Text->empty())
        Out += Bold + Heading + ":" + Bold + " " + *Text + "\n\n";
  }
  if (!P.Suggestion.empty())
    Out += "Förslag: ”" + P.Suggestion + "”\n\n";
  while (!Out.empty() && Out.back() == '\n')
    Out.pop_back();
  return Out;
}

} // namespace

Server::Server(Checker &Checks, Sender Send)
    : Checks(Checks), Out(std::move(Send)) {}

int Server::run(Inbox &In) {
  for (;;) {
    std::optional<Incoming> M = In.tryTake();
    if (!M) {
      // Nothing waits: check what the edits so far have changed.
      checkChanged();
      M = In.take();
    }
    if (M->What == Incoming::Kind::End) {
      log(ShuttingDown ? "indata tog slut efter shutdown"
                       : "indata tog slut utan shutdown och exit");
      return ShuttingDown ? 0 : 1;
    }
    if (!handle(*M))
      return ShuttingDown ? 0 : 1;
    if (OutputFailed) {
      log("svaren kunde inte skrivas till klienten; servern avslutas");
      return 1;
    }
  }
}

bool Server::handle(Incoming &M) {
  if (M.What == Incoming::Kind::Malformed) {
    log(M.Problem);
    respond(nullptr, Failure{ParseError, M.Problem});
    return true;
  }
  const json::Object *O = M.Json.getAsObject();
  if (!O) {
    log("ett meddelande var inget JSON-objekt");
    respond(nullptr,
            Failure{InvalidRequest, "Meddelandet ska vara ett JSON-objekt."});
    return true;
  }
  const json::Value *Id = O->get("id");
  llvm::Optional<llvm::StringRef> Method = O->getString("method");
  bool ValidId = Id && (Id->getAsInteger() || Id->getAsString());
  if (!Method) {
    // A response to a request of ours; the server sends none.
    if (Id && (O->get("result") || O->get("error")))
      return true;
    log("ett meddelande saknade method");
    respond(ValidId ? *Id : json::Value(nullptr),
            Failure{InvalidRequest, "Meddelandet saknar method."});
    return true;
  }
  if (Id && !ValidId) {
    log("en begäran hade ett id som varken var ett heltal eller en sträng");
    respond(nullptr,
            Failure{InvalidRequest, "id ska vara ett heltal eller en sträng."});
    return true;
  }
  static const json::Value NoParams = nullptr;
  const json::Value *Params = O->get("params");
  if (!Params)
    Params = &NoParams;
  if (Id) {
    if (M.Cancelled) {
      respond(*Id, Failure{RequestCancelled, "Begäran avbröts av klienten."});
      return true;
    }
    respond(*Id, request(*Method, *Params));
    return true;
  }
  if (*Method == "exit")
    return false;
  notification(*Method, *Params);
  return true;
}

Server::Reply Server::request(llvm::StringRef Method,
                              const json::Value &Params) {
  if (Method == "initialize") {
    if (Initialized)
      return Failure{InvalidRequest, "Servern är redan initierad."};
    return initialize(Params);
  }
  if (!Initialized)
    return Failure{ServerNotInitialized,
                   "Servern är inte initierad: skicka initialize först."};
  if (ShuttingDown)
    return Failure{InvalidRequest, "Servern stängs: bara exit tas emot."};
  if (Method == "shutdown") {
    ShuttingDown = true;
    return nullptr;
  }
  if (Method == "textDocument/codeAction")
    return withParams(Params, &Server::codeAction);
  if (Method == "textDocument/hover")
    return withParams(Params, &Server::hover);
  log("okänd metod: " + loggable(Method));
  return Failure{MethodNotFound, "Metoden " + Method.str() + " finns inte."};
}

void Server::notification(llvm::StringRef Method, const json::Value &Params) {
  // Before initialize only exit counts (handled by the caller), and after
  // shutdown nothing else does.
  if (!Initialized || ShuttingDown)
    return;
  if (Method == "textDocument/didOpen")
    withParams(Method, Params, &Server::didOpen);
  else if (Method == "textDocument/didChange")
    withParams(Method, Params, &Server::didChange);
  else if (Method == "textDocument/didSave")
    withParams(Method, Params, &Server::didSave);
  else if (Method == "textDocument/didClose")
    withParams(Method, Params, &Server::didClose);
  // Any other notification (initialized, $/setTrace, ...) needs nothing.
}

template <typename T>
Server::Reply Server::withParams(const json::Value &Params,
                                 Reply (Server::*Handler)(T &)) {
  std::string Why;
  std::optional<T> P = parse<T>(Params, Why);
  if (!P)
    return Failure{InvalidParams, Why};
  return (this->*Handler)(*P);
}

template <typename T>
void Server::withParams(llvm::StringRef Method, const json::Value &Params,
                        void (Server::*Handler)(T &)) {
  std::string Why;
  std::optional<T> P = parse<T>(Params, Why);
  if (!P) {
    log(Method + " med ogiltiga parametrar: " + Why);
    return;
  }
  (this->*Handler)(*P);
}

Server::Reply Server::initialize(const json::Value &Params) {
  const json::Object *P = Params.getAsObject();
  if (!P)
    return Failure{InvalidParams, "initialize behöver ett params-objekt."};
  // Hover as Markdown only for a client that says it renders it.
  HoverMarkdown = false;
  if (const json::Object *Caps = P->getObject("capabilities"))
    if (const json::Object *Doc = Caps->getObject("textDocument"))
      if (const json::Object *Hover = Doc->getObject("hover"))
        if (const json::Array *Formats = Hover->getArray("contentFormat"))
          HoverMarkdown = llvm::any_of(*Formats, [](const json::Value &F) {
            return F.getAsString() == llvm::StringRef("markdown");
          });
  Initialized = true;
  std::string Client = "okänd klient";
  if (const json::Object *Info = P->getObject("clientInfo"))
    if (llvm::Optional<llvm::StringRef> Name = Info->getString("name"))
      Client = loggable(*Name);
  log("initierad av " + Client);
  return json::Object{
      {"capabilities",
       json::Object{
           {"positionEncoding", "utf-16"},
           {"textDocumentSync",
            json::Object{{"openClose", true},
                         {"change", 2}, // incremental
                         {"save", json::Object{{"includeText", false}}}}},
           {"codeActionProvider",
            json::Object{{"codeActionKinds", json::Array{"quickfix"}}}},
           {"hoverProvider", true},
       }},
      {"serverInfo",
       json::Object{{"name", "ibic-audit"}, {"version", IBIC_AUDIT_VERSION}}},
  };
}

void Server::didOpen(DidOpenParams &P) {
  // A document opened may be new on disk, or part of a case.
  Checks.filesChanged();
  Document &D = Documents[P.Uri];
  D.Text = std::move(P.Text);
  D.Version = P.Version;
  D.Changed = true;
}

void Server::didChange(DidChangeParams &P) {
  auto It = Documents.find(P.Uri);
  if (It == Documents.end()) {
    log("didChange för ett dokument som inte är öppet");
    return;
  }
  Document &D = It->second;
  for (ContentChange &C : P.Changes)
    D.Text =
        C.Where ? applyChange(D.Text, *C.Where, C.Text) : std::move(C.Text);
  if (P.Version)
    D.Version = *P.Version;
  D.Changed = true;
}

void Server::didSave(DocumentParams &P) {
  // A saved file may be part of the case of any open document beside it.
  Checks.filesChanged();
  std::string Folder = folderOf(P.Uri);
  for (auto &[Uri, D] : Documents)
    if (Uri == P.Uri || (!Folder.empty() && folderOf(Uri) == Folder))
      D.Changed = true;
}

void Server::didClose(DocumentParams &P) {
  if (!Documents.erase(P.Uri))
    return;
  Checks.closed(P.Uri);
  send(json::Object{{"jsonrpc", "2.0"},
                    {"method", "textDocument/publishDiagnostics"},
                    {"params", json::Object{{"uri", P.Uri},
                                            {"diagnostics", json::Array{}}}}});
}

Server::Document *Server::checked(const std::string &Uri) {
  auto It = Documents.find(Uri);
  if (It == Documents.end())
    return nullptr;
  Document &D = It->second;
  if (D.Changed) {
    D.Last = Checks.check(Uri, D.Text);
    D.Changed = false;
    publish(Uri, D);
  }
  return &D;
}

void Server::checkChanged() {
  if (ShuttingDown)
    return;
  for (auto &[Uri, D] : Documents)
    if (D.Changed)
      checked(Uri);
}

json::Value Server::diagnostic(const Problem &P) const {
  json::Object D{{"range", P.Where},
                 {"severity", severityCode(P.Level)},
                 {"source", "ibic-audit"},
                 {"message", P.Message}};
  if (!P.Rule.empty()) {
    D["code"] = P.Rule;
    if (!P.Href.empty())
      D["codeDescription"] = json::Object{{"href", P.Href}};
  }
  return D;
}

void Server::publish(const std::string &Uri, const Document &D) {
  json::Array Diagnostics;
  for (const Problem &P : D.Last.Problems)
    Diagnostics.push_back(diagnostic(P));
  send(json::Object{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/publishDiagnostics"},
      {"params", json::Object{{"uri", Uri},
                              {"version", D.Version},
                              {"diagnostics", std::move(Diagnostics)}}}});
}

Server::Reply Server::codeAction(CodeActionParams &P) {
  json::Array Actions;
  // Kinds are hierarchical: "quickfix" is asked for by "quickfix" itself.
  if (P.Only && !llvm::is_contained(*P.Only, "quickfix"))
    return Actions;
  Document *D = checked(P.Uri);
  if (!D)
    return Actions;
  for (const Problem &Found : D->Last.Problems) {
    if (Found.Suggestion.empty() || !Found.Where.touches(P.Where))
      continue;
    json::Object Edit{{"range", Found.Where}, {"newText", Found.Suggestion}};
    Actions.push_back(json::Object{
        {"title", "Ersätt med ”" + Found.Suggestion + "”"},
        {"kind", "quickfix"},
        {"isPreferred", true},
        {"diagnostics", json::Array{diagnostic(Found)}},
        {"edit",
         json::Object{
             {"changes", json::Object{{P.Uri, json::Array{std::move(Edit)}}}}}},
    });
  }
  return Actions;
}

Server::Reply Server::hover(HoverParams &P) {
  Document *D = checked(P.Uri);
  if (!D)
    return nullptr;
  std::string Text;
  llvm::Optional<Range> Where;
  for (const Problem &Found : D->Last.Problems) {
    const Range &R = Found.Where;
    bool Inside = R.Start <= P.At && (P.At < R.End || R.Start == R.End);
    if (Found.Rule.empty() || !Inside)
      continue;
    if (!Text.empty())
      Text += HoverMarkdown ? "\n\n---\n\n" : "\n\n";
    Text += explain(Found, HoverMarkdown);
    if (!Where)
      Where = R;
  }
  if (!Where)
    return nullptr;
  return json::Object{
      {"contents",
       json::Object{{"kind", HoverMarkdown ? "markdown" : "plaintext"},
                    {"value", std::move(Text)}}},
      {"range", *Where}};
}

void Server::send(json::Value Message) {
  if (!OutputFailed && !Out(Message))
    OutputFailed = true;
}

void Server::respond(const json::Value &Id, Reply R) {
  json::Object M{{"jsonrpc", "2.0"}, {"id", Id}};
  if (auto *Result = std::get_if<json::Value>(&R))
    M["result"] = std::move(*Result);
  else
    M["error"] = json::Object{{"code", std::get<Failure>(R).Code},
                              {"message", std::get<Failure>(R).Message}};
  send(std::move(M));
}

} // namespace ibic::lsp
