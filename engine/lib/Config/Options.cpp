#include "Options.h"

namespace ibic {

const OptionValue *OptionValue::find(llvm::StringRef Key) const {
  for (const OptionEntry &E : Map)
    if (E.Key.Value == Key)
      return &E.Value;
  return nullptr;
}

void OptionValue::overrideWith(const OptionValue &Other) {
  if (What != Kind::Map || Other.What != Kind::Map) {
    *this = Other;
    return;
  }
  for (const OptionEntry &E : Other.Map) {
    auto Mine = llvm::find_if(Map, [&](const OptionEntry &M) {
      return M.Key.Value == E.Key.Value;
    });
    if (Mine == Map.end())
      Map.push_back(E);
    else
      Mine->Value = E.Value;
  }
}

} // namespace ibic

namespace llvm {
namespace yaml {
using ibic::OptionEntry;
using ibic::OptionValue;

void yamlize(IO &IO, OptionValue &V, bool, EmptyContext &Ctx) {
  if (IO.outputting()) {
    switch (V.What) {
    case OptionValue::Kind::Scalar:
      return yamlize(IO, V.Scalar, true, Ctx);
    case OptionValue::Kind::Map:
      return yamlize(IO, V.Map, true, Ctx);
    case OptionValue::Kind::Sequence:
      return yamlize(IO, V.Items, true, Ctx);
    }
    return;
  }
  const Node *N = static_cast<Input &>(IO).getCurrentNode();
  if (!N || isa<NullNode>(N)) {
    V.What = OptionValue::Kind::Scalar;
    V.Scalar = {"", N ? N->getSourceRange().Start : SMLoc()};
    return;
  }
  switch (IO.getNodeKind()) {
  case NodeKind::Scalar:
    V.What = OptionValue::Kind::Scalar;
    return yamlize(IO, V.Scalar, true, Ctx);
  case NodeKind::Map:
    V.What = OptionValue::Kind::Map;
    return yamlize(IO, V.Map, true, Ctx);
  case NodeKind::Sequence:
    V.What = OptionValue::Kind::Sequence;
    return yamlize(IO, V.Items, true, Ctx);
  }
}

void CustomMappingTraits<std::vector<OptionEntry>>::inputOne(
    IO &IO, StringRef Key, std::vector<OptionEntry> &V) {
  llvm::SMLoc MapStart = ibic::currentLocation(IO);
  V.push_back({{Key.str(), MapStart}, {}});
  OptionEntry &E = V.back();
  IO.mapRequired(Key.str().c_str(), E.Value);
  // A map or sequence starts where its first key or item is written.
  if (!E.Value.Items.empty())
    E.Value.Loc = E.Value.Items.front().location();
  else if (!E.Value.Map.empty())
    E.Value.Loc = E.Value.Map.front().Key.Loc;
  if (E.Value.What != OptionValue::Kind::Scalar && !E.Value.Loc.isValid())
    E.Value.Loc = E.Key.Loc; // an empty map or sequence
  // YAMLTraits keeps no location for keys: the key is the last place it is
  // written between the start of the map and its value.
  const char *Value = E.Value.location().getPointer();
  if (MapStart.isValid() && Value && Value > MapStart.getPointer()) {
    StringRef Between(MapStart.getPointer(), Value - MapStart.getPointer());
    size_t At = Between.rfind(Key);
    E.Key.Loc = SMLoc::getFromPointer(At == StringRef::npos ? Value : Between.data() + At);
  } else if (E.Value.location().isValid()) {
    E.Key.Loc = E.Value.location();
  }
  // YAMLTraits hands keys over in hash order; keep them as written.
  if (V.size() > 1 && E.Key.Loc.isValid())
    std::stable_sort(V.begin(), V.end(), [](const OptionEntry &A, const OptionEntry &B) {
      return A.Key.Loc.getPointer() < B.Key.Loc.getPointer();
    });
}

void CustomMappingTraits<std::vector<OptionEntry>>::output(
    IO &IO, std::vector<OptionEntry> &V) {
  for (OptionEntry &E : V)
    IO.mapRequired(E.Key.Value.c_str(), E.Value);
}

OptionValue &SequenceTraits<std::vector<OptionValue>>::element(
    IO &IO, std::vector<OptionValue> &V, size_t Index) {
  if (Index >= V.size())
    V.resize(Index + 1);
  if (!V[Index].Loc.isValid())
    V[Index].Loc = ibic::currentLocation(IO);
  return V[Index];
}

} // namespace yaml
} // namespace llvm
