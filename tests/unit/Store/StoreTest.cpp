// Tests for Store/: the schema is created and migrated from an empty file
// (PRAGMA user_version), foreign and newer files are refused, rounds are saved
// and listed, a round saved again replaces the old one, the comparison's
// numbers and colours and its text, CSV and HTML forms, and that a write that
// fails half-way (a trigger makes the findings insert fail) leaves the store
// exactly as it was, as does one that meets another writer for longer than
// it waits (a full disk: tests/e2e/store-faults.sh).
// Nothing of a finding's message or source line is stored.
#include "ibic/Report.h"
#include "ibic/Store.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <sqlite3.h>

#include <chrono>
#include <map>
#include <thread>

using namespace ibic;
namespace fs = llvm::sys::fs;

namespace {

/// A fresh folder for one test's databases, removed afterwards.
class TempDir {
public:
  TempDir() {
    llvm::SmallString<128> P;
    REQUIRE_FALSE(fs::createUniqueDirectory("ibic-store", P));
    Dir = P.str().str();
  }
  ~TempDir() { fs::remove_directories(Dir); }
  std::string file(llvm::StringRef Name) const {
    llvm::SmallString<128> P(Dir);
    llvm::sys::path::append(P, Name);
    return P.str().str();
  }

private:
  std::string Dir;
};

/// Runs SQL on the file directly, as another program would.
void sql(const std::string &Path, const std::string &Statements) {
  sqlite3 *Db = nullptr;
  REQUIRE(sqlite3_open(Path.c_str(), &Db) == SQLITE_OK);
  char *Message = nullptr;
  int Status = sqlite3_exec(Db, Statements.c_str(), nullptr, nullptr, &Message);
  std::string Text = Message ? Message : "";
  sqlite3_free(Message);
  sqlite3_close(Db);
  INFO(Text);
  REQUIRE(Status == SQLITE_OK);
}

/// The single integer that \p Query returns.
int64_t number(const std::string &Path, const std::string &Query) {
  sqlite3 *Db = nullptr;
  REQUIRE(sqlite3_open(Path.c_str(), &Db) == SQLITE_OK);
  sqlite3_stmt *S = nullptr;
  REQUIRE(sqlite3_prepare_v2(Db, Query.c_str(), -1, &S, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(S) == SQLITE_ROW);
  int64_t Value = sqlite3_column_int64(S, 0);
  sqlite3_finalize(S);
  sqlite3_close(Db);
  return Value;
}

std::unique_ptr<Store> openStore(const std::string &Path, bool Create = true) {
  auto S = Store::open(Path, Create);
  if (!S)
    FAIL(llvm::toString(S.takeError()));
  return std::move(*S);
}

std::string errorOf(llvm::Error E) {
  REQUIRE(bool(E));
  return llvm::toString(std::move(E));
}

GroupQuestion mean(llvm::StringRef Id, std::optional<double> Mean, unsigned N) {
  GroupQuestion Q;
  Q.Id = Id.str();
  Q.Mean = Mean;
  Q.N = N;
  if (Mean)
    Q.Colour = *Mean >= 1.60   ? TrafficLight::Gron
               : *Mean >= 1.00 ? TrafficLight::Gul
                               : TrafficLight::Rod;
  return Q;
}

/// A small audit: two cases in Hemtjänst / Haga, M1 and U1 with the given
/// områdespoäng, a finding whose message and source line hold a personnummer.
AuditResult audit(double M1, std::optional<double> U1, unsigned Cases = 2) {
  AuditResult R;
  R.TemplateId = "ibic-granskningsmall";
  R.TemplateVersion = "1";
  R.TemplateQuestions = {{"M1", "Den enskildes egen uppfattning framgår"},
                         {"U1", "Genomförandeplanen beskriver vad, hur, när"}};
  for (unsigned N = 0; N < Cases; ++N) {
    CaseResult C;
    C.Id = "2099-010" + std::to_string(N);
    C.Avdelning = "Hemtjänst";
    C.Enhet = "Haga";
    C.Files = {"export/" + C.Id + ".txt", "export/" + C.Id + "-journal.txt"};
    QuestionScore Q1, Q2;
    Q1.Id = "M1";
    Q1.Score = 1;
    Q2.Id = "U1";
    Q2.Reason = "ingen genomförandeplan";
    C.Questions = {Q1, Q2};
    Finding F;
    F.Rule = "sprak/personnummer";
    F.Code = "IA120";
    F.Level = Severity::Error;
    F.Question = "M13";
    F.Message = "Personnummer 19121212-1213 i löptext";
    F.SourceLine = "Tolvan, 19121212-1213, berättar";
    F.Document = "U-1";
    F.File = C.Files[0];
    F.Fingerprint = "0123456789abcdef";
    C.Findings = {F, F};
    R.Cases.push_back(C);
  }
  GroupResult Avdelning;
  Avdelning.Avdelning = "Hemtjänst";
  Avdelning.Cases = Cases;
  Avdelning.Questions = {mean("M1", M1, Cases), mean("U1", U1, U1 ? Cases : 0)};
  GroupResult Haga = Avdelning;
  Haga.Enhet = "Haga";
  R.Groups = {Avdelning, Haga};
  R.Errors.push_back(
      {"export/trasig.xml", 3, 4, "XML-filen är inte välformad.", ""});
  return R;
}

RoundInfo round(llvm::StringRef Name, llvm::StringRef Created) {
  RoundInfo Info;
  Info.Name = Name.str();
  Info.Created = Created.str();
  return Info;
}

std::vector<RoundSummary> roundsOf(const Store &S) {
  auto Rounds = S.rounds();
  if (!Rounds)
    FAIL(llvm::toString(Rounds.takeError()));
  return std::move(*Rounds);
}

void save(Store &S, const AuditResult &R, const RoundInfo &Info) {
  auto Saved = S.saveRound(R, Info);
  if (!Saved)
    FAIL(llvm::toString(Saved.takeError()));
}

std::string render(const Comparison &C, ComparisonFormat Format) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeComparison(C, Format, OS);
  OS.flush();
  return Out;
}

} // namespace

