#include "VendorMapping.h"

#include "Support/Prose.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace ibic {
namespace {

std::vector<std::string> slugsOf(llvm::ArrayRef<NamedEntry> Entries) {
  std::vector<std::string> Slugs;
  for (const NamedEntry &E : Entries)
    Slugs.push_back(E.Slug);
  return Slugs;
}

/// pugixml's complaint about an XPath expression, in Swedish.
std::string describeXPath(llvm::StringRef D) {
  static const std::pair<llvm::StringRef, llvm::StringRef> Known[] = {
      {"Unrecognized function", "okänd funktion eller fel antal argument"},
      {"Unrecognized node test",
       "här väntades ett elementnamn, ett @attribut, text() eller en funktion"},
      {"Incorrect query", "uttrycket fortsätter efter sitt slut (ett tecken "
                          "eller mellanslag för mycket?)"},
      {"Expected ']'", "] saknas"},
      {"Expected ')'", ") saknas"},
      {"Unmatched brace", ") saknas"},
      {"Unknown variable", "variabler ($namn) kan inte användas i en mappning"},
  };
  for (const auto &[English, Swedish] : Known)
    if (D.startswith(English))
      return Swedish.str();
  return ("uttrycket kunde inte tolkas (" + D + ")").str();
}

bool isLifeAreaField(XmlField F) {
  return F == XmlField::DocumentLifeArea || F == XmlField::SectionLifeArea;
}

} // namespace

VendorMapping::VendorMapping(std::string File, std::string Root,
                             const Reference &Ref)
    : File(std::move(File)), Root(std::move(Root)), Ref(Ref) {}

VendorMapping::~VendorMapping() = default;

std::vector<llvm::StringRef> VendorMapping::keysOf(XmlPart Part) {
  std::vector<llvm::StringRef> Keys{"select"};
  if (Part == XmlPart::Section)
    Keys.push_back("nested");
  if (Part == XmlPart::Document || Part == XmlPart::Section)
    Keys.push_back("text");
  for (const XmlFieldInfo &F : xmlFields())
    if (F.Part == Part)
      Keys.push_back(F.Key);
  return Keys;
}

bool VendorMapping::hasValueMap(llvm::StringRef Key) {
  return Key != "id" && Key != "date" && Key != "icf" &&
         llvm::any_of(xmlFields(),
                      [&](const XmlFieldInfo &F) { return F.Key == Key; });
}

std::vector<llvm::StringRef> VendorMapping::valueMapKeys() {
  std::vector<llvm::StringRef> Keys;
  for (const XmlFieldInfo &F : xmlFields())
    if (hasValueMap(F.Key) && !llvm::is_contained(Keys, F.Key))
      Keys.push_back(F.Key);
  return Keys;
}

std::optional<VendorMapping::ExpressionError>
VendorMapping::setExpression(XmlPart Part, llvm::StringRef Key,
                             llvm::StringRef Written, unsigned Line) {
  std::unique_ptr<Expression> *Slot = nullptr;
  bool Elements = true;
  if (Key == "select")
    Slot = &Selects[unsigned(Part)];
  else if (Key == "nested" && Part == XmlPart::Section)
    Slot = &Nested;
  else if (Key == "text" &&
           (Part == XmlPart::Document || Part == XmlPart::Section))
    Slot = &Texts[unsigned(Part)];
  for (const XmlFieldInfo &F : xmlFields())
    if (!Slot && F.Part == Part && F.Key == Key) {
      Slot = &Fields[unsigned(F.Field)];
      Elements = false;
    }
  if (!Slot)
    return ExpressionError{
        "okänd nyckel '" + Key.str() + "' under " + xmlPartKey(Part).str(), 0};
  std::string Hint =
      Elements ? "skriv en väg till elementen, t.ex. Arende, "
                 "Journal/Anteckning eller .//Avsnitt"
               : "skriv en väg till värdet, t.ex. @kod (ett attribut), Typ "
                 "(ett barnelements text) eller ../@enhet";
  try {
    auto E = std::make_unique<Expression>(Expression{
        pugi::xpath_query(Written.str().c_str()), Written.str(), Line});
    if (Elements && E->Query.return_type() != pugi::xpath_type_node_set)
      return ExpressionError{"uttrycket ger ett värde, inte element; " + Hint,
                             0};
    *Slot = std::move(E);
  } catch (const pugi::xpath_exception &E) {
    return ExpressionError{
        "ogiltigt XPath-uttryck: " + describeXPath(E.result().description()) +
            "; " + Hint,
        size_t(std::max<ptrdiff_t>(0, E.result().offset))};
  }
  return std::nullopt;
}

