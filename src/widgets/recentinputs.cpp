// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/recentinputs.h"

#include "models/appsettings.h"

#include <QDir>
#include <QEvent>
#include <QMenu>

namespace ekyc {

RecentInputs::RecentInputs(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_entries(AppSettings().recentInputs())
{
    rebuildMenu();
}

void RecentInputs::add(const QStringList &paths)
{
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        m_entries.removeAll(*it);
        m_entries.prepend(*it);
    }
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
    save();
}

void RecentInputs::clear()
{
    m_entries.clear();
    save();
}

void RecentInputs::save()
{
    AppSettings().setRecentInputs(m_entries);
    rebuildMenu();
}

bool RecentInputs::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuildMenu();
    return QObject::event(event);
}

void RecentInputs::rebuildMenu()
{
    m_menu->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString path = m_entries.at(i);
        // &1 … &9, &0: a key for each of the first ten.
        const QString text = tr("&%1 %2").arg((i + 1) % 10).arg(QDir::toNativeSeparators(path));
        QAction *action = m_menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, path] { emit chosen(path); });
    }
    if (m_entries.isEmpty()) {
        m_menu->addAction(tr("No recent logs"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Clear List"), this, &RecentInputs::clear);
}

} // namespace ekyc
