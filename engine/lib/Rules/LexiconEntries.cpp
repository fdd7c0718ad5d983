#include "LexiconEntries.h"

namespace ibic {

std::vector<LexiconEntry> readLexiconEntries(KindOptions &Options) {
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
    Entry.Reason = E.text("reason").value_or(Located()).Value;
    Entry.Compounds = E.flag("compounds", false);
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
