// Tests for Support/ShardedMemo: an answer is found once per key and kept,
// a full shard starts again, and workers asking at once all get the answer.
#include "Support/ShardedMemo.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace ibic;

TEST_CASE("sharded memo: an answer is found once and kept", "[support][memo]") {
  ShardedMemo<int> Memo(8);
  int Finds = 0;
  auto Length = [&](const std::string &Key) {
    return Memo.get(Key, [&] { ++Finds; return int(Key.size()); });
  };
  CHECK(Length("natt") == 4);
  CHECK(Length("natt") == 4);
  CHECK(Length("dusch") == 5);
  CHECK(Finds == 2);
}

TEST_CASE("sharded memo: a full shard starts again", "[support][memo]") {
  // One answer per shard: 40 keys in 16 shards put two in some shard, so
  // the second round finds some key again.
  ShardedMemo<int> Memo(1);
  int Finds = 0;
  for (int Round = 0; Round < 2; ++Round)
    for (int K = 0; K < 40; ++K)
      CHECK(Memo.get(std::to_string(K), [&] { ++Finds; return K; }) == K);
  CHECK(Finds > 40);
}

TEST_CASE("sharded memo: workers asking at once get the same answers",
          "[support][memo]") {
  ShardedMemo<int> Memo(1 << 10);
  std::atomic<int> Wrong{0};
  std::vector<std::thread> Workers;
  for (int W = 0; W < 4; ++W)
    Workers.emplace_back([&] {
      for (int Round = 0; Round < 50; ++Round)
        for (int K = 0; K < 200; ++K)
          if (Memo.get(std::to_string(K), [&] { return K * 3; }) != K * 3)
            ++Wrong;
    });
  for (std::thread &T : Workers)
    T.join();
  CHECK(Wrong == 0);
}
