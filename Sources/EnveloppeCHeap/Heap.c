#include "EnveloppeCHeap.h"

#include <stdint.h>
#include <stdlib.h>

#if defined(__GLIBC__) && __has_include(<malloc.h>)
#include <malloc.h>

int enveloppe_heap_set_trim_threshold(int bytes) { return mallopt(M_TRIM_THRESHOLD, bytes); }

int enveloppe_heap_set_mmap_threshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }
#else
int enveloppe_heap_set_trim_threshold(int bytes) { (void)bytes; return 0; }

int enveloppe_heap_set_mmap_threshold(int bytes) { (void)bytes; return 0; }
#endif

void enveloppe_heap_take_and_give_back(size_t size) {
    void *volatile block = malloc(size);
    free(block);
}

void enveloppe_heap_skip_to_boundary(size_t alignment) {
    // A first block larger than any freed so far comes from the heap's end; a block of `size` takes `size` + 8
    // rounded up to 16, from 16 bytes before the address given. Both blocks are kept and never written: only their
    // headers are, below the boundary.
    const size_t probeSize = 1 << 16;
    void *volatile probe = malloc(probeSize);
    if (probe == NULL) return;
    uintptr_t next = (uintptr_t)probe - 16 + ((probeSize + 8 + 15) & ~(size_t)15);
    uintptr_t boundary = (next + 16 + alignment - 1) & ~(uintptr_t)(alignment - 1);
    if (boundary - 16 - next >= 4096) {
        void *volatile filler = malloc(boundary - 16 - next - 8);
        (void)filler;
    }
}
