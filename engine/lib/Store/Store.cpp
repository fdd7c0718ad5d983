//===- Store.cpp - Audit rounds in SQLite ---------------------------------===//
//
// Schema version 1 (PRAGMA user_version = 1, application_id 'IBIC'):
//
//   rounds        one row per audit round; name unique
//   round_questions  the template's questions of the round, in order
//   cases         per round and case: avdelning, enhet, lagrum, files
//   case_scores   per case and question: 0, 1, 2 or NULL (does not apply)
//   areas         per round: each avdelning (enhet NULL) and enhet, in order
//   area_scores   per area and question: mean, n, colour
//   findings      per case: document, rule, code, question, severity,
//                 fingerprint (no message, no source line)
//
// Rows below a round are deleted with it (ON DELETE CASCADE).
//
//===----------------------------------------------------------------------===//
#include "ibic/Store.h"

#include "Text/Collation.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"

#include <sqlite3.h>

#include <climits>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <map>
#include <tuple>

namespace ibic {
namespace {

/// 'IBIC' in ASCII: tells our stores from other SQLite files.
constexpr int ApplicationId = 0x49424943;

/// Each step takes the schema from the version before it to To. A new
/// version appends a step; released steps are never edited.
struct Migration {
  unsigned To;
  const char *Sql;
};

const Migration Migrations[] = {
    {1, R"sql(
CREATE TABLE rounds (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE,
  created          TEXT NOT NULL,
  tool_version     TEXT NOT NULL,
  template_id      TEXT NOT NULL,
  template_version TEXT NOT NULL,
  cases            INTEGER NOT NULL,
  files            INTEGER NOT NULL,
  errors           INTEGER NOT NULL
);
CREATE TABLE round_questions (
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question TEXT NOT NULL,
  title    TEXT NOT NULL,
  PRIMARY KEY (round_id, question)
);
CREATE TABLE cases (
  round_id  INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  case_id   TEXT NOT NULL,
  avdelning TEXT,
  enhet     TEXT,
  lagrum    TEXT,
  files     INTEGER NOT NULL,
  PRIMARY KEY (round_id, case_id)
);
CREATE TABLE case_scores (
  round_id INTEGER NOT NULL,
  case_id  TEXT NOT NULL,
  question TEXT NOT NULL,
  score    INTEGER CHECK (score BETWEEN 0 AND 2),
  PRIMARY KEY (round_id, case_id, question),
  FOREIGN KEY (round_id, case_id) REFERENCES cases(round_id, case_id)
    ON DELETE CASCADE
);
CREATE TABLE areas (
  id        INTEGER PRIMARY KEY,
  round_id  INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  avdelning TEXT NOT NULL,
  enhet     TEXT,
  cases     INTEGER NOT NULL
);
CREATE INDEX areas_round ON areas(round_id);
CREATE TABLE area_scores (
  area_id  INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
  question TEXT NOT NULL,
  mean     REAL,
  n        INTEGER NOT NULL,
  colour   TEXT CHECK (colour IN ('grön', 'gul', 'röd')),
  PRIMARY KEY (area_id, question)
);
CREATE TABLE findings (
  round_id    INTEGER NOT NULL,
  case_id     TEXT NOT NULL,
  document    TEXT NOT NULL,
  rule        TEXT NOT NULL,
  code        TEXT NOT NULL,
  question    TEXT,
  severity    TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  fingerprint TEXT NOT NULL,
  FOREIGN KEY (round_id, case_id) REFERENCES cases(round_id, case_id)
    ON DELETE CASCADE
);
CREATE INDEX findings_case ON findings(round_id, case_id);
)sql"},
};

llvm::Error storeError(llvm::StringRef Path, const llvm::Twine &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "databasen " + Path + ": " + What);
}

/// SQLite's message for \p Code, in Swedish where the user can act on it.
std::string sqliteMessage(int Code, llvm::StringRef Message) {
  switch (Code & 0xff) {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return "ett annat program skriver i databasen och släppte den inte inom "
           "väntetiden (--store-timeout)";
  case SQLITE_FULL:
    return "disken eller databasen är full";
  case SQLITE_READONLY:
    return "databasen är skrivskyddad";
  case SQLITE_IOERR:
    return ("läs- eller skrivfel (" + Message + ")").str();
  }
  return Message.str();
}

/// A prepared statement; binds by position from 1 and steps row by row.
class Statement {
public:
  Statement(sqlite3 *Db, llvm::StringRef Sql) : Db(Db) {
    Status = sqlite3_prepare_v2(Db, Sql.data(), int(Sql.size()), &S, nullptr);
    if (Status != SQLITE_OK)
      Message = sqlite3_errmsg(Db);
  }
  ~Statement() { sqlite3_finalize(S); }
  Statement(const Statement &) = delete;
  Statement &operator=(const Statement &) = delete;

