//===- SpellingRule.cpp - Words the dictionary does not know --------------===//
//
// Finds words Hunspell (`dictionary`, default sv_SE) does not know, with a
// correction one edit away when there is one. Names (capitalised inside a
// sentence), abbreviations in capitals, codes, numbers, quoted words,
// identifiers, web addresses and the project's word list of care, IBIC
// and ICF terms (`ignore`) are never checked, nor a word of the case's own headings or a
// word whose parts are words the dictionary knows ("välförd": väl + förd,
// also with a linking s) or a word of the list and one it knows
// ("decubitussåret"), nor two words run together, which
// sprak/saknat-mellanslag reports, nor a word cut short by a dot where the sentence
// goes on ("Kontr. av": an abbreviation, another rule's), nor a user name
// or tag ("@felixfotboll"); two sentences glued by a full stop
// ("blomorna.Tvätt") have the word before it checked. At the start of a
// sentence a capital says little, so an unknown word there is taken for a
// name when the case writes it with a capital inside a sentence or names a
// person so, or when no likely typo is one edit away ("Pirjo" is no
// "Purjo") but for a long word's slip of a vowel or a key ("Medecinen",
// "Blodtrycjet"), or when it ends like a place's name and its correction
// is only a compound ("Björkebyvägen"). Each distinct word is looked up once per audit
// and reported once per document, with how often it stands there. A
// suggestion keeps the first letter. Unit: the case, whose own words are
// the first corrections tried.
//
//===----------------------------------------------------------------------===//
#include "Rules/GluedWords.h"
#include "Rules/RuleKinds.h"
#include "Rules/SpellingState.h"
#include "Text/FoldedWordSet.h"

#include "llvm/ADT/CachedHashString.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

#include <string_view>

#include <unicode/utf8.h>

