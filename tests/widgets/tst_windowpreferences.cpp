// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the window keeps from one start to the next — filters, column widths, language, theme,
// the catalog loaded — and File ▸ Load Catalog… / Use Built-in Catalog with their status line.
#include "core/catalogloader.h"
#include "models/appsettings.h"
#include "widgets/aboutdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/preferences/thememanager.h"
#include "widgets/preferences/windowpreferences.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ekyc;

class TestWindowPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_newer = m_settings.path() + QStringLiteral("/newer.json");
        QJsonObject o = QJsonDocument::fromJson(CatalogLoader::builtInJson()).object();
        o[QStringLiteral("updated")] = QStringLiteral("2024-05-01");
        QJsonArray codes = o[QStringLiteral("codes")].toArray();
        codes.removeLast();
        o[QStringLiteral("codes")] = codes;
        QFile f(m_newer);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
    }
    void init()
    {
        m_settings.clear();
        open();
    }
    void cleanup() { m_window.reset(); }

    void filtersAndColumnsComeBack()
    {
        child<QComboBox>("productCombo")
            ->setCurrentIndex(child<QComboBox>("productCombo")->findText(QStringLiteral("H5")));
        child<QCheckBox>("includeCommonCheck")->setChecked(false);
        child<QComboBox>("billableCombo")->setCurrentIndex(1); // Billable
        QTRY_COMPARE(m_window->statusText(), QStringLiteral("2 of 134 rows shown, 2 billable"));
        table()->horizontalHeader()->resizeSection(CodeColumnIndex, 173);
        reopen();
        QCOMPARE(child<QComboBox>("productCombo")->currentText(), QStringLiteral("H5"));
        QVERIFY(!child<QCheckBox>("includeCommonCheck")->isChecked());
        QCOMPARE(child<QComboBox>("billableCombo")->currentIndex(), 1);
        QTRY_COMPARE(m_window->statusText(), QStringLiteral("2 of 134 rows shown, 2 billable"));
        QCOMPARE(table()->horizontalHeader()->sectionSize(CodeColumnIndex), 173);
    }

    void windowSizeComesBack()
    {
        m_window->resize(880, 610);
        reopen();
        QCOMPARE(m_window->size(), QSize(880, 610));
    }

    void loadedCatalogShowsAndComesBack()
    {
        auto *label = child<QLabel>("catalogLabel");
        QCOMPARE(label->text(), QStringLiteral("Catalog 2023-07-03, 134 rows (built-in)"));
        QVERIFY(m_window->loadCatalogFile(m_newer, true));
        QCOMPARE(label->text(), QStringLiteral("Catalog 2024-05-01, 133 rows (newer.json), 1 change since the built-in 2023-07-03"));
        QVERIFY(label->toolTip().contains(m_newer));
        QTRY_COMPARE(m_window->statusText(), QStringLiteral("133 of 133 rows shown, 14 billable"));
        QCOMPARE(AppSettings().catalogPath(), m_newer);
        // Help ▸ About says the same.
        const QString about = AboutDialog::text(m_window->catalog(), m_window->catalogSource().path());
        QVERIFY2(about.contains(QStringLiteral("updated 2024-05-01, 133 rows")), qPrintable(about));

        reopen();
        QCOMPARE(m_window->catalog().updated(), QStringLiteral("2024-05-01"));
        QCOMPARE(child<QLabel>("catalogLabel")->text(), QStringLiteral("Catalog 2024-05-01, 133 rows (newer.json), 1 change since the built-in 2023-07-03"));

        // File ▸ Use Built-in Catalog goes back, for this start and the next.
        child<QAction>("builtInCatalogAction")->trigger();
        QCOMPARE(m_window->catalog().size(), 134);
        QCOMPARE(child<QLabel>("catalogLabel")->text(), QStringLiteral("Catalog 2023-07-03, 134 rows (built-in)"));
        QCOMPARE(AppSettings().catalogPath(), QString());
    }

    void commandLineCatalogIsForOneRun()
    {
        QVERIFY(m_window->loadCatalogFile(m_newer)); // --catalog FILE
        QCOMPARE(m_window->catalog().size(), 133);
        QCOMPARE(AppSettings().catalogPath(), QString());
        reopen();
        QCOMPARE(m_window->catalog().size(), 134);
    }

    void brokenCatalogKeepsTheLoadedOne()
    {
        QVERIFY(m_window->loadCatalogFile(m_newer, true));
        const QString broken = m_settings.path() + QStringLiteral("/broken.json");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema_version\": 1, \"codes\": [");
        f.close();
        QVERIFY(!m_window->loadCatalogFile(broken, true));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("catalogErrorDialog"))));
        QVERIFY2(box->informativeText().startsWith(broken + QStringLiteral(": not valid JSON")),
            qPrintable(box->informativeText()));
        box->accept();
        QCOMPARE(m_window->catalog().updated(), QStringLiteral("2024-05-01"));
        QCOMPARE(child<QLabel>("catalogLabel")->text(), QStringLiteral("Catalog 2024-05-01, 133 rows (newer.json), 1 change since the built-in 2023-07-03"));
        QCOMPARE(AppSettings().catalogPath(), m_newer);
    }

    void rememberedCatalogGoneFallsBack()
    {
        AppSettings().setCatalogPath(m_settings.path() + QStringLiteral("/gone.json"));
        reopen();
        QCOMPARE(m_window->catalog().size(), 134);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("gone.json")),
            qPrintable(m_window->statusBar()->currentMessage()));
    }

    void themeFromTheMenuAndBack()
    {
        const QString systemStyle = QApplication::style()->name();
        child<QAction>("themeDarkAction")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), ThemeManager::darkPalette().color(QPalette::Base));
        // Widgets of the window take it up (the application tells them through its event loop).
        QTRY_COMPARE(table()->palette().color(QPalette::Base), ThemeManager::darkPalette().color(QPalette::Base));
        reopen();
        QVERIFY(child<QAction>("themeDarkAction")->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Base), ThemeManager::darkPalette().color(QPalette::Base));
        child<QAction>("themeSystemAction")->trigger();
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QCOMPARE(AppSettings().theme(), UiTheme::System);
    }

    void languageChoiceComesBack()
    {
        child<QAction>("languageChineseAction")->trigger();
        QTRY_COMPARE(child<QComboBox>("productCombo")->itemText(0), QStringLiteral("全部"));
        reopen();
        QVERIFY(child<QAction>("languageChineseAction")->isChecked());
        QCOMPARE(child<QComboBox>("productCombo")->itemText(0), QStringLiteral("全部"));
        child<QAction>("languageSystemAction")->trigger();
        QTRY_COMPARE(
            child<QComboBox>("productCombo")->itemText(0), QStringLiteral("All")); // the test's locale is not Chinese
    }

private:
    static constexpr int CodeColumnIndex = 1;

    void open()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    // Closes the window as a person would (so it saves) and starts a new one.
    void reopen()
    {
        m_window->close();
        m_window.reset();
        open();
    }
    template <typename T> T *child(const char *name) const
    {
        T *object = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!object)
            qFatal("no %s in the main window", name);
        return object;
    }
    QTableView *table() const { return child<QTableView>("table"); }

    IsolatedSettings m_settings;
    QString m_newer;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWindowPreferences)
#include "tst_windowpreferences.moc"
