// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/shortcutsdialog.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ekyc {

namespace {

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts << key.toString(QKeySequence::NativeText);
    }
    return texts.join(QStringLiteral(", "));
}

QString altKey(const QString &letter)
{
    return letter.isEmpty() ? QString()
                            : QKeySequence(Qt::ALT | Qt::Key_A).toString(QKeySequence::NativeText).chopped(1) + letter;
}

// The menu entries: depth first, in menu order. `path` is the Alt+letter route to `menu`.
void collectMenu(const QMenu *menu, const QString &group, const QString &path, QList<ShortcutsDialog::Entry> *out,
    QList<const QAction *> *seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        seen->append(action);
        const QString letter = ShortcutsDialog::mnemonicLetter(action->text());
        const QString route = path.isEmpty() || letter.isEmpty() ? QString() : path + QStringLiteral(", ") + letter;
        if (QMenu *sub = action->menu()) {
            collectMenu(
                sub, group + QStringLiteral(" \u25B8 ") + ShortcutsDialog::plainText(sub->title()), route, out, seen);
            continue;
        }
        const QString keys = keysText(action->shortcuts());
        if (!action->isEnabled() && keys.isEmpty() && route.isEmpty())
            continue; // a placeholder such as "No recent logs"
        out->append({ group, ShortcutsDialog::plainText(action->text()), keys, route });
    }
}

// The tab page a control is on, or the window.
QString placeOf(const QWidget *widget, const QMainWindow *window)
{
    for (const QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(widget))
                return ShortcutsDialog::plainText(tabs->tabText(i));
        }
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

QString ShortcutsDialog::mnemonicLetter(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QString();
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    // Chinese puts the mnemonic after the text and a full-width colon: "产品(&P)：" → "产品".
    const auto isMnemonicSuffix = [&plain] {
        return plain.size() >= 3 && plain.endsWith(QLatin1Char(')')) && plain.at(plain.size() - 3) == QLatin1Char('(');
    };
    for (bool trimmed = true; trimmed;) {
        trimmed = true;
        if (plain.endsWith(QLatin1Char(':')) || plain.endsWith(QChar(0xFF1A)) || plain.endsWith(QChar(0x2026)))
            plain.chop(1);
        else if (isMnemonicSuffix())
            plain.chop(3);
        else
            trimmed = false;
    }
    return plain.trimmed();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QMainWindow *window)
{
    QList<Entry> entries;
    QList<const QAction *> listed;
    if (const QMenuBar *bar = window->menuBar()) {
        for (QAction *action : bar->actions()) {
            if (QMenu *menu = action->menu()) {
                collectMenu(menu, plainText(menu->title()), altKey(mnemonicLetter(menu->title())), &entries, &listed);
            }
        }
    }
    // Buttons, check boxes and labels whose Alt+letter reaches a control.
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window)
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        const QString letter = mnemonicLetter(text);
        if (!letter.isEmpty())
            entries.append({ placeOf(widget, window), plainText(text), QString(), altKey(letter) });
    }
    // Shortcuts of the window's own: described ones only (a QShortcut's whatsThis says what it does).
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (!shortcut->whatsThis().isEmpty())
            entries.append({ tr("Window"), shortcut->whatsThis(), keysText({ shortcut->key() }), QString() });
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!listed.contains(action) && !action->shortcuts().isEmpty() && !action->text().isEmpty() && !action->menu())
            entries.append({ tr("Window"), plainText(action->text()), keysText(action->shortcuts()), QString() });
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({ tr("Command"), tr("Shortcut"), tr("Menu keys") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    QHash<QString, QTreeWidgetItem *> groups; // a menu's entries stay together around its submenus
    for (const Entry &entry : collect(window)) {
        QTreeWidgetItem *&group = groups[entry.group];
        if (!group) {
            group = new QTreeWidgetItem(m_list, { entry.group });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, { entry.command, entry.shortcut, entry.mnemonic });
    }
    m_list->expandAll();
    m_list->setItemsExpandable(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 560);
}

} // namespace ekyc
