// Tests for Rules/PhrasePattern: the pattern language over words (literals,
// stems, suffixes, word lists, choices, gaps, negation, anchors, marks and
// classes), its parse errors, and matching on sentences of a real analysis,
// with and without the start words registered with the word lists.
#include "Rules/PhrasePattern.h"

#include "KindTestSupport.h"

#include <iterator>
#include <memory>

using namespace ibic;
using namespace ibic::test;

namespace {

/// A text read and analysed as the engine does; the case and the analysis
/// stay put, so sentence views into them stay valid.
class Analysed {
public:
  /// Analyses \p Body (a document's text under its header) matching the
  /// lists of \p Index, or none.
  explicit Analysed(llvm::StringRef Body, const LexiconIndex *Index = nullptr)
      : C(std::make_unique<Case>(readCase("t.txt", textDocument("Utredning", Body)))) {
    const LexiconIndex &Lists = Index ? *Index : Empty;
    ActiveLexicons Active;
    Active.Always = llvm::BitVector(Lists.lists(), true);
    Analyzer A(Lists, Active, reference().otherPersonRoles());
    A.analyze(*C, Analysis);
  }

  /// Every sentence of every paragraph, in order.
  std::vector<SentenceView> sentences() const {
    std::vector<SentenceView> Out;
    for (const DocumentAnalysis &D : Analysis.Documents)
      for (const Paragraph &P : D.Paragraphs)
        for (const Sentence &S : P.Sentences)
          Out.push_back(SentenceView::of(P, S));
    return Out;
  }

private:
  LexiconIndex Empty;
  std::unique_ptr<Case> C;
  CaseAnalysis Analysis;
};

std::string textOf(const SentenceView &S) {
  return S.Text.slice(S.Begin, S.End).str();
}

PhrasePattern parsed(llvm::StringRef Pattern, const WordLists &Lists = {}) {
  llvm::Expected<PhrasePattern> P = PhrasePattern::parse(Pattern, Lists);
  if (!P) {
    std::string Message = llvm::toString(P.takeError());
    FAIL("pattern '" << Pattern.str() << "' does not parse: " << Message);
  }
  return std::move(*P);
}

/// The sentences of \p Body that \p Pattern matches.
Strings matching(llvm::StringRef Pattern, llvm::StringRef Body,
                 const WordLists &Lists = {}) {
  PhrasePattern P = parsed(Pattern, Lists);
  Analysed A(Body);
  Strings Out;
  for (const SentenceView &S : A.sentences())
    if (P.matches(S))
      Out.push_back(textOf(S));
  return Out;
}

/// Whether \p Pattern matches the one sentence \p Sentence.
bool matches(llvm::StringRef Pattern, llvm::StringRef Sentence,
             const WordLists &Lists = {}) {
  PhrasePattern P = parsed(Pattern, Lists);
  Analysed A(Sentence);
  std::vector<SentenceView> All = A.sentences();
  INFO("sentence: " << Sentence.str());
  REQUIRE(All.size() == 1);
  return P.matches(All.front());
}

/// The message of the error parsing \p Pattern gives; empty when it parses.
std::string parseError(llvm::StringRef Pattern, const WordLists &Lists = {}) {
  llvm::Expected<PhrasePattern> P = PhrasePattern::parse(Pattern, Lists);
  return P ? std::string() : llvm::toString(P.takeError());
}

} // namespace

TEST_CASE("phrase pattern: a word is compared folded and whole",
          "[rules][phrase-pattern]") {
  CHECK(matches("berättar", "Elsa Berättar om dagen."));
  CHECK(matches("berättar", "ELSA BERÄTTAR OM DAGEN."));
  CHECK(matches("hon berättar", "I dag HON berättar."));
  CHECK_FALSE(matches("berättar", "Elsa berättade om dagen."));
  CHECK_FALSE(matches("berättar", "Elsa återberättar."));
  // The words in sequence, nothing between them.
  CHECK_FALSE(matches("hon berättar", "Hon själv berättar."));
}

