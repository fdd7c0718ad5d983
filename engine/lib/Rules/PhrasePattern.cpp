#include "PhrasePattern.h"

#include "Rules/RuleKinds.h"
#include "Support/SourceFile.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace ibic {

struct PhrasePattern::Node {
  enum class Kind : uint8_t { Word, Split, Assert, Accept };
  /// What a Word node asks of one token.
  enum class Test : uint8_t {
    Literal, Stem, Suffix, Set, Any, Name, OtherPerson, Letters, Number, Decimal
  };
  /// What an Assert node asks of the position between tokens.
  enum class Check : uint8_t { Start, End, Mark, Quote, NotFollowedBy };

  explicit Node(Kind K) : What(K) {}

  Kind What;
  Test T = Test::Any;
  bool Negated = false;
  std::string Text; ///< A literal word or a stem, folded.
  const WordSet *Set = nullptr;
  Check C = Check::Start;
  char Mark = 0;
  /// NotFollowedBy: the folded words that must not come next.
  std::vector<std::string> Following;
  int Next = -1, Alt = -1; ///< Successors; -1 for none.
  /// Of a Split whose choices all begin with a plain word: every word they
  /// may begin with, so a search tests the next token once, not each choice.
  const WordSet *Gate = nullptr;
};

namespace {

/// Calls \p Visit once on each node reached from \p From, where Visit
/// pushes the nodes to go on to; false as soon as Visit says to stop.
template <typename VisitFn>
bool walkNodes(int From, size_t Count, VisitFn Visit) {
  std::vector<int> Stack{From};
  std::vector<bool> Seen(Count, false);
  while (!Stack.empty()) {
    int I = Stack.back();
    Stack.pop_back();
    if (I < 0 || Seen[I])
      continue;
    Seen[I] = true;
    if (!Visit(I, Stack))
      return false;
  }
  return true;
}

/// Calls \p Add(Folded, IsStem) for each word and stem that the plain word
/// node \p N matches (PhrasePattern::isPlain).
template <typename AddFn> void forEachPlainForm(const PhrasePattern::Node &N, AddFn Add) {
  if (N.T == PhrasePattern::Node::Test::Set) {
    for (const auto &W : N.Set->Words)
      Add(W.getKey(), false);
    for (const std::string &Stem : N.Set->Stems)
      Add(llvm::StringRef(Stem), true);
  } else {
    Add(llvm::StringRef(N.Text), N.T == PhrasePattern::Node::Test::Stem);
  }
}

} // namespace

void PhrasePattern::findFirstWords() {
  // The word nodes reachable from the start without consuming a word; an
  // assertion that depends on the position there means any position may
  // start.
  std::vector<int> Words;
  bool Bounded = walkNodes(0, Nodes.size(), [&](int I, std::vector<int> &Stack) {
    const Node &N = Nodes[I];
    switch (N.What) {
    case Node::Kind::Word:
      Words.push_back(I);
      return true;
    case Node::Kind::Split:
      Stack.push_back(N.Next);
      Stack.push_back(N.Alt);
      return true;
    case Node::Kind::Assert:
      // "^ ..." can only start at the first word, also as one choice of
      // several ("{insats} ~ {installt} | ^ {installt}"): the others still
      // start only at their first words.
      if (N.C == Node::Check::Start) {
        AlsoAtStart = true;
        return true;
      }
      // "@citat" holds at every position or at none: the words after it
      // start the match ("@citat jag vill").
      if (N.C == Node::Check::Quote) {
        Stack.push_back(N.Next);
        return true;
      }
      return false;
    case Node::Kind::Accept:
      // A match with no word ("@citat", "x?") holds at the first position
      // if anywhere.
      AlsoAtStart = true;
      return true;
    }
    return false;
  });
  if (!Bounded)
    return;
  if (Words.empty() && AlsoAtStart)
    AnchoredAtStart = true;
  else
    FirstWords = std::move(Words);
}

PhrasePattern::PhrasePattern() = default;
PhrasePattern::~PhrasePattern() = default;
PhrasePattern::PhrasePattern(PhrasePattern &&) = default;
PhrasePattern &PhrasePattern::operator=(PhrasePattern &&) = default;

