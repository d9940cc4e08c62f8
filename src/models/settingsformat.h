// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSettings>

namespace ekyc {

// The file format of the window's settings: JSON (a QByteArray as {"@bytes": base64}), in
// ~/.config/ekyc-codes/ekyc-codes-gui.conf, written by QSettings through QSaveFile as always.
// Why not Qt's INI format: Qt 6.4 does not notice a write cut short by a full disk, and
// QSaveFile::commit() then renames the part written over the old file. Here the write is
// checked to the last byte and flushed before QSettings commits; a failure leaves the old file
// as it was and QSettings reports AccessError.
namespace SettingsFormat {

// Registers the format once and makes it the one QSettings() uses from then on. Call it before
// the first QSettings is made (main(), and each test that reads or writes settings).
QSettings::Format install();

// Turns a settings map into the file's bytes and back (false: not a settings file of ours).
QByteArray toBytes(const QSettings::SettingsMap &map);
bool fromBytes(const QByteArray &bytes, QSettings::SettingsMap *map);

} // namespace SettingsFormat

} // namespace ekyc
