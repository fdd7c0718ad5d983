#include "WordPatterns.h"

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
       const WordLists &Words,
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

} // namespace

CompiledPatterns compileWordPatterns(const llvm::Optional<std::vector<Located>> &List,
                                     const WordLists &Words, KindContext &Context) {
  CompiledPatterns Out;
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

bool anyMatch(const CompiledPatterns &Patterns, llvm::StringRef Text) {
  re2::StringPiece Input(Text.data(), Text.size());
  return llvm::any_of(Patterns, [&](const auto &P) {
    return re2::RE2::PartialMatch(Input, *P);
  });
}


} // namespace ibic
