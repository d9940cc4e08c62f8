// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "models/settingsformat.h"

// Points QSettings (and QStandardPaths) away from the user's own files, at a folder of the
// test's that disappears with it. Construct it before anything reads a setting: Qt caches
// the settings folder on first use.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(ekyc::SettingsFormat::install(), QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ekyc-codes-tests"));
    }
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    void clear() { QSettings().clear(); }

private:
    QTemporaryDir m_dir;
};