void WordSet::addStem(llvm::StringRef Folded) {
  if (Folded.empty())
    return;
  auto At = llvm::lower_bound(Stems, Folded);
  if (At == Stems.end() || *At != Folded)
    Stems.insert(At, Folded.str());
  // Stems is sorted, so the stems that begin with one byte are a range.
  std::fill(std::begin(StemsTo), std::end(StemsTo), 0);
  for (uint32_t I = 0; I < Stems.size(); ++I) {
    uint8_t First = Stems[I].front();
    if (StemsTo[First] == 0)
      StemsFrom[First] = I;
    StemsTo[First] = I + 1;
  }
}

bool WordSet::contains(const Token &T) const {
  llvm::StringRef Folded = T.Folded;
  if (Folded.empty())
    return false;
  if (Words.contains(T))
    return true;
  // Only the few stems with the word's first byte can begin it; a list of
  // fifty stems costs a handful of comparisons per word, not fifty.
  uint8_t First = Folded.front();
  for (uint32_t I = StemsFrom[First]; I < StemsTo[First]; ++I)
    if (Folded.startswith(Stems[I]))
      return true;
  return false;
}

SentenceView SentenceView::of(const Paragraph &P, const Sentence &S) {
  SentenceView V;
  V.Tokens = llvm::makeArrayRef(P.Tokens).slice(S.FirstToken, S.EndToken - S.FirstToken);
  V.Text = P.Text;
  V.Begin = S.Begin;
  V.End = S.End;
  V.Quotes = P.Quotes;
  V.ParagraphTokens = P.Tokens;
  V.Hits = llvm::makeArrayRef(P.Hits).slice(S.FirstHit, S.EndHit - S.FirstHit);
  V.FirstToken = S.FirstToken;
  V.HasHits = true;
  V.Lists = S.Lists;
  return V;
}

SentenceView SentenceView::through(uint32_t Last) const {
  SentenceView V = *this;
  uint32_t Count = std::min<uint32_t>(Last + 1 - FirstToken, Tokens.size());
  V.Tokens = Tokens.take_front(Count);
  V.End = V.Tokens.empty() ? Begin : V.Tokens.back().End;
  auto ByToken = [](const LexiconIndex::Hit &H, uint32_t T) { return H.First < T; };
  V.Hits = Hits.take_front(std::lower_bound(Hits.begin(), Hits.end(), Last + 1, ByToken) -
                           Hits.begin());
  return V;
}

SentenceView SentenceView::from(uint32_t At) const {
  SentenceView V = *this;
  V.Tokens = Tokens.drop_front(At - FirstToken);
  V.Begin = V.Tokens.empty() ? End : V.Tokens.front().Begin;
  V.FirstToken = At;
  V.Hits = {};
  V.HasHits = false;
  return V;
}

SentenceView SentenceView::heading(const SectionAnalysis &A) {
  SentenceView V;
  V.Tokens = A.HeadingTokens;
  V.Text = A.Heading;
  V.End = A.Heading.size();
  return V;
}

namespace {

using Node = PhrasePattern::Node;

/// A piece of the node graph under construction: where it starts and the
/// successor slots still to be joined to what follows (node, is-Alt).
struct Fragment {
  int Start = -1;
  std::vector<std::pair<int, bool>> Outs;
};

} // namespace

/// Recursive descent over the pattern text, building a Thompson graph.
class PatternParser {
public:
  PatternParser(llvm::StringRef Source, const WordLists &Lists, PhrasePattern &Out)
      : Source(Source), Rest(Source), Lists(Lists), Out(Out) {}

  llvm::Error run() {
    // "^^" anchors at the start of the sentence's line: a label that heads
    // the line ("Hur: … . Personalen …") governs every sentence on it.
    if (Rest.ltrim().startswith("^^")) {
      Rest = Rest.ltrim().drop_front();
      Out.AnchoredAtLine = true;
    }
    Fragment F = alternation();
    if (Error.empty() && !Rest.ltrim().empty())
      fail("oväntat '" + Rest.ltrim().take_front(1).str() + "'");
    if (!Error.empty())
      return llvm::createStringError(std::errc::invalid_argument, Error.c_str());
    int Accept = add(Node(Node::Kind::Accept));
    patch(F, Accept);
    Out.Nodes[0].Next = F.Start; // matching starts at node 0
    return llvm::Error::success();
  }

private:
  int add(Node N) {
    Out.Nodes.push_back(std::move(N));
    return Out.Nodes.size() - 1;
  }
  void patch(const Fragment &F, int To) {
    for (auto [N, IsAlt] : F.Outs)
      (IsAlt ? Out.Nodes[N].Alt : Out.Nodes[N].Next) = To;
  }
  void fail(std::string Message) {
    if (!Error.empty())
      return;
    size_t Column = countCodePoints(Source.take_front(Source.size() - Rest.size())) + 1;
    Error = Message + " (tecken " + std::to_string(Column) + " i mönstret)";
  }
  bool peek(char C) {
    Rest = Rest.ltrim();
    return !Rest.empty() && Rest.front() == C;
  }