bool VendorMapping::has(XmlPart Part, llvm::StringRef Key) const {
  if (Key == "select")
    return bool(Selects[unsigned(Part)]);
  if (Key == "nested")
    return Part == XmlPart::Section && Nested;
  if (Key == "text")
    return bool(Texts[unsigned(Part)]);
  return llvm::any_of(xmlFields(), [&](const XmlFieldInfo &F) {
    return F.Part == Part && F.Key == Key && Fields[unsigned(F.Field)];
  });
}

std::string VendorMapping::allowed(llvm::StringRef Key) const {
  const ReferenceData &Data = Ref.data();
  if (Key == "type")
    return listInProse(slugsOf(Data.DocumentTypes));
  if (Key == "livsomrade")
    return "ett livsområde (" + listInProse(slugsOf(Data.LifeAreas)) +
           ") eller en relaterad faktor (" +
           listInProse(slugsOf(Data.Factors)) + ")";
  if (Key == "faktor")
    return listInProse(slugsOf(Data.Factors));
  if (Key == "kind") {
    std::vector<std::string> Kinds{"livsomrade", "relaterad-faktor"};
    for (const std::string &K : slugsOf(Data.SectionKinds))
      Kinds.push_back(K);
    return listInProse(Kinds);
  }
  if (Key == "level" || Key == "target-level") {
    std::vector<std::string> Levels;
    for (const RatingLevel &L : Data.Levels)
      Levels.push_back(std::to_string(L.Level));
    return listInProse(Levels);
  }
  if (Key == "outcome")
    return listInProse(Data.Outcomes);
  return "";
}

std::optional<std::string> VendorMapping::addValue(llvm::StringRef Key,
                                                   llvm::StringRef CodeText,
                                                   llvm::StringRef Value,
                                                   unsigned Line) {
  ValueMap &Map = ValueMaps[Key];
  if (Map.Line == 0)
    Map.Line = Line;
  Code C{Value.str(), false};
  if (Key == "type") {
    if (Value.empty())
      return std::string("en dokumenttyp kan inte vara tom; välj bort "
                         "dokument som inte ska granskas i document: select, "
                         "t.ex. select: \"Dokument[@typ != '") +
             CodeText.str() + "']\"";
    std::optional<std::string> Slug = Ref.documentType(Value);
    if (!Slug)
      return "'" + Value.str() + "' är ingen dokumenttyp; skriv en av " +
             allowed(Key);
    C.Value = *Slug;
  } else if (!Value.empty()) {
    bool Valid = true;
    int Level;
    if (Key == "livsomrade") {
      C.Factor = !Ref.isLifeArea(Value) && Ref.isFactor(Value);
      Valid = Ref.isLifeArea(Value) || C.Factor;
    } else if (Key == "faktor") {
      Valid = Ref.isFactor(Value);
    } else if (Key == "kind") {
      Valid = Ref.isSectionKind(Value);
    } else if (Key == "level" || Key == "target-level") {
      Valid = !Value.getAsInteger(10, Level) && Ref.isValidLevel(Level);
    } else if (Key == "outcome") {
      Valid = Ref.isOutcome(Value);
    }
    if (!Valid)
      return "'" + Value.str() + "' är inget värde för " + Key.str() +
             "; skriv " + allowed(Key) + ", eller \"\" för inget värde";
  }
  Map.Codes[CodeText.str()] = std::move(C);
  return std::nullopt;
}

