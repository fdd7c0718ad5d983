#include "Sentences.h"

#include "llvm/ADT/StringExtras.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <memory>

namespace ibic {
namespace {

/// ICU has no Swedish abbreviation data: without these it ends a sentence
/// at "kl." in "kl. 07.30" or at "t.ex." before a name. "m.m." and "osv."
/// are left out: they usually do end the sentence.
const char *const AbbreviationsBeforeNoBreak[] = {
    "kl.",    "t.ex.", "bl.a.",   "d.v.s.", "dvs.", "ca.",   "enl.",  "pga.",
    "p.g.a.", "s.k.",  "fr.o.m.", "t.o.m.", "tel.", "nr.",   "st.",   "ev.",
    "resp.",  "inkl.", "exkl.",   "obs.",   "jfr.", "ang."};

icu::BreakIterator *sentenceIterator() {
  static const std::unique_ptr<icu::BreakIterator> Prototype = [] {
    UErrorCode Status = U_ZERO_ERROR;
    icu::BreakIterator *Base =
        icu::BreakIterator::createSentenceInstance(icu::Locale("sv", "SE"), Status);
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> Builder(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(Status));
    if (U_FAILURE(Status)) {
      delete Base;
      return std::unique_ptr<icu::BreakIterator>();
    }
    for (const char *A : AbbreviationsBeforeNoBreak) {
      Builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(A), Status);
      // Also at the start of a sentence: "Kl. 8 kom ...".
      icu::UnicodeString Upper = icu::UnicodeString::fromUTF8(A);
      Upper.replace(0, 1, icu::UnicodeString(Upper.char32At(0)).toUpper());
      Builder->suppressBreakAfter(Upper, Status);
    }
    std::unique_ptr<icu::BreakIterator> BI(Builder->wrapIteratorWithFilter(Base, Status));
    return U_SUCCESS(Status) ? std::move(BI) : nullptr;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> Local(
      Prototype ? Prototype->clone() : nullptr);
  return Local.get();
}

void addTrimmed(llvm::StringRef Text, uint32_t Begin, uint32_t End,
                std::vector<std::pair<uint32_t, uint32_t>> &Out) {
  while (Begin < End && llvm::isSpace(Text[Begin]))
    ++Begin;
  while (End > Begin && llvm::isSpace(Text[End - 1]))
    --End;
  if (Begin < End)
    Out.push_back({Begin, End});
}

/// ICU's filter does not hold for abbreviations with inner dots ("t.ex.")
/// before a capital; a sentence that ends in one runs on into the next.
bool endsInAbbreviation(llvm::StringRef Sentence) {
  for (const char *A : AbbreviationsBeforeNoBreak) {
    llvm::StringRef Abbreviation(A);
    if (Sentence.size() < Abbreviation.size())
      continue;
    llvm::StringRef Tail = Sentence.take_back(Abbreviation.size());
    bool Boundary = Sentence.size() == Abbreviation.size() ||
                    !llvm::isAlpha(Sentence[Sentence.size() - Abbreviation.size() - 1]);
    if (Boundary && Tail.equals_insensitive(Abbreviation))
      return true;
  }
  return false;
}

} // namespace

std::vector<std::pair<uint32_t, uint32_t>> splitSentences(llvm::StringRef Text) {
  std::vector<std::pair<uint32_t, uint32_t>> Sentences;
  icu::BreakIterator *BI = sentenceIterator();
  uint32_t LineStart = 0;
  while (LineStart <= Text.size()) {
    size_t LineEnd = Text.find('\n', LineStart);
    if (LineEnd == llvm::StringRef::npos)
      LineEnd = Text.size();
    llvm::StringRef Line = Text.slice(LineStart, LineEnd);
    UErrorCode Status = U_ZERO_ERROR;
    UText UT = UTEXT_INITIALIZER;
    utext_openUTF8(&UT, Line.data(), Line.size(), &Status);
    if (!BI || U_FAILURE(Status)) {
      addTrimmed(Text, LineStart, LineEnd, Sentences);
    } else {
      BI->setText(&UT, Status);
      int32_t Begin = BI->first();
      size_t LineFirst = Sentences.size();
      for (int32_t End = BI->next(); End != icu::BreakIterator::DONE;
           Begin = End, End = BI->next()) {
        bool RunsOn = Sentences.size() > LineFirst &&
                      endsInAbbreviation(Text.slice(Sentences.back().first,
                                                    Sentences.back().second));
        size_t Before = Sentences.size();
        addTrimmed(Text, LineStart + Begin, LineStart + End, Sentences);
        if (RunsOn && Sentences.size() > Before) {
          Sentences[Before - 1].second = Sentences.back().second;
          Sentences.pop_back();
        }
      }
    }
    utext_close(&UT);
    LineStart = LineEnd + 1;
  }
  return Sentences;
}

} // namespace ibic
