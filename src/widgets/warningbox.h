// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace ekyc {

// Opens a warning with an OK button, window-modal and not blocking: the window (and a test)
// keeps running behind it, and the box deletes itself when closed. `details` goes to its
// informative text; `objectName` lets a test find it.
QMessageBox *openWarning(QWidget *parent, const QString &title, const QString &text, const QString &details = {},
                         const QString &objectName = {});

} // namespace ekyc
