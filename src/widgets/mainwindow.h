#pragma once

#include "core/catalog.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace ekyc {

namespace Ui {
class MainWindow;
}

class CatalogFilterProxy;
class CatalogModel;

// The reference browser: product and billing filters and a search over one table of the
// catalog, a detail pane with the selected code in every product, and copy as TSV.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the catalog shown (the built-in one at start).
    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const;
    // Loads a catalog JSON file. On failure a dialog names the file and the problem and the
    // catalog in use stays; returns whether the file was loaded.
    bool loadCatalogFile(const QString &path);

    // The status bar line: "N of TOTAL rows shown, M billable".
    QString statusText() const;
    // The selected rows as copied to the clipboard (TSV with a header row), in view order.
    QString selectedRowsText() const;

public slots:
    void copySelectedRows();
    void focusSearch();
    void focusTable();

private:
    void setUpFilters();
    void setUpTable();
    void setUpActions();
    void scheduleStatusUpdate();
    void updateStatus();
    void updateDetail();
    QList<qsizetype> selectedCatalogRows() const;
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CatalogModel *m_model = nullptr;
    CatalogFilterProxy *m_proxy = nullptr;
    QLabel *m_statusLabel = nullptr;
    bool m_statusUpdatePending = false;
};

} // namespace ekyc
