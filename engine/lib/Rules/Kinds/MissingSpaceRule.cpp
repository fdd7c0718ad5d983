//===- MissingSpaceRule.cpp - Two words run together ----------------------===//
//
// Finds two words with no space between them, only where that is certain:
//   - a comma, semicolon, exclamation or question mark between two words
//     of letters ("idag,men"), or between a word and a number, either
//     way ("juni;2024", "14;därefter"); a colon or a full stop between a
//     word and a number ("Personnummer:19…", "kl.10"), and a full stop
//     between a number and a capital ("15.Han"); never between two numbers
//     ("2,5", "8.30", "2:1", "3:e");
//   - a full stop inside a word before a capital ("idag.Men"), between two
//     words the dictionary knows ("kväll.men"), or after an abbreviation of
//     `abbreviations` ("m.m.tas"); never in an abbreviation itself
//     ("t.ex."), a file name or address ("plan.pdf", `endings`), nor an
//     ellipsis;
//   - a colon inside a word before a word the dictionary knows or a capital
//     ("Kvällsrutin:tandborstning"), but not before an ending
//     (`inflection-endings`: "SVT:s", "usk:n") nor after one letter ("S:t");
//   - a word the dictionary does not know that is a word it knows followed
//     by one of `glued-words` (pronouns and small words that never end a
//     compound: "behöverjag"), or one of `glued-heads` (small words that
//     never begin one) followed by a word it knows ("ochhon"; after one of
//     `heads-of-no-word` also a compound it knows: "ochhårtvätt"), or a form
//     that begins no compound (`inflected-endings`: a definite noun, a past
//     tense) followed by a word it knows ("soffanhela", also first in a
//     sentence: "Telefonenringde");
//   - a name it knows glued to a small word of `glued-words` ("Göranoch");
//   - a word it knows glued to a name, whose capital then stands inside
//     the word ("påIca"; not "iPad", "eHälsa" or "MinVård");
//   - an opening parenthesis glued to the word before it when more than
//     one word or a name stands inside ("katter(båda är gamla)",
//     "son(Tobias)"; not "person(er)s");
//   - a word glued to an identifier after it ("på070-…"), and a mark
//     glued between an identifier and a word ("…@example.se.Svar");
//   - a word glued to a quotation mark outside the quote, before its
//     opening mark or after its closing one ("sa”jag …”och"), also with a
//     colon or comma between ("sa:”Jag");
//   - a closing parenthesis glued to the word after it ("(usk)hjälpte",
//     "2)tvätt"),
//     a space before a comma instead of after it ("ut ,och", "(IVO)
//     ,enligt"), and a number glued to a unit of `units` or to a word the
//     dictionary knows ("3st", "3barn"), not to an ending of
//     `number-endings` ("2dra", "1950tal"), and a preposition of
//     `before-number` glued to a number ("i20");
// A split that leaves a likely typo one edit away is a typo ("somande":
// somnade), the spelling rule's. Identifiers are never judged, and a number that is one (a personnummer)
// is never repeated: the finding is then the word and its mark. The fix
// puts the space back. Unit: the paragraph.
//
//===----------------------------------------------------------------------===//
#include "Rules/GluedWords.h"
#include "Rules/LexiconEntries.h"
#include "Rules/RuleKinds.h"
#include "Rules/SpellingState.h"
#include "Support/ShardedMemo.h"
#include "Support/SourceFile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace ibic {
namespace {

bool isAsciiUpper(char C) { return C >= 'A' && C <= 'Z'; }

bool lettersOnly(const Token &T) { return T.has(Token::Letters) && !T.has(Token::Digits); }

bool isAsciiDigit(char C) { return C >= '0' && C <= '9'; }

/// Whether \p Text starts with a small letter: a–z or à–þ (å, ä, ö).
bool isLowerStart(llvm::StringRef Text) {
  if (Text.empty())
    return false;
  auto B = static_cast<unsigned char>(Text[0]);
  return (B >= 'a' && B <= 'z') ||
         (B == 0xC3 && Text.size() > 1 && static_cast<unsigned char>(Text[1]) >= 0xA0);
}

/// Whether \p Text has a small letter: a–z or à–þ (å, ä, ö).
bool hasLower(llvm::StringRef Text) {
  for (size_t I = 0; I < Text.size(); ++I) {
    auto B = static_cast<unsigned char>(Text[I]);
    if ((B >= 'a' && B <= 'z') ||
        (B == 0xC3 && I + 1 < Text.size() && static_cast<unsigned char>(Text[I + 1]) >= 0xA0))
      return true;
  }
  return false;
}

/// The audit's spelling answers, and where the glued-word tests split each
/// word they judged: a text repeats its words, and the tests cost far more
/// than a lookup. The audit's workers share it.
class MissingSpaceState final : public RuleState {
public:
  MissingSpaceState(AuditCaches &Shared, const Dictionary &D) : Cache(Shared.spelling(D)) {}
  const std::shared_ptr<SpellingCache> Cache;
  /// By a byte of flags and the word as written: the byte of the split, or
  /// -1 for none.
  ShardedMemo<int32_t> Splits{size_t(1) << 12};
};

class MissingSpaceRule final : public Rule {
public:
  MissingSpaceRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  std::unique_ptr<RuleState> newAuditState(AuditCaches &Shared) const override {
    return Dict ? std::make_unique<MissingSpaceState>(Shared, *Dict) : nullptr;
  }

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    for (const Paragraph *P : U.Paragraphs) {
      gluedQuotes(U, *P, Ctx);
      for (size_t I = 0; I < P->Tokens.size(); ++I) {
        const Token &T = P->Tokens[I];
        if (T.has(Token::Digits) && T.has(Token::Letters) && !Units.empty()) {
          numberAndUnit(U, *P, T, Ctx);
          continue;
        }
        const Token *Next = I + 1 < P->Tokens.size() ? &P->Tokens[I + 1] : nullptr;
        // "(2019),vilket": a mark after a closing parenthesis, glued to
        // the word after it.
        if (Next && Next->Begin == T.End + 2 && P->Text[T.End] == ')' &&
            llvm::StringRef(",;!?").contains(P->Text[T.End + 1]) && lettersOnly(*Next) &&
            !P->quoted(T.Begin, Next->End) && !P->inIdentifier(T.Begin, Next->End) &&
            !nearAddress(*P, *Next)) {
          std::string Fix = (P->Text.slice(T.Begin, T.End + 2) + " " + P->textOf(*Next)).str();
          report(Ctx, U, *P, T.Begin, Next->End,
                 {{"match", P->Text.slice(T.Begin, Next->End)}, {"suggestion", Fix}}, Fix);
        }
        if (!lettersOnly(T)) {
          markAfterNumber(U, *P, T, Next, Ctx);
          continue;
        }
        if (afterIdentifier(*P, T)) {
          markAfterIdentifier(U, *P, T, Ctx);
          continue;
        }
        // Cheap tests first: a mark right after the word, a dot inside it,
        // or an ending of `glued-words`; most words have none.
        // An identifier's digits are blanked, and no word: "Personnummer:19…".
        bool Identifier = T.End + 2 <= P->Text.size() && P->inIdentifier(T.End + 1, T.End + 2);
        // Most words have a space after them, which is no mark.
        bool Mark = Identifier || (Next && Next->Begin == T.End + 1 &&
                                   llvm::StringRef(",;!?:.()").contains(P->Text[T.End]));
        // "ut ,och", "(IVO) ,enligt": the space stands before the mark
        // instead of after it.
        uint32_t Space = Next && P->Text[T.End] == ')' ? T.End + 1 : T.End;
        if (Next && Next->Begin == Space + 2 && P->Text[Space] == ' ' && lettersOnly(*Next) &&
            llvm::StringRef(",;!?").contains(P->Text[Space + 1]) &&
            !P->quoted(T.Begin, Next->End)) {
          std::string Fix = (P->Text.slice(T.Begin, Space) + llvm::Twine(P->Text[Space + 1]) +
                             " " + P->textOf(*Next))
                                .str();
          report(Ctx, U, *P, T.Begin, Next->End,
                 {{"match", P->Text.slice(T.Begin, Next->End)}, {"suggestion", Fix}}, Fix);
        }
        bool Dot = P->textOf(T).contains('.');
        bool Colon = P->textOf(T).contains(':');
        bool Camel = !Dot && !Colon && Dict && T.has(Token::UpperAfterFirst) &&
                     !T.has(Token::Capitalised);
        std::optional<size_t> Split;
        if (!Dot && !Colon && !Camel)
          Split = gluedSplit(*P, I, Ctx);
        if (!Mark && !Dot && !Colon && !Camel && !Split)
          continue;
        // Inside a quote the words are the person's, but the marks and
        // spaces are the writer's: only a mark glued to the next word is
        // judged there ("Tack för maten!Nu vill jag vila").
        bool Quoted = P->quoted(T.Begin, T.End);
        bool QuotedMark =
            Quoted && Mark && !Identifier && llvm::StringRef(",;!?").contains(P->Text[T.End]);
        if ((Quoted && !QuotedMark) || P->inIdentifier(T.Begin, T.End) || nearAddress(*P, T))
          continue;
        if (Mark)
          markBetween(U, *P, T, Identifier ? nullptr : Next, Ctx);
        if (Quoted)
          continue;
        if (Dot)
          dotInside(U, *P, T, Ctx);
        else if (Colon)
          colonInside(U, *P, T, Ctx);
        else if (Camel)
          capitalInside(U, *P, T, Ctx);
        else if (Split) {
          llvm::StringRef Word = P->textOf(T);
          std::string Fix = (Word.take_front(*Split) + " " + Word.drop_front(*Split)).str();
          report(Ctx, U, *P, T.Begin, T.End, {{"match", Word}, {"suggestion", Fix}}, Fix);
        }
      }
    }
  }