TEST_CASE("a new store is created at the current schema version", "[store]") {
  TempDir Tmp;
  std::string Path = Tmp.file("audit.db");
  {
    std::unique_ptr<Store> S = openStore(Path);
    CHECK(S->schemaVersion() == Store::SchemaVersion);
    CHECK(roundsOf(*S).empty());
  }
  CHECK(number(Path, "PRAGMA user_version") == Store::SchemaVersion);
  CHECK(number(Path, "PRAGMA application_id") == 0x49424943);
  for (const char *Table : {"rounds", "round_questions", "cases", "case_scores",
                            "areas", "area_scores", "findings"}) {
    INFO(Table);
    CHECK(number(Path, std::string("SELECT count(*) FROM sqlite_master WHERE "
                                   "type = 'table' AND name = '") +
                           Table + "'") == 1);
  }
  // Opening again neither migrates nor loses anything.
  std::unique_ptr<Store> Again = openStore(Path, /*Create=*/false);
  CHECK(Again->schemaVersion() == Store::SchemaVersion);
}

TEST_CASE("an empty version-0 database is migrated", "[store]") {
  TempDir Tmp;
  std::string Empty = Tmp.file("empty.db");
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Empty, EC);
  }
  REQUIRE(fs::exists(Empty));
  std::unique_ptr<Store> S = openStore(Empty, /*Create=*/false);
  CHECK(S->schemaVersion() == Store::SchemaVersion);

  // A SQLite file that sqlite3 itself made, still at user_version 0.
  std::string Bare = Tmp.file("bare.db");
  sql(Bare, "CREATE TABLE t (x); DROP TABLE t");
  CHECK(openStore(Bare, /*Create=*/false)->schemaVersion() ==
        Store::SchemaVersion);
}

