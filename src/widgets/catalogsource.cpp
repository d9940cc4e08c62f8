// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogsource.h"

#include "appsettings.h"

#include "core/catalogloader.h"

#include <QFileInfo>
#include <QLocale>

namespace ekyc {

std::optional<Catalog> CatalogSource::load(const QString &path, QString *error)
{
    std::optional<Catalog> catalog = CatalogLoader::fromFile(path, error);
    if (catalog)
        m_path = QFileInfo(path).absoluteFilePath();
    return catalog;
}

Catalog CatalogSource::useBuiltIn()
{
    m_path.clear();
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
    AppSettings().setCatalogPath(m_path);
}

QString CatalogSource::summary(const Catalog &catalog, const QString &path)
{
    const QString rows = QLocale().toString(catalog.size());
    return path.isEmpty() ? tr("Catalog %1, %2 rows (built-in)").arg(catalog.updated(), rows)
                          : tr("Catalog %1, %2 rows (%3)").arg(catalog.updated(), rows, QFileInfo(path).fileName());
}

} // namespace ekyc