  std::shared_ptr<Dictionary> Dict;
  /// Small words after a word ("behöverjag"), and before one, which never
  /// begin a compound ("ochhon", "attgå").
  GluedWordLists Glued;
  /// Those of Glued.Heads that begin no name either, and so are glued
  /// first in a sentence too ("Detblev").
  SmallWords SentenceHeads;
  /// Those of Glued.Heads that begin no word at all, so that the word glued after
  /// them may be a compound ("ochhårtvätt"); after the others a compound
  /// is more likely one word Hunspell does not know ("förbandsbyte").
  SmallWords HeadsOfNoWord;
  /// Prepositions that begin no compound with a noun in its definite form
  /// unless the dictionary has it whole ("efterlunchen", "eftermiddagen").
  SmallWords Prepositions;
  /// Endings of a noun's definite form ("lunchen", "veckan").
  SmallWords DefiniteEndings;
  /// Endings of verbal nouns, which take a particle as a compound the
  /// dictionary need not hold ("överrapporteringen").
  SmallWords VerbalNounEndings;
  /// Endings of forms that begin no compound: a noun's definite form and a
  /// verb's past tense ("soffan", "vilade").
  SmallWords InflectedEndings;
  /// Endings of a verb's past tense or supine, which no name ends with
  /// ("Kerstinringde", "Göstavarit"; not "Ingridgården").
  SmallWords VerbEndingsAfterName;
  /// Units written after a number with a space ("3 st", "20 min").
  WordChoice Units;
  /// Numbers in letters, written apart from a unit ("sex timmar").
  SmallWords NumberWords;
  /// Prepositions written before a number with a space ("i 20 minuter").
  WordChoice BeforeNumber;
  /// Endings a number takes with a colon or hyphen ("2:dra", "1950-tal").
  WordChoice NumberEndings;
  llvm::StringSet<> Abbreviations; ///< Folded, dots kept.
  /// Words the dictionary lacks that are one word all the same
  /// (`known-words`: "tillsyner", not "till syner"). Folded.
  llvm::StringSet<> KnownWords;
  WordChoice Endings; ///< File endings and domains after a dot ("plan.pdf").
  /// Services and accounts, which a user name stands near ("Instagram").
  WordChoice HandleWords;
  /// Endings after a colon ("SVT:s", "usk:arna").
  WordChoice Inflections;
  /// The message when the finding is the word and its mark only (a
  /// personnummer after it is not repeated).
  std::string MarkMessage;

private:
  /// "heter ebba.springer på Instagram": a sentence that names a service
  /// or an account holds user names, whose dots are their own.
  bool nearHandleWord(const Paragraph &P, const Token &T) const {
    const Sentence *S = P.sentenceAt(T.Begin);
    return S && std::any_of(P.Tokens.begin() + S->FirstToken, P.Tokens.begin() + S->EndToken,
                            [&](const Token &W) { return HandleWords.contains(W.Folded); });
  }

