// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/search.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <Qt>

#include <initializer_list>

namespace ekyc {

// What the catalog models answer besides Qt's roles. Views and delegates ask for meaning
// (is this row billed? where does the query match?) and decide the look themselves.
enum Role {
    ProductRole = Qt::UserRole + 1, // int: ekyc::Product of the row
    CodeRole, // QString: the code, whatever the column
    DescriptionRole, // QString: the description, whatever the column
    BillableRole, // bool: whether the row is billed
    MatchRangesRole, // QList<ekyc::TextRange>: where the search query occurs in the cell's text
    RankRole, // int: ekyc::MatchRank of the row for the current query (NoMatch without a query)
    CatalogRowRole, // qsizetype: the row's index in the Catalog
    // Classification results (ResultsModel, InputsModel, MatchedLinesModel). ProductRole is -1
    // where no product was resolved (ambiguous codes, unknown codes without a product).
    StatusRole, // int: ekyc::EventStatus of a result row (known, ambiguous, unknown, not counted)
    CountRole, // qint64: events of a result row, or of an input
    BillingRole, // int: ekyc::Billing of a result row (billable, not billable, uncertain, none)
    CandidatesRole, // QStringList: product ids (app_sdk, h5, idv_sdk): an ambiguous code's candidates;
                    // for unknown and not-counted codes, the tables that have the code
    SortRole, // what a column sorts by: numbers as numbers, products in catalog order
    InputIndexRole, // int: the input (dropped file, pasted text) a row belongs to
    InputLabelRole, // QString: the input's name in reports ("a.log", "b.zip!member", "pasted text")
    ProductSourceRole, // int: ekyc::ProductSource of an input's product
    ErrorRole, // QString: why an input could not be read completely; empty when it was
    LineNumberRole, // qint64: a matched line's number in its input, from 1
    ReasonRole, // QString: why a not-counted row is not counted (no_context, other_service); empty otherwise
    ActionRole, // QString: a not-counted row's other-service action (other_service); empty otherwise
    ProductTitlesRole, // QStringList: a catalog row's product's table titles, Chinese and English (search)
    LineTextRole, // QString: a matched line's text in clear (what is shown may be masked)
};

// Whether the events of a result row are billed: BillingRole's values.
enum class Billing { NotBillable = 0, Billable, Uncertain, None };

// The columns of the catalog table, in display order.
enum Column { ProductColumn = 0, CodeColumn, DescriptionColumn, BillableColumn, ChangeColumn, ColumnCount };

// What CatalogModel says of a row against the built-in catalog, when another catalog is in use.
enum CatalogChangeRole {
    ChangeRole = Qt::UserRole + 100, // int: ekyc::ChangeFlag bits of the row (NoChange: as built in)
    OldBillableRole, // bool: the built-in catalog's billing of the row where it differs; invalid otherwise
};
enum ChangeFlag { NoChange = 0, NewRow = 1, BillingChange = 2, DescriptionChange = 4 };

// A model's roleNames(): `names` (Qt's own) with the names of `roles`, one name per role for
// every model (QML delegates and tests ask by name).
QHash<int, QByteArray> withRoleNames(QHash<int, QByteArray> names, std::initializer_list<int> roles);

} // namespace ekyc

Q_DECLARE_METATYPE(ekyc::TextRange)
