// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace ekyc {

// File ▸ Recent: the files and folders classified last, newest first, kept in QSettings.
class RecentInputs : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 10;

    // Fills `menu` (and keeps it current); the entries are read from the settings.
    explicit RecentInputs(QMenu *menu, QObject *parent = nullptr);

    QStringList entries() const { return m_entries; }
    // Puts `paths` first (the first of them on top) and saves the list.
    void add(const QStringList &paths);
    void clear();

signals:
    void chosen(const QString &path);

protected:
    // The window passes QEvent::LanguageChange on to its children: the menu's texts then.
    bool event(QEvent *event) override;

private:
    void save();
    void rebuildMenu();

    QMenu *m_menu;
    QStringList m_entries;
};

} // namespace ekyc
