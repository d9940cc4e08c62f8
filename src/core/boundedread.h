// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

class QIODevice;

namespace ekyc {

// The rest of `device`, or its next `limit` + 1 bytes when it holds more (a size over `limit`
// then says the input is too large). QIODevice::read(limit + 1) allocates limit + 1 bytes
// before it reads, whatever the file holds: 2 GiB for each report merge reads, of which
// AddressSanitizer poisons every page. This allocates what a file holds (and one byte), or for
// a pipe what came, in growing pieces. A read error stops it: the caller looks at the device's
// error().
QByteArray readBounded(QIODevice &device, qint64 limit);

} // namespace ekyc
