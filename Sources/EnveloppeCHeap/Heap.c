#include "EnveloppeCHeap.h"

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
