//===- XmlReader.cpp - XML files into the model ---------------------------===//
//
// pugixml parses without decoding entities or line ends so that every node's
// offset_debug() is a true offset into the file; entities are decoded here,
// recording where the text and its source drift apart.
//
// One builder makes the model for every XML layout (XmlLayout.h): the
// canonical <ibic-export> format below, and vendor XML read through a
// mapping (VendorMapping.cpp). The values it gets are checked here, once.
//
//===----------------------------------------------------------------------===//
#include "Reader.h"

#include "Document/XmlLayout.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

namespace ibic {

XmlLayout::~XmlLayout() = default;
MappingLookup::~MappingLookup() = default;

llvm::ArrayRef<XmlFieldInfo> xmlFields() {
  static const XmlFieldInfo Fields[] = {
      {XmlField::CaseId, XmlPart::Case, "id"},
      {XmlField::Avdelning, XmlPart::Case, "avdelning"},
      {XmlField::Enhet, XmlPart::Case, "enhet"},
      {XmlField::Lagrum, XmlPart::Case, "lagrum"},
      {XmlField::DocumentId, XmlPart::Document, "id"},
      {XmlField::Type, XmlPart::Document, "type"},
      {XmlField::Date, XmlPart::Document, "date"},
      {XmlField::AuthorRole, XmlPart::Document, "author-role"},
      {XmlField::DocumentLifeArea, XmlPart::Document, "livsomrade"},
      {XmlField::DocumentFactor, XmlPart::Document, "faktor"},
      {XmlField::Kind, XmlPart::Section, "kind"},
      {XmlField::Heading, XmlPart::Section, "heading"},
      {XmlField::SectionLifeArea, XmlPart::Section, "livsomrade"},
      {XmlField::SectionFactor, XmlPart::Section, "faktor"},
      {XmlField::Icf, XmlPart::Assessment, "icf"},
      {XmlField::Level, XmlPart::Assessment, "level"},
      {XmlField::TargetLevel, XmlPart::Assessment, "target-level"},
      {XmlField::Outcome, XmlPart::Assessment, "outcome"},
  };
  static_assert(sizeof(Fields) / sizeof(Fields[0]) == XmlFieldCount,
                "one entry per XmlField, in order");
  return Fields;
}

const XmlFieldInfo &xmlField(XmlField F) { return xmlFields()[unsigned(F)]; }

llvm::StringRef xmlPartKey(XmlPart P) {
  static const llvm::StringRef Keys[] = {"case", "document", "section",
                                         "assessment"};
  return Keys[unsigned(P)];
}

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
/// without recursion; the builder below recurses once per level.
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

/// Offset of \p N in the text pugixml parsed; an element's is that of its
/// '<', not of its name.
uint32_t nodeOffset(const pugi::xml_node &N) {
  ptrdiff_t At = N.offset_debug();
  if (At < 0)
    return 0;
  return At - (N.type() == pugi::node_element ? 1 : 0);
}

/// The canonical format: parts are elements, fields their attributes.
class CanonicalLayout final : public XmlLayout {
public:
  void cases(const pugi::xml_node &Root, Nodes &Out) const override {
    children(Root, "case", Out);
  }
  void documents(const pugi::xml_node &Case, Nodes &Out) const override {
    children(Case, "document", Out);
  }
  void sections(const pugi::xml_node &Parent, bool, Nodes &Out) const override {
    children(Parent, "section", Out);
  }
  void assessments(const pugi::xml_node &Section, Nodes &Out) const override {
    children(Section, "assessment", Out);
  }
  void paragraphs(const pugi::xml_node &Parent, bool InSection,
                  std::vector<pugi::xpath_node> &Out) const override {
    // Text written straight into a section is a paragraph too.
    for (pugi::xml_node Child : Parent.children())
      if (llvm::StringRef(Child.name()) == "p" ||
          (InSection && (Child.type() == pugi::node_pcdata ||
                         Child.type() == pugi::node_cdata)))
        Out.emplace_back(Child);
  }
  XmlValue field(const pugi::xml_node &N, XmlField F) const override {
    XmlValue V;
    // The keys are string literals, so data() ends in a NUL.
    if (pugi::xml_attribute A = N.attribute(xmlField(F).Key.data())) {
      V.Text = decodeXmlText(A.value(), 0).Text;
      V.At = pugi::xpath_node(A, N);
    }
    return V;
  }
  std::string missing(XmlField F) const override {
    if (F == XmlField::CaseId)
      return "Ärendet saknar attributet id. Skriv <case id=\"...\">; ärendet "
             "granskades inte.";
    return "Dokumentet saknar attributet type. Ange utredning, beslut, "
           "genomforandeplan, journalanteckning eller uppfoljning.";
  }
  std::string unknown(XmlField F, llvm::StringRef Written) const override {
    if (F == XmlField::Type)
      return "Okänd dokumenttyp '" + Written.str() +
             "'. Ange utredning, beslut, genomforandeplan, "
             "journalanteckning eller uppfoljning.";
    if (F == XmlField::DocumentLifeArea || F == XmlField::SectionLifeArea)
      return "Okänt livsområde '" + Written.str() +
             "'. Använd en av IBIC:s livsområdeskoder, t.ex. "
             "personlig-vard, hemliv eller forflyttning.";
    return "Okänd relaterad faktor '" + Written.str() +
           "'. Använd kroppsfunktioner, kroppsstrukturer, "
           "halsotillstand, omgivningsfaktorer eller personfaktorer.";
  }
  std::string noCases() const override {
    return "Filen innehåller inget <case>-element att granska.";
  }

private:
  static void children(const pugi::xml_node &Parent, const char *Name,
                       Nodes &Out) {
    for (pugi::xml_node Child : Parent.children(Name))
      Out.push_back(Child);
  }
};

/// Builds the model from a parsed file through a layout, checking every
/// value against the reference data and keeping every source offset.
class XmlModelBuilder {
public:
  XmlModelBuilder(const XmlLayout &Layout,
                  const std::shared_ptr<const SourceFile> &File, uint32_t Base,
                  const Reference &Ref, ReadResult &Result)
      : Layout(Layout), File(File), Base(Base), Ref(Ref), Result(Result) {}

