#!/usr/bin/env python3
"""The ibic-audit benchmark: realistic data, figures as ratios in one run.

Writes a seeded fictional corpus with ../shared/bench/gen_corpus.py (typos,
discouraged words, long journals), then measures on the same files in the
same run:

  - throughput (MB/s) with all rules on one thread and on every core, and
    `rg -F -i -f` with the generator's lexicon on one thread as the floor
    for any text search; then again with a memo of the dictionary's answers
    that the quarter corpus taught, as last night's run would have;
  - cases per second;
  - peak memory for the corpus and for a quarter of it (flat means the
    batch size does not matter);
  - start-up: `ibic-audit check` on one small file, and `ibic-audit rules`,
    beside what loading the Hunspell dictionary alone takes, the floor of a
    run without a memo of the dictionary's answers; then with a memo that
    other text taught (the quarter corpus, other cases), and with one that
    checked the same file before;
  - the latency of one ~10 KB document in a loaded engine (what an editor
    sees once the engine runs), checked again and again and, for 40 other
    journals of about that size, once each; and through the language server: from
    didChange to publishDiagnostics over 200 edits, with the document in
    the corpus folder (its case read beside it) and alone (lsp_latency.py);
  - each rule's share of the time (--profile).

Timings are never asserted anywhere; this prints them. Run it with
`cmake --build build --target bench`.
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import lsp_latency  # noqa: E402


def run_seconds(command, repeat):
    """Median wall time of `repeat` runs of `command`, which must succeed
    (exit 0, or 1 for findings or matches): a run that stops early would
    look fast."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"bench: {' '.join(command)} exited {done.returncode}: "
                     f"{done.stderr.decode(errors='replace')[:500]}")
    return statistics.median(times)


def peak_rss_mib(command):
    """Peak resident memory of one run of `command`, in MiB."""
    probe = ("import resource, subprocess, sys\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
             "stderr=subprocess.DEVNULL)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    out = subprocess.run([sys.executable, "-c", probe] + command,
                         capture_output=True, text=True, check=True).stdout
    return int(out) / 1024


def hunspell_load_seconds(dictionaries, name, repeat):
    """Median time libhunspell takes to load one dictionary in a fresh
    process, as a check's start-up does, through its C API: no check that
    needs the dictionary starts faster."""
    probe = ("import ctypes, sys, time\n"
             "lib = ctypes.CDLL('libhunspell-1.7.so.0')\n"
             "lib.Hunspell_create.restype = ctypes.c_void_p\n"
             "lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]\n"
             "start = time.perf_counter()\n"
             "lib.Hunspell_create(sys.argv[1].encode(), sys.argv[2].encode())\n"
             "print(time.perf_counter() - start)\n")
    folder = pathlib.Path(dictionaries)
    times = [float(subprocess.run([sys.executable, "-c", probe, str(folder / f"{name}.aff"),
                                   str(folder / f"{name}.dic")],
                                  capture_output=True, text=True, check=True).stdout)
             for _ in range(repeat)]
    return statistics.median(times)


def corpus_bytes(folder):
    return sum(p.stat().st_size for p in folder.rglob("*") if p.suffix in (".txt", ".xml"))