  Fragment single(Node N) {
    int I = add(std::move(N));
    return {I, {{I, false}}};
  }
  Fragment empty() { return single(Node(Node::Kind::Split)); }
  Fragment sequence(Fragment A, Fragment B) {
    patch(A, B.Start);
    return {A.Start, std::move(B.Outs)};
  }
  Fragment choice(Fragment A, Fragment B) {
    Node S(Node::Kind::Split);
    S.Next = A.Start;
    S.Alt = B.Start;
    int I = add(S);
    A.Outs.insert(A.Outs.end(), B.Outs.begin(), B.Outs.end());
    return {I, std::move(A.Outs)};
  }
  Fragment optional(Fragment A) {
    Node S(Node::Kind::Split);
    S.Next = A.Start;
    int I = add(S);
    A.Outs.push_back({I, true});
    return {I, std::move(A.Outs)};
  }

  Fragment alternation() {
    std::vector<Fragment> Branches{sequenceUntilBar()};
    while (Error.empty() && peek('|')) {
      Rest = Rest.drop_front();
      Branches.push_back(sequenceUntilBar());
    }
    // Branches that are one plain word or stem ("(hon | han | hen)") become
    // one set: a hash lookup per word instead of a test per branch.
    auto IsWord = [&](const Fragment &F) {
      const Node &N = Out.Nodes[F.Start];
      return F.Outs.size() == 1 && F.Outs.front().first == F.Start &&
             N.What == Node::Kind::Word && !N.Negated &&
             (N.T == Node::Test::Literal || N.T == Node::Test::Stem);
    };
    std::vector<Fragment> Kept;
    std::shared_ptr<WordSet> Set;
    for (Fragment &F : Branches) {
      if (Branches.size() < 3 || !IsWord(F)) {
        Kept.push_back(std::move(F));
        continue;
      }
      if (!Set)
        Set = std::make_shared<WordSet>();
      const Node &N = Out.Nodes[F.Start];
      if (N.T == Node::Test::Stem)
        Set->addStem(N.Text);
      else
        Set->Words.insert(N.Text);
    }
    if (Set) {
      Node S(Node::Kind::Word);
      S.T = Node::Test::Set;
      S.Set = Set.get();
      Out.Sets.push_back(std::move(Set));
      Kept.insert(Kept.begin(), single(std::move(S)));
    }
    Fragment F = std::move(Kept.front());
    for (size_t I = 1; I < Kept.size(); ++I)
      F = choice(std::move(F), std::move(Kept[I]));
    return F;
  }

  Fragment sequenceUntilBar() {
    std::optional<Fragment> F;
    while (Error.empty() && !(Rest = Rest.ltrim()).empty() && !peek('|') && !peek(')')) {
      Fragment E = atom();
      if (peek('?')) {
        Rest = Rest.drop_front();
        E = optional(std::move(E));
      }
      F = F ? sequence(std::move(*F), std::move(E)) : std::move(E);
    }
    return F ? std::move(*F) : empty();
  }

  /// A word as written in a pattern or a list: letters, digits and the
  /// marks words hold ("p.g.a", "tv:n", "LSS-boende"), maybe ending in '*'.
  llvm::StringRef takeWord() {
    size_t N = 0;
    while (N < Rest.size() && !llvm::isSpace(Rest[N]) &&
           !llvm::StringRef("()|?~^${}!@,").contains(Rest[N]) &&
           !(Rest[N] == ':' && (N + 1 == Rest.size() || llvm::isSpace(Rest[N + 1]))))
      ++N;
    llvm::StringRef W = Rest.take_front(N);
    Rest = Rest.drop_front(N);
    return W;
  }

