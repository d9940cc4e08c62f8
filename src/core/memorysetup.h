// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// How the programs take memory, set first thing in main(). Header only: EKYC_HAVE_MIMALLOC is
// defined for the programs linked with mimalloc (src/CMakeLists.txt), not for the core library.

#ifdef EKYC_HAVE_MIMALLOC
#include <mimalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ekyc {

inline void setUpMemory()
{
#ifdef EKYC_HAVE_MIMALLOC
    // Memory from the system in 2 MiB pages where the kernel gives them (transparent huge pages,
    // on request by default): every fresh 4 KiB page costs a page fault, about 14 µs on a
    // virtual machine, and the blocks the reading threads fill alone touched 1,000 of them. The
    // threads started from here on (the readers) take such pages from their first allocation
    // on: a 1 GB log makes about 1,000 page faults instead of 2,300, in 0.95x the time; peak
    // memory grows by about 10 MB (docs/performance.md, session 16).
    mi_option_enable(mi_option_large_os_pages);
    mi_option_set(mi_option_eager_commit_delay, 0);
#elif defined(__GLIBC__) // (mimalloc keeps freed memory itself)
    // Freed memory is kept for the next input. By default glibc hands a heap's free top back to
    // the kernel once it passes 128 KiB; a folder's inputs, read 16 at a time by each thread,
    // could make a thread's heap shrink and grow again after every few inputs: up to 3,500 more
    // page faults (about 11 µs each on a PVM guest), a quarter more time, depending only on where
    // earlier allocations happened to lie (docs/performance.md, session 14). Peak memory is the same.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

} // namespace ekyc