  /// URLs, e-mail and file names: a slash, '@' or "www" next to the word.
  static bool nearAddress(const Paragraph &P, const Token &T) {
    llvm::StringRef Text = P.Text;
    size_t Begin = Text.rfind(' ', T.Begin), End = Text.find(' ', T.End);
    llvm::StringRef Chunk = Text.slice(Begin == llvm::StringRef::npos ? 0 : Begin, End);
    return Chunk.contains('/') || Chunk.contains('@') || Chunk.contains_insensitive("www");
  }

  /// "idag,men", "kl.10": a mark glued to the word or number after it.
  /// \p B is null when an identifier follows the mark.
  void markBetween(const RuleUnit &U, const Paragraph &P, const Token &A, const Token *B,
                   RuleContext &Ctx) const {
    // "på070-…": the identifier starts right after the word.
    if (!B && P.inIdentifier(A.End, A.End + 1)) {
      if (A.End - A.Begin < 2)
        return;
      std::string Fix = (P.textOf(A) + " ").str();
      report(Ctx, U, P, A.Begin, A.End, {{"match", P.textOf(A)}, {"suggestion", Fix}}, Fix,
             MarkMessage);
      return;
    }
    char Mark = P.Text[A.End];
    bool Word = B && lettersOnly(*B), Number = !B || isAsciiDigit(P.Text[B->Begin]);
    switch (Mark) {
    case ',':
    case ';':
    case '!':
    case '?':
      if (!Word && !(Number && A.End - A.Begin >= 2))
        return;
      break;
    case ':': // a letter after it is in the same word (colonInside)
      if (!Number || A.End - A.Begin < 2)
        return;
      break;
    case '.': // likewise
      if (!Number)
        return;
      break;
    case ')': // "(usk)hjälpte"
      if (!Word || B->End - B->Begin < 2 || !P.Text.take_front(A.Begin).contains('('))
        return;
      break;
    case '(': { // "katter(båda är gamla)", "son(Tobias)", "Gun(78 år)"; not an
                // ending, "person(er)s"
      llvm::StringRef Inside = P.Text.slice(A.End + 1, P.Text.find(')', A.End));
      if (!B || A.End - A.Begin < 2 ||
          !(Word ? Inside.contains(' ') || B->has(Token::Capitalised)
                 : Number && Inside.contains(' ')))
        return;
      std::string Fix = (P.textOf(A) + " (" + P.textOf(*B)).str();
      report(Ctx, U, P, A.Begin, B->End,
             {{"match", P.Text.slice(A.Begin, B->End)}, {"suggestion", Fix}}, Fix);
      return;
    }
    default:
      return;
    }
    if (!B) {
      // The whole label: "E-post:", not "post:".
      uint32_t Begin = A.Begin;
      while (Begin > 0 && P.Text[Begin - 1] != ' ' && P.Text[Begin - 1] != '\n' &&
             P.Text[Begin - 1] != '(')
        --Begin;
      std::string Fix = (P.Text.slice(Begin, A.End + 1) + " ").str();
      report(Ctx, U, P, Begin, A.End + 1,
             {{"match", P.Text.slice(Begin, A.End + 1)}, {"suggestion", Fix}}, Fix,
             MarkMessage);
      return;
    }
    std::string Fix = (P.textOf(A) + llvm::Twine(Mark) + " " + P.textOf(*B)).str();
    report(Ctx, U, P, A.Begin, B->End,
           {{"match", P.Text.slice(A.Begin, B->End)}, {"suggestion", Fix}}, Fix);
  }

