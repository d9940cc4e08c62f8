// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "product.h"

#include <QStringList>

namespace ekyc {

namespace {
constexpr std::array<const char16_t *, ProductCount> ids = {u"common", u"h5", u"app_sdk", u"api", u"idv_sdk"};
}

QString productId(Product product)
{
    const QStringView id(ids[static_cast<size_t>(productIndex(product))]);
    return QString::fromRawData(id.data(), id.size()); // static text: no copy (a report writes one per file)
}

std::optional<Product> productFromId(QStringView id)
{
    for (Product p : AllProducts) {
        if (id == QStringView(ids[static_cast<size_t>(productIndex(p))]))
            return p;
    }
    return std::nullopt;
}

QString productIdList()
{
    QStringList list;
    for (Product p : AllProducts)
        list << productId(p);
    return list.join(QStringLiteral(", "));
}

} // namespace ekyc
