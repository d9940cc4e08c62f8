// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pageimporter.h"

#include "catalogloader.h"
#include "catalogwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace ekyc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ekyc::PageImporter", text);
}

// The column headings of a table, on the Chinese page and on the English one.
bool isColumnTriple(const QString &code, const QString &description, const QString &billing)
{
    if (code == u"错误码" && description == u"描述" && billing == u"是否计费")
        return true;
    return code.compare(u"Error Code", Qt::CaseInsensitive) == 0
        && description.compare(u"Description", Qt::CaseInsensitive) == 0
        && (billing.startsWith(u"Bill", Qt::CaseInsensitive) || billing.startsWith(u"Charge", Qt::CaseInsensitive));
}

// Codes are "0", "-999", "1001", "InvalidParameter", "FailedOperation.CompareFail": one word of
// ASCII letters, digits, dots, underscores. Prose, headings and "联系我们" are not.
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^-?[A-Za-z0-9][A-Za-z0-9_.\\-]*$"));
    return code.match(text).hasMatch();
}

bool isFlag(const QString &text)
{
    return text == u"Y" || text == u"N";
}

} // namespace

PageImporter::PageImporter(Catalog base)
    : m_base(std::move(base))
{
}

void PageImporter::mapHeading(const QString &heading, Product product)
{
    m_mapped.insert(heading.trimmed(), product);
}

QString PageImporter::error() const
{
    if (m_errorLine <= 0)
        return m_error;
    return tr("line %1: %2").arg(m_errorLine).arg(m_error);
}

bool PageImporter::isDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

std::optional<Catalog> PageImporter::fail(int line, const QString &message)
{
    m_errorLine = line;
    m_error = message;
    return std::nullopt;
}

std::optional<Product> PageImporter::productOfHeading(const QString &heading) const
{
    const auto mapped = m_mapped.constFind(heading);
    if (mapped != m_mapped.cend())
        return *mapped;
    for (Product product : AllProducts) {
        const ProductInfo &info = m_base.product(product);
        if (info.titleZh == heading || info.titleEn.compare(heading, Qt::CaseInsensitive) == 0)
            return product;
    }
    return std::nullopt;
}

bool PageImporter::isColumnHeader(qsizetype at) const
{
    return at >= 0 && at + 2 < m_lines.size()
        && isColumnTriple(m_lines.at(at).text, m_lines.at(at + 1).text, m_lines.at(at + 2).text);
}

bool PageImporter::isTableStart(qsizetype at) const
{
    return isColumnHeader(at) || isColumnHeader(at + 1);
}

// A row starts with a code; a table ends at the next table, at the prose between tables
// (a sentence ending in a colon) or at the page's footer.
bool PageImporter::isRowStart(qsizetype at) const
{
    return at < m_lines.size() && !isTableStart(at) && looksLikeCode(m_lines.at(at).text);
}

