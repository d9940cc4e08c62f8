// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Keyboard and accessibility of the main window: every control that takes focus has a name a
// screen reader can say, every menu entry a shortcut or an Alt+letter, and Tab walks the
// catalog tab in reading order.
#include "widgets/mainwindow.h"
#include "widgets/shortcutsdialog.h"

#include "isolatedsettings.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace ekyc;

namespace {

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

bool hasBuddyLabel(const QWidget *widget)
{
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    return std::any_of(
        labels.cbegin(), labels.cend(), [widget](const QLabel *label) { return label->buddy() == widget; });
}

// Each menu action, with its menu path.
void menuActions(const QMenu *menu, const QString &path, QList<std::pair<QString, QAction *>> *out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            menuActions(action->menu(), path + QStringLiteral(" > ") + action->text(), out);
        else
            out->append({ path + QStringLiteral(" > ") + action->text(), action });
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_settings.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void focusableWidgetsHaveNames()
    {
        int checked = 0;
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (widget->window() != m_window.get() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            ++checked;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(accessible, qPrintable(describe(widget)));
            if (const auto *tabBar = qobject_cast<const QTabBar *>(widget)) {
                // A tab bar is read tab by tab: each tab says its page's name (then come its scroll buttons).
                QVERIFY(accessible->childCount() >= tabBar->count());
                for (int i = 0; i < tabBar->count(); ++i)
                    QCOMPARE(
                        accessible->child(i)->text(QAccessible::Name), tabBar->tabText(i).remove(QLatin1Char('&')));
                continue;
            }
            // Said by name: set explicitly, or a label's buddy, or a button's own text.
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            const bool named
                = !widget->accessibleName().isEmpty() || hasBuddyLabel(widget) || (button && !button->text().isEmpty());
            QVERIFY2(named, qPrintable(describe(widget) + QStringLiteral(" has no accessible name or buddy label")));
            // And that is what the accessibility bridge hands a screen reader.
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                qPrintable(describe(widget) + QStringLiteral(": the screen reader gets no name")));
        }
        // The catalog tab's four controls, its table and detail list, the tabs, the results tab's controls.
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    }

    void everyMenuEntryHasAKey()
    {
        QList<std::pair<QString, QAction *>> actions;
        for (QAction *top : m_window->menuBar()->actions()) {
            QVERIFY2(!ShortcutsDialog::mnemonicLetter(top->text()).isEmpty(), qPrintable(top->text()));
            menuActions(top->menu(), top->text(), &actions);
        }
        QVERIFY(actions.size() >= 14);
        for (const auto &[path, action] : std::as_const(actions)) {
            if (!action->isEnabled())
                continue; // a placeholder such as "No recent logs"
            QVERIFY2(!action->shortcuts().isEmpty() || !ShortcutsDialog::mnemonicLetter(action->text()).isEmpty(),
                qPrintable(path + QStringLiteral(": neither a shortcut nor a mnemonic")));
        }
    }

    void mnemonicsAreUniqueWithinAMenu()
    {
        QList<const QMenu *> menus {};
        for (QAction *top : m_window->menuBar()->actions())
            menus << top->menu();
        QStringList topLetters;
        for (QAction *top : m_window->menuBar()->actions())
            topLetters << ShortcutsDialog::mnemonicLetter(top->text());
        QCOMPARE(QSet<QString>(topLetters.cbegin(), topLetters.cend()).size(), topLetters.size());
        for (qsizetype i = 0; i < menus.size(); ++i) {
            QStringList letters;
            for (QAction *action : menus.at(i)->actions()) {
                if (action->menu())
                    menus << action->menu();
                const QString letter = ShortcutsDialog::mnemonicLetter(action->text());
                if (!letter.isEmpty() && action->isVisible())
                    letters << letter;
            }
            QVERIFY2(QSet<QString>(letters.cbegin(), letters.cend()).size() == letters.size(),
                qPrintable(menus.at(i)->title() + QStringLiteral(": ") + letters.join(QLatin1Char(' '))));
        }
    }

    void shortcutsDialogListsTheWindowsKeys()
    {
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(m_window.get());
        auto find = [&entries](const QString &command) {
            for (const ShortcutsDialog::Entry &e : entries) {
                if (e.command == command)
                    return e;
            }
            return ShortcutsDialog::Entry {};
        };
        QCOMPARE(
            find(QStringLiteral("Find")).shortcut, QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QCOMPARE(find(QStringLiteral("Copy Rows")).shortcut,
            QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText));
        QCOMPARE(find(QStringLiteral("Load Catalog")).mnemonic, QStringLiteral("Alt+F, L"));
        QCOMPARE(find(QStringLiteral("Dark")).mnemonic, QStringLiteral("Alt+V, H, D"));
        QCOMPARE(find(QStringLiteral("Product")).mnemonic, QStringLiteral("Alt+P"));
        QCOMPARE(find(QStringLiteral("Product")).group, QStringLiteral("Catalog"));
        QCOMPARE(find(QStringLiteral("Keyboard Shortcuts")).group, QStringLiteral("Help"));

        // Help ▸ Keyboard Shortcuts opens it.
        QAction *help = m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(help);
        help->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()));
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->list()->topLevelItemCount() >= 4);
        dialog->close();
    }

    void tabWalksTheCatalogInReadingOrder()
    {
        QWidget *product = m_window->findChild<QWidget *>(QStringLiteral("productCombo"));
        product->setFocus(Qt::TabFocusReason);
        QStringList order { product->objectName() };
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order,
            (QStringList {
                "productCombo", "includeCommonCheck", "searchEdit", "billableCombo", "table", "detailProducts" }));
    }

private:
    IsolatedSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
