// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ekyc {

// Reads and validates catalog JSON. Every error names the file and the problem, so a
// person can fix a hand-edited catalog; a script never runs on a half-loaded one.
class CatalogLoader
{
public:
    static constexpr qsizetype MaxRows = 100000;
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    // The catalog compiled into the binaries (the 2023-07-03 page).
    static Catalog builtIn();
    static QByteArray builtInJson();

    static std::optional<Catalog> fromFile(const QString &path, QString *error);
    // `sourceName` is only used in error messages.
    static std::optional<Catalog> fromJson(const QByteArray &json, const QString &sourceName, QString *error);
};

} // namespace ekyc