void VendorMapping::select(const Expression *E, const pugi::xml_node &Parent,
                           Nodes &Out) const {
  if (!E)
    return;
  pugi::xpath_node_set Set = E->Query.evaluate_node_set(Parent);
  Set.sort();
  for (const pugi::xpath_node &X : Set)
    if (X.node().type() == pugi::node_element)
      Out.push_back(X.node());
}

void VendorMapping::cases(const pugi::xml_node &R, Nodes &Out) const {
  select(Selects[unsigned(XmlPart::Case)].get(), R, Out);
}

void VendorMapping::documents(const pugi::xml_node &Case, Nodes &Out) const {
  select(Selects[unsigned(XmlPart::Document)].get(), Case, Out);
}

void VendorMapping::sections(const pugi::xml_node &Parent, bool InSection,
                             Nodes &Out) const {
  if (!InSection) {
    select(Selects[unsigned(XmlPart::Section)].get(), Parent, Out);
    return;
  }
  // The reader recurses into each nested section: keep only elements below
  // the parent, and of those only the outermost, so that an expression
  // like .//Avsnitt, or one that climbs, neither loops nor nests a section
  // again inside each of its ancestors.
  Nodes Found;
  select(Nested.get(), Parent, Found);
  auto Below = [](pugi::xml_node N, const pugi::xml_node &Top) {
    for (N = N.parent(); N; N = N.parent())
      if (N == Top)
        return true;
    return false;
  };
  pugi::xml_node Last;
  for (const pugi::xml_node &N : Found)
    if (Below(N, Parent) && !(Last && Below(N, Last)))
      Out.push_back(Last = N);
}

void VendorMapping::assessments(const pugi::xml_node &Section,
                                Nodes &Out) const {
  select(Selects[unsigned(XmlPart::Assessment)].get(), Section, Out);
}

void VendorMapping::paragraphs(const pugi::xml_node &Parent, bool InSection,
                               std::vector<pugi::xpath_node> &Out) const {
  const Expression *E =
      Texts[unsigned(InSection ? XmlPart::Section : XmlPart::Document)].get();
  if (!E)
    return;
  pugi::xpath_node_set Set = E->Query.evaluate_node_set(Parent);
  Set.sort();
  Out.insert(Out.end(), Set.begin(), Set.end());
}

XmlValue VendorMapping::evaluate(const Expression &E,
                                 const pugi::xml_node &N) const {
  XmlValue V;
  if (E.Query.return_type() == pugi::xpath_type_node_set) {
    pugi::xpath_node_set Set = E.Query.evaluate_node_set(N);
    if (Set.empty())
      return V;
    V.At = Set.first();
    V.Text = xmlNodeText(V.At);
  } else {
    // concat(), substring() and the like: the text is the source's, with
    // its entities still written out.
    V.At = pugi::xpath_node(N);
    V.Text = decodeXmlEntities(E.Query.evaluate_string(N));
  }
  V.Text = llvm::StringRef(V.Text).trim().str();
  return V;
}