  /// Whether a mark glued to \p T stands right after an identifier:
  /// "…@example.se.Svar", "070-174 06 05,men"; a full stop only before a
  /// capital.
  static bool afterIdentifier(const Paragraph &P, const Token &T) {
    if (T.Begin < 2 || !P.inIdentifier(T.Begin - 2, T.Begin - 1) ||
        P.quoted(T.Begin, T.End))
      return false;
    char Mark = P.Text[T.Begin - 1];
    return llvm::StringRef(",;!?").contains(Mark) ||
           (Mark == '.' && T.has(Token::Capitalised));
  }

  /// The mark after an identifier and the word glued to it: ".Svar".
  void markAfterIdentifier(const RuleUnit &U, const Paragraph &P, const Token &T,
                           RuleContext &Ctx) const {
    std::string Fix = (llvm::Twine(P.Text[T.Begin - 1]) + " " + P.textOf(T)).str();
    report(Ctx, U, P, T.Begin - 1, T.End,
           {{"match", P.Text.slice(T.Begin - 1, T.End)}, {"suggestion", Fix}}, Fix);
  }

  /// "idag.Men": ICU keeps letters around a dot in one word.
  void dotInside(const RuleUnit &U, const Paragraph &P, const Token &T, RuleContext &Ctx) const {
    llvm::StringRef Word = P.textOf(T);
    if (Abbreviations.count(T.Folded))
      return;
    auto [First, Second] = Word.split('.');
    // "m.m.tas", "ca.två": an abbreviation and the next word.
    if (Word.count('.') != 1 || Abbreviations.count(foldText(First))) {
      afterAbbreviation(U, P, T, Ctx);
      return;
    }
    if (First.size() < 2 || Second.size() < 2 || Endings.contains(Second.lower()) ||
        nearHandleWord(P, T))
      return;
    // A capital after the dot starts a sentence, also after a name
    // ("Coop.Elvira"); not in a name of its own ("ASP.Net", "eHälsa.Se").
    auto CapitalInside = [](llvm::StringRef W) { return llvm::any_of(W.drop_front(), isAsciiUpper); };
    auto Known = [&](llvm::StringRef W) {
      return Ctx.state<MissingSpaceState>(*this).Cache->known(W.lower());
    };
    // After an acronym, a word the dictionary knows starts the sentence
    // ("enligt LSS.Där"); one it does not is a name's ("ASP.Net").
    bool AfterAcronym = !hasLower(First) && !CapitalInside(Second) && Second.size() >= 3 &&
                        Dict && Known(Second);
    bool Capital = isAsciiUpper(Second[0]) &&
                   ((!CapitalInside(First) && (!isAsciiUpper(First[0]) || !CapitalInside(Second))) ||
                    AfterAcronym);
    bool BothWords = Dict && First.size() >= 3 && Second.size() >= 3 && Known(First) &&
                     Known(Second) && !Known(Word);
    if (!Capital && !BothWords)
      return;
    std::string Fix = (First + ". " + Second).str();
    report(Ctx, U, P, T.Begin, T.End, {{"match", Word}, {"suggestion", Fix}}, Fix);
  }

  /// "m.m.tas", "bl.a.Hon": an abbreviation glued to the word after it.
  void afterAbbreviation(const RuleUnit &U, const Paragraph &P, const Token &T,
                         RuleContext &Ctx) const {
    llvm::StringRef Word = P.textOf(T);
    size_t At = Word.rfind('.');
    llvm::StringRef Head = Word.take_front(At), Rest = Word.drop_front(At + 1);
    // "tel.nr" is one abbreviation of two.
    if (Rest.size() < 2 || !Abbreviations.count(foldText(Head)) ||
        Abbreviations.count(foldText(Rest)))
      return;
    spaceAfterMarkIfWord(U, P, T, Ctx, Head, '.', Rest);
  }

  /// "Kvällsrutin:tandborstning": a colon glued to the word after it.
  void colonInside(const RuleUnit &U, const Paragraph &P, const Token &T,
                   RuleContext &Ctx) const {
    llvm::StringRef Word = P.textOf(T);
    if (Word.count(':') != 1)
      return;
    auto [First, Second] = Word.split(':');
    // "S:t", "SVT:s", "usk:arna", "SÄBO:boendet": a contraction, or an
    // acronym with its ending. An acronym after a word is no ending
    // ("Åtgärd:EC").
    bool Acronym = Second.size() >= 2 && llvm::all_of(Second, isAsciiUpper);
    if (First.size() < 2 || (Second.size() < 3 && !Acronym) ||
        Inflections.contains(foldText(Second)) || !hasLower(First))
      return;
    spaceAfterMarkIfWord(U, P, T, Ctx, First, ':', Second);
  }

