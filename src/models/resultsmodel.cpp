// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/resultsmodel.h"

#include "models/catalogmodel.h"
#include "models/productnames.h"
#include "models/roles.h"

#include <QLocale>

#include <algorithm>

namespace ekyc {

namespace {

QString descriptionOf(const Catalog &catalog, Product product, const QString &code)
{
    const qsizetype row = catalog.rowOf(product, code);
    return row >= 0 ? catalog.at(row).description : QString();
}

Billing billingOf(const ResultsModel::Row &row)
{
    if (row.status == EventStatus::Unknown || row.status == EventStatus::NotCounted)
        return Billing::None;
    if (!row.billable)
        return Billing::Uncertain;
    return *row.billable ? Billing::Billable : Billing::NotBillable;
}

QStringList candidateNames(ProductMask candidates)
{
    QStringList names;
    for (const QString &id : candidateIds(candidates))
        names << productDisplayName(*productFromId(id));
    return names;
}

// In the catalog's order, as a person reads the page: "H5, App SDK, Identity Verification".
QStringList tableNames(ProductMask tables)
{
    QStringList names;
    for (Product p : AllProducts) {
        if (tables & productBit(p))
            names << productDisplayName(p);
    }
    return names;
}

} // namespace

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

namespace {

// What the tables that list a code say of it, once per distinct wording.
QString descriptionsIn(const Catalog &catalog, ProductMask tables, const QString &code)
{
    QStringList descriptions;
    for (Product p : AllProducts) {
        const QString d = tables & productBit(p) ? descriptionOf(catalog, p, code) : QString();
        if (!d.isEmpty() && !descriptions.contains(d))
            descriptions << d;
    }
    return descriptions.join(QStringLiteral(" / "));
}

} // namespace

void ResultsModel::setReport(const Report &report, const Catalog &catalog)
{
    beginResetModel();
    m_rows.clear();
    m_catalogUpdated = report.catalogUpdated;
    for (const CountRow &c : report.counts)
        m_rows.append({ EventStatus::Known, c.product, c.code, 0, 0, c.count, c.billable,
            descriptionOf(catalog, c.product, c.code) });
    for (const AmbiguousRow &a : report.ambiguous) {
        // Each candidate's meaning, once per distinct wording.
        QStringList descriptions;
        ProductMask billedIn = 0;
        for (const QString &id : candidateIds(a.candidates)) {
            const Product p = *productFromId(id);
            const qsizetype catalogRow = catalog.rowOf(p, a.code);
            if (catalogRow >= 0 && catalog.at(catalogRow).billable)
                billedIn |= productBit(p);
            const QString d = descriptionOf(catalog, p, a.code);
            if (!d.isEmpty() && !descriptions.contains(d))
                descriptions << d;
        }
        m_rows.append({ EventStatus::Ambiguous, std::nullopt, a.code, a.candidates, billedIn, a.count, a.billable,
            descriptions.join(QStringLiteral(" / ")) });
    }
    for (const UnknownRow &u : report.unknown)
        m_rows.append({ EventStatus::Unknown, u.product, u.code, u.inCatalogAs, 0, u.count, std::nullopt,
            unknownText(u.product, u.inCatalogAs, report.catalogUpdated), NotCountedReason::NoContext, {},
            descriptionsIn(catalog, u.inCatalogAs, u.code) });
    for (const NotCountedRow &n : report.notCounted)
        m_rows.append({ EventStatus::NotCounted, std::nullopt, n.code, n.candidates, 0, n.count, std::nullopt,
            notCountedText(n.reason, n.action), n.reason, n.action, descriptionsIn(catalog, n.candidates, n.code) });
    endResetModel();
}

void ResultsModel::retranslate()
{
    for (Row &row : m_rows) {
        if (row.status == EventStatus::Unknown)
            row.description = unknownText(row.product, row.candidates, m_catalogUpdated);
        else if (row.status == EventStatus::NotCounted)
            row.description = notCountedText(row.reason, row.action);
    }
}

void ResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

qint64 ResultsModel::eventCount(std::optional<EventStatus> status) const
{
    qint64 events = 0;
    for (const Row &r : m_rows)
        events += !status || r.status == *status ? r.count : 0;
    return events;
}

int ResultsModel::rowCount(EventStatus status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const Row &r) { return r.status == status; }));
}

int ResultsModel::unknownToCatalogCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row &r) { return r.status == EventStatus::Unknown && r.candidates == 0; }));
}

qint64 ResultsModel::unknownToCatalogEvents() const
{
    qint64 events = 0;
    for (const Row &r : m_rows)
        events += r.status == EventStatus::Unknown && r.candidates == 0 ? r.count : 0;
    return events;
}

QString ResultsModel::notCountedText(NotCountedReason reason, const QString &action)
{
    if (reason == NotCountedReason::OtherService)
        return tr("A response of %1, an action of another service (mainland FaceID): not an eKYC event.").arg(action);
    return tr("No eKYC context on its line or in its input: another service's code? To count it, Classify "
              "Again As eKYC traffic or a product.");
}

