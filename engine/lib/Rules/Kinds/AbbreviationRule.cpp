//===- AbbreviationRule.cpp - Abbreviations a reader may not know ---------===//
//
// Finds the first use in a document of an abbreviation from `entries` that
// is not written out right there: "särskilt boende (SÄBO)", "SÄBO (särskilt
// boende)" or "plan, SIP,". Forms match with or without dots and capitals,
// and with an ending after a colon ("usk:n"). Unit: the document.
//
// Three detectors find what no list holds, with `ordinary` and `ignore` as
// the allow layer: a shortened word ("Sjuksk.", "Handl. ringde",
// "omv.pers."), a word Hunspell does not know that begins one it does and
// is cut by a dot before the sentence goes on (`shortened-words: true`),
// also a compound ("Hälsobed.": "hälso" and the start of "bedömning") and
// one joined by its dot to a word that ends the compound ("enh.chef");
// frequency shorthand ("2 ggr/mån", "x3/dag": `frequency-units`; "8 tim/mån":
// `frequency-amounts`); a unit of
// time cut short after a count ("var 6:e v": `count-units`); and an
// acronym in capitals (`acronyms: true`) that the case never writes in
// parentheses next to its expansion, unless the word before it says it is
// a name (`names-after`: "av märket TENA").
//
//===----------------------------------------------------------------------===//
#include "Rules/LexiconEntries.h"
#include "Rules/PhrasePattern.h"
#include "Rules/RuleKinds.h"
#include "Rules/SpellingState.h"
#include "Support/SourceFile.h"
#include "Text/Speller.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <set>

namespace ibic {
namespace {

bool isAsciiLower(char C) { return C >= 'a' && C <= 'z'; }
bool isAsciiUpper(char C) { return C >= 'A' && C <= 'Z'; }

/// Inflected forms of the expansion explain too ("Undersköterskan (usk)").
constexpr size_t MaxEnding = 4;

/// True when \p Text, folded, ends with \p Wanted and an inflection ending.
bool endsWithInflected(llvm::StringRef Text, llvm::StringRef Wanted) {
  std::string Folded = foldText(Text);
  llvm::StringRef F = Folded;
  size_t At = F.rfind(Wanted);
  return At != llvm::StringRef::npos && F.size() - (At + Wanted.size()) <= MaxEnding &&
         llvm::all_of(F.drop_front(At + Wanted.size()),
                      [](char C) { return llvm::isAlpha(C); });
}

/// True when \p Wanted (folded) stands right before the abbreviation, which
/// is in parentheses or set off by a comma ("plan, SIP,"), or right after it
/// in parentheses or after an equals sign ("usk = undersköterska").
bool explained(llvm::StringRef Before, llvm::StringRef After, llvm::StringRef Wanted) {
  Before = Before.rtrim();
  if (Before.consume_back("(") || Before.consume_back(","))
    if (endsWithInflected(Before.rtrim(), Wanted))
      return true;
  After = After.ltrim();
  if (After.consume_front("(") || After.consume_front("=")) {
    std::string Folded = foldText(After.ltrim().take_front(Wanted.size() + 8));
    if (llvm::StringRef(Folded).startswith(Wanted))
      return true;
  }
  return false;
}

class AbbreviationRule final : public Rule {
public:
  AbbreviationRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    // "First use" is first in the text, so read paragraphs in source order.
    std::vector<const Paragraph *> Ordered(U.Paragraphs.begin(), U.Paragraphs.end());
    std::stable_sort(Ordered.begin(), Ordered.end(), [](const Paragraph *A, const Paragraph *B) {
      return A->Span->Offset < B->Span->Offset;
    });
    std::set<uint32_t> Seen;
    llvm::StringSet<> SeenWords;
    for (const Paragraph *P : Ordered) {
      detect(U, *P, SeenWords, Ctx);
      // A form inside one reported already is the same abbreviation:
      // "handl." of "LSS-handl.".
      uint32_t ReportedEnd = 0;
      for (const LexiconIndex::Hit &H : P->Hits) {
        if (H.List != List || Seen.count(H.Entry))
          continue;
        llvm::StringRef Text = P->Text;
        uint32_t Begin = P->Tokens[H.First].Begin, End = P->Tokens[H.Last].End;
        // A web address spells its path in letters, not abbreviations
        // ("www.example.se/lss-dv").
        if (Begin < ReportedEnd || P->inWebAddress(Begin, End) || P->inIdentifier(Begin, End) ||
            citation(*P, P->Tokens[H.Last]))
          continue;
        if (!Exclude.empty()) {
          const Sentence *S = P->sentenceAt(Begin);
          if (S && anyMatch(Exclude, SentenceView::of(*P, *S)))
            continue;
        }
        Seen.insert(H.Entry);
        // A trailing dot belongs to the abbreviation ("u.s.k.", and "sjuksk."
        // where the sentence goes on: before a capital it is also the full
        // stop, which the fix must keep).
        llvm::StringRef Rest = Text.drop_front(std::min<size_t>(End + 1, Text.size())).ltrim(' ');
        if (End < Text.size() && Text[End] == '.' &&
            (Text.slice(Begin, End).contains('.') ||
             (Shortened.count(LexiconIndex::abbreviationKey(P->Tokens[H.First].Folded)) &&
              !Rest.empty() && !isAsciiUpper(Rest[0]))))
          ++End;
        const LexiconEntry &E = Entries[H.Entry];
        if (explained(Text.take_front(Begin), Text.drop_front(End), Expansions[H.Entry]) ||
            explainedInOtherWords(*P, H.First, End, Expansions[H.Entry]))
          continue;
        llvm::StringRef Written = Text.slice(Begin, End);
        const std::string &Expansion = E.Suggestions.front();
        // A word cut short is written out; an acronym is explained.
        std::string Fix = Written.endswith(".") && !Written.drop_back().contains('.')
                              ? Expansion
                              : Expansion + " (" + Written.str() + ")";
        if (P->Tokens[H.First].has(Token::Capitalised) && !Fix.empty() &&
            llvm::StringRef(Fix).startswith(Expansion) && Fix[0] >= 'a' && Fix[0] <= 'z') {
          const Sentence *S = P->sentenceAt(Begin);
          if (S && S->FirstToken == H.First)
            Fix[0] = Fix[0] - 'a' + 'A';
        }
        report(Ctx, U, *P, Begin, End,
               {{"match", Written}, {"suggestion", Expansion}, {"reason", E.Reason}}, Fix);
        ReportedEnd = End;
      }
    }
  }