  /// Reports \p T as \p Before, \p Mark, a space and \p After when what
  /// follows the mark starts a sentence (a capital) or is a word.
  void spaceAfterMarkIfWord(const RuleUnit &U, const Paragraph &P, const Token &T,
                            RuleContext &Ctx, llvm::StringRef Before, char Mark,
                            llvm::StringRef After) const {
    bool Capital = startsUpper(After);
    if (!Capital && !(Dict && Ctx.state<MissingSpaceState>(*this).Cache->known(After.lower())))
      return;
    std::string Fix = (Before + llvm::Twine(Mark) + " " + After).str();
    report(Ctx, U, P, T.Begin, T.End, {{"match", P.textOf(T)}, {"suggestion", Fix}}, Fix);
  }

  /// "mellan 10 och 15.Han åt", "mellan 13 och 14;därefter", "kl.
  /// 6.30;klädde": a number, a mark and a word with no space after the
  /// mark. A full stop only before a capital and after whole numbers: a
  /// time or a decimal ("10.30") has digits after its mark.
  void markAfterNumber(const RuleUnit &U, const Paragraph &P, const Token &T,
                       const Token *Next, RuleContext &Ctx) const {
    llvm::StringRef Number = P.textOf(T);
    if (!Next || Next->Begin != T.End + 1 ||
        Number.find_first_not_of("0123456789.,:") != llvm::StringRef::npos ||
        !lettersOnly(*Next) || Next->End - Next->Begin < 2 ||
        P.inIdentifier(T.Begin, Next->End) || P.quoted(T.Begin, Next->End))
      return;
    char Mark = P.Text[T.End];
    bool Whole = Number.find_first_not_of("0123456789") == llvm::StringRef::npos;
    if (!Whole && !llvm::StringRef(",;!?").contains(Mark))
      return;
    // "2)tvätt": the label of an item in a list; "(… 2020)och": the end of
    // a parenthesis.
    bool Label = Mark == ')' && (Number.size() <= 2 || P.Text.take_front(T.Begin).contains('('));
    // A capital and a small letter after a colon start a sentence ("Åtgärd
    // 3:Rutinen"); an ordinal's ending is small ("3:e").
    llvm::StringRef Word = P.textOf(*Next);
    bool Sentence = (Mark == '.' && isAsciiUpper(Word[0])) ||
                    (Mark == ':' && startsUpper(Word) && hasLower(Word));
    if (!Sentence && !llvm::StringRef(",;!?").contains(Mark) && !Label)
      return;
    std::string Fix = (Number + llvm::Twine(Mark) + " " + P.textOf(*Next)).str();
    report(Ctx, U, P, T.Begin, Next->End,
           {{"match", P.Text.slice(T.Begin, Next->End)}, {"suggestion", Fix}}, Fix);
  }

  /// "3st", "20min", "2,5mg": a number glued to its unit.
  void numberAndUnit(const RuleUnit &U, const Paragraph &P, const Token &T,
                     RuleContext &Ctx) const {
    llvm::StringRef Word = P.textOf(T);
    size_t Digits = Word.find_first_not_of("0123456789.,");
    if (P.quoted(T.Begin, T.End) || P.inIdentifier(T.Begin, T.End) || nearAddress(P, T))
      return;
    if (Digits == 0) {
      prepositionAndNumber(U, P, T, Ctx);
      return;
    }
    if (Digits == llvm::StringRef::npos || !isAsciiDigit(Word[Digits - 1]))
      return;
    llvm::StringRef Number = Word.take_front(Digits), Unit = Word.drop_front(Digits);
    std::string Folded = foldText(Unit);
    // A listed unit, or a word ("3barn"); not an ending a number takes with
    // a colon or a hyphen ("2dra", "1950tal", "3årig").
    bool Known = Folded.size() >= 3 && !NumberEndings.contains(Folded) &&
                 !T.has(Token::UpperAfterFirst) && isLowerStart(Unit) && Dict &&
                 Ctx.state<MissingSpaceState>(*this).Cache->known(Folded);
    if (!Units.contains(Folded) && !Known)
      return;
    std::string Fix = (Number + " " + Unit).str();
    report(Ctx, U, P, T.Begin, T.End, {{"match", Word}, {"suggestion", Fix}}, Fix);
  }

  /// "i20 minuter", "efter30", "vägde61,5": a word of `before-number`
  /// glued to the number, whole or decimal, after it. Not any word: "v12"
  /// is a week, "B12" a vitamin.
  void prepositionAndNumber(const RuleUnit &U, const Paragraph &P, const Token &T,
                            RuleContext &Ctx) const {
    llvm::StringRef Word = P.textOf(T);
    size_t Digits = Word.find_first_of("0123456789");
    llvm::StringRef Small = Word.take_front(Digits), Number = Word.drop_front(Digits);
    size_t Whole = std::min(Number.find_first_not_of("0123456789"), Number.size());
    llvm::StringRef Fraction = Number.drop_front(Whole);
    bool Decimal = Fraction.size() >= 2 && (Fraction[0] == ',' || Fraction[0] == '.') &&
                   Fraction.drop_front().find_first_not_of("0123456789") == llvm::StringRef::npos;
    if ((!Fraction.empty() && !Decimal) || !isLowerStart(Small) ||
        !BeforeNumber.contains(foldText(Small)))
      return;
    std::string Fix = (Small + " " + Number).str();
    report(Ctx, U, P, T.Begin, T.End, {{"match", Word}, {"suggestion", Fix}}, Fix);
  }

