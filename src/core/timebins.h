// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QMap>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace ekyc {

// Counts of events per (series, time bucket), with buckets aligned to the Unix epoch. The
// bucket size of the result is the smallest of 1 min … 30 days that fits the span from the
// first to the last time in at most MaxBuckets buckets, or one the user chose. Counts are
// kept in buckets no larger than that size (nor than a day, which divides both a week and 30
// days), made coarser as the span grows: memory stays bounded by the buckets on show, and
// adding bins up in any order (files of a run, reports of a merge) gives the same result.
class TimeBins
{
public:
    static constexpr int MaxBuckets = 200;
    // A size the user chose is raised to the smallest that fits the span in this many buckets:
    // `--bucket 1m` over a log of two years would be a million buckets in the JSON.
    static constexpr int MaxUserBuckets = 100000;
    static constexpr qint64 Minute = 60000;
    static constexpr qint64 Day = 1440 * Minute;
    static constexpr std::array<qint64, 8> Sizes = {Minute, 5 * Minute, 15 * Minute, 60 * Minute,
                                                    360 * Minute, Day, 7 * Day, 30 * Day};
    static qint64 sizeForSpan(qint64 first, qint64 last, qint64 atLeast = 0, qint64 maxBuckets = MaxBuckets);
    static QString sizeName(qint64 size); // "1m", "5m", "15m", "1h", "6h", "1d", "1w", "30d"
    static std::optional<qint64> sizeFromName(QStringView name);
    static qint64 bucketStart(qint64 msecs, qint64 size);

    // `fixedSize`: the size the user chose (--bucket); 0: by the span.
    explicit TimeBins(qint64 fixedSize = 0);

    void add(int series, qint64 msecs, qint64 count = 1);
    // Adds `other`'s counts, its series numbered through `seriesOf` (< 0: left out), whose
    // times span [first, last].
    template<typename SeriesOf>
    void addBins(const TimeBins &other, SeriesOf seriesOf, qint64 first, qint64 last)
    {
        if (other.isEmpty())
            return;
        extendTo(first, last, other.m_width);
        for (auto it = other.m_cells.cbegin(); it != other.m_cells.cend(); ++it) {
            const int series = seriesOf(it.key().first);
            if (series >= 0)
                addCell(series, it.key().second * other.m_width, it.value());
        }
    }
    template<typename SeriesOf>
    void addBins(const TimeBins &other, SeriesOf seriesOf)
    {
        addBins(other, seriesOf, other.m_first, other.m_last);
    }

    bool isEmpty() const { return m_cells.isEmpty(); }
    qint64 first() const { return m_first; }
    qint64 last() const { return m_last; }
    qint64 fixedSize() const { return m_fixed; }
    // The size of the result's buckets: by the span, but never finer than the counts were kept
    // in — bins added from a tally whose other series spanned more (an input's events that are
    // not counted) may hold day-wide counts for a span of minutes.
    // A size the user chose holds unless the span needs more than MaxUserBuckets of it.
    qint64 bucketSize() const;
    // The counts at bucketSize(): (series, bucket start) → events.
    QMap<std::pair<int, qint64>, qint64> cells() const;

private:
    void extendTo(qint64 first, qint64 last, qint64 minWidth);
    void addCell(int series, qint64 msecs, qint64 count);

    qint64 m_fixed = 0;
    qint64 m_width = Minute; // the buckets counts are kept in
    qint64 m_first = 0;
    qint64 m_last = 0;
    qint64 m_spanSize = Minute; // sizeForSpan(m_first, m_last), kept up to date by extendTo
    QHash<std::pair<int, qint64>, qint64> m_cells; // (series, bucket index at m_width) → events
};

} // namespace ekyc
