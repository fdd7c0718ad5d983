//===- ibic/Store.h - Audit rounds kept in SQLite
//--------------------------===//
//
// Kollegial granskning is repeated, typically each spring and autumn; the
// store keeps every round so that områdespoäng can be followed over time:
//
//   auto S = ibic::Store::open("audit.db", /*Create=*/true);
//   if (!S) { /* Swedish message in S.takeError() */ }
//   ibic::RoundInfo Round;
//   Round.Name = "Våren 2025";
//   if (llvm::Error E = (*S)->saveRound(Result, Round).takeError()) { ... }
//   llvm::Expected<ibic::Comparison> C = (*S)->compare("Våren 2025",
//                                                      "Hösten 2025");
//   ibic::writeComparison(*C, ibic::ComparisonFormat::Csv, OS);
//
// A round holds the template id and version, per case its question scores,
// per avdelning and enhet the områdespoäng, and per finding its rule,
// question, severity and fingerprint; never a message or a source line, so
// no personal data from the documentation ends up in the store.
//
// The schema is versioned with PRAGMA user_version and migrated on open.
// Every write is one transaction: a failed or interrupted save leaves the
// store as it was. Saving a round under a name that already exists replaces
// that round in the same transaction.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_STORE_H
#define IBIC_STORE_H

#include "ibic/Result.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace ibic {

/// What names a round besides its results.
struct RoundInfo {
  std::string Name; ///< E.g. "Våren 2025"; unique within a store.
  /// When the round was audited, ISO 8601 in UTC ("2025-04-01T10:12:00Z");
  /// empty for now.
  std::string Created;
};

/// A saved round as listed by Store::rounds().
struct RoundSummary {
  std::string Name, Created, ToolVersion, TemplateId, TemplateVersion;
  unsigned Cases = 0, Files = 0, Findings = 0, Errors = 0;
};

/// One question of one avdelning (Enhet empty) or enhet in two rounds.
struct ComparisonRow {
  std::string Avdelning;
  std::optional<std::string> Enhet;
  std::string Question, Title;
  std::optional<double> Before, After; ///< Empty where the round has no mean.
  unsigned NBefore = 0, NAfter = 0;
  /// Empty where the round has no mean.
  std::optional<TrafficLight> ColourBefore, ColourAfter;
  /// After minus Before as the two are shown (two decimals), so that the
  /// printed numbers add up; empty unless both rounds have a mean.
  std::optional<double> change() const {
    if (!Before || !After)
      return std::nullopt;
    return (std::round(*After * 100) - std::round(*Before * 100)) / 100;
  }
};

/// Two rounds side by side: every group and question of either round.
struct Comparison {
  RoundSummary Before, After;
  /// By avdelning, the avdelning as a whole before its enheter, in Swedish
  /// order; within a group by the template's question order.
  std::vector<ComparisonRow> Rows;
};

class Store {
public:
  /// The schema version this build writes and reads.
  static constexpr unsigned SchemaVersion = 1;

  /// How long a read or write waits for another writer by default: long
  /// enough for any save, so a finished audit is not lost to a neighbour's.
  static constexpr std::chrono::seconds DefaultWait{120};

  /// Opens the store at \p Path and migrates its schema to SchemaVersion. With
  /// \p Create a missing file is created; without, a missing file is an error
  /// (history and compare must not leave empty stores behind a typo). While
  /// another process writes, every statement waits up to \p Wait for it, then
  /// fails with an error that says so, leaving the store as it was.
  static llvm::Expected<std::unique_ptr<Store>>
  open(llvm::StringRef Path, bool Create,
       std::chrono::milliseconds Wait = DefaultWait);
  ~Store();
  Store(const Store &) = delete;
  Store &operator=(const Store &) = delete;

  /// Saves \p R as the round \p Info in one transaction, replacing a round
  /// with the same name. Returns the summary of the round it replaced, if any.
  llvm::Expected<std::optional<RoundSummary>> saveRound(const AuditResult &R,
                                                        const RoundInfo &Info);

  /// Every round, oldest first.
  llvm::Expected<std::vector<RoundSummary>> rounds() const;

  /// The områdespoäng of round \p Before against round \p After.
  llvm::Expected<Comparison> compare(llvm::StringRef Before,
                                     llvm::StringRef After) const;

  /// The schema version of the open store (SchemaVersion after open()).
  unsigned schemaVersion() const;

private:
  Store(sqlite3 *Db, std::string Path);
  sqlite3 *Db;
  std::string Path;
};

} // namespace ibic

#endif
