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

std::vector<LexiconEntry> readLexiconEntries(KindOptions &Options, bool PerDocumentType,
                                             llvm::function_ref<void(KindOptions &)> ReadOwn) {
  std::vector<LexiconEntry> Entries;
  auto Read = [&](KindOptions &E) {
    LexiconEntry Entry;
    if (!E.has("forms"))
      E.missing("forms");
    std::vector<Located> Forms = E.list("forms");
    Entry.Loc = Forms.empty() ? llvm::SMLoc() : Forms.front().Loc;
    for (Located &F : Forms)
      Entry.Forms.push_back(std::move(F.Value));
    Entry.Suggestions = E.strings("suggestions");
    Entry.Reason = E.prose("reason").value_or(""); // folded: one line
    Entry.Source = E.text("source").value_or(Located()).Value;
    Entry.Compounds = E.flag("compounds", false);
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
