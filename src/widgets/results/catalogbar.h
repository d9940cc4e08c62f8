// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ekyc {

// A note over the Results page while the results on show were made with another catalog than
// the one in use (File ▸ Update Catalog from Page… → Use), naming both catalogs' dates, with
// Classify Again at hand. In the palette's tooltip colours, so it stands out in any theme.
class CatalogBar : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogBar(QWidget *parent = nullptr);

    // Shows the bar when `made` (the results' catalog) differs from `inUse`; hides it otherwise
    // and when there are no results.
    void compare(const Catalog &made, const Catalog &inUse, bool results);
    QLabel *note() const { return m_note; }
    QPushButton *button() const { return m_button; }

signals:
    void classifyAgainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void updatePalette();

    QLabel *m_note = nullptr;
    QPushButton *m_button = nullptr;
    QString m_made;
    QString m_inUse;
};

} // namespace ekyc