  /// "påIca", "medAnna": a known word glued to a name, whose capital then
  /// stands inside the word. Not "iPad" or "eHälsa", whose one letter
  /// first is a brand's or a prefix, nor a unit of `units` ("mmHg").
  void capitalInside(const RuleUnit &U, const Paragraph &P, const Token &T,
                     RuleContext &Ctx) const {
    llvm::StringRef Word = P.textOf(T);
    // The one capital after the first letter: "eTjänstePortal" has two.
    int32_t At = 0, Next = 0, Size = Word.size();
    UChar32 C;
    U8_NEXT(Word.data(), Next, Size, C);
    while (Next < Size) {
      int32_t Here = Next;
      U8_NEXT(Word.data(), Next, Size, C);
      if (u_isupper(C)) {
        if (At)
          return;
        At = Here;
      }
    }
    llvm::StringRef Head = Word.take_front(At), Name = Word.drop_front(At);
    // A unit written with a capital ("mmHg") is one word.
    if (countCodePoints(Head) < 2 || countCodePoints(Name) < 2 || Units.contains(T.Folded))
      return;
    if (!Dict->spellWithoutCompounds(Head.lower()))
      return;
    std::string Fix = (Head + " " + Name).str();
    report(Ctx, U, P, T.Begin, T.End, {{"match", Word}, {"suggestion", Fix}}, Fix);
  }

  /// "sa”jag tar hissen själv”och": a word glued to a quotation mark
  /// outside the quote, before its opening mark or after its closing one.
  void gluedQuotes(const RuleUnit &U, const Paragraph &P, RuleContext &Ctx) const {
    llvm::StringRef Text = P.Text;
    // The word that ends at \p At, or the one that begins there.
    auto WordEndingAt = [&](uint32_t At) -> const Token * {
      auto It = llvm::partition_point(P.Tokens, [&](const Token &T) { return T.End < At; });
      return It != P.Tokens.end() && It->End == At && lettersOnly(*It) ? &*It : nullptr;
    };
    auto WordBeginningAt = [&](uint32_t At) -> const Token * {
      auto It = llvm::partition_point(P.Tokens, [&](const Token &T) { return T.Begin < At; });
      return It != P.Tokens.end() && It->Begin == At && lettersOnly(*It) ? &*It : nullptr;
    };
    // Marks are '"' (1 byte), « » (2) and “ ” (3): told by their last byte
    // and by their first.
    auto LengthEndingAt = [&](uint32_t At) -> uint32_t {
      unsigned char Last = Text[At - 1];
      return Last == '"' ? 1 : (Last == 0xAB || Last == 0xBB) ? 2 : 3;
    };
    auto LengthAt = [&](uint32_t At) -> uint32_t {
      unsigned char First = Text[At];
      return First == '"' ? 1 : First == 0xC2 ? 2 : 3;
    };
    for (auto [Begin, End] : P.Quotes) {
      uint32_t Open = Begin - LengthEndingAt(Begin);
      // "sa:”Jag": a colon or comma between the word and the mark.
      uint32_t Mark = Open > 0 && (Text[Open - 1] == ':' || Text[Open - 1] == ',') ? Open - 1 : Open;
      if (const Token *Before = WordEndingAt(Mark)) {
        const Token *Inside = WordBeginningAt(Begin);
        uint32_t To = Inside ? Inside->End : Begin;
        std::string Fix = (Text.slice(Before->Begin, Open) + " " + Text.slice(Open, To)).str();
        report(Ctx, U, P, Before->Begin, To, {{"match", Text.slice(Before->Begin, To)},
                                              {"suggestion", Fix}}, Fix);
      }
      uint32_t Close = End + LengthAt(End);
      if (const Token *After = WordBeginningAt(Close)) {
        const Token *Inside = WordEndingAt(End);
        uint32_t From = Inside ? Inside->Begin : End;
        std::string Fix = (Text.slice(From, Close) + " " + P.textOf(*After)).str();
        report(Ctx, U, P, From, After->End, {{"match", Text.slice(From, After->End)},
                                             {"suggestion", Fix}}, Fix);
      }
    }
  }

  static bool firstInSentence(const Paragraph &P, size_t I) {
    const Sentence *S = P.sentenceAt(P.Tokens[I].Begin);
    return S && S->FirstToken == I;
  }

