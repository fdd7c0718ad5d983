#include "Yaml.h"

#include "Support/SourceFile.h"

#include "llvm/ADT/StringExtras.h"

#include <functional>

namespace ibic {

const llvm::MemoryBuffer *YamlSources::open(llvm::StringRef Path,
                                            std::vector<Diagnostic> &Errors) {
  llvm::Expected<std::string> Bytes = readRegularFile(Path, Lim.MaxFileBytes);
  if (!Bytes) {
    Errors.push_back({Path.str(), 0, 0, llvm::toString(Bytes.takeError()), ""});
    return nullptr;
  }
  if (Bytes->size() > Lim.MaxFileBytes) {
    Errors.push_back({Path.str(), 0, 0,
                      "filen är större än " +
                          std::to_string(Lim.MaxFileBytes >> 20) +
                          " MB; en regel- eller konfigurationsfil är några KB",
                      ""});
    return nullptr;
  }
  unsigned Id = Sources.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(*Bytes, Path), llvm::SMLoc());
  return Sources.getMemoryBuffer(Id);
}

bool YamlSources::isBlank(llvm::StringRef Yaml) {
  return llvm::all_of(llvm::split(Yaml, '\n'), [](llvm::StringRef Line) {
    Line = Line.trim();
    return Line.empty() || Line.startswith("#") || Line == "---" ||
           Line == "...";
  });
}

bool YamlSources::wellFormed(const llvm::MemoryBuffer &Buffer,
                                std::vector<Diagnostic> &Errors) {
  llvm::SourceMgr Scratch; // the mapping reports syntax errors, not this walk
  Scratch.setDiagHandler([](const llvm::SMDiagnostic &, void *) {});
  llvm::yaml::Stream Stream(Buffer.getMemBufferRef(), Scratch);
  // Every collection being walked, with how far it has come; the walk
  // finishes each child before it moves on, so the parser never has to skip
  // (and recurse through) an unfinished one.
  struct Open {
    llvm::yaml::SequenceNode *Seq = nullptr;
    llvm::yaml::MappingNode *Map = nullptr;
    llvm::yaml::SequenceNode::iterator SeqAt;
    llvm::yaml::MappingNode::iterator MapAt;
    int Stage = 0; // in a mapping: 0 key next, 1 value next, 2 advance
    llvm::StringMap<unsigned> Keys; // in a mapping: each key's line
  };
  std::vector<Open> Stack;
  auto Enter = [&](llvm::yaml::Node *N) {
    if (!N)
      return true;
    auto *Seq = llvm::dyn_cast<llvm::yaml::SequenceNode>(N);
    auto *Map = llvm::dyn_cast<llvm::yaml::MappingNode>(N);
    if (!Seq && !Map)
      return true;
    if (Stack.size() >= Lim.MaxDepth) {
      llvm::SMLoc Loc = N->getSourceRange().Start;
      Diagnostic D = diagnose(Loc, Buffer.getBufferIdentifier(),
                              "YAML-värdena är nästlade i mer än " +
                                  std::to_string(Lim.MaxDepth) +
                                  " nivåer; skriv filen plattare");
      // A line of a thousand brackets tells nobody anything.
      if (D.SourceLine.size() > 200)
        D.SourceLine.clear();
      Errors.push_back(std::move(D));
      return false;
    }
    Open O;
    O.Seq = Seq;
    O.Map = Map;
    if (Seq)
      O.SeqAt = Seq->begin();
    else
      O.MapAt = Map->begin();
    Stack.push_back(O);
    return true;
  };
  for (llvm::yaml::Document &Doc : Stream) {
    if (!Enter(Doc.getRoot()))
      return false;
    while (!Stack.empty()) {
      Open &O = Stack.back();
      llvm::yaml::Node *Next = nullptr;
      if (O.Seq) {
        if (O.Stage == 1)
          ++O.SeqAt;
        if (O.SeqAt == O.Seq->end()) {
          Stack.pop_back();
          continue;
        }
        O.Stage = 1;
        Next = &*O.SeqAt;
      } else {
        if (O.Stage == 2) {
          ++O.MapAt;
          O.Stage = 0;
        }
        if (O.MapAt == O.Map->end()) {
          Stack.pop_back();
          continue;
        }
        Next = O.Stage == 0 ? O.MapAt->getKey() : O.MapAt->getValue();
        if (O.Stage == 0)
          if (auto *Key = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(Next)) {
            llvm::SmallString<32> Storage;
            llvm::StringRef Name = Key->getValue(Storage);
            llvm::SMLoc Loc = Key->getSourceRange().Start;
            unsigned Line = Scratch.getLineAndColumn(Loc).first;
            auto [First, New] = O.Keys.try_emplace(Name, Line);
            if (!New) {
              Errors.push_back(diagnose(Loc, Buffer.getBufferIdentifier(),
                                        "nyckeln '" + Name.str() +
                                            "' står redan på rad " +
                                            std::to_string(First->second) +
                                            " i samma avsnitt; bara en av dem kan gälla"));
              return false;
            }
          }
        ++O.Stage;
      }
      if (!Enter(Next))
        return false;
    }
  }
  return true;
}