  std::vector<LexiconEntry> Entries;
  std::vector<std::string> Expansions; ///< Folded first suggestions.
  LexiconIndex::ListId List = 0;
  /// Abbreviation keys (folded, no dots) never reported: the entries', the
  /// ignored and the ordinary ones.
  llvm::StringSet<> Known;
  /// Of those, the ignored and the ordinary ones.
  llvm::StringSet<> Ordinary;
  std::shared_ptr<Dictionary> Dict; ///< For shortened words; null: off.
  bool Acronyms = false;
  /// Words a name in capitals follows ("märket"): no acronym.
  WordChoice NamesAfter;
  /// Small words an explanation has that give no letter of its acronym
  /// ("symtom vid demens (BPSD)").
  WordChoice InitialsSkip;
  /// Keys of forms written as a word cut short by a dot ("sjuksk.").
  llvm::StringSet<> Shortened;
  std::vector<PhrasePattern> Exclude; ///< Sentences where an entry means something else.
  WordChoice Times;
  std::vector<std::pair<WordChoice, std::string>> Per;
  /// A unit cut short after a count (`count-units`), or an amount before a
  /// slash (`frequency-amounts`: "8 tim/mån"), with the word written out
  /// after one or an ordinal and after more.
  struct CountUnit {
    WordChoice Forms;
    std::string One, Many;
  };
  std::vector<CountUnit> Counted, Amounts;
  std::string ShortenedMessage, AcronymMessage, FrequencyMessage;

private:
  void detect(const RuleUnit &U, const Paragraph &P, llvm::StringSet<> &Seen,
              RuleContext &Ctx) const {
    llvm::StringRef Text = P.Text;
    for (size_t I = 0; I < P.Tokens.size(); ++I) {
      const Token &T = P.Tokens[I];
      if (!Counted.empty() && counted(U, P, I, Seen, Ctx))
        continue;
      if (!Per.empty() && T.has(Token::Digits) && times(U, P, I, Seen, Ctx))
        continue;
      // Most words are none of the three: not before '/' or '.', and not
      // in capitals after the first letter.
      char Next = T.End < Text.size() ? Text[T.End] : ' ';
      if (Next != '/' && Next != '.' && !(Acronyms && T.has(Token::UpperAfterFirst)) &&
          !P.textOf(T).contains('.'))
        continue;
      // A word before a hyphen is the first part of a compound, which is
      // no word cut short; an acronym stays one there ("KTE-platser").
      bool Capitals = Acronyms && T.has(Token::UpperAfterFirst);
      if (!T.has(Token::Letters) || P.quoted(T.Begin, T.End) || P.inIdentifier(T.Begin, T.End) ||
          P.inWebAddress(T.Begin, T.End) ||
          (T.End < Text.size() && ((Text[T.End] == '-' && !Capitals) || Text[T.End] == '@')) ||
          (T.Begin > 0 && (Text[T.Begin - 1] == '-' || Text[T.Begin - 1] == '@' ||
                           Text[T.Begin - 1] == '/')))
        continue;
      if (!Per.empty() && frequency(U, P, I, Seen, Ctx))
        continue;
      if (slashed(U, P, I, Seen, Ctx))
        continue;
      std::string Key = LexiconIndex::abbreviationKey(T.Folded);
      if (Known.count(Key))
        continue;
      // A word in capitals before a full stop is an acronym ending the
      // sentence ("remiss till BUP."), not a word cut short.
      if (Dict && T.End < Text.size() && Text[T.End] == '.' && !T.has(Token::UpperAfterFirst))
        shortened(U, P, T, Key, Seen, Ctx);
      else if (!(Dict && joined(U, P, T, Key, Seen, Ctx)) && Acronyms && !inCapitalText(P, I) &&
               !(I > 0 && NamesAfter.contains(P.Tokens[I - 1].Folded)))
        acronym(U, P, T, Key, Seen, Ctx);
    }
  }

