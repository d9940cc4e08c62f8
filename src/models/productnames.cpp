// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/productnames.h"

#include <QCoreApplication>
#include <QLocale>

namespace ekyc {

QString productDisplayName(Product product)
{
    switch (product) {
    case Product::Common:
        return QCoreApplication::translate("ekyc::ProductNames", "Common");
    case Product::H5:
        return QCoreApplication::translate("ekyc::ProductNames", "H5");
    case Product::AppSdk:
        return QCoreApplication::translate("ekyc::ProductNames", "App SDK");
    case Product::Api:
        return QCoreApplication::translate("ekyc::ProductNames", "API");
    case Product::IdvSdk:
        return QCoreApplication::translate("ekyc::ProductNames", "Identity Verification");
    }
    return productId(product);
}

QString productTitle(const Catalog &catalog, Product product)
{
    const ProductInfo &info = catalog.product(product);
    const QString title = QLocale().language() == QLocale::Chinese ? info.titleZh : info.titleEn;
    return title.isEmpty() ? productDisplayName(product) : title;
}

} // namespace ekyc
