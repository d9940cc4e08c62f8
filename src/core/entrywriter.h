// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog.h"

#include <QList>
#include <QString>

namespace ekyc {

// Catalog rows as text: one writer per format, shared by `list`, `lookup` and the GUI's copy.
enum class EntryFormat { Table, Json, Csv, Tsv };

// `rows` index into `catalog`, written in the order given.
QString writeEntries(const Catalog &catalog, const QList<qsizetype> &rows, EntryFormat format);

} // namespace ekyc
