// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Edit ▸ Preferences…: shows what is in force, OK applies and remembers every choice (the View
// menu follows), Cancel changes nothing, Tab reaches every control.
#include "models/appsettings.h"
#include "widgets/mainwindow.h"
#include "widgets/preferences/languagemanager.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/preferences/thememanager.h"
#include "widgets/preferences/windowpreferences.h"
#include "widgets/results/resultsview.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace ekyc;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_settings.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window->preferences()->language()->setChoice(UiLanguage::English);
        m_window->preferences()->theme()->setChoice(UiTheme::System);
        m_window.reset();
    }

    void opensFromTheEditMenu()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        action->trigger();
        QTRY_VERIFY(m_window->findChild<PreferencesDialog *>());
        QVERIFY(m_window->findChild<PreferencesDialog *>()->isVisible());
    }

    void showsWhatIsInForce()
    {
        m_window->findChild<QAction *>(QStringLiteral("themeDarkAction"))->trigger();
        AppSettings settings;
        settings.setNewInputs(NewInputsChoice::Add);
        settings.setExportFolder(true, QStringLiteral("/data/exports"));
        m_window->resultsView()->setMaskPersonalData(false);
        PreferencesDialog dialog(m_window->preferences(), m_window.get());
        QCOMPARE(combo(dialog, "languageCombo")->currentData().toInt(), int(UiLanguage::System));
        QCOMPARE(combo(dialog, "themeCombo")->currentData().toInt(), int(UiTheme::Dark));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("maskCheck"))->isChecked());
        QCOMPARE(combo(dialog, "newInputsCombo")->currentData().toInt(), int(NewInputsChoice::Add));
        QCOMPARE(combo(dialog, "exportCombo")->currentIndex(), 1);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->text(),
            QDir::toNativeSeparators(QStringLiteral("/data/exports")));
    }

    void okAppliesEveryChoice_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::newRow("OK") << true;
        QTest::newRow("Cancel") << false;
    }
    void okAppliesEveryChoice()
    {
        QFETCH(bool, ok);
        action("preferencesAction")->trigger();
        PreferencesDialog *opened = nullptr;
        QTRY_VERIFY((opened = m_window->findChild<PreferencesDialog *>()));
        PreferencesDialog &dialog = *opened;
        choose(combo(dialog, "languageCombo"), int(UiLanguage::Chinese));
        choose(combo(dialog, "themeCombo"), int(UiTheme::Dark));
        dialog.findChild<QCheckBox *>(QStringLiteral("maskCheck"))->setChecked(false);
        choose(combo(dialog, "newInputsCombo"), int(NewInputsChoice::Replace));
        combo(dialog, "exportCombo")->setCurrentIndex(1);
        dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(QStringLiteral("/data/exports"));
        dialog.findChild<QDialogButtonBox *>()->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>()); // closed and deleted

        const AppSettings settings;
        WindowPreferences *preferences = m_window->preferences();
        QCOMPARE(preferences->language()->choice(), ok ? UiLanguage::Chinese : UiLanguage::System);
        QCOMPARE(settings.language(), ok ? UiLanguage::Chinese : UiLanguage::System);
        QCOMPARE(preferences->theme()->choice(), ok ? UiTheme::Dark : UiTheme::System);
        // The View menu follows the dialog.
        QCOMPARE(action("languageChineseAction")->isChecked(), ok);
        QCOMPARE(action("languageSystemAction")->isChecked(), !ok);
        QCOMPARE(action("themeDarkAction")->isChecked(), ok);
        QCOMPARE(m_window->resultsView()->maskPersonalData(), !ok);
        QCOMPARE(settings.maskPersonalData(), !ok);
        QCOMPARE(settings.newInputs(), ok ? NewInputsChoice::Replace : NewInputsChoice::Ask);
        QCOMPARE(settings.exportFolder(), ok ? QStringLiteral("/data/exports") : QString());
    }

    // Every control can be reached with Tab alone, and each is reached once per round.
    void tabReachesEveryControl()
    {
        AppSettings().setExportFolder(true, QStringLiteral("/data/exports")); // folder and Browse enabled
        PreferencesDialog dialog(m_window->preferences(), m_window.get());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QList<QWidget *> reached;
        for (int i = 0; i < 20; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (reached.contains(focus))
                break;
            reached << focus;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        const auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QList<QWidget *> expected { buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel) };
        for (const char *name :
            { "languageCombo", "themeCombo", "maskCheck", "newInputsCombo", "exportCombo", "folderEdit", "browseButton" })
            expected << dialog.findChild<QWidget *>(QLatin1String(name));
        for (QWidget *widget : std::as_const(expected))
            QVERIFY2(reached.contains(widget), qPrintable(widget->objectName() + widget->property("text").toString()));
        QCOMPARE(reached.size(), expected.size());
    }

private:
    static QComboBox *combo(const QDialog &dialog, const char *name)
    {
        return dialog.findChild<QComboBox *>(QLatin1String(name));
    }
    static void choose(QComboBox *combo, int value) { combo->setCurrentIndex(combo->findData(value)); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    IsolatedSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
