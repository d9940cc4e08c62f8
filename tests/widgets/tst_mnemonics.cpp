// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Alt+letter names one thing per window: walks the main window (each page with the menu
// bar, as only the page on show takes Alt+letters), every menu of it, and every dialog it
// opens from Help, and fails on a letter used twice.
#include "widgets/mainwindow.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/shortcutsdialog.h"

#include "isolatedsettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace ekyc;

namespace {

// The Alt+letter of a text ("&Open" → 'O'); null when it has none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QString textOf(const QWidget *widget)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->buddy() ? label->text() : QString();
    if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        return box->isCheckable() ? box->title() : QString();
    return {};
}

// "Alt+X: a, b" for each letter named twice among `named` (text → mnemonic).
QStringList clashes(const QList<QString> &texts)
{
    QMultiHash<QChar, QString> byLetter;
    for (const QString &text : texts) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            byLetter.insert(letter, text);
    }
    QStringList out;
    for (const QChar letter : byLetter.uniqueKeys()) {
        const QStringList named = byLetter.values(letter);
        if (named.size() > 1)
            out << QStringLiteral("Alt+%1: %2").arg(letter).arg(named.join(QStringLiteral(", ")));
    }
    return out;
}

// The mnemonics of the widgets under `root` but not under `skip`, shown now or not (a
// button shown once there are results counts too).
QStringList widgetTexts(const QWidget *root, const QWidget *skip = nullptr)
{
    QStringList texts;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (skip && (widget == skip || skip->isAncestorOf(widget)))
            continue;
        const QString text = textOf(widget);
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

void checkMenu(const QMenu *menu, QStringList *problems)
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << action->text();
        if (action->menu())
            checkMenu(action->menu(), problems);
    }
    for (const QString &clash : clashes(texts))
        problems->append(menu->title() + QStringLiteral(": ") + clash);
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void mnemonicOfAText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("letter");
        QTest::newRow("first") << QStringLiteral("&Open") << QStringLiteral("O");
        QTest::newRow("inside") << QStringLiteral("Copy S&ummary") << QStringLiteral("U");
        QTest::newRow("escaped") << QStringLiteral("A && B &c") << QStringLiteral("C");
        QTest::newRow("none") << QStringLiteral("Plain") << QString();
    }
    void mnemonicOfAText()
    {
        QFETCH(QString, text);
        QFETCH(QString, letter);
        const QChar found = mnemonicOf(text);
        QCOMPARE(found.isNull() ? QString() : QString(found), letter);
    }

    // Each page together with the frame: the menu bar, the status bar.
    void mainWindowPagesNameEachLetterOnce()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QStringList problems;
        QStringList menuBar;
        for (QAction *action : window.menuBar()->actions())
            menuBar << action->text();
        const QStringList frame = menuBar + widgetTexts(&window, tabs);
        for (int page = 0; page < tabs->count(); ++page) {
            const QStringList texts = frame + widgetTexts(tabs->widget(page));
            for (const QString &clash : clashes(texts))
                problems << tabs->tabText(page) + QStringLiteral(": ") + clash;
        }
        for (QAction *action : window.menuBar()->actions())
            if (action->menu())
                checkMenu(action->menu(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void dialogsNameEachLetterOnce()
    {
        MainWindow window;
        ShortcutsDialog shortcuts(&window);
        PreferencesDialog preferences(window.preferences(), &window);
        const QStringList problems = clashes(widgetTexts(&shortcuts)) + clashes(widgetTexts(&preferences));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    IsolatedSettings m_settings;
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
