//===- VendorMapping.h - A verksamhetssystem's own XML, mapped by XPath ---===//
//
// A vendor mapping is an XmlLayout made of data (input-formats.md §3): for
// each part of the model (case, document, section, assessment) an XPath
// expression that selects its elements under the part above, and for each
// attribute of the canonical format an XPath expression, relative to the
// part's element, that gives its value. Value maps turn the vendor's codes
// into IBIC's slugs ("GP" → genomforandeplan). Config/Mapping.h reads one
// from a mapping file; the XML reader builds the model through it exactly
// as it does for <ibic-export>.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_DOCUMENT_VENDORMAPPING_H
#define IBIC_DOCUMENT_VENDORMAPPING_H

#include "Document/Reference.h"
#include "Document/XmlLayout.h"

#include "llvm/ADT/StringMap.h"

#include <map>
#include <memory>
#include <optional>

namespace ibic {

class VendorMapping final : public XmlLayout {
public:
  /// An empty mapping for XML files whose root element is \p Root, read
  /// from the mapping file \p File (named in messages).
  VendorMapping(std::string File, std::string Root, const Reference &Ref);
  ~VendorMapping() override;

  llvm::StringRef file() const { return File; }
  llvm::StringRef root() const { return Root; }

  /// The keys a part may have in a mapping file: "select", "nested" (a
  /// section's sections), "text" (a document's or section's paragraphs),
  /// then the part's fields.
  static std::vector<llvm::StringRef> keysOf(XmlPart Part);
  /// Whether the field named \p Key may have a value map: every field but
  /// ids, dates and ICF codes, which are written as they are.
  static bool hasValueMap(llvm::StringRef Key);
  /// The fields that take value maps, for messages.
  static std::vector<llvm::StringRef> valueMapKeys();

  /// Why an XPath expression was refused, and at which byte of it.
  struct ExpressionError {
    std::string Message; ///< Swedish, saying what to write.
    size_t Offset = 0;
  };
  /// Compiles \p Expression, written on line \p Line of the mapping, as key
  /// \p Key (one of keysOf(Part)) of part \p Part.
  std::optional<ExpressionError> setExpression(XmlPart Part,
                                               llvm::StringRef Key,
                                               llvm::StringRef Expression,
                                               unsigned Line);
  /// Whether key \p Key of part \p Part has an expression.
  bool has(XmlPart Part, llvm::StringRef Key) const;

  /// Adds to the value map of the fields named \p Key (hasValueMap): the
  /// vendor's \p Code stands for \p Value, and "" for no value. The map
  /// starts on line \p Line of the mapping. An error (Swedish, saying what
  /// to write) when \p Value is not a value of the field: a document type,
  /// life area (or related factor, for livsomrade), factor, section kind,
  /// level or outcome.
  std::optional<std::string> addValue(llvm::StringRef Key, llvm::StringRef Code,
                                      llvm::StringRef Value, unsigned Line);

  void cases(const pugi::xml_node &Root, Nodes &Out) const override;
  void documents(const pugi::xml_node &Case, Nodes &Out) const override;
  void sections(const pugi::xml_node &Parent, bool InSection,
                Nodes &Out) const override;
  void assessments(const pugi::xml_node &Section, Nodes &Out) const override;
  void paragraphs(const pugi::xml_node &Parent, bool InSection,
                  std::vector<pugi::xpath_node> &Out) const override;
  XmlValue field(const pugi::xml_node &N, XmlField F) const override;
  std::string missing(XmlField F) const override;
  std::string unknown(XmlField F, llvm::StringRef Written) const override;
  std::string noCases() const override;

private:
  struct Expression {
    pugi::xpath_query Query;
    std::string Written;
    unsigned Line = 0;
  };
  struct Code {
    std::string Value;
    bool Factor = false; ///< A livsomrade code that names a related factor.
  };
  struct ValueMap {
    unsigned Line = 0;
    std::map<std::string, Code> Codes;
  };
  /// Where an expression of the mapping is written: "case: id '@nr'
  /// (fil.ibic-mapping.yaml:7)".
  std::string place(XmlPart Part, llvm::StringRef Key,
                    const Expression &E) const;
  std::string place(XmlField F) const;
  /// The values a field may take, for messages; empty when any will do.
  std::string allowed(llvm::StringRef Key) const;
  void select(const Expression *E, const pugi::xml_node &Parent,
              Nodes &Out) const;
  /// The value \p E gives for \p N, trimmed, and where it is written.
  XmlValue evaluate(const Expression &E, const pugi::xml_node &N) const;

  std::string File, Root;
  const Reference &Ref;
  std::unique_ptr<Expression> Selects[4], Nested, Texts[4];
  std::unique_ptr<Expression> Fields[XmlFieldCount];
  llvm::StringMap<ValueMap> ValueMaps;
};

} // namespace ibic

#endif
