//===- IbicAudit.cpp - The C interface (ibic/ibic_audit.h) -----------------===//
//
// A thin layer over ibic::Engine: C strings in, the JSON report out. No C++
// exception may cross into C, so each entry point catches everything and
// reports IBIC_AUDIT_INTERNAL_ERROR.
//
//===----------------------------------------------------------------------===//
#include "ibic/ibic_audit.h"

#include "ibic/Engine.h"
#include "ibic/Report.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <cstring>
#include <dlfcn.h>

struct ibic_audit_engine {
  std::unique_ptr<ibic::Engine> Engine;
  /// A review tool checks the same documents again and again.
  std::shared_ptr<ibic::AuditMemory> Memory;
};

namespace {

/// A copy of \p S that ibic_audit_free releases.
char *duplicate(llvm::StringRef S) {
  char *Out = static_cast<char *>(std::malloc(S.size() + 1));
  if (!Out)
    throw std::bad_alloc();
  std::memcpy(Out, S.data(), S.size());
  Out[S.size()] = '\0';
  return Out;
}

/// The rules installed with this library: IBIC_LIB_TO_RULES (relative, set
/// at configure time from the install layout) beside the library's own
/// file, so an installed prefix may move; else the program's default.
std::string installedRulesDir() {
  Dl_info Info;
  if (dladdr(reinterpret_cast<void *>(&ibic_audit_open), &Info) && Info.dli_fname) {
    llvm::SmallString<256> Dir(Info.dli_fname);
    llvm::sys::path::remove_filename(Dir);
    llvm::sys::path::append(Dir, IBIC_LIB_TO_RULES);
    if (llvm::sys::fs::is_directory(Dir)) {
      llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
      return Dir.str().str();
    }
  }
  return ibic::defaultRulesDir();
}

char *jsonOf(const ibic::AuditResult &R) {
  std::string Json;
  llvm::raw_string_ostream OS(Json);
  ibic::writeJsonReport(R, OS);
  return duplicate(OS.str());
}

template <typename Fn> ibic_audit_status guarded(Fn &&F) {
  try {
    return F();
  } catch (...) {
    return IBIC_AUDIT_INTERNAL_ERROR;
  }
}

} // namespace

extern "C" {

const char *ibic_audit_version(void) { return IBIC_AUDIT_VERSION; }

ibic_audit_status ibic_audit_open(const char *rules_dir, const char *config_file,
                                  ibic_audit_engine **engine, char **error_message) {
  if (error_message)
    *error_message = nullptr;
  if (!engine)
    return IBIC_AUDIT_INVALID_ARGUMENT;
  *engine = nullptr;
  return guarded([&] {
    ibic::EngineOptions Options;
    Options.RulesDir = rules_dir ? rules_dir : installedRulesDir();
    if (config_file)
      Options.ConfigFile = config_file;
    ibic::LoadResult Loaded = ibic::Engine::load(Options);
    if (!Loaded.Errors.empty()) {
      if (error_message) {
        std::string Text;
        llvm::raw_string_ostream OS(Text);
        ibic::writeDiagnostics(Loaded.Errors, /*Colour=*/false, OS);
        *error_message = duplicate(OS.str());
      }
      return IBIC_AUDIT_LOAD_ERROR;
    }
    std::shared_ptr<ibic::AuditMemory> Memory = Loaded.Loaded->newMemory();
    *engine = new ibic_audit_engine{std::move(Loaded.Loaded), std::move(Memory)};
    return IBIC_AUDIT_OK;
  });
}

ibic_audit_status ibic_audit_check_text(const ibic_audit_engine *engine,
                                        const char *name, const char *text,
                                        size_t length, char **json_report) {
  if (!engine || !name || (!text && length) || !json_report)
    return IBIC_AUDIT_INVALID_ARGUMENT;
  *json_report = nullptr;
  return guarded([&] {
    ibic::AuditOptions Options;
    Options.Memory = engine->Memory;
    ibic::AuditResult R = engine->Engine->auditText(
        name, llvm::StringRef(text ? text : "", length), Options);
    *json_report = jsonOf(R);
    return IBIC_AUDIT_OK;
  });
}

ibic_audit_status ibic_audit_audit_paths(const ibic_audit_engine *engine,
                                         const char *const *paths, size_t count,
                                         char **json_report) {
  if (!engine || (!paths && count) || !json_report)
    return IBIC_AUDIT_INVALID_ARGUMENT;
  *json_report = nullptr;
  return guarded([&] {
    std::vector<std::string> Paths;
    for (size_t I = 0; I < count; ++I) {
      if (!paths[I])
        return IBIC_AUDIT_INVALID_ARGUMENT;
      Paths.emplace_back(paths[I]);
    }
    *json_report = jsonOf(engine->Engine->audit(Paths, ibic::AuditOptions()));
    return IBIC_AUDIT_OK;
  });
}

void ibic_audit_free(char *string) { std::free(string); }

void ibic_audit_close(ibic_audit_engine *engine) { delete engine; }

} // extern "C"