namespace {

/// The messages of LLVM's YAML parser and YAMLTraits in Swedish, each saying
/// what to write instead: every message LLVM 14 can give about a file we read
/// (its bit-set and hex readers are never asked for). Our own checks report
/// through the same channel, in Swedish already.
std::string inSwedish(llvm::StringRef Message) {
  static const std::pair<llvm::StringRef, llvm::StringRef> Prefixes[] = {
      {"unknown key ", "okänd nyckel "},
      {"missing required key ", "nyckeln saknas: "},
      {"Unknown tag handle ", "okänd tagg: "},
  };
  for (const auto &[English, Swedish] : Prefixes)
    if (Message.startswith(English))
      return (Swedish + Message.drop_front(English.size())).str();
  static const std::pair<llvm::StringRef, llvm::StringRef> Whole[] = {
      {"not a mapping", "här ska stå nycklar med värden (key: value)"},
      {"not a sequence", "här ska stå en lista ([a, b] eller rader med -)"},
      {"unknown enumerated scalar", "okänt värde"},
      {"invalid number", "ogiltigt tal"},
      {"invalid floating point number", "ogiltigt tal (skriv decimaler med punkt: 1.5)"},
      {"out of range number", "talet är för stort eller för litet"},
      {"invalid boolean", "ska vara true eller false"},
      // The YAML parser's own complaints.
      {"Unexpected token. Expected Key, Flow Entry, or Flow Mapping End.",
       "oväntat tecken inom { }: här ska stå en nyckel, ett kommatecken "
       "eller }; sätt citattecken runt ett värde som innehåller [ ] { } , "
       "eller :, t.ex. \"Txt[1]\""},
      {"Unexpected token. Expected Block Entry or Block End.",
       "oväntat innehåll i listan: varje rad i den ska börja med - på samma "
       "indrag"},
      {"Unexpected token. Expected Key or Block End",
       "oväntat innehåll: här ska stå en nyckel (key: value) på samma indrag "
       "som nycklarna ovanför"},
      {"Could not find closing ]!",
       "] saknas: en lista som börjar med [ ska sluta med ]; sätt "
       "citattecken runt ett värde som innehåller [, t.ex. \"Txt[1]\""},
      {"Could not find expected : for simple key",
       "kolon saknas efter nyckeln: skriv key: value"},
      {"Expected , between entries!", "kommatecken saknas mellan värdena"},
      {"Map value must not be empty",
       "värdet efter kolon saknas eller kan inte läsas"},
      {"Expected quote at end of scalar", "avslutande citattecken saknas"},
      {"Found invalid tab character in indentation",
       "tabbtecken i indraget: dra in med mellanslag"},
      {"Found unexpected ':' while scanning a plain scalar",
       "oväntat kolon i ett värde: sätt citattecken runt värdet"},
      {"Unrecognized character while tokenizing.",
       "tecknet kan inte stå här: sätt citattecken runt värdet"},
      {"Unrecognized escape code",
       "okänd kod efter \\ i ett värde inom \"\": skriv \\\\ för \\, eller "
       "sätt värdet inom '...'"},
      // … and its rarer ones.
      {"Expected a line break after block scalar header",
       "efter | eller > ska raden sluta; börja texten på nästa rad"},
      {"Leading all-spaces line must be smaller than the block indent",
       "en tom rad i texten under | eller > har fler mellanslag än texten; ta "
       "bort mellanslagen"},
      {"Got empty plain scalar", "värdet är tomt; skriv ett värde"},
      {"Map key must be a scalar",
       "en nyckel ska vara ett ord, inte en lista eller nycklar med värden"},
      {"A text line is less indented than the block scalar",
       "raden är mindre indragen än texten under | eller >; dra in den lika "
       "mycket"},
      {"Got empty alias or anchor", "skriv ett namn efter & eller *"},
      {"Already encountered an anchor for this node!",
       "värdet har redan ett ankare (&namn); ta bort det ena"},
      {"Already encountered a tag for this node!",
       "värdet har redan en tagg (!namn); ta bort den ena"},
      {"Null key in Key Value.", "nyckeln saknas före kolonet"},
      {"Unexpected token", "något står fel här; kontrollera indrag och skiljetecken"},
      {"Unexpected token in Key Value.",
       "något står fel efter nyckeln; skriv nyckel: värde"},
      {"unknown node kind",
       "här står något som inte kan läsas, t.ex. ett YAML-alias (*namn); "
       "skriv ut värdena i stället"},
      {"unexpected scalar",
       "här ska stå ett enkelt värde (text), inte en lista, nycklar eller "
       "ingenting; skriv \"\" för ett tomt värde"},
  };
  for (const auto &[English, Swedish] : Whole)
    if (Message == English)
      return Swedish.str();
  return Message.str(); // Ours, already in Swedish.
}

} // namespace

