#include "LexiconEntries.h"

#include "Text/Segmenter.h"

namespace ibic {

bool WordChoice::contains(llvm::StringRef Folded) const {
  return llvm::is_contained(Exact, Folded) ||
         llvm::any_of(Prefixes, [&](const std::string &P) { return Folded.startswith(P); }) ||
         llvm::any_of(Suffixes, [&](const std::string &S) {
           return Folded.size() > S.size() && Folded.endswith(S);
         });
}

WordChoice WordChoice::of(const std::vector<std::string> &Written) {
  WordChoice C;
  for (llvm::StringRef W : Written) {
    if (W.consume_front("*"))
      C.Suffixes.push_back(foldText(W));
    else if (W.consume_back("*"))
      C.Prefixes.push_back(foldText(W));
    else
      C.Exact.push_back(foldText(W));
  }
  return C;
}

namespace {

/// Forms one written form stands for: a word "(a|b|c)" is any of its
/// choices, and an empty choice leaves it out ("hade en (riktigt|) bra dag"
/// is two forms). False, with \p Error set, for a form that is not so
/// written or stands for more than MaxForms.
bool expandForm(llvm::StringRef Written, std::vector<std::string> &Out, std::string &Error) {
  constexpr size_t MaxForms = 2000;
  std::vector<std::string> Forms{""};
  llvm::SmallVector<llvm::StringRef, 8> Words;
  Written.split(Words, ' ', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Word : Words) {
    llvm::SmallVector<llvm::StringRef, 8> Choices;
    if (Word.startswith("(") || Word.endswith(")") || Word.contains('|')) {
      if (!Word.consume_front("(") || !Word.consume_back(")") || Word.contains('(') ||
          Word.contains(')')) {
        Error = "ett val skrivs som ett ord inom parentes, till exempel (riktigt|mycket|)";
        return false;
      }
      Word.split(Choices, '|');
    } else {
      Choices.push_back(Word);
    }
    std::vector<std::string> Longer;
    for (const std::string &Start : Forms)
      for (llvm::StringRef Choice : Choices)
        Longer.push_back(Choice.empty() || Start.empty() ? Start + Choice.str()
                                                         : Start + " " + Choice.str());
    Forms = std::move(Longer);
    if (Forms.size() > MaxForms) {
      Error = "formen ger fler än " + std::to_string(MaxForms) + " former; dela upp den";
      return false;
    }
  }
  for (std::string &F : Forms)
    if (!F.empty())
      Out.push_back(std::move(F));
  return true;
}

} // namespace

std::vector<LexiconEntry> readLexiconEntries(KindOptions &Options, bool PerDocumentType,
                                             llvm::function_ref<void(KindOptions &)> ReadOwn) {
  std::vector<LexiconEntry> Entries;
  auto Read = [&](KindOptions &E) {
    LexiconEntry Entry;
    // A kind may find an entry by patterns of its own instead (ReadOwn).
    if (!E.has("forms") && !E.has("patterns"))
      E.missing("forms");
    std::vector<Located> Forms = E.list("forms");
    Entry.Loc = Forms.empty() ? llvm::SMLoc() : Forms.front().Loc;
    for (const Located &F : Forms) {
      std::string Error;
      if (!expandForm(F.Value, Entry.Forms, Error))
        E.error(F.Loc, Error);
    }
    Entry.Suggestions = E.strings("suggestions");
    Entry.Reason = E.prose("reason").value_or(""); // folded: one line
    Entry.Source = E.text("source").value_or(Located()).Value;
    Entry.FixAlone = E.flag("fix-alone", true);
    if (PerDocumentType)
      Entry.Documents = E.documentTypes("document-types");
    E.each("phrases", [&](KindOptions &P) {
      LexiconPhrase Phrase;
      Phrase.Before = WordChoice::of(P.strings("before"));
      Phrase.KeepBefore = P.flag("keep-before", false);
      Phrase.After = WordChoice::of(P.strings("after"));
      Phrase.NotAfter = WordChoice::of(P.strings("not-after"));
      Phrase.BeforeNoun = P.flag("before-noun", false);
      if (!P.has("suggestion"))
        P.missing("suggestion");
      Phrase.Suggestion = P.text("suggestion").value_or(Located()).Value;
      Entry.Phrases.push_back(std::move(Phrase));
    });
    if (ReadOwn)
      ReadOwn(E);
    Entries.push_back(std::move(Entry));
  };
  if (!Options.has("entries"))
    Options.missing("entries");
  Options.each("entries", Read);
  if (Entries.empty() && Options.has("entries"))
    Options.error(llvm::SMLoc(), "entries är tom: ange minst en post med forms");
  Options.each("extra-entries", Read);
  return Entries;
}

} // namespace ibic
