// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"
#include "core/product.h"

#include <QString>

namespace ekyc {

// The short product name a person reads in the window ("H5", "Identity Verification"),
// translated; the catalog's own titles are too long for a table column.
QString productDisplayName(Product product);

// The product's full title as the catalog prints it, in the interface's language: the
// catalog's title_zh under a Chinese interface (QLocale's default, which LanguageManager
// sets), its title_en otherwise.
QString productTitle(const Catalog &catalog, Product product);

} // namespace ekyc
