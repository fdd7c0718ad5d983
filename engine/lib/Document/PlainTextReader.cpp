//===- PlainTextReader.cpp - The plain-text export ------------------------===//
//
// A header block of "Key: value" lines, a blank line, then sections under
// headings (Markdown "#" lines, or a known heading alone on its line). In a
// journal each note starts with "YYYY-MM-DD HH:MM <area> (<role>)".
//
// A word processor's document (DocxReader.cpp) is read here too, as its
// paragraphs one per line: a paragraph is a paragraph of text, a heading
// style starts a section, and its header is the leading "Key: value"
// paragraphs, as Word has no blank line to end it.
//
//===----------------------------------------------------------------------===//
#include "Reader.h"

#include "Text/Normalize.h"
#include "Text/Segmenter.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

#include <re2/re2.h>

namespace ibic {
namespace {

struct Line {
  llvm::StringRef Text; ///< Without the line break.
  uint32_t Offset = 0;
  /// 1–6 when a word processor's style makes the line a heading.
  uint8_t HeadingLevel = 0;
  bool isBlank() const { return Text.trim().empty(); }
};

/// How the lines of a file are laid out: a text export's, or a word
/// processor's paragraphs one per line with their heading levels.
struct Layout {
  bool Paragraphs = false;
  llvm::ArrayRef<uint8_t> HeadingLevels;
};

struct Header {
  std::string CaseId, Avdelning, Enhet, Lagrum, Type, Date, Role, DocumentId;
  uint32_t TypeOffset = 0;
  bool HasType = false;
};

/// A journal note's header line: "2024-03-05 14:30 Area (Role)", the date
/// and the time joined by spaces or a "T".
struct NoteHeader {
  llvm::StringRef Date, Time, Rest;
};

/// Half a journal's lines are headers, and a pattern with captures cost
/// them a third of the reading.
std::optional<NoteHeader> parseNoteHeader(llvm::StringRef Line) {
  constexpr llvm::StringLiteral Blank = " \t\n\f\r";
  auto DigitsAt = [](llvm::StringRef S, size_t At, size_t N) {
    return S.size() >= At + N && llvm::all_of(S.substr(At, N), llvm::isDigit);
  };
  llvm::StringRef L = Line.ltrim(Blank);
  if (!DigitsAt(L, 0, 4) || !DigitsAt(L, 5, 2) || !DigitsAt(L, 8, 2) || L[4] != '-' ||
      L[7] != '-')
    return std::nullopt;
  NoteHeader H;
  H.Date = L.take_front(10);
  llvm::StringRef After = L.drop_front(10);
  if (!After.consume_front("T")) {
    llvm::StringRef Time = After.ltrim(' ');
    if (Time.size() == After.size())
      return std::nullopt;
    After = Time;
  }
  if (!DigitsAt(After, 0, 2) || !DigitsAt(After, 3, 2) || After[2] != ':')
    return std::nullopt;
  H.Time = After.take_front(5);
  H.Rest = After.drop_front(5).trim(Blank);
  return H;
}

const re2::RE2 &icfCodePattern() {
  // The whole code as written, so that a malformed one ("d510000") can be
  // reported rather than silently cut to a valid prefix.
  static const re2::RE2 Pattern(R"((?i)(?:^|[^\pL\pN])([bdes])\s?(\d[0-9A-Za-z]*))");
  return Pattern;
}

/// Splits \p Text into lines, at most \p Limit of them.
std::vector<Line> splitLines(llvm::StringRef Text, const Layout &L,
                             size_t Limit = SIZE_MAX) {
  std::vector<Line> Lines;
  uint32_t Offset = byteOrderMarkLength(Text);
  while (Offset <= Text.size() && Lines.size() < Limit) {
    size_t End = Text.find('\n', Offset);
    if (End == llvm::StringRef::npos)
      End = Text.size();
    size_t N = Lines.size();
    Lines.push_back({Text.slice(Offset, End).rtrim("\r"), Offset,
                     N < L.HeadingLevels.size() ? L.HeadingLevels[N]
                                                : uint8_t(0)});
    Offset = End + 1;
  }
  return Lines;
}

/// Whether \p L belongs to the header block: a text export's block ends at
/// a blank line, a word processor's at the first paragraph that is not a
/// "Key: value" field.
bool isHeaderLine(const Line &L, const Layout &Lay) {
  if (L.isBlank())
    return false;
  return !Lay.Paragraphs || (L.HeadingLevel == 0 && L.Text.contains(':'));
}

/// Reads the header block of \p Lines into \p H; returns the index of the
/// first body line.
size_t readHeaderBlock(llvm::ArrayRef<Line> Lines, const Layout &Lay,
                       Header &H) {
  size_t I = 0;
  while (I < Lines.size() && Lines[I].isBlank())
    ++I;
  H.TypeOffset = I < Lines.size() ? Lines[I].Offset : 0;
  for (; I < Lines.size() && isHeaderLine(Lines[I], Lay); ++I) {
    auto [Key, Value] = Lines[I].Text.split(':');
    std::string FoldedKey = foldText(squeezeSpaces(Key.trim()));
    std::string V = squeezeSpaces(Value.trim());
    if (FoldedKey == "ärende")
      H.CaseId = V;
    else if (FoldedKey == "avdelning")
      H.Avdelning = V;
    else if (FoldedKey == "enhet")
      H.Enhet = V;
    else if (FoldedKey == "lagrum")
      H.Lagrum = V;
    else if (FoldedKey == "datum")
      H.Date = V;
    else if (FoldedKey == "upprättad av")
      H.Role = V;
    else if (FoldedKey == "dokument-id")
      H.DocumentId = V;
    else if (FoldedKey == "dokument") {
      H.Type = V;
      H.HasType = true;
      H.TypeOffset = Lines[I].Offset + (Value.data() - Lines[I].Text.data()) +
                     (Value.size() - Value.ltrim().size());
    }
  }
  return I;
}

class PlainTextReader {
public:
  PlainTextReader(std::shared_ptr<const SourceFile> F, const Reference &Ref,
                  Layout Lay)
      : File(std::move(F)), Ref(Ref), Syntax(spacesAsAscii(File->contents())),
        Lay(Lay), Lines(splitLines(Syntax, Lay)) {}