TEST_CASE("phrase pattern: å, ä and ö are letters of a word",
          "[rules][phrase-pattern]") {
  // An ASCII \b would let "ven" match inside "även".
  CHECK_FALSE(matches("ven", "Hon vill även duscha."));
  CHECK_FALSE(matches("ven*", "Hon vill även duscha."));
  CHECK(matches("även", "Hon vill ÄVEN duscha."));
  CHECK(matches("*ven", "Hon vill även duscha."));
  CHECK(matches("för*", "Förflyttning går bra."));
}

TEST_CASE("phrase pattern: a stem starts a word, a suffix ends one",
          "[rules][phrase-pattern]") {
  CHECK(matches("berätt*", "Elsa berättade om dagen."));
  CHECK(matches("berätt*", "Berättar hon?"));
  CHECK(matches("berätt*", "Hon berätt."));
  CHECK_FALSE(matches("berätt*", "Hon återberättar."));
  CHECK(matches("*mål", "Ett delmål är satt."));
  CHECK(matches("*mål", "Målet och mål."));
  CHECK(matches("*mål", "DELMÅL är satt."));
  CHECK_FALSE(matches("*mål", "Målet är satt."));
  CHECK_FALSE(matches("*mål", "Hon målar."));
}

TEST_CASE("phrase pattern: a word list with words, phrases and stems",
          "[rules][phrase-pattern]") {
  WordLists Lists{{"tal", {"säger", "Berättar", "tycker att", "uttryck*", "ger uttryck för"}}};
  CHECK(matches("hon {tal}", "Hon säger nej.", Lists));
  CHECK(matches("hon {tal}", "Hon berättar om det.", Lists));
  CHECK(matches("hon {tal}", "Hon tycker att det är bra.", Lists));
  CHECK(matches("hon {tal}", "Hon uttryckte oro.", Lists));
  CHECK(matches("hon {tal} oro", "Hon ger uttryck för oro.", Lists));
  // A phrase needs all its words; a word of the list must be whole.
  CHECK_FALSE(matches("hon {tal}", "Hon tycker om det.", Lists));
  CHECK_FALSE(matches("hon {tal}", "Hon sa nej.", Lists));
  CHECK_FALSE(matches("hon {tal}", "Hon sägerså.", Lists));
  // Spaces around the name are allowed.
  CHECK(matches("hon { tal }", "Hon säger nej.", Lists));
}

TEST_CASE("phrase pattern: a list entry that words after it must not follow",
          "[rules][phrase-pattern]") {
  WordLists Lists{{"kalla", {"sa !upp", "hört !av sig", "säger"}}};
  CHECK(matches("{kalla}", "Hon sa nej.", Lists));
  CHECK(matches("{kalla}", "Hon sa.", Lists));
  CHECK_FALSE(matches("{kalla}", "Hon sa upp lägenheten.", Lists));
  CHECK_FALSE(matches("{kalla}", "Sonen har inte hört av sig.", Lists));
  // Only all the words after '!' in a row keep the entry from matching.
  CHECK(matches("{kalla}", "Hon har hört av dottern.", Lists));
  CHECK(matches("{kalla}", "Hon har hört av.", Lists));
  // The entry's words are the match: what follows is only looked at.
  CHECK(matches("{kalla} nej", "Hon sa nej.", Lists));
  CHECK(matches("hon {kalla} $", "Det var vad hon sa.", Lists));
}

TEST_CASE("phrase pattern: choices of sequences", "[rules][phrase-pattern]") {
  CHECK(matches("( hon | han ) säger", "Han säger nej."));
  CHECK(matches("(hon|han) säger", "Hon säger nej."));
  CHECK_FALSE(matches("( hon | han ) säger", "Hen säger nej."));
  // Three or more single words become one set; stems stay stems.
  CHECK(matches("( hon | han | hen | brukar* ) säger", "Hen säger nej."));
  CHECK(matches("( hon | han | hen | brukar* ) säger", "Brukaren säger nej."));
  CHECK_FALSE(matches("( hon | han | hen | brukar* ) säger", "Personalen säger nej."));
  // Branches of several words.
  CHECK(matches("hon ( vill inte | vägrar ) duscha", "Hon vill inte duscha."));
  CHECK(matches("hon ( vill inte | vägrar ) duscha", "Hon vägrar duscha."));
  CHECK_FALSE(matches("hon ( vill inte | vägrar ) duscha", "Hon vill duscha."));
  // A choice at the top level.
  CHECK(matches("hon vägrar | han vill", "Han vill duscha."));
  CHECK_FALSE(matches("hon vägrar | han vill", "Hon vill duscha."));
}

