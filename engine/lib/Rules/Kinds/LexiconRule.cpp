//===- LexiconRule.cpp - Words from a list, with what to write instead ----===//
//
// Finds words and word sequences from `entries` (value-laden wording,
// interpretations), matched on folded words. The person's own words in quotation
// marks are theirs to choose (`quotes: skip`), a sentence matching an
// `exclude` pattern gives no finding (an interpretation whose basis the
// sentence gives), and neither does a word inside a name from `exempt`
// (the title of a statute, an authority) or a word right after one of
// `mentioned-after` in its sentence, which names the word as a word
// ("begreppet vårdtagare"). An entry that is a `health-care-term`
// ("patient") is health care's own word: alone, not in a compound that
// makes a diagnosis the person ("strokepatienten"), it gives no finding in
// a note by one of `health-care-authors` (a nurse) nor in a case whose law
// is one of `health-care-laws` (HSL). With `compounds: true` an entry also
// ends a compound ("nattblöja"). Unit: the paragraph.
//
// The fix offered is the first of an entry's `phrases` that fits the words
// around the match (the word before, the word after, the noun the word
// stands before), else its first suggestion. An entry without a `source`
// is reported at `unsourced-severity`; with `observation-lowers`, a finding
// in a note that says elsewhere what was seen or heard is only info. An
// entry may name the `document-types` it is about, and `once-per-sentence`
// reports only a sentence's first hit ("känner sig trygg" is one claim).
// An entry's own `exclude` replaces the rule's for it: a motive read into
// an act ("för att få uppmärksamhet") is not grounded by the act being
// seen, only by someone's words. After the hit, `exclude` reads its
// sentence only up to the first word where an `exclude-until` pattern
// matches ("^" stands before that word): a source in someone else's clause
// grounds nothing of the person's ("blev besviken när sonen ringde och sa
// …"). A hit after a word where a `motive-clauses` pattern matches is in a
// clause of motive: `exclude` reads that clause only, so an act seen
// before it grounds nothing ("gick från middagen för att han kände sig
// utanför"), while a `motive-exclude` pattern (someone's words) grounds
// it from anywhere in the sentence. A `clause-exclude` pattern grounds a
// hit only in the hit's own clause, from the last comma before it (or a
// `clause-starts` pattern: "och Ahmed tyckte om"): the
// staff's feeling in one clause is not the person's in the next
// ("Personalen ringde dottern, och Gunnar var orolig"). An entry may give phrase `patterns`
// instead of forms or besides them, for wording a list of words cannot
// hold: a name inside an idiom ("gjorde Maj-Britt gott").
//
//===----------------------------------------------------------------------===//
#include "Rules/LexiconEntries.h"
#include "Rules/RuleKinds.h"
#include "Rules/PhrasePattern.h"

#include "llvm/ADT/StringExtras.h"

namespace ibic {
namespace {

/// \p Text with its first letter in upper case (ASCII and å, ä, ö).
std::string capitalised(std::string Text) {
  static const std::pair<llvm::StringRef, llvm::StringRef> Swedish[] = {
      {"å", "Å"}, {"ä", "Ä"}, {"ö", "Ö"}};
  for (auto [Lower, Upper] : Swedish)
    if (llvm::StringRef(Text).startswith(Lower))
      return Upper.str() + Text.substr(Lower.size());
  if (!Text.empty())
    Text[0] = llvm::toUpper(Text[0]);
  return Text;
}

/// Whether only spaces stand between tokens \p A and \p B.
bool adjacent(const Paragraph &P, const Token &A, const Token &B) {
  return llvm::all_of(P.Text.slice(A.End, B.Begin), [](char C) { return C == ' '; }) &&
         A.End < B.Begin;
}

class LexiconRule final : public Rule {
public:
  LexiconRule(RuleSpec Spec, Scope S) : Rule(std::move(Spec), std::move(S)) {}

  void check(const RuleUnit &U, RuleContext &Ctx) const override {
    for (const Paragraph *P : U.Paragraphs)
      checkParagraph(U, *P, Ctx);
  }