  ReadResult read() {
    size_t Body = readHeader();
    if (H.CaseId.empty()) {
      Result.Errors.push_back(File->diagnose(
          Lines.front().Offset,
          Lay.Paragraphs
              ? "Ärendenummer saknas. Dokumentet ska börja med ett stycke "
                "'Ärende: <nummer>' följt av de andra huvudfälten, ett "
                "stycke per fält (eller en tabell med två kolumner)."
              : "Ärendenummer saknas. Filen ska börja med en rad 'Ärende: "
                "<nummer>' följd av de andra huvudraderna och en tom rad."));
      return std::move(Result);
    }
    std::optional<std::string> Type = Ref.documentType(H.Type);
    if (!Type) {
      Result.Errors.push_back(File->diagnose(
          H.TypeOffset,
          H.HasType ? "Okänd dokumenttyp '" + H.Type +
                          "'. Skriv Utredning, Beslut, Genomförandeplan, "
                          "Journalanteckningar eller Uppföljning."
                    : std::string("Dokumenttyp saknas. Lägg till en huvudrad "
                                  "'Dokument: Utredning' (eller Beslut, "
                                  "Genomförandeplan, Journalanteckningar, "
                                  "Uppföljning).")));
      return std::move(Result);
    }
    Case C;
    C.Id = H.CaseId;
    C.Avdelning = H.Avdelning;
    C.Enhet = H.Enhet;
    C.Lagrum = H.Lagrum;
    C.Files.push_back(File->path().str());
    if (Ref.roleOf(*Type) == DocumentRole::Note)
      readNotes(Body, C, *Type);
    else
      C.Documents.push_back(readSections(Body, *Type));
    Result.Cases.push_back(std::move(C));
    return std::move(Result);
  }

private:
  /// Reads the header block; returns the index of the first body line.
  size_t readHeader() { return readHeaderBlock(Lines, Lay, H); }

