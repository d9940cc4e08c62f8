// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline.h"

#include <algorithm>

namespace ekyc {

int Timeline::seriesIndex(const TimelineSeries &key)
{
    const qsizetype i = series.indexOf(key);
    if (i >= 0)
        return int(i);
    series.append(key);
    return int(series.size() - 1);
}

void Timeline::add(const Timeline &other)
{
    if (bins.isEmpty() && other.bins.fixedSize() != bins.fixedSize())
        bins = TimeBins(other.bins.fixedSize());
    QList<int> map;
    map.reserve(other.series.size());
    for (const TimelineSeries &s : other.series)
        map.append(seriesIndex(s));
    bins.addBins(other.bins, [&](int s) { return map.at(s); });
    untimed += other.untimed;
    zoned = zoned || other.zoned;
    unzoned = unzoned || other.unzoned;
}

QString Timeline::zoneId() const
{
    if (zoned && unzoned)
        return QStringLiteral("mixed");
    if (zoned)
        return QStringLiteral("utc");
    return unzoned ? QStringLiteral("local") : QString();
}

QList<Timeline::Bucket> Timeline::buckets() const
{
    if (bins.isEmpty())
        return {};
    const qint64 size = bins.bucketSize();
    const qint64 first = TimeBins::bucketStart(bins.first(), size);
    const qint64 count = (TimeBins::bucketStart(bins.last(), size) - first) / size + 1;
    QList<Bucket> out(count);
    for (qint64 i = 0; i < count; ++i) {
        out[i].start = first + i * size;
        out[i].counts = QList<qint64>(series.size(), 0);
    }
    const auto cells = bins.cells();
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        Bucket &b = out[(it.key().second - first) / size];
        const int s = it.key().first;
        b.counts[s] += it.value();
        b.events += it.value();
        if (series.at(s).billable == true)
            b.billable += it.value();
    }
    return out;
}

} // namespace ekyc

namespace ekyc {

QList<int> Timeline::seriesOrder() const
{
    QList<qint64> totals(series.size(), 0);
    const auto cells = bins.cells();
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        totals[it.key().first] += it.value();
    QList<int> order;
    for (int i = 0; i < int(series.size()); ++i)
        order << i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const TimelineSeries &x = series.at(a);
        const TimelineSeries &y = series.at(b);
        if (totals.at(a) != totals.at(b))
            return totals.at(a) > totals.at(b);
        const int px = x.product ? productIndex(*x.product) : ProductCount;
        const int py = y.product ? productIndex(*y.product) : ProductCount;
        if (px != py)
            return px < py;
        if (x.candidates != y.candidates)
            return x.candidates < y.candidates;
        return x.code < y.code;
    });
    return order;
}

} // namespace ekyc
