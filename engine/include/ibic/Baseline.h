//===- ibic/Baseline.h - Report only what is new
//---------------------------===//
//
// A baseline is the set of findings a team has already seen. With one, an
// audit lists only findings that were not there before, so a CI job can fail
// on new problems without first fixing every old one:
//
//   llvm::Expected<ibic::Baseline> Old = ibic::readBaseline("baseline.json");
//   if (!Old) { /* a clear message in Old.takeError() */ }
//   ibic::AuditResult R = Engine.audit(Paths, {});
//   size_t Known = ibic::applyBaseline(R, *Old); // scores are left alone
//
// A finding is recognised by its fingerprint (Finding::Fingerprint): rule id,
// case id, document id and the normalised text of the finding's span, never
// its line or column, so inserting or editing unrelated text does not turn old
// findings into new ones. A fingerprint that occurs N times in the baseline
// hides at most N findings with that fingerprint.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_BASELINE_H
#define IBIC_BASELINE_H

#include "ibic/Result.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace ibic {

/// The fingerprint of a finding of \p Rule in case \p Case, document
/// \p Document, whose span holds \p SpanText: 16 lower-case hex digits of a
/// SHA-1 over the ids and the span text with personnummer, phone numbers and
/// e-mail addresses masked, NFC-normalised, case-folded and with every run of
/// white space collapsed to one space (leading and trailing space dropped).
std::string fingerprintFinding(llvm::StringRef Rule, llvm::StringRef Case,
                               llvm::StringRef Document,
                               llvm::StringRef SpanText);

/// Findings seen before: how many times each fingerprint occurred.
struct Baseline {
  llvm::StringMap<unsigned> Counts;
  /// The number of findings in the baseline.
  size_t size() const;
};

/// Reads a baseline written by writeBaseline (schema ibic-audit/baseline/1)
/// or a JSON report (schema ibic-audit/report/1) whose findings carry
/// fingerprints. Errors are in Swedish and name the file.
llvm::Expected<Baseline> readBaseline(llvm::StringRef Path);

/// The same, from text already read; \p Name is used in messages.
llvm::Expected<Baseline> parseBaseline(llvm::StringRef Name,
                                       llvm::StringRef Text);

/// Every finding of \p R as a baseline.
Baseline baselineOf(const AuditResult &R);

/// Writes the baseline of \p R: schema ibic-audit/baseline/1, one entry per
/// finding with rule, case, document and fingerprint, sorted. It holds no
/// message, source line or position, so it can be committed next to the
/// configuration without carrying personal data.
void writeBaseline(const AuditResult &R, llvm::raw_ostream &OS);

/// Removes from \p R every finding that \p Old already holds (each baseline
/// entry hides one finding, the first in report order) and returns how many
/// were removed. Scores and groups are not touched: they describe the
/// documentation, not what is new in it.
size_t applyBaseline(AuditResult &R, const Baseline &Old);

} // namespace ibic

#endif
