// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the decoder stack. The input is written to a memfd and classified
// through its /proc/self/fd path, as a file given on the command line: gzip (zlib), zip,
// tar, bzip2, xz (libarchive), nesting, BOMs, UTF-16, GB18030 and binary detection.
// The prefiltered and every-line paths must give the same report.
#include "fuzzsupport.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

using namespace ekyc;
using fuzz::catalog;
using fuzz::classifier;

namespace {

int memoryFile()
{
    static const int fd = memfd_create("ekyc-fuzz-input", MFD_CLOEXEC);
    if (fd < 0)
        __builtin_trap();
    return fd;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    classifier();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const int fd = memoryFile();
    if (ftruncate(fd, 0) != 0)
        __builtin_trap();
    for (std::size_t done = 0; done < size;) {
        const ssize_t n = pwrite(fd, data + done, size - done, off_t(done));
        if (n <= 0)
            __builtin_trap();
        done += std::size_t(n);
    }
    // Opened anew by InputSource, with its own file offset.
    const QStringList inputs { QStringLiteral("/proc/self/fd/%1").arg(fd) };

    ClassifyOptions options;
    options.keepEvents = true;
    options.threads = 1;
    ClassifyOptions everyLine = options;
    everyLine.scanEveryLine = true;
    const Report fast = classifier().run(inputs, options);
    const Report reference = classifier().run(inputs, everyLine);
    fuzz::requireSameReports(fast, reference, catalog(), "prefiltered and every-line reports");
    if (fast.files.isEmpty())
        __builtin_trap(); // every input gets at least its own entry
    return 0;
}
