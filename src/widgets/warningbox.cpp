// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/warningbox.h"

#include <QMessageBox>

namespace ekyc {

QMessageBox *openWarning(QWidget *parent, const QString &title, const QString &text, const QString &details,
                         const QString &objectName)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!objectName.isEmpty())
        box->setObjectName(objectName);
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace ekyc