  Statement &bind(llvm::StringRef Text) {
    if (Status == SQLITE_OK)
      Status = sqlite3_bind_text(S, ++Index, Text.data(), int(Text.size()),
                                 SQLITE_TRANSIENT);
    return *this;
  }
  Statement &bind(int64_t Value) {
    if (Status == SQLITE_OK)
      Status = sqlite3_bind_int64(S, ++Index, Value);
    return *this;
  }
  Statement &bind(std::optional<double> Value) {
    if (Status == SQLITE_OK)
      Status = Value ? sqlite3_bind_double(S, ++Index, *Value)
                     : sqlite3_bind_null(S, ++Index);
    return *this;
  }
  Statement &bind(std::optional<int> Value) {
    if (Status == SQLITE_OK)
      Status = Value ? sqlite3_bind_int(S, ++Index, *Value)
                     : sqlite3_bind_null(S, ++Index);
    return *this;
  }
  /// Text, or NULL when empty.
  Statement &bindOrNull(llvm::StringRef Text) {
    if (!Text.empty())
      return bind(Text);
    if (Status == SQLITE_OK)
      Status = sqlite3_bind_null(S, ++Index);
    return *this;
  }

  /// Runs a statement that returns no rows, then makes it ready for new
  /// values.
  llvm::Error run() {
    if (Status == SQLITE_OK && sqlite3_step(S) != SQLITE_DONE)
      fail();
    sqlite3_reset(S);
    sqlite3_clear_bindings(S);
    Index = 0;
    return check();
  }
  /// The next row: true while there is one.
  bool next() {
    if (Status != SQLITE_OK)
      return false;
    int Step = sqlite3_step(S);
    if (Step == SQLITE_ROW)
      return true;
    if (Step != SQLITE_DONE)
      fail();
    return false;
  }
  std::string text(int Column) const {
    const unsigned char *T = sqlite3_column_text(S, Column);
    return T ? std::string(reinterpret_cast<const char *>(T),
                           sqlite3_column_bytes(S, Column))
             : std::string();
  }
  bool isNull(int Column) const {
    return sqlite3_column_type(S, Column) == SQLITE_NULL;
  }
  int64_t integer(int Column) const { return sqlite3_column_int64(S, Column); }
  double real(int Column) const { return sqlite3_column_double(S, Column); }

  llvm::Error check() const {
    if (Status == SQLITE_OK)
      return llvm::Error::success();
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        sqliteMessage(Status, Message.empty() ? sqlite3_errstr(Status) : Message));
  }

private:
  void fail() {
    Status = sqlite3_errcode(Db);
    if (Status == SQLITE_OK)
      Status = SQLITE_ERROR;
    Message = sqlite3_errmsg(Db);
  }

  sqlite3 *Db;
  sqlite3_stmt *S = nullptr;
  int Status;
  int Index = 0;
  std::string Message;
};

llvm::Error exec(sqlite3 *Db, const char *Sql) {
  char *Message = nullptr;
  int Code = sqlite3_exec(Db, Sql, nullptr, nullptr, &Message);
  if (Code == SQLITE_OK)
    return llvm::Error::success();
  std::string Text = sqliteMessage(Code, Message ? Message : sqlite3_errmsg(Db));
  sqlite3_free(Message);
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Text);
}