  /// Whether token \p I is a word in capitals beside another token in
  /// capitals ("SAMMANFATTNING OCH BEDÖMNING", "MÖLNEBY TAXI AB"): a
  /// heading or a name written in capitals, not acronyms. A word the
  /// dictionary does not know is one only beside another such word, and
  /// one of the two longer than acronyms are ("ASSA ABLOY"; not "SÄBO" in
  /// "BEDÖMNING SÄBO").
  bool inCapitalText(const Paragraph &P, size_t I) const {
    auto Capitals = [&](size_t K) {
      const Token &T = P.Tokens[K];
      return T.has(Token::UpperAfterFirst) && !T.has(Token::Digits);
    };
    if (!Dict || !Capitals(I))
      return false;
    bool Known = Dict->spell(P.Tokens[I].Folded);
    constexpr size_t LongerThanAcronyms = 5;
    auto Beside = [&](size_t A, size_t B) {
      size_t Other = A == I ? B : A;
      if (!Capitals(Other) ||
          !llvm::all_of(P.Text.slice(P.Tokens[A].End, P.Tokens[B].Begin),
                        [](char C) { return C == ' '; }))
        return false;
      return Known || (!Dict->spell(P.Tokens[Other].Folded) &&
                       std::max(countCodePoints(P.textOf(P.Tokens[A])),
                                countCodePoints(P.textOf(P.Tokens[B]))) >= LongerThanAcronyms);
    };
    return (I > 0 && Beside(I - 1, I)) || (I + 1 < P.Tokens.size() && Beside(I, I + 1));
  }

