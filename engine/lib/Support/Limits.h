//===- Limits.h - What one input may cost ---------------------------------===//
//
// Bounds that keep a single odd file from overflowing the stack, exhausting
// memory or holding up a batch. Reaching one is an input diagnostic with
// file:line:column for that file, never a crash, and the rest of the batch
// is audited. All are set from `limits:` in .ibic-audit.yaml (README.md).
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_SUPPORT_LIMITS_H
#define IBIC_SUPPORT_LIMITS_H

#include <cstdint>

namespace ibic {

struct Limits {
  /// Bytes of one input, rule or configuration file (`max-file-mb`). Byte
  /// offsets are 32-bit, so at most 4 GB.
  uint64_t MaxFileBytes = uint64_t(512) << 20;
  /// Code points on one line of an input file (`max-line-length`).
  unsigned MaxLineLength = 100000;
  /// Nesting of XML elements and of YAML collections (`max-depth`): the
  /// readers and the YAML parser recurse once per level.
  unsigned MaxDepth = 100;
  /// Words in one document (`max-words-per-document`).
  unsigned MaxWordsPerDocument = 500000;
  /// Seconds to analyse and check a case, per document in it
  /// (`max-seconds-per-document`).
  double MaxSecondsPerDocument = 30;
};

} // namespace ibic

#endif