int64_t pragma(sqlite3 *Db, const char *Name) {
  Statement S(Db, std::string("PRAGMA ") + Name);
  return S.next() ? S.integer(0) : 0;
}

/// A write transaction that rolls back unless committed. BEGIN IMMEDIATE
/// takes the write lock at once, so two writers never interleave.
class Transaction {
public:
  explicit Transaction(sqlite3 *Db) : Db(Db) {}
  llvm::Error begin() {
    if (llvm::Error E = exec(Db, "BEGIN IMMEDIATE"))
      return E;
    Open = true;
    return llvm::Error::success();
  }
  llvm::Error commit() {
    if (llvm::Error E = exec(Db, "COMMIT"))
      return E;
    Open = false;
    return llvm::Error::success();
  }
  ~Transaction() {
    if (Open)
      llvm::consumeError(exec(Db, "ROLLBACK"));
  }

private:
  sqlite3 *Db;
  bool Open = false;
};

std::string nowUtc() {
  std::time_t Now = std::time(nullptr);
  std::tm Utc{};
  gmtime_r(&Now, &Utc);
  char Buffer[32];
  std::strftime(Buffer, sizeof(Buffer), "%Y-%m-%dT%H:%M:%SZ", &Utc);
  return Buffer;
}

const char *const RoundColumns =
    "name, created, tool_version, template_id, template_version, cases, "
    "files, errors, (SELECT count(*) FROM findings f WHERE f.round_id = "
    "rounds.id)";

RoundSummary summaryAt(const Statement &S, int First = 0) {
  RoundSummary R;
  R.Name = S.text(First);
  R.Created = S.text(First + 1);
  R.ToolVersion = S.text(First + 2);
  R.TemplateId = S.text(First + 3);
  R.TemplateVersion = S.text(First + 4);
  R.Cases = unsigned(S.integer(First + 5));
  R.Files = unsigned(S.integer(First + 6));
  R.Errors = unsigned(S.integer(First + 7));
  R.Findings = unsigned(S.integer(First + 8));
  return R;
}

llvm::Error migrate(sqlite3 *Db, llvm::StringRef Path) {
  int64_t Application = pragma(Db, "application_id");
  if (Application != 0 && Application != ApplicationId)
    return storeError(Path, "är inte en ibic-audit-databas");
  int64_t Version = pragma(Db, "user_version");
  if (Version > Store::SchemaVersion)
    return storeError(Path, "har schemaversion " + llvm::Twine(Version) +
                                " från en nyare ibic-audit; den här versionen "
                                "läser högst " +
                                llvm::Twine(Store::SchemaVersion));
  if (Version == Store::SchemaVersion)
    return llvm::Error::success();

  Transaction T(Db);
  if (llvm::Error E = T.begin())
    return storeError(Path, "kunde inte låsas för uppgradering: " +
                                llvm::toString(std::move(E)));
  // Another process may have migrated while we waited for the lock.
  Version = pragma(Db, "user_version");
  if (Version == 0) {
    Statement Tables(Db, "SELECT count(*) FROM sqlite_master");
    if (Tables.next() && Tables.integer(0) > 0)
      return storeError(Path, "är inte en ibic-audit-databas (den har "
                              "tabeller men ingen schemaversion)");
  }
  for (const Migration &M : Migrations) {
    if (M.To <= Version)
      continue;
    if (llvm::Error E = exec(Db, M.Sql))
      return storeError(
          Path, "uppgraderingen till schemaversion " + llvm::Twine(M.To) +
                    " misslyckades: " + llvm::toString(std::move(E)));
    std::string SetVersion = "PRAGMA user_version = " + std::to_string(M.To);
    if (llvm::Error E = exec(Db, SetVersion.c_str()))
      return storeError(Path, llvm::toString(std::move(E)));
  }
  std::string SetApplication =
      "PRAGMA application_id = " + std::to_string(ApplicationId);
  if (llvm::Error E = exec(Db, SetApplication.c_str()))
    return storeError(Path, llvm::toString(std::move(E)));
  if (llvm::Error E = T.commit())
    return storeError(Path, llvm::toString(std::move(E)));
  return llvm::Error::success();
}

} // namespace

