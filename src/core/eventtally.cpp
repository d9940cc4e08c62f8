// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "eventtally.h"

#include <algorithm>

namespace ekyc {

namespace {

constexpr size_t ManyEvents = 1 << 16; // kept events: 2 MiB
constexpr size_t RoomForManyEvents = 1 << 20;

int onlyProduct(ProductMask mask)
{
    if (mask == 0 || (mask & (mask - 1)) != 0)
        return -1;
    int index = 0;
    while (!(mask & 1u)) {
        mask >>= 1;
        ++index;
    }
    return index;
}

} // namespace

int EventTally::codeRef(const Occurrence &occurrence)
{
    if (occurrence.known())
        return occurrence.codeId;
    auto it = m_unknownIds.constFind(occurrence.unknownText);
    if (it == m_unknownIds.cend()) {
        it = m_unknownIds.insert(occurrence.unknownText, int(m_unknownCodes.size()));
        m_unknownCodes.append(occurrence.unknownText);
    }
    return -(*it + 1);
}

int EventTally::outcomeId(const Outcome &outcome)
{
    const quint64 key = (quint64(quint32(outcome.codeRef)) << 32) | (quint64(outcome.kind) << 24)
        | quint64(quint32(outcome.action + 1) & 0xFFFFFF);
    auto it = m_outcomeIds.constFind(key);
    if (it != m_outcomeIds.cend())
        return *it;
    const int id = int(m_outcomes.size());
    m_outcomes.push_back(outcome);
    m_outcomeIds.insert(key, id);
    return id;
}

qint64 EventTally::pairOf(const Outcome &withB, const Outcome &withoutB)
{
    const int b = outcomeId(withB);
    return (qint64(b) << 32) | qint64(withoutB == withB ? b : outcomeId(withoutB));
}

void EventTally::noteTime(PairTally &tally, const Timestamp &time)
{
    PairTally *it = &tally;
    if (!time.valid()) {
        ++it->untimed;
        return;
    }
    if (it->first.kind == Timestamp::None || time.msecs < it->first.msecs)
        it->first = time;
    if (it->last.kind == Timestamp::None || time.msecs > it->last.msecs)
        it->last = time;
    (time.kind == Timestamp::Zoned ? it->zoned : it->unzoned) = true;
    m_bins.add(it->series, time.msecs);
}

void EventTally::count(qint64 pair, qint64 lineWithB, qint64 lineWithoutB, const Timestamp &time)
{
    PairTally &tally = m_tally[pair];
    if (tally.series < 0)
        tally.series = int(m_tally.size() - 1);
    const qint64 n = ++tally.count;
    noteTime(tally, time);
    if (!m_settings.keepEvents)
        return;
    // A log where most lines hold a code would otherwise keep 24 bytes per line.
    if (m_settings.maxKeptPerCode > 0 && n > m_settings.maxKeptPerCode) {
        m_eventsTruncated = true;
        return;
    }
    // Doubling writes about twice the memory it ends with, and fresh pages are most of what
    // keeping events costs (issue 18): an input with many events gets room for a million at
    // once, of which only the pages written are ever handed over by the kernel.
    if (m_events.size() == ManyEvents)
        m_events.reserve(RoomForManyEvents);
    if (lineWithoutB != lineWithB)
        m_otherLines.push_back(OtherLine{m_events.size(), lineWithoutB});
    m_events.push_back(CompactEvent{lineWithB, tally.series, time});
}

void EventTally::add(const Event &withB, const Event &withoutB, const QByteArray &requestId, const Timestamp &time)
{
    if (m_settings.window.active() && !m_settings.window.contains(time)) {
        ++m_outsideTime;
        return;
    }
    if (m_settings.dedupe && !requestId.isEmpty()) {
        // Only counted events mark or drop an id, and whether they count may wait for the
        // input's end: settled then, in line order.
        m_dedupePending.push_back(Pending{withB, withoutB, requestId, time});
        return;
    }
    count(pairOf(withB.outcome, withoutB.outcome), withB.line, withoutB.line, time);
}

int EventTally::inferProduct() const
{
    ProductMask implied = 0;
    auto imply = [&](const Outcome &o) {
        if (o.kind != Outcome::Counted || o.codeRef < 0)
            return;
        const CodeIndex::Code &code = m_index.code(o.codeRef);
        if (!code.impliesNothing && onlyProduct(code.products) > productIndex(Product::Common))
            implied |= code.products;
    };
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
        imply(m_outcomes[size_t(it.key() & 0xFFFFFFFF)]);
    for (const Pending &p : m_dedupePending)
        imply(p.withoutB.outcome);
    return onlyProduct(implied);
}

ResolvedGroup EventTally::resolve(const Outcome &outcome, int fileProduct) const
{
    ResolvedGroup g;
    const int ref = outcome.codeRef;
    const CodeIndex::Code *code = ref >= 0 ? &m_index.code(ref) : nullptr;
    g.code = code ? code->name : QString::fromUtf8(m_unknownCodes.at(-ref - 1));
    if (outcome.kind != Outcome::Counted) {
        g.status = EventStatus::NotCounted;
        g.candidates = code ? code->products : 0;
        if (outcome.kind == Outcome::OtherService) {
            g.reason = NotCountedReason::OtherService;
            g.action = m_index.actionText(outcome.action);
        }
        return g;
    }
    const int product = outcome.action >= 0 ? outcome.action : fileProduct;
    if (product >= 0)
        g.product = Product(product);
    if (!code) {
        g.status = EventStatus::Unknown;
        return g;
    }
    const ProductMask common = productBit(Product::Common);
    auto known = [&](Product p) {
        g.status = EventStatus::Known;
        g.product = p;
        g.billable = (code->billable & productBit(p)) != 0;
    };
    if (product >= 0) {
        if (code->products & productBit(Product(product))) {
            known(Product(product));
        } else if (code->products & common) {
            known(Product::Common);
        } else {
            g.status = EventStatus::Unknown; // a code of other products: unknown for this one (R7)
            g.inCatalogAs = code->products;
        }
        return g;
    }
    if (code->products & common) {
        known(Product::Common);
    } else if (onlyProduct(code->products) >= 0) {
        known(Product(onlyProduct(code->products)));
    } else {
        g.status = EventStatus::Ambiguous;
        g.candidates = code->products;
        if ((code->billable & code->products) == code->products)
            g.billable = true;
        else if ((code->billable & code->products) == 0)
            g.billable = false;
    }
    return g;
}

FileResult EventTally::finish(FileSummary summary, std::optional<Product> userProduct)
{
    // The input's product: the user's choice, else its action names, else the codes that count
    // without (b). Context (b): the input names a product's action, or its product was inferred.
    int fileProduct = -1;
    summary.productSource = ProductSource::None;
    const int inferred = inferProduct();
    if (userProduct) {
        fileProduct = productIndex(*userProduct);
        summary.productSource = ProductSource::User;
    } else if (onlyProduct(m_fileActions) >= 0) {
        fileProduct = onlyProduct(m_fileActions);
        summary.productSource = ProductSource::Actions;
    } else if (inferred >= 0) {
        fileProduct = inferred;
        summary.productSource = ProductSource::Codes;
    }
    if (fileProduct >= 0)
        summary.product = Product(fileProduct);
    const bool b = m_fileActions != 0 || inferred >= 0;

    for (const Pending &p : m_dedupePending) {
        const Event &e = b ? p.withB : p.withoutB;
        if (e.outcome.kind == Outcome::Counted) {
            if (m_settings.dedupe->seen.contains(p.requestId)) {
                ++m_settings.dedupe->dropped;
                continue;
            }
            m_settings.dedupe->seen.insert(p.requestId);
        }
        count(pairOf(e.outcome, e.outcome), e.line, e.line, p.time);
    }
    m_dedupePending.clear();

    FileResult result;
    // Pairs by their dense series number: one array look-up per kept event, not a hash's.
    std::vector<qint32> groupOfSeries(size_t(m_tally.size()), 0);
    Totals &t = summary.totals;
    t.outsideTime = m_outsideTime;
    Timeline &timeline = result.timeline;
    timeline.bins = TimeBins(m_settings.bucketSize);
    QHash<int, int> seriesOfPair; // m_bins series → timeline series
    result.groups.reserve(m_tally.size()); // at most one each (a folder of small logs: one allocation, not several)
    timeline.series.reserve(m_tally.size());
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
        const Outcome &outcome = m_outcomes[size_t(b ? (it.key() >> 32) : (it.key() & 0xFFFFFFFF))];
        ResolvedGroup g = resolve(outcome, fileProduct);
        // Several pairs can resolve to the same group.
        auto same = std::find_if(result.groups.begin(), result.groups.end(), [&](const ResolvedGroup &other) {
            return other.status == g.status && other.product == g.product && other.code == g.code
                && other.reason == g.reason && other.action == g.action;
        });
        const qint64 n = it.value().count;
        if (same == result.groups.end()) {
            g.count = n;
            groupOfSeries[size_t(it.value().series)] = qint32(result.groups.size());
            result.groups.append(g);
        } else {
            same->count += n;
            groupOfSeries[size_t(it.value().series)] = qint32(same - result.groups.begin());
        }
        switch (g.status) {
        case EventStatus::Known: t.known += n; break;
        case EventStatus::Ambiguous: t.ambiguous += n; break;
        case EventStatus::Unknown: t.unknown += n; break;
        case EventStatus::NotCounted: t.notCounted += n; continue;
        }
        t.events += n;
        const PairTally &times = it.value();
        if (times.first.valid())
            seriesOfPair.insert(times.series, timeline.seriesIndex(TimelineSeries{
                                              g.product, g.status == EventStatus::Ambiguous ? g.candidates : ProductMask(0), g.code, g.billable}));
        timeline.untimed += times.untimed;
        timeline.zoned = timeline.zoned || times.zoned;
        timeline.unzoned = timeline.unzoned || times.unzoned;
        if (times.first.valid() && (!summary.firstTime.valid() || times.first.msecs < summary.firstTime.msecs))
            summary.firstTime = times.first;
        if (times.last.valid() && (!summary.lastTime.valid() || times.last.msecs > summary.lastTime.msecs))
            summary.lastTime = times.last;
        if (g.billable == true)
            t.billable += n;
        else if (g.status == EventStatus::Ambiguous && !g.billable)
            t.billableUncertain += n;
    }
    summary.events = t.events;
    // Only counted events make the timeline.
    if (summary.firstTime.valid())
        timeline.bins.addBins(m_bins, [&](int s) { return seriesOfPair.value(s, -1); }, summary.firstTime.msecs,
                              summary.lastTime.msecs);
    for (CompactEvent &e : m_events)
        e.group = groupOfSeries[size_t(e.group)];
    if (!b) {
        for (const OtherLine &other : m_otherLines)
            m_events[other.event].line = other.lineWithoutB;
    }
    result.events = std::move(m_events);
    // Events settled at the end (dedupe) come after the others: back into line order. Without
    // them the events are nearly always in order already, and a check costs far less than the
    // sort's buffer of a copy of every event.
    const auto byLine = [](const CompactEvent &x, const CompactEvent &y) { return x.line < y.line; };
    if (!std::is_sorted(result.events.begin(), result.events.end(), byLine))
        std::stable_sort(result.events.begin(), result.events.end(), byLine);
    result.eventsTruncated = m_eventsTruncated;
    result.summary = std::move(summary);
    return result;
}

} // namespace ekyc
