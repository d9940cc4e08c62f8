// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace ekyc {

namespace Ui {
class CatalogPage;
}

class CatalogFilterProxy;
class CatalogModel;
class ChangeFilterBox;
class WindowPreferences;

// The reference browser: product and billing filters and a search over one table of the
// catalog, a detail pane with the current code in every product, and copy as TSV. The
// detail pane always describes the current row: the first match while typing, nothing when
// no row is left (then a note says that nothing matches).
class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(QWidget *parent = nullptr);
    ~CatalogPage() override;

    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const;
    // The splitter, the header and the filters are remembered between runs.
    void keepState(WindowPreferences *preferences);

    // The status bar line: "N of TOTAL rows shown, M billable".
    QString statusText() const;
    // The selected rows as copied to the clipboard (TSV with a header row), in view order.
    QString selectedRowsText() const;
    // The note shown when nothing matches the search; empty otherwise.
    QString emptyNote() const;
    // Searches for `code` and makes the row of `product` (-1: the first) current; false
    // when the catalog does not have it.
    bool showCode(const QString &code, int product);
    // The Changes filter and column: shown while the catalog differs from the built-in one.
    // Also after the header's remembered state is restored, which may show the column.
    void showChanges();

public slots:
    void copySelectedRows();
    void focusSearch();
    void focusTable();

signals:
    void statusChanged(const QString &text);
    void message(const QString &text, int timeout);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFilters();
    void setUpTable();
    void retranslate();
    void scheduleStatusUpdate();
    void updateStatus();
    void updateDetail();
    // While typing: the first match becomes current, so the pane shows what the search found.
    void followQuery();
    QList<qsizetype> selectedCatalogRows() const;

    std::unique_ptr<Ui::CatalogPage> m_ui;
    CatalogModel *m_model = nullptr;
    CatalogFilterProxy *m_proxy = nullptr;
    ChangeFilterBox *m_changes = nullptr;
    QLabel *m_emptyNote = nullptr;
    bool m_statusUpdatePending = false;
};

} // namespace ekyc
