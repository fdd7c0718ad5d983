#include "Segmenter.h"

#include "Support/WordScan.h"

#include "llvm/ADT/StringExtras.h"

#include <array>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace ibic {
namespace {

/// Word_Break classes (UAX #29) of the code points the fast path knows.
/// A code point outside them sends the whole text to ICU.
enum class WordClass : uint8_t {
  Other,
  Letter,    ///< ALetter
  Digit,     ///< Numeric
  MidLetter, ///< ':' '·' U+2027: joins letters
  MidNum,    ///< ',' ';': joins digits
  MidNumLet, ///< '.' '\'' ’ ‘ U+2024: joins letters or digits
  ExtendNumLet, ///< '_': joins anything but the mid marks
  Unsupported
};

WordClass classify(UChar32 C) {
  if (C < 0x80) {
    if (llvm::isAlpha(C))
      return WordClass::Letter;
    if (llvm::isDigit(C))
      return WordClass::Digit;
    switch (C) {
    case '@': // ICU's word rules count it as a letter ("nadja@exempel")
      return WordClass::Letter;
    case ':':
      return WordClass::MidLetter;
    case '.':
    case '\'':
      return WordClass::MidNumLet;
    case ',':
    case ';':
      return WordClass::MidNum;
    case '_':
      return WordClass::ExtendNumLet;
    default:
      return WordClass::Other;
    }
  }
  if (C < 0xA0)
    return WordClass::Other;
  if (C < 0xC0) {
    switch (C) {
    case 0xAA: // ª
    case 0xB5: // µ
    case 0xBA: // º
      return WordClass::Letter;
    case 0xAD: // soft hyphen: Format, which ICU skips inside words
      return WordClass::Unsupported;
    case 0xB7: // middle dot
      return WordClass::MidLetter;
    default:
      return WordClass::Other;
    }
  }
  if (C <= 0x24F)
    return C == 0xD7 || C == 0xF7 ? WordClass::Other : WordClass::Letter;
  // Latin Extended Additional: Vietnamese and Welsh letters ("phở"), every
  // one a letter to UAX #29; their folds are ICU's (foldToken).
  if (C >= 0x1E00 && C <= 0x1EFF)
    return WordClass::Letter;
  if (C >= 0x2010 && C <= 0x203A) {
    if (C == 0x2018 || C == 0x2019 || C == 0x2024)
      return WordClass::MidNumLet;
    if (C == 0x2027)
      return WordClass::MidLetter;
    if (C == 0x2028 || C == 0x2029) // line and paragraph separators
      return WordClass::Unsupported;
    return WordClass::Other;
  }
  switch (C) {
  case 0x20AC: // €
  case 0x2122: // ™
  case 0x2190: // arrows
  case 0x2191:
  case 0x2192:
  case 0x2193:
  case 0x2212: // minus
  case 0x2264: // ≤
  case 0x2265: // ≥
  case 0x237D: // ⍽ and ␣, the signs for a (no-break) space in texts about texts
  case 0x2423:
  case 0x25CF: // ●
  case 0x2713: // ✓
    return WordClass::Other;
  default:
    return WordClass::Unsupported;
  }
}

/// classify() of each ASCII byte, looked up: most of a Swedish text is
/// ASCII, and a table answers in one load what the branches answer in many.
const std::array<WordClass, 128> AsciiClasses = [] {
  std::array<WordClass, 128> Classes{};
  for (UChar32 C = 0; C < 128; ++C)
    Classes[C] = classify(C);
  return Classes;
}();

bool joinsAfter(WordClass Previous, WordClass Mid, WordClass Next) {
  bool Letters = Previous == WordClass::Letter && Next == WordClass::Letter &&
                 (Mid == WordClass::MidLetter || Mid == WordClass::MidNumLet);
  bool Digits = Previous == WordClass::Digit && Next == WordClass::Digit &&
                (Mid == WordClass::MidNum || Mid == WordClass::MidNumLet);
  return Letters || Digits;
}

bool isUpperFast(llvm::StringRef Text, size_t At) {
  unsigned char B = Text[At];
  if (B < 0x80)
    return B >= 'A' && B <= 'Z';
  if (B == 0xC3 && At + 1 < Text.size()) {
    unsigned char B1 = Text[At + 1];
    return B1 >= 0x80 && B1 <= 0x9E && B1 != 0x97;
  }
  UChar32 C;
  int32_t I = At;
  U8_NEXT(Text.data(), I, int32_t(Text.size()), C);
  return C >= 0 && u_isupper(C);
}

/// Flags and folded form of the word \p Piece; the fold stays a view of the
/// text when folding changes nothing (most words are written in lower case).
void foldToken(llvm::StringRef Text, Token &T, llvm::StringSaver &Saver) {
  llvm::StringRef Piece = Text.slice(T.Begin, T.End);
  bool Simple = true, Changed = false, First = true;
  auto Letter = [&](bool Upper) {
    T.Flags |= Token::Letters;
    if (Upper)
      T.Flags |= First ? Token::Capitalised : Token::UpperAfterFirst;
    First = false;
    Changed |= Upper;
  };
  for (size_t I = 0; I < Piece.size();) {
    unsigned char B = Piece[I];
    if (B < 0x80) {
      ++I;
      if (B >= '0' && B <= '9')
        T.Flags |= Token::Digits;
      else if (llvm::isAlpha(B))
        Letter(B <= 'Z');
      continue;
    }
    Letter(isUpperFast(Piece, I));
    // Only A–Z and À–Þ fold by one step; ß, µ and other scripts fold to
    // other lengths or letters, as ICU knows.
    Simple &= B == 0xC3 && Piece.size() > I + 1 &&
              static_cast<unsigned char>(Piece[I + 1]) != 0x9F;
    I += B < 0xE0 ? 2 : B < 0xF0 ? 3 : 4;
  }
  if (!Changed && Simple) {
    T.Folded = Piece;
    return;
  }
  if (!Simple) {
    T.Folded = Saver.save(foldText(Piece));
    return;
  }
  std::string Folded = Piece.str();
  for (size_t I = 0; I < Folded.size(); ++I) {
    unsigned char B = Folded[I];
    if (B >= 'A' && B <= 'Z')
      Folded[I] = B + 32;
    else if (B == 0xC3 && I + 1 < Folded.size()) {
      unsigned char B1 = Folded[I + 1];
      if (B1 >= 0x80 && B1 <= 0x9E && B1 != 0x97)
        Folded[I + 1] = B1 + 0x20;
      ++I;
    }
  }
  T.Folded = Saver.save(Folded);
}

/// The token's folded form, flags and hash.
void finishToken(llvm::StringRef Text, Token &T, llvm::StringSaver &Saver) {
  foldToken(Text, T, Saver);
  T.Hash = wordHash(T.Folded);
}

/// Words of Latin-script text exactly as ICU's UAX #29 rules give them;
/// false (and nothing appended) when a code point is one it does not know.
bool fastWords(llvm::StringRef Text, llvm::StringSaver &Saver,
               std::vector<Token> &Out) {
  size_t Before = Out.size();
  auto Fail = [&] {
    Out.resize(Before);
    return false;
  };
  const int32_t Size = Text.size();
  // The class of the code point at I and the offset after it.
  auto Next = [&](int32_t I, int32_t &After) {
    if (I >= Size) {
      After = I;
      return WordClass::Other;
    }
    if (unsigned char B = Text[I]; B < 0x80) {
      After = I + 1;
      return AsciiClasses[B];
    }
    UChar32 C;
    After = I;
    U8_NEXT(Text.data(), After, Size, C);
    return C < 0 ? WordClass::Unsupported : classify(C);
  };
  int32_t I = 0;
  while (I < Size) {
    int32_t After;
    WordClass Class = Next(I, After);
    if (Class == WordClass::Unsupported)
      return Fail();
    auto Joins = [](WordClass C) {
      return C == WordClass::Letter || C == WordClass::Digit ||
             C == WordClass::ExtendNumLet;
    };
    if (!Joins(Class)) {
      I = After;
      continue;
    }
    Token T;
    T.Begin = I;
    WordClass Last = Class;
    bool Word = Class != WordClass::ExtendNumLet;
    unsigned Underscores = !Word;
    I = After;
    for (;;) {
      WordClass C = Next(I, After);
      if (C == WordClass::Unsupported)
        return Fail();
      if (Joins(C)) {
        Word |= C != WordClass::ExtendNumLet;
        Underscores += C == WordClass::ExtendNumLet;
        Last = C;
        I = After;
        continue;
      }
      int32_t AfterNext;
      WordClass Following = Next(After, AfterNext);
      if (Following == WordClass::Unsupported)
        return Fail();
      if (!joinsAfter(Last, C, Following))
        break;
      Last = Following;
      I = AfterNext;
    }
    T.End = I;
    // ICU counts a lone "_" as no word, and "__" as one.
    if (!Word && Underscores < 2)
      continue;
    finishToken(Text, T, Saver);
    Out.push_back(T);
  }
  return true;
}

/// ICU has no Swedish abbreviation data: it ends a sentence at "t.ex." or
/// "kl." before a capital ("t.ex. Anna", "Kl. 8"). "m.m." and "osv." are
/// left out: they usually do end the sentence. Titles are in, which a name
/// follows ("dr. Berg", "ssk. Lina").
constexpr llvm::StringLiteral AbbreviationsBeforeNoBreak[] = {
    "kl.",    "t.ex.", "bl.a.",   "d.v.s.", "dvs.", "ca.",   "enl.",  "pga.",
    "p.g.a.", "s.k.",  "fr.o.m.", "t.o.m.", "tel.", "nr.",   "st.",   "ev.",
    "resp.",  "inkl.", "exkl.",   "obs.",   "jfr.", "ang.",  "f.d.",  "dr.",
    "usk.",   "ssk.",  "sjuksk."};

void addTrimmed(llvm::StringRef Text, uint32_t Begin, uint32_t End,
                std::vector<ByteRange> &Out) {
  while (Begin < End && llvm::isSpace(Text[Begin]))
    ++Begin;
  while (End > Begin && llvm::isSpace(Text[End - 1]))
    --End;
  if (Begin < End)
    Out.push_back({Begin, End});
}

/// A sentence that ICU ends in one of AbbreviationsBeforeNoBreak runs on
/// into the next. Not ICU's own filter for such words: it compares the end
/// of a word, so "st." kept "Hon kom först. Sedan …" together.
bool endsInAbbreviation(llvm::StringRef Sentence) {
  if (!Sentence.endswith("."))
    return false;
  // The letters and dots it ends with. An abbreviation ends the sentence
  // where no letter stands before it: at their start or after a dot of
  // theirs ("bl.a." in "x.bl.a."), not after a letter ("först.").
  size_t Start = Sentence.size();
  while (Start > 0 && (llvm::isAlpha(Sentence[Start - 1]) || Sentence[Start - 1] == '.'))
    --Start;
  std::string Tail = Sentence.drop_front(Start).lower();
  for (size_t At = 0; At < Tail.size(); At = Tail.find('.', At) + 1)
    if (llvm::is_contained(AbbreviationsBeforeNoBreak, llvm::StringRef(Tail).drop_front(At)))
      return true;
  return false;
}

/// A line with no sentence terminator or separator before its last
/// character is one sentence, whatever follows: of the lines the fast path
/// leaves to ICU (a combining mark, another script), those need no break
/// iterator.
bool oneSentence(llvm::StringRef Line) {
  llvm::StringRef Inner = Line.rtrim();
  while (!Inner.empty() && (static_cast<unsigned char>(Inner.back()) & 0xC0) == 0x80)
    Inner = Inner.drop_back();
  if (!Inner.empty())
    Inner = Inner.drop_back();
  const int32_t Size = Inner.size();
  for (int32_t I = 0; I < Size;) {
    unsigned char B = Inner[I];
    if (B < 0x80) {
      if (B == '.' || B == '!' || B == '?' || B == '\r')
        return false;
      ++I;
      continue;
    }
    UChar32 C;
    U8_NEXT(Inner.data(), I, Size, C);
    int32_t Break = C < 0 ? U_SB_SEP : u_getIntPropertyValue(C, UCHAR_SENTENCE_BREAK);
    if (Break == U_SB_ATERM || Break == U_SB_STERM || Break == U_SB_SEP ||
        Break == U_SB_CR || Break == U_SB_LF)
      return false;
  }
  return true;
}

/// The Sentence_Break class (UAX #29) of \p C, as ICU has it; ASCII from
/// a table, since most text is.
int32_t sentenceClass(UChar32 C) {
  static const auto Ascii = [] {
    std::array<int8_t, 128> Table{};
    for (UChar32 A = 0; A < 128; ++A)
      Table[A] = static_cast<int8_t>(u_getIntPropertyValue(A, UCHAR_SENTENCE_BREAK));
    return Table;
  }();
  return C >= 0 && C < 128 ? Ascii[C] : u_getIntPropertyValue(C, UCHAR_SENTENCE_BREAK);
}

bool endsSentenceByItself(int32_t Class) {
  return Class == U_SB_ATERM || Class == U_SB_STERM;
}

} // namespace

