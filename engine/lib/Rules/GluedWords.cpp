#include "Rules/GluedWords.h"

#include "Support/SourceFile.h"
#include "Text/Segmenter.h"

#include "llvm/ADT/STLExtras.h"

namespace ibic {

SmallWords SmallWords::of(const std::vector<std::string> &Written) {
  SmallWords W;
  for (const std::string &Entry : Written) {
    std::string Folded = foldText(Entry);
    if (Folded.empty() || !W.Order.try_emplace(Folded, W.Order.size()).second)
      continue;
    W.Lengths.push_back(Folded.size());
  }
  llvm::sort(W.Lengths);
  W.Lengths.erase(std::unique(W.Lengths.begin(), W.Lengths.end()), W.Lengths.end());
  return W;
}

template <typename Part>
llvm::SmallVector<llvm::StringRef, 4> SmallWords::find(llvm::StringRef Folded, size_t Rest,
                                                       Part P) const {
  llvm::SmallVector<std::pair<unsigned, llvm::StringRef>, 4> Found;
  for (size_t Length : Lengths) {
    if (Length + Rest > Folded.size())
      break;
    if (auto It = Order.find(P(Folded, Length)); It != Order.end())
      Found.push_back({It->second, It->getKey()});
  }
  llvm::sort(Found);
  llvm::SmallVector<llvm::StringRef, 4> Out;
  for (const auto &F : Found)
    Out.push_back(F.second);
  return Out;
}

llvm::SmallVector<llvm::StringRef, 4> SmallWords::startsOf(llvm::StringRef Folded,
                                                           size_t Rest) const {
  return find(Folded, Rest, [](llvm::StringRef F, size_t N) { return F.take_front(N); });
}

llvm::SmallVector<llvm::StringRef, 4> SmallWords::endsOf(llvm::StringRef Folded,
                                                         size_t Rest) const {
  return find(Folded, Rest, [](llvm::StringRef F, size_t N) { return F.take_back(N); });
}

std::optional<size_t> splitAfterInflectedForm(const Dictionary &Dict, const SmallWords &Endings,
                                              llvm::StringRef Folded) {
  constexpr size_t MinFirst = 4, MinSecond = 2;
  for (size_t At = MinFirst; At + MinSecond <= Folded.size(); ++At) {
    llvm::StringRef First = Folded.take_front(At), Second = Folded.drop_front(At);
    if ((static_cast<unsigned char>(Folded[At]) & 0xC0) == 0x80 ||
        countCodePoints(Second) < MinSecond ||
        !Endings.ends(First))
      continue;
    // The dictionary is asked last: most splits end in no such form.
    if (Dict.spellWithoutCompounds(First) && !Dict.isStem(First) &&
        Dict.spellWithoutCompounds(Second))
      return At;
  }
  return std::nullopt;
}

} // namespace ibic
