#pragma once

#include "core/product.h"

#include <QString>

namespace ekyc {

// The short product name a person reads in the window ("H5", "Identity Verification"),
// translated; the catalog's own titles are too long for a table column.
QString productDisplayName(Product product);

} // namespace ekyc
