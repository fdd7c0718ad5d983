#include "Analyzer.h"

#include "Text/Quotes.h"
#include "Text/WebAddresses.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <functional>

namespace ibic {
namespace {

size_t countParagraphs(const Document &D) {
  size_t N = 0;
  D.forEachParagraph([&](const TextSpan &, const void *) { ++N; });
  return N;
}

/// \p Text normalised, kept in the arena so views into it stay valid however
/// the analysis is moved, with every identifier blanked: no rule sees a
/// personnummer, phone number or address, so none can repeat one.
llvm::StringRef prepare(llvm::StringRef Raw, llvm::StringSaver &Saver, OffsetMap *Map,
                        std::vector<IdentifierMatch> &Found) {
  NormalizedText N = normalizeText(Raw);
  llvm::StringRef Text = N.Storage.empty() ? N.Text : llvm::StringRef(N.Storage);
  Found = findIdentifiers(Text);
  if (Map)
    *Map = std::move(N.ToInput);
  if (!Found.empty())
    return Saver.save(blankIdentifiers(Text, Found));
  return N.Storage.empty() ? Text : Saver.save(Text);
}

bool isName(const Token &T) {
  return T.has(Token::Capitalised) && T.has(Token::Letters) && !T.has(Token::Digits) &&
         !T.has(Token::UpperAfterFirst);
}

/// Calls \p Found(name, role) for each name that a word of \p Roles
/// introduces: "dottern Karin", "Karin (dotter)", "Karin, dotter till Elsa".
template <typename Fn>
void forEachIntroduced(const Paragraph &P, const llvm::StringSet<> &Roles, Fn Found) {
  llvm::ArrayRef<Token> T = P.Tokens;
  // A name is the rarer word: it is tested before the role is looked up.
  for (size_t I = 0; I + 1 < T.size(); ++I) {
    bool NameAfter = isName(T[I + 1]), NameFirst = isName(T[I]);
    if (!NameAfter && !NameFirst)
      continue;
    llvm::StringRef Between = P.Text.slice(T[I].End, T[I + 1].Begin).trim();
    if (NameAfter && Between.empty() && Roles.contains(T[I].Folded))
      Found(T[I + 1], T[I]);
    if (NameFirst && (Between == "(" || Between == ",") && Roles.contains(T[I + 1].Folded))
      Found(T[I], T[I + 1]);
  }
}

/// The length of the letter at \p At: an ASCII letter, or a two-byte one
/// from Latin-1 (å, ä, ö, é, ü); 0 for anything else.
unsigned letterAt(llvm::StringRef Text, size_t At) {
  if (llvm::isAlpha(Text[At]))
    return 1;
  return uint8_t(Text[At]) == 0xC3 && At + 1 < Text.size() ? 2 : 0;
}

} // namespace

std::string CaseAnalysis::redact(llvm::StringRef Text) const {
  if (Persons.empty())
    return Text.str();
  std::string Out;
  // The last word written, so that "dottern Karin" and "Lisa Berg" do not
  // become "dottern dottern" and "personalen personalen".
  std::string Last;
  size_t LastEnd = 0;
  for (size_t At = 0; At < Text.size();) {
    size_t End = At;
    while (End < Text.size() && letterAt(Text, End))
      End += letterAt(Text, End);
    if (End == At) {
      Out += Text[At++];
      continue;
    }
    llvm::StringRef Word = Text.slice(At, End);
    std::string Folded = foldText(Word);
    std::string Role;
    if (auto It = Persons.find(Folded); It != Persons.end())
      Role = It->second;
    else if (auto Base = Persons.find(llvm::StringRef(Folded).drop_back());
             llvm::StringRef(Folded).endswith("s") && Base != Persons.end())
      Role = Base->second + "s";
    bool Repeats = !Role.empty() && Role == Last &&
                   llvm::StringRef(Out).drop_front(LastEnd).trim().empty();
    if (Repeats)
      Out.resize(LastEnd);
    else
      Out += Role.empty() ? Word.str() : Role;
    Last = Role.empty() ? Folded : Role;
    LastEnd = Out.size();
    At = End;
  }
  return Out;
}

const llvm::BitVector &ActiveLexicons::forType(llvm::StringRef Type) const {
  auto It = ByType.find(Type);
  return It == ByType.end() ? Always : It->second;
}

bool Paragraph::quoted(uint32_t Begin, uint32_t End) const {
  return insideAny(Quotes, Begin, End);
}

bool Paragraph::inWebAddress(uint32_t Begin, uint32_t End) const {
  return insideAny(WebAddresses, Begin, End);
}

bool Paragraph::inIdentifier(uint32_t Begin, uint32_t End) const {
  return llvm::any_of(Identifiers, [&](const IdentifierMatch &M) {
    return M.Begin < End && Begin < M.End;
  });
}

const Sentence *Paragraph::sentenceAt(uint32_t At) const {
  auto It = std::upper_bound(Sentences.begin(), Sentences.end(), At,
                             [](uint32_t A, const Sentence &S) { return A < S.Begin; });
  if (It == Sentences.begin() || At >= (It - 1)->End)
    return nullptr;
  return &*(It - 1);
}

const SectionAnalysis *DocumentAnalysis::sectionOf(const Section *S) const {
  for (const SectionAnalysis &A : Sections)
    if (A.S == S)
      return &A;
  return nullptr;
}

void Analyzer::analyzeParagraph(const TextSpan &Span, const Section *In,
                                const void *Unit, const llvm::BitVector &Lists,
                                llvm::StringSaver &Saver, Paragraph &P) {
  P.Span = &Span;
  P.In = In;
  P.Unit = Unit;
  P.Text = prepare(Span.Text, Saver, &P.ToSpan, P.Identifiers);
  Segments.words(P.Text, Saver, P.Tokens);
  SentenceRanges.clear();
  Segments.sentences(P.Text, SentenceRanges);
  size_t T = 0;
  for (auto [Begin, End] : SentenceRanges) {
    while (T < P.Tokens.size() && P.Tokens[T].Begin < Begin)
      ++T;
    size_t First = T;
    while (T < P.Tokens.size() && P.Tokens[T].End <= End)
      ++T;
    P.Sentences.push_back({Begin, End, uint32_t(First), uint32_t(T), 0, 0, {}});
  }
  P.Quotes = quotedRanges(P.Text);
  P.WebAddresses = webAddresses(P.Text);
  Lexicons.match(P.Tokens, Lists, P.Hits, &LexiconWords);
  P.Lists = ListBits::of(P.Hits);
  uint32_t H = 0;
  for (Sentence &S : P.Sentences) {
    while (H < P.Hits.size() && P.Hits[H].First < S.FirstToken)
      ++H;
    S.FirstHit = H;
    while (H < P.Hits.size() && P.Hits[H].First < S.EndToken)
      ++H;
    S.EndHit = H;
    S.Lists = ListBits::of(llvm::makeArrayRef(P.Hits).slice(S.FirstHit, H - S.FirstHit));
  }
  P.Counts.add(P.Text, P.Tokens, P.Sentences.size());
}

void Analyzer::analyze(const Document &D, DocumentAnalysis &Out) {
  Out.Doc = &D;
  llvm::StringSaver Saver(Out.Arena);
  const llvm::BitVector &Lists = Active.forType(D.Type);
  // Reserved up front: paragraphs are referred to by index and never move.
  Out.Paragraphs.reserve(countParagraphs(D));
  for (const TextSpan &Span : D.Paragraphs)
    analyzeParagraph(Span, nullptr, &D, Lists, Saver, Out.Paragraphs.emplace_back());
  // Pre-order, so each section's paragraphs, nested ones included, follow
  // its own.
  std::function<void(const Section &, unsigned)> Visit = [&](const Section &S,
                                                             unsigned Depth) {
    size_t Index = Out.Sections.size();
    SectionAnalysis A;
    A.S = &S;
    A.Depth = Depth;
    A.First = Out.Paragraphs.size();
    std::vector<IdentifierMatch> InHeading;
    A.Heading = prepare(S.Heading, Saver, nullptr, InHeading);
    Segments.words(A.Heading, Saver, A.HeadingTokens);
    for (const TextSpan &Span : S.Paragraphs)
      analyzeParagraph(Span, &S, &S, Lists, Saver, Out.Paragraphs.emplace_back());
    A.OwnEnd = Out.Paragraphs.size();
    Out.Sections.push_back(A);
    for (const Section &Child : S.Children)
      Visit(Child, Depth + 1);
    Out.Sections[Index].End = Out.Paragraphs.size();
  };
  for (const Section &S : D.Sections)
    Visit(S, 0);
  for (const Paragraph &P : Out.Paragraphs)
    Out.Counts.add(P.Counts);
}

void Analyzer::analyze(const Case &C, CaseAnalysis &Out) {
  Out.C = &C;
  Out.Documents.clear();
  Out.Documents.resize(C.Documents.size());
  for (size_t I = 0; I < C.Documents.size(); ++I)
    analyze(C.Documents[I], Out.Documents[I]);
  markOtherPersons(Out);
}

// Who speaks matters (the individual's own view, or a relative's), and the
// text often names the speaker only: "Karin uppger att ...". A case says
// who Karin is once, "dottern Karin" or "Karin (dotter)"; the name then
// means her everywhere in the case. The individual is the name written most
// often, and is never taken for someone else, so "Karins mamma Elsa" does
// not make Elsa a relative in Elsa's own case.
void Analyzer::markOtherPersons(CaseAnalysis &C) const {
  if (OtherPersonRoles.empty())
    return;
  // How often each capitalised word is written, not counting where a role
  // word introduces it.
  llvm::StringMap<unsigned> Named;
  llvm::StringSet<> Others;
  for (DocumentAnalysis &D : C.Documents)
    for (Paragraph &P : D.Paragraphs) {
      llvm::ArrayRef<Token> T = P.Tokens;
      for (size_t I = 0; I < T.size(); ++I)
        if (isName(T[I]) && !(I > 0 && OtherPersonRoles.contains(T[I - 1].Folded)))
          ++Named[T[I].Folded];
      forEachIntroduced(P, OtherPersonRoles,
                        [&](const Token &Name, const Token &) { Others.insert(Name.Folded); });
    }
  if (Others.empty())
    return;
  // On a tie, a name no role introduces is the individual's.
  llvm::StringRef Individual;
  std::pair<unsigned, bool> Most{0, false};
  for (const auto &N : Named) {
    std::pair<unsigned, bool> Rank{N.getValue(), !Others.contains(N.getKey())};
    if (Rank > Most) {
      Most = Rank;
      Individual = N.getKey();
    }
  }
  Others.erase(Individual);
  for (DocumentAnalysis &D : C.Documents)
    for (Paragraph &P : D.Paragraphs)
      for (Token &T : P.Tokens) {
        if (!isName(T))
          continue;
        llvm::StringRef Name = T.Folded;
        // A genitive: "Karins".
        if (Others.contains(Name) ||
            (Name.endswith("s") && Others.contains(Name.drop_back())))
          T.Flags |= Token::OtherPerson;
      }
}

// A redacted report names people by their role. Names are capitalised
// words never written in lower case in the case, which leaves out "Hon" and
// "Personalen" at the start of a sentence; the individual is the one written
// most often.
void Analyzer::collectPersons(CaseAnalysis &C) const {
  C.Persons.clear();
  llvm::StringMap<unsigned> Named;
  llvm::StringSet<> Lowercase;
  for (const DocumentAnalysis &D : C.Documents) {
    for (const Paragraph &P : D.Paragraphs) {
      for (const Token &T : P.Tokens) {
        if (isName(T))
          ++Named[T.Folded];
        else if (T.has(Token::Letters))
          Lowercase.insert(T.Folded);
      }
      forEachIntroduced(P, OtherPersonRoles, [&](const Token &Name, const Token &Role) {
        C.Persons.try_emplace(Name.Folded, Role.Folded.str());
      });
    }
    // "(Lisa Berg)" where a note's author role belongs.
    llvm::SmallVector<llvm::StringRef, 4> Words;
    llvm::StringRef(D.Doc->AuthorRole).split(Words, ' ', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef W : Words) {
      std::string Folded = foldText(W);
      if (Folded != W && !OtherPersonRoles.contains(Folded))
        C.Persons.try_emplace(Folded, "personalen");
    }
  }
  // Ranked as markOtherPersons does: on a tie, a name no role introduces.
  llvm::StringRef Individual;
  std::pair<unsigned, bool> Most{0, false};
  for (const auto &N : Named) {
    std::pair<unsigned, bool> Rank{N.getValue(), !C.Persons.count(N.getKey())};
    if (Rank > Most && !Lowercase.contains(N.getKey())) {
      Most = Rank;
      Individual = N.getKey();
    }
  }
  if (!Individual.empty())
    C.Persons.insert_or_assign(Individual, "den enskilde");
}

} // namespace ibic