  Node wordNode(llvm::StringRef Written) {
    Node N(Node::Kind::Word);
    if (Written.consume_front("*"))
      N.T = Node::Test::Suffix;
    else if (Written.consume_back("*"))
      N.T = Node::Test::Stem;
    else
      N.T = Node::Test::Literal;
    N.Text = foldText(Written);
    return N;
  }

  /// One token test: a word, a list of single words, or a class.
  std::optional<Node> tokenTest() {
    if (peek('@')) {
      Rest = Rest.drop_front();
      llvm::StringRef Name = takeWord();
      static const std::pair<llvm::StringRef, Node::Test> Classes[] = {
          {"namn", Node::Test::Name}, {"annan", Node::Test::OtherPerson},
          {"ord", Node::Test::Letters},
          {"tal", Node::Test::Number}, {"decimaltal", Node::Test::Decimal}};
      for (auto [Known, T] : Classes)
        if (Name == Known) {
          Node N(Node::Kind::Word);
          N.T = T;
          return N;
        }
      fail("okänd ordklass @" + Name.str() +
           " (@namn, @annan, @ord, @tal, @decimaltal, @citat)");
      return std::nullopt;
    }
    llvm::StringRef W = takeWord();
    if (W.empty() || W == "*") {
      fail("här väntades ett ord");
      return std::nullopt;
    }
    return wordNode(W);
  }

  /// "{name}": its single words and stems as one word test, and its
  /// phrases in \p Phrases (none allowed when \p Phrases is null).
  std::optional<Node> listTest(std::vector<Fragment> *Phrases) {
    Rest = Rest.drop_front(); // '{'
    size_t Close = Rest.find('}');
    if (Close == llvm::StringRef::npos) {
      fail("'{' utan '}'");
      return std::nullopt;
    }
    llvm::StringRef Name = Rest.take_front(Close).trim();
    Rest = Rest.drop_front(Close + 1);
    // "{a | b}": the entries of both lists, so that "!{a | b}" is a word
    // in neither.
    llvm::SmallVector<llvm::StringRef, 2> Names;
    Name.split(Names, '|');
    std::vector<llvm::StringRef> Entries;
    for (llvm::StringRef One : Names) {
      auto It = Lists.find(One.trim().str());
      if (It == Lists.end()) {
        fail("ordlistan {" + One.trim().str() + "} finns inte under words");
        return std::nullopt;
      }
      Entries.insert(Entries.end(), It->second.begin(), It->second.end());
    }
    auto Set = std::make_shared<WordSet>();
    for (llvm::StringRef Entry : Entries) {
      llvm::SmallVector<llvm::StringRef, 4> Words;
      Entry.trim().split(Words, ' ', -1, false);
      if (Words.empty()) {
        fail("ordlistan {" + Name.str() + "} har ett tomt ord; ta bort det");
        return std::nullopt;
      }
      if (Words.size() == 1) {
        llvm::StringRef W = Words.front();
        if (W.consume_back("*"))
          Set->addStem(foldText(W));
        else
          Set->Words.insert(foldText(W));
        continue;
      }
      if (!Phrases) {
        fail("!{" + Name.str() + "} tar bara enstaka ord, inte '" + Entry.str() + "'");
        return std::nullopt;
      }
      Fragment P = single(wordNode(Words.front()));
      for (size_t I = 1; I < Words.size(); ++I) {
        // "sa !upp": the words before, where these do not follow.
        if (Words[I].startswith("!")) {
          Node Not(Node::Kind::Assert);
          Not.C = Node::Check::NotFollowedBy;
          Not.Following.push_back(foldText(Words[I].drop_front()));
          for (llvm::StringRef W : llvm::drop_begin(Words, I + 1))
            Not.Following.push_back(foldText(W));
          P = sequence(std::move(P), single(std::move(Not)));
          break;
        }
        P = sequence(std::move(P), single(wordNode(Words[I])));
      }
      Phrases->push_back(std::move(P));
    }
    Node S(Node::Kind::Word);
    S.T = Node::Test::Set;
    S.Set = Set.get();
    Out.Sets.push_back(std::move(Set));
    return S;
  }