TEST_CASE("phrase pattern: a choice is tested at once only where all its branches begin with a word",
          "[rules][phrase-pattern]") {
  // The branches begin with words, stems and a list's words and phrases:
  // the next word is looked up once among them all.
  WordLists Lists{{"installt", {"uteblev", "ställdes in", "blev inte av", "försen*"}}};
  const char *Pattern = "dusch* ~ ( {installt} | flyttades | sköts upp )";
  CHECK(matches(Pattern, "Duschen i dag blev inte av.", Lists));
  CHECK(matches(Pattern, "Duschen ställdes in.", Lists));
  CHECK(matches(Pattern, "Duschen i dag försenades.", Lists));
  CHECK(matches(Pattern, "Duschen sköts upp.", Lists));
  CHECK(matches(Pattern, "Dusch flyttades.", Lists));
  CHECK_FALSE(matches(Pattern, "Duschen blev inte klar.", Lists));
  CHECK_FALSE(matches(Pattern, "Duschen sköts av personalen.", Lists));
  CHECK_FALSE(matches(Pattern, "Duschen.", Lists));
  // A branch that is a negated word, a class or nothing may begin with any
  // word: no lookup stands before it.
  CHECK(matches("hon ( vill | kan | måste | !ska ) duscha", "Hon får duscha."));
  CHECK_FALSE(matches("hon ( vill | kan | måste | !ska ) duscha", "Hon ska duscha."));
  CHECK(matches("hon ( vill | kan | måste | @tal ) duscha", "Hon 2 duscha."));
  CHECK(matches("hon ( vill | kan | måste )? duscha", "Hon duscha."));
}

TEST_CASE("phrase pattern: an optional part", "[rules][phrase-pattern]") {
  CHECK(matches("hon inte? vill", "Hon vill duscha."));
  CHECK(matches("hon inte? vill", "Hon inte vill duscha."));
  CHECK_FALSE(matches("hon inte? vill", "Hon kanske vill duscha."));
  CHECK(matches("hon (vill inte)? duschar", "Hon duschar."));
  CHECK(matches("hon (vill inte)? duschar", "Hon vill inte duschar."));
  CHECK_FALSE(matches("hon (vill inte)? duschar", "Hon vill duschar."));
  // A pattern that starts with an optional word may start at the next.
  CHECK(matches("inte? vill duscha", "Hon vill duscha."));
}

TEST_CASE("phrase pattern: gaps of up to three or n other words",
          "[rules][phrase-pattern]") {
  CHECK(matches("hon ~ säger", "Hon säger nej."));
  CHECK(matches("hon ~ säger", "Hon själv säger nej."));
  CHECK(matches("hon ~ säger", "Hon i sin tur säger nej."));
  CHECK_FALSE(matches("hon ~ säger", "Hon i sin tur nu säger nej."));
  CHECK(matches("hon ~5 säger", "Hon i sin tur nu säger nej."));
  CHECK(matches("hon ~5 säger", "Hon a b c d e säger nej."));
  CHECK_FALSE(matches("hon ~5 säger", "Hon a b c d e f säger nej."));
  CHECK(matches("hon ~0 säger", "Hon säger nej."));
  CHECK_FALSE(matches("hon ~0 säger", "Hon själv säger nej."));
}

TEST_CASE("phrase pattern: a gap never reaches into the next sentence",
          "[rules][phrase-pattern]") {
  CHECK(matching("hon ~ säger", "Sedan kom hon. Säger inget.\nHon säger nej.\n") ==
        Strings{"Hon säger nej."});
  CHECK(matching("hon ~5 säger", "Hon kom.\nSäger inget.\n").empty());
}