bool Segmenter::sentenceEndsByFastPath(llvm::StringRef Line, std::vector<uint32_t> &Ends) {
  // UAX #29's sentence rules over one line. A line with a paragraph
  // separator, with Format or Extend code points (which the rules skip) or
  // with a terminator beyond ASCII goes to ICU instead, so that every
  // terminator is a byte '.', '!' or '?'.
  const int32_t Size = Line.size();
  for (int32_t I = 0; I < Size;) {
    if (I + 8 <= Size) {
      uint64_t Word = wordAt(Line.data() + I);
      if (!hasByteAbove7F(Word) && !hasByte(Word, '\r') && !hasByte(Word, '\n')) {
        I += 8;
        continue;
      }
    }
    unsigned char B = Line[I];
    if (B < 0x80) {
      if (B == '\r' || B == '\n')
        return false;
      ++I;
      continue;
    }
    // The letters of Latin-1 (å, ä, ö, é …), and × and ÷, are of no class
    // that sends a line to ICU.
    if (B == 0xC3 && I + 1 < Size && (static_cast<unsigned char>(Line[I + 1]) & 0xC0) == 0x80) {
      I += 2;
      continue;
    }
    UChar32 C;
    U8_NEXT(Line.data(), I, Size, C);
    int32_t Class = C < 0 ? U_SB_OTHER : sentenceClass(C);
    if (C < 0 || Class == U_SB_EXTEND || Class == U_SB_FORMAT || Class == U_SB_SEP ||
        endsSentenceByItself(Class))
      return false;
  }
  // The class of the code point at byte \p I, and where the next begins.
  auto ClassAt = [&](int32_t I, int32_t *Next = nullptr) {
    if (I >= Size) {
      if (Next)
        *Next = Size;
      return int32_t(U_SB_OTHER);
    }
    int32_t J = I;
    UChar32 C;
    U8_NEXT(Line.data(), J, Size, C);
    if (Next)
      *Next = J;
    return sentenceClass(C);
  };
  auto ClassBefore = [&](int32_t I) {
    if (I == 0)
      return int32_t(U_SB_OTHER);
    UChar32 C;
    U8_PREV(Line.data(), 0, I, C);
    return sentenceClass(C);
  };
  for (int32_t I = 0; I < Size; ++I) {
    if (I + 8 <= Size) {
      uint64_t Word = wordAt(Line.data() + I);
      if (!hasByte(Word, '.') && !hasByte(Word, '!') && !hasByte(Word, '?')) {
        I += 7;
        continue;
      }
    }
    const char Byte = Line[I];
    if (Byte != '.' && Byte != '!' && Byte != '?')
      continue;
    const bool FullStop = Byte == '.';
    int32_t After = I + 1;
    if (FullStop) {
      // SB6 "3.4", SB7 "U.S": no break.
      int32_t Next = ClassAt(After);
      if (Next == U_SB_NUMERIC)
        continue;
      int32_t Before = Next == U_SB_UPPER ? ClassBefore(I) : U_SB_OTHER;
      if (Before == U_SB_UPPER || Before == U_SB_LOWER)
        continue;
    }
    // SB9, SB10: the break comes after the closing marks and spaces.
    int32_t Class, Next;
    while ((Class = ClassAt(After, &Next)) == U_SB_CLOSE)
      After = Next;
    while (Class == U_SB_SP) {
      After = Next;
      Class = ClassAt(After, &Next);
    }
    if (After >= Size)
      break;
    // SB8a: a comma, colon or another terminator goes on.
    bool GoesOn = Class == U_SB_SCONTINUE || endsSentenceByItself(Class);
    // SB8: after a full stop, a lower-case letter before any other letter
    // or terminator goes on ("ca. 3 dl").
    if (!GoesOn && FullStop) {
      int32_t Letter = Class, At = After;
      while (At < Size && Letter != U_SB_OLETTER && Letter != U_SB_UPPER &&
             Letter != U_SB_LOWER && !endsSentenceByItself(Letter))
        Letter = ClassAt(At = Next, &Next);
      GoesOn = At < Size && Letter == U_SB_LOWER;
    }
    if (!GoesOn)
      Ends.push_back(After);
    I = After - 1;
  }
  if (Size)
    Ends.push_back(Size);
  return true;
}

