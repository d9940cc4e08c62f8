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
    case EventStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Totals &Totals::operator+=(const Totals &other)
{
    events += other.events;
    known += other.known;
    ambiguous += other.ambiguous;
    unknown += other.unknown;
    billable += other.billable;
    billableUncertain += other.billableUncertain;
    return *this;
}

bool operator==(const Totals &a, const Totals &b)
{
    return a.events == b.events && a.known == b.known && a.ambiguous == b.ambiguous && a.unknown == b.unknown
        && a.billable == b.billable && a.billableUncertain == b.billableUncertain;
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
                unknown.append(UnknownRow{g.product, g.code, g.count});
            else
                it->count += g.count;
            break;
        }
        }
    }
    totals += file.summary.totals;
    files.append(std::move(file));
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
}

} // namespace ekyc
