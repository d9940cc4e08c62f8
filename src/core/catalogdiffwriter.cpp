// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogdiffwriter.h"

#include "jsonwriter.h"
#include "textformat.h"

#include <QCoreApplication>

namespace ekyc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ekyc::CatalogDiffWriter", text);
}

QString yesNo(bool billable)
{
    return billable ? QStringLiteral("yes") : QStringLiteral("no");
}

bool hasOld(const CatalogChange &c)
{
    return c.kind != CatalogChange::Added;
}

bool hasNew(const CatalogChange &c)
{
    return c.kind != CatalogChange::Removed;
}

QString billingCell(const CatalogChange &c)
{
    if (c.kind == CatalogChange::BillingChanged)
        return yesNo(c.oldBillable) + QStringLiteral(" → ") + yesNo(c.newBillable);
    return yesNo(hasNew(c) ? c.newBillable : c.oldBillable);
}

QString descriptionCell(const CatalogChange &c)
{
    if (c.kind == CatalogChange::DescriptionChanged)
        return c.oldDescription + QStringLiteral(" → ") + c.newDescription;
    return hasNew(c) ? c.newDescription : c.oldDescription;
}

QString json(const CatalogDiff &diff)
{
    QString changes;
    for (const CatalogChange &c : diff.changes()) {
        JsonObjectBuilder o;
        o.add(u"change", CatalogChange::kindId(c.kind)).add(u"product", productId(c.product)).add(u"code", c.code);
        if (hasOld(c))
            o.add(u"old_billable", c.oldBillable).add(u"old_description", c.oldDescription);
        if (hasNew(c))
            o.add(u"new_billable", c.newBillable).add(u"new_description", c.newDescription);
        changes += (changes.isEmpty() ? QStringLiteral("\n  ") : QStringLiteral(",\n  ")) + o.toString();
    }
    const auto side = [](const QString &updated, qsizetype rows) {
        return JsonObjectBuilder().add(u"updated", updated).add(u"rows", qint64(rows)).toString();
    };
    return QStringLiteral("{\n \"old\": ") + side(diff.oldUpdated(), diff.oldRows()) + QStringLiteral(",\n \"new\": ")
        + side(diff.newUpdated(), diff.newRows()) + QStringLiteral(",\n \"summary\": ")
        + JsonObjectBuilder()
              .add(u"added", qint64(diff.count(CatalogChange::Added)))
              .add(u"removed", qint64(diff.count(CatalogChange::Removed)))
              .add(u"billing", qint64(diff.count(CatalogChange::BillingChanged)))
              .add(u"description", qint64(diff.count(CatalogChange::DescriptionChanged)))
              .toString()
        + QStringLiteral(",\n \"changes\": [") + changes
        + (changes.isEmpty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n ]\n}\n"));
}

QString csv(const CatalogDiff &diff)
{
    QString out = csvLine(
        { QStringLiteral("change"), QStringLiteral("product"), QStringLiteral("code"), QStringLiteral("old_billable"),
            QStringLiteral("new_billable"), QStringLiteral("old_description"), QStringLiteral("new_description") });
    for (const CatalogChange &c : diff.changes()) {
        out += csvLine({ CatalogChange::kindId(c.kind), productId(c.product), c.code,
            hasOld(c) ? yesNo(c.oldBillable) : QString(), hasNew(c) ? yesNo(c.newBillable) : QString(),
            hasOld(c) ? c.oldDescription : QString(), hasNew(c) ? c.newDescription : QString() });
    }
    return out;
}

} // namespace

QString CatalogDiffWriter::summary(const CatalogDiff &diff)
{
    return tr("%1 added, %2 removed, %3 billing changed, %4 description changed")
        .arg(diff.count(CatalogChange::Added))
        .arg(diff.count(CatalogChange::Removed))
        .arg(diff.count(CatalogChange::BillingChanged))
        .arg(diff.count(CatalogChange::DescriptionChanged));
}

QString CatalogDiffWriter::write(const CatalogDiff &diff, Format format)
{
    switch (format) {
    case Format::Json:
        return json(diff);
    case Format::Csv:
        return csv(diff);
    case Format::Table:
        break;
    }
    QString out;
    if (!diff.isEmpty()) {
        TextTable table({ QStringLiteral("CHANGE"), QStringLiteral("PRODUCT"), QStringLiteral("CODE"),
            QStringLiteral("BILLABLE"), QStringLiteral("DESCRIPTION") });
        for (const CatalogChange &c : diff.changes())
            table.addRow(
                { CatalogChange::kindId(c.kind), productId(c.product), c.code, billingCell(c), descriptionCell(c) });
        out += table.render() + QLatin1Char('\n');
    }
    out += tr("%1 (%2 rows) → %3 (%4 rows): %5\n")
               .arg(diff.oldUpdated())
               .arg(diff.oldRows())
               .arg(diff.newUpdated())
               .arg(diff.newRows())
               .arg(diff.isEmpty() ? tr("no changes") : summary(diff));
    return out;
}

} // namespace ekyc