  std::vector<LexiconEntry> Entries;
  LexiconIndex::ListId List = 0;
  std::optional<LexiconIndex::ListId> ExemptList;
  /// Words after which a hit is mentioned, not said of anyone: "ordet",
  /// "begreppet".
  WordChoice MentionedAfter;
  /// Marks before which a hit is the word being replaced: "Dement → har
  /// en demenssjukdom".
  std::vector<std::string> MentionedBefore;
  bool SkipQuotes = true;
  std::vector<PhrasePattern> Exclude;
  /// Sentences that discuss words ("Skriv tackar nej i stället för
  /// vägrar"): nothing in them is reported, an entry's own `exclude` or not.
  std::vector<PhrasePattern> Mentions;
  /// Where, after the hit, what `exclude` reads of its sentence ends.
  std::vector<PhrasePattern> Until;
  /// Where, before the hit, a clause of motive starts; and what grounds a
  /// hit inside one from anywhere in its sentence.
  std::vector<PhrasePattern> MotiveClauses, MotiveExclude;
  /// What grounds a hit only in its own clause, from the last comma
  /// before it; and the first words of clauses set off by commas inside
  /// another ("Systern, som är god man, är nöjd"), which do not end it.
  std::vector<PhrasePattern> ClauseExclude;
  WordChoice ClauseInsertions;
  /// Where a clause starts without a comma ("och Ahmed tyckte om").
  std::vector<PhrasePattern> ClauseStarts;
  /// Per entry: whether it is health care's own word (`health-care-term`).
  llvm::BitVector HealthCareTerms;
  /// Author roles whose notes are health-care records ("sjuksköterska").
  WordChoice HealthCareAuthors;
  /// Laws under which a whole case is health care ("hsl"), folded.
  WordChoice HealthCareLaws;
  /// Per entry: its own `exclude`, used instead of the rule's.
  std::vector<std::optional<std::vector<PhrasePattern>>> EntryExclude;
  /// Per entry: its `patterns`, each found once per sentence.
  std::vector<std::vector<PhrasePattern>> EntryPatterns;
  bool HasPatterns = false;
  std::optional<Severity> Unsourced;
  /// Sentences that say what was seen or heard: a note holding one lowers
  /// this rule's findings in it to info.
  std::vector<PhrasePattern> Observation;
  WordChoice NounPhraseEnds;
  unsigned MaxNounWords = 3;
  /// One finding per sentence: "känner sig trygg" is one statement.
  bool OncePerSentence = false;

private:
  struct Fix {
    uint32_t FirstToken, LastToken;
    std::string Text;
  };

  /// The hits of this rule's list in \p P, and with `patterns` those of
  /// its entries' patterns, in the order of their first words.
  llvm::SmallVector<LexiconIndex::Hit, 8> hitsIn(const Paragraph &P) const {
    llvm::SmallVector<LexiconIndex::Hit, 8> Out;
    for (const LexiconIndex::Hit &H : P.Hits)
      if (H.List == List)
        Out.push_back(H);
    if (!HasPatterns)
      return Out;
    size_t FromLists = Out.size();
    std::vector<std::optional<SentenceView>> Views; // each built once, when asked
    for (size_t N = 0; N < EntryPatterns.size(); ++N)
      for (const PhrasePattern &Pattern : EntryPatterns[N]) {
        if (!Pattern.mayMatchIn(P.Lists))
          continue;
        Views.resize(P.Sentences.size());
        for (size_t K = 0; K < P.Sentences.size(); ++K) {
          const Sentence &S = P.Sentences[K];
          if (!Views[K])
            Views[K] = SentenceView::of(P, S);
          if (auto Span = Pattern.firstMatch(*Views[K]); Span && Span->second > Span->first)
            Out.push_back({List, uint32_t(N), S.FirstToken + Span->first,
                           S.FirstToken + Span->second - 1, LexiconIndex::Match::Words});
        }
      }
    if (Out.size() > FromLists)
      std::stable_sort(Out.begin(), Out.end(), [](const auto &A, const auto &B) {
        return A.First < B.First;
      });
    return Out;
  }