def generate(generator, cases, seed, out):
    if not out.exists():
        subprocess.run([sys.executable, str(generator), "--cases", str(cases),
                        "--seed", str(seed), "--out", str(out),
                        "--formats", "txt,xml", "--txt-layout", "split"],
                       stdout=subprocess.DEVNULL, check=True)
    return json.loads((out / "manifest.json").read_text())


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--document-bench", required=True)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--dictionaries", default="/usr/share/hunspell",
                        help="where sv_SE.aff and .dic are (the engine's default)")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", default=None,
                        help="keep the generated corpora here (default: a temporary folder)")
    args = parser.parse_args()

    generator = pathlib.Path(args.generator)
    if not generator.exists():
        sys.exit(f"bench: the corpus generator {generator} is missing "
                 "(it lives in the shared folder beside the repository)")
    work = pathlib.Path(args.work or tempfile.mkdtemp(prefix="ibic-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["IBIC_AUDIT_RULES"] = args.rules
    # The memo of the dictionary's answers (--no-cache turns it off) lives
    # in the bench's own cache folder, which each measurement sets up.
    cache = work / "cache"
    os.environ["XDG_CACHE_HOME"] = str(cache)

    full = work / f"corpus-{args.cases}"
    quarter = work / f"corpus-{args.cases // 4}"
    manifest = generate(generator, args.cases, args.seed, full)
    generate(generator, args.cases // 4, args.seed, quarter)
    lexicon = work / "lexicon-words.txt"
    lexicon.write_text("".join(line.split("\t")[0] + "\n" for line in
                               (generator.parent / "lexicon.txt").read_text().splitlines()
                               if line.strip()))

    txt, xml = full / "txt", full / "xml"
    txt_mb = corpus_bytes(txt) / 1e6
    xml_mb = corpus_bytes(xml) / 1e6
    # -o refuses to replace a device such as /dev/null, so reports go to a
    # file of the work folder, written as a user's would be.
    report = str(work / "report.json")
    # Throughput is measured without the memo: every run loads the
    # dictionary and asks it about every word, as a first run does.
    check = [args.cli, "check", "--no-cache", "--format", "json", "-o", report]

    one = run_seconds(check + ["--jobs", "1", str(txt)], 3)
    every = run_seconds(check + ["--jobs", "0", str(txt)], 3)
    one_xml = run_seconds(check + ["--jobs", "1", str(xml)], 3)
    rg = shutil.which("rg")
    rg_seconds = run_seconds([rg, "-F", "-i", "-c", "-j", "1", "-f", str(lexicon), str(txt)], 5) \
        if rg else None

    audit = [args.cli, "audit", "--no-cache", "--format", "json", "-o", report]
    rss_full = peak_rss_mib(audit + [str(txt)])
    rss_quarter = peak_rss_mib(audit + [str(quarter / "txt")])

    # The smallest plan among the cases the quarter corpus lacks.
    quarter_cases = {p.name.split("-")[1] for p in (quarter / "txt").iterdir()}
    small = min((p for p in txt.glob("*-genomforandeplan.txt")
                 if p.name.split("-")[1] not in quarter_cases), key=lambda p: p.stat().st_size)
    startup_check = run_seconds([args.cli, "check", "--no-cache", str(small)], 10)
    startup_rules = run_seconds([args.cli, "rules"], 10)
    shutil.rmtree(cache, ignore_errors=True)
    subprocess.run([args.cli, "check", "--format", "json", "-o", report, str(quarter / "txt")],
                   stdout=subprocess.DEVNULL, check=False)
    taught = pathlib.Path(str(cache) + "-taught")
    shutil.rmtree(taught, ignore_errors=True)
    shutil.copytree(cache, taught)

    def from_taught(command, repeat):
        """Median time of `command`, each run from the memo the quarter
        corpus left (a run adds to it)."""
        times = []
        for _ in range(repeat):
            shutil.rmtree(cache)
            shutil.copytree(taught, cache)
            times.append(run_seconds(command, 1))
        return statistics.median(times)

    startup_other = from_taught([args.cli, "check", str(small)], 10)
    taught_check = [args.cli, "check", "--format", "json", "-o", report]
    one_taught = from_taught(taught_check + ["--jobs", "1", str(txt)], 3)
    every_taught = from_taught(taught_check + ["--jobs", "0", str(txt)], 3)
    startup_again = run_seconds([args.cli, "check", str(small)], 10)
    hunspell_load = hunspell_load_seconds(args.dictionaries, "sv_SE", 5)

    journals = sorted(txt.glob("*-journal.txt"), key=lambda p: abs(p.stat().st_size - 10_000))
    # One journal again and again, as an editor checks it after each edit;
    # then the next 40 nearest 10 KB, each once: text the engine has not seen.
    latency = subprocess.run([args.document_bench, args.rules, str(journals[0]), "300"]
                             + [str(p) for p in journals[1:41]],
                             capture_output=True, text=True, check=True).stdout.split()
    latency = dict(zip(latency[0::2], latency[1::2]))

    lsp_folder = lsp_latency.measure(args.cli, args.rules, journals[0])
    alone = work / "lsp-alone"
    alone.mkdir(exist_ok=True)
    shutil.copy(journals[0], alone / journals[0].name)
    lsp_alone = lsp_latency.measure(args.cli, args.rules, alone / journals[0].name)
    folder_files = sum(1 for p in txt.iterdir() if p.suffix == ".txt")

    profile = subprocess.run([args.cli, "check", "--no-cache", "--profile", "--jobs", "1", "--format",
                              "json", "-o", report, str(txt)],
                             capture_output=True, text=True).stderr.splitlines()

    cases = manifest["cases"]
    print(f"corpus: {cases} fictional cases, seed {args.seed}: {txt_mb:.1f} MB of text export "
          f"({manifest['misspellings']} typos, {manifest['discouraged_inserted']} discouraged "
          f"words), {xml_mb:.1f} MB of XML")
    print(f"all rules, one thread:       {txt_mb / one:7.2f} MB/s   {cases / one:7.0f} cases/s")
    print(f"all rules, every core:       {txt_mb / every:7.2f} MB/s   "
          f"{cases / every:7.0f} cases/s   ({one / every:.2f}x one thread, "
          f"{os.cpu_count()} cores)")
    print(f"all rules, one thread, XML:  {xml_mb / one_xml:7.2f} MB/s")
    print(f"with the memo the quarter corpus taught (its {cases // 4} cases are among these "
          f"{cases}): one thread {txt_mb / one_taught:.2f} MB/s, every core "
          f"{txt_mb / every_taught:.2f} MB/s ({one_taught / every_taught:.2f}x)")
    if rg_seconds:
        print(f"rg -F -i -f lexicon, 1 thr.: {txt_mb / rg_seconds:7.2f} MB/s   "
              f"ibic-audit / rg: {rg_seconds / one:.3f}")
    else:
        print("rg not installed (apt-get install ripgrep): no comparison with rg -F")
    print(f"peak RSS: {rss_full:.0f} MiB for {cases} cases, {rss_quarter:.0f} MiB for "
          f"{cases // 4}: {rss_full / rss_quarter:.2f}x for 4x the cases")
    print(f"start-up: check on one {small.stat().st_size / 1000:.1f} KB file "
          f"{startup_check * 1000:.0f} ms, rules {startup_rules * 1000:.0f} ms; "
          f"libhunspell alone loads sv_SE in {hunspell_load * 1000:.0f} ms, the floor "
          f"of any check that spells without a memo")
    print(f"  with the memo of the dictionary's answers: {startup_other * 1000:.0f} ms "
          f"when other cases taught it, {startup_again * 1000:.0f} ms when it checked "
          f"this file before")
    print(f"one {int(latency['bytes']) / 1000:.1f} KB journal in a loaded engine: "
          f"p50 {float(latency['p50_ms']):.2f} ms, p99 {float(latency['p99_ms']):.2f} ms "
          f"checked again; {latency['unseen']} unseen journals of about that size: "
          f"p50 {float(latency['unseen_p50_ms']):.2f} ms, p99 {float(latency['unseen_p99_ms']):.2f} ms")
    print(f"language server, didChange → publishDiagnostics, {len(lsp_folder[0])} edits of "
          f"that journal:")
    print(f"  in the corpus folder ({folder_files} files, its case read beside it): "
          f"{lsp_latency.summary(lsp_folder[0])}")
    print(f"  alone in a folder:           {lsp_latency.summary(lsp_alone[0])}")
    print("time per rule (one thread):")
    for line in profile[:12]:
        print("  " + line)


if __name__ == "__main__":
    main()
