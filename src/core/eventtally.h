// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "codeindex.h"
#include "linescanner.h"
#include "report.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace ekyc {

// Request ids already counted in a run (--dedupe request-id): shared by its inputs.
struct DedupeState
{
    QSet<QByteArray> seen;
    qint64 dropped = 0;
};

// What one event of an input turns into: counted (with the product of its unit's action, or
// -1), or not counted for want of context or as another service's response (R3, R4).
struct Outcome
{
    enum Kind : std::uint8_t { Counted, NoContext, OtherService };
    int codeRef = 0; // known code id, or -(unknown index + 1)
    Kind kind = Counted;
    int action = -1; // Counted: product of the unit's action; OtherService: CodeIndex action id
    friend bool operator==(const Outcome &a, const Outcome &b)
    {
        return a.codeRef == b.codeRef && a.kind == b.kind && a.action == b.action;
    }
};

// Whether an event counts may hang on context (b), known only when its input ends (R3): each
// event is added with both outcomes — with and without (b) — and tallied per distinct pair,
// so memory stays flat however many lines wait; line numbers only where events are kept.
class EventTally
{
public:
    struct Settings
    {
        bool keepEvents = false;
        qint64 maxKeptPerCode = 0; // with keepEvents: at most this many line numbers per outcome; 0: all
        DedupeState *dedupe = nullptr;
        TimeWindow window; // --since / --until: events outside are left out (outside_time)
        qint64 bucketSize = 0; // --bucket; 0: by the span
    };
    struct Event
    {
        Outcome outcome;
        qint64 line = 0;
    };

    EventTally(const CodeIndex &index, Settings settings)
        : m_index(index)
        , m_settings(settings)
        , m_bins(settings.bucketSize)
    {
    }

    int codeRef(const Occurrence &occurrence);
    // `time`: the unit's settled time (§8), kind None when it has none.
    void add(const Event &withB, const Event &withoutB, const QByteArray &requestId, const Timestamp &time);
    // Product actions seen anywhere in the input (section 4, and R3 b).
    void noteActions(ProductMask actions) { m_fileActions |= actions; }

    FileResult finish(FileSummary summary, std::optional<Product> userProduct);

private:
    struct Pending
    {
        Event withB;
        Event withoutB;
        QByteArray requestId;
        Timestamp time;
    };
    struct OtherLine // a kept event whose line without (b) is not its line with (b)
    {
        size_t event = 0;
        qint64 lineWithoutB = 0;
    };
    struct PairTally // the events of one pair: how many, and when
    {
        qint64 count = 0;
        int series = -1; // in m_bins
        qint64 untimed = 0;
        Timestamp first;
        Timestamp last;
        bool zoned = false;
        bool unzoned = false;
    };
    int outcomeId(const Outcome &outcome);
    qint64 pairOf(const Outcome &withB, const Outcome &withoutB);
    void count(qint64 pair, qint64 lineWithB, qint64 lineWithoutB, const Timestamp &time);
    void noteTime(PairTally &tally, const Timestamp &time);
    int inferProduct() const;
    ResolvedGroup resolve(const Outcome &outcome, int fileProduct) const;

    const CodeIndex &m_index;
    Settings m_settings;
    ProductMask m_fileActions = 0;
    std::vector<Outcome> m_outcomes;
    QHash<quint64, int> m_outcomeIds;
    QHash<qint64, PairTally> m_tally; // (outcome with b, outcome without b) -> events
    std::vector<Pending> m_dedupePending; // events with a request id, in line order
    // Kept events in their final form, turned into FileResult::events in place: their line
    // with (b), the pair's series in place of the group until finish(). Memory the kernel has
    // to hand over page by page is what keeping events costs (issue 18), so there is no copy.
    std::vector<CompactEvent> m_events;
    std::vector<OtherLine> m_otherLines;
    TimeBins m_bins; // keyed by PairTimes::series
    qint64 m_outsideTime = 0;
    bool m_eventsTruncated = false;
    QList<QByteArray> m_unknownCodes;
    QHash<QByteArray, int> m_unknownIds;
};

} // namespace ekyc