Store::Store(sqlite3 *Db, std::string Path) : Db(Db), Path(std::move(Path)) {}

Store::~Store() { sqlite3_close(Db); }

llvm::Expected<std::unique_ptr<Store>>
Store::open(llvm::StringRef Path, bool Create, std::chrono::milliseconds Wait) {
  if (!Create && !llvm::sys::fs::exists(Path))
    return storeError(Path, "finns inte (skapas av 'ibic-audit audit --store "
                            "FIL --round NAMN')");
  if (llvm::sys::fs::is_directory(Path))
    return storeError(Path, "är en mapp, inte en databasfil");
  sqlite3 *Db = nullptr;
  int Flags = SQLITE_OPEN_READWRITE | (Create ? SQLITE_OPEN_CREATE : 0);
  std::string File = Path.str();
  int Status = sqlite3_open_v2(File.c_str(), &Db, Flags, nullptr);
  // The Store owns the handle from here on, even when opening failed.
  std::unique_ptr<Store> S(new Store(Db, File));
  if (Status != SQLITE_OK)
    return storeError(Path, "kunde inte öppnas: " +
                                llvm::Twine(Db ? sqlite3_errmsg(Db)
                                               : sqlite3_errstr(Status)));
  sqlite3_extended_result_codes(Db, 1);
  sqlite3_busy_timeout(Db, int(std::min<int64_t>(Wait.count(), INT_MAX)));
  // Reading the header proves the file is a database before we migrate it.
  if (llvm::Error E = exec(Db, "PRAGMA foreign_keys = ON; "
                               "SELECT count(*) FROM sqlite_master"))
    return storeError(Path, "är inte en SQLite-databas (" +
                                llvm::toString(std::move(E)) + ")");
  if (llvm::Error E = migrate(Db, Path))
    return E;
  return S;
}

unsigned Store::schemaVersion() const {
  return unsigned(pragma(Db, "user_version"));
}