  /// "2 ggr/mån", "x3/dag": a count and a unit of time joined by a slash.
  bool frequency(const RuleUnit &U, const Paragraph &P, size_t I, llvm::StringSet<> &Seen,
                 RuleContext &Ctx) const {
    const Token &T = P.Tokens[I];
    llvm::StringRef Text = P.Text;
    if (I + 1 >= P.Tokens.size() || T.End + 1 != P.Tokens[I + 1].Begin || Text[T.End] != '/')
      return false;
    const Token &Unit = P.Tokens[I + 1];
    llvm::StringRef Count = T.Folded, Number;
    auto Amount = llvm::find_if(Amounts, [&](const CountUnit &A) { return A.Forms.contains(Count); });
    if (Count.size() > 1 && Count[0] == 'x' && llvm::all_of(Count.drop_front(), llvm::isDigit))
      Number = P.textOf(T).drop_front();
    else if (!Times.contains(Count) && Amount == Amounts.end())
      return false;
    auto It = llvm::find_if(Per, [&](const auto &E) { return E.first.contains(Unit.Folded); });
    if (It == Per.end())
      return false;
    uint32_t End = Unit.End;
    // "ggr/v. och": the dot is the abbreviation's; before a capital it also
    // ends the sentence, and stays.
    llvm::StringRef Rest = Text.drop_front(End + 1).ltrim(' ');
    if (End < Text.size() && Text[End] == '.' && Unit.Folded.size() <= 3 && !Rest.empty() &&
        isAsciiLower(Rest[0]))
      ++End;
    llvm::StringRef Written = Text.slice(T.Begin, End);
    if (!Seen.insert(Written.lower()).second)
      return true;
    bool One = Number == "1";
    if (Number.empty() && I > 0) {
      llvm::StringRef Before = P.Tokens[I - 1].Folded;
      One = Before == "1" || Before == "en" || Before == "ett";
    }
    llvm::StringRef What = Amount == Amounts.end() ? (One ? "gång" : "gånger")
                           : One                    ? llvm::StringRef(Amount->One)
                                                    : llvm::StringRef(Amount->Many);
    std::string Fix = (Number.empty() ? "" : Number.str() + " ") + What.str() + " " + It->second;
    report(Ctx, U, P, T.Begin, End, {{"match", Written}, {"suggestion", Fix}}, Fix,
           FrequencyMessage);
    return true;
  }

  /// "u/a", "m/påklädning": one letter and a slash before a word stand
  /// for words. Not a unit ("m/s", "l/min": an ordinary abbreviation after
  /// the slash). Whether it was one.
  bool slashed(const RuleUnit &U, const Paragraph &P, size_t I, llvm::StringSet<> &Seen,
               RuleContext &Ctx) const {
    const Token &T = P.Tokens[I];
    if (I + 1 >= P.Tokens.size() || countCodePoints(T.Folded) != 1 || T.has(Token::Digits) ||
        P.Text[T.End] != '/')
      return false;
    const Token &After = P.Tokens[I + 1];
    if (After.Begin != T.End + 1 || !After.has(Token::Letters) || After.has(Token::Digits) ||
        Known.count(LexiconIndex::abbreviationKey(After.Folded)))
      return false;
    llvm::StringRef Written = P.Text.slice(T.Begin, After.End);
    // "m/påklädning": the letter and its slash are the shorthand.
    if (countCodePoints(After.Folded) > 2)
      Written = P.Text.slice(T.Begin, T.End + 1);
    if (Seen.insert(Written.lower()).second)
      report(Ctx, U, P, T.Begin, T.Begin + Written.size(), {{"match", Written}, {"suggestion", ""}},
             "", ShortenedMessage);
    return true;
  }

  /// "bytt x3 under natten", "Movicol 1x3": how often, and how much each
  /// time, in shorthand with no unit of time ("x3/dag" is frequency()). A
  /// dose is not fixed with one click: only the writer knows its unit.
  bool times(const RuleUnit &U, const Paragraph &P, size_t I, llvm::StringSet<> &Seen,
             RuleContext &Ctx) const {
    const Token &T = P.Tokens[I];
    llvm::StringRef Word = T.Folded;
    auto [Dose, Count] = Word.split('x');
    auto Number = [](llvm::StringRef N, size_t Min) {
      return N.size() >= Min && N.size() <= 2 && llvm::all_of(N, llvm::isDigit);
    };
    if (!Number(Dose, 0) || !Number(Count, 1) || (T.End < P.Text.size() && P.Text[T.End] == '/') ||
        P.quoted(T.Begin, T.End) || P.inIdentifier(T.Begin, T.End))
      return false;
    // "3x4 meter" is a size.
    static const llvm::StringRef Lengths[] = {"m", "meter", "cm", "mm", "dm", "km"};
    if (I + 1 < P.Tokens.size() && llvm::is_contained(Lengths, P.Tokens[I + 1].Folded))
      return false;
    llvm::StringRef Written = P.textOf(T);
    if (!Seen.insert(Word).second)
      return true;
    std::string Often = (Count + " gånger").str();
    if (Dose.empty())
      report(Ctx, U, P, T.Begin, T.End, {{"match", Written}, {"suggestion", Often}}, Often,
             FrequencyMessage);
    else {
      std::string Spelt = (Dose + " åt gången, " + Often + " om dagen").str();
      report(Ctx, U, P, T.Begin, T.End, {{"match", Written}, {"suggestion", Spelt}}, "",
             FrequencyMessage);
    }
    return true;
  }