  Fragment list() {
    std::vector<Fragment> Phrases;
    std::optional<Node> S = listTest(&Phrases);
    if (!S)
      return empty();
    Fragment F = single(std::move(*S));
    for (Fragment &P : Phrases)
      F = choice(std::move(F), std::move(P));
    return F;
  }

  Fragment gap() {
    Rest = Rest.drop_front(); // '~'
    unsigned Words = 3;
    size_t Digits = std::min(Rest.find_if_not([](char C) { return llvm::isDigit(C); }),
                             Rest.size());
    if (Digits > 0) {
      Rest.take_front(Digits).getAsInteger(10, Words);
      Rest = Rest.drop_front(Digits);
    }
    // Nested optionals: (any (any (any)?)?)?
    Fragment F = empty();
    for (unsigned I = 0; I < Words; ++I) {
      Node Any(Node::Kind::Word);
      Any.T = Node::Test::Any;
      F = sequence(std::move(F), optional(single(std::move(Any))));
    }
    return F;
  }

  Fragment atom() {
    char C = Rest.front();
    auto Assert = [&](Node::Check Check, char Mark = 0) {
      Rest = Rest.drop_front();
      Node N(Node::Kind::Assert);
      N.C = Check;
      N.Mark = Mark;
      return single(std::move(N));
    };
    switch (C) {
    case '(': {
      Rest = Rest.drop_front();
      Fragment F = alternation();
      if (!peek(')'))
        fail("'(' utan ')'");
      else
        Rest = Rest.drop_front();
      return F;
    }
    case '~':
      return gap();
    case '^':
      return Assert(Node::Check::Start);
    case '$':
      return Assert(Node::Check::End);
    case ',':
      return Assert(Node::Check::Mark, ',');
    case ':':
      return Assert(Node::Check::Mark, ':');
    case '{':
      return list();
    case '!': {
      Rest = Rest.drop_front();
      std::optional<Node> T = peek('{') ? listTest(nullptr) : tokenTest();
      if (!T)
        return empty();
      T->Negated = true;
      return single(std::move(*T));
    }
    case '@':
      if (Rest.startswith("@citat")) {
        Rest = Rest.drop_front(llvm::StringRef("@citat").size() - 1);
        return Assert(Node::Check::Quote);
      }
      [[fallthrough]];
    default: {
      std::optional<Node> T = tokenTest();
      return T ? single(std::move(*T)) : empty();
    }
    }
  }

  llvm::StringRef Source, Rest;
  const WordLists &Lists;
  PhrasePattern &Out;
  std::string Error;
};

llvm::Expected<PhrasePattern> PhrasePattern::parse(llvm::StringRef Source,
                                                   const WordLists &Lists) {
  PhrasePattern P;
  P.Nodes.push_back(Node(Node::Kind::Split)); // the entry, pointed at the start
  if (llvm::Error E = PatternParser(Source, Lists, P).run())
    return E;
  P.findFirstWords();
  P.findLastWords();
  P.findGates();
  return P;
}

bool PhrasePattern::passes(const Node &N, const Token &T, llvm::StringRef Text) {
  bool Result = false;
  switch (N.T) {
  case Node::Test::Literal:
    Result = T.Folded == N.Text;
    break;
  case Node::Test::Stem:
    Result = T.Folded.startswith(N.Text);
    break;
  case Node::Test::Suffix:
    Result = T.Folded.endswith(N.Text);
    break;
  case Node::Test::Set:
    Result = N.Set->contains(T);
    break;
  case Node::Test::Any:
    Result = true;
    break;
  case Node::Test::Name:
    Result = T.has(Token::Capitalised);
    break;
  case Node::Test::OtherPerson:
    Result = T.has(Token::OtherPerson);
    break;
  case Node::Test::Letters:
    Result = T.has(Token::Letters);
    break;
  case Node::Test::Number:
    Result = T.has(Token::Digits) && !T.has(Token::Letters);
    break;
  case Node::Test::Decimal: {
    llvm::StringRef W = Text.slice(T.Begin, T.End);
    size_t Mark = W.find_first_of(".,");
    Result = !T.has(Token::Letters) && Mark != llvm::StringRef::npos &&
             Mark > 0 && Mark + 1 < W.size();
    break;
  }
  }
  return Result != N.Negated;
}

