// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// LanguageManager: the locale rule for System, and switching translators at run time — our
// strings and Qt's own, with widgets told through QEvent::LanguageChange.
#include "models/appsettings.h"
#include "widgets/preferences/languagemanager.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTest>
#include <QWidget>

using namespace ekyc;

namespace {

// Counts the LanguageChange events a window receives.
class LanguageWatcher : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

QString ours()
{
    return QCoreApplication::translate("ekyc::MainWindow", "&File");
}
// A string of Qt's own (a line edit's context menu), from qtbase_zh_CN.qm.
QString qts()
{
    return QCoreApplication::translate("QLineEdit", "Select All");
}

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_settings.clear(); }

    void systemFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<UiLanguage>("shown");
        QTest::addColumn<QString>("numbersIn");
        QTest::newRow("zh_CN") << "zh_CN" << UiLanguage::Chinese << "zh_CN";
        QTest::newRow("zh_TW: the Simplified translation beats English") << "zh_TW" << UiLanguage::Chinese << "zh_CN";
        QTest::newRow("zh_SG") << "zh_SG" << UiLanguage::Chinese << "zh_CN";
        QTest::newRow("en_GB") << "en_GB" << UiLanguage::English << "en_GB";
        QTest::newRow("de_DE: English text, German numbers") << "de_DE" << UiLanguage::English << "de_DE";
        QTest::newRow("C") << "C" << UiLanguage::English << "C";
    }
    void systemFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(UiLanguage, shown);
        QFETCH(QString, numbersIn);
        QCOMPARE(LanguageManager::languageForLocale(QLocale(locale)), shown);
        QCOMPARE(LanguageManager::localeFor(UiLanguage::System, QLocale(locale)).name(), QLocale(numbersIn).name());
    }

    void explicitChoicesSetTheirLocale()
    {
        QCOMPARE(LanguageManager::localeFor(UiLanguage::Chinese, QLocale(QStringLiteral("de_DE"))).name(),
            QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::localeFor(UiLanguage::English, QLocale(QStringLiteral("zh_CN"))).name(),
            QStringLiteral("en_US"));
        QCOMPARE(LanguageManager::localeFor(UiLanguage::English, QLocale(QStringLiteral("en_GB"))).name(),
            QStringLiteral("en_GB"));
    }

    void switchesWithoutRestart()
    {
        LanguageWatcher window;
        window.show();
        LanguageManager manager;
        manager.setChoice(UiLanguage::English);
        QCOMPARE(ours(), QStringLiteral("&File"));

        manager.setChoice(UiLanguage::Chinese);
        QCOMPARE(manager.shownLanguage(), UiLanguage::Chinese);
        QCOMPARE(ours(), QStringLiteral("文件(&F)"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        QTRY_VERIFY(window.changes > 0);
        QCOMPARE(AppSettings().language(), UiLanguage::Chinese);

        const int before = window.changes;
        manager.setChoice(UiLanguage::English);
        QCOMPARE(ours(), QStringLiteral("&File"));
        QCOMPARE(qts(), QStringLiteral("Select All"));
        QTRY_VERIFY(window.changes > before);
        QCOMPARE(AppSettings().language(), UiLanguage::English);
    }

    void loadsQtsOwnTranslation()
    {
        const QString qtFile = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
        if (!QFile::exists(qtFile))
            QSKIP("qt6-translations-l10n is not installed");
        LanguageManager manager;
        manager.setChoice(UiLanguage::Chinese);
        QVERIFY(manager.qtTranslationLoaded());
        QCOMPARE(qts(), QStringLiteral("全选"));
    }

    void translatorsLeaveWithTheManager()
    {
        {
            LanguageManager manager;
            manager.setChoice(UiLanguage::Chinese);
            QCOMPARE(ours(), QStringLiteral("文件(&F)"));
        }
        QCOMPARE(ours(), QStringLiteral("&File"));
    }

    void restoreAppliesTheRememberedChoice()
    {
        AppSettings().setLanguage(UiLanguage::Chinese);
        LanguageManager manager;
        manager.restore();
        QCOMPARE(manager.choice(), UiLanguage::Chinese);
        QCOMPARE(ours(), QStringLiteral("文件(&F)"));
    }

    void menuActionsFollowTheChoice()
    {
        LanguageManager manager;
        QAction system, english, chinese;
        manager.addAction(&system, UiLanguage::System);
        manager.addAction(&english, UiLanguage::English);
        manager.addAction(&chinese, UiLanguage::Chinese);
        QVERIFY(system.isCheckable() && system.isChecked());
        chinese.trigger();
        QCOMPARE(manager.choice(), UiLanguage::Chinese);
        QVERIFY(chinese.isChecked());
        QVERIFY(!system.isChecked());
        QCOMPARE(ours(), QStringLiteral("文件(&F)"));
        manager.setChoice(UiLanguage::English);
        QVERIFY(english.isChecked());
        QVERIFY(!chinese.isChecked());
    }

private:
    IsolatedSettings m_settings;
};

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