llvm::Expected<std::optional<RoundSummary>>
Store::saveRound(const AuditResult &R, const RoundInfo &Info) {
  if (Info.Name.empty())
    return storeError(Path, "en omgång måste ha ett namn");
  auto Failed = [&](llvm::Error E) {
    return storeError(Path, "omgången '" + Info.Name +
                                "' kunde inte sparas, databasen är "
                                "oförändrad: " +
                                llvm::toString(std::move(E)));
  };
  Transaction T(Db);
  if (llvm::Error E = T.begin())
    return Failed(std::move(E));

  std::optional<RoundSummary> Replaced;
  {
    Statement Old(Db, std::string("SELECT ") + RoundColumns +
                          " FROM rounds WHERE name = ?");
    Old.bind(Info.Name);
    if (Old.next())
      Replaced = summaryAt(Old);
    if (llvm::Error E = Old.check())
      return Failed(std::move(E));
  }
  if (Replaced) {
    Statement Delete(Db, "DELETE FROM rounds WHERE name = ?");
    if (llvm::Error E = Delete.bind(Info.Name).run())
      return Failed(std::move(E));
  }

  llvm::StringSet<> Files;
  for (const CaseResult &C : R.Cases)
    for (const std::string &F : C.Files)
      Files.insert(F);
  for (const Diagnostic &D : R.Errors)
    Files.insert(D.File);

  Statement Round(Db, "INSERT INTO rounds (name, created, tool_version, "
                      "template_id, template_version, cases, files, errors) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  Round.bind(Info.Name)
      .bind(Info.Created.empty() ? nowUtc() : Info.Created)
      .bind(IBIC_AUDIT_VERSION)
      .bind(R.TemplateId)
      .bind(R.TemplateVersion)
      .bind(int64_t(R.Cases.size()))
      .bind(int64_t(Files.size()))
      .bind(int64_t(R.unreadFiles()));
  if (llvm::Error E = Round.run())
    return Failed(std::move(E));
  int64_t RoundId = sqlite3_last_insert_rowid(Db);

  Statement Question(Db, "INSERT INTO round_questions VALUES (?, ?, ?, ?)");
  for (size_t N = 0; N < R.TemplateQuestions.size(); ++N) {
    const QuestionInfo &Q = R.TemplateQuestions[N];
    if (llvm::Error E = Question.bind(RoundId)
                            .bind(int64_t(N))
                            .bind(Q.Id)
                            .bind(Q.Title)
                            .run())
      return Failed(std::move(E));
  }

  Statement Case(Db, "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?)");
  Statement Score(Db, "INSERT INTO case_scores VALUES (?, ?, ?, ?)");
  Statement Found(Db, "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const CaseResult &C : R.Cases) {
    if (llvm::Error E = Case.bind(RoundId)
                            .bind(C.Id)
                            .bindOrNull(C.Avdelning)
                            .bindOrNull(C.Enhet)
                            .bindOrNull(C.Lagrum)
                            .bind(int64_t(C.Files.size()))
                            .run())
      return Failed(std::move(E));
    for (const QuestionScore &Q : C.Questions)
      if (llvm::Error E =
              Score.bind(RoundId).bind(C.Id).bind(Q.Id).bind(Q.Score).run())
        return Failed(std::move(E));
    for (const Finding &F : C.Findings)
      if (llvm::Error E = Found.bind(RoundId)
                              .bind(C.Id)
                              .bind(F.Document)
                              .bind(F.Rule)
                              .bind(F.Code)
                              .bindOrNull(F.Question)
                              .bind(severityName(F.Level))
                              .bind(F.Fingerprint)
                              .run())
        return Failed(std::move(E));
  }

  Statement Area(Db, "INSERT INTO areas (round_id, position, avdelning, enhet, "
                     "cases) VALUES (?, ?, ?, ?, ?)");
  Statement AreaScore(Db, "INSERT INTO area_scores VALUES (?, ?, ?, ?, ?)");
  for (size_t N = 0; N < R.Groups.size(); ++N) {
    const GroupResult &G = R.Groups[N];
    if (llvm::Error E = Area.bind(RoundId)
                            .bind(int64_t(N))
                            .bind(G.Avdelning)
                            .bindOrNull(G.Enhet ? *G.Enhet : "")
                            .bind(int64_t(G.Cases))
                            .run())
      return Failed(std::move(E));
    int64_t AreaId = sqlite3_last_insert_rowid(Db);
    for (const GroupQuestion &Q : G.Questions)
      if (llvm::Error E =
              AreaScore.bind(AreaId)
                  .bind(Q.Id)
                  .bind(Q.Mean)
                  .bind(int64_t(Q.N))
                  .bindOrNull(Q.Mean && Q.Colour ? trafficLightName(*Q.Colour) : "")
                  .run())
        return Failed(std::move(E));
  }

  if (llvm::Error E = T.commit())
    return Failed(std::move(E));
  return Replaced;
}

llvm::Expected<std::vector<RoundSummary>> Store::rounds() const {
  Statement S(Db, std::string("SELECT ") + RoundColumns +
                      " FROM rounds ORDER BY created, id");
  std::vector<RoundSummary> Out;
  while (S.next())
    Out.push_back(summaryAt(S));
  if (llvm::Error E = S.check())
    return storeError(Path, "omgångarna kunde inte läsas: " +
                                llvm::toString(std::move(E)));
  return Out;
}

llvm::Expected<Comparison> Store::compare(llvm::StringRef Before,
                                          llvm::StringRef After) const {
  Comparison Out;
  std::vector<std::string> Names;
  std::map<std::string, int64_t> Ids;
  {
    Statement S(Db, std::string("SELECT id, ") + RoundColumns +
                        " FROM rounds ORDER BY created, id");
    while (S.next()) {
      RoundSummary R = summaryAt(S, 1);
      Ids[R.Name] = S.integer(0);
      Names.push_back(R.Name);
      if (R.Name == Before)
        Out.Before = R;
      if (R.Name == After)
        Out.After = R;
    }
    if (llvm::Error E = S.check())
      return storeError(Path, llvm::toString(std::move(E)));
  }
  for (llvm::StringRef Wanted : {Before, After})
    if (!Ids.count(Wanted.str())) {
      std::string Known = Names.empty()
                              ? std::string(" (databasen har inga omgångar)")
                              : " (det finns: " + llvm::join(Names, ", ") + ")";
      return storeError(Path, "omgången '" + Wanted + "' finns inte" + Known);
    }

  // Template order: the later round's, then questions only the earlier had.
  std::map<std::string, std::pair<int64_t, std::string>> Questions;
  int64_t Offset = 0;
  for (int64_t Round : {Ids[After.str()], Ids[Before.str()]}) {
    Statement S(Db, "SELECT question, position, title FROM round_questions "
                    "WHERE round_id = ?");
    S.bind(Round);
    int64_t Largest = 0;
    while (S.next()) {
      Questions.try_emplace(S.text(0), Offset + S.integer(1), S.text(2));
      Largest = std::max(Largest, S.integer(1) + 1);
    }
    if (llvm::Error E = S.check())
      return storeError(Path, llvm::toString(std::move(E)));
    Offset += Largest;
  }

  using Key = std::tuple<std::string, bool, std::string, std::string>;
  std::map<Key, ComparisonRow> Rows; // avdelning, has enhet, enhet, question
  for (bool IsAfter : {false, true}) {
    Statement S(Db, "SELECT a.avdelning, a.enhet, s.question, s.mean, s.n, "
                    "s.colour FROM areas a JOIN area_scores s ON s.area_id = "
                    "a.id WHERE a.round_id = ?");
    S.bind(Ids[(IsAfter ? After : Before).str()]);
    while (S.next()) {
      Key K{S.text(0), !S.isNull(1), S.text(1), S.text(2)};
      ComparisonRow &Row = Rows[K];
      Row.Avdelning = S.text(0);
      if (!S.isNull(1))
        Row.Enhet = S.text(1);
      Row.Question = S.text(2);
      std::optional<double> Mean;
      if (!S.isNull(3))
        Mean = S.real(3);
      (IsAfter ? Row.After : Row.Before) = Mean;
      (IsAfter ? Row.NAfter : Row.NBefore) = unsigned(S.integer(4));
      (IsAfter ? Row.ColourAfter : Row.ColourBefore) = parseTrafficLight(S.text(5));
    }
    if (llvm::Error E = S.check())
      return storeError(Path, llvm::toString(std::move(E)));
  }
  for (auto &Entry : Rows) {
    auto It = Questions.find(Entry.second.Question);
    if (It != Questions.end())
      Entry.second.Title = It->second.second;
    Out.Rows.push_back(std::move(Entry.second));
  }
  const Collator &Sv = Collator::swedish();
  auto Position = [&](const std::string &Question) {
    auto It = Questions.find(Question);
    return It == Questions.end() ? INT64_MAX : It->second.first;
  };
  std::stable_sort(Out.Rows.begin(), Out.Rows.end(),
                   [&](const ComparisonRow &A, const ComparisonRow &B) {
                     if (int C = Sv.compare(A.Avdelning, B.Avdelning))
                       return C < 0;
                     if (A.Enhet.has_value() != B.Enhet.has_value())
                       return !A.Enhet.has_value();
                     if (A.Enhet)
                       if (int C = Sv.compare(*A.Enhet, *B.Enhet))
                         return C < 0;
                     return std::make_pair(Position(A.Question), A.Question) <
                            std::make_pair(Position(B.Question), B.Question);
                   });
  return Out;
}

} // namespace ibic
