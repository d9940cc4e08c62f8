// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ShortcutsDialog: built from the window's own menus, controls and shortcuts.
#include "widgets/shortcutsdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace ekyc;
using Entry = ShortcutsDialog::Entry;

namespace {

QStringList describe(const QList<Entry> &entries)
{
    QStringList lines;
    for (const Entry &e : entries)
        lines << QStringList { e.group, e.command, e.shortcut, e.mnemonic }.join(QLatin1Char('|'));
    return lines;
}

// A window with a File menu (with a submenu), a tab holding a labelled field and a check box,
// and a described shortcut of its own.
struct SampleWindow
{
    QMainWindow window;
    SampleWindow()
    {
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        QAction *open = file->addAction(QStringLiteral("&Open Logs…"));
        open->setShortcut(QKeySequence(QStringLiteral("Ctrl+O")));
        file->addSeparator();
        QMenu *recent = file->addMenu(QStringLiteral("Open &Recent"));
        recent->addAction(QStringLiteral("&1 /tmp/a.log"));
        QAction *hidden = file->addAction(QStringLiteral("&Hidden"));
        hidden->setVisible(false);
        QAction *quit = file->addAction(QStringLiteral("&Quit"));
        quit->setShortcuts({ QKeySequence(QStringLiteral("Ctrl+Q")), QKeySequence(QStringLiteral("Ctrl+W")) });
        QMenu *view = window.menuBar()->addMenu(QStringLiteral("&View"));
        view->addAction(QStringLiteral("Nothing to press")); // neither shortcut nor mnemonic
        view->addAction(QStringLiteral("No recent logs"))->setEnabled(false); // a placeholder: left out

        auto *tabs = new QTabWidget(&window);
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *label = new QLabel(QStringLiteral("&Search:"), page);
        auto *edit = new QLineEdit(page);
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
        layout->addWidget(new QCheckBox(QStringLiteral("Include &common codes"), page));
        layout->addWidget(new QLabel(QStringLiteral("&Orphan label, no buddy"), page));
        tabs->addTab(page, QStringLiteral("&Catalog"));
        window.setCentralWidget(tabs);

        auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), &window);
        esc->setWhatsThis(QStringLiteral("Cancel the run"));
        new QShortcut(QKeySequence(Qt::Key_F5), &window); // undescribed: not listed
    }
};

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void mnemonics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("letter");
        QTest::addColumn<QString>("plain");
        QTest::newRow("first letter") << "&File"
                                      << "F"
                                      << "File";
        QTest::newRow("inside") << "Open &Recent"
                                << "R"
                                << "Open Recent";
        QTest::newRow("lower case") << "Go to Code &table"
                                    << "T"
                                    << "Go to Code table";
        QTest::newRow("ellipsis") << "&Open Logs…"
                                  << "O"
                                  << "Open Logs";
        QTest::newRow("colon") << "&Product:"
                               << "P"
                               << "Product";
        QTest::newRow("literal ampersand") << "Copy && &Paste"
                                           << "P"
                                           << "Copy & Paste";
        QTest::newRow("only a literal one") << "A && B"
                                            << ""
                                            << "A & B";
        QTest::newRow("none") << "Plain"
                              << ""
                              << "Plain";
        QTest::newRow("Chinese style") << "文件(&F)"
                                       << "F"
                                       << "文件";
        QTest::newRow("Chinese colon") << "产品(&P)："
                                       << "P"
                                       << "产品";
    }
    void mnemonics()
    {
        QFETCH(QString, text);
        QFETCH(QString, letter);
        QFETCH(QString, plain);
        QCOMPARE(ShortcutsDialog::mnemonicLetter(text), letter);
        QCOMPARE(ShortcutsDialog::plainText(text), plain);
    }

    void collectsFromTheWindow()
    {
        SampleWindow sample;
        const QString ctrlO = QKeySequence(QStringLiteral("Ctrl+O")).toString(QKeySequence::NativeText);
        const QStringList expected {
            QStringLiteral("File|Open Logs|%1|Alt+F, O").arg(ctrlO),
            QStringLiteral("File ▸ Open Recent|1 /tmp/a.log||Alt+F, R, 1"),
            QStringLiteral("File|Quit|Ctrl+Q, Ctrl+W|Alt+F, Q"),
            QStringLiteral("View|Nothing to press||"),
            QStringLiteral("Catalog|Search||Alt+S"),
            QStringLiteral("Catalog|Include common codes||Alt+C"),
            QStringLiteral("Window|Cancel the run|Esc|"),
        };
        QCOMPARE(describe(ShortcutsDialog::collect(&sample.window)), expected);
    }

    void dialogListsThemByMenu()
    {
        SampleWindow sample;
        ShortcutsDialog dialog(&sample.window);
        QTreeWidget *list = dialog.list();
        QStringList groups;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            groups << list->topLevelItem(i)->text(0);
        QCOMPARE(groups, (QStringList { "File", "File ▸ Open Recent", "View", "Catalog", "Window" }));
        QCOMPARE(list->topLevelItem(0)->childCount(), 2); // Open Logs and Quit, around the submenu
        const QTreeWidgetItem *open = list->topLevelItem(0)->child(0);
        QCOMPARE(open->text(0), QStringLiteral("Open Logs"));
        QCOMPARE(open->text(1), QKeySequence(QStringLiteral("Ctrl+O")).toString(QKeySequence::NativeText));
        QCOMPARE(open->text(2), QStringLiteral("Alt+F, O"));
        QVERIFY(!list->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