TEST_CASE("foreign, newer and missing stores are refused", "[store]") {
  TempDir Tmp;
  std::string Missing = Tmp.file("saknas.db");
  CHECK_THAT(errorOf(Store::open(Missing, /*Create=*/false).takeError()),
             Catch::Contains("saknas.db") && Catch::Contains("finns inte"));
  CHECK_FALSE(fs::exists(Missing));

  std::string Foreign = Tmp.file("foreign.db");
  sql(Foreign, "CREATE TABLE kunder (namn TEXT)");
  CHECK_THAT(errorOf(Store::open(Foreign, true).takeError()),
             Catch::Contains("inte en ibic-audit-databas"));
  CHECK(number(Foreign, "SELECT count(*) FROM sqlite_master") == 1);

  std::string Newer = Tmp.file("newer.db");
  sql(Newer, "PRAGMA user_version = 99");
  CHECK_THAT(errorOf(Store::open(Newer, true).takeError()),
             Catch::Contains("nyare"));

  std::string Text = Tmp.file("text.db");
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Text, EC);
    Out << "Det här är ingen databas, bara text som "
           "är lång nog att se ut som en sida.\n";
  }
  CHECK_THAT(errorOf(Store::open(Text, true).takeError()),
             Catch::Contains("text.db"));
}

TEST_CASE("rounds are saved and listed", "[store]") {
  TempDir Tmp;
  std::string Path = Tmp.file("audit.db");
  std::unique_ptr<Store> S = openStore(Path);
  save(*S, audit(1.20, 1.00), round("Våren 2025", "2025-04-01T10:00:00Z"));
  save(*S, audit(1.55, std::nullopt, 3),
       round("Hösten 2025", "2025-10-01T10:00:00Z"));

  std::vector<RoundSummary> Rounds = roundsOf(*S);
  REQUIRE(Rounds.size() == 2);
  CHECK(Rounds[0].Name == "Våren 2025");
  CHECK(Rounds[0].Created == "2025-04-01T10:00:00Z");
  CHECK(Rounds[0].TemplateId == "ibic-granskningsmall");
  CHECK(Rounds[0].TemplateVersion == "1");
  CHECK(Rounds[0].Cases == 2);
  CHECK(Rounds[0].Files == 5); // two per case and the unreadable one
  CHECK(Rounds[0].Findings == 4);
  CHECK(Rounds[0].Errors == 1);
  CHECK(Rounds[1].Name == "Hösten 2025");
  CHECK(Rounds[1].Cases == 3);
  CHECK(Rounds[1].Findings == 6);

  CHECK(number(Path, "SELECT count(*) FROM case_scores WHERE score IS NULL") ==
        5);
  CHECK(number(Path,
               "SELECT count(*) FROM findings WHERE rule = "
               "'sprak/personnummer' AND severity = 'error' AND "
               "question = 'M13' AND fingerprint = '0123456789abcdef'") == 10);

  std::string Listing;
  llvm::raw_string_ostream OS(Listing);
  writeRounds(Rounds, OS);
  OS.flush();
  CHECK_THAT(Listing,
             Catch::Contains("Våren 2025") && Catch::Contains("Hösten 2025"));

  // No message or source line, so no personnummer, anywhere in the file.
  S.reset();
  auto Bytes = llvm::MemoryBuffer::getFile(Path);
  REQUIRE(Bytes);
  CHECK_FALSE((*Bytes)->getBuffer().contains("19121212"));
  CHECK_FALSE((*Bytes)->getBuffer().contains("Tolvan"));
}

TEST_CASE("saving a round again replaces it", "[store]") {
  TempDir Tmp;
  std::string Path = Tmp.file("audit.db");
  std::unique_ptr<Store> S = openStore(Path);
  save(*S, audit(1.20, 1.00), round("Våren 2025", "2025-04-01T10:00:00Z"));
  auto Replaced = S->saveRound(audit(1.40, 1.00, 3),
                               round("Våren 2025", "2025-04-02T10:00:00Z"));
  REQUIRE(bool(Replaced));
  REQUIRE(Replaced->has_value());
  CHECK((*Replaced)->Created == "2025-04-01T10:00:00Z");
  CHECK((*Replaced)->Cases == 2);
  std::vector<RoundSummary> Rounds = roundsOf(*S);
  REQUIRE(Rounds.size() == 1);
  CHECK(Rounds[0].Cases == 3);
  CHECK(Rounds[0].Created == "2025-04-02T10:00:00Z");
  // Nothing of the old round is left behind.
  CHECK(number(Path, "SELECT count(*) FROM cases") == 3);
  CHECK(number(Path, "SELECT count(*) FROM areas") == 2);
  CHECK(number(Path, "SELECT count(*) FROM findings") == 6);
}

