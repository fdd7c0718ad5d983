// Tests for plugins/lsp/Server, fed through its Inbox as the reader thread
// feeds it: the lifecycle (nothing before initialize, nothing but exit
// after shutdown, exit code 0 only after shutdown), errors for unknown
// requests and malformed input while unknown notifications are ignored, a
// request cancelled while it waits, diagnostics with rule id, link and
// question, a quick fix that quiets its finding, hover, and a document of
// bad input that gives a diagnostic.
#include "Server.h"
#include "Checker.h"
#include "Inbox.h"
#include "TestSupport.h"
#include "Transport.h"

#include <catch2/catch.hpp>

#include "llvm/Support/raw_ostream.h"

using namespace ibic::lsp;
namespace json = llvm::json;

namespace {

const char *const Uri = "untitled:anteckning";

json::Value request(int Id, llvm::StringRef Method,
                    json::Value Params = json::Object{}) {
  return json::Object{{"jsonrpc", "2.0"},
                      {"id", Id},
                      {"method", Method},
                      {"params", std::move(Params)}};
}

json::Value notification(llvm::StringRef Method,
                         json::Value Params = json::Object{}) {
  return json::Object{
      {"jsonrpc", "2.0"}, {"method", Method}, {"params", std::move(Params)}};
}

json::Value didOpen(llvm::StringRef Text, llvm::StringRef DocumentUri = Uri) {
  return notification(
      "textDocument/didOpen",
      json::Object{{"textDocument", json::Object{{"uri", DocumentUri},
                                                 {"languageId", "plaintext"},
                                                 {"version", 1},
                                                 {"text", Text}}}});
}

json::Value document(llvm::StringRef DocumentUri = Uri) {
  return json::Object{{"uri", DocumentUri}};
}

/// A request that needs the findings of \p DocumentUri, so the server
/// checks it and publishes its diagnostics first (a session's messages are
/// all queued at once, so it never waits for more).
json::Value checkNow(int Id, llvm::StringRef DocumentUri = Uri) {
  return request(
      Id, "textDocument/hover",
      json::Object{{"textDocument", document(DocumentUri)},
                   {"position", json::Object{{"line", 0}, {"character", 0}}}});
}

/// What a session of \p Messages (then the end of input) wrote, each
/// message parsed; \p Code is the server's exit code.
std::vector<json::Value> session(std::vector<Incoming> Messages, int &Code) {
  static Checker Checks({ibic::test::sourcePath("rules"), "", ""});
  Inbox In;
  for (Incoming &M : Messages)
    In.deliver(std::move(M));
  Incoming End;
  End.What = Incoming::Kind::End;
  In.deliver(std::move(End));
  std::string Written;
  llvm::raw_string_ostream OS(Written);
  Server S(Checks, [&OS](const json::Value &Message) {
    writeMessage(OS, Message);
    return true;
  });
  Code = S.run(In);
  OS.flush();
  std::vector<json::Value> Out;
  llvm::StringRef Rest = Written;
  while (Rest.consume_front("Content-Length: ")) {
    size_t Length = 0;
    auto [Number, After] = Rest.split("\r\n\r\n");
    REQUIRE(!Number.getAsInteger(10, Length));
    llvm::Expected<json::Value> V = json::parse(After.take_front(Length));
    REQUIRE(bool(V));
    Out.push_back(std::move(*V));
    Rest = After.drop_front(Length);
  }
  CHECK(Rest.empty());
  return Out;
}

std::vector<Incoming> messages(std::vector<json::Value> Values) {
  std::vector<Incoming> Out;
  for (json::Value &V : Values) {
    Incoming M;
    M.Json = std::move(V);
    Out.push_back(std::move(M));
  }
  return Out;
}

/// The response to request \p Id among \p Out; fails when there is not
/// exactly one.
const json::Object &responseTo(const std::vector<json::Value> &Out, int Id) {
  const json::Object *Found = nullptr;
  for (const json::Value &V : Out) {
    const json::Object *O = V.getAsObject();
    if (O && O->get("id") && O->get("id")->getAsInteger() == int64_t(Id) &&
        !O->get("method")) {
      CHECK(Found == nullptr);
      Found = O;
    }
  }
  REQUIRE(Found);
  return *Found;
}

llvm::Optional<int64_t> errorCode(const json::Object &Response) {
  const json::Object *E = Response.getObject("error");
  return E ? E->getInteger("code") : llvm::None;
}

/// The diagnostics of the last publishDiagnostics for \p DocumentUri.
const json::Array *lastDiagnostics(const std::vector<json::Value> &Out,
                                   llvm::StringRef DocumentUri = Uri) {
  const json::Array *Last = nullptr;
  for (const json::Value &V : Out) {
    const json::Object *O = V.getAsObject();
    if (O->getString("method") !=
        llvm::StringRef("textDocument/publishDiagnostics"))
      continue;
    const json::Object *P = O->getObject("params");
    if (P->getString("uri") == DocumentUri)
      Last = P->getArray("diagnostics");
  }
  return Last;
}

const char *const Note = "Ärende: 2099-0001\nDokument: Journalanteckningar\n\n"
                         "2025-03-05 08:12 Personlig vård (undersköterska)\n"
                         "Åsa var dement och vägrade duscha.\n";

} // namespace

