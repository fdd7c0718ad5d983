#include "Rule.h"

namespace ibic {

std::string fillPlaceholders(
    llvm::StringRef Template,
    std::initializer_list<std::pair<llvm::StringRef, llvm::StringRef>> Values) {
  std::string Out;
  while (!Template.empty()) {
    size_t Open = Template.find('{');
    Out += Template.take_front(Open);
    if (Open == llvm::StringRef::npos)
      break;
    size_t Close = Template.find('}', Open);
    llvm::StringRef Name = Template.slice(Open + 1, Close);
    auto Value = std::find_if(Values.begin(), Values.end(),
                              [&](const auto &V) { return V.first == Name; });
    if (Close == llvm::StringRef::npos || Value == Values.end()) {
      Out += '{';
      Template = Template.drop_front(Open + 1);
      continue;
    }
    Out += Value->second;
    Template = Template.drop_front(Close + 1);
  }
  return Out;
}

void Rule::report(std::vector<RawFinding> &Out, const Document &Doc,
                  const void *Unit, uint32_t Begin, uint32_t End,
                  Substitutions Values, std::string Suggestion) const {
  Out.push_back({&Spec, &Doc, Unit, Begin, End,
                 fillPlaceholders(Spec.Message, Values), std::move(Suggestion)});
}

void Rule::reportLine(std::vector<RawFinding> &Out, const Document &Doc,
                      const void *Unit, uint32_t Offset,
                      Substitutions Values) const {
  llvm::StringRef Line = Doc.File->lineAt(Offset);
  llvm::StringRef Contents = Doc.File->contents();
  uint32_t LineEnd = (Line.data() - Contents.data()) + Line.size();
  report(Out, Doc, Unit, Offset, std::max(Offset, LineEnd), Values);
}

void Rule::observe(std::vector<RawFinding> &Out, const Document &Doc,
                   const void *Unit) const {
  RawFinding O;
  O.Rule = &Spec;
  O.Doc = &Doc;
  O.Unit = Unit;
  O.Begin = O.End = Doc.Offset;
  O.Observation = true;
  Out.push_back(std::move(O));
}

} // namespace ibic
