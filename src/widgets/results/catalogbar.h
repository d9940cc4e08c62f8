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
// Classify Again at hand; or while a report on show was written with another catalog. In the palette's tooltip colours, so it stands out in any theme.
class CatalogBar : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogBar(QWidget *parent = nullptr);

    // Shows the bar when `made` (the results' catalog) differs from `inUse`; hides it otherwise
    // and when there are no results.
    void compare(const Catalog &made, const Catalog &inUse, bool results);
    // For a report on show (File ▸ Open Report…): shows the bar when the report's catalog, known
    // by its date and number of codes, is not the one in use, whose descriptions the page shows.
    // No Classify Again: a report holds no inputs to classify.
    void compareReport(const QString &madeUpdated, qsizetype madeCodes, const Catalog &inUse);
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
    bool m_report = false;
    qsizetype m_madeCodes = 0;
    qsizetype m_inUseCodes = 0;
};

} // namespace ekyc