TEST_CASE("phrase pattern: a negated word consumes one word that does not match",
          "[rules][phrase-pattern]") {
  CHECK(matches("hon !inte* vill", "Hon gärna vill."));
  CHECK_FALSE(matches("hon !inte* vill", "Hon inte vill."));
  CHECK_FALSE(matches("hon !inte* vill", "Hon inte_alls vill."));
  // It stands for one word, so it is not optional.
  CHECK_FALSE(matches("hon !inte* vill", "Hon vill."));
  CHECK_FALSE(matches("hon !inte* vill", "Hon mycket gärna vill."));
  CHECK(matches("!@namn berättar", "Och sedan berättar hon."));
  CHECK_FALSE(matches("!@namn berättar", "Sedan Elsa berättar."));
  // A list of single words, negated.
  WordLists Lists{{"tomt", {"att", "nytt", "problem*"}}};
  CHECK(matches("^ inget !{tomt} i dag", "Inget snickeri i dag.", Lists));
  CHECK_FALSE(matches("^ inget !{tomt} i dag", "Inget nytt i dag.", Lists));
  CHECK_FALSE(matches("^ inget !{tomt} i dag", "Inget problemfritt i dag.", Lists));
  CHECK_THAT(parseError("!{fras}", {{"fras", {"i dag"}}}),
             Catch::Contains("!{fras} tar bara enstaka ord"));
  // Two lists together: a word in neither.
  WordLists Two{{"tomt", {"att", "nytt"}}, {"mer", {"annat"}}};
  CHECK(matches("^ inget !{tomt | mer} i dag", "Inget snickeri i dag.", Two));
  CHECK_FALSE(matches("^ inget !{tomt | mer} i dag", "Inget nytt i dag.", Two));
  CHECK_FALSE(matches("^ inget !{tomt | mer} i dag", "Inget annat i dag.", Two));
  CHECK(matches("^ inget {tomt | mer} i dag", "Inget annat i dag.", Two));
  CHECK_THAT(parseError("{tomt | saknas}", Two),
             Catch::Contains("ordlistan {saknas} finns inte"));
}

TEST_CASE("phrase pattern: ^ and $ are the ends of the sentence",
          "[rules][phrase-pattern]") {
  CHECK(matches("^ hon", "Hon vill duscha."));
  CHECK_FALSE(matches("^ hon", "Sedan vill hon duscha."));
  CHECK(matches("duscha $", "Hon vill duscha."));
  CHECK(matches("duscha $", "Hon vill duscha"));
  CHECK_FALSE(matches("duscha $", "Duscha vill hon."));
  CHECK(matches("^ hon ~ $", "Hon vill inte duscha."));
  CHECK_FALSE(matches("^ hon ~ $", "Hon vill inte duscha nu."));
  // In a later sentence the start is that sentence's first word.
  CHECK(matching("^ hon", "Han kom. Hon gick.\n") == Strings{"Hon gick."});
  CHECK(matching("kom $", "Han kom. Hon gick.\n") == Strings{"Han kom."});
}

TEST_CASE("phrase pattern: ^^ is the start of the sentence's line",
          "[rules][phrase-pattern]") {
  const char *Body = "Hur: Åke tvättar sig själv. Personalen hjälper till.\n"
                     "När: Varje morgon. Personalen kommer klockan nio.\n";
  // Every sentence on a line that starts with the label, and only those.
  CHECK(matching("^^ hur :", Body) ==
        Strings{"Hur: Åke tvättar sig själv.", "Personalen hjälper till."});
  // What follows ^^ reads from the line's start, so the label is seen from
  // every sentence on the line, and a sentence on another line never is.
  CHECK(matching("^^ när : ~ varje", Body) ==
        Strings{"När: Varje morgon.", "Personalen kommer klockan nio."});
  CHECK(matching("^^ personalen", Body).empty());
  // "^" stays the start of the sentence.
  CHECK(matching("^ hur :", Body) == Strings{"Hur: Åke tvättar sig själv."});
  // A paragraph's first sentence starts its line.
  CHECK(matches("^^ hon", "Hon vill duscha."));
}