XmlValue VendorMapping::field(const pugi::xml_node &N, XmlField F) const {
  const Expression *E = Fields[unsigned(F)].get();
  // Without an expression of its own, a related factor is read from the
  // life area's: vendors often keep both in one code list.
  bool FactorFromLifeArea = false;
  if (!E && (F == XmlField::DocumentFactor || F == XmlField::SectionFactor)) {
    E = Fields[unsigned(F == XmlField::DocumentFactor
                            ? XmlField::DocumentLifeArea
                            : XmlField::SectionLifeArea)]
            .get();
    FactorFromLifeArea = true;
  }
  if (!E)
    return {};
  XmlValue V = evaluate(*E, N);
  if (V.Text.empty())
    return V;
  llvm::StringRef Key = FactorFromLifeArea ? "livsomrade" : xmlField(F).Key;
  bool Factor = false;
  auto Map = ValueMaps.find(Key);
  if (Map != ValueMaps.end()) {
    auto Found = Map->second.Codes.find(V.Text);
    if (Found == Map->second.Codes.end()) {
      if (FactorFromLifeArea) // said once, for the life area
        return {};
      std::string Of = allowed(Key);
      V.Problem = "Koden '" + V.Text + "' från " + place(F) +
                  " finns inte i värdelistan values: " + Key.str() + " (" +
                  File + ":" + std::to_string(Map->second.Line) +
                  "). Lägg till raden \"" + V.Text +
                  "\": VÄRDE där, där VÄRDE är " +
                  (Of.empty() ? "det som ska stå i rapporten"
                              : "den av " + Of + " som koden står för") +
                  " (\"\" för inget värde).";
      V.Text.clear();
      return V;
    }
    V.Text = Found->second.Value;
    Factor = Found->second.Factor;
  } else if (Key == "livsomrade") {
    Factor = !Ref.isLifeArea(V.Text) && Ref.isFactor(V.Text);
  }
  if (FactorFromLifeArea && !Factor)
    return {};
  if (isLifeAreaField(F) && Factor)
    V.Text.clear();
  return V;
}

std::string VendorMapping::place(XmlPart Part, llvm::StringRef Key,
                                 const Expression &E) const {
  return xmlPartKey(Part).str() + ": " + Key.str() + " '" + E.Written + "' (" +
         File + ":" + std::to_string(E.Line) + ")";
}

std::string VendorMapping::place(XmlField F) const {
  const XmlFieldInfo &Info = xmlField(F);
  if (const Expression *E = Fields[unsigned(F)].get())
    return place(Info.Part, Info.Key, *E);
  return xmlPartKey(Info.Part).str() + ": " + Info.Key.str() + " (" + File +
         ")";
}

std::string VendorMapping::missing(XmlField F) const {
  if (F == XmlField::CaseId)
    return "Ärendet saknar id: " + place(F) +
           " gav inget värde för det här elementet, så ärendet granskades "
           "inte. Rätta uttrycket i mappningen (t.ex. id: \"@nr\" för "
           "attributet nr) eller exporten.";
  return "Dokumentet saknar typ: " + place(F) +
         " gav inget värde för det här elementet, så dokumentet granskades "
         "inte. Rätta uttrycket i mappningen (t.ex. type: \"@typ\" för "
         "attributet typ) eller exporten.";
}

std::string VendorMapping::unknown(XmlField F, llvm::StringRef Written) const {
  llvm::StringRef Key = xmlField(F).Key;
  std::string What = F == XmlField::Type  ? "Okänd dokumenttyp"
                     : isLifeAreaField(F) ? "Okänt livsområde"
                                          : "Okänd relaterad faktor";
  return What + " '" + Written.str() + "' från " + place(F) +
         ". Lägg till en värdelista i mappningen som säger vad koden står "
         "för: values: {" +
         Key.str() + ": {\"" + Written.str() + "\": VÄRDE}}, där VÄRDE är " +
         allowed(Key) + ".";
}

std::string VendorMapping::noCases() const {
  const Expression *E = Selects[unsigned(XmlPart::Case)].get();
  return "Mappningen hittade inget ärende: " +
         (E ? place(XmlPart::Case, "select", *E)
            : "case: select (" + File + ")") +
         " valde inget element under <" + Root +
         ">. Skriv ett uttryck som väljer ärendena, räknat från rotelementet: "
         "t.ex. Arende för dess barnelement, .//Arende för element på vilket "
         "djup som helst, eller . när hela filen är ett ärende.";
}

} // namespace ibic