  void checkParagraph(const RuleUnit &U, const Paragraph &P, RuleContext &Ctx) const {
    uint32_t NextFree = 0; // a token inside an earlier hit starts none
    const Sentence *Reported = nullptr; // for once-per-sentence
    int Observed = -1; // unknown
    std::optional<bool> HealthCare;
    llvm::SmallVector<std::pair<uint32_t, uint32_t>, 2> Names;
    if (ExemptList)
      for (const LexiconIndex::Hit &H : P.Hits)
        if (H.List == *ExemptList)
          Names.push_back({H.First, H.Last});
    for (const LexiconIndex::Hit &H : hitsIn(P)) {
      if (H.First < NextFree)
        continue;
      if (llvm::any_of(Names, [&](auto N) { return N.first <= H.Last && H.First <= N.second; }))
        continue;
      if (H.First > 0 && MentionedAfter.contains(P.Tokens[H.First - 1].Folded) &&
          P.sentenceAt(P.Tokens[H.First - 1].Begin) == P.sentenceAt(P.Tokens[H.First].Begin))
        continue;
      llvm::StringRef After = P.Text.drop_front(P.Tokens[H.Last].End).ltrim(' ');
      if (llvm::any_of(MentionedBefore, [&](llvm::StringRef Mark) { return After.startswith(Mark); }))
        continue;
      const LexiconEntry &E = Entries[H.Entry];
      if (!E.Documents.Types.empty() && !(U.Doc && E.Documents.matches(*U.Doc->Doc)))
        continue;
      if (HealthCareTerms.test(H.Entry) && H.How != LexiconIndex::Match::CompoundEnd) {
        if (!HealthCare)
          HealthCare = healthCareRecord(U);
        if (*HealthCare)
          continue;
      }
      uint32_t Begin = P.Tokens[H.First].Begin, End = P.Tokens[H.Last].End;
      // A phrase whose last word begins a hyphenated compound is part of a
      // name ("Må bra-gruppen"), not the phrase; a shorter hit inside it
      // may still be one ("var en stor lättnad för Maj-Britt").
      if (H.Last > H.First && End < P.Text.size() && P.Text[End] == '-')
        continue;
      NextFree = H.Last + 1;
      if ((SkipQuotes && P.quoted(Begin, End)) || excluded(P, H))
        continue;
      if (OncePerSentence) {
        const Sentence *S = P.sentenceAt(Begin);
        if (S && S == Reported)
          continue;
        Reported = S;
      }
      llvm::StringRef Suggestion =
          E.Suggestions.empty() ? llvm::StringRef() : E.Suggestions.front();
      std::optional<Fix> F = fixFor(P, H, E);
      std::string Applied = F ? F->Text : E.FixAlone ? Suggestion.str() : "";
      uint32_t FirstToken = H.First;
      if (F) {
        FirstToken = F->FirstToken;
        Begin = P.Tokens[F->FirstToken].Begin;
        End = P.Tokens[F->LastToken].End;
        NextFree = std::max(NextFree, F->LastToken + 1);
      }
      // Keep the writer's capital at the start of a sentence.
      const Sentence *S = P.sentenceAt(Begin);
      if (!Applied.empty() && S && S->FirstToken == FirstToken &&
          P.Tokens[FirstToken].has(Token::Capitalised))
        Applied = capitalised(Applied);
      report(Ctx, U, P, Begin, End,
             {{"match", P.Text.slice(Begin, End)},
              {"reason", E.Reason},
              {"suggestion", F ? llvm::StringRef(F->Text) : Suggestion}},
             Applied);
      if (Unsourced && E.Source.empty())
        lowerLast(Ctx, *Unsourced);
      if (!Observation.empty()) {
        if (Observed < 0)
          Observed = observed(U);
        if (Observed)
          lowerLast(Ctx, Severity::Info);
      }
    }
  }

  /// The first phrase of \p E that fits around hit \p H.
  std::optional<Fix> fixFor(const Paragraph &P, const LexiconIndex::Hit &H,
                            const LexiconEntry &E) const {
    const Sentence *S = P.sentenceAt(P.Tokens[H.First].Begin);
    uint32_t SentenceFirst = S ? S->FirstToken : 0,
             SentenceEnd = S ? S->EndToken : P.Tokens.size();
    for (const LexiconPhrase &Ph : E.Phrases) {
      Fix F{H.First, H.Last, Ph.Suggestion};
      if (!Ph.Before.empty()) {
        if (H.First == SentenceFirst || H.First == 0 ||
            !adjacent(P, P.Tokens[H.First - 1], P.Tokens[H.First]) ||
            !Ph.Before.contains(P.Tokens[H.First - 1].Folded))
          continue;
        if (!Ph.KeepBefore)
          F.FirstToken = H.First - 1;
      }
      bool HasNext = H.Last + 1 < SentenceEnd &&
                     adjacent(P, P.Tokens[H.Last], P.Tokens[H.Last + 1]);
      llvm::StringRef Next = HasNext ? P.Tokens[H.Last + 1].Folded : "";
      if (!Ph.After.empty() && (!HasNext || !Ph.After.contains(Next)))
        continue;
      if (!Ph.NotAfter.empty() && HasNext && Ph.NotAfter.contains(Next))
        continue;
      if (Ph.BeforeNoun) {
        std::optional<uint32_t> Head = nounAfter(P, H.Last, SentenceEnd);
        if (!Head)
          continue;
        F.LastToken = *Head;
        std::string Noun =
            P.Text.slice(P.Tokens[H.Last + 1].Begin, P.Tokens[*Head].End).str();
        F.Text = fillPlaceholders(Ph.Suggestion, {{"noun", Noun}});
      }
      return F;
    }
    return std::nullopt;
  }

