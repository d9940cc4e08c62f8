// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogswitcher.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>

namespace ekyc {

CatalogSwitcher::CatalogSwitcher(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_label(new QLabel(window))
{
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
    updateLabel();
    emit catalogChanged(catalog);
}

void CatalogSwitcher::updateLabel()
{
    m_label->setText(CatalogSource::summary(m_catalog, m_source.path()));
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
    // Window-modal and not blocking: the window (and a test) keeps running behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Catalog not loaded"),
        tr("The catalog file could not be loaded, so the catalog in use stays."), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("catalogErrorDialog"));
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
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
