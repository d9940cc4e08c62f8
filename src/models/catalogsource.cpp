// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/catalogsource.h"

#include "models/appsettings.h"

#include "core/catalogloader.h"

#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace ekyc {

std::optional<Catalog> CatalogSource::load(const QString &path, QString *error)
{
    std::optional<Catalog> catalog = CatalogLoader::fromFile(path, error);
    if (catalog) {
        m_path = QFileInfo(path).absoluteFilePath();
        m_imported = false;
    }
    return catalog;
}

void CatalogSource::useImported()
{
    m_path.clear();
    m_imported = true;
}

QString CatalogSource::rememberedImportPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/catalog/ekyc-error-codes.json");
}

Catalog CatalogSource::useBuiltIn()
{
    m_path.clear();
    m_imported = false;
    return CatalogLoader::builtIn();
}

Catalog CatalogSource::restore(QString *error)
{
    const QString remembered = AppSettings().catalogPath();
    if (!remembered.isEmpty()) {
        if (std::optional<Catalog> catalog = load(remembered, error))
            return std::move(*catalog);
    }
    return useBuiltIn();
}

void CatalogSource::remember() const
{
    // An imported catalog that was not saved cannot be loaded again: what was remembered stays.
    if (m_imported)
        return;
    AppSettings().setCatalogPath(m_path);
}

QString CatalogSource::summary(const Catalog &catalog, const QString &path)
{
    const QString rows = QLocale().toString(catalog.size());
    return path.isEmpty() ? tr("Catalog %1, %2 rows (built-in)").arg(catalog.updated(), rows)
                          : tr("Catalog %1, %2 rows (%3)").arg(catalog.updated(), rows, QFileInfo(path).fileName());
}

} // namespace ekyc