  /// The last word of the noun phrase after token \p Form: up to
  /// MaxNounWords plain words, ending before punctuation, the sentence's
  /// end or a word of `noun-phrase-ends` (a preposition, a verb, "som").
  std::optional<uint32_t> nounAfter(const Paragraph &P, uint32_t Form,
                                    uint32_t SentenceEnd) const {
    for (uint32_t K = Form + 1; K < SentenceEnd && K <= Form + MaxNounWords; ++K) {
      const Token &T = P.Tokens[K];
      if (!adjacent(P, P.Tokens[K - 1], T) || T.has(Token::Digits) ||
          NounPhraseEnds.contains(T.Folded))
        return std::nullopt;
      bool Last = K + 1 >= SentenceEnd || !adjacent(P, T, P.Tokens[K + 1]) ||
                  NounPhraseEnds.contains(P.Tokens[K + 1].Folded);
      if (Last)
        return K;
    }
    return std::nullopt;
  }

  /// Whether the sentence of the hit \p H, up to and with the first word
  /// after it where an `exclude-until` pattern matches, matches an
  /// `exclude` pattern; in a clause of motive, whether the clause does, or
  /// the whole sentence matches a `motive-exclude` pattern. Without an
  /// entry's own `exclude`, also whether the hit's clause alone matches a
  /// `clause-exclude` pattern.
  bool excluded(const Paragraph &P, const LexiconIndex::Hit &H) const {
    const std::vector<PhrasePattern> &Patterns =
        EntryExclude[H.Entry] ? *EntryExclude[H.Entry] : Exclude;
    if (Patterns.empty() && Mentions.empty())
      return false;
    const Sentence *S = P.sentenceAt(P.Tokens[H.First].Begin);
    if (!S)
      return false;
    SentenceView View = SentenceView::of(P, *S);
    if (anyMatch(Mentions, View))
      return true;
    // The nearest clause of motive before the hit, or the one it opens,
    // holds it: what was seen of the act does not ground the motive given
    // for it ("gick från middagen för att han kände sig utanför", "somnade
    // tidigt eftersom han var trött"); someone's words do.
    if (!MotiveClauses.empty())
      for (uint32_t T = H.First + 1; T-- > S->FirstToken;)
        if (anyMatch(MotiveClauses, View.from(T))) {
          if (anyMatch(MotiveExclude, View))
            return true;
          View = View.from(T);
          break;
        }
    if (!Until.empty())
      for (uint32_t T = H.Last + 1; T < S->EndToken; ++T)
        if (anyMatch(Until, View.from(T))) {
          View = View.through(T);
          break;
        }
    if (anyMatch(Patterns, View))
      return true;
    if (EntryExclude[H.Entry] || ClauseExclude.empty())
      return false;
    uint32_t Clause = clauseStart(P, View, H.First);
    return anyMatch(ClauseExclude, Clause > View.FirstToken ? View.from(Clause) : View);
  }

  /// The first token of the clause of \p View that holds token \p At:
  /// after the last comma before it or where a `clause-starts` pattern
  /// matches, but never before the view. A clause set off by commas that
  /// begins with a word of `clause-insertions` belongs to the clause it
  /// stands in: a hit inside one is that clause's ("Sonen, som var orolig,
  /// ringde"), and one right before the hit's clause joins the clause
  /// before it ("Systern, som är god man, är nöjd").
  uint32_t clauseStart(const Paragraph &P, const SentenceView &View, uint32_t At) const {
    uint32_t First = View.FirstToken;
    llvm::SmallVector<uint32_t, 4> Starts; // nearest first
    for (uint32_t T = At; T > First; --T)
      if (P.Text.slice(P.Tokens[T - 1].End, P.Tokens[T].Begin).contains(',') ||
          anyMatch(ClauseStarts, View.from(T)))
        Starts.push_back(T);
    auto Inserted = [&](size_t I) {
      return I < Starts.size() && ClauseInsertions.contains(P.Tokens[Starts[I]].Folded);
    };
    size_t I = Inserted(0) ? 1 : 0;
    while (Inserted(I + 1))
      I += 2;
    return I < Starts.size() ? Starts[I] : First;
  }