  /// "var 6:e v", "om 3 v.": a unit of time cut to its first letters after
  /// a number or an ordinal.
  bool counted(const RuleUnit &U, const Paragraph &P, size_t I, llvm::StringSet<> &Seen,
               RuleContext &Ctx) const {
    // Every word is asked, so what the text before it says comes first:
    // few words follow a number.
    const Token &T = P.Tokens[I];
    if (!T.has(Token::Letters) || T.has(Token::Digits))
      return false;
    llvm::StringRef Text = P.Text, Before = Text.take_front(T.Begin);
    if (!Before.consume_back(" ") || Before.endswith(" "))
      return false;
    bool Ordinal = Before.consume_back(":e") || Before.consume_back(":a");
    if (Before.empty() || !llvm::isDigit(Before.back()))
      return false;
    size_t Digits = Before.size() - Before.rtrim("0123456789").size();
    if (Digits == 0 || Digits > 3)
      return false;
    auto It = llvm::find_if(Counted, [&](const CountUnit &C) { return C.Forms.contains(T.Folded); });
    if (It == Counted.end() || P.quoted(T.Begin, T.End))
      return false;
    // The count is a number of its own ("var 6:e v", "om 3 v"), not the
    // end of a date or code.
    llvm::StringRef Count = Before.take_back(Digits);
    Before = Before.drop_back(Digits);
    if (!Before.empty() && Before.back() != ' ' && Before.back() != '(')
      return false;
    uint32_t End = T.End;
    llvm::StringRef Rest = Text.drop_front(std::min<size_t>(End + 1, Text.size())).ltrim(' ');
    char After = End < Text.size() ? Text[End] : ' ';
    if (After == '/' || After == '-' || (After == '.' && !Rest.empty() && llvm::isDigit(Rest[0])))
      return false; // "ggr/v", "v-tecken", "v. 12" (a week's number)
    // "om 3 v. och": the dot is the abbreviation's; before a capital it also
    // ends the sentence, and stays.
    if (After == '.' && !Rest.empty() && isAsciiLower(Rest[0]))
      ++End;
    llvm::StringRef Written = Text.slice(T.Begin, End);
    if (!Seen.insert(("#" + Written.lower())).second)
      return true;
    const std::string &Fix = Ordinal || Count == "1" ? It->One : It->Many;
    report(Ctx, U, P, T.Begin, End, {{"match", Written}, {"suggestion", Fix}}, Fix,
           FrequencyMessage);
    return true;
  }

  /// "Sjuksk. ringde", "omv.pers.": a word cut short by a dot.
  void shortened(const RuleUnit &U, const Paragraph &P, const Token &T,
                 const std::string &Key, llvm::StringSet<> &Seen, RuleContext &Ctx) const {
    llvm::StringRef Text = P.Text, Word = P.textOf(T), Folded = T.Folded;
    if (T.has(Token::Digits) || T.has(Token::UpperAfterFirst) || Word.contains(':') ||
        nameInSentence(P, T))
      return;
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Folded.split(Parts, '.');
    // The sentence goes on after the dot, so it is no full stop; or the word
    // has dots inside. Asked first: most words before a dot end a sentence.
    bool Continues = goesOnAfterDot(Text, T.End);
    if (!Continues && Parts.size() < 2)
      return;
    // A longer part is only a compound cut short ("hälsobed."), unless it is
    // the whole word and the sentence goes on after it ("Fysioterap. har").
    bool LongCutAllowed = Parts.size() == 1 && Continues;
    bool Cut = false;
    for (llvm::StringRef Part : Parts) {
      if (Part.empty() || Part.size() > MaxCompoundCut)
        return;
      if (Part.size() >= 2 && !Dict->spell(Part) &&
          (Part.size() <= 6 || LongCutAllowed ? beginsWord(Part) : compoundCut(Part)))
        Cut = true;
      else if (Part.size() > 6)
        return;
    }
    if (!Cut || !Seen.insert(Key).second)
      return;
    llvm::StringRef Written = Text.slice(T.Begin, T.End + 1);
    report(Ctx, U, P, T.Begin, T.End + 1, {{"match", Written}, {"suggestion", ""}}, "",
           ShortenedMessage);
  }

