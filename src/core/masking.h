// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace ekyc {

// Masks personal data in one line of log text before it leaves the machine (an exported or
// copied matched line). Pure and Qt6::Core only, so the CLI can use it too.
//
// - the values of the keys BizToken, Token, SdkToken, IdCard, Name, Mobile, ImageBase64 and
//   VideoBase64 (case-insensitive, as whole words; bare or quoted, also as escaped JSON
//   `\"Name\"`; then `:` or `=`) become `***`, their quotes kept; `null` is left alone;
// - e-mail addresses keep their domain only: `***@example.com`;
// - runs of 11 or more digits (phone, ID card and account numbers) keep their last 4 digits,
//   the others become `*`: `13812345678` → `*******5678`.
QString maskPersonalData(QStringView text);

} // namespace ekyc
