// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/translatedmodels.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QMetaObject>

namespace ekyc {

void announceRetranslation(QObject *root)
{
    for (QAbstractItemModel *model : root->findChildren<QAbstractItemModel *>()) {
        if (qobject_cast<QAbstractProxyModel *>(model))
            continue;
        if (model->metaObject()->indexOfMethod("retranslate()") >= 0)
            QMetaObject::invokeMethod(model, "retranslate");
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        if (columns > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rows > 0) {
            emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
            if (columns > 0)
                emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
        }
    }
}

} // namespace ekyc