std::optional<QString> PageImporter::pageDate(int *line) const
{
    static const QRegularExpression updatedLine(
        QStringLiteral("(最后更新时间|last updated)\\s*[:：]?\\s*(\\d{4}-\\d{2}-\\d{2})"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Line &l : m_lines) {
        const QRegularExpressionMatch match = updatedLine.match(l.text);
        if (match.hasMatch()) {
            *line = l.number;
            return match.captured(2);
        }
    }
    return std::nullopt;
}

std::optional<Catalog> PageImporter::import(const QByteArray &page)
{
    m_error.clear();
    m_errorLine = 0;
    m_unknownHeading.clear();
    m_lines.clear();
    QString text = QString::fromUtf8(page);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList physical = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < physical.size(); ++i) {
        const QString trimmed = physical.at(i).trimmed(); // also drops the CR of a CRLF
        if (!trimmed.isEmpty())
            m_lines.append(Line { trimmed, int(i + 1) });
    }

    QString updated = m_updated;
    if (!updated.isEmpty()) {
        if (!isDate(updated))
            return fail(0, tr("the date \"%1\" is not a date of the form YYYY-MM-DD").arg(updated));
    } else {
        int dateLine = 0;
        const std::optional<QString> date = pageDate(&dateLine);
        if (!date)
            return fail(
                0, tr("the page has no \"last updated\" line (最后更新时间); give the date with --updated YYYY-MM-DD"));
        if (!isDate(*date))
            return fail(dateLine, tr("the \"last updated\" date \"%1\" is not a date").arg(*date));
        updated = *date;
    }

    std::array<QList<CodeEntry>, ProductCount> tables;
    std::array<int, ProductCount> tableLine {};
    bool anyTable = false;
    qsizetype i = 0;
    while (i < m_lines.size()) {
        if (!isColumnHeader(i + 1)) {
            ++i;
            continue;
        }
        anyTable = true;
        const Line heading = m_lines.at(i);
        const std::optional<Product> product = productOfHeading(heading.text);
        if (!product) {
            m_unknownHeading = heading.text;
            return fail(heading.number,
                tr("the table heading \"%1\" is none of the catalog's; say which product it is with "
                   "--map '%1=PRODUCT' (PRODUCT: %2)")
                    .arg(heading.text, productIdList()));
        }
        const int p = productIndex(*product);
        if (tableLine[size_t(p)] != 0) {
            return fail(heading.number,
                tr("a second table of product %1 (the first is at line %2)")
                    .arg(productId(*product))
                    .arg(tableLine[size_t(p)]));
        }
        tableLine[size_t(p)] = heading.number;
        QHash<QString, int> seen; // code -> its line, within this table
        i += 4;
        while (isRowStart(i)) {
            const Line code = m_lines.at(i);
            if (i + 2 >= m_lines.size() || isTableStart(i + 1) || isTableStart(i + 2))
                return fail(code.number, tr("the row of code \"%1\" has no Y/N billing flag").arg(code.text));
            const Line description = m_lines.at(i + 1);
            const Line flag = m_lines.at(i + 2);
            if (!isFlag(flag.text)) {
                // The next row's code in the flag's place (its own flag two lines on): this row
                // lost its flag. A line followed by the next row or the table's end stands
                // where the flag should: a flag written otherwise ("Yes", "否").
                const bool shifted
                    = looksLikeCode(flag.text) && i + 4 < m_lines.size() && isFlag(m_lines.at(i + 4).text);
                const bool inFlagPlace = i + 3 >= m_lines.size() || isRowStart(i + 3) || isTableStart(i + 3);
                if (shifted || !inFlagPlace || isFlag(description.text))
                    return fail(code.number, tr("the row of code \"%1\" has no Y/N billing flag").arg(code.text));
                return fail(
                    flag.number, tr("the billing flag \"%1\" of code \"%2\" is not Y or N").arg(flag.text, code.text));
            }
            if (const int first = seen.value(code.text); first != 0) {
                return fail(code.number,
                    tr("the code \"%1\" appears twice in the table \"%2\" (first at line %3)")
                        .arg(code.text, heading.text)
                        .arg(first));
            }
            seen.insert(code.text, code.number);
            tables[size_t(p)].append(CodeEntry { *product, code.text, description.text, flag.text == u"Y" });
            i += 3;
        }
        if (tables[size_t(p)].isEmpty())
            return fail(heading.number, tr("the table \"%1\" has no rows").arg(heading.text));
        // A row whose code is not a code would end the table early and lose the rows after it.
        if (i + 2 < m_lines.size() && !isTableStart(i) && isFlag(m_lines.at(i + 2).text)) {
            return fail(m_lines.at(i).number,
                tr("\"%1\" stands where a code should be in the table \"%2\"").arg(m_lines.at(i).text, heading.text));
        }
    }
    if (!anyTable)
        return fail(0, tr("the page has no error-code tables (no column headings 错误码 / 描述 / 是否计费)"));
    for (Product product : AllProducts) {
        if (tableLine[size_t(productIndex(product))] == 0) {
            return fail(0,
                tr("the page has no table \"%1\" (product %2); if it was renamed, say which with "
                   "--map 'HEADING=%2'")
                    .arg(m_base.product(product).titleZh, productId(product)));
        }
    }

    QList<ProductInfo> products;
    QList<CodeEntry> entries;
    for (Product product : AllProducts) {
        products.append(m_base.product(product));
        entries.append(tables[size_t(productIndex(product))]);
    }
    Catalog catalog(std::move(products), std::move(entries), m_base.categories());
    catalog.setOtherActions(m_base.otherActions());
    catalog.setSource(m_base.source());
    catalog.setSourceDescription(m_base.sourceDescription());
    catalog.setSchemaVersion(m_base.schemaVersion());
    catalog.setUpdated(updated);

    // Checked as any catalog file is, through its own JSON.
    QString loadError;
    std::optional<Catalog> loaded
        = CatalogLoader::fromJson(CatalogWriter::toJson(catalog), tr("the imported catalog"), &loadError);
    if (!loaded)
        return fail(0, loadError);
    return loaded;
}

} // namespace ekyc