  Document newDocument(llvm::StringRef Type) const {
    Document D;
    D.Type = Type.str();
    D.Id = H.DocumentId.empty()
               ? llvm::sys::path::stem(File->path()).str()
               : H.DocumentId;
    D.Date = H.Date;
    D.AuthorRole = H.Role;
    D.File = File;
    D.Offset = H.TypeOffset;
    return D;
  }

  /// The meaning of a heading line, or nothing when the line is text.
  std::optional<std::pair<unsigned, HeadingMeaning>>
  heading(const Line &L, std::string &Title) const {
    llvm::StringRef T = L.Text.trim();
    // An empty heading paragraph is an empty line, not a section.
    if (L.HeadingLevel && !T.empty()) {
      Title = T.str();
      return std::make_pair(unsigned(L.HeadingLevel), markdownMeaning(Title));
    }
    size_t Hashes = T.find_first_not_of('#');
    if (Hashes != 0 && Hashes != llvm::StringRef::npos && Hashes <= 6 &&
        (T[Hashes] == ' ' || T[Hashes] == '\t')) {
      Title = squeezeSpaces(T.drop_front(Hashes).trim());
      return std::make_pair(unsigned(Hashes), markdownMeaning(Title));
    }
    // A plain heading sits at the level of "##": documents that mix the two
    // write "## Genomförande: Morgon" as a sibling of "Mål", not its child,
    // and a "# Title" above both still contains them.
    if (auto Meaning = Ref.classifyHeading(T)) {
      Title = squeezeSpaces(T.rtrim(":"));
      return std::make_pair(2u, *Meaning);
    }
    return std::nullopt;
  }

  /// A Markdown heading may add a subtitle: "Genomförande: Morgonrutin".
  HeadingMeaning markdownMeaning(llvm::StringRef Title) const {
    if (auto Exact = Ref.classifyHeading(Title))
      return *Exact;
    for (llvm::StringRef Separator : {":", " – ", " - "}) {
      size_t At = Title.find(Separator);
      if (At == llvm::StringRef::npos)
        continue;
      if (auto Prefix = Ref.classifyHeading(Title.take_front(At)))
        return *Prefix;
    }
    return {};
  }

  /// Whether \p Text is "<Label>: <Rest>", the label in any case and
  /// spelling of its letters ("Måluppfyllelse" with a decomposed å).
  static bool takeLabel(llvm::StringRef Text, llvm::StringRef Label,
                        llvm::StringRef &Rest) {
    auto [Key, Value] = Text.split(':');
    Key = Key.trim();
    if (Key.size() == Text.size() || Key.size() > 2 * Label.size() ||
        foldText(Key) != foldText(Label))
      return false;
    Rest = Value.trim();
    return !Rest.empty();
  }

  Assessment parseAssessment(llvm::StringRef Rest, uint32_t Offset) const {
    Assessment A;
    A.Offset = Offset;
    llvm::StringRef Current = Rest, Target;
    size_t At = Rest.find_insensitive("avsett");
    if (At != llvm::StringRef::npos) {
      Current = Rest.take_front(At);
      Target = Rest.drop_front(At + 6).ltrim(" :");
    }
    std::string Letter, Digits;
    re2::StringPiece Input(Current.data(), Current.size());
    if (re2::RE2::PartialMatch(Input, icfCodePattern(), &Letter, &Digits))
      A.Icf = llvm::StringRef(Letter).lower() + Digits;
    std::string WithoutCode = Current.str();
    if (!A.Icf.empty())
      re2::RE2::Replace(&WithoutCode, icfCodePattern(), " ");
    A.Level = Ref.parseLevel(WithoutCode);
    if (!Target.empty())
      A.TargetLevel = Ref.parseLevel(Target);
    return A;
  }

  TextSpan spanOf(const Line &L, llvm::StringRef Part) const {
    uint32_t Offset = L.Offset + uint32_t(Part.data() - L.Text.data());
    return {File->contents().substr(Offset, Part.size()).str(), Offset, {}};
  }