QString ResultsModel::unknownText(
    const std::optional<Product> &product, ProductMask inCatalogAs, const QString &catalogUpdated)
{
    if (inCatalogAs == 0)
        return tr("Not in the %1 catalog").arg(catalogUpdated);
    const QString tables = tableNames(inCatalogAs).join(QStringLiteral(", "));
    if (!product)
        return tr("In %1").arg(tables);
    return (*product == Product::Common ? tr("Not a %1 code; in %2") : tr("Not an %1 code; in %2"))
        .arg(productDisplayName(*product), tables);
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::shownDescription(const Row &row)
{
    return row.status == EventStatus::Unknown || row.status == EventStatus::NotCounted ? row.catalogDescription
                                                                                       : row.description;
}

QString ResultsModel::billingText(const Row &row)
{
    switch (billingOf(row)) {
    case Billing::Billable:
        return CatalogModel::billableText(true);
    case Billing::NotBillable:
        return CatalogModel::billableText(false);
    case Billing::Uncertain:
        return tr("Billing uncertain");
    case Billing::None:
        break;
    }
    return tr("\u2014");
}

QString ResultsModel::productText(const Row &row)
{
    if (row.status == EventStatus::Ambiguous)
        return candidateNames(row.candidates).join(QStringLiteral(", "));
    if (row.status == EventStatus::NotCounted)
        return row.candidates ? candidateNames(row.candidates).join(QStringLiteral(", ")) : tr("\u2014");
    return row.product ? productDisplayName(*row.product) : tr("\u2014");
}

QString ResultsModel::statusText(const Row &row) const
{
    switch (row.status) {
    case EventStatus::Known:
        return tr("Known");
    case EventStatus::Ambiguous:
        return tr("Ambiguous: no product resolved");
    case EventStatus::Unknown:
        if (row.candidates == 0)
            return tr("Unknown: not in the %1 catalog").arg(m_catalogUpdated);
        if (!row.product)
            return tr("Unknown: in %1").arg(tableNames(row.candidates).join(QStringLiteral(", ")));
        return (*row.product == Product::Common ? tr("Unknown: not a %1 code; in %2")
                                                : tr("Unknown: not an %1 code; in %2"))
            .arg(productDisplayName(*row.product), tableNames(row.candidates).join(QStringLiteral(", ")));
    case EventStatus::NotCounted:
        return row.reason == NotCountedReason::OtherService
            ? tr("Not counted: a response of %1, another service").arg(row.action)
            : tr("Not counted: no eKYC context");
    }
    return {};
}

QVariant ResultsModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case ProductColumn:
        // Catalog order; ambiguous and not-counted rows by their candidate set, no product last.
        return row.status == EventStatus::Ambiguous || row.status == EventStatus::NotCounted ? int(row.candidates)
            : row.product ? productIndex(*row.product)
                          : 1000;
    case CodeColumn:
        return row.code;
    case DescriptionColumn:
        return row.description;
    case CountColumn:
        return row.count;
    case BillableColumn:
        return int(billingOf(row));
    case StatusColumn:
        return int(row.status);
    }
    return {};
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return productText(r);
        case CodeColumn:
            return r.code;
        case DescriptionColumn:
            return shownDescription(r);
        case CountColumn:
            return QLocale().toString(r.count);
        case BillableColumn:
            return billingText(r);
        case StatusColumn:
            return statusText(r);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return shownDescription(r);
        if (index.column() == StatusColumn)
            return r.status == EventStatus::Unknown || r.status == EventStatus::NotCounted ? r.description
                                                                                           : statusText(r);
        if (index.column() == BillableColumn && billingOf(r) == Billing::Uncertain) {
            // The candidates disagree: say where the code is billed and where not.
            return tr("Billed in %1; not billed in %2.")
                .arg(candidateNames(r.billedIn).join(QStringLiteral(", ")),
                    candidateNames(ProductMask(r.candidates & ~r.billedIn)).join(QStringLiteral(", ")));
        }
        if (index.column() == ProductColumn && r.status == EventStatus::Ambiguous)
            return tr("No product could be resolved; the code exists in %1.").arg(productText(r));
        if (index.column() == ProductColumn && r.status == EventStatus::NotCounted && r.candidates)
            return tr("Not counted; the code exists in %1.").arg(productText(r));
        return {};
    case SortRole:
        return sortValue(r, index.column());
    case ProductRole:
        return r.product ? productIndex(*r.product) : -1;
    case CodeRole:
        return r.code;
    case DescriptionRole:
        return r.description;
    case BillableRole:
        return r.billable.value_or(false);
    case StatusRole:
        return int(r.status);
    case CountRole:
        return r.count;
    case BillingRole:
        return int(billingOf(r));
    case CandidatesRole:
        return candidateIds(r.candidates);
    case ReasonRole:
        return r.status == EventStatus::NotCounted ? notCountedReasonId(r.reason) : QString();
    case ActionRole:
        return r.action;
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case CodeColumn:
        return tr("Code");
    case DescriptionColumn:
        return tr("Description");
    case StatusColumn:
        return tr("Status");
    case CountColumn:
        return tr("Events");
    case BillableColumn:
        return tr("Billable");
    }
    return {};
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        { ProductRole, CodeRole, DescriptionRole, BillableRole, StatusRole, CountRole, BillingRole, CandidatesRole,
            SortRole, ReasonRole, ActionRole });
}

} // namespace ekyc
