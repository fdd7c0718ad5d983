//===- MallocTuning.h - Start again with a heap that suits Hunspell -------===//
//
// Hunspell builds sv_SE's word table from tens of thousands of small
// allocations, and a check that has to load it spends most of its start-up
// in page faults for them. glibc backs its heap with transparent huge pages
// and grows it in larger steps when GLIBC_TUNABLES says so, but it reads
// that variable only as the process starts: so a command that loads the
// dictionary sets it and starts itself again, once. On the bench machine a
// check of a small file without a memo starts in about 110 ms instead of
// 190 ms.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_CLI_MALLOCTUNING_H
#define IBIC_CLI_MALLOCTUNING_H

/// Replaces this process with itself under the tuned heap when the command
/// in \p Argv loads the dictionary and the heap is not tuned yet (the user's
/// own glibc.malloc settings are kept as given). Returns when there is
/// nothing to do or the restart fails, which costs only speed.
void restartWithTunedHeap(int Argc, char **Argv);

#endif
