// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace ekyc {

// Help ▸ Keyboard Shortcuts: every way in by keyboard, read from the window itself when the
// dialog opens — the menus' actions with their shortcuts and their Alt+letter path through
// the menu bar, the buttons and fields with a mnemonic, and the window's other shortcuts —
// so the list can never drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group; // the menu ("File", "View ▸ Language") or the tab a control is on
        QString command; // the action or control, without its '&'
        QString shortcut; // "Ctrl+O", several separated by ", "; empty when none
        QString mnemonic; // the Alt+letter path: "Alt+F, O"; empty when none
    };

    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);

    // What the dialog lists for `window`, in menu order, then controls, then other shortcuts.
    static QList<Entry> collect(const QMainWindow *window);
    // The mnemonic letter of a text with '&' ("&File" → "F", "A && B" → ""), upper case.
    static QString mnemonicLetter(const QString &text);
    // The text as shown: '&' markers and a trailing ':' or '…' removed ("&Open Logs…" → "Open Logs").
    static QString plainText(const QString &text);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace ekyc