TEST_CASE("compare shows the change in områdespoäng and colour", "[store]") {
  TempDir Tmp;
  std::unique_ptr<Store> S = openStore(Tmp.file("audit.db"));
  save(*S, audit(1.20, 1.00), round("Våren 2025", "2025-04-01T10:00:00Z"));
  AuditResult Autumn = audit(1.55, 0.50);
  GroupResult Sjo;
  Sjo.Avdelning = "Hemtjänst";
  Sjo.Enhet = "Sjöstaden";
  Sjo.Cases = 1;
  Sjo.Questions = {mean("M1", 2.0, 1), mean("U1", std::nullopt, 0)};
  Autumn.Groups.push_back(Sjo);
  save(*S, Autumn, round("Hösten 2025", "2025-10-01T10:00:00Z"));

  auto C = S->compare("Våren 2025", "Hösten 2025");
  if (!C)
    FAIL(llvm::toString(C.takeError()));
  CHECK(C->Before.Name == "Våren 2025");
  CHECK(C->After.Name == "Hösten 2025");
  // Avdelning first, then its enheter in Swedish order; template order inside.
  REQUIRE(C->Rows.size() == 6);
  const ComparisonRow &M1 = C->Rows[0];
  CHECK(M1.Avdelning == "Hemtjänst");
  CHECK_FALSE(M1.Enhet.has_value());
  CHECK(M1.Question == "M1");
  CHECK(M1.Title == "Den enskildes egen uppfattning framgår");
  CHECK(*M1.Before == Approx(1.20));
  CHECK(*M1.After == Approx(1.55));
  CHECK(*M1.change() == Approx(0.35));
  CHECK(M1.ColourBefore == TrafficLight::Gul);
  CHECK(M1.ColourAfter == TrafficLight::Gul);
  const ComparisonRow &U1 = C->Rows[1];
  CHECK(U1.Question == "U1");
  CHECK(*U1.change() == Approx(-0.50));
  CHECK(U1.ColourBefore == TrafficLight::Gul);
  CHECK(U1.ColourAfter == TrafficLight::Rod);
  CHECK(*C->Rows[2].Enhet == "Haga");
  CHECK(*C->Rows[4].Enhet == "Sjöstaden");
  // A group only the later round has: no earlier mean, no change.
  CHECK_FALSE(C->Rows[4].Before.has_value());
  CHECK_FALSE(C->Rows[4].change().has_value());
  CHECK(C->Rows[4].ColourAfter == TrafficLight::Gron);
  CHECK_FALSE(C->Rows[5].After.has_value());

  std::string Text = render(*C, ComparisonFormat::Text);
  CHECK_THAT(Text, Catch::Contains("1,20 → 1,55  (+0,35)"));
  CHECK_THAT(Text, Catch::Contains("1,00 → 0,50  (−0,50)   gul → röd"));
  CHECK_THAT(Text, Catch::Contains("Hemtjänst / Sjöstaden"));
  CHECK_THAT(Text, Catch::Contains("– → 2,00"));

  std::string Csv = render(*C, ComparisonFormat::Csv);
  CHECK(llvm::StringRef(Csv).startswith("\xEF\xBB\xBF"
                                        "Avdelning;Enhet;Fråga;"));
  CHECK_THAT(Csv, Catch::Contains(
                      "Hemtjänst;;M1;Den enskildes egen uppfattning framgår;"
                      "1,20;1,55;0,35;gul;gul;2;2\r\n"));
  CHECK_THAT(Csv, Catch::Contains(";1,00;0,50;-0,50;gul;röd;"));
  CHECK_THAT(Csv, Catch::Contains("Hemtjänst;Sjöstaden;M1;"));

  std::string Html = render(*C, ComparisonFormat::Html);
  CHECK(llvm::StringRef(Html).startswith("<!DOCTYPE html>"));
  CHECK_THAT(Html, Catch::Contains("<meta charset=\"utf-8\">"));
  CHECK_THAT(Html, Catch::Contains("<span class=\"farg gul\">gul</span> → "
                                   "<span class=\"farg rod\">röd</span>"));
  CHECK_THAT(Html, Catch::Contains("−0,50"));
  // Self-contained: nothing is fetched from elsewhere.
  CHECK_THAT(Html, !Catch::Contains("http") && !Catch::Contains("<link") &&
                       !Catch::Contains("<script"));
}

