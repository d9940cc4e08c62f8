// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "codeindex.h"
#include "timebins.h"

#include <QList>
#include <QString>

#include <optional>

namespace ekyc {

// One series of a timeline: the counted events of one (product or candidates, code).
struct TimelineSeries
{
    std::optional<Product> product; // null: ambiguous (see candidates) or unknown without a product
    ProductMask candidates = 0;     // ambiguous: the tables that have the code
    QString code;
    std::optional<bool> billable;   // the row's flag; null: unknown, or ambiguous and uncertain
    friend bool operator==(const TimelineSeries &a, const TimelineSeries &b)
    {
        return a.product == b.product && a.candidates == b.candidates && a.code == b.code;
    }
};

// When the counted events happened (docs/classification.md §8): counts per series and bucket,
// the events without a time, and whether the times had zones.
class Timeline
{
public:
    QList<TimelineSeries> series;
    TimeBins bins;        // keyed by index into `series`
    qint64 untimed = 0;   // counted events without a time
    bool zoned = false;   // some time had an offset (or was an epoch value)
    bool unzoned = false; // some time had none

    int seriesIndex(const TimelineSeries &key);
    // Adds `other` (a file's, or another report's): sizes are chosen again for the joint span.
    void add(const Timeline &other);
    bool isEmpty() const { return bins.isEmpty(); }
    // "utc" (every time had a zone), "local" (none had), "mixed"; empty when there are none.
    QString zoneId() const;

    // The buckets from the first to the last time: per bucket the events of each series.
    struct Bucket
    {
        qint64 start = 0;
        QList<qint64> counts; // per series
        qint64 events = 0;
        qint64 billable = 0; // certainly billable
    };
    QList<Bucket> buckets() const;
    // Series indices as reports list them: most events first, then product in catalog order
    // (null last), then code; the same however the events were split into files or reports.
    QList<int> seriesOrder() const;
};

} // namespace ekyc
