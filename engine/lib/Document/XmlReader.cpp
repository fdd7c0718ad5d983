//===- XmlReader.cpp - The XML interchange format -------------------------===//
//
// pugixml parses without decoding entities or line ends so that every node's
// offset_debug() is a true offset into the file; entities are decoded here,
// recording where the text and its source drift apart.
//
//===----------------------------------------------------------------------===//
#include "Reader.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

#include <pugixml.hpp>

namespace ibic {
namespace {

/// Decodes XML character and entity references in \p Raw, which starts at
/// source offset \p Offset.
TextSpan decodeXmlText(llvm::StringRef Raw, uint32_t Offset) {
  TextSpan Span;
  Span.Offset = Offset;
  for (size_t I = 0; I < Raw.size();) {
    size_t Amp = Raw.find('&', I);
    Span.Text.append(Raw.data() + I, Raw.data() + std::min(Amp, Raw.size()));
    if (Amp == llvm::StringRef::npos)
      break;
    size_t Semi = Raw.find(';', Amp);
    if (Semi == llvm::StringRef::npos || Semi - Amp > 10) {
      Span.Text += '&';
      I = Amp + 1;
      continue;
    }
    llvm::StringRef Name = Raw.slice(Amp + 1, Semi);
    uint32_t CodePoint = 0;
    if (Name == "amp")
      CodePoint = '&';
    else if (Name == "lt")
      CodePoint = '<';
    else if (Name == "gt")
      CodePoint = '>';
    else if (Name == "quot")
      CodePoint = '"';
    else if (Name == "apos")
      CodePoint = '\'';
    else if (Name.consume_front("#x") || Name.consume_front("#X"))
      Name.getAsInteger(16, CodePoint);
    else if (Name.consume_front("#"))
      Name.getAsInteger(10, CodePoint);
    char Buffer[8];
    char *End = Buffer;
    if (CodePoint && llvm::ConvertCodePointToUTF8(CodePoint, End))
      Span.Text.append(Buffer, End);
    else
      Span.Text.append(Raw.data() + Amp, Raw.data() + Semi + 1);
    I = Semi + 1;
    Span.Shifts.push_back({uint32_t(Span.Text.size()), Offset + uint32_t(I)});
  }
  return Span;
}

std::string attribute(const pugi::xml_node &N, const char *Name) {
  pugi::xml_attribute A = N.attribute(Name);
  return A ? decodeXmlText(A.value(), 0).Text : std::string();
}

std::optional<int> levelAttribute(const pugi::xml_node &N, const char *Name) {
  int Level;
  std::string Value = attribute(N, Name);
  if (Value.empty() || llvm::StringRef(Value).trim().getAsInteger(10, Level))
    return std::nullopt;
  return Level;
}

const char *describe(pugi::xml_parse_status Status) {
  switch (Status) {
  case pugi::status_unrecognized_tag:
    return "okänd eller felskriven tagg";
  case pugi::status_bad_pi:
  case pugi::status_bad_comment:
  case pugi::status_bad_cdata:
  case pugi::status_bad_doctype:
    return "felaktig kommentar, CDATA- eller DOCTYPE-del";
  case pugi::status_bad_pcdata:
    return "felaktig text";
  case pugi::status_bad_start_element:
    return "felaktig starttagg";
  case pugi::status_bad_attribute:
    return "felaktigt attribut (saknas citattecken?)";
  case pugi::status_bad_end_element:
    return "felaktig sluttagg";
  case pugi::status_end_element_mismatch:
    return "sluttaggen matchar inte starttaggen";
  case pugi::status_no_document_element:
    return "inget rotelement";
  default:
    return "filen kunde inte tolkas";
  }
}

/// Finds the first element nested deeper than a limit. pugixml walks
/// without recursion; the reader below recurses once per level.
struct DepthCheck : pugi::xml_tree_walker {
  explicit DepthCheck(unsigned MaxDepth) : MaxDepth(MaxDepth) {}
  bool for_each(pugi::xml_node &N) override {
    if (N.type() != pugi::node_element || unsigned(depth()) < MaxDepth)
      return true;
    TooDeep = N;
    return false;
  }
  unsigned MaxDepth;
  pugi::xml_node TooDeep;
};

class XmlReader {
public:
  XmlReader(std::shared_ptr<const SourceFile> F, const Reference &Ref,
            unsigned MaxDepth)
      : File(std::move(F)), Ref(Ref), MaxDepth(MaxDepth),
        Base(byteOrderMarkLength(File->contents())) {}