void YamlSources::report(const llvm::SMDiagnostic &D, void *Context) {
  auto &Sink = *static_cast<ErrorSink *>(Context);
  if (D.getKind() != llvm::SourceMgr::DK_Error)
    return;
  Sink.Failed = true;
  llvm::StringRef Line = D.getLineContents();
  unsigned Column = D.getColumnNo() < 0
                        ? 0
                        : countCodePoints(Line.take_front(D.getColumnNo())) + 1;
  std::string Message = inSwedish(D.getMessage());
  // '@' and '`' may not start a plain value: an XPath expression for an
  // attribute ("@nr") is the common case.
  char At = D.getColumnNo() >= 0 && size_t(D.getColumnNo()) < Line.size()
                ? Line[D.getColumnNo()]
                : 0;
  if (D.getMessage() == "Unrecognized character while tokenizing." &&
      (At == '@' || At == '`'))
    Message = std::string("ett värde som börjar med ") + At +
              " ska stå inom citattecken, t.ex. \"@nr\"";
  Sink.Errors.push_back({D.getFilename().str(),
                         unsigned(std::max(0, D.getLineNo())), Column,
                         std::move(Message), Line.str()});
}

llvm::SMLoc YamlSources::find(llvm::StringRef File, llvm::StringRef Text) const {
  for (unsigned Id = 1; Id <= Sources.getNumBuffers(); ++Id) {
    const llvm::MemoryBuffer *Buffer = Sources.getMemoryBuffer(Id);
    if (Buffer->getBufferIdentifier() != File)
      continue;
    size_t At = Buffer->getBuffer().find(Text);
    if (At != llvm::StringRef::npos)
      return llvm::SMLoc::getFromPointer(Buffer->getBufferStart() + At);
  }
  return {};
}

llvm::SMLoc YamlSources::findTopLevelKey(llvm::StringRef File,
                                         llvm::StringRef Key) const {
  for (unsigned Id = 1; Id <= Sources.getNumBuffers(); ++Id) {
    const llvm::MemoryBuffer *Buffer = Sources.getMemoryBuffer(Id);
    if (Buffer->getBufferIdentifier() != File)
      continue;
    for (llvm::StringRef Line : llvm::split(Buffer->getBuffer(), '\n')) {
      llvm::StringRef Rest = Line;
      if (Rest.consume_front(Key) && Rest.ltrim(' ').startswith(":"))
        return llvm::SMLoc::getFromPointer(Line.data());
    }
  }
  return {};
}

