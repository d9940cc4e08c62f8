// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace ekyc {

// The five tables of the published page, in the page's (and every report's) order.
enum class Product : int { Common = 0, H5, AppSdk, Api, IdvSdk };

inline constexpr int ProductCount = 5;
inline constexpr std::array<Product, ProductCount> AllProducts = {
    Product::Common, Product::H5, Product::AppSdk, Product::Api, Product::IdvSdk};

// Stable ids used in files, on the command line and in JSON: common, h5, app_sdk, api, idv_sdk.
QString productId(Product product);
std::optional<Product> productFromId(QStringView id);
// "common, h5, app_sdk, api, idv_sdk" — for error messages.
QString productIdList();

inline int productIndex(Product product) { return static_cast<int>(product); }

} // namespace ekyc
