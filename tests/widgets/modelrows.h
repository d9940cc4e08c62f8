// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/product.h"
#include "models/roles.h"

#include <QAbstractItemModel>
#include <QStringList>

// The rows a model shows, top to bottom, as "product:code" (e.g. "idv_sdk:2015").
inline QStringList modelRows(const QAbstractItemModel *model, int limit = -1)
{
    QStringList rows;
    const int count = limit < 0 ? model->rowCount() : qMin(limit, model->rowCount());
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = model->index(row, 0);
        rows << ekyc::productId(static_cast<ekyc::Product>(index.data(ekyc::ProductRole).toInt())) + QLatin1Char(':')
                + index.data(ekyc::CodeRole).toString();
    }
    return rows;
}
