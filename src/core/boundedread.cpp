// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boundedread.h"

#include <QIODevice>

#include <algorithm>

namespace ekyc {

QByteArray readBounded(QIODevice &device, qint64 limit)
{
    constexpr qint64 Piece = 64 * 1024;
    const qint64 want = limit + 1;
    QByteArray bytes;
    // A file's size is known: one piece of that size and a last read that finds its end. A
    // file that grows meanwhile, or a pipe, takes pieces as long as what came so far.
    qint64 piece = device.isSequential() ? Piece : std::max<qint64>(device.size() - device.pos(), 0) + 1;
    while (bytes.size() < want) {
        const qsizetype old = bytes.size();
        const qint64 n = std::min(piece, want - old);
        bytes.resize(old + qsizetype(n));
        const qint64 got = device.read(bytes.data() + old, n);
        bytes.resize(old + qsizetype(std::max<qint64>(got, 0)));
        if (got <= 0)
            break;
        piece = std::max(Piece, qint64(bytes.size()));
    }
    return bytes;
}

} // namespace ekyc