  void readCases(const pugi::xml_node &Root) {
    XmlLayout::Nodes Cases;
    Layout.cases(Root, Cases);
    for (const pugi::xml_node &N : Cases)
      readCase(N);
    if (Result.Cases.empty() && Result.Errors.empty())
      error(offsetOf(Root), Layout.noCases());
  }

private:
  uint32_t offsetOf(const pugi::xml_node &N) const {
    return Base + nodeOffset(N);
  }

  /// Where attribute \p Name of element \p N is written, or its value
  /// starts (pugixml keeps no attribute offsets, so look for it inside the
  /// start tag).
  uint32_t attributeOffset(const pugi::xml_node &N, llvm::StringRef Name,
                           bool Value = false) const {
    llvm::StringRef Text = File->contents();
    uint32_t Start = offsetOf(N);
    llvm::StringRef Tag = Text.slice(Start, Text.find('>', Start));
    for (size_t At = Tag.find(Name); At != llvm::StringRef::npos;
         At = Tag.find(Name, At + 1)) {
      bool Boundary = At > 0 && (Tag[At - 1] == ' ' || Tag[At - 1] == '\t' ||
                                 Tag[At - 1] == '\n' || Tag[At - 1] == '\r');
      llvm::StringRef Rest = Tag.drop_front(At + Name.size()).ltrim();
      if (!Boundary || !Rest.consume_front("="))
        continue;
      if (!Value)
        return Start + At;
      Rest = Rest.ltrim();
      return Start + (Rest.data() - Tag.data()) + (Rest.empty() ? 0 : 1);
    }
    return Start;
  }

  /// Where a field's value is written; its element's place when nowhere.
  uint32_t offsetOf(const XmlValue &V, const pugi::xml_node &Owner) const {
    if (pugi::xml_attribute A = V.At.attribute())
      return attributeOffset(V.At.parent(), A.name());
    if (V.At.node())
      return offsetOf(V.At.node());
    return offsetOf(Owner);
  }