  /// Where word \p I of \p P, a word of letters with no dot or colon, is
  /// two words glued together: the byte the space belongs at. The tests
  /// read the word as written, whether its capital marks a name and
  /// whether a word follows it, so the audit's state keeps their answer by
  /// those.
  std::optional<size_t> gluedSplit(const Paragraph &P, size_t I, RuleContext &Ctx) const {
    const Token &T = P.Tokens[I];
    llvm::StringRef Word = P.textOf(T);
    // A longer token is no word (gluedWord), and is not kept.
    if (Word.size() > MaxWordBytes)
      return std::nullopt;
    // A capital marks a name, except first in a sentence
    // ("Telefonenringde").
    bool Name = T.has(Token::Capitalised) && !firstInSentence(P, I);
    bool Follows = GluedWordLists::wordFollows(P, I);
    if (!Dict)
      return gluedSplitOf(T, Word, Name, Follows, nullptr);
    MissingSpaceState &State = Ctx.state<MissingSpaceState>(*this);
    llvm::SmallString<64> Key;
    Key.push_back(char('0' + Name + 2 * Follows));
    Key += Word;
    int32_t Split = State.Splits.get(Key, [&] {
      std::optional<size_t> At = gluedSplitOf(T, Word, Name, Follows, State.Cache.get());
      return At ? int32_t(*At) : -1;
    });
    return Split < 0 ? std::nullopt : std::optional<size_t>(Split);
  }

  /// gluedSplit without the memo: whether some test may apply, and then
  /// gluedWord.
  std::optional<size_t> gluedSplitOf(const Token &T, llvm::StringRef Word, bool Name,
                                     bool Follows, SpellingCache *Answers) const {
    llvm::StringRef Folded = T.Folded;
    if (KnownWords.count(Folded))
      return std::nullopt;
    bool Ending = Dict && Folded.size() >= 6 && Glued.Tails.ends(Folded);
    bool Heading = Dict && Folded.size() >= 5 && !Name &&
                   (Glued.Heads.starts(Folded) || Prepositions.starts(Folded));
    bool Joined = Dict && !Name && !T.has(Token::UpperAfterFirst) && Folded.size() >= 7;
    // "bori Fjällmora": a small word that ends many words, glued before
    // the next word.
    bool BeforeWord = Dict && !Name && Follows && Glued.TailsBeforeWord.ends(Folded);
    // "sextimmar": a number in letters and a unit; "badom": a pair.
    bool Counted = !Name && NumberWords.starts(Folded);
    bool Pair = Glued.pairSplit(Folded).has_value();
    // "Kerstinringde": a name, then a verb in its past tense.
    bool NameAndVerb = Dict && T.has(Token::Capitalised) && Folded.size() >= 7 &&
                       VerbEndingsAfterName.ends(Folded);
    if (!Ending && !Heading && !Joined && !BeforeWord && !NameAndVerb && !Counted && !Pair)
      return std::nullopt;
    return gluedWord(T, Word, Name, BeforeWord, Answers);
  }