TEST_CASE("comparing with an unknown round is an error that lists the rounds",
          "[store]") {
  TempDir Tmp;
  std::unique_ptr<Store> S = openStore(Tmp.file("audit.db"));
  CHECK_THAT(errorOf(S->compare("Våren 2025", "Hösten 2025").takeError()),
             Catch::Contains("inga omgångar"));
  save(*S, audit(1.20, 1.00), round("Våren 2025", "2025-04-01T10:00:00Z"));
  CHECK_THAT(errorOf(S->compare("Våren 2025", "Hösten 2025").takeError()),
             Catch::Contains("'Hösten 2025' finns inte") &&
                 Catch::Contains("Våren 2025"));
}

TEST_CASE("a save that fails half-way leaves the store as it was", "[store]") {
  TempDir Tmp;
  std::string Path = Tmp.file("audit.db");
  std::unique_ptr<Store> S = openStore(Path);
  save(*S, audit(1.20, 1.00), round("Våren 2025", "2025-04-01T10:00:00Z"));
  auto Count = [&](const char *Table) {
    return number(Path, std::string("SELECT count(*) FROM ") + Table);
  };
  std::map<std::string, int64_t> Before;
  for (const char *T : {"rounds", "round_questions", "cases", "case_scores",
                        "areas", "area_scores", "findings"})
    Before[T] = Count(T);

  // The round, its questions and cases are written before the findings; the
  // trigger fails the first finding, after all of those.
  sql(Path, "CREATE TRIGGER fail_findings BEFORE INSERT ON findings BEGIN "
            "SELECT RAISE(ABORT, 'injicerat fel'); END");
  CHECK_THAT(errorOf(S->saveRound(audit(1.55, 1.00),
                                  round("Hösten 2025", "2025-10-01T10:00:00Z"))
                         .takeError()),
             Catch::Contains("injicerat fel") && Catch::Contains("oförändrad"));
  // Replacing fails the same way, and the old round is still there.
  CHECK_THAT(errorOf(S->saveRound(audit(1.55, 1.00, 3),
                                  round("Våren 2025", "2025-10-01T10:00:00Z"))
                         .takeError()),
             Catch::Contains("injicerat fel"));
  for (const auto &[Table, N] : Before) {
    INFO(Table);
    CHECK(Count(Table.c_str()) == N);
  }
  std::vector<RoundSummary> Rounds = roundsOf(*S);
  REQUIRE(Rounds.size() == 1);
  CHECK(Rounds[0].Name == "Våren 2025");
  CHECK(Rounds[0].Cases == 2);

  // With the fault gone the same store takes the round.
  sql(Path, "DROP TRIGGER fail_findings");
  save(*S, audit(1.55, 1.00), round("Hösten 2025", "2025-10-01T10:00:00Z"));
  CHECK(roundsOf(*S).size() == 2);
}

TEST_CASE("a save waits for another writer, and gives up cleanly after the "
          "timeout", "[store]") {
  TempDir Tmp;
  std::string Path = Tmp.file("audit.db");
  openStore(Path);
  sqlite3 *Other = nullptr;
  REQUIRE(sqlite3_open(Path.c_str(), &Other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(Other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  auto Short = Store::open(Path, /*Create=*/false, std::chrono::milliseconds(200));
  REQUIRE(bool(Short));
  CHECK_THAT(errorOf((*Short)->saveRound(audit(1.20, 1.00),
                                         round("Våren 2025", "2025-04-01T10:00:00Z"))
                         .takeError()),
             Catch::Contains("ett annat program skriver i databasen") &&
                 Catch::Contains("oförändrad"));
  // The other writer finishes while the save waits: the save goes through.
  std::thread Release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    sqlite3_exec(Other, "COMMIT", nullptr, nullptr, nullptr);
  });
  auto Patient = Store::open(Path, /*Create=*/false, std::chrono::seconds(30));
  REQUIRE(bool(Patient));
  auto Saved = (*Patient)->saveRound(audit(1.20, 1.00),
                                     round("Våren 2025", "2025-04-01T10:00:00Z"));
  Release.join();
  sqlite3_close(Other);
  if (!Saved)
    FAIL(llvm::toString(Saved.takeError()));
  CHECK(roundsOf(**Patient).size() == 1);
}
