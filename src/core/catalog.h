// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "product.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ekyc {

struct ProductInfo
{
    Product product = Product::Common;
    QString titleZh; // the table's heading as printed on the page
    QString titleEn;
    QStringList actions; // Tencent Cloud API action names that identify the product in logs
};

// One row of one table: the same code may stand in several tables with other meanings.
struct CodeEntry
{
    Product product = Product::Common;
    QString code;
    QString description;
    bool billable = false;
};

// The error-code catalog: the rows in the page's order plus the lookups the app needs.
class Catalog
{
public:
    Catalog() = default;
    Catalog(QList<ProductInfo> products, QList<CodeEntry> entries, QStringList categories);

    const QList<CodeEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    const CodeEntry &at(qsizetype row) const { return m_entries.at(row); }

    const ProductInfo &product(Product product) const { return m_products[static_cast<size_t>(productIndex(product))]; }
    const QStringList &categories() const { return m_categories; }
    bool isCategory(QStringView name) const;

    // Rows whose code is exactly `code` (case-sensitive), in product order.
    QList<qsizetype> rowsForCode(QStringView code) const;
    // The row of (product, code), or -1.
    qsizetype rowOf(Product product, QStringView code) const;
    // The product whose action list holds `action`, if any.
    std::optional<Product> productForAction(QStringView action) const;
    // API actions of other services that answer with the same keys (the mainland FaceID
    // actions of the `faceid` API): their responses are not eKYC events (R4).
    const QStringList &otherActions() const { return m_otherActions; }
    void setOtherActions(const QStringList &actions) { m_otherActions = actions; }

    QString updated() const { return m_updated; }
    void setUpdated(const QString &updated) { m_updated = updated; }
    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }
    // What `source` is, in English ("Tencent Cloud eKYC error codes and billing (published page)").
    QString sourceDescription() const { return m_sourceDescription; }
    void setSourceDescription(const QString &text) { m_sourceDescription = text; }
    int schemaVersion() const { return m_schemaVersion; }
    void setSchemaVersion(int version) { m_schemaVersion = version; }

private:
    std::array<ProductInfo, ProductCount> m_products;
    QList<CodeEntry> m_entries;
    QStringList m_categories;
    QStringList m_otherActions;
    QHash<QString, QList<qsizetype>> m_rowsByCode;
    QHash<QString, Product> m_productByAction;
    QString m_updated;
    QString m_source;
    QString m_sourceDescription;
    int m_schemaVersion = 1;
};

} // namespace ekyc