  void error(uint32_t Offset, std::string Message) {
    Result.Errors.push_back(File->diagnose(Offset, std::move(Message)));
  }

  /// A value not understood in an element that is still read.
  void remark(uint32_t Offset, std::string Message) {
    Diagnostic D = File->diagnose(Offset, std::move(Message));
    D.Audited = true;
    Result.Errors.push_back(std::move(D));
  }

  /// Field \p F of \p N. A value the layout could not read counts as not
  /// given and is reported: as an error for a field the part cannot do
  /// without (\p Required; the result is then empty), else as a remark.
  std::optional<std::string> value(const pugi::xml_node &N, XmlField F,
                                   bool Required = false) {
    XmlValue V = Layout.field(N, F);
    if (V.Problem.empty())
      return std::move(V.Text);
    if (Required) {
      error(offsetOf(V, N), std::move(V.Problem));
      return std::nullopt;
    }
    remark(offsetOf(V, N), std::move(V.Problem));
    return "";
  }

  std::string text(const pugi::xml_node &N, XmlField F) { return *value(N, F); }

  void readCase(const pugi::xml_node &N) {
    Case C;
    std::optional<std::string> Id = value(N, XmlField::CaseId, true);
    if (!Id)
      return;
    if (Id->empty()) {
      error(offsetOf(N), Layout.missing(XmlField::CaseId));
      return;
    }
    C.Id = std::move(*Id);
    C.Avdelning = text(N, XmlField::Avdelning);
    C.Enhet = text(N, XmlField::Enhet);
    C.Lagrum = text(N, XmlField::Lagrum);
    C.Files.push_back(File->path().str());
    XmlLayout::Nodes Documents;
    Layout.documents(N, Documents);
    unsigned Number = 0;
    for (const pugi::xml_node &D : Documents)
      readDocument(D, ++Number, C);
    Result.Cases.push_back(std::move(C));
  }

  void readDocument(const pugi::xml_node &N, unsigned Number, Case &C) {
    std::optional<std::string> Written = value(N, XmlField::Type, true);
    if (!Written)
      return;
    std::optional<std::string> Type = Ref.documentType(*Written);
    if (!Type) {
      error(offsetOf(N), Written->empty()
                             ? Layout.missing(XmlField::Type)
                             : Layout.unknown(XmlField::Type, *Written));
      return;
    }
    Document D;
    D.Type = *Type;
    D.Id = text(N, XmlField::DocumentId);
    if (D.Id.empty())
      D.Id = D.Type + "-" + std::to_string(Number);
    D.Date = text(N, XmlField::Date);
    D.AuthorRole = text(N, XmlField::AuthorRole);
    D.File = File;
    D.Offset = offsetOf(N);
    D.LifeArea = valid(N, XmlField::DocumentLifeArea);
    D.Factor = valid(N, XmlField::DocumentFactor);
    XmlLayout::Nodes Sections;
    Layout.sections(N, /*InSection=*/false, Sections);
    for (const pugi::xml_node &S : Sections)
      D.Sections.push_back(readSection(S));
    addParagraphs(N, /*InSection=*/false, D.Paragraphs);
    C.Documents.push_back(std::move(D));
  }

  /// A life area or factor slug; an unknown one is a remark and none.
  std::string valid(const pugi::xml_node &N, XmlField F) {
    XmlValue V = Layout.field(N, F);
    if (!V.Problem.empty()) {
      remark(offsetOf(V, N), std::move(V.Problem));
      return "";
    }
    bool LifeArea =
        F == XmlField::DocumentLifeArea || F == XmlField::SectionLifeArea;
    if (V.Text.empty() ||
        (LifeArea ? Ref.isLifeArea(V.Text) : Ref.isFactor(V.Text)))
      return std::move(V.Text);
    remark(offsetOf(V, N), Layout.unknown(F, V.Text));
    return "";
  }

