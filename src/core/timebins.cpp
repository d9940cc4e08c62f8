// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timebins.h"

#include <algorithm>

namespace ekyc {

namespace {

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0); }

constexpr std::array<const char *, 8> Names = {"1m", "5m", "15m", "1h", "6h", "1d", "1w", "30d"};

} // namespace

qint64 TimeBins::bucketStart(qint64 msecs, qint64 size) { return floorDiv(msecs, size) * size; }

qint64 TimeBins::sizeForSpan(qint64 first, qint64 last, qint64 atLeast, qint64 maxBuckets)
{
    for (const qint64 size : Sizes) {
        if (size >= atLeast && floorDiv(last, size) - floorDiv(first, size) + 1 <= maxBuckets)
            return size;
    }
    return Sizes.back();
}

qint64 TimeBins::bucketSize() const
{
    if (m_fixed)
        return sizeForSpan(m_first, m_last, m_fixed, MaxUserBuckets);
    return std::max(sizeForSpan(m_first, m_last), m_width);
}

QString TimeBins::sizeName(qint64 size)
{
    for (size_t i = 0; i < Sizes.size(); ++i) {
        if (Sizes[i] == size)
            return QString::fromLatin1(Names[i]);
    }
    return QString::number(size / 1000) + QLatin1Char('s');
}

std::optional<qint64> TimeBins::sizeFromName(QStringView name)
{
    for (size_t i = 0; i < Sizes.size(); ++i) {
        if (name == QLatin1String(Names[i]))
            return Sizes[i];
    }
    return std::nullopt;
}

TimeBins::TimeBins(qint64 fixedSize)
    : m_fixed(fixedSize)
    , m_width(fixedSize ? fixedSize : Minute)
{
}

void TimeBins::add(int series, qint64 msecs, qint64 count)
{
    extendTo(msecs, msecs, Minute);
    addCell(series, msecs, count);
}

void TimeBins::addCell(int series, qint64 msecs, qint64 count)
{
    m_cells[{series, floorDiv(msecs, m_width)}] += count;
}

// Takes in [first, last] and coarsens the kept buckets if the span (or `minWidth`) needs it.
void TimeBins::extendTo(qint64 first, qint64 last, qint64 minWidth)
{
    if (m_cells.isEmpty()) {
        m_first = first;
        m_last = last;
        m_spanSize = Minute;
    } else {
        m_first = std::min(m_first, first);
        m_last = std::max(m_last, last);
    }
    if (m_fixed)
        return;
    // The span only grows, so the size it needs only grows: while the last chosen one still
    // fits, it is still the smallest that does (one division instead of a search, per event).
    if (floorDiv(m_last, m_spanSize) - floorDiv(m_first, m_spanSize) + 1 > MaxBuckets)
        m_spanSize = sizeForSpan(m_first, m_last);
    const qint64 width = std::max(std::min(m_spanSize, Day), minWidth);
    if (width <= m_width)
        return;
    QHash<std::pair<int, qint64>, qint64> coarser;
    coarser.reserve(m_cells.size());
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        coarser[{it.key().first, floorDiv(it.key().second * m_width, width)}] += it.value();
    m_cells.swap(coarser);
    m_width = width;
}

QMap<std::pair<int, qint64>, qint64> TimeBins::cells() const
{
    const qint64 size = bucketSize();
    QMap<std::pair<int, qint64>, qint64> out;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        out[{it.key().first, bucketStart(it.key().second * m_width, size)}] += it.value();
    return out;
}

} // namespace ekyc
