// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "timeline.h"

#include <QTextStream>

namespace ekyc {

// The report's `timeline` object (docs/classification.md §8), on one line per member.
QString timelineJson(const Timeline &timeline);
// `--format table --timeline`: one row per bucket (at most MaxRows, merging neighbours), a bar
// of its events and the counts of its biggest codes.
void writeTimelineTable(QTextStream &out, const Timeline &timeline);
// A time as the report writes it: with `Z` when the timeline's times had zones, else without.
QString timelineInstantText(const Timeline &timeline, qint64 msecs);

} // namespace ekyc
