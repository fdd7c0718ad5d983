#include "Mapping.h"

#include "Config/Files.h"
#include "Support/Prose.h"

#include "llvm/ADT/StringExtras.h"

namespace ibic {
namespace {

const char *const TopLevelKeys[] = {"root",    "case",       "document",
                                    "section", "assessment", "values"};

/// The keys that may stand under the top-level key \p Parent, or at the
/// top when \p Parent is empty.
std::vector<llvm::StringRef> keysUnder(llvm::StringRef Parent) {
  if (Parent.empty())
    return {std::begin(TopLevelKeys), std::end(TopLevelKeys)};
  if (Parent == "values")
    return VendorMapping::valueMapKeys();
  for (XmlPart P : {XmlPart::Case, XmlPart::Document, XmlPart::Section,
                    XmlPart::Assessment})
    if (xmlPartKey(P) == Parent)
      return VendorMapping::keysOf(P);
  return {};
}

class MappingCompiler {
public:
  MappingCompiler(llvm::StringRef Path, const Reference &Ref, const Limits &Lim,
                  std::vector<Diagnostic> &Errors)
      : Path(Path), Ref(Ref), Errors(Errors), Before(Errors.size()) {
    Sources.setLimits(Lim);
  }

  LoadedMapping run() {
    LoadedMapping Result;
    MappingFile Spec;
    if (!Sources.load(Path, Spec, Errors)) {
      explainUnknownKeys();
      Result.Root = Spec.Root.empty() ? rootWritten() : Spec.Root.Value;
      return Result;
    }
    Result.Root = Spec.Root.Value;
    llvm::SMLoc Start = Sources.find(Path, "");
    if (Spec.Root.empty())
      error(Start, "root saknas: skriv namnet på rotelementet i de XML-filer "
                   "mappningen gäller, t.ex. root: NordsysExport");
    else if (Spec.Root.Value == "ibic-export")
      error(Spec.Root.Loc,
            "<ibic-export> är ibic-audits eget format och läses utan "
            "mappning; skriv rotelementet i verksamhetssystemets export");
    auto Mapping =
        std::make_unique<VendorMapping>(Path.str(), Spec.Root.Value, Ref);
    for (MappingPartSpec *Part :
         {&Spec.Case, &Spec.Document, &Spec.Section, &Spec.Assessment})
      compilePart(*Part, *Mapping);
    requireKeys(Spec, *Mapping, Start);
    for (auto &[Key, Map] : Spec.Values.ByKey) {
      if (!Map.Loc.isValid())
        continue;
      unsigned Line = lineOf(Map.Loc);
      for (auto &[Code, Value] : Map.Codes)
        if (std::optional<std::string> Bad =
                Mapping->addValue(Key, Code, Value.Value, Line))
          error(Value.Loc, "values: " + Key + ": '" + Code + "': " + *Bad);
    }
    if (Errors.size() == Before)
      Result.Mapping = std::move(Mapping);
    return Result;
  }

private:
  void error(llvm::SMLoc Loc, std::string Message) {
    Errors.push_back(Sources.diagnose(Loc, Path, std::move(Message)));
  }

  unsigned lineOf(llvm::SMLoc Loc) const {
    return Sources.diagnose(Loc, Path, "").Line;
  }

  void compilePart(const MappingPartSpec &Part, VendorMapping &Mapping) {
    for (const auto &[Key, Expression] : Part.Expressions) {
      if (Expression.empty())
        continue;
      if (auto Bad = Mapping.setExpression(Part.Part, Key, Expression.Value,
                                           lineOf(Expression.Loc)))
        error(Sources.within(Expression.Loc, Expression.Value, Bad->Offset),
              xmlPartKey(Part.Part).str() + ": " + Key + ": " + Bad->Message);
    }
  }