  /// Adds the lines [First, Last) as paragraphs split at blank lines (each
  /// line is one of a word processor's paragraphs).
  void addParagraphs(size_t First, size_t Last, std::vector<TextSpan> &Out) {
    for (size_t I = First; I < Last;) {
      if (Lines[I].isBlank()) {
        ++I;
        continue;
      }
      size_t End = I + 1;
      while (!Lay.Paragraphs && End < Last && !Lines[End].isBlank())
        ++End;
      uint32_t Begin = Lines[I].Offset;
      uint32_t Stop = Lines[End - 1].Offset + Lines[End - 1].Text.size();
      Out.push_back(
          {File->contents().slice(Begin, Stop).str(), Begin, {}});
      I = End;
    }
  }

  Document readSections(size_t Body, llvm::StringRef Type) {
    Document D = newDocument(Type);
    std::vector<std::pair<unsigned, Section *>> Open;
    auto Target = [&]() -> std::vector<TextSpan> & {
      return Open.empty() ? D.Paragraphs : Open.back().second->Paragraphs;
    };
    size_t TextStart = Body;
    auto Flush = [&](size_t Upto) {
      addParagraphs(TextStart, Upto, Target());
      TextStart = Upto + 1;
    };
    for (size_t I = Body; I < Lines.size(); ++I) {
      const Line &L = Lines[I];
      std::string Title;
      llvm::StringRef Rest;
      if (auto Heading = heading(L, Title)) {
        Flush(I);
        auto [Level, Meaning] = *Heading;
        while (!Open.empty() && Open.back().first >= Level)
          Open.pop_back();
        std::vector<Section> &Siblings =
            Open.empty() ? D.Sections : Open.back().second->Children;
        Section S;
        S.Kind = Meaning.Kind;
        S.LifeArea = Meaning.LifeArea;
        S.Factor = Meaning.Factor;
        S.Heading = Title;
        if (Meaning.IsAlias)
          S.CurrentName = Meaning.CurrentName;
        S.Offset = L.Offset + (L.Text.size() - L.Text.ltrim().size());
        Siblings.push_back(std::move(S));
        Open.push_back({Level, &Siblings.back()});
      } else if (takeLabel(L.Text, "Bedömning", Rest) && !Open.empty()) {
        Flush(I);
        Section &S = *Open.back().second;
        S.Assessments.push_back(parseAssessment(Rest, L.Offset));
        // "Bedömning: Maja har behov av stöd …" rates nothing: it is the
        // writer's prose, which the language rules read like any other. Glued
        // to its label ("Bedömning:Maja") it keeps the label, so that the
        // missing space is found too.
        if (S.Assessments.back().Icf.empty() && !S.Assessments.back().Level &&
            !S.Assessments.back().TargetLevel) {
          llvm::StringRef Line = L.Text.ltrim();
          bool Glued = Rest.data()[-1] == ':';
          S.Paragraphs.push_back(
              spanOf(L, Glued ? Line.take_front(Rest.end() - Line.begin()) : Rest));
        }
      } else if (takeLabel(L.Text, "Måluppfyllelse", Rest) && !Open.empty()) {
        Flush(I);
        Section &S = *Open.back().second;
        if (S.Assessments.empty() || !S.Assessments.back().Outcome.empty())
          S.Assessments.push_back({"", {}, {}, "", L.Offset, {}});
        llvm::StringRef Word = Rest.take_while(
            [](char C) { return C != '.' && C != ',' && C != ' ' && C != ';'; });
        S.Assessments.back().Outcome = foldText(Word);
        llvm::StringRef Comment = Rest.drop_front(Word.size()).ltrim(" .,;:–-");
        if (!Comment.empty())
          S.Paragraphs.push_back(spanOf(L, Comment));
      }
    }
    Flush(Lines.size());
    return D;
  }

