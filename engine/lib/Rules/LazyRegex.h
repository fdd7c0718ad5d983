//===- LazyRegex.h - RE2 patterns compiled when first matched -------------===//
#ifndef IBIC_RULES_LAZYREGEX_H
#define IBIC_RULES_LAZYREGEX_H

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>

namespace ibic {

/// An RE2 pattern (matched case-insensitively) compiled the first time it
/// is matched. Unicode letter classes make RE2 programs slow to build, a
/// millisecond or more each, and a run that reads only journal notes should
/// not pay for the utredning rules. The syntax is checked when the rule is
/// loaded, at a fraction of that cost.
class LazyRegex {
public:
  /// Checks \p Pattern; an empty string, or RE2's error.
  static std::string check(const std::string &Pattern);
  explicit LazyRegex(std::string Pattern) : Pattern(std::move(Pattern)) {}
  const re2::RE2 &get() const;

private:
  std::string Pattern;
  mutable std::once_flag Compiled;
  mutable std::unique_ptr<re2::RE2> Regex;
};

} // namespace ibic

#endif