namespace ibic {
namespace {

class SpellingRule final : public Rule {
public:
  SpellingRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  std::unique_ptr<RuleState> newAuditState(AuditCaches &Shared) const override {
    if (!Dict)
      return nullptr;
    Dict->prefetch();
    return std::make_unique<SpellingState>(Shared, *Dict);
  }

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    if (!Dict)
      return;
    SpellingCache &Cache = *Ctx.state<SpellingState>(*this).Cache;
    // The words the writers of this case use, gathered at its first unknown
    // word: the likeliest corrections, found without asking the dictionary
    // about hundreds of candidates.
    llvm::DenseSet<llvm::CachedHashStringRef> Vocabulary;
    auto WrittenInCase = [&](llvm::StringRef Folded) {
      return Vocabulary.contains(llvm::CachedHashStringRef(Folded, wordHash(Folded)));
    };
    FoldedWordSet Headings, Names;
    for (const DocumentAnalysis *D : U.Documents)
      for (const SectionAnalysis &S : D->Sections)
        for (const Token &T : S.HeadingTokens)
          Headings.insert(T.Folded);
    llvm::StringMap<std::string> Suggested; // a typo repeated in the case
    for (const DocumentAnalysis *D : U.Documents) {
      if (!U.OnlyFile.empty() && D->Doc->File->path() != U.OnlyFile)
        continue;
      // Each unknown word once per document: where it first stands, and
      // how often.
      struct Unknown {
        const Paragraph *P;
        Token T;
        unsigned Count;
      };
      llvm::StringMap<Unknown> InDocument;
      std::vector<llvm::StringRef> Order;
      for (const Paragraph &P : D->Paragraphs)
        for (size_t I = 0; I < P.Tokens.size(); ++I) {
          // "blomorna.Tvätt": a sentence glued to the next one; its last
          // word is checked on its own.
          const Token &Whole = P.Tokens[I];
          Token T = beforeGluedSentence(P, Whole).value_or(Whole);
          if (!shouldCheck(P, T) || Headings.contains(T))
            continue;
          llvm::StringRef Written = P.textOf(T);
          if (Cache.known(Written))
            continue;
          // How likely a typo one edit away is: asked at most once.
          std::optional<SpellingCache::Typo> How;
          auto Likelihood = [&] {
            if (!How)
              How = Cache.typoOf(Written);
            return *How;
          };
          // A capital here starts a sentence (shouldCheck). A name the case
          // writes inside a sentence, or a word with no likely typo one edit
          // away, is a name ("Pirjo åt frukost"), not a misspelling.
          if (T.has(Token::Capitalised)) {
            if (Names.empty())
              Names = namesOf(U);
            // But a long word whose correction puts one vowel for another
            // is a slip ("Medecinen", "Ansöken"): a name of seven letters
            // is seldom a word but for a vowel, and one of ten letters
            // seldom a word but for a key beside one ("Blodtrycjet").
            auto Slip = [&] {
              size_t Letters = countCodePoints(T.Folded);
              if (Letters < 7)
                return false;
              std::string Correction = Cache.suggestion(Written);
              return SpellingCache::vowelForVowel(Written, Correction) ||
                     (Letters >= 10 && SpellingCache::neighbourKey(Written, Correction));
            };
            // A place's name ends like one ("Björkebyvägen"), and a
            // correction that is a compound the dictionary builds
            // ("Björkbyvägen") does not make it a typo.
            auto Place = [&] {
              return PlaceEndings.ends(T.Folded) &&
                     Cache.typoToWholeWord(Written) == SpellingCache::Typo::Unlikely;
            };
            if (Names.contains(T) || besideName(P, I) ||
                (Likelihood() == SpellingCache::Typo::Unlikely && !Slip()) || Place())
              continue;
          }
          // A known word and a small word run together ("behöverjag") is
          // a missing space, which sprak/saknat-mellanslag reports, unless
          // a likely typo is one edit away ("somande": somnade); two small
          // words are unless a lost letter is likelier ("medsig", not
          // "kanner").
          llvm::StringRef F = T.Folded;
          if (Glued.twoSmallWords(F) && Likelihood() != SpellingCache::Typo::Likeliest)
            continue;
          // Two words always written apart ("badom"), whatever is one
          // edit away.
          if (Glued.pairSplit(F))
            continue;
          // "somnadei fåtöljen": a small word glued before the next word.
          if (T.End == Whole.End && GluedWordLists::wordFollows(P, I) &&
              Glued.tailBeforeWord(Cache, Written, F))
            continue;
          if ((llvm::any_of(Glued.Tails.endsOf(F, 3),
                            [&](llvm::StringRef Small) {
                              return Cache.known(F.drop_back(Small.size()));
                            }) ||
               llvm::any_of(Glued.Heads.startsOf(F, 2),
                            [&](llvm::StringRef Small) {
                              return Cache.known(F.drop_front(Small.size()));
                            })) &&
              Likelihood() == SpellingCache::Typo::Unlikely)
            continue;
          // After a form that begins no compound, a correction that is
          // itself a compound is the weaker reading ("stortbehov").
          if (splitAfterInflectedForm(*Dict, InflectedEndings, T.Folded) &&
              Cache.typoToWholeWord(Written) == SpellingCache::Typo::Unlikely)
            continue;
          // Two known words make a compound the dictionary lacks, unless
          // a likelier typo is one edit away ("noggrannt": noggrant) that
          // is not the seam's own double s ("dagsstruktur"; but
          // "fortssätta"). A correction that is itself only a compound
          // the dictionary builds is the weaker reading, and the writer's
          // compound stands ("måltidsvärdarna", not "måltidsvårdarna";
          // "utförarled", not "utförareld"), unless it gives a letter back
          // its ring or dots ("stodhandtag": stödhandtag).
          SpellingCache::Join J = Cache.joinsTwoWords(F);
          bool Seam = J == SpellingCache::Join::LinkBeforeS &&
                      llvm::none_of(HeadsWithoutLink.startsOf(F, 2),
                                    [&](llvm::StringRef Head) { return F.drop_front(Head.size()).startswith("ss"); });
          auto OnlyACompoundAway = [&] {
            return Cache.typoToWholeWord(Written) == SpellingCache::Typo::Unlikely &&
                   !SpellingCache::lostDiacritic(Written, Cache.suggestion(Written));
          };
          if (Seam || (J != SpellingCache::Join::None &&
                       (Likelihood() == SpellingCache::Typo::Unlikely || OnlyACompoundAway())))
            continue;
          // A word of the word list and a word the dictionary knows, in
          // either order ("decubitussåret", "läkemedelsdispensern"), the
          // same unless a likely typo is one edit away (asked last: it
          // costs a search for corrections).
          if (listedPartOfCompound(F, Cache) && Likelihood() == SpellingCache::Typo::Unlikely)
            continue;
          auto [It, New] = InDocument.try_emplace(T.Folded, Unknown{&P, T, 0});
          ++It->second.Count;
          if (New)
            Order.push_back(It->getKey());
        }
      for (llvm::StringRef Key : Order) {
        const Unknown &W = InDocument.find(Key)->second;
        const Paragraph &P = *W.P;
        const Token &T = W.T;
        llvm::StringRef Written = P.textOf(T);
        {
          if (Vocabulary.empty())
            for (const DocumentAnalysis *Other : U.Documents)
              for (const Paragraph &Q : Other->Paragraphs)
                for (const Token &W : Q.Tokens)
                  if (W.has(Token::Letters))
                    Vocabulary.insert(llvm::CachedHashStringRef(
                        W.Folded, W.Hash ? W.Hash : wordHash(W.Folded)));
          auto [It, New] = Suggested.try_emplace(Written);
          if (New)
            It->second = Cache.suggestion(Written, WrittenInCase);
          const std::string &Suggestion = It->second;
          std::string Count =
              W.Count > 1 ? " (" + std::to_string(W.Count) + " gånger i dokumentet)" : "";
          reportSource(Ctx, *D->Doc, P.Unit, P.sourceOffset(T.Begin),
                       P.sourceOffset(T.End),
                       {{"match", Written}, {"suggestion", Suggestion}, {"count", Count}},
                       Suggestion, Suggestion.empty() ? NoSuggestionMessage : "");
        }
      }
    }
  }