namespace {

bool holds(const Node &N, const SentenceView &S, size_t Pos) {
  size_t Count = S.Tokens.size();
  switch (N.C) {
  case Node::Check::Start:
    return Pos == 0;
  case Node::Check::End:
    return Pos == Count;
  case Node::Check::Mark: {
    uint32_t From = Pos > 0 ? S.Tokens[Pos - 1].End : S.Begin;
    uint32_t To = Pos < Count ? S.Tokens[Pos].Begin : S.End;
    return S.Text.slice(From, To).contains(N.Mark);
  }
  case Node::Check::NotFollowedBy:
    if (Pos + N.Following.size() > Count)
      return true;
    for (size_t I = 0; I < N.Following.size(); ++I)
      if (S.Tokens[Pos + I].Folded != N.Following[I])
        return true;
    return false;
  case Node::Check::Quote:
    return llvm::any_of(S.Quotes, [&](const ByteRange &Q) {
      return Q.first >= S.Begin && Q.second <= S.End &&
             countCodePoints(S.Text.slice(Q.first, Q.second)) >= 8;
    });
  }
  return false;
}

} // namespace

void PhrasePattern::findLastWords() {
  // Walk back from the accept node through the nodes that consume no word;
  // the word nodes met are the last words. Reaching the entry that way
  // means a match may be empty.
  std::vector<std::vector<int>> Before(Nodes.size());
  int Accept = -1;
  for (int I = 0; I < int(Nodes.size()); ++I) {
    for (int To : {Nodes[I].Next, Nodes[I].Alt})
      if (To >= 0)
        Before[To].push_back(I);
    if (Nodes[I].What == Node::Kind::Accept)
      Accept = I;
  }
  std::vector<int> Words;
  bool Bounded = walkNodes(Accept, Nodes.size(), [&](int I, std::vector<int> &Stack) {
    if (Nodes[I].What == Node::Kind::Word) {
      Words.push_back(I);
      return true;
    }
    Stack.insert(Stack.end(), Before[I].begin(), Before[I].end());
    return I != 0;
  });
  if (Bounded)
    LastWords = std::move(Words);
}

void PhrasePattern::findGates() {
  // Only where a choice begins: the splits inside it have the root's gate
  // before them.
  std::vector<bool> Chosen(Nodes.size(), false);
  for (const Node &N : Nodes)
    if (N.What == Node::Kind::Split)
      for (int To : {N.Next, N.Alt})
        if (To >= 0)
          Chosen[To] = true;
  for (int I = 0; I < int(Nodes.size()); ++I) {
    if (Nodes[I].What != Node::Kind::Split || Chosen[I])
      continue;
    std::vector<int> Words;
    bool AllPlain = walkNodes(I, Nodes.size(), [&](int J, std::vector<int> &Stack) {
      const Node &N = Nodes[J];
      if (N.What == Node::Kind::Split) {
        Stack.push_back(N.Next);
        Stack.push_back(N.Alt);
        return true;
      }
      Words.push_back(J);
      return N.What == Node::Kind::Word && isPlain(J);
    });
    // Two choices cost about what the gate's lookup does.
    if (!AllPlain || Words.size() < 3)
      continue;
    auto Gate = std::make_shared<WordSet>();
    for (int J : Words)
      forEachPlainForm(Nodes[J], [&](llvm::StringRef Form, bool Stem) {
        if (Stem)
          Gate->addStem(Form);
        else
          Gate->Words.insert(Form);
      });
    Nodes[I].Gate = Gate.get();
    Sets.push_back(std::move(Gate));
  }
}

bool PhrasePattern::isPlain(int I) const {
  const Node &N = Nodes[I];
  return !N.Negated && (N.T == Node::Test::Literal || N.T == Node::Test::Stem ||
                        N.T == Node::Test::Set);
}

LexiconIndex::ListId PhrasePattern::listOf(llvm::ArrayRef<int> Words,
                                           LexiconIndex &Index) const {
  // The words, stems marked, in one order whatever the pattern's: the
  // list's name.
  std::vector<std::string> Forms;
  for (int I : Words)
    forEachPlainForm(Nodes[I], [&](llvm::StringRef Form, bool Stem) {
      Forms.push_back((Form + (Stem ? "*" : "")).str());
    });
  llvm::sort(Forms);
  Forms.erase(std::unique(Forms.begin(), Forms.end()), Forms.end());
  auto [List, New] = Index.sharedList(llvm::join(Forms, "\n"));
  if (New)
    for (llvm::StringRef Form : Forms)
      Index.add(List, 0, Form.rtrim('*'),
                Form.endswith("*") ? LexiconIndex::Match::Stem : LexiconIndex::Match::Words);
  return List;
}