  /// What a mapping cannot do without, each said with an example.
  void requireKeys(const MappingFile &Spec, const VendorMapping &Mapping,
                   llvm::SMLoc Start) {
    struct Required {
      const MappingPartSpec &Part;
      llvm::StringRef Key, Example;
    };
    const Required Keys[] = {
        {Spec.Case, "select",
         "ett XPath-uttryck som väljer ärendena under rotelementet, t.ex. "
         "select: Arende (eller select: . när hela filen är ett ärende)"},
        {Spec.Case, "id", "var ärendets id står, t.ex. id: \"@nr\""},
        {Spec.Document, "select",
         "ett XPath-uttryck som väljer ärendets dokument, t.ex. select: "
         "Dokument"},
        {Spec.Document, "type",
         "var dokumentets typ står, t.ex. type: \"@typ\", och en "
         "värdelista values: type: om koderna inte är IBIC:s"},
        {Spec.Section, "select",
         "ett XPath-uttryck som väljer dokumentets avsnitt, t.ex. select: "
         "Avsnitt"},
        {Spec.Assessment, "select",
         "ett XPath-uttryck som väljer avsnittets bedömningar, t.ex. select: "
         "Bedomning"},
    };
    for (const Required &R : Keys) {
      llvm::StringRef Part = xmlPartKey(R.Part.Part);
      bool Optional =
          R.Part.Part == XmlPart::Section || R.Part.Part == XmlPart::Assessment;
      if (!R.Part.Loc.isValid()) {
        if (!Optional && R.Key == "select")
          error(Start, Part.str() + " saknas: skriv " + Part.str() +
                           ": med select och " +
                           (R.Part.Part == XmlPart::Case ? "id" : "type") +
                           ", t.ex. " + Part.str() + ": {select: " +
                           (R.Part.Part == XmlPart::Case
                                ? "Arende, id: \"@nr\""
                                : "Dokument, type: \"@typ\"") +
                           "}");
        continue;
      }
      if (!Mapping.has(R.Part.Part, R.Key) &&
          R.Part.Expressions.at(R.Key.str()).empty())
        error(R.Part.Loc, Part.str() + ": " + R.Key.str() + " saknas: skriv " +
                              R.Example.str());
    }
  }

  /// The root a file that could not be read names, from its `root:` line.
  std::string rootWritten() const {
    for (llvm::StringRef Line : llvm::split(Sources.contents(Path), '\n')) {
      llvm::StringRef Rest = Line;
      if (Rest.consume_front("root") &&
          (Rest = Rest.ltrim(" ")).consume_front(":"))
        return Rest.split('#').first.trim().trim("\"'").str();
    }
    return "";
  }

  /// YAMLTraits says which key it does not know; say which keys may stand
  /// there, and which was probably meant.
  void explainUnknownKeys() {
    llvm::StringRef Text = Sources.contents(Path);
    llvm::SmallVector<llvm::StringRef, 0> Lines;
    Text.split(Lines, '\n');
    for (size_t I = Before; I < Errors.size(); ++I) {
      Diagnostic &D = Errors[I];
      llvm::StringRef Message = D.Message;
      if (D.File != Path || !Message.consume_front("okänd nyckel '"))
        continue;
      llvm::StringRef Key =
          Message.take_until([](char C) { return C == '\''; });
      // A key in column 1 is a top-level key; any other belongs to the
      // nearest top-level key at or above its line.
      llvm::StringRef Parent;
      for (size_t L = D.Line; D.Column > 1 && L > 0 && L <= Lines.size(); --L) {
        llvm::StringRef Line = Lines[L - 1];
        if (!Line.empty() && llvm::isAlpha(Line.front()) &&
            Line.contains(':')) {
          Parent = Line.take_until([](char C) { return C == ':'; }).trim();
          break;
        }
      }
      std::vector<llvm::StringRef> Allowed = keysUnder(Parent);
      if (Allowed.empty())
        continue;
      std::string Where =
          Parent.empty() ? "överst i mappningen" : "under " + Parent.str();
      D.Message += " " + Where;
      llvm::StringRef Best;
      unsigned BestDistance = 3;
      for (llvm::StringRef K : Allowed) {
        unsigned Distance = Key.edit_distance(K, true, BestDistance);
        if (Distance < BestDistance) {
          Best = K;
          BestDistance = Distance;
        }
      }
      if (!Best.empty())
        D.Message += "; menar du '" + Best.str() + "'?";
      D.Message += " " + std::string(Parent.empty() ? "Överst" : "Där") +
                   " kan stå " + listInProse(Allowed) + ".";
    }
  }

  llvm::StringRef Path;
  const Reference &Ref;
  std::vector<Diagnostic> &Errors;
  size_t Before;
  YamlSources Sources;
};

} // namespace

LoadedMapping loadMapping(llvm::StringRef Path, const Reference &Ref,
                          const Limits &Lim, std::vector<Diagnostic> &Errors) {
  return MappingCompiler(Path, Ref, Lim, Errors).run();
}

} // namespace ibic