void Segmenter::sentenceEndsByIcu(llvm::StringRef Line, std::vector<uint32_t> &Ends) {
  icu::BreakIterator *BI = sentenceIterator();
  UErrorCode Status = U_ZERO_ERROR;
  UText UT = UTEXT_INITIALIZER;
  if (BI)
    utext_openUTF8(&UT, Line.data(), Line.size(), &Status);
  if (!BI || U_FAILURE(Status)) {
    Ends.push_back(Line.size());
  } else {
    BI->setText(&UT, Status);
    BI->first();
    for (int32_t End = BI->next(); End != icu::BreakIterator::DONE; End = BI->next())
      Ends.push_back(End);
  }
  if (BI)
    utext_close(&UT);
}

Segmenter::Segmenter() = default;
Segmenter::~Segmenter() = default;

icu::BreakIterator &Segmenter::wordIterator() {
  if (!Words) {
    UErrorCode Status = U_ZERO_ERROR;
    Words.reset(icu::BreakIterator::createWordInstance(icu::Locale("sv", "SE"), Status));
  }
  return *Words;
}

icu::BreakIterator *Segmenter::sentenceIterator() {
  if (SentencesTried)
    return Sentences.get();
  SentencesTried = true;
  UErrorCode Status = U_ZERO_ERROR;
  Sentences.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("sv", "SE"), Status));
  if (U_FAILURE(Status))
    Sentences.reset();
  return Sentences.get();
}

