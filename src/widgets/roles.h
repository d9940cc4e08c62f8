#pragma once

#include "core/search.h"

#include <QList>
#include <QMetaType>
#include <Qt>

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
};

// The columns of the catalog table, in display order.
enum Column { ProductColumn = 0, CodeColumn, DescriptionColumn, BillableColumn, ColumnCount };

} // namespace ekyc

Q_DECLARE_METATYPE(ekyc::TextRange)
