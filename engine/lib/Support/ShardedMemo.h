//===- ShardedMemo.h - Answers kept by word, shared by an audit's workers -===//
//
// What judging a word costs is paid once per audit, and the audit's workers
// share the answers: they are kept in shards, each behind its own lock, so
// that two workers seldom wait for each other, and an answer is found
// outside the lock (finding it may ask the dictionary). Bounded: a full
// shard starts again.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_SUPPORT_SHARDEDMEMO_H
#define IBIC_SUPPORT_SHARDEDMEMO_H

#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/StringMap.h"

#include <array>
#include <mutex>

namespace ibic {

template <typename Value> class ShardedMemo {
public:
  explicit ShardedMemo(size_t MaxPerShard) : MaxPerShard(MaxPerShard) {}

  /// The answer kept for \p Key, found by \p Find the first time it is asked.
  template <typename FindFn> Value get(llvm::StringRef Key, FindFn &&Find) {
    Shard &S = Shards[llvm::hash_value(Key) % Shards.size()];
    {
      std::lock_guard<std::mutex> Guard(S.Lock);
      if (auto It = S.Values.find(Key); It != S.Values.end())
        return It->second;
    }
    Value Found = Find();
    std::lock_guard<std::mutex> Guard(S.Lock);
    if (S.Values.size() >= MaxPerShard)
      S.Values.clear();
    S.Values.try_emplace(Key, Found);
    return Found;
  }

private:
  struct Shard {
    std::mutex Lock;
    llvm::StringMap<Value> Values;
  };
  std::array<Shard, 16> Shards;
  size_t MaxPerShard;
};

} // namespace ibic

#endif
