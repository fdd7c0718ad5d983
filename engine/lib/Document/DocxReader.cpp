//===- DocxReader.cpp - Word documents (.docx) ----------------------------===//
//
// A .docx is a zip archive whose body is word/document.xml (WordprocessingML)
// and whose styles are in word/styles.xml. The body becomes ParagraphText,
// one line per paragraph, which the plain-text reader then reads as it reads
// a text export (PlainTextReader.cpp): header fields, sections, assessments.
//
// - A paragraph's heading level comes from its style: the style id is looked
//   up in styles.xml and its name ("heading 1", "Rubrik 1") or, failing
//   that, the id itself ("Heading1", "Rubrik1") gives the level; a style
//   based on a heading style is one too.
// - A table row is one paragraph: two cells as "Key: value" (so a header
//   table and a Vad/Hur/När/Vem table read as the text export's lines), more
//   cells separated by tabs; the paragraphs of a cell are joined by spaces.
// - A line break inside a paragraph is a space, tracked deletions, field
//   codes, drawings and text boxes are left out.
//
// Nothing here trusts the archive: what is unpacked is counted while it is
// read and capped at the file-size limit (a zip bomb declares small sizes),
// the walk that recurses into the XML stops at the depth limit, and every
// error is a Swedish sentence that quotes nothing of the file.
//
//===----------------------------------------------------------------------===//
#include "Reader.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"

#include <pugixml.hpp>
#include <zip.h>

#include <memory>