  std::shared_ptr<Dictionary> Dict;
  FoldedWordSet Accepted;
  GluedWordLists Glued;
  /// Forms that begin no compound (`inflected-endings`): "tackadenej".
  SmallWords InflectedEndings;
  /// Last parts of places' names (`place-endings`: "vägen", "gatan").
  SmallWords PlaceEndings;
  /// Heads that never take a linking "s" (`heads-without-link`).
  SmallWords HeadsWithoutLink;
  /// The message when no correction is close enough to suggest.
  std::string NoSuggestionMessage;

private:
  /// Whether \p Folded is a word of `ignore` of four letters or more,
  /// perhaps with a linking "s", and a word of three letters or more that
  /// the dictionary knows; or such a known word, perhaps with a linking
  /// "s", and a word of `ignore` of four letters or more.
  bool listedPartOfCompound(llvm::StringRef Folded, SpellingCache &Cache) const {
    constexpr size_t MinListed = 4, MinKnown = 3;
    auto WithLink = [&](llvm::StringRef Head, auto Is) {
      return Is(Head) || (Head.endswith("s") && Is(Head.drop_back()));
    };
    auto Listed = [&](llvm::StringRef W) { return Accepted.contains(W); };
    auto Known = [&](llvm::StringRef W) { return Cache.known(W); };
    for (size_t At = MinKnown; At + MinKnown <= Folded.size(); ++At) {
      llvm::StringRef Head = Folded.take_front(At), Tail = Folded.drop_front(At);
      if ((static_cast<unsigned char>(Folded[At]) & 0xC0) == 0x80)
        continue;
      size_t HeadLetters = countCodePoints(Head), TailLetters = countCodePoints(Tail);
      if (HeadLetters >= MinListed && TailLetters >= MinKnown && WithLink(Head, Listed) &&
          Known(Tail))
        return true;
      if (HeadLetters >= MinKnown && TailLetters >= MinListed && Listed(Tail) &&
          WithLink(Head, Known))
        return true;
    }
    return false;
  }

  /// The word before the dot of \p T when \p T is two sentences run
  /// together ("blomorna.Tvätt"): one dot, a word of small letters before
  /// it and a capital after it. Not an abbreviation ("t.ex.Hon" has two
  /// dots), an address or a file name ("plan.pdf").
  static std::optional<Token> beforeGluedSentence(const Paragraph &P, const Token &T) {
    llvm::StringRef Word = P.textOf(T);
    size_t Dot = Word.find('.');
    if (Dot == llvm::StringRef::npos || Word.count('.') != 1 || Dot < 3 ||
        T.has(Token::Digits) || !startsUpper(Word.drop_front(Dot + 1)) ||
        Word.size() - Dot < 3 ||
        llvm::any_of(Word.slice(1, Dot), [](char C) { return C >= 'A' && C <= 'Z'; }))
      return std::nullopt;
    Token Part = T;
    Part.End = T.Begin + Dot;
    Part.Folded = T.Folded.take_front(T.Folded.find('.'));
    Part.Hash = wordHash(Part.Folded);
    Part.Flags &= ~Token::UpperAfterFirst;
    return Part;
  }

  /// Folded words the case writes with a capital inside a sentence, and
  /// the people it names: its names. Never empty, so that it is built once.
  static FoldedWordSet namesOf(const RuleUnit &U) {
    FoldedWordSet Names;
    Names.insert("");
    if (U.Case)
      for (const auto &Person : U.Case->Persons)
        Names.insert(Person.getKey());
    for (const DocumentAnalysis *D : U.Documents)
      for (const Paragraph &P : D->Paragraphs)
        for (const Token &T : P.Tokens)
          if (T.has(Token::Capitalised) && !T.has(Token::UpperAfterFirst) &&
              !sentenceStart(P.Text, T))
            Names.insert(T.Folded);
    return Names;
  }

