// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/catalog/catalogswitcher.h"

#include "widgets/catalog/pageimportdialog.h"
#include "widgets/warningbox.h"

#include "core/atomicfile.h"
#include "core/catalogdiff.h"
#include "core/catalogloader.h"
#include "core/catalogwriter.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>

namespace ekyc {

CatalogSwitcher::CatalogSwitcher(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_label(new QLabel(window))
    , m_importAction(new QAction(window))
    , m_builtIn(CatalogLoader::builtIn())
{
    m_importAction->setObjectName(QStringLiteral("importPageAction"));
    connect(m_importAction, &QAction::triggered, this, &CatalogSwitcher::importPage);
    m_label->setObjectName(QStringLiteral("catalogLabel"));
    // It gives way (clipped) rather than widen the window, e.g. beside a run's progress bar.
    m_label->setMinimumWidth(1);
}

bool CatalogSwitcher::event(QEvent *event)
{
    // The window passes QEvent::LanguageChange on to its children, this one too.
    if (event->type() == QEvent::LanguageChange)
        updateLabel();
    return QObject::event(event);
}

void CatalogSwitcher::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_changesSinceBuiltIn = CatalogDiff(m_builtIn, catalog).changes().size();
    updateLabel();
    emit catalogChanged(catalog);
}

void CatalogSwitcher::updateLabel()
{
    m_importAction->setText(tr("Update Catalog from &Page…"));
    m_importAction->setStatusTip(
        tr("Make a catalog from the text of the published error-code page and see what it changes"));
    QString text = m_source.isImported()
        ? tr("Catalog %1, %2 rows (imported page, not saved)").arg(m_catalog.updated()).arg(m_catalog.size())
        : CatalogSource::summary(m_catalog, m_source.path());
    if (m_changesSinceBuiltIn > 0)
        text += m_changesSinceBuiltIn == 1
            ? tr(", 1 change since the built-in %1").arg(m_builtIn.updated())
            : tr(", %1 changes since the built-in %2").arg(m_changesSinceBuiltIn).arg(m_builtIn.updated());
    m_label->setText(text);
    m_label->setToolTip(m_source.isBuiltIn()
            ? m_label->text()
            : m_label->text() + QLatin1Char('\n') + QDir::toNativeSeparators(m_source.path()));
}

void CatalogSwitcher::restore()
{
    QString error;
    setCatalog(m_source.restore(&error));
    if (!error.isEmpty())
        emit message(tr("The remembered catalog was not loaded, so the built-in one is in use: %1").arg(error));
}

bool CatalogSwitcher::loadFile(const QString &path, bool remember)
{
    QString error;
    std::optional<Catalog> catalog = m_source.load(path, &error);
    if (catalog) {
        setCatalog(*catalog);
        if (remember)
            m_source.remember();
        return true;
    }
    openWarning(m_window, tr("Catalog not loaded"),
        tr("The catalog file could not be loaded, so the catalog in use stays."), error,
        QStringLiteral("catalogErrorDialog"));
    return false;
}

bool CatalogSwitcher::useImported(const Catalog &catalog, bool remember)
{
    if (!remember) {
        m_source.useImported();
        setCatalog(catalog);
        emit message(tr("The catalog made from the page is in use until the program ends."));
        return true;
    }
    const QString path = CatalogSource::rememberedImportPath();
    QDir().mkpath(QFileInfo(path).path());
    const QString error = writeFileAtomically(path, CatalogWriter::toJson(catalog));
    if (!error.isEmpty()) {
        openWarning(m_window, tr("Catalog not saved"),
            tr("The catalog could not be saved in the program's data folder, so the catalog in use stays."),
            tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (!loadFile(path, true))
        return false;
    emit message(tr("The catalog made from the page is in use, and will be at every start."));
    return true;
}

void CatalogSwitcher::importPage()
{
    auto *dialog = new PageImportDialog(m_catalog, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PageImportDialog::useRequested, this, &CatalogSwitcher::useImported);
    dialog->open();
}

void CatalogSwitcher::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Load Catalog"), QFileInfo(m_source.path()).path(), tr("Catalog JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path, true);
}

void CatalogSwitcher::useBuiltIn()
{
    setCatalog(m_source.useBuiltIn());
    m_source.remember();
    emit message(tr("The built-in catalog is in use."));
}

} // namespace ekyc
