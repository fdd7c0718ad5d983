#include "TextEvidenceRule.h"

#include "Text/Sentences.h"

#include "llvm/ADT/StringExtras.h"

namespace ibic {
namespace {

/// One word of a word list as RE2: "berätt*" is "berätt" and any letters.
std::string wordPattern(llvm::StringRef Word) {
  bool Stem = Word.consume_back("*");
  std::string Out;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Word.trim().split(Parts, ' ', -1, false);
  for (llvm::StringRef P : Parts) {
    if (!Out.empty())
      Out += "\\s+";
    Out += re2::RE2::QuoteMeta(re2::StringPiece(P.data(), P.size()));
  }
  return Stem ? Out + "\\pL*" : Out;
}

/// Expands {class} and " ~ " and guards the ends with letter boundaries
/// (RE2's \b only knows ASCII letters).
std::optional<std::string>
expand(llvm::StringRef Pattern,
       const std::map<std::string, std::vector<std::string>> &Words,
       std::string &Error) {
  std::string Out;
  llvm::StringRef Rest = Pattern;
  while (!Rest.empty()) {
    if (Rest.startswith(" ~ ")) {
      Out += "(?:\\s+\\S+){0,3}\\s+";
      Rest = Rest.drop_front(3);
      continue;
    }
    // "{name}" is a word list; "{0,3}" and "\p{Lu}" are left to RE2.
    bool UnicodeClass = llvm::StringRef(Out).endswith("\\p") ||
                        llvm::StringRef(Out).endswith("\\P");
    if (Rest.size() > 1 && Rest.front() == '{' && !UnicodeClass &&
        Rest.find('}') != llvm::StringRef::npos && !llvm::isDigit(Rest[1])) {
      llvm::StringRef Name = Rest.slice(1, Rest.find('}'));
      auto List = Words.find(Name.str());
      if (List == Words.end()) {
        Error = "ordklassen {" + Name.str() + "} finns inte under words";
        return std::nullopt;
      }
      std::vector<std::string> Alternatives;
      for (const std::string &W : List->second)
        Alternatives.push_back(wordPattern(W));
      // Longest first, so "sonen" is preferred to "son".
      std::stable_sort(Alternatives.begin(), Alternatives.end(),
                       [](const std::string &A, const std::string &B) {
                         return A.size() > B.size();
                       });
      Out += "(?:" + llvm::join(Alternatives, "|") + ")";
      Rest = Rest.drop_front(Name.size() + 2);
      continue;
    }
    Out += Rest.front();
    Rest = Rest.drop_front();
  }
  if (Pattern.startswith("{"))
    Out = "(?:^|[^\\pL\\pN])" + Out;
  if (Pattern.endswith("}"))
    Out += "(?:[^\\pL\\pN]|$)";
  return Out;
}

TextEvidenceRule::Patterns
compilePatterns(const llvm::Optional<std::vector<Located>> &List,
                const std::map<std::string, std::vector<std::string>> &Words,
                KindContext &Context) {
  TextEvidenceRule::Patterns Out;
  if (!List)
    return Out;
  re2::RE2::Options Options;
  Options.set_case_sensitive(false);
  Options.set_log_errors(false);
  for (const Located &P : *List) {
    std::string Error;
    std::optional<std::string> Regex = expand(P.Value, Words, Error);
    if (!Regex) {
      Context.error(P.Loc, Error);
      continue;
    }
    auto Compiled = std::make_unique<re2::RE2>(*Regex, Options);
    if (!Compiled->ok()) {
      Context.error(P.Loc, "ogiltigt reguljärt uttryck: " + Compiled->error());
      continue;
    }
    Out.push_back(std::move(Compiled));
  }
  return Out;
}

bool anyMatch(const TextEvidenceRule::Patterns &Ps, const std::string &S) {
  return llvm::any_of(Ps, [&](const auto &P) { return re2::RE2::PartialMatch(S, *P); });
}

} // namespace

void TextEvidenceRule::Scope::add(llvm::StringRef Text, bool Heading) {
  Texts.push_back(Text);
  IsHeading.push_back(Heading);
}

void TextEvidenceRule::Scope::addSection(const Section &S) {
  // A heading can be evidence ("Kroppsfunktioner" in a plan) but is no
  // statement, so it does not count towards a share of sentences.
  if (!S.Heading.empty())
    add(S.Heading, true);
  for (const TextSpan &P : S.Paragraphs)
    add(P.Text, false);
  for (const Section &C : S.Children)
    addSection(C);
}

namespace {

} // namespace

std::unique_ptr<Rule> TextEvidenceRule::create(RuleSpec Spec,
                                               KindContext &Context) {
  auto R = std::make_unique<TextEvidenceRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  R->Sections = Context.section();
  auto Choice = [&](const llvm::Optional<Located> &V, llvm::StringRef Default,
                    llvm::StringRef Other) {
    if (!V || V->Value == Default)
      return false;
    if (V->Value != Other)
      Context.error(V->Loc, "ska vara " + Default.str() + " eller " + Other.str());
    return true;
  };
  R->PerSection = Choice(P.Per, "document", "section");
  R->CountPatterns = Choice(P.Count, "sentences", "patterns");
  R->Fallback = !Choice(P.Fallback, "document", "none");
  R->MinFull = P.MinFull.getValueOr(1);
  if (P.Share)
    R->Share = *P.Share;
  R->PartialMessage =
      P.PartialMessage ? foldProse(*P.PartialMessage) : R->spec().Message;
  static const std::map<std::string, std::vector<std::string>> NoWords;
  const auto &Words = P.Words ? *P.Words : NoWords;
  R->Full = compilePatterns(P.Full, Words, Context);
  R->Partial = compilePatterns(P.Partial, Words, Context);
  R->Exclude = compilePatterns(P.Exclude, Words, Context);
  R->Trigger = compilePatterns(P.Trigger, Words, Context);
  if (!P.Full)
    Context.missing("full");
  if (R->PerSection && R->Sections.empty())
    Context.missing("section");
  return R;
}

void TextEvidenceRule::judge(const Document &D, const Scope &S,
                             std::vector<RawFinding> &Out) const {
  unsigned Sentences = 0, FullSentences = 0;
  bool AnyPartial = false, Triggered = Trigger.empty();
  std::vector<bool> PatternSeen(Full.size());
  for (size_t T = 0; T < S.Texts.size(); ++T)
    for (auto [Begin, End] : splitSentences(S.Texts[T])) {
      std::string Sentence = S.Texts[T].slice(Begin, End).str();
      Sentences += !S.IsHeading[T];
      Triggered |= anyMatch(Trigger, Sentence);
      AnyPartial |= anyMatch(Partial, Sentence);
      if (anyMatch(Exclude, Sentence))
        continue;
      bool IsFull = false;
      for (size_t N = 0; N < Full.size(); ++N)
        if (re2::RE2::PartialMatch(Sentence, *Full[N]))
          IsFull = PatternSeen[N] = true;
      FullSentences += IsFull && !S.IsHeading[T];
    }
  if (!Triggered)
    return;
  unsigned Evidence = CountPatterns ? llvm::count(PatternSeen, true) : FullSentences;
  bool Enough = Evidence >= MinFull &&
                (!Share || (Sentences && double(FullSentences) / Sentences >= *Share));
  if (Enough) {
    observe(Out, D, S.Unit);
    return;
  }
  bool Partial = Evidence > 0 || AnyPartial;
  llvm::StringRef Line = D.File->lineAt(S.Offset);
  uint32_t End = (Line.data() - D.File->contents().data()) + Line.size();
  RawFinding F;
  F.Rule = &spec();
  F.Doc = &D;
  F.Unit = S.Unit;
  F.Begin = S.Offset;
  F.End = std::max(S.Offset, End);
  F.Message = Partial ? PartialMessage : spec().Message;
  F.Partial = Partial;
  Out.push_back(std::move(F));
}

void TextEvidenceRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    if (PerSection) {
      D.forEachSection([&](const Section &S) {
        if (!Sections.matches(S))
          return;
        Scope Sc{{}, {}, &S, S.Offset};
        Sc.addSection(S);
        judge(D, Sc, Out);
      });
      continue;
    }
    Scope Whole{{}, {}, &D, D.Offset};
    unsigned Matched = 0;
    if (!Sections.empty())
      D.forEachSection([&](const Section &S) {
        if (!Sections.matches(S))
          return;
        if (++Matched == 1)
          Whole.Offset = S.Offset;
        Whole.addSection(S);
      });
    if (Matched > 1)
      Whole.Offset = D.Offset;
    if (Matched == 0 && !Sections.empty() && !Fallback) {
      judge(D, Whole, Out);
      continue;
    }
    if (Matched == 0 || Sections.empty()) {
      for (const TextSpan &P : D.Paragraphs)
        Whole.add(P.Text, false);
      for (const Section &S : D.Sections)
        Whole.addSection(S);
    }
    judge(D, Whole, Out);
  }
}

} // namespace ibic