bool PhrasePattern::registerWords(LexiconIndex &Index) {
  // A match ends with one of its last words: a sentence with none of them
  // is passed over without a search. Only when all are plain words.
  if (LastWords && !LastWords->empty() &&
      llvm::all_of(*LastWords, [&](int I) { return isPlain(I); }))
    Ends = listOf(*LastWords, Index);
  if (!FirstWords)
    return false;
  // Plain word tests go to the list; classes (@namn) stay tests of their own.
  std::vector<int> Plain;
  for (int I : *FirstWords)
    (isPlain(I) ? Plain : OtherFirstWords).push_back(I);
  if (Plain.empty()) {
    OtherFirstWords.clear();
    return false;
  }
  Starts = listOf(Plain, Index);
  return true;
}

bool PhrasePattern::mayMatchIn(const ListBits &Lists) const {
  auto Has = [&](std::optional<LexiconIndex::ListId> List) {
    return !List || Lists.mayHit(*List);
  };
  bool StartsOnlyThere = OtherFirstWords.empty() && !AnchoredAtStart && !AlsoAtStart;
  return (!StartsOnlyThere || Has(Starts)) && Has(Ends);
}

void PhrasePattern::startPositions(const SentenceView &S,
                                   llvm::SmallVectorImpl<uint32_t> &Out) const {
  const uint32_t Words = S.Tokens.size();
  if (AnchoredAtStart || AlsoAtStart)
    Out.push_back(0);
  if (AnchoredAtStart)
    return;
  if (!FirstWords) {
    for (uint32_t P = 0; P <= Words; ++P)
      Out.push_back(P);
    return;
  }
  auto Test = [&](llvm::ArrayRef<int> Tests) {
    for (uint32_t P = 0; P < Words; ++P)
      if (llvm::any_of(Tests, [&](int I) { return passes(Nodes[I], S.Tokens[P], S.Text); }))
        Out.push_back(P);
  };
  if (!Starts || !S.HasHits) {
    Test(*FirstWords);
    return;
  }
  // The analysis already found where the plain first words are.
  if (S.mayHit(*Starts))
    for (const LexiconIndex::Hit &H : S.Hits)
      if (H.List == *Starts)
        Out.push_back(H.First - S.FirstToken);
  Test(OtherFirstWords);
}

SentenceView SentenceView::fromLineStart() const {
  size_t Newline = Text.rfind('\n', Begin);
  uint32_t LineBegin = Newline == llvm::StringRef::npos ? 0 : Newline + 1;
  llvm::ArrayRef<Token> Before = ParagraphTokens.take_front(FirstToken);
  uint32_t First = std::partition_point(Before.begin(), Before.end(),
                                        [&](const Token &T) {
                                          return T.Begin < LineBegin;
                                        }) -
                   Before.begin();
  SentenceView V = *this;
  V.Tokens = ParagraphTokens.slice(First, FirstToken + Tokens.size() - First);
  V.Begin = std::min(Begin, LineBegin);
  V.FirstToken = First;
  V.HasHits = false;
  return V;
}

bool PhrasePattern::matches(const SentenceView &Sentence) const {
  if (AnchoredAtLine && !Sentence.ParagraphTokens.empty() &&
      Sentence.FirstToken > 0)
    return search<false>(Sentence.fromLineStart()).has_value();
  return search<false>(Sentence).has_value();
}

std::optional<std::pair<uint32_t, uint32_t>> PhrasePattern::firstMatch(const SentenceView &S) const {
  return search<true>(S);
}

