// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "timeline.h"
#include "timestamp.h"

#include <QJsonObject>

#include <optional>

namespace ekyc {

// Reads back what timelinewriter writes, for `ekyc-codes merge`.
class TimelineReader
{
public:
    // A time as the report writes it (RFC 3339, or ISO 8601 without an offset).
    static std::optional<Timestamp> timestamp(const QString &text);
    // The `timeline` object; false with `error` set when it is not one.
    static bool read(const QJsonObject &o, Timeline *out, QString *error);
};

} // namespace ekyc