void Segmenter::words(llvm::StringRef Text, llvm::StringSaver &Saver,
                      std::vector<Token> &Out) {
  if (!fastWords(Text, Saver, Out))
    wordsByIcu(Text, Saver, Out);
}

bool Segmenter::wordsByFastPath(llvm::StringRef Text, llvm::StringSaver &Saver,
                                std::vector<Token> &Out) {
  return fastWords(Text, Saver, Out);
}

void Segmenter::wordsByIcu(llvm::StringRef Text, llvm::StringSaver &Saver,
                           std::vector<Token> &Out) {
  UErrorCode Status = U_ZERO_ERROR;
  UText UT = UTEXT_INITIALIZER;
  utext_openUTF8(&UT, Text.data(), Text.size(), &Status);
  icu::BreakIterator &BI = wordIterator();
  if (U_FAILURE(Status))
    return;
  BI.setText(&UT, Status);
  int32_t Begin = BI.first();
  for (int32_t End = BI.next(); End != icu::BreakIterator::DONE;
       Begin = End, End = BI.next()) {
    if (BI.getRuleStatus() == UBRK_WORD_NONE)
      continue;
    Token T;
    T.Begin = Begin;
    T.End = End;
    finishToken(Text, T, Saver);
    Out.push_back(T);
  }
  utext_close(&UT);
}