TEST_CASE("the lifecycle: initialize first, exit code 0 only after shutdown") {
  int Code;
  std::vector<json::Value> Out = session(
      messages({request(1, "textDocument/hover"),
                notification("textDocument/didOpen"),
                request(2, "initialize",
                        json::Object{{"capabilities", json::Object{}}}),
                request(3, "initialize",
                        json::Object{{"capabilities", json::Object{}}}),
                notification("initialized"), notification("workspace/okänd"),
                request(4, "workspace/okänd"), request(5, "shutdown"),
                request(6, "textDocument/hover"), notification("exit")}),
      Code);
  CHECK(Code == 0);
  CHECK(errorCode(responseTo(Out, 1)) == int64_t(ServerNotInitialized));
  const json::Object *Caps =
      responseTo(Out, 2).getObject("result")->getObject("capabilities");
  REQUIRE(Caps);
  CHECK(Caps->getObject("textDocumentSync")->getInteger("change") ==
        int64_t(2));
  CHECK(Caps->getString("positionEncoding") == llvm::StringRef("utf-16"));
  CHECK(errorCode(responseTo(Out, 3)) == int64_t(InvalidRequest));
  CHECK(errorCode(responseTo(Out, 4)) == int64_t(MethodNotFound));
  CHECK(responseTo(Out, 5).get("result")->getAsNull());
  CHECK(errorCode(responseTo(Out, 6)) == int64_t(InvalidRequest));
  // Six responses and nothing for the notifications.
  CHECK(Out.size() == 6);

  session(messages(
              {request(1, "initialize", json::Object{}), notification("exit")}),
          Code);
  CHECK(Code == 1);
  session(messages({request(1, "initialize", json::Object{})}), Code);
  CHECK(Code == 1);
}

TEST_CASE("a request cancelled while it waits is answered as cancelled") {
  std::vector<Incoming> In = messages(
      {request(1, "initialize", json::Object{}), didOpen(Note),
       request(7, "textDocument/hover",
               json::Object{
                   {"textDocument", document()},
                   {"position", json::Object{{"line", 4}, {"character", 6}}}}),
       notification("$/cancelRequest", json::Object{{"id", 7}}),
       notification("$/cancelRequest", json::Object{{"id", 99}}),
       request(8, "shutdown"), notification("exit")});
  // The inbox marks the waiting request, as when the reader thread delivers.
  int Code;
  std::vector<json::Value> Out = session(std::move(In), Code);
  CHECK(Code == 0);
  CHECK(errorCode(responseTo(Out, 7)) == int64_t(RequestCancelled));
  CHECK(responseTo(Out, 8).get("result")->getAsNull());
}

