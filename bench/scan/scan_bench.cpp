// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ekyc-bench-scan: the candidate scan alone, in memory, against counting newlines with memchr
// (the least any line-based tool does) on the same blocks in the same process.
//
// Usage: ekyc-bench-scan LOG [MEGABYTES] [ROUNDS]
// Reads up to MEGABYTES (default 256) of LOG into 4 MiB blocks of whole lines, then times,
// ROUNDS times (default 5, the median is printed), each way over every block.
#include "core/catalogloader.h"
#include "core/codeindex.h"
#include "core/filescan.h"
#include "core/linereader.h"
#include "core/linescanner.h"
#include "core/prefilter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace ekyc;

namespace {

qint64 countNewlines(const QByteArray &block)
{
    qint64 n = 0;
    const char *p = block.constData();
    const char *end = p + block.size();
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
        ++n;
        ++p;
    }
    return n;
}

double medianSeconds(int rounds, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: ekyc-bench-scan LOG [MEGABYTES] [ROUNDS]\n");
        return 2;
    }
    const qint64 limit = (args.size() > 2 ? args.at(2).toLongLong() : 256) << 20;
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;

    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(1)), qPrintable(file.errorString()));
        return 1;
    }
    std::vector<QByteArray> blocks;
    qint64 bytes = 0;
    QByteArray carry;
    while (bytes < limit) {
        QByteArray block = carry + file.read(LineReader::DefaultBlockSize);
        if (block.isEmpty())
            break;
        const qsizetype cut = file.atEnd() ? block.size() : block.lastIndexOf('\n') + 1;
        carry = block.mid(cut);
        block.truncate(cut);
        bytes += block.size();
        blocks.push_back(std::move(block));
    }

    const Catalog catalog = CatalogLoader::builtIn();
    const CodeIndex index(catalog);
    const Prefilter prefilter(index);
    Prefilter::Scratch scratch(prefilter);

    qint64 lines = 0;
    const double newlineTime = medianSeconds(rounds, [&] {
        lines = 0;
        for (const QByteArray &block : blocks)
            lines += countNewlines(block);
    });
    qint64 candidates = 0;
    Prefilter::BlockInfo info;
    const double scanTime = medianSeconds(rounds, [&] {
        candidates = 0;
        for (const QByteArray &block : blocks) {
            prefilter.scan(block.constData(), block.size(), scratch, &info);
            candidates += qint64(info.candidates.size());
        }
    });
    // The scan plus the exact look at each candidate line (what a worker does per block).
    LineScanner scanner(index);
    FileScan::Prepared prepared;
    QByteArray empty;
    BufferStream none(empty);
    LineReader reader(none, Encoding::Auto);
    LineDecoder decoder(reader);
    const double prepareTime = medianSeconds(rounds, [&] {
        for (const QByteArray &block : blocks) {
            LineReader::Block b;
            b.bytes = block;
            prefilter.scan(block.constData(), block.size(), scratch, &prepared.info);
            FileScan::prepare(b, scanner, decoder, &prepared);
        }
    });

    const double gb = double(bytes) / 1e9;
    std::printf("%.0f MB in %zu blocks, %lld lines, %lld candidate lines (%.2f%%); median of %d rounds, one core\n",
                double(bytes) / 1e6, blocks.size(), static_cast<long long>(lines), static_cast<long long>(candidates),
                lines ? 100.0 * double(candidates) / double(lines) : 0.0, rounds);
    std::printf("%-34s %7.3f s %6.2f GB/s\n", "memchr newline count", newlineTime, gb / newlineTime);
    std::printf("%-34s %7.3f s %6.2f GB/s  %.2fx the newline count\n", "candidate scan", scanTime, gb / scanTime,
                scanTime / newlineTime);
    std::printf("%-34s %7.3f s %6.2f GB/s  %.2fx the newline count\n", "scan + exact look at candidates",
                prepareTime, gb / prepareTime, prepareTime / newlineTime);
    return 0;
}