  /// "avd.chef", "hemtj.personal": a word cut short, joined by its dot to
  /// the word it makes a compound with. Whether it was one.
  bool joined(const RuleUnit &U, const Paragraph &P, const Token &T, const std::string &Key,
              llvm::StringSet<> &Seen, RuleContext &Ctx) const {
    llvm::StringRef Word = P.textOf(T);
    if (T.has(Token::Digits) || T.has(Token::UpperAfterFirst) || Word.contains(':') ||
        nameInSentence(P, T))
      return false;
    auto [Head, Rest] = T.Folded.split('.');
    // Not an ordinary abbreviation joined to a word ("tel.nr").
    if (Rest.empty() || Rest.contains('.') || Head.size() < 2 || Head.size() > 6 ||
        Ordinary.count(LexiconIndex::abbreviationKey(Head)) || Dict->spell(Head) ||
        !beginsWord(Head) || !Dict->spell(Rest))
      return false;
    if (Seen.insert(Key).second)
      report(Ctx, U, P, T.Begin, T.End, {{"match", Word}, {"suggestion", ""}}, "",
             ShortenedMessage);
    return true;
  }

  /// Whether \p T is capitalised inside a sentence: a name.
  static bool nameInSentence(const Paragraph &P, const Token &T) {
    llvm::StringRef Before = P.Text.take_front(T.Begin).rtrim();
    return T.has(Token::Capitalised) && !Before.empty() && !Before.endswith(".") &&
           !Before.endswith("!") && !Before.endswith("?") && !Before.endswith(":") &&
           !Before.endswith("\n");
  }

  bool beginsWord(llvm::StringRef Part) const {
    return Dict->beginsWord(Part) || compoundCut(Part);
  }

  /// A compound cut short: "boendest." is "boende" and the start of "stöd",
  /// "hälsobed." the compound form "hälso" and the start of "bedömning".
  bool compoundCut(llvm::StringRef Part) const {
    for (size_t At = 3; At + 3 <= Part.size(); ++At) {
      if ((static_cast<unsigned char>(Part[At]) & 0xC0) == 0x80)
        continue;
      llvm::StringRef Head = Part.take_front(At);
      if ((Dict->spell(Head) || Dict->isStem(Head)) && Dict->beginsWord(Part.drop_front(At)))
        return true;
    }
    return false;
  }

  /// Bytes in the longest part a compound cut short may have.
  static constexpr size_t MaxCompoundCut = 16;

  /// "KTB", "BPSD": capitals only, never written out in the case.
  void acronym(const RuleUnit &U, const Paragraph &P, const Token &T, const std::string &Key,
               llvm::StringSet<> &Seen, RuleContext &Ctx) const {
    // An ending after a colon belongs to the acronym ("GM:s", "LSS:en").
    auto [Word, Ending] = P.textOf(T).split(':');
    if (!llvm::all_of(Ending, isAsciiLower))
      return;
    if (Word.size() < 2 || Word.size() > 6 || T.has(Token::Digits) ||
        !llvm::all_of(Word, [](char C) { return isAsciiUpper(C) || (C & 0x80); }) ||
        !T.has(Token::UpperAfterFirst) || Seen.count(Key))
      return;
    if (explainedInCase(U, Word) || explainedAfterCompound(P, T) || label(P, T) ||
        registrationPlate(P, T, Word) || citation(P, T))
      return;
    Seen.insert(Key);
    report(Ctx, U, P, T.Begin, T.Begin + Word.size(), {{"match", Word}, {"suggestion", ""}}, "",
           AcronymMessage);
  }