  ReadResult read() {
    llvm::StringRef Text = File->contents().drop_front(Base);
    pugi::xml_document Doc;
    unsigned Flags = pugi::parse_cdata | pugi::parse_wconv_attribute;
    pugi::xml_parse_result Parsed =
        Doc.load_buffer(Text.data(), Text.size(), Flags, pugi::encoding_utf8);
    if (!Parsed) {
      Result.Errors.push_back(File->diagnose(
          Base + Parsed.offset, std::string("XML-filen är inte välformad: ") +
                                    describe(Parsed.status) +
                                    ". Rätta XML-koden och granska igen."));
      return std::move(Result);
    }
    DepthCheck Depth(MaxDepth);
    Doc.traverse(Depth);
    if (Depth.TooDeep) {
      error(Depth.TooDeep,
            "XML-elementen är nästlade i mer än " + std::to_string(MaxDepth) +
                " nivåer och filen granskades inte. Lägg avsnitten bredvid "
                "varandra i stället för i varandra, eller höj gränsen med "
                "limits: {max-depth: ...} i .ibic-audit.yaml.");
      return std::move(Result);
    }
    pugi::xml_node Root = Doc.document_element();
    if (llvm::StringRef(Root.name()) != "ibic-export") {
      error(Root, "Rotelementet ska vara <ibic-export>, inte <" +
                      std::string(Root.name()) + ">.");
      return std::move(Result);
    }
    for (pugi::xml_node N : Root.children("case"))
      readCase(N);
    if (Result.Cases.empty() && Result.Errors.empty())
      error(Root, "Filen innehåller inget <case>-element att granska.");
    return std::move(Result);
  }

private:
  uint32_t offsetOf(const pugi::xml_node &N) const {
    ptrdiff_t At = N.offset_debug();
    if (At < 0)
      return Base;
    // An element's offset is that of its name; point at its '<'.
    return Base + At - (N.type() == pugi::node_element ? 1 : 0);
  }

  void error(const pugi::xml_node &N, std::string Message) {
    Result.Errors.push_back(File->diagnose(offsetOf(N), std::move(Message)));
  }

  /// Where attribute \p Name of element \p N is written (pugixml keeps no
  /// attribute offsets, so look for it inside the start tag).
  uint32_t attributeOffset(const pugi::xml_node &N, llvm::StringRef Name) const {
    llvm::StringRef Text = File->contents();
    uint32_t Start = offsetOf(N);
    llvm::StringRef Tag = Text.slice(Start, Text.find('>', Start));
    for (size_t At = Tag.find(Name); At != llvm::StringRef::npos;
         At = Tag.find(Name, At + 1)) {
      bool Boundary = At > 0 && (Tag[At - 1] == ' ' || Tag[At - 1] == '\t' ||
                                 Tag[At - 1] == '\n' || Tag[At - 1] == '\r');
      if (Boundary && Tag.drop_front(At + Name.size()).ltrim().startswith("="))
        return Start + At;
    }
    return Start;
  }

  /// A value not understood in an element that is still read.
  void remark(const pugi::xml_node &N, llvm::StringRef Name,
              std::string Message) {
    Diagnostic D = File->diagnose(attributeOffset(N, Name), std::move(Message));
    D.Audited = true;
    Result.Errors.push_back(std::move(D));
  }

  void readCase(const pugi::xml_node &N) {
    Case C;
    C.Id = attribute(N, "id");
    if (C.Id.empty()) {
      error(N, "Ärendet saknar attributet id. Skriv <case id=\"...\">; "
               "ärendet granskades inte.");
      return;
    }
    C.Avdelning = attribute(N, "avdelning");
    C.Enhet = attribute(N, "enhet");
    C.Lagrum = attribute(N, "lagrum");
    C.Files.push_back(File->path().str());
    unsigned Number = 0;
    for (pugi::xml_node D : N.children("document"))
      readDocument(D, ++Number, C);
    Result.Cases.push_back(std::move(C));
  }