template <bool Span>
std::optional<std::pair<uint32_t, uint32_t>> PhrasePattern::search(const SentenceView &S) const {
  const size_t Positions = S.Tokens.size() + 1;
  if (Ends && S.HasHits &&
      (!S.mayHit(*Ends) ||
       llvm::none_of(S.Hits, [&](const LexiconIndex::Hit &H) { return H.List == *Ends; })))
    return std::nullopt;
  // Each (node, position) is explored once: time is linear in the sentence
  // whatever the pattern's choices and gaps. Most start positions fail on
  // their first word and explore nothing.
  llvm::SmallVector<uint32_t, 16> Starting;
  startPositions(S, Starting);
  if (Starting.empty())
    return std::nullopt;
  // The states visited. A pattern of a long word list has hundreds of
  // nodes, so a sentence of usual length has thousands of states: they are
  // marked with the number of this search in a table the thread keeps, so
  // that no search clears or allocates one. A sentence of thousands of
  // words keeps its states in a hash set instead.
  const size_t States = Nodes.size() * Positions;
  const bool InTable = States <= MaxStatesInTable;
  struct VisitTable {
    std::vector<uint32_t> Marks;
    uint32_t Search = 0;
  };
  thread_local VisitTable Table;
  llvm::DenseSet<uint64_t> Many;
  if (InTable) {
    if (Table.Marks.size() < States)
      Table.Marks.resize(States, 0);
    if (++Table.Search == 0) { // wrapped: old marks could pass for new ones
      std::fill(Table.Marks.begin(), Table.Marks.end(), 0);
      Table.Search = 1;
    }
  }
  const uint32_t Search = Table.Search;
  auto FirstVisit = [&](uint64_t Key) {
    if (!InTable)
      return Many.insert(Key).second;
    uint32_t &Mark = Table.Marks[Key];
    if (Mark == Search)
      return false;
    Mark = Search;
    return true;
  };
  // The starts are explored in order, each to the end before the next: a
  // state one start left without a match leads to none from a later one,
  // so the states visited are shared, and the first match found starts
  // first. Where it starts is kept only when asked for (Span): a yes or no
  // is asked far more often, and the smaller states are faster.
  struct State {
    int Node;
    uint32_t Pos;
  };
  struct StateWithStart : State {
    uint32_t Start;
  };
  using Entry = std::conditional_t<Span, StateWithStart, State>;
  auto Make = [](int Node, uint32_t Pos, [[maybe_unused]] uint32_t Start) {
    if constexpr (Span)
      return StateWithStart{{Node, Pos}, Start};
    else
      return State{Node, Pos};
  };
  llvm::SmallVector<Entry, 64> Stack;
  for (uint32_t P : llvm::reverse(Starting))
    Stack.push_back(Make(0, P, P));
  while (!Stack.empty()) {
    Entry E = Stack.pop_back_val();
    auto [I, Pos] = static_cast<const State &>(E);
    uint32_t Start = 0;
    if constexpr (Span)
      Start = E.Start;
    if (I < 0 || !FirstVisit(uint64_t(I) * Positions + Pos))
      continue;
    const Node &N = Nodes[I];
    switch (N.What) {
    case Node::Kind::Accept:
      return std::make_pair(Start, Pos);
    case Node::Kind::Split:
      if (N.Gate && (Pos == S.Tokens.size() || !N.Gate->contains(S.Tokens[Pos])))
        break;
      Stack.push_back(Make(N.Alt, Pos, Start));
      Stack.push_back(Make(N.Next, Pos, Start));
      break;
    case Node::Kind::Assert:
      if (holds(N, S, Pos))
        Stack.push_back(Make(N.Next, Pos, Start));
      break;
    case Node::Kind::Word:
      if (Pos < S.Tokens.size() && passes(N, S.Tokens[Pos], S.Text))
        Stack.push_back(Make(N.Next, Pos + 1, Start));
      break;
    }
  }
  return std::nullopt;
}

std::vector<PhrasePattern> parsePhrasePatterns(const std::vector<Located> &List,
                                               const WordLists &Lists,
                                               KindContext &Context) {
  std::vector<PhrasePattern> Out;
  for (const Located &Source : List) {
    llvm::Expected<PhrasePattern> P = PhrasePattern::parse(Source.Value, Lists);
    if (!P) {
      Context.Options.error(Source.Loc,
                            "felaktigt mönster: " + llvm::toString(P.takeError()));
      continue;
    }
    P->registerWords(Context.Lexicons);
    Out.push_back(std::move(*P));
  }
  return Out;
}

bool anyMatch(const std::vector<PhrasePattern> &Patterns, const SentenceView &S) {
  return llvm::any_of(Patterns, [&](const PhrasePattern &P) { return P.matches(S); });
}

} // namespace ibic
