// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"

#include <QDialog>

class QLabel;

namespace ekyc {

// Help ▸ About: the program, its version, and the catalog in use — its date, its row count
// and where it came from (built in, or the file loaded) — the facts a support engineer
// quotes when two desks disagree about a code.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // `catalogPath` is empty for the built-in catalog.
    AboutDialog(const Catalog &catalog, const QString &catalogPath, QWidget *parent = nullptr);

    // The dialog's text (rich text).
    static QString text(const Catalog &catalog, const QString &catalogPath);

    QLabel *label() const { return m_label; }

private:
    QLabel *m_label = nullptr;
};

} // namespace ekyc