  Section readSection(const pugi::xml_node &N) {
    Section S;
    S.Heading = text(N, XmlField::Heading);
    S.Kind = text(N, XmlField::Kind);
    S.LifeArea = valid(N, XmlField::SectionLifeArea);
    S.Factor = valid(N, XmlField::SectionFactor);
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
    XmlLayout::Nodes Parts;
    Layout.sections(N, /*InSection=*/true, Parts);
    for (const pugi::xml_node &Child : Parts)
      S.Children.push_back(readSection(Child));
    addParagraphs(N, /*InSection=*/true, S.Paragraphs);
    Parts.clear();
    Layout.assessments(N, Parts);
    for (const pugi::xml_node &A : Parts)
      S.Assessments.push_back(readAssessment(A));
    return S;
  }

  std::optional<int> level(const pugi::xml_node &N, XmlField F) {
    int Level;
    std::string Value = text(N, F);
    if (Value.empty() || llvm::StringRef(Value).trim().getAsInteger(10, Level))
      return std::nullopt;
    return Level;
  }

  Assessment readAssessment(const pugi::xml_node &N) {
    Assessment A;
    // "D 510" and "d510" are the same code.
    std::string Code = text(N, XmlField::Icf);
    llvm::erase_if(Code, [](char C) { return C == ' '; });
    if (!Code.empty())
      Code[0] = llvm::toLower(Code[0]);
    A.Icf = Code;
    A.Level = level(N, XmlField::Level);
    A.TargetLevel = level(N, XmlField::TargetLevel);
    A.Outcome = llvm::StringRef(text(N, XmlField::Outcome)).trim().lower();
    A.Offset = offsetOf(N);
    return A;
  }

