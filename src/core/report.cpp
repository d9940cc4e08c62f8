// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report.h"

#include <algorithm>

namespace ekyc {

QString productSourceId(ProductSource source)
{
    switch (source) {
    case ProductSource::User: return QStringLiteral("user");
    case ProductSource::Actions: return QStringLiteral("actions");
    case ProductSource::Codes: return QStringLiteral("codes");
    case ProductSource::None: break;
    }
    return QStringLiteral("none");
}

QStringList candidateIds(ProductMask candidates)
{
    QStringList ids;
    for (Product p : AllProducts) {
        if (candidates & productBit(p))
            ids << productId(p);
    }
    ids.sort();
    return ids;
}

QString eventStatusId(EventStatus status)
{
    switch (status) {
    case EventStatus::Known: return QStringLiteral("known");
    case EventStatus::Ambiguous: return QStringLiteral("ambiguous");
    case EventStatus::NotCounted: return QStringLiteral("not_counted");
    case EventStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString notCountedReasonId(NotCountedReason reason)
{
    return reason == NotCountedReason::OtherService ? QStringLiteral("other_service") : QStringLiteral("no_context");
}

Totals &Totals::operator+=(const Totals &other)
{
    events += other.events;
    known += other.known;
    ambiguous += other.ambiguous;
    unknown += other.unknown;
    billable += other.billable;
    billableUncertain += other.billableUncertain;
    notCounted += other.notCounted;
    outsideTime += other.outsideTime;
    return *this;
}

bool operator==(const Totals &a, const Totals &b)
{
    return a.events == b.events && a.known == b.known && a.ambiguous == b.ambiguous && a.unknown == b.unknown
        && a.billable == b.billable && a.billableUncertain == b.billableUncertain && a.notCounted == b.notCounted
        && a.outsideTime == b.outsideTime;
}

namespace {

int productOrder(const std::optional<Product> &p) { return p ? productIndex(*p) : ProductCount; }

template<typename Row>
bool byCountProductCode(const Row &a, const Row &b, int productA, int productB)
{
    if (a.count != b.count)
        return a.count > b.count;
    if (productA != productB)
        return productA < productB;
    return a.code < b.code;
}

} // namespace

void Report::addFile(FileResult file)
{
    tally(file);
    files.append(std::move(file));
}

void Report::tally(const FileResult &file)
{
    for (const ResolvedGroup &g : file.groups) {
        switch (g.status) {
        case EventStatus::Known: {
            auto it = std::find_if(counts.begin(), counts.end(),
                                   [&](const CountRow &r) { return r.product == *g.product && r.code == g.code; });
            if (it == counts.end())
                counts.append(CountRow{*g.product, g.code, g.count, g.billable.value_or(false)});
            else
                it->count += g.count;
            break;
        }
        case EventStatus::Ambiguous: {
            auto it = std::find_if(ambiguous.begin(), ambiguous.end(),
                                   [&](const AmbiguousRow &r) { return r.code == g.code; });
            if (it == ambiguous.end())
                ambiguous.append(AmbiguousRow{g.code, g.candidates, g.count, g.billable});
            else
                it->count += g.count;
            break;
        }
        case EventStatus::Unknown: {
            auto it = std::find_if(unknown.begin(), unknown.end(),
                                   [&](const UnknownRow &r) { return r.product == g.product && r.code == g.code; });
            if (it == unknown.end())
                unknown.append(UnknownRow{g.product, g.code, g.count, g.inCatalogAs});
            else
                it->count += g.count;
            break;
        }
        case EventStatus::NotCounted: {
            auto it = std::find_if(notCounted.begin(), notCounted.end(), [&](const NotCountedRow &r) {
                return r.code == g.code && r.reason == g.reason && r.action == g.action;
            });
            if (it == notCounted.end())
                notCounted.append(NotCountedRow{g.code, g.reason, g.action, g.candidates, g.count});
            else
                it->count += g.count;
            break;
        }
        }
    }
    totals += file.summary.totals;
    timeline.add(file.timeline);
}

bool Report::hasErrors() const
{
    return std::any_of(files.cbegin(), files.cend(), [](const FileResult &f) { return !f.summary.error.isEmpty(); });
}

void Report::sort()
{
    std::sort(counts.begin(), counts.end(), [](const CountRow &a, const CountRow &b) {
        return byCountProductCode(a, b, productIndex(a.product), productIndex(b.product));
    });
    std::sort(ambiguous.begin(), ambiguous.end(),
              [](const AmbiguousRow &a, const AmbiguousRow &b) { return byCountProductCode(a, b, 0, 0); });
    std::sort(unknown.begin(), unknown.end(), [](const UnknownRow &a, const UnknownRow &b) {
        return byCountProductCode(a, b, productOrder(a.product), productOrder(b.product));
    });
    std::sort(notCounted.begin(), notCounted.end(), [](const NotCountedRow &a, const NotCountedRow &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.code != b.code)
            return a.code < b.code;
        if (a.reason != b.reason)
            return notCountedReasonId(a.reason) < notCountedReasonId(b.reason);
        return a.action < b.action;
    });
}

} // namespace ekyc
