//===- MallocTuning.cpp - Start again with a heap that suits Hunspell -----===//
#include "MallocTuning.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"

#include <cstdlib>
#include <string>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define IBIC_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||      \
    __has_feature(memory_sanitizer)
#define IBIC_OWN_ALLOCATOR 1
#endif
#endif

void restartWithTunedHeap(int Argc, char **Argv) {
#if defined(__linux__) && defined(__GLIBC__) && !defined(IBIC_OWN_ALLOCATOR)
  if (Argc < 2)
    return;
  bool LoadsDictionary = llvm::StringSwitch<bool>(Argv[1])
                             .Cases("audit", "check", "agree", "sentences", "lsp", true)
                             .Default(false);
  if (!LoadsDictionary)
    return;
  const char *Given = std::getenv("GLIBC_TUNABLES");
  llvm::StringRef Tunables = Given ? Given : "";
  // Set already: by the first start, or by a user who chose otherwise.
  if (Tunables.contains("glibc.malloc.hugetlb"))
    return;
  // Huge pages where the kernel gives them on request (Debian's default),
  // and the heap grown 32 MB at a time: the dictionary needs about 16 MB.
  std::string Tuned = "glibc.malloc.hugetlb=1";
  if (!Tunables.contains("glibc.malloc.top_pad"))
    Tuned += ":glibc.malloc.top_pad=33554432";
  if (!Tunables.empty())
    Tuned = Tunables.str() + ":" + Tuned;
  if (setenv("GLIBC_TUNABLES", Tuned.c_str(), 1) != 0)
    return;
  execv("/proc/self/exe", Argv);
  // Not restarted (no /proc): run as we are, and leave the environment as
  // it was for anything this process starts.
  if (Given)
    setenv("GLIBC_TUNABLES", Given, 1);
  else
    unsetenv("GLIBC_TUNABLES");
#else
  (void)Argc;
  (void)Argv;
#endif
}
