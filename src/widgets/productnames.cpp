#include "productnames.h"

#include <QCoreApplication>

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

} // namespace ekyc
