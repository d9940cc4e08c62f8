// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ekyc {

class CatalogDiffModel;

// File ▸ Update Catalog from Page…: the text of the published error-code page, pasted or read
// from a file, made into a catalog (PageImporter, with the catalog in use lending titles and
// actions) and previewed as its differences from the catalog in use, removed codes included.
// Use and Use and Remember hand the catalog to the window (useRequested); Save As… writes its
// JSON. A page that does not import says why and on which line, and nothing can be used.
class PageImportDialog : public QDialog
{
    Q_OBJECT

public:
    PageImportDialog(const Catalog &inUse, QWidget *parent = nullptr);

    // As if pasted: imported and previewed at once.
    void setPageText(const QString &text);
    // Reads a page file into the text box; false (with the reason shown) when it cannot be read.
    bool openPage(const QString &path);
    // Takes the table headed `heading` as `product`'s (a renamed table) and imports again.
    void mapHeading(const QString &heading, Product product);
    // The heading the page cannot be imported without a product for; empty otherwise.
    QString unknownHeading() const { return m_unknownHeading; }
    // The imported catalog, while the text imports.
    const std::optional<Catalog> &catalog() const { return m_catalog; }
    QString statusText() const;
    CatalogDiffModel *diffModel() const { return m_diffModel; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *rememberButton() const { return m_remember; }
    QPushButton *saveButton() const { return m_save; }
    // Writes the catalog's JSON to `path` atomically; returns an empty string or the error.
    QString saveTo(const QString &path) const;

signals:
    void useRequested(const ekyc::Catalog &catalog, bool remember);

private:
    void import();
    void chooseFile();
    void saveAs();

    Catalog m_inUse;
    std::optional<Catalog> m_catalog;
    QHash<QString, Product> m_mapped;
    QString m_unknownHeading;
    QWidget *m_mapRow = nullptr; // "The table "…" is the table of [product] [Apply]"
    QLabel *m_mapLabel = nullptr;
    QComboBox *m_mapCombo = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_preview = nullptr;
    CatalogDiffModel *m_diffModel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_remember = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ekyc
