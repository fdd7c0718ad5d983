#include "Reader.h"

#include "Document/Structure.h"
#include "Document/XmlLayout.h"
#include "Support/WordScan.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Path.h"

#include <cstring>

namespace ibic {

size_t byteOrderMarkLength(llvm::StringRef Text) {
  return Text.startswith("\xEF\xBB\xBF") ? 3 : 0;
}

namespace {

/// Decodes the five XML entities and character references in an attribute
/// value; false for anything else (left to the real reader).
bool decodeAttribute(llvm::StringRef Raw, std::string &Out) {
  while (!Raw.empty()) {
    size_t Amp = Raw.find('&');
    Out += Raw.take_front(Amp);
    if (Amp == llvm::StringRef::npos)
      return true;
    Raw = Raw.drop_front(Amp + 1);
    size_t Semi = Raw.find(';');
    if (Semi == llvm::StringRef::npos)
      return false;
    llvm::StringRef Name = Raw.take_front(Semi);
    Raw = Raw.drop_front(Semi + 1);
    static const std::pair<llvm::StringRef, char> Named[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    auto It = llvm::find_if(Named, [&](const auto &N) { return N.first == Name; });
    if (It != std::end(Named)) {
      Out += It->second;
      continue;
    }
    unsigned Code = 0;
    if (!Name.consume_front("#") ||
        (Name.consume_front("x") ? Name.getAsInteger(16, Code)
                                 : Name.getAsInteger(10, Code)))
      return false;
    char Buffer[4];
    char *End = Buffer;
    if (!llvm::ConvertCodePointToUTF8(Code, End))
      return false;
    Out.append(Buffer, End);
  }
  return true;
}

/// The id attribute of every <case> start tag in \p Text.
std::vector<std::string> xmlCaseIds(llvm::StringRef Text) {
  std::vector<std::string> Ids;
  for (size_t At = Text.find("<case"); At != llvm::StringRef::npos;
       At = Text.find("<case", At + 5)) {
    llvm::StringRef Tag = Text.drop_front(At + 5);
    if (Tag.empty() || !(llvm::isSpace(Tag.front()) || Tag.front() == '>'))
      continue;
    Tag = Tag.take_until([](char C) { return C == '>'; });
    // Attributes: name = "value" or 'value'.
    while (!(Tag = Tag.ltrim()).empty()) {
      llvm::StringRef Name = Tag.take_until([](char C) { return C == '=' || llvm::isSpace(C); });
      Tag = Tag.drop_front(Name.size()).ltrim();
      if (!Tag.consume_front("="))
        break;
      Tag = Tag.ltrim();
      if (Tag.empty() || (Tag.front() != '"' && Tag.front() != '\''))
        break;
      char Quote = Tag.front();
      size_t Close = Tag.find(Quote, 1);
      if (Close == llvm::StringRef::npos)
        break;
      std::string Value;
      if (Name == "id" && decodeAttribute(Tag.slice(1, Close), Value))
        Ids.push_back(std::move(Value));
      Tag = Tag.drop_front(Close + 1);
    }
  }
  return Ids;
}

/// The case ids of vendor XML, found through its mapping: the file is
/// parsed, as the tags of a case are whatever the mapping says.
std::vector<std::string> mappedCaseIds(llvm::StringRef Path,
                                       llvm::StringRef Text,
                                       llvm::StringRef Root,
                                       const MappingLookup &Mappings) {
  MappingLookup::Found Found = Mappings.find(Path, Root);
  pugi::xml_document Doc;
  // The second pass reads the file again and reports what is wrong.
  if (!Found.Layout ||
      parseXml(Text.drop_front(byteOrderMarkLength(Text)), Limits().MaxDepth, Doc))
    return {};
  return layoutCaseIds(*Found.Layout, Doc.document_element());
}

std::string tooLarge(const Limits &Lim) {
  return "Filen är större än " + std::to_string(Lim.MaxFileBytes >> 20) +
         " MB och granskades inte. Dela upp exporten i flera filer, eller "
         "höj gränsen med limits: {max-file-mb: ...} i .ibic-audit.yaml.";
}

/// A file refused for reaching a limit at \p Offset. Without its source
/// line, which may be as long as the file.
ReadResult refused(const SourceFile &File, uint32_t Offset,
                   std::string Message) {
  LineColumn At = File.locate(Offset);
  ReadResult R;
  R.Errors.push_back(
      {File.path().str(), At.Line, At.Column, std::move(Message), ""});
  return R;
}

} // namespace

std::vector<std::string> scanCaseIds(llvm::StringRef Path, const Limits &Lim,
                                     const MappingLookup *Mappings) {
  llvm::Expected<std::string> Bytes = readRegularFile(Path, Lim.MaxFileBytes);
  // The second pass reads the file again and reports what is wrong.
  if (!Bytes) {
    llvm::consumeError(Bytes.takeError());
    return {};
  }
  if (Bytes->size() > Lim.MaxFileBytes)
    return {};
  return caseIdsInText(Path, *Bytes, Lim, Mappings);
}

std::vector<std::string> caseIdsInText(llvm::StringRef Path,
                                       llvm::StringRef Text,
                                       const Limits &Lim,
                                       const MappingLookup *Mappings) {
  if (llvm::sys::path::extension(Path).equals_insensitive(".xml")) {
    llvm::StringRef Root = xmlRootName(Text);
    if (Mappings && !Root.empty() && Root != "ibic-export")
      return mappedCaseIds(Path, Text, Root, *Mappings);
    return xmlCaseIds(Text);
  }
  std::string Id;
  if (isWordDocument(Path)) {
    llvm::Expected<ParagraphText> Word = readDocxParagraphs(Text, Lim);
    if (!Word)
      llvm::consumeError(Word.takeError());
    else
      Id = paragraphsCaseId(*Word);
  } else {
    Id = plainTextCaseId(Text);
  }
  if (Id.empty())
    return {};
  return {Id};
}

ReadResult readFile(llvm::StringRef Path, const Reference &Ref,
                    const Limits &Lim, const MappingLookup *Mappings) {
  llvm::Expected<std::string> Bytes = readRegularFile(Path, Lim.MaxFileBytes);
  if (!Bytes) {
    ReadResult R;
    R.Errors.push_back(
        {Path.str(), 0, 0, llvm::toString(Bytes.takeError()), ""});
    return R;
  }
  return readBuffer(Path, std::move(*Bytes), Ref, Lim, Mappings);
}

ReadResult readBuffer(llvm::StringRef Path, std::string Contents,
                      const Reference &Ref, const Limits &Lim,
                      const MappingLookup *Mappings) {
  // A Word document is read as its text, one paragraph per line; an empty
  // file is reported below like any other.
  std::optional<std::vector<uint8_t>> HeadingLevels;
  if (isWordDocument(Path) && !Contents.empty()) {
    llvm::Expected<ParagraphText> Word =
        Contents.size() > Lim.MaxFileBytes
            ? llvm::createStringError(
                  std::make_error_code(std::errc::file_too_large),
                  tooLarge(Lim))
            : readDocxParagraphs(Contents, Lim);
    if (!Word) {
      ReadResult R;
      R.Errors.push_back(
          {Path.str(), 0, 0, llvm::toString(Word.takeError()), ""});
      return R;
    }
    Contents = std::move(Word->Text);
    HeadingLevels = std::move(Word->HeadingLevels);
  }
  auto File = std::make_shared<const SourceFile>(Path.str(), std::move(Contents));
  llvm::StringRef Text = File->contents();
  if (Text.size() > Lim.MaxFileBytes)
    return refused(*File, Lim.MaxFileBytes, tooLarge(Lim));
  if (Text.drop_front(byteOrderMarkLength(Text)).trim().empty()) {
    ReadResult R;
    R.Errors.push_back(File->diagnose(
        0, "Filen är tom. Den innehåller inget ärende att granska."));
    return R;
  }
  if (std::optional<uint32_t> At = File->overlongLine(Lim.MaxLineLength))
    return refused(
        *File, *At,
        "Raden är längre än " + std::to_string(Lim.MaxLineLength) +
            " tecken och filen granskades inte. Bryt raden (en XML-export "
            "på en enda rad kan formateras med t.ex. xmllint --format), "
            "eller höj gränsen med limits: {max-line-length: ...} i "
            ".ibic-audit.yaml.");
  if (size_t Invalid = firstInvalidUtf8(Text); Invalid != llvm::StringRef::npos) {
    ReadResult R;
    R.Errors.push_back(File->diagnose(
        Invalid, "Ogiltig UTF-8: filen måste vara sparad som UTF-8. "
                 "Spara om den som UTF-8 och granska igen."));
    return R;
  }
  ReadResult R =
      HeadingLevels ? readParagraphs(std::move(File), Ref, *HeadingLevels)
      : llvm::sys::path::extension(Path).equals_insensitive(".xml")
          ? readXml(std::move(File), Ref, Lim.MaxDepth, Mappings)
          : readPlainText(std::move(File), Ref);
  for (Case &C : R.Cases)
    structureDocuments(C, Ref);
  return R;
}

} // namespace ibic