  /// "behöverjag": a known word and a small word that ends no compound;
  /// "ochhon": a small word that begins none and a known word. The byte of
  /// \p Word the space belongs at, if any. \p Name: the word has a capital
  /// that may mark a name, not first in a sentence. \p BeforeWord: a word
  /// follows, and the word ends in a small word of `glued-before-word`.
  /// \p Answers: the audit's spelling cache (none without a dictionary).
  std::optional<size_t> gluedWord(const Token &T, llvm::StringRef Word, bool Name,
                                  bool BeforeWord, SpellingCache *Answers) const {
    llvm::StringRef Folded = T.Folded;
    // A longer token is no word, and Hunspell would take long to say so.
    if (T.has(Token::UpperAfterFirst) || Word.size() > MaxWordBytes)
      return std::nullopt;
    if (std::optional<size_t> At = Glued.pairSplit(Folded); At && Folded.size() == Word.size())
      return At;
    // A number in letters and a unit, which Hunspell takes for a compound
    // ("sextimmar"; "sextimmarsdag" is one).
    if (Folded.size() == Word.size())
      for (llvm::StringRef Number : NumberWords.startsOf(Folded))
        if (Units.contains(Folded.drop_front(Number.size())))
          return Number.size();
    // Word with a space at byte At, when the whole is no word but Part, the
    // side that is not the small word, is one. Most candidates are words
    // ("skratt", "station"): the audit's cache answers those, each asked of
    // the dictionary once.
    if (!Answers)
      return std::nullopt;
    SpellingCache &Cache = *Answers;
    // Inside a sentence, or where \p PartIsName, the part is a name the
    // dictionary knows that is no word in small letters ("Göranoch"; not
    // "Gullvi", whose "gull" is a word).
    auto SplitAt = [&](size_t At, llvm::StringRef Part, bool PartMayCompound = false,
                       bool AfterInflectedForm = false,
                       bool PartIsName = false) -> std::optional<size_t> {
      if (Cache.known(Word))
        return std::nullopt;
      std::string Lower = Part.lower();
      bool LowerKnown = PartMayCompound ? Cache.known(Lower) : Dict->spellWithoutCompounds(Lower);
      if (Name || PartIsName ? LowerKnown || !Dict->spellWithoutCompounds(Part) : !LowerKnown)
        return std::nullopt;
      // "somande" is "somnade" with two letters swapped, not "som ande";
      // but two small words are two words ("medsig" is no "mesig") unless
      // a lost letter is the likelier ("kanner": känner).
      SpellingCache::Typo How =
          AfterInflectedForm ? Cache.typoToWholeWord(Word) : Cache.typoOf(Word);
      if (How == SpellingCache::Typo::Likeliest ||
          (How == SpellingCache::Typo::Likely && !Glued.twoSmallWords(Folded)))
        return std::nullopt;
      return At;
    };
    // First in a sentence a name may begin like a small word ("Omid" is no
    // "om id", "Vidbäcken" no "vid bäcken"): there only a head of
    // `sentence-heads` and a word of four letters or more or a small word
    // ("Detblev", "Närlunchen", "Detär").
    if (!Name)
      for (llvm::StringRef Small : Glued.Heads.startsOf(Folded, 2)) {
        llvm::StringRef Rest = Word.drop_front(Small.size());
        if (T.has(Token::Capitalised) &&
            (!SentenceHeads.contains(Small) ||
             (countCodePoints(Rest) < 4 && !Glued.twoSmallWords(Folded))))
          continue;
        if (std::optional<size_t> At = SplitAt(Small.size(), Rest, HeadsOfNoWord.contains(Small)))
          return At;
      }
    // Hunspell joins a preposition and a noun as a compound, or rejects
    // the two ("bakomstolen"), which the spelling rule then takes for a
    // compound of known words; with the noun in its definite form Swedish
    // has such a word only where the dictionary holds it whole
    // ("eftermiddagen", "underlaget").
    // The dictionary is asked last: most words that begin like a
    // preposition end in no definite form.
    if (!Name)
      for (llvm::StringRef Small : Prepositions.startsOf(Folded)) {
        llvm::StringRef Rest = Folded.drop_front(Small.size());
        if (countCodePoints(Rest) < 5 || !DefiniteEndings.ends(Rest) ||
            VerbalNounEndings.ends(Rest))
          continue;
        // "efterätten" is "efterrätten" with a letter lost, not "efter
        // ätten": a likeliest typo is the spelling rule's.
        if (!Dict->spellWithoutCompounds(Folded) &&
            Dict->spellWithoutCompounds(Rest) &&
            Cache.typoOf(Word) != SpellingCache::Typo::Likeliest)
          return Small.size();
      }
    if (BeforeWord)
      if (std::optional<size_t> At = Glued.tailBeforeWord(Cache, Word, Folded))
        return At;
    if (Folded.size() < 6)
      return std::nullopt;
    for (llvm::StringRef Small : Glued.Tails.endsOf(Folded, 3))
      if (std::optional<size_t> At =
              SplitAt(Word.size() - Small.size(), Word.drop_back(Small.size())))
        return At;
    // A name the dictionary knows, then a verb of four letters or more
    // whose ending no name has ("Kerstinringde"), also first in a sentence.
    // Most such words are words ("Duschade"): the audit's cache answers
    // first.
    if (T.has(Token::Capitalised) && Folded.size() == Word.size() &&
        VerbEndingsAfterName.ends(Folded) && !Cache.known(Word))
      for (size_t At = 3; At + 4 <= Folded.size(); ++At)
        if ((static_cast<unsigned char>(Folded[At]) & 0xC0) != 0x80 &&
            Dict->spellWithoutCompounds(Folded.drop_front(At)))
          if (std::optional<size_t> Split =
                  SplitAt(At, Word.take_front(At), /*PartMayCompound=*/false,
                          /*AfterInflectedForm=*/false, /*PartIsName=*/true))
            return Split;
    // "soffanhela": a form that begins no compound, then a word. A split of
    // the folded word is one of the word as written only where folding kept
    // every byte in place ("ß" folds to "ss").
    if (!Name && Folded.size() == Word.size() && !Cache.known(Word))
      if (std::optional<size_t> At = splitAfterInflectedForm(*Dict, InflectedEndings, Folded))
        return SplitAt(*At, Word.drop_front(*At), /*PartMayCompound=*/false,
                       /*AfterInflectedForm=*/true);
    return std::nullopt;
  }
};

} // namespace

std::unique_ptr<Rule> createMissingSpaceRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<MissingSpaceRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  R->Glued = GluedWordLists::read(O);
  R->HeadsOfNoWord = SmallWords::of(O.strings("heads-of-no-word"));
  R->SentenceHeads = SmallWords::of(O.strings("sentence-heads"));
  R->Prepositions = SmallWords::of(O.strings("glued-prepositions"));
  R->DefiniteEndings = SmallWords::of(O.strings("definite-endings"));
  R->VerbalNounEndings = SmallWords::of(O.strings("verbal-noun-endings"));
  R->InflectedEndings = SmallWords::of(O.strings("inflected-endings"));
  R->VerbEndingsAfterName = SmallWords::of(O.strings("verb-endings-after-name"));
  R->Units = WordChoice::of(O.strings("units"));
  R->NumberWords = SmallWords::of(O.strings("number-words"));
  R->BeforeNumber = WordChoice::of(O.strings("before-number"));
  R->NumberEndings = WordChoice::of(O.strings("number-endings"));
  R->Endings = WordChoice::of(O.strings("endings"));
  R->HandleWords = WordChoice::of(O.strings("handle-words"));
  R->Inflections = WordChoice::of(O.strings("inflection-endings"));
  R->MarkMessage = O.prose("mark-message").value_or("");
  for (const std::string &A : O.strings("abbreviations"))
    R->Abbreviations.insert(foldText(A));
  for (const std::string &W : O.strings("known-words"))
    R->KnownWords.insert(foldText(W));
  std::optional<Located> Name = O.text("dictionary");
  R->Dict = openDictionary(C, Name ? llvm::StringRef(Name->Value) : "sv_SE");
  return R;
}

} // namespace ibic