TEST_CASE("phrase pattern: @annan is a name the case gives someone else",
          "[rules][phrase-pattern]") {
  // Introduced once by a role word, the name means that person throughout.
  CHECK(matching("@annan uppger", "Ansökan kom från dottern Karin.\n"
                                  "Karin uppger att Elsa vill bo kvar.\n"
                                  "Elsa uppger att hon vill bo kvar.\n") ==
        Strings{"Karin uppger att Elsa vill bo kvar."});
  // "Namn (roll)" and "Namn, roll", and the genitive.
  CHECK(matching("@annan", "Tomas (son) ringde.\nElsa vill sova. Elsa äter.\n") ==
        Strings{"Tomas (son) ringde."});
  CHECK(matching("^ @annan", "Kontakt med Annika, dotter till Elsa.\n"
                             "Annikas bil står utanför.\n") ==
        Strings{"Annikas bil står utanför."});
  // The individual, named most often, is never someone else: "Karins mamma
  // Elsa" in Elsa's case.
  CHECK(matching("@annan", "Ansökan kom från Karins mamma Elsa.\n"
                           "Elsa bor ensam. Karin ringer till Elsa.\n")
            .empty());
}

TEST_CASE("phrase pattern: ',' and ':' stand between the words around them",
          "[rules][phrase-pattern]") {
  CHECK(matches(", hon gick", "Det regnade, hon gick hem."));
  CHECK_FALSE(matches(", hon gick", "Det regnade och hon gick hem."));
  CHECK_FALSE(matches(", hon gick", "Det regnade; hon gick hem."));
  CHECK(matches("regnade , hon", "Det regnade , hon gick hem."));
  CHECK(matches("säger :", "Hon säger: nej."));
  CHECK(matches("säger : nej", "Hon säger: nej."));
  CHECK_FALSE(matches("säger :", "Hon säger nej."));
  // A ':' inside a word is part of the word.
  CHECK(matches("på tv:n", "Hon tittar på tv:n."));
}

TEST_CASE("phrase pattern: word classes", "[rules][phrase-pattern]") {
  // @namn: a word with a capital, any word with a letter, numbers.
  CHECK(matches("berättar @namn", "Sedan berättar Elsa om det."));
  CHECK_FALSE(matches("berättar @namn", "Sedan berättar hon om det."));
  CHECK(matches("kl @ord", "Hon vaknar kl sju."));
  CHECK(matches("kod @ord", "Enligt kod d510."));
  CHECK_FALSE(matches("kl @ord", "Hon vaknar kl 7."));
  CHECK(matches("@tal gånger", "Hon duschar 2 gånger i veckan."));
  CHECK(matches("@tal gånger", "Hon duschar 2,5 gånger i veckan."));
  CHECK_FALSE(matches("@tal gånger", "Hon duschar två gånger i veckan."));
  CHECK(matches("kl @decimaltal", "Hon vaknar kl 07.30 i dag."));
  CHECK(matches("@decimaltal mg", "Hon tar 2,5 mg."));
  CHECK_FALSE(matches("kl @decimaltal", "Hon vaknar kl 7 i dag."));
  CHECK_FALSE(matches("@decimaltal", "Hon har d5.10 i dag."));
}

TEST_CASE("phrase pattern: @citat needs a quote of eight characters in the sentence",
          "[rules][phrase-pattern]") {
  CHECK(matches("säger @citat", "Hon säger ”jag vill inte” och går."));
  CHECK(matches("@citat", "Hon säger \"åtta tkn\" och går."));
  CHECK_FALSE(matches("@citat", "Hon säger \"sju tkn\" och går."));
  CHECK_FALSE(matches("@citat", "Hon säger ”nej” och går."));
  CHECK_FALSE(matches("@citat", "Hon säger nej och går."));
  // The quote must be in the sentence judged.
  CHECK(matching("@citat", "Hon sa ”jag vill inte gå” i dag. Sedan gick hon.\n") ==
        Strings{"Hon sa ”jag vill inte gå” i dag."});
}

