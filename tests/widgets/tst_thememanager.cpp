// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ThemeManager: Dark and Light put Fusion and our palette on the whole application, System
// brings back the style and palette the application started with.
#include "models/appsettings.h"
#include "widgets/preferences/thememanager.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace ekyc;

class TestThemeManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_systemStyle = QApplication::style()->name();
        m_systemBase = QApplication::palette().color(QPalette::Base);
    }
    void init() { m_settings.clear(); }

    void themesSetStyleAndPalette_data()
    {
        QTest::addColumn<UiTheme>("theme");
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("dark") << UiTheme::Dark << ThemeManager::darkPalette();
        QTest::newRow("light") << UiTheme::Light << ThemeManager::lightPalette();
    }
    void themesSetStyleAndPalette()
    {
        QFETCH(UiTheme, theme);
        QFETCH(QPalette, palette);
        ThemeManager manager;
        manager.setChoice(theme);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        for (auto role :
            { QPalette::Base, QPalette::Text, QPalette::Window, QPalette::Highlight, QPalette::ToolTipBase })
            QCOMPARE(QApplication::palette().color(QPalette::Active, role), palette.color(QPalette::Active, role));
        QCOMPARE(AppSettings().theme(), theme);
        // A widget made now draws with it.
        QWidget widget;
        QCOMPARE(widget.palette().color(QPalette::Base), palette.color(QPalette::Base));
    }

    void darkIsDark()
    {
        const QPalette dark = ThemeManager::darkPalette();
        QVERIFY(dark.color(QPalette::Base).lightnessF() < 0.25);
        QVERIFY(dark.color(QPalette::Window).lightnessF() < 0.25);
        QVERIFY(dark.color(QPalette::Text).lightnessF() > 0.85);
        QVERIFY(ThemeManager::lightPalette().color(QPalette::Base).lightnessF() > 0.9);
    }

    void systemRestoresTheOriginal()
    {
        ThemeManager manager;
        QCOMPARE(manager.systemStyleName(), m_systemStyle);
        manager.setChoice(UiTheme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Base) != m_systemBase);
        manager.setChoice(UiTheme::System);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Base), m_systemBase);
        // Not pinned: the application follows the platform's palette again.
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
    }

    void leavingRestoresTheOriginal()
    {
        {
            ThemeManager manager;
            manager.setChoice(UiTheme::Dark);
        }
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Base), m_systemBase);
    }

    void restoreAppliesTheRememberedChoice()
    {
        AppSettings().setTheme(UiTheme::Dark);
        ThemeManager manager;
        manager.restore();
        QCOMPARE(manager.choice(), UiTheme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base), ThemeManager::darkPalette().color(QPalette::Base));
    }

    void menuActionsFollowTheChoice()
    {
        ThemeManager manager;
        QAction system, light, dark;
        manager.addAction(&system, UiTheme::System);
        manager.addAction(&light, UiTheme::Light);
        manager.addAction(&dark, UiTheme::Dark);
        QVERIFY(system.isChecked());
        dark.trigger();
        QCOMPARE(manager.choice(), UiTheme::Dark);
        QVERIFY(dark.isChecked() && !system.isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Base), ThemeManager::darkPalette().color(QPalette::Base));
        light.trigger();
        QVERIFY(light.isChecked() && !dark.isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Base), ThemeManager::lightPalette().color(QPalette::Base));
    }

private:
    IsolatedSettings m_settings;
    QString m_systemStyle;
    QColor m_systemBase;
};

QTEST_MAIN(TestThemeManager)
#include "tst_thememanager.moc"
