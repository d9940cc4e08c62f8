// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"
#include "core/report.h"

#include <QAbstractTableModel>

namespace ekyc {

// The codes of a classification report as one table: the known codes (product, code), the
// ambiguous codes (no product could be resolved; their candidate products), the codes the
// catalog does not know (or knows for other products only, R7), and the codes the rules do
// not count (no eKYC context, another service's response). The Status column says which, and
// why ("Unknown: not an API code; in H5, App SDK"). Rows come in the report's order: known,
// ambiguous, unknown, not counted, each by count descending; a proxy sorts and filters
// (ResultsFilterProxy). Meaning goes out through roles (ekyc::Role); the view picks the colours.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProductColumn = 0,
        CodeColumn,
        DescriptionColumn,
        CountColumn,
        BillableColumn,
        StatusColumn,
        ColumnCount
    };

    struct Row
    {
        EventStatus status = EventStatus::Known;
        std::optional<Product> product;
        QString code;
        ProductMask candidates = 0; // ambiguous: the candidates; unknown, not counted: the tables with the code
        ProductMask billedIn = 0; // ambiguous: the candidates that bill the code
        qint64 count = 0;
        std::optional<bool> billable; // null: uncertain (ambiguous) or none (unknown)
        QString description; // known, ambiguous: the catalog's; unknown, not counted: why, in a sentence
        NotCountedReason reason = NotCountedReason::NoContext; // not counted
        QString action {}; // not counted for another service: its action
        QString catalogDescription {}; // unknown, not counted: what the tables that have the code say
    };

    explicit ResultsModel(QObject *parent = nullptr);

    // Takes the rows of `report`; descriptions come from `catalog`.
    void setReport(const Report &report, const Catalog &catalog);
    void clear();
    // Remakes the unknown and not-counted rows' "why" sentences in today's language (called by
    // announceRetranslation; the data changed is announced there).
    Q_INVOKABLE void retranslate();

    const Row &row(int row) const { return m_rows.at(row); }
    // Events in the rows of `status` (all rows: nullopt).
    qint64 eventCount(std::optional<EventStatus> status = std::nullopt) const;
    int rowCount(EventStatus status) const;
    // Unknown rows whose code no table has (R7: the others are another product's codes).
    int unknownToCatalogCount() const;
    qint64 unknownToCatalogEvents() const;

    // Why events are not counted, in a sentence a person reads in the window.
    static QString notCountedText(NotCountedReason reason, const QString &action);
    // "Not an API code; in H5, App SDK, Identity Verification", or "Not in the 2023-07-03 catalog".
    static QString unknownText(
        const std::optional<Product> &product, ProductMask inCatalogAs, const QString &catalogUpdated);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "● Yes", "No", "Billing uncertain", "—" for the Billable column.
    static QString billingText(const Row &row);
    // The product(s) as a person reads them: one name, the candidates, or "—".
    static QString productText(const Row &row);
    // "Known", "Ambiguous", "Unknown: not in the 2023-07-03 catalog", "Not counted: no eKYC context".
    QString statusText(const Row &row) const;

private:
    // The Description column: the catalog's words (for unknown and not-counted codes, those of
    // the tables that have the code; the Status column says why they are not counted).
    static QString shownDescription(const Row &row);
    QVariant sortValue(const Row &row, int column) const;

    QString m_catalogUpdated;
    QList<Row> m_rows;
};

} // namespace ekyc
