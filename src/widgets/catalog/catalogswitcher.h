// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/catalogsource.h"

#include <QObject>

class QAction;
class QLabel;
class QWidget;

namespace ekyc {

// File ▸ Load Catalog… and File ▸ Use Built-in Catalog for a window: loads a newer catalog
// JSON, or refuses a broken one with a dialog naming the problem (the catalog in use stays),
// and hands the window each catalog to show through catalogChanged().
class CatalogSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit CatalogSwitcher(QWidget *window);

    const CatalogSource &source() const { return m_source; }
    // For the status bar: the catalog's date, its row count and where it came from, kept up to
    // date (also through a language change).
    QLabel *label() const { return m_label; }
    // File ▸ Update Catalog from Page…
    QAction *importPageAction() const { return m_importAction; }
    // Changes of the catalog in use against the built-in one (removed rows included).
    qsizetype changesSinceBuiltIn() const { return m_changesSinceBuiltIn; }

    // The catalog of the last start (the remembered file, else the built-in one); a remembered
    // file that no longer loads is reported through message().
    void restore();
    // Loads `path`; `remember`: again at the next start. On failure a window-modal warning
    // names the file and the problem; returns whether it was loaded.
    bool loadFile(const QString &path, bool remember);
    // A catalog imported from the page: in use until the program ends, or (`remember`) saved in
    // the program's data folder and loaded at every start. Returns false (with a dialog) when
    // it cannot be saved.
    bool useImported(const Catalog &catalog, bool remember);

public slots:
    void chooseFile();
    // Opens the Update Catalog from Page dialog (window-modal).
    void importPage();
    void useBuiltIn();

protected:
    bool event(QEvent *event) override;

signals:
    void catalogChanged(const ekyc::Catalog &catalog);
    void message(const QString &text);

private:
    void setCatalog(const Catalog &catalog);
    void updateLabel();

    QWidget *m_window = nullptr;
    QLabel *m_label = nullptr;
    QAction *m_importAction = nullptr;
    CatalogSource m_source;
    Catalog m_builtIn;
    qsizetype m_changesSinceBuiltIn = 0;
    Catalog m_catalog; // implicitly shared with the window's
};

} // namespace ekyc
