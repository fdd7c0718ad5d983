#include "KindOptions.h"

#include "llvm/ADT/StringExtras.h"

namespace ibic {

KindOptions::KindOptions(const OptionValue &Map, llvm::StringRef Kind,
                         llvm::StringRef RuleId, const Reference &Ref,
                         ErrorFn Error)
    : Ref(Ref), Map(Map), Kind(Kind), RuleId(RuleId), Error(std::move(Error)),
      Failed(std::make_shared<bool>(false)) {
  if (Map.What == OptionValue::Kind::Sequence ||
      (Map.What == OptionValue::Kind::Scalar && !Map.Scalar.empty()))
    error(Map.location(), "parameters ska vara en mappning (nyckel: värde)");
}

KindOptions::KindOptions(const OptionValue &Map, KindOptions &Parent)
    : Ref(Parent.Ref), Map(Map), Kind(Parent.Kind), RuleId(Parent.RuleId),
      Error(Parent.Error), Failed(Parent.Failed) {}

void KindOptions::error(llvm::SMLoc Loc, std::string Message) {
  *Failed = true;
  Error(Loc.isValid() ? Loc : Map.location(), std::move(Message));
}

void KindOptions::missing(llvm::StringRef Key) {
  error(Map.location(), "parametern '" + Key.str() + "' saknas");
}

void KindOptions::finish() {
  if (Map.What != OptionValue::Kind::Map)
    return;
  for (const OptionEntry &E : Map.Map)
    if (!llvm::is_contained(Used, E.Key.Value))
      error(E.Key.Loc, "parametern '" + E.Key.Value + "' används inte av regeltypen " +
                           Kind + " (regeln " + RuleId + ")");
}

bool KindOptions::has(llvm::StringRef Key) const {
  return Map.What == OptionValue::Kind::Map && Map.find(Key);
}

const OptionValue *KindOptions::take(llvm::StringRef Key) {
  Used.push_back(Key.str());
  return Map.What == OptionValue::Kind::Map ? Map.find(Key) : nullptr;
}

void KindOptions::typeError(const OptionValue &V, llvm::StringRef Key,
                            llvm::StringRef What) {
  error(V.location(), "parametern '" + Key.str() + "' ska vara " + What.str());
}

std::optional<Located> KindOptions::text(llvm::StringRef Key) {
  const OptionValue *V = take(Key);
  if (!V)
    return std::nullopt;
  if (V->What != OptionValue::Kind::Scalar) {
    typeError(*V, Key, "en text");
    return std::nullopt;
  }
  return V->Scalar;
}

std::optional<std::string> KindOptions::prose(llvm::StringRef Key) {
  if (std::optional<Located> T = text(Key))
    return foldProse(T->Value);
  return std::nullopt;
}

unsigned KindOptions::count(llvm::StringRef Key, unsigned Default) {
  std::optional<Located> T = text(Key);
  unsigned Value = Default;
  if (T && llvm::StringRef(T->Value).trim().getAsInteger(10, Value))
    error(T->Loc, "parametern '" + Key.str() + "' ska vara ett heltal (0 eller mer)");
  return Value;
}

double KindOptions::number(llvm::StringRef Key, double Default) {
  std::optional<Located> T = text(Key);
  double Value = Default;
  if (T && !llvm::to_float(llvm::StringRef(T->Value).trim(), Value))
    error(T->Loc, "parametern '" + Key.str() + "' ska vara ett tal");
  return Value;
}

bool KindOptions::flag(llvm::StringRef Key, bool Default) {
  std::optional<Located> T = text(Key);
  if (!T)
    return Default;
  if (T->Value == "true")
    return true;
  if (T->Value != "false")
    error(T->Loc, "parametern '" + Key.str() + "' ska vara true eller false");
  return false;
}

size_t KindOptions::choice(llvm::StringRef Key,
                           llvm::ArrayRef<llvm::StringRef> Names, size_t Default) {
  std::optional<Located> T = text(Key);
  if (!T)
    return Default;
  for (size_t I = 0; I < Names.size(); ++I)
    if (T->Value == Names[I])
      return I;
  std::string Allowed;
  for (size_t I = 0; I < Names.size(); ++I)
    Allowed += (I == 0 ? "" : I + 1 == Names.size() ? " eller " : ", ") + Names[I].str();
  error(T->Loc, Key.str() + " ska vara " + Allowed + ", inte '" + T->Value + "'");
  return Default;
}

std::vector<Located> KindOptions::list(llvm::StringRef Key) {
  std::vector<Located> Out;
  const OptionValue *V = take(Key);
  if (!V)
    return Out;
  if (V->What != OptionValue::Kind::Sequence) {
    typeError(*V, Key, "en lista");
    return Out;
  }
  for (const OptionValue &Item : V->Items) {
    if (Item.What != OptionValue::Kind::Scalar) {
      typeError(Item, Key, "en lista med texter");
      continue;
    }
    Out.push_back(Item.Scalar);
  }
  return Out;
}

std::vector<std::string> KindOptions::strings(llvm::StringRef Key) {
  std::vector<std::string> Out;
  for (Located &L : list(Key)) {
    // "{name}" stands for a list of reference/ordlistor.yaml, so that two
    // rules that need the same words write them once.
    llvm::StringRef Name = L.Value;
    if (Name.size() > 2 && Name.consume_front("{") && Name.consume_back("}")) {
      const auto &Shared = Ref.data().SharedWordLists;
      auto It = Shared.find(Name.str());
      if (It == Shared.end())
        error(L.Loc, "ordlistan {" + Name.str() + "} finns inte i reference/ordlistor.yaml");
      else
        Out.insert(Out.end(), It->second.begin(), It->second.end());
      continue;
    }
    Out.push_back(std::move(L.Value));
  }
  return Out;
}

void KindOptions::each(llvm::StringRef Key,
                       llvm::function_ref<void(KindOptions &)> Read) {
  const OptionValue *V = take(Key);
  if (!V)
    return;
  if (V->What != OptionValue::Kind::Sequence) {
    typeError(*V, Key, "en lista");
    return;
  }
  for (const OptionValue &Item : V->Items) {
    if (Item.What != OptionValue::Kind::Map) {
      typeError(Item, Key, "en lista med mappningar");
      continue;
    }
    KindOptions Inner(Item, *this);
    Read(Inner);
    Inner.finish();
  }
}

std::map<std::string, std::vector<std::string>>
KindOptions::lists(llvm::StringRef Key) {
  std::map<std::string, std::vector<std::string>> Out;
  const OptionValue *V = take(Key);
  if (!V)
    return Out;
  if (V->What != OptionValue::Kind::Map) {
    typeError(*V, Key, "en mappning från namn till listor");
    return Out;
  }
  KindOptions Inner(*V, *this);
  for (const OptionEntry &E : V->Map)
    Out[E.Key.Value] = Inner.strings(E.Key.Value);
  return Out;
}

std::map<std::string, std::vector<std::string>> KindOptions::wordLists() {
  std::map<std::string, std::vector<std::string>> Lists = lists("words");
  for (const auto &[Name, Words] : sharedWordLists())
    Lists.emplace(Name, Words);
  return Lists;
}

const std::map<std::string, std::vector<std::string>> &KindOptions::sharedWordLists() const {
  return Ref.data().SharedWordLists;
}

std::optional<SectionSelector> KindOptions::section(llvm::StringRef Key) {
  const OptionValue *V = take(Key);
  if (!V)
    return std::nullopt;
  if (V->What != OptionValue::Kind::Map) {
    typeError(*V, Key, "en mappning med kind, livsomrade, faktor eller role");
    return std::nullopt;
  }
  KindOptions Inner(*V, *this);
  SectionSelectorSpec Spec;
  for (auto [Name, Field] : {std::pair<const char *, Located *>{"kind", &Spec.Kind},
                             {"livsomrade", &Spec.LifeArea},
                             {"faktor", &Spec.Factor},
                             {"role", &Spec.Role}})
    if (std::optional<Located> T = Inner.text(Name))
      *Field = *T;
  Inner.finish();
  checkSectionSelector(Spec, Ref, [&](llvm::SMLoc Loc, std::string Message) {
    error(Loc, std::move(Message));
  });
  SectionSelector S = SectionSelector::from(Spec);
  return S;
}

DocumentTypeFilter KindOptions::documentTypes(llvm::StringRef Key) {
  DocumentTypeFilter Filter;
  for (const Located &T : list(Key)) {
    if (std::optional<std::string> Slug = Ref.documentType(T.Value))
      Filter.Types.push_back(*Slug);
    else
      error(T.Loc, "okänd dokumenttyp '" + T.Value + "'");
  }
  return Filter;
}

} // namespace ibic
