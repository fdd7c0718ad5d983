// The Word reader, through readBuffer as a .docx file is read. The input is
// word/document.xml, stored (not deflated) in a zip archive made here beside
// a styles.xml with English and Swedish heading styles, so the fuzzer's
// bytes reach the XML walker and the paragraph reader as they are. An input
// that starts like a zip archive or an OLE compound file is given as the
// whole .docx instead, for the container's checks.
#include "FuzzSupport.h"
#include "ZipWriter.h"

#include "Document/Reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Input(reinterpret_cast<const char *>(Data), Size);
  llvm::StringRef Head(Input);
  if (Head.startswith("PK") || Head.startswith("\xD0\xCF")) {
    ibic::readBuffer("fuzz.docx", Input, ibic::fuzz::reference());
    return 0;
  }
  static const std::string Styles =
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/"
      "wordprocessingml/2006/main\">"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name "
      "w:val=\"heading 1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik2\"><w:name "
      "w:val=\"Rubrik 2\"/><w:basedOn w:val=\"Heading1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Egen\"><w:name "
      "w:val=\"Egen\"/><w:basedOn w:val=\"Egen\"/></w:style></w:styles>";
  std::optional<std::string> Docx = ibic::test::zipOf(
      {{"word/document.xml", std::move(Input)}, {"word/styles.xml", Styles}},
      {/*Store=*/true});
  if (Docx)
    ibic::readBuffer("fuzz.docx", std::move(*Docx), ibic::fuzz::reference());
  return 0;
}