  void readNotes(size_t Body, Case &C, llvm::StringRef NoteType) {
    std::optional<Document> Note;
    size_t TextStart = Body;
    auto Finish = [&](size_t Upto) {
      if (Note) {
        addParagraphs(TextStart, Upto, Note->Paragraphs);
        C.Documents.push_back(std::move(*Note));
      }
      Note.reset();
    };
    for (size_t I = Body; I < Lines.size(); ++I) {
      std::optional<NoteHeader> Header = parseNoteHeader(Lines[I].Text);
      if (!Header)
        continue;
      Finish(I);
      Note = newDocument(NoteType);
      Note->Date = (Header->Date + "T" + Header->Time).str();
      Note->Id += (" " + Header->Date + " " + Header->Time).str();
      Note->Offset = Lines[I].Offset;
      llvm::StringRef Area = Header->Rest.trim();
      if (Area.endswith(")")) {
        size_t Open = Area.rfind('(');
        if (Open != llvm::StringRef::npos) {
          Note->AuthorRole = squeezeSpaces(Area.slice(Open + 1, Area.size() - 1).trim());
          Area = Area.take_front(Open).trim();
        }
      }
      classifyNoteArea(Area, Lines[I], *Note);
      TextStart = I + 1;
    }
    Finish(Lines.size());
    if (C.Documents.empty())
      Result.Errors.push_back(File->diagnose(
          H.TypeOffset,
          "Journalen har inga anteckningar. Varje anteckning börjar med en "
          "rad 'ÅÅÅÅ-MM-DD TT:MM <livsområde> (<yrkesroll>)'."));
  }

  void classifyNoteArea(llvm::StringRef Area, const Line &L, Document &Note) {
    if (Area.empty())
      return;
    // "Övrigt", or the verksamhetssystem's own category: no life area.
    if (Ref.isNoteCategory(Area))
      return;
    std::optional<HeadingMeaning> Meaning = Ref.classifyHeading(Area);
    if (Meaning && (!Meaning->LifeArea.empty() || !Meaning->Factor.empty())) {
      Note.LifeArea = Meaning->LifeArea;
      Note.Factor = Meaning->Factor;
      return;
    }
    // The note is still read, without a life area.
    Diagnostic D = File->diagnose(
        L.Offset + uint32_t(Area.data() - L.Text.data()),
        "Okänt livsområde eller faktor '" + Area.str() +
            "' i anteckningens rubrik. Skriv ett av IBIC:s livsområden (t.ex. "
            "Personlig vård), en relaterad faktor eller Övrigt.");
    D.Audited = true;
    Result.Errors.push_back(std::move(D));
  }

  std::shared_ptr<const SourceFile> File;
  const Reference &Ref;
  /// The file with Unicode spaces as ASCII ones, offset for offset: a
  /// heading written "##" and a no-break space is still a heading. Text for
  /// the rules is taken from the file itself.
  std::string Syntax;
  Layout Lay;
  std::vector<Line> Lines;
  Header H;
  ReadResult Result;
};

} // namespace

namespace {

std::string caseIdIn(llvm::StringRef Contents, const Layout &Lay) {
  // The header block is a handful of lines after any blank ones, and ends
  // at the next blank line (readHeaderBlock): only that much is read, and
  // never more than a few hundred lines. A journal has thousands more.
  Header H;
  size_t HeaderEnd = 0;
  bool InBlock = false;
  for (unsigned Line = 0; Line < 256 && HeaderEnd < Contents.size(); ++Line) {
    size_t End = std::min(Contents.find('\n', HeaderEnd), Contents.size());
    bool Blank = llvm::StringRef(spacesAsAscii(Contents.slice(HeaderEnd, End))).trim().empty();
    if (Blank && InBlock)
      break;
    InBlock |= !Blank;
    HeaderEnd = End + 1;
  }
  readHeaderBlock(
      splitLines(spacesAsAscii(Contents.take_front(HeaderEnd)), Lay, 256), Lay, H);
  return H.CaseId;
}

} // namespace

std::string plainTextCaseId(llvm::StringRef Contents) {
  return caseIdIn(Contents, {});
}

std::string paragraphsCaseId(const ParagraphText &P) {
  return caseIdIn(P.Text, {true, P.HeadingLevels});
}

ReadResult readPlainText(std::shared_ptr<const SourceFile> File,
                         const Reference &Ref) {
  return PlainTextReader(std::move(File), Ref, {}).read();
}

ReadResult readParagraphs(std::shared_ptr<const SourceFile> File,
                          const Reference &Ref,
                          llvm::ArrayRef<uint8_t> HeadingLevels) {
  return PlainTextReader(std::move(File), Ref, {true, HeadingLevels}).read();
}

} // namespace ibic
