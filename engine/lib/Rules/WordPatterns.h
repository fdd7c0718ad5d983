//===- WordPatterns.h - RE2 patterns over named word lists ----------------===//
//
// Rule files write sentence patterns with word lists by name: "{person} ~
// {tal}" is a person word, up to three other words, then a speech verb. This
// compiles such patterns to RE2 with Unicode letter boundaries (RE2's \b is
// ASCII-only and would split "vägrade" at the ä).
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_RULES_WORDPATTERNS_H
#define IBIC_RULES_WORDPATTERNS_H

#include "Rules/RuleKinds.h"

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ibic {

using WordLists = std::map<std::string, std::vector<std::string>>;
using CompiledPatterns = std::vector<std::unique_ptr<re2::RE2>>;

/// Compiles \p List (case-insensitive), reporting a bad pattern or an unknown
/// word list at its location.
CompiledPatterns compileWordPatterns(const llvm::Optional<std::vector<Located>> &List,
                                     const WordLists &Words, KindContext &Context);

/// True when some pattern matches somewhere in \p Text.
bool anyMatch(const CompiledPatterns &Patterns, llvm::StringRef Text);

} // namespace ibic

#endif
