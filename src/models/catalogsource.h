// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"

#include <QCoreApplication>

#include <optional>

namespace ekyc {

// Where the catalog in use came from: built into the program, or a newer catalog JSON that
// File ▸ Load Catalog… (or --catalog FILE) loaded. A file chosen in the menu is remembered
// (AppSettings) and loaded again at the next start; File ▸ Use Built-in Catalog forgets it.
class CatalogSource
{
    Q_DECLARE_TR_FUNCTIONS(ekyc::CatalogSource)

public:
    // Empty while the built-in catalog (or an imported page not saved) is in use.
    QString path() const { return m_path; }
    bool isBuiltIn() const { return m_path.isEmpty() && !m_imported; }
    // A catalog imported from the page and used without saving it (until the program ends).
    bool isImported() const { return m_imported; }
    void useImported();

    // Validates and loads `path`; on success it becomes the source. On failure `error` names
    // the file and the problem, and the source stays as it was.
    std::optional<Catalog> load(const QString &path, QString *error);
    // The built-in catalog becomes the source.
    Catalog useBuiltIn();
    // The catalog of the last start: the remembered file, else the built-in one. A remembered
    // file that no longer loads gives the built-in catalog and says why in `error` (it stays
    // remembered: a network drive may only be away for now).
    Catalog restore(QString *error);
    // Remembers the current source for the next start (the built-in one: forgets the file).
    void remember() const;

    // The status bar's line for a catalog: "Catalog 2023-07-03, 134 rows (built-in)".
    static QString summary(const Catalog &catalog, const QString &path);

    // Where File ▸ Update Catalog from Page… ▸ Use and Remember keeps the catalog: the
    // program's data folder.
    static QString rememberedImportPath();

private:
    QString m_path;
    bool m_imported = false;
};

} // namespace ekyc