TEST_CASE("malformed input is answered with an error and the session goes on") {
  std::vector<Incoming> In =
      messages({request(1, "initialize", json::Object{})});
  Incoming Bad;
  Bad.What = Incoming::Kind::Malformed;
  Bad.Problem = "Meddelandet var ingen giltig JSON och hoppades över.";
  In.push_back(std::move(Bad));
  for (Incoming &M : messages(
           {json::Array{1, 2}, json::Object{{"id", 3}},
            json::Object{{"id", json::Array{}}, {"method", "shutdown"}},
            request(4, "textDocument/hover", json::Object{{"textDocument", 5}}),
            notification("textDocument/didChange",
                         json::Object{{"contentChanges", "x"}}),
            request(5, "shutdown"), notification("exit")}))
    In.push_back(std::move(M));
  int Code;
  std::vector<json::Value> Out = session(std::move(In), Code);
  CHECK(Code == 0);
  std::vector<int64_t> NullIdErrors;
  for (const json::Value &V : Out)
    if (V.getAsObject()->get("id")->getAsNull())
      NullIdErrors.push_back(*errorCode(*V.getAsObject()));
  CHECK(NullIdErrors ==
        std::vector<int64_t>{ParseError, InvalidRequest, InvalidRequest});
  CHECK(errorCode(responseTo(Out, 3)) == int64_t(InvalidRequest));
  CHECK(errorCode(responseTo(Out, 4)) == int64_t(InvalidParams));
}

TEST_CASE("diagnostics, a quick fix that quiets its finding, and hover") {
  auto Findings = [](const json::Array &Diagnostics) {
    std::vector<const json::Object *> Out;
    for (const json::Value &D : Diagnostics)
      if (D.getAsObject()->getString("code") ==
          llvm::StringRef("sprak/vardeladdat-ord"))
        Out.push_back(D.getAsObject());
    return Out;
  };
  int Code;
  std::vector<json::Value> Out =
      session(messages({request(1, "initialize", json::Object{}), didOpen(Note),
                        checkNow(2)}),
              Code);
  const json::Array *Diagnostics = lastDiagnostics(Out);
  REQUIRE(Diagnostics);
  std::vector<const json::Object *> Found = Findings(*Diagnostics);
  REQUIRE(!Found.empty());
  const json::Object &D = *Found.front();
  CHECK(D.getString("source") == llvm::StringRef("ibic-audit"));
  CHECK(D.getInteger("severity") == int64_t(2)); // warning
  CHECK_THAT(D.getObject("codeDescription")->getString("href")->str(),
             Catch::StartsWith("file:///") &&
                 Catch::EndsWith("/rules/sprak/vardeladdat-ord.yaml"));
  CHECK_THAT(D.getString("message")->str(),
             Catch::Contains("Granskningsmallen, fråga"));
  const json::Value &Where = *D.get("range");

  // The quick fix at the finding, applied as the client would.
  Out = session(
      messages(
          {request(1, "initialize", json::Object{}), didOpen(Note),
           request(2, "textDocument/codeAction",
                   json::Object{{"textDocument", document()},
                                {"range", Where},
                                {"context", json::Object{{"diagnostics",
                                                          json::Array{}}}}}),
           request(3, "textDocument/hover",
                   json::Object{
                       {"textDocument", document()},
                       {"position", *Where.getAsObject()->get("start")}})}),
      Code);
  const json::Array *Actions = responseTo(Out, 2).getArray("result");
  REQUIRE(Actions);
  REQUIRE(!Actions->empty());
  const json::Object &Action = *Actions->front().getAsObject();
  CHECK(Action.getString("kind") == llvm::StringRef("quickfix"));
  const json::Array *Edits =
      Action.getObject("edit")->getObject("changes")->getArray(Uri);
  REQUIRE(Edits);
  REQUIRE(Edits->size() == 1);
  const json::Object &Edit = *Edits->front().getAsObject();
  Range R;
  json::Path::Root Root;
  REQUIRE(fromJSON(*Edit.get("range"), R, Root));
  std::string Fixed = applyChange(Note, R, *Edit.getString("newText"));
  CHECK(Fixed != Note);
  const json::Object *Hover = responseTo(Out, 3).getObject("result");
  REQUIRE(Hover);
  CHECK(Hover->getObject("contents")->getString("kind") ==
        llvm::StringRef("plaintext"));
  CHECK_THAT(Hover->getObject("contents")->getString("value")->str(),
             Catch::Contains("sprak/vardeladdat-ord") &&
                 Catch::Contains("Skriv i stället:"));

  // The fix sent as an incremental change: that finding is gone.
  Out = session(
      messages(
          {request(1, "initialize", json::Object{}), didOpen(Note),
           notification(
               "textDocument/didChange",
               json::Object{
                   {"textDocument", json::Object{{"uri", Uri}, {"version", 2}}},
                   {"contentChanges", json::Array{json::Object{
                                          {"range", *Edit.get("range")},
                                          {"text", *Edit.get("newText")}}}}}),
           checkNow(2)}),
      Code);
  Diagnostics = lastDiagnostics(Out);
  REQUIRE(Diagnostics);
  CHECK(Findings(*Diagnostics).size() + 1 == Found.size());
}

