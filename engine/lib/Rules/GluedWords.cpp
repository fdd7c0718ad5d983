#include "Rules/GluedWords.h"

#include "Support/SourceFile.h"

namespace ibic {

std::optional<size_t> splitAfterInflectedForm(const Dictionary &Dict, const WordChoice &Endings,
                                              llvm::StringRef Folded) {
  constexpr size_t MinFirst = 4, MinSecond = 2;
  for (size_t At = MinFirst; At + MinSecond <= Folded.size(); ++At) {
    llvm::StringRef First = Folded.take_front(At), Second = Folded.drop_front(At);
    if ((static_cast<unsigned char>(Folded[At]) & 0xC0) == 0x80 ||
        countCodePoints(Second) < MinSecond ||
        llvm::none_of(Endings.Exact, [&](const std::string &E) { return First.endswith(E); }))
      continue;
    // The dictionary is asked last: most splits end in no such form.
    if (Dict.spellWithoutCompounds(First) && !Dict.isStem(First) &&
        Dict.spellWithoutCompounds(Second))
      return At;
  }
  return std::nullopt;
}

} // namespace ibic
