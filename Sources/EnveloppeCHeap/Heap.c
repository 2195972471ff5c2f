#include "EnveloppeCHeap.h"

#include <stdint.h>
#include <stdlib.h>

#if defined(__GLIBC__) && __has_include(<malloc.h>)
#include <malloc.h>

int enveloppe_heap_set_trim_threshold(int bytes) { return mallopt(M_TRIM_THRESHOLD, bytes); }

int enveloppe_heap_set_mmap_threshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }

uintptr_t enveloppe_heap_skip_to_boundary(size_t alignment) {
    // glibc's blocks on a 64-bit system: a block of `size` takes `size` + 8 rounded up to 16, its header the 16 bytes
    // before the address given. A first block larger than any freed so far comes from the heap's end: the filler is
    // then the block right after it, checked, and given back when it is not (a probe taken from freed blocks inside
    // the heap). Both are kept and never written: only their headers are, below the boundary.
    if (sizeof(void *) != 8) return 0;
    const size_t probeSize = 1 << 16;
    void *volatile probe = malloc(probeSize);
    if (probe == NULL) return 0;
    uintptr_t next = (uintptr_t)probe - 16 + ((probeSize + 8 + 15) & ~(size_t)15);
    uintptr_t boundary = (next + 16 + alignment - 1) & ~(uintptr_t)(alignment - 1);
    if (boundary - 16 - next < 4096) return boundary;
    // (Volatile: a compiler may take two blocks for distinct and fold the comparison, or drop a block never used.)
    void *volatile filler = malloc(boundary - 16 - next - 8);
    if (filler == NULL) return 0;
    if ((uintptr_t)filler != next + 16) {
        free(filler);
        return 0;
    }
    return boundary;
}
#else
int enveloppe_heap_set_trim_threshold(int bytes) { (void)bytes; return 0; }

int enveloppe_heap_set_mmap_threshold(int bytes) { (void)bytes; return 0; }

uintptr_t enveloppe_heap_skip_to_boundary(size_t alignment) { (void)alignment; return 0; }
#endif

void enveloppe_heap_take_and_give_back(size_t size) {
    void *volatile block = malloc(size);
    free(block);
}
