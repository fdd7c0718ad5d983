#include "SpellingRule.h"

#include "Text/Quotes.h"
#include "Text/Words.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"

#include <hunspell/hunspell.hxx>

#include <map>
#include <mutex>

namespace ibic {

/// Hunspell is not safe to call from several threads; one dictionary per
/// process, used under a lock, and shared by every spelling rule. Answers
/// are remembered: a batch repeats its words, and a suggestion costs
/// milliseconds.
class Speller {
public:
  Speller(const std::string &Aff, const std::string &Dic) : H(Aff.c_str(), Dic.c_str()) {}
  bool known(const std::string &Word) {
    std::lock_guard<std::mutex> Lock(M);
    auto [It, New] = Known.try_emplace(Word, false);
    if (New)
      It->second = H.spell(Word);
    return It->second;
  }
  std::string firstSuggestion(const std::string &Word) {
    std::lock_guard<std::mutex> Lock(M);
    auto [It, New] = Suggestions.try_emplace(Word);
    if (New) {
      std::vector<std::string> All = H.suggest(Word);
      It->second = All.empty() ? std::string() : All.front();
    }
    return It->second;
  }

private:
  std::mutex M;
  Hunspell H;
  llvm::StringMap<bool> Known;
  llvm::StringMap<std::string> Suggestions;
};

namespace {

std::shared_ptr<Speller> dictionaryNamed(const std::string &Name) {
  static std::mutex M;
  static std::map<std::string, std::weak_ptr<Speller>> Loaded;
  std::lock_guard<std::mutex> Lock(M);
  if (auto Existing = Loaded[Name].lock())
    return Existing;
  std::string Base = "/usr/share/hunspell/" + Name;
  if (!llvm::sys::fs::exists(Base + ".aff") || !llvm::sys::fs::exists(Base + ".dic"))
    return nullptr;
  auto S = std::make_shared<Speller>(Base + ".aff", Base + ".dic");
  Loaded[Name] = S;
  return S;
}

bool isUpper(llvm::StringRef Letter) {
  std::string Folded = foldText(Letter);
  return Folded != Letter.str();
}

} // namespace

SpellingRule::~SpellingRule() = default;

std::unique_ptr<Rule> SpellingRule::create(RuleSpec Spec, KindContext &Context) {
  auto R = std::make_unique<SpellingRule>(std::move(Spec));
  const RuleParameters &P = Context.Params;
  R->Documents = Context.documentTypes(P.DocumentTypes);
  std::string Name = P.Dictionary ? P.Dictionary->Value : "sv_SE";
  R->Dictionary = dictionaryNamed(Name);
  if (!R->Dictionary)
    Context.error(P.Dictionary ? P.Dictionary->Loc : P.Loc,
                  "ordlistan " + Name + " finns inte i /usr/share/hunspell "
                  "(installera hunspell-sv)");
  if (P.Ignore)
    for (const std::string &W : *P.Ignore)
      R->Accepted.insert(foldText(W));
  return R;
}

bool SpellingRule::shouldCheck(llvm::StringRef Text, uint32_t Begin,
                               uint32_t End) const {
  llvm::StringRef Word = Text.slice(Begin, End);
  // Digits are codes and numbers; a colon marks an abbreviation's ending.
  if (Word.size() < 3 ||
      llvm::any_of(Word, [](char C) { return llvm::isDigit(C) || C == ':'; }))
    return false;
  if (Accepted.count(foldText(Word)))
    return false;
  // Capitals after the first letter: an abbreviation (SÄBO) or a code.
  llvm::StringRef Rest = Word.drop_front(1);
  while (!Rest.empty() && (static_cast<unsigned char>(Rest.front()) & 0xC0) == 0x80)
    Rest = Rest.drop_front();
  if (isUpper(Rest))
    return false;
  // A capitalised word inside a sentence is a name.
  llvm::StringRef Before = Text.take_front(Begin).rtrim();
  bool SentenceStart = Before.empty() || Before.endswith(".") ||
                       Before.endswith("!") || Before.endswith("?") ||
                       Before.endswith(":");
  if (!SentenceStart && isUpper(Word.take_front(Word.size() - Rest.size())))
    return false;
  // Hyphenated and slash compounds ("LSS-boende") are split by ICU; their
  // parts are checked on their own but a part glued to a hyphen is not.
  if ((Begin > 0 && Text[Begin - 1] == '-') || (End < Text.size() && Text[End] == '-'))
    return false;
  return true;
}

void SpellingRule::checkSpan(const Document &D, const void *Unit,
                             const TextSpan &Span,
                             std::vector<RawFinding> &Out) const {
  llvm::StringRef Text = Span.Text;
  std::vector<std::pair<uint32_t, uint32_t>> Quoted = quotedRanges(Text);
  for (const Word &W : splitWords(Text)) {
    if (insideAny(Quoted, W.Begin, W.End) || !shouldCheck(Text, W.Begin, W.End))
      continue;
    std::string Written = Text.slice(W.Begin, W.End).str();
    if (Dictionary->known(Written))
      continue;
    std::string Suggestion = Dictionary->firstSuggestion(Written);
    report(Out, D, Unit, Span.sourceOffset(W.Begin), Span.sourceOffset(W.End),
           {{"match", Written}, {"suggestion", Suggestion}}, Suggestion);
  }
}

void SpellingRule::check(const Case &C, std::vector<RawFinding> &Out) const {
  if (!Dictionary)
    return;
  for (const Document &D : C.Documents) {
    if (!Documents.matches(D))
      continue;
    D.forEachParagraph([&](const TextSpan &P, const void *Unit) {
      checkSpan(D, Unit, P, Out);
    });
  }
}

} // namespace ibic
