#include "Rule.h"

namespace ibic {

RuleState::~RuleState() = default;

Rule::Rule(RuleSpec S, Scope Sc) : Spec(std::move(S)), TheScope(std::move(Sc)) {
  for (Severity L : {Severity::Info, Severity::Warning})
    if (L < Spec.Level) {
      Lower.push_back(Spec);
      Lower.back().Level = L;
    }
}

void Rule::lowerLast(RuleContext &Ctx, Severity Level) const {
  if (Ctx.Out.empty() || Level >= Spec.Level)
    return;
  Ctx.Out.back().Rule = &Lower[static_cast<size_t>(Level)];
}

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

void Rule::reportSource(RuleContext &Ctx, const Document &D, const void *Unit,
                        uint32_t Begin, uint32_t End, Substitutions Values,
                        std::string Suggestion, llvm::StringRef Message) const {
  Ctx.Out.push_back(
      {&Spec, &D, Unit, Begin, End,
       fillPlaceholders(Message.empty() ? llvm::StringRef(Spec.Message) : Message, Values),
       std::move(Suggestion)});
}

void Rule::report(RuleContext &Ctx, const RuleUnit &U, const Paragraph &P,
                  uint32_t Begin, uint32_t End, Substitutions Values,
                  std::string Suggestion, llvm::StringRef Message) const {
  reportSource(Ctx, *U.Doc->Doc, P.Unit, P.sourceOffset(Begin),
               P.sourceOffset(End), Values, std::move(Suggestion), Message);
}

void Rule::reportLine(RuleContext &Ctx, const Document &D, const void *Unit,
                      uint32_t Offset, Substitutions Values,
                      llvm::StringRef Message, bool Partial) const {
  llvm::StringRef Line = D.File->lineAt(Offset);
  llvm::StringRef Contents = D.File->contents();
  uint32_t LineEnd = (Line.data() - Contents.data()) + Line.size();
  RawFinding F{&Spec, &D, Unit, Offset, std::max(Offset, LineEnd),
               fillPlaceholders(Message.empty() ? llvm::StringRef(Spec.Message)
                                                : Message,
                                Values),
               ""};
  F.Partial = Partial;
  Ctx.Out.push_back(std::move(F));
}

void Rule::observe(RuleContext &Ctx, const Document &D, const void *Unit) const {
  RawFinding O;
  O.Rule = &Spec;
  O.Doc = &D;
  O.Unit = Unit;
  O.Begin = O.End = D.Offset;
  O.Observation = true;
  Ctx.Out.push_back(std::move(O));
}

} // namespace ibic
