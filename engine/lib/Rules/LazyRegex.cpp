#include "LazyRegex.h"

namespace ibic {
namespace {

re2::RE2::Options regexOptions(bool CaseSensitive) {
  re2::RE2::Options Options;
  Options.set_case_sensitive(CaseSensitive);
  Options.set_log_errors(false);
  return Options;
}

} // namespace

std::string LazyRegex::check(const std::string &Pattern) {
  // A tiny memory budget makes RE2 stop once the pattern has parsed and the
  // program outgrows it, and case-sensitive parsing skips folding Unicode
  // classes: syntax errors are still found, at a fifth of the cost.
  re2::RE2::Options Options = regexOptions(/*CaseSensitive=*/true);
  Options.set_max_mem(16 << 10);
  re2::RE2 Probe(Pattern, Options);
  if (Probe.ok() || Probe.error_code() == re2::RE2::ErrorPatternTooLarge)
    return "";
  return Probe.error();
}

const re2::RE2 &LazyRegex::get() const {
  std::call_once(Compiled, [&] {
    Regex = std::make_unique<re2::RE2>(Pattern, regexOptions(/*CaseSensitive=*/false));
  });
  return *Regex;
}

} // namespace ibic
