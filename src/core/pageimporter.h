// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace ekyc {

// Makes a catalog from the error-code page as a browser copies it (resources/seed/ holds the
// 2023-07-03 page): the page header with its "last updated" line, then per table its heading,
// the column headings 错误码 / 描述 / 是否计费 and three lines per row: code, description, Y or N.
// Blank lines mean nothing (browsers put them between cells or not), CRLF or LF.
//
// The page gives the codes, descriptions, billing flags and the date; everything the page does
// not print — product titles, API actions, other services' actions, categories, the source
// strings — is taken from a base catalog (normally the built-in one). A table is found by its
// heading: the base's title of a product (title_zh, or title_en for an English page), or a
// heading mapped with mapHeading(). The result is validated as any catalog file would be.
class PageImporter
{
public:
    explicit PageImporter(Catalog base);

    // Takes a heading the base catalog does not know (a renamed table) as `product`'s table.
    void mapHeading(const QString &heading, Product product);
    // Uses `date` (YYYY-MM-DD) instead of the page's "last updated" date.
    void setUpdated(const QString &date) { m_updated = date; }

    // The catalog, or nullopt with errorMessage() and errorLine() set.
    std::optional<Catalog> import(const QByteArray &page);

    QString errorMessage() const { return m_error; }
    // The 1-based line the error is about, 0 when it concerns the page as a whole.
    int errorLine() const { return m_errorLine; }
    // The heading of a table no product was found for, when that is the error; else empty.
    QString unknownHeading() const { return m_unknownHeading; }
    // "line N: message", or just the message.
    QString error() const;

    static bool isDate(const QString &text);

private:
    struct Line
    {
        QString text;
        int number = 0;
    };
    std::optional<Catalog> fail(int line, const QString &message);
    std::optional<Product> productOfHeading(const QString &heading) const;
    bool isColumnHeader(qsizetype at) const;
    bool isTableStart(qsizetype at) const;
    bool isRowStart(qsizetype at) const;
    std::optional<QString> pageDate(int *line) const;

    Catalog m_base;
    QHash<QString, Product> m_mapped;
    QString m_updated;
    QList<Line> m_lines; // the page's lines with text, trimmed
    QString m_error;
    int m_errorLine = 0;
    QString m_unknownHeading;
};

} // namespace ekyc