  /// An acronym in parentheses after other words than the list's that
  /// explain it: words that begin with its letters, `initials-skip` aside
  /// ("psykiska symtom vid demens (BPSD)"), or the words of \p Expansion
  /// inflected, among the few before it ("särskilda boenden för äldre
  /// (SÄBO)").
  bool explainedInOtherWords(const Paragraph &P, size_t First, uint32_t End,
                             llvm::StringRef Expansion) const {
    const Token &T = P.Tokens[First];
    if (First == 0 || End >= P.Text.size() || P.Text[End] != ')' ||
        P.Text.slice(P.Tokens[First - 1].End, T.Begin).trim() != "(")
      return false;
    llvm::ArrayRef<Token> Before = llvm::ArrayRef(P.Tokens).take_front(First);
    return initialsBefore(Before, P.textOf(T)) || stemsBefore(Before, Expansion);
  }

  bool initialsBefore(llvm::ArrayRef<Token> Before, llvm::StringRef Acronym) const {
    if (!llvm::all_of(Acronym, isAsciiUpper))
      return false;
    size_t Letter = Acronym.size();
    for (const Token &W : llvm::reverse(Before)) {
      if (Letter == 0)
        break;
      if (InitialsSkip.contains(W.Folded))
        continue;
      if (W.Folded.empty() || W.Folded[0] != llvm::toLower(Acronym[Letter - 1]))
        return false;
      --Letter;
    }
    return Letter == 0;
  }

  /// Whether each word of \p Expansion begins like one of the last words
  /// of \p Before: its first five bytes, or all of a shorter word.
  static bool stemsBefore(llvm::ArrayRef<Token> Before, llvm::StringRef Expansion) {
    constexpr size_t Near = 6, Stem = 5;
    llvm::ArrayRef<Token> Last = Before.take_back(Near);
    llvm::SmallVector<llvm::StringRef, 4> Words;
    Expansion.split(Words, ' ', -1, /*KeepEmpty=*/false);
    return !Words.empty() && llvm::all_of(Words, [&](llvm::StringRef Word) {
      return llvm::any_of(Last, [&](const Token &W) {
        return W.Folded.startswith(Word.take_front(Stem));
      });
    });
  }

  /// "MÅL: Ulla vill …": a word in capitals before a colon labels what
  /// follows.
  bool label(const Paragraph &P, const Token &T) const {
    return Dict && T.End < P.Text.size() && P.Text[T.End] == ':' && Dict->spell(T.Folded);
  }

  /// "registreringsnummer KLM 482", "ABC 12A": three capitals and a car's
  /// number, not an acronym.
  static bool registrationPlate(const Paragraph &P, const Token &T, llvm::StringRef Word) {
    llvm::StringRef After = P.Text.drop_front(T.End);
    if (Word.size() != 3 || !After.consume_front(" "))
      return false;
    llvm::StringRef Number = After.take_while([](char C) { return llvm::isAlnum(C); });
    return Number.size() == 3 && llvm::isDigit(Number[0]) && llvm::isDigit(Number[1]) &&
           (llvm::isDigit(Number[2]) || isAsciiUpper(Number[2]));
  }

  /// "SOSFS 2014:5", "HSLF-FS 2016:40", "SFS, 2010:659": a statute book
  /// with the year and number of a statute in it is a citation, as "SFS
  /// 2001:453" is, not the workplace's jargon; so is a committee's diary
  /// number ("Dnr SN 2025/0417").
  static bool citation(const Paragraph &P, const Token &T) {
    llvm::StringRef After = P.Text.drop_front(T.End);
    if (After.consume_front("-")) // the book's name goes on ("HSLF-FS")
      After = After.drop_while(isAsciiUpper);
    After.consume_front(","); // "(SFS, 2010:659)"
    if (!After.consume_front(" "))
      return false;
    llvm::StringRef Year = After.take_while(llvm::isDigit);
    After = After.drop_front(Year.size());
    return Year.size() == 4 && (After.consume_front(":") || After.consume_front("/")) &&
           !After.empty() && llvm::isDigit(After.front());
  }

  /// "ASI-intervjun (Addiction Severity Index)": the compound an acronym
  /// begins is explained in parentheses right after it.
  static bool explainedAfterCompound(const Paragraph &P, const Token &T) {
    llvm::StringRef After = P.Text.drop_front(T.End);
    if (!After.consume_front("-"))
      return false;
    After = After.drop_while([](char C) { return C != ' ' && C != '(' && C != ','; });
    return After.ltrim(' ').startswith("(");
  }

