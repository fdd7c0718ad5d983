//===- LexiconBench.cpp - One pass over all words vs a scan per word ------===//
//
// The value-laden wording lexicon (150+ entries, ~380 forms) matched the way
// the engine does it, one pass over a document's ICU words with a hash lookup
// per word, against the baseline a naive rule would use: one RE2 scan of the
// text per listed form (with Unicode letter boundaries, case-insensitive).
// Both count the same hits; compare the times.
//
//===----------------------------------------------------------------------===//
#include "Config/Files.h"
#include "Document/Reader.h"
#include "Rules/RuleKinds.h"
#include "Text/Words.h"

#include <benchmark/benchmark.h>
#include <re2/re2.h>

#include "llvm/Support/MemoryBuffer.h"

namespace {

using namespace ibic;

struct Fixture {
  YamlSources Sources;
  std::unique_ptr<Reference> Ref;
  RuleFile Spec;
  std::unique_ptr<Rule> Compiled;
  Case Journal;
  std::vector<std::unique_ptr<re2::RE2>> Forms; ///< One pattern per form.

  Fixture() {
    std::vector<Diagnostic> Errors;
    ReferenceData Data;
    Sources.load(IBIC_SOURCE_DIR "/rules/reference/ibic.yaml", Data, Errors);
    Ref = std::make_unique<Reference>(std::move(Data),
                                      std::map<std::string, std::vector<std::string>>());
    Sources.load(IBIC_SOURCE_DIR "/rules/sprak/vardeladdat-ord.yaml", Spec, Errors);
    KindContext Context(Spec.Parameters, *Ref, [](llvm::SMLoc, std::string) {});
    Compiled = findRuleKind("lexicon")->Create(
        RuleSpec{"sprak/vardeladdat-ord", "IA601", Severity::Warning, {}, "{match}"},
        Context);
    for (const LexiconEntrySpec &E : *Spec.Parameters.Entries)
      for (const std::string &F : E.Forms) {
        re2::RE2::Options Options;
        Options.set_case_sensitive(false);
        Forms.push_back(std::make_unique<re2::RE2>(
            "(?:^|[^\\pL])" + re2::RE2::QuoteMeta(F) + "(?:[^\\pL]|$)", Options));
      }
    // A long journal: the sample corpus's notes, repeated.
    auto Text = llvm::MemoryBuffer::getFile(IBIC_SOURCE_DIR
                                            "/corpora/sample/text/2025-0102-journal.txt");
    std::string Body = (*Text)->getBuffer().str();
    std::string Notes = Body.substr(Body.find("\n\n") + 2);
    std::string Long = Body.substr(0, Body.find("\n\n") + 2);
    for (int I = 0; I < 50; ++I)
      Long += Notes;
    Journal = std::move(readBuffer("journal.txt", Long, *Ref).Cases.front());
  }
};

Fixture &fixture() {
  static Fixture F;
  return F;
}

void onePass(benchmark::State &State) {
  Fixture &F = fixture();
  size_t Hits = 0;
  for (auto _ : State) {
    std::vector<RawFinding> Out;
    F.Compiled->check(F.Journal, Out);
    Hits = Out.size();
    benchmark::DoNotOptimize(Out.data());
  }
  State.counters["hits"] = Hits;
}

void scanPerForm(benchmark::State &State) {
  Fixture &F = fixture();
  size_t Hits = 0;
  for (auto _ : State) {
    Hits = 0;
    for (const Document &D : F.Journal.Documents)
      D.forEachParagraph([&](const TextSpan &P, const void *) {
        for (const auto &Form : F.Forms) {
          re2::StringPiece Input(P.Text);
          while (re2::RE2::FindAndConsume(&Input, *Form))
            ++Hits;
        }
      });
    benchmark::DoNotOptimize(Hits);
  }
  State.counters["hits"] = Hits;
}

BENCHMARK(onePass)->Unit(benchmark::kMicrosecond);
BENCHMARK(scanPerForm)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