TEST_CASE("phrase pattern: parse errors say what and where, in Swedish",
          "[rules][phrase-pattern]") {
  WordLists Lists{{"tal", {"säger"}}};
  CHECK_THAT(parseError("hon {okänd}", Lists),
             Catch::Contains("ordlistan {okänd} finns inte under words"));
  CHECK_THAT(parseError("hon {tal", Lists), Catch::Contains("'{' utan '}'"));
  // A blank entry (", ," in a flow list) is not a word; found by fuzzing.
  WordLists WithBlank{{"tal", {"säger", "  "}}};
  CHECK_THAT(parseError("hon {tal}", WithBlank),
             Catch::Contains("ordlistan {tal} har ett tomt ord"));
  CHECK(parseError("(hon | han", Lists) == "'(' utan ')' (tecken 11 i mönstret)");
  CHECK(parseError("hon ) han") == "oväntat ')' (tecken 5 i mönstret)");
  CHECK_THAT(parseError("hon @verb"), Catch::Contains("okänd ordklass @verb"));
  CHECK_THAT(parseError("hon @verb"),
             Catch::Contains("(@namn, @annan, @ord, @tal, @decimaltal, @citat)"));
  // A place that needs a word and has none.
  CHECK_THAT(parseError("hon * han"), Catch::Contains("här väntades ett ord"));
  CHECK_THAT(parseError("hon !"), Catch::Contains("här väntades ett ord"));
  CHECK_THAT(parseError("? hon"), Catch::Contains("här väntades ett ord"));
  // Columns count letters, not bytes.
  CHECK(parseError("år ) ö") == "oväntat ')' (tecken 4 i mönstret)");
  CHECK(parseError("hon ~5 {tal} ( säger | ^ ) , : $ @citat", Lists).empty());
}

TEST_CASE("phrase pattern: registered start words find the same matches",
          "[rules][phrase-pattern]") {
  // With registerWords, where a match can start and end comes from the
  // analysis's word-list hits instead of testing each word: the answers
  // must agree, also where a sentence has a start and no end.
  WordLists Lists{{"tal", {"säger", "tycker att", "uttryck*"}}};
  const char *Patterns[] = {"hon {tal}", "berätt* ~ dag", "( hon | han | hen ) vill",
                            "inte? vill duscha", "{tal} @citat", "mer , hon",
                            "@namn berättar", "^ hon", "*mål", "t.ex duschen",
                            "@namn ~ ( dag | {tal} ) $", "( hon | hen ) ~ oro*", "vill ~"};
  const char *Text = "Hon säger nej. Elsa berättar om sin dag. Han vill duscha.\n"
                     "Hen uttrycker oro. Hon tycker att ”det är för kallt”.\n"
                     "Ju mer, hon vill. Ett delmål. Hon vill t.ex. duschen.\n";
  LexiconIndex Index;
  std::vector<PhrasePattern> Registered;
  std::vector<bool> HasStarts;
  for (const char *P : Patterns) {
    Registered.push_back(parsed(P, Lists));
    HasStarts.push_back(Registered.back().registerWords(Index));
  }
  // Patterns that start with a class or an assertion cannot be looked up.
  CHECK(HasStarts == std::vector<bool>{true, true, true, true, true, true,
                                       false, false, false, true, false, true, true});
  Analysed WithHits(Text, &Index), Without(Text);
  std::vector<SentenceView> A = WithHits.sentences(), B = Without.sentences();
  REQUIRE(A.size() == B.size());
  REQUIRE(A.size() == 8);
  for (size_t I = 0; I < std::size(Patterns); ++I) {
    PhrasePattern Plain = parsed(Patterns[I], Lists);
    for (size_t S = 0; S < A.size(); ++S) {
      INFO(Patterns[I] << " on '" << textOf(A[S]) << "'");
      CHECK(Registered[I].matches(A[S]) == Plain.matches(B[S]));
    }
  }
  // And they do match something.
  CHECK(Registered[0].matches(A[0]));
  CHECK(Registered[5].matches(A[5]));
  CHECK(Registered[9].matches(A[7]));
  CHECK(Registered[10].matches(A[1]));
  CHECK(Registered[11].matches(A[3]));
  CHECK_FALSE(Registered[11].matches(A[0]));
}