  void addParagraphs(const pugi::xml_node &N, bool InSection,
                     std::vector<TextSpan> &Out) {
    std::vector<pugi::xpath_node> Nodes;
    Layout.paragraphs(N, InSection, Nodes);
    for (const pugi::xpath_node &P : Nodes) {
      if (pugi::xml_attribute A = P.attribute()) {
        if (*A.value())
          Out.push_back(decodeXmlText(
              A.value(), attributeOffset(P.parent(), A.name(), true)));
      } else {
        addText(P.node(), Out);
      }
    }
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

  const XmlLayout &Layout;
  const std::shared_ptr<const SourceFile> &File;
  uint32_t Base;
  const Reference &Ref;
  ReadResult &Result;
};

std::string foreignRoot(llvm::StringRef Root, const std::string &Problem) {
  std::string Message = "Rotelementet ska vara <ibic-export>, inte <" +
                        Root.str() +
                        ">: filen är inte i ibic-audits XML-format. ";
  if (!Problem.empty())
    return Message + Problem;
  return Message + "Ingen mappning för <" + Root.str() +
         "> hittades. Exportera i ibic-audits XML-format, eller beskriv "
         "exportens format i en mappningsfil: en fil vars namn slutar på "
         ".ibic-mapping.yaml, med raden root: " +
         Root.str() +
         ", i exportens mapp eller en mapp ovanför den, eller angiven med "
         "--mapping FIL (se README, Vendor XML through a mapping).";
}

} // namespace

std::string decodeXmlEntities(llvm::StringRef Raw) {
  return decodeXmlText(Raw, 0).Text;
}

std::string xmlNodeText(const pugi::xpath_node &N) {
  if (pugi::xml_attribute A = N.attribute())
    return decodeXmlText(A.value(), 0).Text;
  std::string Out;
  auto Add = [&Out](const pugi::xml_node &T) {
    if (T.type() == pugi::node_pcdata)
      Out += decodeXmlText(T.value(), 0).Text;
    else if (T.type() == pugi::node_cdata)
      Out += T.value();
  };
  pugi::xml_node Top = N.node();
  Add(Top);
  // Without recursion: a value may sit under any depth of elements.
  for (pugi::xml_node Cur = Top.first_child(); Cur;) {
    Add(Cur);
    if (pugi::xml_node Child = Cur.first_child()) {
      Cur = Child;
      continue;
    }
    while (Cur != Top && !Cur.next_sibling())
      Cur = Cur.parent();
    if (Cur == Top)
      break;
    Cur = Cur.next_sibling();
  }
  return Out;
}

llvm::StringRef xmlRootName(llvm::StringRef Text) {
  Text = Text.drop_front(byteOrderMarkLength(Text));
  for (;;) {
    Text = Text.ltrim();
    auto Skip = [&](llvm::StringRef End) {
      size_t At = Text.find(End);
      Text =
          At == llvm::StringRef::npos ? "" : Text.drop_front(At + End.size());
    };
    if (Text.startswith("<?")) {
      Skip("?>");
    } else if (Text.startswith("<!--")) {
      Skip("-->");
    } else if (Text.startswith("<!")) {
      // A doctype, perhaps with an internal subset in brackets.
      size_t Open = Text.find_first_of("[>");
      if (Open != llvm::StringRef::npos && Text[Open] == '[') {
        Text = Text.drop_front(Open);
        Skip("]");
      }
      Skip(">");
    } else if (Text.consume_front("<")) {
      return Text.take_until(
          [](char C) { return llvm::isSpace(C) || C == '/' || C == '>'; });
    } else {
      return "";
    }
  }
}

std::optional<XmlParseError> parseXml(llvm::StringRef Text, unsigned MaxDepth,
                                      pugi::xml_document &Doc) {
  unsigned Flags = pugi::parse_cdata | pugi::parse_wconv_attribute;
  pugi::xml_parse_result Parsed =
      Doc.load_buffer(Text.data(), Text.size(), Flags, pugi::encoding_utf8);
  if (!Parsed)
    return XmlParseError{uint32_t(Parsed.offset),
                         std::string("XML-filen är inte välformad: ") +
                             describe(Parsed.status) +
                             ". Rätta XML-koden och granska igen."};
  DepthCheck Depth(MaxDepth);
  Doc.traverse(Depth);
  if (Depth.TooDeep)
    return XmlParseError{
        nodeOffset(Depth.TooDeep),
        "XML-elementen är nästlade i mer än " + std::to_string(MaxDepth) +
            " nivåer och filen granskades inte. Lägg avsnitten bredvid "
            "varandra i stället för i varandra, eller höj gränsen med "
            "limits: {max-depth: ...} i .ibic-audit.yaml."};
  return std::nullopt;
}

std::vector<std::string> layoutCaseIds(const XmlLayout &Layout,
                                       const pugi::xml_node &Root) {
  XmlLayout::Nodes Cases;
  Layout.cases(Root, Cases);
  std::vector<std::string> Ids;
  for (const pugi::xml_node &N : Cases) {
    XmlValue Id = Layout.field(N, XmlField::CaseId);
    if (Id.Problem.empty() && !Id.Text.empty())
      Ids.push_back(std::move(Id.Text));
  }
  return Ids;
}

ReadResult readXml(std::shared_ptr<const SourceFile> File, const Reference &Ref,
                   unsigned MaxDepth, const MappingLookup *Mappings) {
  ReadResult Result;
  uint32_t Base = byteOrderMarkLength(File->contents());
  pugi::xml_document Doc;
  if (std::optional<XmlParseError> Bad =
          parseXml(File->contents().drop_front(Base), MaxDepth, Doc)) {
    Result.Errors.push_back(
        File->diagnose(Base + Bad->Offset, std::move(Bad->Message)));
    return Result;
  }
  pugi::xml_node Root = Doc.document_element();
  llvm::StringRef RootName = Root.name();
  if (RootName == "ibic-export") {
    static const CanonicalLayout Canonical;
    XmlModelBuilder(Canonical, File, Base, Ref, Result).readCases(Root);
    return Result;
  }
  MappingLookup::Found Found;
  if (Mappings)
    Found = Mappings->find(File->path(), RootName);
  if (!Found.Layout) {
    Result.Errors.push_back(File->diagnose(
        Base + nodeOffset(Root), foreignRoot(RootName, Found.Problem)));
    return Result;
  }
  XmlModelBuilder(*Found.Layout, File, Base, Ref, Result).readCases(Root);
  return Result;
}

} // namespace ibic