namespace ibic {

bool isWordDocument(llvm::StringRef Path) {
  return llvm::sys::path::extension(Path).equals_insensitive(".docx");
}

namespace {

const char SaveAgain[] = " Öppna dokumentet i Word eller LibreOffice, spara "
                         "det som Word-dokument (.docx) och granska igen.";

llvm::Error unreadable(const std::string &Message) {
  return llvm::make_error<llvm::StringError>(Message,
                                             llvm::inconvertibleErrorCode());
}

llvm::Error brokenArchive() {
  return unreadable("Filen kan inte läsas som Word-dokument: zip-arkivet är "
                    "trasigt, eller så är det en annan filtyp med filändelsen "
                    ".docx." +
                    std::string(SaveAgain));
}

llvm::Error encrypted() {
  return unreadable(
      "Word-dokumentet är lösenordsskyddat (krypterat) och kan "
      "inte läsas. Spara en kopia utan lösenord och granska den.");
}

llvm::Error brokenPart(llvm::StringRef Part, llvm::StringRef Why) {
  return unreadable(
      ("Word-dokumentet är trasigt: " + Part + " " + Why + ".").str() +
      SaveAgain);
}

llvm::Error unpacksTooMuch(const Limits &Lim) {
  return unreadable(
      "Word-dokumentet packas upp till mer än " +
      std::to_string(Lim.MaxFileBytes >> 20) +
      " MB och granskades inte (ett zip-arkiv som växer så mycket är trasigt "
      "eller gjort för att skada). Är dokumentet verkligen så stort, höj "
      "gränsen med limits: {max-file-mb: ...} i .ibic-audit.yaml.");
}

llvm::Error tooDeep(const Limits &Lim) {
  return unreadable(
      "XML-elementen i Word-dokumentet är nästlade i mer än " +
      std::to_string(Lim.MaxDepth) +
      " nivåer och dokumentet granskades inte. Lägg tabellerna bredvid "
      "varandra i stället för i varandra, eller höj gränsen med limits: "
      "{max-depth: ...} i .ibic-audit.yaml.");
}

/// An OLE compound file: what Word writes for a .doc, and around a .docx
/// that is protected by a password.
bool isCompoundFile(llvm::StringRef Bytes) {
  return Bytes.startswith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

/// Whether a compound file holds the stream of an encrypted Office document
/// (its name is stored in UTF-16LE in the file's directory).
bool holdsEncryptedPackage(llvm::StringRef Bytes) {
  static const char Name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  return Bytes.find(llvm::StringRef(Name, sizeof(Name) - 1)) !=
         llvm::StringRef::npos;
}

struct ArchiveCloser {
  void operator()(zip_t *Z) const { zip_discard(Z); }
};
struct EntryCloser {
  void operator()(zip_file_t *F) const { zip_fclose(F); }
};
using ArchivePtr = std::unique_ptr<zip_t, ArchiveCloser>;

/// The parts of one archive, read with a budget of unpacked bytes shared by
/// all of them.
class Archive {
public:
  Archive(ArchivePtr Zip, const Limits &Lim)
      : Zip(std::move(Zip)), Lim(Lim), Budget(Lim.MaxFileBytes) {}

  /// The part \p Name unpacked, nothing when the archive has no such part.
  llvm::Expected<std::optional<std::string>> read(const char *Name) {
    zip_stat_t St;
    zip_stat_init(&St);
    // Part names are case-insensitive in Open Packaging (ECMA-376 part 2).
    if (zip_stat(Zip.get(), Name, ZIP_FL_NOCASE, &St) != 0)
      return std::nullopt;
    if ((St.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
        St.encryption_method != ZIP_EM_NONE)
      return encrypted();
    // The declared size may lie; what is read is counted below.
    if ((St.valid & ZIP_STAT_SIZE) && St.size > Budget)
      return unpacksTooMuch(Lim);
    std::unique_ptr<zip_file_t, EntryCloser> Entry(
        zip_fopen(Zip.get(), Name, ZIP_FL_NOCASE));
    if (!Entry) {
      int Code = zip_error_code_zip(zip_get_error(Zip.get()));
      if (Code == ZIP_ER_NOPASSWD || Code == ZIP_ER_WRONGPASSWD ||
          Code == ZIP_ER_ENCRNOTSUPP)
        return encrypted();
      return brokenPart(Name, "kan inte packas upp");
    }
    std::string Out;
    if (St.valid & ZIP_STAT_SIZE)
      Out.reserve(St.size);
    char Chunk[1 << 16];
    for (;;) {
      zip_int64_t N = zip_fread(Entry.get(), Chunk, sizeof(Chunk));
      if (N < 0)
        return brokenPart(Name, "kan inte packas upp");
      if (N == 0)
        break;
      if (uint64_t(N) > Budget)
        return unpacksTooMuch(Lim);
      Budget -= N;
      Out.append(Chunk, N);
    }
    return Out;
  }

private:
  ArchivePtr Zip;
  const Limits &Lim;
  uint64_t Budget;
};

llvm::Expected<ArchivePtr> openArchive(llvm::StringRef Bytes) {
  if (isCompoundFile(Bytes)) {
    if (holdsEncryptedPackage(Bytes))
      return encrypted();
    return unreadable("Filen är ett äldre Word-dokument (.doc) med "
                      "filändelsen .docx." +
                      std::string(SaveAgain));
  }
  zip_error_t Error;
  zip_error_init(&Error);
  zip_source_t *Source =
      zip_source_buffer_create(Bytes.data(), Bytes.size(), 0, &Error);
  zip_t *Zip =
      Source ? zip_open_from_source(Source, ZIP_RDONLY, &Error) : nullptr;
  int Code = zip_error_code_zip(&Error);
  zip_error_fini(&Error);
  if (!Zip) {
    zip_source_free(Source);
    if (Code == ZIP_ER_NOPASSWD || Code == ZIP_ER_ENCRNOTSUPP)
      return encrypted();
    return brokenArchive();
  }
  return ArchivePtr(Zip);
}

/// Parses a part; the text of its elements is decoded, whitespace-only text
/// kept where it is an element's only content (<w:t> </w:t>).
llvm::Error parsePart(pugi::xml_document &Doc, std::string &Text,
                      llvm::StringRef Name) {
  pugi::xml_parse_result Parsed = Doc.load_buffer_inplace(
      Text.data(), Text.size(),
      pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_auto);
  if (!Parsed || !Doc.document_element())
    return brokenPart(Name, "är inte välformad XML");
  return llvm::Error::success();
}

/// The prefix (with its colon) that \p Root binds to WordprocessingML.
std::string wordPrefix(const pugi::xml_node &Root) {
  for (const pugi::xml_attribute &A : Root.attributes()) {
    llvm::StringRef Name = A.name(), Value = A.value();
    if (Value !=
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main" &&
        Value != "http://purl.oclc.org/ooxml/wordprocessingml/main")
      continue;
    if (Name == "xmlns")
      return "";
    if (Name.consume_front("xmlns:"))
      return (Name + ":").str();
  }
  return "w:";
}

/// WordprocessingML names: the local name of an element in its namespace.
class WordNames {
public:
  explicit WordNames(const pugi::xml_node &Root)
      : Prefix(wordPrefix(Root)), Val(Prefix + "val") {}

  /// The local name of \p N, empty for text and other namespaces.
  llvm::StringRef of(const pugi::xml_node &N) const {
    llvm::StringRef Name = N.name();
    if (N.type() != pugi::node_element || !Name.consume_front(Prefix) ||
        Name.contains(':'))
      return "";
    return Name;
  }

  /// The first child of \p N named \p Local.
  pugi::xml_node child(const pugi::xml_node &N, llvm::StringRef Local) const {
    for (pugi::xml_node C : N.children())
      if (of(C) == Local)
        return C;
    return {};
  }

  /// The w:val of \p N, or the named attribute.
  llvm::StringRef attribute(const pugi::xml_node &N,
                            llvm::StringRef Local = "val") const {
    return N
        .attribute(Local == "val" ? Val.c_str()
                                  : (Prefix + Local.str()).c_str())
        .value();
  }

private:
  std::string Prefix, Val;
};

/// The heading level a style's name or id gives: "heading 2", "Rubrik 2",
/// "Heading2" and "Rubrik2" are 2; levels past six nest as six.
uint8_t headingLevel(llvm::StringRef Name) {
  std::string Folded;
  for (char C : Name)
    if (C != ' ')
      Folded += llvm::toLower(C);
  llvm::StringRef Rest = Folded;
  unsigned Level;
  if ((!Rest.consume_front("heading") && !Rest.consume_front("rubrik")) ||
      Rest.getAsInteger(10, Level) || Level < 1 || Level > 9)
    return 0;
  return uint8_t(std::min(Level, 6u));
}

/// The heading level of every paragraph style in styles.xml, by style id.
llvm::StringMap<uint8_t> headingStyles(const pugi::xml_node &Root) {
  WordNames W(Root);
  llvm::StringMap<uint8_t> Levels;
  llvm::StringMap<std::string> BasedOn;
  for (pugi::xml_node S : Root.children()) {
    if (W.of(S) != "style")
      continue;
    llvm::StringRef Type = W.attribute(S, "type");
    if (!Type.empty() && Type != "paragraph")
      continue;
    llvm::StringRef Id = W.attribute(S, "styleId");
    uint8_t Level = headingLevel(W.attribute(W.child(S, "name")));
    Levels[Id] = Level ? Level : headingLevel(Id);
    BasedOn[Id] = W.attribute(W.child(S, "basedOn")).str();
  }
  // A style based on a heading style is a heading; the chain is followed a
  // few steps, so a loop of basedOn ends.
  llvm::StringMap<uint8_t> Resolved;
  for (const auto &Entry : Levels) {
    uint8_t Level = Entry.getValue();
    llvm::StringRef Id = Entry.getKey();
    for (unsigned Step = 0; !Level && Step < 16; ++Step) {
      auto Base = BasedOn.find(Id);
      if (Base == BasedOn.end() || Base->getValue().empty())
        break;
      Id = Base->getValue();
      auto L = Levels.find(Id);
      Level = L == Levels.end() ? headingLevel(Id) : L->getValue();
    }
    Resolved[Entry.getKey()] = Level;
  }
  return Resolved;
}

/// Walks document.xml's body into lines of text.
class BodyReader {
public:
  BodyReader(const pugi::xml_node &Root, llvm::StringMap<uint8_t> Styles,
             unsigned MaxDepth)
      : W(Root), Styles(std::move(Styles)), MaxDepth(MaxDepth) {}

  struct Paragraph {
    std::string Text;
    uint8_t Level = 0;
  };

  /// The paragraphs and table rows under \p Parent, at \p Depth, in order.
  void blocks(const pugi::xml_node &Parent, unsigned Depth,
              std::vector<Paragraph> &Out) {
    each(Parent, Depth,
         [&](const pugi::xml_node &N, llvm::StringRef Name, unsigned D) {
           if (Name == "p")
             Out.push_back(paragraph(N, D));
           else if (Name == "tbl")
             table(N, D, Out);
         });
  }

  bool tooDeep() const { return TooDeep; }

private:
  /// Calls \p F with each element under \p Parent, looking through content
  /// controls, insertions, hyperlinks and runs, which only wrap content.
  template <typename Fn>
  void each(const pugi::xml_node &Parent, unsigned Depth, Fn &&F) {
    if (Depth >= MaxDepth) {
      TooDeep = true;
      return;
    }
    for (pugi::xml_node N : Parent.children()) {
      if (TooDeep)
        return;
      llvm::StringRef Name = W.of(N);
      if (Name.empty())
        continue;
      static const llvm::StringRef Wrappers[] = {
          "sdt",      "sdtContent", "customXml", "ins", "moveTo", "hyperlink",
          "smartTag", "fldSimple",  "dir",       "bdo", "r"};
      if (llvm::is_contained(Wrappers, Name))
        each(N, Depth + 1, F);
      else
        F(N, Name, Depth + 1);
    }
  }

  Paragraph paragraph(const pugi::xml_node &P, unsigned Depth) {
    Paragraph Out;
    llvm::StringRef Style = W.attribute(W.child(W.child(P, "pPr"), "pStyle"));
    if (!Style.empty()) {
      auto It = Styles.find(Style);
      Out.Level = It == Styles.end() ? headingLevel(Style) : It->getValue();
    }
    each(P, Depth,
         [&](const pugi::xml_node &N, llvm::StringRef Name, unsigned) {
           if (Name == "t")
             appendText(N, Out.Text);
           else if (Name == "tab" || Name == "ptab")
             Out.Text += '\t';
           else if (Name == "br" || Name == "cr")
             Out.Text += ' ';
           else if (Name == "noBreakHyphen")
             Out.Text += "\u2011";
         });
    return Out;
  }

  static void appendText(const pugi::xml_node &T, std::string &Out) {
    for (pugi::xml_node C : T.children())
      if (C.type() == pugi::node_pcdata || C.type() == pugi::node_cdata)
        for (const char *S = C.value(); *S; ++S)
          // One paragraph is one line.
          Out += (*S == '\n' || *S == '\r') ? ' ' : *S;
  }

  void table(const pugi::xml_node &T, unsigned Depth,
             std::vector<Paragraph> &Out) {
    each(T, Depth,
         [&](const pugi::xml_node &Row, llvm::StringRef Name,
             unsigned RowDepth) {
           if (Name != "tr")
             return;
           std::vector<std::string> Cells;
           each(Row, RowDepth,
                [&](const pugi::xml_node &Cell, llvm::StringRef Name,
                    unsigned CellDepth) {
                  if (Name != "tc")
                    return;
                  std::vector<Paragraph> Inside;
                  blocks(Cell, CellDepth, Inside);
                  std::vector<llvm::StringRef> Texts;
                  for (const Paragraph &P : Inside)
                    Texts.push_back(P.Text);
                  Cells.push_back(joinNonEmpty(Texts, " "));
                });
           Out.push_back({rowText(Cells), 0});
         });
  }

  /// Two cells are a field, "Key: value"; more are separated by tabs.
  static std::string rowText(const std::vector<std::string> &Cells) {
    if (Cells.size() == 2) {
      llvm::StringRef Key = llvm::StringRef(Cells[0]).rtrim(':').rtrim();
      if (Key.empty())
        return Cells[1];
      return Cells[1].empty() ? Key.str() + ":" : Key.str() + ": " + Cells[1];
    }
    return joinNonEmpty(
        std::vector<llvm::StringRef>(Cells.begin(), Cells.end()), "\t");
  }

  /// \p Parts trimmed, the empty ones left out, joined by \p Separator.
  static std::string joinNonEmpty(llvm::ArrayRef<llvm::StringRef> Parts,
                                  llvm::StringRef Separator) {
    std::vector<llvm::StringRef> Kept;
    for (llvm::StringRef Part : Parts)
      if (!Part.trim().empty())
        Kept.push_back(Part.trim());
    return llvm::join(Kept, Separator);
  }

  WordNames W;
  llvm::StringMap<uint8_t> Styles;
  unsigned MaxDepth;
  bool TooDeep = false;
};

} // namespace

llvm::Expected<ParagraphText> readDocxParagraphs(llvm::StringRef Bytes,
                                                 const Limits &Lim) {
  llvm::Expected<ArchivePtr> Zip = openArchive(Bytes);
  if (!Zip)
    return Zip.takeError();
  Archive Parts(std::move(*Zip), Lim);

  llvm::Expected<std::optional<std::string>> Body =
      Parts.read("word/document.xml");
  if (!Body)
    return Body.takeError();
  if (!*Body)
    return unreadable("Filen är ett zip-arkiv men inget Word-dokument: "
                      "word/document.xml saknas." +
                      std::string(SaveAgain));
  llvm::StringMap<uint8_t> Styles;
  llvm::Expected<std::optional<std::string>> StylesXml =
      Parts.read("word/styles.xml");
  if (!StylesXml)
    return StylesXml.takeError();
  pugi::xml_document StylesDoc;
  if (*StylesXml) {
    if (llvm::Error E = parsePart(StylesDoc, **StylesXml, "word/styles.xml"))
      return E;
    Styles = headingStyles(StylesDoc.document_element());
  }

  pugi::xml_document Doc;
  if (llvm::Error E = parsePart(Doc, **Body, "word/document.xml"))
    return E;
  pugi::xml_node Root = Doc.document_element();
  BodyReader Reader(Root, std::move(Styles), Lim.MaxDepth);
  std::vector<BodyReader::Paragraph> Paragraphs;
  WordNames W(Root);
  Reader.blocks(W.child(Root, "body"), 1, Paragraphs);
  if (Reader.tooDeep())
    return tooDeep(Lim);

  ParagraphText Out;
  for (BodyReader::Paragraph &P : Paragraphs) {
    if (!Out.HeadingLevels.empty())
      Out.Text += '\n';
    Out.Text += P.Text;
    Out.HeadingLevels.push_back(P.Level);
  }
  return Out;
}

} // namespace ibic