void Segmenter::sentences(llvm::StringRef Text, std::vector<ByteRange> &Out) {
  uint32_t LineStart = 0;
  std::vector<uint32_t> Ends;
  while (LineStart <= Text.size()) {
    size_t LineEnd = Text.find('\n', LineStart);
    if (LineEnd == llvm::StringRef::npos)
      LineEnd = Text.size();
    llvm::StringRef Line = Text.slice(LineStart, LineEnd);
    Ends.clear();
    if (!sentenceEndsByFastPath(Line, Ends)) {
      if (oneSentence(Line))
        Ends.push_back(Line.size());
      else
        sentenceEndsByIcu(Line, Ends);
    }
    uint32_t Begin = 0;
    size_t LineFirst = Out.size();
    for (uint32_t End : Ends) {
      bool RunsOn = Out.size() > LineFirst &&
                    endsInAbbreviation(Text.slice(Out.back().first, Out.back().second));
      size_t Before = Out.size();
      addTrimmed(Text, LineStart + Begin, LineStart + End, Out);
      if (RunsOn && Out.size() > Before) {
        Out[Before - 1].second = Out.back().second;
        Out.pop_back();
      }
      Begin = End;
    }
    LineStart = LineEnd + 1;
  }
}

std::string foldText(llvm::StringRef Text) {
  // ASCII and the Latin-1 letters À–Þ fold by one step and are NFC already;
  // only other text needs ICU (ß, µ, other scripts, decomposed letters).
  std::string Out = Text.str();
  bool Simple = true;
  for (size_t I = 0; I < Out.size() && Simple; ++I) {
    unsigned char B = Out[I];
    if (B < 0x80) {
      if (B >= 'A' && B <= 'Z')
        Out[I] = B + 32;
      continue;
    }
    unsigned char Next = I + 1 < Out.size() ? Out[I + 1] : 0;
    Simple = B == 0xC3 && Next >= 0x80 && Next != 0x9F;
    if (Simple && Next <= 0x9E && Next != 0x97)
      Out[I + 1] = Next + 0x20;
    ++I;
  }
  if (Simple)
    return Out;
  UErrorCode Status = U_ZERO_ERROR;
  icu::UnicodeString U = icu::UnicodeString::fromUTF8(
      icu::StringPiece(Text.data(), Text.size()));
  U.foldCase();
  const icu::Normalizer2 *NFC = icu::Normalizer2::getNFCInstance(Status);
  if (U_SUCCESS(Status))
    U = NFC->normalize(U, Status);
  Out.clear();
  U.toUTF8String(Out);
  return Out;
}

bool isFolded(llvm::StringRef Text) {
  // The byte classes of foldText's fast path.
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned char B = Text[I];
    if (B >= 'A' && B <= 'Z')
      return false;
    if (B >= 0x80) {
      unsigned char Next = I + 1 < Text.size() ? Text[I + 1] : 0;
      if (B != 0xC3 || Next <= 0x9F)
        return false;
      ++I;
    }
  }
  return true;
}

std::vector<Word> splitWords(llvm::StringRef Text) {
  llvm::BumpPtrAllocator Arena;
  llvm::StringSaver Saver(Arena);
  std::vector<Token> Tokens;
  Segmenter S;
  S.words(Text, Saver, Tokens);
  std::vector<Word> Words;
  for (const Token &T : Tokens)
    Words.push_back({T.Begin, T.End, T.Folded.str()});
  return Words;
}

} // namespace ibic