  void readDocument(const pugi::xml_node &N, unsigned Number, Case &C) {
    std::string Written = attribute(N, "type");
    std::optional<std::string> Type = Ref.documentType(Written);
    if (!Type) {
      error(N, Written.empty()
                   ? std::string("Dokumentet saknar attributet type. Ange "
                                 "utredning, beslut, genomforandeplan, "
                                 "journalanteckning eller uppfoljning.")
                   : "Okänd dokumenttyp '" + Written +
                         "'. Ange utredning, beslut, genomforandeplan, "
                         "journalanteckning eller uppfoljning.");
      return;
    }
    Document D;
    D.Type = *Type;
    D.Id = attribute(N, "id");
    if (D.Id.empty())
      D.Id = D.Type + "-" + std::to_string(Number);
    D.Date = attribute(N, "date");
    D.AuthorRole = attribute(N, "author-role");
    D.File = File;
    D.Offset = offsetOf(N);
    D.LifeArea = validLifeArea(N);
    D.Factor = validFactor(N);
    for (pugi::xml_node Child : N.children()) {
      llvm::StringRef Name = Child.name();
      if (Name == "section")
        D.Sections.push_back(readSection(Child));
      else if (Name == "p")
        addText(Child, D.Paragraphs);
    }
    C.Documents.push_back(std::move(D));
  }

  std::string validLifeArea(const pugi::xml_node &N) {
    std::string Slug = attribute(N, "livsomrade");
    if (Slug.empty() || Ref.isLifeArea(Slug))
      return Slug;
    remark(N, "livsomrade",
           "Okänt livsområde '" + Slug +
               "'. Använd en av IBIC:s livsområdeskoder, t.ex. "
               "personlig-vard, hemliv eller forflyttning.");
    return "";
  }

  std::string validFactor(const pugi::xml_node &N) {
    std::string Slug = attribute(N, "faktor");
    if (Slug.empty() || Ref.isFactor(Slug))
      return Slug;
    remark(N, "faktor",
           "Okänd relaterad faktor '" + Slug +
               "'. Använd kroppsfunktioner, kroppsstrukturer, "
               "halsotillstand, omgivningsfaktorer eller personfaktorer.");
    return "";
  }

  Section readSection(const pugi::xml_node &N) {
    Section S;
    S.Heading = attribute(N, "heading");
    S.Kind = attribute(N, "kind");
    S.LifeArea = validLifeArea(N);
    S.Factor = validFactor(N);
    S.Offset = offsetOf(N);
    std::optional<HeadingMeaning> Named = Ref.classifyHeading(S.Heading);
    if (Named && Named->IsAlias)
      S.CurrentName = Named->CurrentName;
    if (S.Kind.empty())
      if (auto Meaning = Named) {
        S.Kind = Meaning->Kind;
        if (S.LifeArea.empty())
          S.LifeArea = Meaning->LifeArea;
        if (S.Factor.empty())
          S.Factor = Meaning->Factor;
      }
    for (pugi::xml_node Child : N.children()) {
      llvm::StringRef Name = Child.name();
      if (Name == "section")
        S.Children.push_back(readSection(Child));
      else if (Name == "p")
        addText(Child, S.Paragraphs);
      else if (Name == "assessment")
        S.Assessments.push_back(readAssessment(Child));
      else if (Child.type() == pugi::node_pcdata ||
               Child.type() == pugi::node_cdata)
        addText(Child, S.Paragraphs);
    }
    return S;
  }

  Assessment readAssessment(const pugi::xml_node &N) {
    Assessment A;
    // "D 510" and "d510" are the same code.
    std::string Code = attribute(N, "icf");
    llvm::erase_if(Code, [](char C) { return C == ' '; });
    if (!Code.empty())
      Code[0] = llvm::toLower(Code[0]);
    A.Icf = Code;
    A.Level = levelAttribute(N, "level");
    A.TargetLevel = levelAttribute(N, "target-level");
    A.Outcome = llvm::StringRef(attribute(N, "outcome")).trim().lower();
    A.Offset = offsetOf(N);
    return A;
  }

  /// Adds each run of text under \p N (mixed content keeps its pieces).
  void addText(const pugi::xml_node &N, std::vector<TextSpan> &Out) {
    if (N.type() == pugi::node_pcdata) {
      Out.push_back(decodeXmlText(N.value(), offsetOf(N)));
      return;
    }
    if (N.type() == pugi::node_cdata) {
      Out.push_back({N.value(), offsetOf(N), {}});
      return;
    }
    for (pugi::xml_node Child : N.children())
      addText(Child, Out);
  }

  std::shared_ptr<const SourceFile> File;
  const Reference &Ref;
  unsigned MaxDepth;
  uint32_t Base;
  ReadResult Result;
};

} // namespace

ReadResult readXml(std::shared_ptr<const SourceFile> File, const Reference &Ref,
                   unsigned MaxDepth) {
  return XmlReader(std::move(File), Ref, MaxDepth).read();
}

} // namespace ibic
