//===- Yaml.h - Reading data files with LLVM YAMLTraits -------------------===//
//
// Every YAML file (rules, template, reference data, user config) is read
// through YamlSources, which keeps the buffers alive so that a problem found
// after parsing (an unknown rule kind, a bad regex) can still be reported at
// its file:line:column with the offending line.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_CONFIG_YAML_H
#define IBIC_CONFIG_YAML_H

#include "Support/Limits.h"
#include "ibic/Result.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

#include <string>
#include <vector>

namespace ibic {

/// A scalar with where it was written.
struct Located {
  std::string Value;
  llvm::SMLoc Loc;

  bool empty() const { return Value.empty(); }
  operator llvm::StringRef() const { return Value; }
};

class YamlSources {
public:
  /// Maps the YAML file at \p Path onto \p Out. Returns false and appends to
  /// \p Errors when the file cannot be read or does not fit the schema.
  template <typename T>
  bool load(llvm::StringRef Path, T &Out, std::vector<Diagnostic> &Errors) {
    return parse(open(Path, Errors), Out, Errors);
  }

  /// Size and nesting allowed in the files read from now on.
  void setLimits(const Limits &L) { Lim = L; }

  /// As load(), but a file of nothing but comments and white space leaves
  /// \p Out as it is: an empty configuration, not a broken one.
  template <typename T>
  bool loadOrEmpty(llvm::StringRef Path, T &Out,
                   std::vector<Diagnostic> &Errors) {
    const llvm::MemoryBuffer *Buffer = open(Path, Errors);
    return Buffer &&
           (isBlank(Buffer->getBuffer()) || parse(Buffer, Out, Errors));
  }

  /// The same for YAML already in memory, named \p Name in diagnostics.
  template <typename T>
  bool loadText(llvm::StringRef Name, llvm::StringRef Text, T &Out,
                std::vector<Diagnostic> &Errors) {
    unsigned Id = Sources.AddNewSourceBuffer(
        llvm::MemoryBuffer::getMemBufferCopy(Text, Name), llvm::SMLoc());
    return parse(Sources.getMemoryBuffer(Id), Out, Errors);
  }

private:
  template <typename T>
  bool parse(const llvm::MemoryBuffer *Buffer, T &Out,
             std::vector<Diagnostic> &Errors) {
    if (!Buffer || !wellFormed(*Buffer, Errors))
      return false;
    ErrorSink Sink{Errors, false};
    llvm::yaml::Input In(Buffer->getMemBufferRef(), nullptr, &report, &Sink);
    // Located scalars find their node through the context (scalarLocation).
    In.setContext(&In);
    In >> Out;
    return !In.error() && !Sink.Failed;
  }

public:
  /// Where \p Text is first written in \p File, a file read by load(); for
  /// map keys, whose locations YAMLTraits does not keep.
  llvm::SMLoc find(llvm::StringRef File, llvm::StringRef Text) const;
  /// Where the top-level key \p Key ("key:" at the start of a line) is
  /// written in \p File, a file read by load().
  llvm::SMLoc findTopLevelKey(llvm::StringRef File, llvm::StringRef Key) const;

  /// The text of \p File, a file read by load(); empty for any other.
  llvm::StringRef contents(llvm::StringRef File) const;
  /// \p Offset bytes into \p Scalar, a Located value at \p Loc, when it is
  /// written there as it reads (no escapes, not folded); else \p Loc.
  llvm::SMLoc within(llvm::SMLoc Loc, llvm::StringRef Scalar,
                     size_t Offset) const;

  /// A diagnostic at a location inside a file read by load().
  Diagnostic diagnose(llvm::SMLoc Loc, llvm::StringRef File,
                      std::string Message) const;

private:
  struct ErrorSink {
    std::vector<Diagnostic> &Errors;
    bool Failed;
  };
  const llvm::MemoryBuffer *open(llvm::StringRef Path,
                                 std::vector<Diagnostic> &Errors);
  static void report(const llvm::SMDiagnostic &D, void *Context);
  static bool isBlank(llvm::StringRef Yaml);
  /// False, with a diagnostic, when collections nest deeper than the limit
  /// (YAMLTraits recurses once per level, so a deep file must be refused
  /// before it is mapped) or a mapping holds a key twice (YAMLTraits keeps
  /// the last silently, and the first is lost).
  bool wellFormed(const llvm::MemoryBuffer &Buffer,
                     std::vector<Diagnostic> &Errors);

  llvm::SourceMgr Sources;
  Limits Lim;
};

/// Prose written as a folded scalar (">") with its line breaks folded into
/// spaces, keeping blank-line paragraph breaks: LLVM's YAML parser keeps the
/// line breaks of folded scalars.
std::string foldProse(llvm::StringRef Text);

/// Records where the map being read starts (only when reading).
llvm::SMLoc currentLocation(llvm::yaml::IO &IO);

/// Where \p Scalar, handed to a ScalarTraits by the llvm::yaml::Input in
/// \p Context, is written in its file. A scalar that had to be unescaped or
/// folded is handed over as a copy outside the file; its node's start
/// stands in for it then.
llvm::SMLoc scalarLocation(llvm::StringRef Scalar, void *Context);

} // namespace ibic

template <> struct llvm::yaml::ScalarTraits<ibic::Located> {
  static void output(const ibic::Located &V, void *, llvm::raw_ostream &OS) {
    OS << V.Value;
  }
  static StringRef input(StringRef Scalar, void *Context, ibic::Located &V) {
    V.Value = Scalar.str();
    V.Loc = ibic::scalarLocation(Scalar, Context);
    return {};
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::Double; }
};
LLVM_YAML_IS_FLOW_SEQUENCE_VECTOR(ibic::Located)

#endif