TEST_CASE("phrase pattern: a registered stem that starts with a digit",
          "[rules][phrase-pattern]") {
  // A pattern's first words join the shared word lists; a stem of digits
  // must find its start in a number there as it does tested word by word.
  LexiconIndex Index;
  PhrasePattern Registered = parsed("2* gånger");
  REQUIRE(Registered.registerWords(Index));
  Analysed WithHits("Hon duschar 25 gånger.", &Index);
  Analysed Without("Hon duschar 25 gånger.");
  CHECK(parsed("2* gånger").matches(Without.sentences().front()));
  CHECK(Registered.matches(WithHits.sentences().front()));
}

TEST_CASE("phrase pattern: a long sentence and a pattern full of gaps",
          "[rules][phrase-pattern]") {
  // Every (pattern node, word) pair is visited at most once: a backtracking
  // matcher would take exponential time here.
  std::string Body = "Hon";
  for (int I = 0; I < 5000; ++I)
    Body += I % 2 ? " och" : " sedan";
  std::string Matching = Body + " säger att hon vill";
  Analysed A(Body), B(Matching);
  REQUIRE(A.sentences().size() == 1);
  REQUIRE(A.sentences().front().Tokens.size() == 5001);
  PhrasePattern P = parsed("~ ~5 ( och ~ | sedan ~5 )? ~5 ~ säger ~5 ~5 att ~ vill");
  CHECK_FALSE(P.matches(A.sentences().front()));
  CHECK(P.matches(B.sentences().front()));
  PhrasePattern Anywhere = parsed("@ord ~5 ~5 ~5 ~5 ( ~5 | ~5 ) !sedan* ~ $");
  CHECK(Anywhere.matches(B.sentences().front()));
}

TEST_CASE("phrase pattern: a sentence read from a word or up to one", "[rules][phrase]") {
  Analysed A("Rune blev ledsen när sonen ringde och sa det.");
  std::vector<SentenceView> All = A.sentences();
  REQUIRE(All.size() == 1);
  const SentenceView &S = All.front();
  REQUIRE(S.Tokens.size() == 9);
  uint32_t When = S.FirstToken + 3; // "när"
  // "^" stands before the word the view starts from.
  CHECK(parsed("^ när sonen").matches(S.from(When)));
  CHECK_FALSE(parsed("^ när sonen").matches(S));
  CHECK_FALSE(parsed("^ sonen").matches(S.from(When)));
  // Up to and with "när": the speech verb after it is out of reach.
  SentenceView Before = S.through(When);
  CHECK(textOf(Before) == "Rune blev ledsen när");
  CHECK(parsed("ledsen när $").matches(Before));
  CHECK_FALSE(parsed("sa").matches(Before));
  CHECK(parsed("sa").matches(S));
}

namespace {

/// The words of the first match of \p Pattern in the one sentence
/// \p Sentence, or "-" for none.
std::string firstMatchOf(llvm::StringRef Pattern, llvm::StringRef Sentence) {
  PhrasePattern P = parsed(Pattern);
  Analysed A(Sentence);
  std::vector<SentenceView> All = A.sentences();
  REQUIRE(All.size() == 1);
  const SentenceView &S = All.front();
  auto Span = P.firstMatch(S);
  if (!Span)
    return "-";
  REQUIRE(Span->first < Span->second);
  REQUIRE(Span->second <= S.Tokens.size());
  return S.Text.slice(S.Tokens[Span->first].Begin, S.Tokens[Span->second - 1].End).str();
}

} // namespace

TEST_CASE("phrase pattern: the first match's words, for a finding to mark",
          "[rules][phrase-pattern]") {
  CHECK(firstMatchOf("gjorde @namn gott", "Promenaden gjorde Arne gott i dag.") ==
        "gjorde Arne gott");
  // The match that starts first wins, not the one found first.
  CHECK(firstMatchOf("(gav | gav @namn) ro", "Det gav ro och gav Evert ro.") == "gav ro");
  CHECK(firstMatchOf("@namn ~2 gott", "I dag gjorde det Arne mycket gott.") ==
        "Arne mycket gott");
  // A later start is tried when an earlier one leads nowhere.
  CHECK(firstMatchOf("gav @namn ro", "Han gav upp men gav Evert ro.") == "gav Evert ro");
  CHECK(firstMatchOf("gav @namn ro", "Han gav upp.") == "-");
}