TEST_CASE("a document of bad input gives a diagnostic, closing clears them") {
  int Code;
  std::vector<json::Value> Out = session(
      messages(
          {request(1, "initialize", json::Object{}),
           didOpen("<ibic-export><case id=\"2099-0001\"><document",
                   "untitled:trasig.xml"),
           didOpen("   \n", "untitled:tom.txt"),
           checkNow(2, "untitled:trasig.xml"), checkNow(3, "untitled:tom.txt"),
           notification(
               "textDocument/didClose",
               json::Object{{"textDocument", document("untitled:tom.txt")}})}),
      Code);
  const json::Array *Cleared = lastDiagnostics(Out, "untitled:tom.txt");
  REQUIRE(Cleared);
  CHECK(Cleared->empty());
  for (const char *Name : {"untitled:trasig.xml", "untitled:tom.txt"}) {
    INFO(Name);
    bool Published = false;
    for (const json::Value &V : Out) {
      const json::Object *P = V.getAsObject()->getObject("params");
      if (!P || P->getString("uri") != llvm::StringRef(Name))
        continue;
      const json::Array *Diagnostics = P->getArray("diagnostics");
      REQUIRE(!Diagnostics->empty());
      CHECK(Diagnostics->front().getAsObject()->getInteger("severity") ==
            int64_t(1));
      CHECK_FALSE(Diagnostics->front().getAsObject()->get("code"));
      Published = true;
      break;
    }
    CHECK(Published);
  }
}

TEST_CASE("vendor XML is checked through the mapping beside it, whose own "
          "errors are shown with their place") {
  ibic::test::TempDir Tmp;
  std::string Mapping =
      "root: Export\ncase: {select: Arende, id: \"@nr\"}\n"
      "document: {select: Dok, type: \"@typ\", text: Txt}\n"
      "values: {type: {J: journalanteckning}}\n";
  Tmp.write("bra/.ibic-mapping.yaml", Mapping);
  Tmp.write("trasig/.ibic-mapping.yaml",
            Mapping.replace(Mapping.find("Txt"), 3, "\"Txt[\""));
  std::string Text = "<Export><Arende nr=\"2099-0002\">\n"
                     "<Dok typ=\"J\"><Txt>Åsa vägrade duscha.</Txt></Dok>\n"
                     "</Arende></Export>\n";
  std::string Good = "file://" + Tmp.path("bra/export.xml");
  std::string Broken = "file://" + Tmp.path("trasig/export.xml");
  int Code;
  std::vector<json::Value> Out =
      session(messages({request(1, "initialize", json::Object{}),
                        didOpen(Text, Good), didOpen(Text, Broken),
                        checkNow(2, Good), checkNow(3, Broken)}),
              Code);
  const json::Array *Findings = lastDiagnostics(Out, Good);
  REQUIRE(Findings);
  bool Word = false;
  for (const json::Value &D : *Findings) {
    const json::Object &O = *D.getAsObject();
    if (O.getString("code") != llvm::StringRef("sprak/vardeladdat-ord"))
      continue;
    const json::Object &Start = *O.getObject("range")->getObject("start");
    CHECK(Start.getInteger("line") == int64_t(1));
    CHECK(Start.getInteger("character") == int64_t(22));
    Word = true;
  }
  CHECK(Word);
  const json::Array *Problems = lastDiagnostics(Out, Broken);
  REQUIRE(Problems);
  bool MappingError = false;
  for (const json::Value &D : *Problems) {
    llvm::StringRef Message = *D.getAsObject()->getString("message");
    UNSCOPED_INFO(Message.str());
    MappingError |= Message.contains(".ibic-mapping.yaml:3:") &&
                    Message.contains("ogiltigt XPath-uttryck");
  }
  CHECK(MappingError);
}
