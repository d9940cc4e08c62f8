// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalog.h"

namespace ekyc {

Catalog::Catalog(QList<ProductInfo> products, QList<CodeEntry> entries, QStringList categories)
    : m_entries(std::move(entries))
    , m_categories(std::move(categories))
{
    for (ProductInfo &info : products)
        m_products[static_cast<size_t>(productIndex(info.product))] = std::move(info);
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        m_rowsByCode[m_entries.at(row).code].append(row);
    // Rows of one code are listed in product order, whatever the file's order.
    for (auto it = m_rowsByCode.begin(); it != m_rowsByCode.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](qsizetype a, qsizetype b) {
            return m_entries.at(a).product < m_entries.at(b).product;
        });
    }
    for (const ProductInfo &info : m_products) {
        for (const QString &action : info.actions)
            m_productByAction.insert(action, info.product);
    }
}

bool Catalog::isCategory(QStringView name) const
{
    for (const QString &category : m_categories) {
        if (category == name)
            return true;
    }
    return false;
}

QList<qsizetype> Catalog::rowsForCode(QStringView code) const
{
    return m_rowsByCode.value(code.toString());
}

qsizetype Catalog::rowOf(Product product, QStringView code) const
{
    const auto it = m_rowsByCode.constFind(code.toString());
    if (it == m_rowsByCode.cend())
        return -1;
    for (qsizetype row : *it) {
        if (m_entries.at(row).product == product)
            return row;
    }
    return -1;
}

std::optional<Product> Catalog::productForAction(QStringView action) const
{
    const auto it = m_productByAction.constFind(action.toString());
    if (it == m_productByAction.cend())
        return std::nullopt;
    return *it;
}

} // namespace ekyc
