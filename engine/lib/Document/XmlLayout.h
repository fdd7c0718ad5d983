//===- XmlLayout.h - Where the parts of the model are in an XML tree ------===//
//
// The XML reader builds the model (Case ▸ Document ▸ Section) in one place
// for every shape of XML. A layout tells it which elements are cases,
// documents, sections, assessments and paragraphs, and where each attribute
// of the canonical format is written:
//
//   - the canonical format (input-formats.md §1) is the layout whose parts
//     are <case>, <document>, <section>, <assessment> and <p>, and whose
//     fields are their attributes;
//   - a vendor mapping (VendorMapping.h, input-formats.md §3) is a layout
//     whose parts and fields are XPath expressions from a mapping file.
//
// The reader asks the layout, checks the values against the reference data
// and keeps every source offset, so a finding in either format points at
// the line and column of the node its text came from.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_DOCUMENT_XMLLAYOUT_H
#define IBIC_DOCUMENT_XMLLAYOUT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <pugixml.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ibic {

/// The parts of a case an XML file holds, each found under the one before
/// (sections also under sections).
enum class XmlPart : uint8_t { Case, Document, Section, Assessment };

/// The attributes of the canonical format, one per part that carries it.
enum class XmlField : uint8_t {
  CaseId,
  Avdelning,
  Enhet,
  Lagrum,
  DocumentId,
  Type,
  Date,
  AuthorRole,
  DocumentLifeArea,
  DocumentFactor,
  Kind,
  Heading,
  SectionLifeArea,
  SectionFactor,
  Icf,
  Level,
  TargetLevel,
  Outcome,
};
constexpr unsigned XmlFieldCount = unsigned(XmlField::Outcome) + 1;

/// A field as written in both formats: the canonical attribute's name is
/// also the mapping file's key ("livsomrade" for a document and a section).
struct XmlFieldInfo {
  XmlField Field;
  XmlPart Part;
  llvm::StringRef Key;
};

/// Every field, in the order of the enum.
llvm::ArrayRef<XmlFieldInfo> xmlFields();
const XmlFieldInfo &xmlField(XmlField F);
/// The element name of a part in the canonical format, and its key in a
/// mapping file: "case", "document", "section", "assessment".
llvm::StringRef xmlPartKey(XmlPart P);

/// A field's value as a layout found it.
struct XmlValue {
  std::string Text; ///< Entities decoded; empty when not given.
  /// Where the value is written (an attribute, an element or text); empty
  /// when it is not written at all.
  pugi::xpath_node At;
  /// Why a value that is written was not read (a vendor code missing from
  /// the mapping's value map); the field then counts as not given. A whole
  /// sentence in Swedish saying what to write.
  std::string Problem;
};

class XmlLayout {
public:
  virtual ~XmlLayout();

  using Nodes = std::vector<pugi::xml_node>;
  /// The elements that are the cases under the root element, the documents
  /// of a case, the sections of a document or (\p InSection) of a section,
  /// and the assessments of a section; each in document order.
  virtual void cases(const pugi::xml_node &Root, Nodes &Out) const = 0;
  virtual void documents(const pugi::xml_node &Case, Nodes &Out) const = 0;
  virtual void sections(const pugi::xml_node &Parent, bool InSection,
                        Nodes &Out) const = 0;
  virtual void assessments(const pugi::xml_node &Section, Nodes &Out) const = 0;
  /// The nodes whose text runs are the paragraphs of a document or (\p
  /// InSection) a section: elements, text nodes or attributes.
  virtual void paragraphs(const pugi::xml_node &Parent, bool InSection,
                          std::vector<pugi::xpath_node> &Out) const = 0;
  /// Field \p F of the element \p N, which is a part that carries it.
  virtual XmlValue field(const pugi::xml_node &N, XmlField F) const = 0;

  /// Messages, in Swedish, saying what to write instead: a required field
  /// (case id, document type) that is not given; a value of a field with a
  /// closed set of values (type, livsomrade, faktor) that is none of them;
  /// and a file in which no case is found.
  virtual std::string missing(XmlField F) const = 0;
  virtual std::string unknown(XmlField F, llvm::StringRef Written) const = 0;
  virtual std::string noCases() const = 0;
};

/// Finds the layout for an XML file whose root element is not
/// <ibic-export>: the vendor mappings of an audit (Driver/Mappings.h).
class MappingLookup {
public:
  virtual ~MappingLookup();
  struct Found {
    const XmlLayout *Layout = nullptr;
    /// When no layout is found: why not, if more can be said than "there
    /// is no mapping" (a mapping with errors, two for one root).
    std::string Problem;
  };
  /// The mapping for the file \p Path whose root element is \p Root. May be
  /// called from several threads at once.
  virtual Found find(llvm::StringRef Path, llvm::StringRef Root) const = 0;
};

/// \p Raw with XML's entity and character references decoded.
std::string decodeXmlEntities(llvm::StringRef Raw);

/// Decoded text of a node as XPath's string-value sees it: an attribute's
/// value, or the text under an element (CDATA verbatim, entities decoded).
std::string xmlNodeText(const pugi::xpath_node &N);

/// The name of the root element of an XML document, read from the text
/// before it (declaration, comments, doctype) without parsing the rest;
/// empty when it cannot be told.
llvm::StringRef xmlRootName(llvm::StringRef Text);

/// A file that could not be parsed: where (a byte offset into the text
/// given to parseXml) and why, in Swedish.
struct XmlParseError {
  uint32_t Offset = 0;
  std::string Message;
};

/// Parses \p Text (without byte order mark) as the readers do: entities and
/// line ends left as written, so every node's offset is a true offset into
/// the file. Refuses elements nested deeper than \p MaxDepth, which the
/// reader would recurse through.
std::optional<XmlParseError> parseXml(llvm::StringRef Text, unsigned MaxDepth,
                                      pugi::xml_document &Doc);

/// The case ids \p Layout finds in the parsed document under \p Root.
std::vector<std::string> layoutCaseIds(const XmlLayout &Layout,
                                       const pugi::xml_node &Root);

} // namespace ibic

#endif
