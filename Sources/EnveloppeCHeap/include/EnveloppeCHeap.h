#ifndef ENVELOPPE_C_HEAP_H
#define ENVELOPPE_C_HEAP_H

#include <stddef.h>
#include <stdint.h>

// The C library's heap settings (<malloc.h>), which Swift's Glibc module leaves out. The command is linked as one
// static executable, where a function cannot be found by name at run time: these are called directly.

/// Sets the C library's M_TRIM_THRESHOLD (mallopt): 1 when taken, 0 when refused or where there is no such setting.
int enveloppe_heap_set_trim_threshold(int bytes);

/// Sets the C library's M_MMAP_THRESHOLD (mallopt): 1 when taken, 0 when refused or where there is no such setting.
int enveloppe_heap_set_mmap_threshold(int bytes);

/// Takes `size` bytes from the heap and gives them back at once (the block kept in a volatile variable, so no
/// compiler drops the pair as it may drop a malloc followed by its free).
void enveloppe_heap_take_and_give_back(size_t size);

/// Takes, and keeps without ever writing them, blocks that reach from the heap's end to just below the next multiple of
/// `alignment` (a power of two), so that the blocks taken after them start there, and returns that multiple; 0 where
/// it did not (not glibc on a 64-bit system, or the heap's end not found: a first block of 64 KiB is taken to find it,
/// and may come from freed blocks instead). Call it once M_MMAP_THRESHOLD is above `alignment`: a block as large
/// would otherwise be mapped apart, and skip nothing.
uintptr_t enveloppe_heap_skip_to_boundary(size_t alignment);

#endif
