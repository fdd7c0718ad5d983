#!/usr/bin/env bash
# End-to-end checks of the audit store under faults (issue 11): another
# writer holding the store (the audit waits, or gives up cleanly after
# --store-timeout), two audits saving at once, a full disk (a small tmpfs;
# skipped where mounting is not allowed) and kill -9 in the middle of saves.
# After each the store passes PRAGMA integrity_check and holds whole rounds.
source "$(dirname "$0")/common.sh" "$@"
# A tmpfs mounted for the full-disk check must not outlive the script.
trap 'umount "$tmp/full" 2>/dev/null; rm -rf "$tmp"' EXIT
# Integrity, and every round with all the cases the sample has.
whole() { # store, number of rounds expected ("" for any)
  python3 - "$1" "${2:-}" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
rounds = db.execute("SELECT r.id, r.name, (SELECT count(*) FROM cases c WHERE c.round_id = r.id) FROM rounds r").fetchall()
ok = ok and all(n == 16 for _, _, n in rounds)
ok = ok and (sys.argv[2] == "" or len(rounds) == int(sys.argv[2]))
sys.exit(0 if ok else 1)
PY
}
corpus="$src/corpora/sample"
db="$tmp/audit.db"
"$cli" audit --store "$db" --round "Våren 2025" "$corpus" >/dev/null 2>&1

# Another program holds the write lock for ten seconds, longer than an
# audit of the sample takes on a busy machine.
hold() {
  python3 -c '
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(10)
c.execute("COMMIT")' "$1"
}
hold "$db" >"$tmp/held" &
holder=$!
until grep -q held "$tmp/held" 2>/dev/null; do sleep 0.1; done
"$cli" audit --store "$db" --store-timeout 1 --round "Kort" "$corpus" >"$tmp/kort.txt" 2>"$tmp/kort.err"
code=$?
check "a store held longer than --store-timeout: exit 3" test "$code" = 3
check "... with a Swedish message that names the wait and keeps the store unchanged" \
  bash -c "grep -q \"omgången 'Kort' kunde inte sparas, databasen är oförändrad: ett annat program skriver i databasen\" '$tmp/kort.err'"
check "... and the report is still written" grep -q 'Områdespoäng' "$tmp/kort.txt"
check "a patient audit waits for the writer and saves its round" \
  test "$(timeout 60 "$cli" audit --store "$db" --store-timeout 30 --round "Tålig" "$corpus" >/dev/null 2>&1; echo $?)" = 0
wait "$holder"
check "the store is whole with the two rounds saved" whole "$db" 2

# Two audits save to one store at once: both rounds arrive.
"$cli" audit --store "$db" --round "Samtidig A" "$corpus" >/dev/null 2>&1 &
a=$!
"$cli" audit --store "$db" --round "Samtidig B" "$corpus" >/dev/null 2>&1 &
b=$!
wait "$a"; ca=$?
wait "$b"; cb=$?
check "two concurrent writers both succeed" test "$ca$cb" = 00
check "the store holds both of their rounds, whole" whole "$db" 4

# kill -9 at random moments of an audit that saves.
for i in $(seq 1 12); do
  "$cli" audit --store "$db" --round "Avbruten $i" "$corpus" >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 10))$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
done
check "after 12 kill -9 the store passes integrity_check and holds only whole rounds" \
  whole "$db"
check "history still reads the store" \
  bash -c "'$cli' history --store '$db' | grep -q '^Samtidig B '"

# A full disk: a tmpfs with room for the schema, not for a round.
mkdir "$tmp/full"
if mount -t tmpfs -o size=100k tmpfs "$tmp/full" 2>/dev/null; then
  "$cli" audit --store "$tmp/full/audit.db" --round "Full" "$corpus" >/dev/null 2>"$tmp/full.err"
  code=$?
  check "a full disk: exit 3" test "$code" = 3
  check "... with a message that says the disk is full" \
    grep -q "omgången 'Full' kunde inte sparas, databasen är oförändrad: disken eller databasen är full" "$tmp/full.err"
  check "... and a store that is whole and empty" whole "$tmp/full/audit.db" 0
  umount "$tmp/full"
else
  echo "skipped: a full disk (no permission to mount a tmpfs)"
fi

finish