  /// Whether \p U is a health-care record: a note by one of
  /// `health-care-authors`, or a case under `health-care-laws` alone.
  bool healthCareRecord(const RuleUnit &U) const {
    auto AnyWordIn = [](llvm::StringRef Text, const WordChoice &Words) {
      return llvm::any_of(splitWords(Text),
                          [&](const Word &W) { return Words.contains(W.Folded); });
    };
    auto AllWordsIn = [](llvm::StringRef Text, const WordChoice &Words) {
      std::vector<Word> All = splitWords(Text);
      return !All.empty() &&
             llvm::all_of(All, [&](const Word &W) { return Words.contains(W.Folded); });
    };
    return (U.Doc && AnyWordIn(U.Doc->Doc->AuthorRole, HealthCareAuthors)) ||
           (U.Case && AllWordsIn(U.Case->C->Lagrum, HealthCareLaws));
  }

  bool observed(const RuleUnit &U) const {
    for (const Paragraph *P : U.Paragraphs)
      for (const Sentence &S : P->Sentences)
        if (anyMatch(Observation, SentenceView::of(*P, S)))
          return true;
    return false;
  }
};

} // namespace

std::unique_ptr<Rule> createLexiconRule(RuleSpec Spec, Scope S, KindContext &C) {
  auto R = std::make_unique<LexiconRule>(std::move(Spec), std::move(S));
  KindOptions &O = C.Options;
  static const llvm::StringRef QuoteModes[] = {"skip", "check"};
  R->SkipQuotes = O.choice("quotes", QuoteModes, 0) == 0;
  WordLists Lists = O.lists("words");
  R->Exclude = parsePhrasePatterns(O.list("exclude"), Lists, C);
  R->Mentions = parsePhrasePatterns(O.list("mentions"), Lists, C);
  R->Until = parsePhrasePatterns(O.list("exclude-until"), Lists, C);
  R->MotiveClauses = parsePhrasePatterns(O.list("motive-clauses"), Lists, C);
  R->MotiveExclude = parsePhrasePatterns(O.list("motive-exclude"), Lists, C);
  R->ClauseExclude = parsePhrasePatterns(O.list("clause-exclude"), Lists, C);
  R->ClauseInsertions = WordChoice::of(O.strings("clause-insertions"));
  R->ClauseStarts = parsePhrasePatterns(O.list("clause-starts"), Lists, C);
  R->Observation = parsePhrasePatterns(O.list("observation"), Lists, C);
  if (std::optional<Located> L = O.text("unsourced-severity")) {
    R->Unsourced = parseSeverity(L->Value);
    if (!R->Unsourced)
      O.error(L->Loc, "unsourced-severity ska vara info, warning eller error");
  }
  R->NounPhraseEnds = WordChoice::of(O.strings("noun-phrase-ends"));
  R->MentionedAfter = WordChoice::of(O.strings("mentioned-after"));
  R->MentionedBefore = O.strings("mentioned-before");
  R->OncePerSentence = O.flag("once-per-sentence", false);
  R->HealthCareAuthors = WordChoice::of(O.strings("health-care-authors"));
  R->HealthCareLaws = WordChoice::of(O.strings("health-care-laws"));
  llvm::BitVector Compounds; // per entry: its one-word forms also end a compound
  R->Entries = readLexiconEntries(O, /*PerDocumentType=*/true, [&](KindOptions &E) {
    Compounds.push_back(E.flag("compounds", false));
    R->HealthCareTerms.push_back(E.flag("health-care-term", false));
    R->EntryExclude.emplace_back();
    if (E.has("exclude"))
      R->EntryExclude.back() = parsePhrasePatterns(E.list("exclude"), Lists, C);
    R->EntryPatterns.push_back(parsePhrasePatterns(E.list("patterns"), Lists, C));
    R->HasPatterns |= !R->EntryPatterns.back().empty();
  });
  R->List = C.Lexicons.newList();
  for (size_t N = 0; N < R->Entries.size(); ++N) {
    const LexiconEntry &E = R->Entries[N];
    for (const std::string &Form : E.Forms) {
      bool OneWord = splitWords(Form).size() == 1;
      C.Lexicons.add(R->List, N, Form,
                     Compounds.test(N) && OneWord ? LexiconIndex::Match::CompoundEnd
                                                  : LexiconIndex::Match::Words);
    }
  }
  std::vector<std::string> Exempt = O.strings("exempt");
  if (!Exempt.empty()) {
    R->ExemptList = C.Lexicons.newList();
    for (size_t N = 0; N < Exempt.size(); ++N)
      C.Lexicons.add(*R->ExemptList, N, Exempt[N], LexiconIndex::Match::Words);
  }
  return R;
}

} // namespace ibic
