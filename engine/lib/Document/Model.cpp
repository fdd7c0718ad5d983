#include "Model.h"

#include <algorithm>

namespace ibic {

uint32_t TextSpan::sourceOffset(uint32_t TextOffset) const {
  auto After = std::upper_bound(
      Shifts.begin(), Shifts.end(), TextOffset,
      [](uint32_t T, const std::pair<uint32_t, uint32_t> &S) {
        return T < S.first;
      });
  if (After == Shifts.begin())
    return Offset + TextOffset;
  const auto &[TextAt, SourceAt] = *(After - 1);
  return SourceAt + (TextOffset - TextAt);
}

TextSpan TextSpan::slice(uint32_t Begin, uint32_t End) const {
  TextSpan Part;
  Part.Text = Text.substr(Begin, End - Begin);
  Part.Offset = sourceOffset(Begin);
  for (const auto &[TextAt, SourceAt] : Shifts)
    if (TextAt > Begin && TextAt < End)
      Part.Shifts.push_back({TextAt - Begin, SourceAt});
  return Part;
}

bool Section::hasText() const {
  for (const TextSpan &P : Paragraphs)
    if (!llvm::StringRef(P.Text).trim().empty())
      return true;
  return std::any_of(Children.begin(), Children.end(),
                     [](const Section &C) { return C.hasText(); });
}

std::string Section::allText() const {
  std::string Out;
  for (const TextSpan &P : Paragraphs) {
    if (!Out.empty())
      Out += '\n';
    Out += P.Text;
  }
  for (const Section &C : Children) {
    std::string Inner = C.allText();
    if (Inner.empty())
      continue;
    if (!Out.empty())
      Out += '\n';
    Out += Inner;
  }
  return Out;
}

bool Case::hasDocumentOfType(llvm::StringRef Type) const {
  return std::any_of(Documents.begin(), Documents.end(),
                     [&](const Document &D) { return D.Type == Type; });
}

void Case::merge(Case &&Other) {
  auto Fill = [](std::string &Mine, std::string &Theirs) {
    if (Mine.empty())
      Mine = std::move(Theirs);
  };
  Fill(Avdelning, Other.Avdelning);
  Fill(Enhet, Other.Enhet);
  Fill(Lagrum, Other.Lagrum);
  for (std::string &F : Other.Files)
    if (std::find(Files.begin(), Files.end(), F) == Files.end())
      Files.push_back(std::move(F));
  for (Document &D : Other.Documents)
    Documents.push_back(std::move(D));
}

} // namespace ibic