llvm::StringRef YamlSources::contents(llvm::StringRef File) const {
  for (unsigned Id = 1; Id <= Sources.getNumBuffers(); ++Id)
    if (Sources.getMemoryBuffer(Id)->getBufferIdentifier() == File)
      return Sources.getMemoryBuffer(Id)->getBuffer();
  return "";
}

llvm::SMLoc YamlSources::within(llvm::SMLoc Loc, llvm::StringRef Scalar,
                                size_t Offset) const {
  unsigned Id = Loc.isValid() ? Sources.FindBufferContainingLoc(Loc) : 0;
  if (Id == 0 || Offset > Scalar.size())
    return Loc;
  const llvm::MemoryBuffer *Buffer = Sources.getMemoryBuffer(Id);
  llvm::StringRef From(Loc.getPointer(), Buffer->getBufferEnd() - Loc.getPointer());
  return From.startswith(Scalar) ? llvm::SMLoc::getFromPointer(Loc.getPointer() + Offset)
                                 : Loc;
}

Diagnostic YamlSources::diagnose(llvm::SMLoc Loc, llvm::StringRef File,
                                 std::string Message) const {
  unsigned Id = Loc.isValid() ? Sources.FindBufferContainingLoc(Loc) : 0;
  if (Id == 0)
    return {File.str(), 0, 0, std::move(Message), ""};
  const llvm::MemoryBuffer *Buffer = Sources.getMemoryBuffer(Id);
  llvm::StringRef Text = Buffer->getBuffer();
  uint32_t Offset = Loc.getPointer() - Text.begin();
  size_t Newline = Text.rfind('\n', Offset);
  size_t LineStart = Newline == llvm::StringRef::npos ? 0 : Newline + 1;
  size_t LineEnd = Text.find('\n', Offset);
  llvm::StringRef Line = Text.slice(LineStart, LineEnd);
  unsigned LineNo = Sources.getLineAndColumn(Loc, Id).first;
  return {Buffer->getBufferIdentifier().str(), LineNo,
          countCodePoints(Text.slice(LineStart, Offset)) + 1, std::move(Message),
          Line.rtrim("\r").str()};
}

std::string foldProse(llvm::StringRef Text) {
  std::string Out;
  llvm::SmallVector<llvm::StringRef, 4> Paragraphs;
  Text.trim().split(Paragraphs, "\n\n", -1, false);
  for (llvm::StringRef P : Paragraphs) {
    if (!Out.empty())
      Out += "\n\n";
    std::string Joined;
    for (llvm::StringRef Line : llvm::split(P, '\n')) {
      llvm::StringRef Trimmed = Line.trim();
      if (Trimmed.empty())
        continue;
      if (!Joined.empty())
        Joined += ' ';
      Joined += Trimmed.str();
    }
    Out += Joined;
  }
  return Out;
}


llvm::SMLoc currentLocation(llvm::yaml::IO &IO) {
  if (IO.outputting())
    return {};
  const llvm::yaml::Node *N =
      static_cast<llvm::yaml::Input &>(IO).getCurrentNode();
  return N ? N->getSourceRange().Start : llvm::SMLoc();
}

llvm::SMLoc scalarLocation(llvm::StringRef Scalar, void *Context) {
  auto *In = static_cast<llvm::yaml::Input *>(Context);
  const llvm::yaml::Node *N = In ? In->getCurrentNode() : nullptr;
  if (!N)
    return {};
  llvm::SMRange Written = N->getSourceRange();
  std::less_equal<const char *> NotAfter;
  if (NotAfter(Written.Start.getPointer(), Scalar.data()) &&
      NotAfter(Scalar.data(), Written.End.getPointer()))
    return llvm::SMLoc::getFromPointer(Scalar.data());
  return Written.Start;
}

} // namespace ibic