  /// Whether token \p I is the first word of a name of two, a short given
  /// name before another ("Thi Hoa lagade …", not "Kontaktpesonen Sara"),
  /// or is joined by "och" or "eller" to a name that follows
  /// it inside the sentence: "Dragana och Mehmet hjälpte …".
  static bool besideName(const Paragraph &P, size_t I) {
    auto Name = [&](const Token &T) {
      return T.has(Token::Capitalised) && !T.has(Token::UpperAfterFirst) &&
             !sentenceStart(P.Text, T);
    };
    if (countCodePoints(P.Tokens[I].Folded) <= 4 && I + 1 < P.Tokens.size() &&
        Name(P.Tokens[I + 1]) &&
        P.Text.slice(P.Tokens[I].End, P.Tokens[I + 1].Begin) == " ")
      return true;
    if (I + 2 >= P.Tokens.size())
      return false;
    const Token &Joint = P.Tokens[I + 1], &Other = P.Tokens[I + 2];
    return (Joint.Folded == "och" || Joint.Folded == "eller") && Name(Other);
  }

  /// Whether \p T starts its sentence (or its line, or follows a colon).
  static bool sentenceStart(llvm::StringRef Text, const Token &T) {
    llvm::StringRef Before = Text.take_front(T.Begin).rtrim();
    return Before.empty() || Before.endswith(".") || Before.endswith("!") ||
           Before.endswith("?") || Before.endswith(":");
  }


  /// Whether \p Folded has a letter Swedish does not write ("ćevapčići",
  /// "phở"): a word of another language or a name, which a Swedish
  /// dictionary cannot judge.
  static bool foreignLetters(llvm::StringRef Folded) {
    static constexpr std::u32string_view Swedish = U"åäöéèàü";
    for (int32_t I = 0, Size = Folded.size(); I < Size;) {
      UChar32 C;
      U8_NEXT(Folded.data(), I, Size, C);
      if (C >= 0x80 && Swedish.find(char32_t(C)) == std::u32string_view::npos)
        return true;
    }
    return false;
  }

  bool shouldCheck(const Paragraph &P, const Token &T) const {
    llvm::StringRef Text = P.Text, Word = P.textOf(T);
    // Digits are codes and numbers; a colon marks an abbreviation's ending;
    // capitals after the first letter are an abbreviation (SÄBO) or a code.
    // A dot inside a word is an abbreviation ("omv.pers"), a file name or an
    // address, or a missing space that sprak/saknat-mellanslag reports.
    if (Word.size() < 3 || T.has(Token::Digits) || T.has(Token::UpperAfterFirst) ||
        Word.contains(':') || Word.contains('.') || Accepted.contains(T))
      return false;
    // A capitalised word inside a sentence is a name; one after '@' or '#'
    // is a user name or a tag ("@felixfotboll").
    if ((T.has(Token::Capitalised) && !sentenceStart(Text, T)) ||
        Word.startswith("@") || Word.startswith("#") ||
        (T.Begin > 0 && (Text[T.Begin - 1] == '@' || Text[T.Begin - 1] == '#')))
      return false;
    if (goesOnAfterDot(Text, T.End) || foreignLetters(T.Folded))
      return false;
    // Hyphenated and slash compounds ("LSS-boende") are split into words;
    // a part glued to a hyphen is not checked on its own.
    if ((T.Begin > 0 && Text[T.Begin - 1] == '-') ||
        (T.End < Text.size() && Text[T.End] == '-'))
      return false;
    return !P.quoted(T.Begin, T.End) && !P.inIdentifier(T.Begin, T.End) &&
           !P.inWebAddress(T.Begin, T.End);
  }
};

} // namespace

std::unique_ptr<Rule> createSpellingRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<SpellingRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  std::optional<Located> Name = O.text("dictionary");
  llvm::Expected<std::shared_ptr<Dictionary>> Dict =
      Dictionary::open(C.DictionaryDir, Name ? Name->Value : "sv_SE", C.SpellingMemoDir);
  if (Dict) {
    R->Dict = std::move(*Dict);
    // Loading takes longer than reading the rules: start now.
    R->Dict->prefetch();
  }
  else
    O.error(Name ? Name->Loc : llvm::SMLoc(), llvm::toString(Dict.takeError()));
  for (const std::string &W : O.strings("ignore"))
    R->Accepted.insert(foldText(W));
  R->Glued = GluedWordLists::read(O);
  R->InflectedEndings = SmallWords::of(O.strings("inflected-endings"));
  R->HeadsWithoutLink = SmallWords::of(O.strings("heads-without-link"));
  R->PlaceEndings = SmallWords::of(O.strings("place-endings"));
  R->NoSuggestionMessage = O.prose("message-without-suggestion").value_or("");
  return R;
}

} // namespace ibic
