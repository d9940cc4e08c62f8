// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogwriter.h"

#include "jsonwriter.h"

#include <QStringBuilder>

namespace ekyc {

namespace {

// The layout of Python's json.dumps(indent=1, ensure_ascii=False), which made the first
// built-in file: "[]" for an empty array, otherwise one item per line.
class Indented
{
public:
    QString text;

    void open(QChar bracket)
    {
        text += bracket;
        ++m_depth;
        m_first = true;
    }
    void close(QChar bracket)
    {
        --m_depth;
        if (!m_first)
            newline();
        text += bracket;
        m_first = false;
    }
    // Starts the next item of the innermost array or object.
    void item()
    {
        if (!m_first)
            text += QLatin1Char(',');
        newline();
        m_first = false;
    }
    void key(QStringView name)
    {
        item();
        text += jsonString(name) % QLatin1String(": ");
    }
    void stringArray(const QStringList &values)
    {
        open(QLatin1Char('['));
        for (const QString &value : values) {
            item();
            text += jsonString(value);
        }
        close(QLatin1Char(']'));
    }

private:
    void newline()
    {
        text += QLatin1Char('\n');
        text += QString(m_depth, QLatin1Char(' '));
    }
    int m_depth = 0;
    bool m_first = true;
};

} // namespace

QByteArray CatalogWriter::toJson(const Catalog &catalog)
{
    Indented out;
    out.open(QLatin1Char('{'));
    out.key(u"schema_version");
    out.text += QString::number(catalog.schemaVersion());
    out.key(u"source");
    out.text += jsonString(catalog.source());
    out.key(u"source_description");
    out.text += jsonString(catalog.sourceDescription());
    out.key(u"updated");
    out.text += jsonString(catalog.updated());
    out.key(u"products");
    out.open(QLatin1Char('['));
    for (Product product : AllProducts) {
        const ProductInfo &info = catalog.product(product);
        out.item();
        out.open(QLatin1Char('{'));
        out.key(u"id");
        out.text += jsonString(productId(product));
        out.key(u"title_zh");
        out.text += jsonString(info.titleZh);
        out.key(u"title_en");
        out.text += jsonString(info.titleEn);
        out.key(u"actions");
        out.stringArray(info.actions);
        out.close(QLatin1Char('}'));
    }
    out.close(QLatin1Char(']'));
    out.key(u"categories");
    out.stringArray(catalog.categories());
    out.key(u"other_actions");
    out.stringArray(catalog.otherActions());
    out.key(u"codes");
    out.open(QLatin1Char('['));
    for (const CodeEntry &entry : catalog.entries()) {
        out.item();
        out.open(QLatin1Char('{'));
        out.key(u"product");
        out.text += jsonString(productId(entry.product));
        out.key(u"code");
        out.text += jsonString(entry.code);
        out.key(u"description");
        out.text += jsonString(entry.description);
        out.key(u"billable");
        out.text += jsonBool(entry.billable);
        out.close(QLatin1Char('}'));
    }
    out.close(QLatin1Char(']'));
    out.close(QLatin1Char('}'));
    out.text += QLatin1Char('\n');
    return out.text.toUtf8();
}

} // namespace ekyc