  /// Whether some paragraph of the case writes "(ABC)", "ABC (" or "ABC =".
  static bool explainedInCase(const RuleUnit &U, llvm::StringRef Word) {
    std::string InParentheses = ("(" + Word + ")").str(), Before = (Word + " (").str(),
                Defined = (Word + " =").str();
    auto In = [&](const DocumentAnalysis &D) {
      return llvm::any_of(D.Paragraphs, [&](const Paragraph &P) {
        return P.Text.contains(InParentheses) || P.Text.contains(Before) ||
               P.Text.contains(Defined);
      });
    };
    if (U.Case)
      return llvm::any_of(U.Case->Documents, In);
    return U.Doc && In(*U.Doc);
  }
};

} // namespace

std::unique_ptr<Rule> createAbbreviationRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<AbbreviationRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  std::set<std::string> Ignored;
  for (const std::string &I : O.strings("ignore"))
    Ignored.insert(LexiconIndex::abbreviationKey(foldText(I)));
  R->Entries = readLexiconEntries(O);
  for (const std::string &I : O.strings("ordinary"))
    R->Ordinary.insert(LexiconIndex::abbreviationKey(foldText(I)));
  for (const std::string &I : Ignored)
    R->Ordinary.insert(I);
  for (const auto &K : R->Ordinary)
    R->Known.insert(K.getKey());
  for (const LexiconEntry &E : R->Entries)
    for (const std::string &F : E.Forms)
      R->Known.insert(LexiconIndex::abbreviationKey(foldText(F)));
  if (O.flag("shortened-words", false))
    R->Dict = openDictionary(C);
  R->Acronyms = O.flag("acronyms", false);
  R->NamesAfter = WordChoice::of(O.strings("names-after"));
  R->InitialsSkip = WordChoice::of(O.strings("initials-skip"));
  R->Exclude = parsePhrasePatterns(O.list("exclude"), O.lists("words"), C);
  R->Times = WordChoice::of(O.strings("frequency-counts"));
  for (auto &[Fix, Units] : O.lists("frequency-units"))
    R->Per.push_back({WordChoice::of(Units), Fix});
  auto ReadUnits = [&](llvm::StringRef Key, std::vector<AbbreviationRule::CountUnit> &Out) {
    O.each(Key, [&](KindOptions &C) {
      AbbreviationRule::CountUnit Unit{WordChoice::of(C.strings("forms")), "", ""};
      std::optional<Located> One = C.text("one"), Many = C.text("many");
      if (!One || !Many || Unit.Forms.empty()) {
        C.missing(!One ? "one" : !Many ? "many" : "forms");
        return;
      }
      Unit.One = One->Value;
      Unit.Many = Many->Value;
      Out.push_back(std::move(Unit));
    });
  };
  ReadUnits("count-units", R->Counted);
  ReadUnits("frequency-amounts", R->Amounts);
  R->ShortenedMessage = O.prose("shortened-message").value_or("");
  R->AcronymMessage = O.prose("acronym-message").value_or("");
  R->FrequencyMessage = O.prose("frequency-message").value_or("");
  R->List = C.Lexicons.newList();
  for (size_t N = 0; N < R->Entries.size(); ++N) {
    const LexiconEntry &E = R->Entries[N];
    if (E.Suggestions.empty()) {
      O.error(E.Loc, "förkortningen " + (E.Forms.empty() ? std::string() : E.Forms.front()) +
                         " saknar suggestions (det utskrivna ordet)");
      R->Expansions.push_back("");
      continue;
    }
    R->Expansions.push_back(foldText(E.Suggestions.front()));
    for (const std::string &F : E.Forms)
      if (llvm::StringRef(F).endswith(".") && llvm::StringRef(F).count('.') == 1)
        R->Shortened.insert(LexiconIndex::abbreviationKey(foldText(F)));
    for (const std::string &F : E.Forms)
      if (!Ignored.count(LexiconIndex::abbreviationKey(foldText(F))))
        C.Lexicons.add(R->List, N, F, LexiconIndex::Match::Abbreviation);
  }
  return R;
}

} // namespace ibic
