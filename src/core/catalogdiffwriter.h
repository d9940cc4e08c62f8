// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalogdiff.h"

#include <QString>

namespace ekyc {

// A catalog diff as text for `ekyc-codes catalog --diff`: an aligned table with a summary
// line, one JSON object, or CSV (one line per change, billing as yes/no, empty for the side a
// row lacks).
class CatalogDiffWriter
{
public:
    enum class Format { Table, Json, Csv };
    static QString write(const CatalogDiff &diff, Format format);
    // "3 added, 1 removed, 1 billing changed, 0 description changed".
    static QString summary(const CatalogDiff &diff);
};

} // namespace ekyc
