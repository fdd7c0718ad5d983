//===- ByteTrie.h - Keys that begin or end a word, found in one walk ------===//
//
// Word lists are asked which of their keys a word begins with (stems, small
// words glued before a word) or ends with (compound heads, inflections).
// Comparing the word with every key, or hashing each of its prefixes, costs
// per key; a walk of a byte trie costs per byte the word shares with some
// key, which for most words is one or two.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TEXT_BYTETRIE_H
#define IBIC_TEXT_BYTETRIE_H

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace ibic {

template <typename Payload> class ByteTrie {
public:
  /// Adds \p Key; a walk that reaches its end calls back with \p P.
  void insert(llvm::StringRef Key, Payload P) {
    uint32_t Node = 0;
    for (unsigned char B : Key) {
      auto &Edges = Nodes[Node].Edges;
      auto It = edge(Edges, B);
      if (It == Edges.end() || It->first != B) {
        uint32_t Child = Nodes.size();
        It = Edges.insert(It, {B, Child});
        if (Node == 0)
          RootEdges[B] = Child;
        Nodes.emplace_back(); // may move Edges; It is not used again
        Node = Child;
        continue;
      }
      Node = It->second;
    }
    Nodes[Node].Ends.push_back(std::move(P));
  }

  /// Calls F(payload, depth) for every key that is a prefix of \p Text,
  /// shortest first.
  template <typename Fn> void prefixes(llvm::StringRef Text, Fn &&F) const {
    walk(Text.size(), [&](size_t I) { return static_cast<unsigned char>(Text[I]); }, F);
  }

  /// The same for the keys that end \p Text, when they were inserted
  /// reversed byte by byte.
  template <typename Fn> void reversedSuffixes(llvm::StringRef Text, Fn &&F) const {
    size_t N = Text.size();
    walk(N, [&](size_t I) { return static_cast<unsigned char>(Text[N - 1 - I]); }, F);
  }

  bool empty() const { return Nodes.size() <= 1; }

private:
  struct Node {
    std::vector<std::pair<unsigned char, uint32_t>> Edges; ///< Sorted.
    std::vector<Payload> Ends;
  };

  static auto edge(const std::vector<std::pair<unsigned char, uint32_t>> &Edges,
                   unsigned char B) {
    return llvm::lower_bound(Edges, B, [](const auto &E, unsigned char V) { return E.first < V; });
  }
  static auto edge(std::vector<std::pair<unsigned char, uint32_t>> &Edges, unsigned char B) {
    return llvm::lower_bound(Edges, B, [](const auto &E, unsigned char V) { return E.first < V; });
  }

  template <typename ByteFn, typename Fn> void walk(size_t Length, ByteFn Byte, Fn &&F) const {
    if (Length == 0)
      return;
    uint32_t Node = RootEdges[Byte(0)];
    if (Node == 0)
      return;
    for (const Payload &P : Nodes[Node].Ends)
      F(P, size_t(1));
    for (size_t Depth = 1; Depth < Length; ++Depth) {
      const auto &Edges = Nodes[Node].Edges;
      unsigned char B = Byte(Depth);
      auto It = edge(Edges, B);
      if (It == Edges.end() || It->first != B)
        return;
      Node = It->second;
      for (const Payload &P : Nodes[Node].Ends)
        F(P, Depth + 1);
    }
  }

  std::vector<Node> Nodes{1};
  /// The root's children by first byte (0: none): every word of a text
  /// starts a walk, so the first step is a table lookup.
  std::array<uint32_t, 256> RootEdges{};
};

} // namespace ibic

#endif
