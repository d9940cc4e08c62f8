// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/catalogloader.h"
#include "models/catalogfilterproxy.h"
#include "models/roles.h"
#include "widgets/catalog/catalogpage.h"
#include "widgets/catalog/codedetailpane.h"
#include "widgets/mainwindow.h"
#include "widgets/results/classifylauncher.h"

#include "isolatedsettings.h"
#include "modelrows.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ekyc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    // File ▸ Open's first filter takes every kind of input the engine reads, by its usual name:
    // plain logs (rotated too), each compressed format and archive of tests/core/tst_archives.
    void openFilterListsEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : { "app.log", "app.log.1", "app.log.7", "notes.txt", "resp.json", "events.jsonl",
                 "catalina.out", "app.log.gz", "app.log.bz2", "app.log.xz", "app.log.zst", "bundle.zip", "bundle.tar",
                 "bundle.tar.gz", "bundle.tgz", "bundle.tar.bz2", "bundle.tbz2", "bundle.tar.xz", "bundle.txz",
                 "bundle.tar.zst", "bundle.tzst" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void openFilterListsEveryFormat()
    {
        QFETCH(QString, name);
        const QString filter = ClassifyLauncher::openFilter().section(QStringLiteral(";;"), 0, 0);
        const QString patterns = filter.section(u'(', 1).section(u')', 0, 0);
        bool matched = false;
        for (const QString &pattern : patterns.split(u' ', Qt::SkipEmptyParts))
            matched = matched || QRegularExpression::fromWildcard(pattern).match(name).hasMatch();
        QVERIFY2(matched, qPrintable(filter));
    }
    void init()
    {
        m_settings.clear(); // each test starts as on a first start
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_search = child<QLineEdit>("searchEdit");
        m_table = child<QTableView>("table");
        m_status = child<QLabel>("rowCountLabel");
    }
    void cleanup() { m_window.reset(); }

    void startsWithTheWholeCatalog()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("eKYC Codes"));
        QCOMPARE(m_table->model()->rowCount(), 134);
        QCOMPARE(m_status->text(), QStringLiteral("134 of 134 rows shown, 15 billable"));
        QVERIFY(child<QCheckBox>("includeCommonCheck")->isChecked());
        QCOMPARE(child<QComboBox>("productCombo")->currentText(), QStringLiteral("All"));
        QCOMPARE(m_table->horizontalHeader()->sortIndicatorSection(), -1);
    }

    void typingFilters_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("status");
        QTest::newRow("a code in three products")
            << "2015" << QStringList { "h5:2015", "app_sdk:2015", "idv_sdk:2015" } << "3 of 134 rows shown, 1 billable";
        QTest::newRow("exact code first, then descriptions")
            << "success" << QStringList { "api:Success", "h5:0", "idv_sdk:0" } << "3 of 134 rows shown, 3 billable";
        QTest::newRow("code text before description")
            << "eye"
            << QStringList { "api:FailedOperation.ActionCloseEye", "api:FailedOperation.SilentEyeLiveFail", "h5:1207" }
            << "3 of 134 rows shown, 0 billable";
        QTest::newRow("nothing") << "no such code" << QStringList {} << "0 of 134 rows shown, 0 billable";
    }
    void typingFilters()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, rows);
        QFETCH(QString, status);
        QTest::keyClicks(m_search, typed);
        QTRY_COMPARE(m_status->text(), status);
        QCOMPARE(modelRows(m_table->model()), rows);
    }

    void searchKeys()
    {
        // Ctrl+F from the table reaches the search field.
        m_table->setFocus();
        QTRY_VERIFY(m_table->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_search->hasFocus());

        QTest::keyClicks(m_search, QStringLiteral("20"));
        QTRY_COMPARE(m_status->text(), QStringLiteral("31 of 134 rows shown, 8 billable"));
        // Enter moves to the first result, and the detail pane follows it.
        QTest::keyClick(m_search, Qt::Key_Return);
        QTRY_VERIFY(m_table->hasFocus());
        QCOMPARE(m_table->currentIndex().row(), 0);
        QCOMPARE(m_table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(child<CodeDetailPane>("detailPane")->headingText(), QStringLiteral("202"));

        // Esc in the field clears the search.
        m_search->setFocus();
        QTest::keyClick(m_search, Qt::Key_Escape);
        QCOMPARE(m_search->text(), QString());
        QTRY_COMPARE(m_status->text(), QStringLiteral("134 of 134 rows shown, 15 billable"));
    }

    void headerClickSortsByColumn()
    {
        QTest::keyClicks(m_search, QStringLiteral("success"));
        QTRY_COMPARE(modelRows(m_table->model()), (QStringList { "api:Success", "h5:0", "idv_sdk:0" }));
        QHeaderView *header = m_table->horizontalHeader();
        const QPoint productHeader(header->sectionViewportPosition(ProductColumn) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, productHeader);
        QTRY_COMPARE(modelRows(m_table->model()), (QStringList { "h5:0", "api:Success", "idv_sdk:0" }));
        QCOMPARE(header->sortIndicatorSection(), int(ProductColumn));
        // New queries keep the column order the person chose.
        m_search->setFocus();
        QTRY_VERIFY(m_search->hasFocus());
        QTest::keyClick(m_search, Qt::Key_Escape);
        QTest::keyClicks(m_search, QStringLiteral("2015"));
        QTRY_COMPARE(modelRows(m_table->model()), (QStringList { "h5:2015", "app_sdk:2015", "idv_sdk:2015" }));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, productHeader); // descending
        QTRY_COMPARE(modelRows(m_table->model()), (QStringList { "idv_sdk:2015", "app_sdk:2015", "h5:2015" }));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, productHeader); // cleared: rank order again
        QTRY_COMPARE(header->sortIndicatorSection(), -1);
        QCOMPARE(modelRows(m_table->model()), (QStringList { "h5:2015", "app_sdk:2015", "idv_sdk:2015" }));
    }

    void productAndBillingFilters()
    {
        auto *products = child<QComboBox>("productCombo");
        auto *common = child<QCheckBox>("includeCommonCheck");
        auto *billing = child<QComboBox>("billableCombo");
        QCOMPARE(products->count(), 6);
        products->setCurrentIndex(products->findText(QStringLiteral("H5")));
        QTRY_COMPARE(m_status->text(), QStringLiteral("62 of 134 rows shown, 2 billable"));
        common->setChecked(false);
        QTRY_COMPARE(m_status->text(), QStringLiteral("50 of 134 rows shown, 2 billable"));
        products->setCurrentIndex(products->findText(QStringLiteral("Common")));
        QTRY_COMPARE(m_status->text(), QStringLiteral("12 of 134 rows shown, 0 billable"));
        QVERIFY(!common->isEnabled());
        products->setCurrentIndex(products->findText(QStringLiteral("All")));
        common->setChecked(true);
        billing->setCurrentIndex(billing->findText(QStringLiteral("Billable")));
        QTRY_COMPARE(m_status->text(), QStringLiteral("15 of 134 rows shown, 15 billable"));
        billing->setCurrentIndex(billing->findText(QStringLiteral("Not billable")));
        QTRY_COMPARE(m_status->text(), QStringLiteral("119 of 134 rows shown, 0 billable"));
    }

    void detailPaneFor2015()
    {
        QTest::keyClicks(m_search, QStringLiteral("2015"));
        QTest::keyClick(m_search, Qt::Key_Return);
        QTRY_VERIFY(m_table->hasFocus());
        QTest::keyClick(m_table, Qt::Key_Down);
        QTest::keyClick(m_table, Qt::Key_Down); // to the Identity Verification row
        auto *pane = child<CodeDetailPane>("detailPane");
        QTRY_COMPARE(pane->shownRow(), m_window->catalog().rowOf(Product::IdvSdk, u"2015"));
        QCOMPARE(pane->headingText(), QStringLiteral("2015"));
        QCOMPARE(pane->summaryText(), QStringLiteral("Billed in Identity Verification; not billed in H5, App SDK."));
        // A filter that hides the current row empties the pane instead of describing a hidden row.
        QTest::keyClicks(m_search, QStringLiteral("9"));
        QTRY_COMPARE(pane->shownRow(), -1);
    }

    // While typing, the pane shows the first match; a search without results says so and
    // leaves the pane empty.
    void searchKeepsThePaneOnTheFirstMatchAndNamesAnEmptyResult()
    {
        auto *pane = child<CodeDetailPane>("detailPane");
        auto *page = child<CatalogPage>("browserTab");
        QTest::keyClicks(m_search, QStringLiteral("2015"));
        QTRY_COMPARE(pane->headingText(), QStringLiteral("2015"));
        QCOMPARE(page->emptyNote(), QString());
        QTest::keyClicks(m_search, QStringLiteral("zz"));
        QTRY_COMPARE(page->emptyNote(), QStringLiteral("No codes match “2015zz”."));
        QCOMPARE(pane->shownRow(), -1);
    }

    // A filter that removes the current row clears the pane.
    void billingFilterThatHidesTheRowClearsThePane()
    {
        QTest::keyClicks(m_search, QStringLiteral("-999"));
        auto *pane = child<CodeDetailPane>("detailPane");
        QTRY_VERIFY(pane->shownRow() >= 0);
        auto *billing = child<QComboBox>("billableCombo");
        billing->setCurrentIndex(billing->findText(QStringLiteral("Billable")));
        QTRY_COMPARE(pane->shownRow(), -1);
    }

    void copiesSelectedRowsAsTsv()
    {
        QTest::keyClicks(m_search, QStringLiteral("2015"));
        QTest::keyClick(m_search, Qt::Key_Return);
        QTRY_VERIFY(m_table->hasFocus());
        QTest::keyClick(m_table, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_table->selectionModel()->selectedRows().size(), 3);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_table, Qt::Key_C, Qt::ControlModifier);
        const QString expected = QStringLiteral("product\tcode\tbillable\tdescription\n"
                                                "h5\t2015\tno\tComparison failed\n"
                                                "app_sdk\t2015\tno\tFace comparison failed\n"
                                                "idv_sdk\t2015\tyes\tComparison failed\n");
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), expected);

        // In the order shown, after a column sort too.
        m_table->sortByColumn(BillableColumn, Qt::DescendingOrder);
        QTest::keyClick(m_table, Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(
            QStringLiteral("product\tcode\tbillable\tdescription\nidv_sdk\t2015\tyes\t")));
    }

    void tabAndShortcutsReachTheControls()
    {
        auto *products = child<QComboBox>("productCombo");
        products->setFocus();
        QTRY_VERIFY(products->hasFocus());
        const QStringList expected { "includeCommonCheck", "searchEdit", "billableCombo", "table" };
        QStringList reached;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(reached, expected);

        const QList<std::pair<QKeyCombination, QString>> shortcuts { { Qt::ALT | Qt::Key_P, "productCombo" },
            { Qt::ALT | Qt::Key_S, "searchEdit" }, { Qt::ALT | Qt::Key_B, "billableCombo" },
            { Qt::ALT | Qt::Key_T, "table" }, { Qt::CTRL | Qt::Key_F, "searchEdit" } };
        for (const auto &[keys, name] : shortcuts) {
            child<QCheckBox>("includeCommonCheck")->setFocus(); // somewhere else first
            QTest::keyClick(QApplication::focusWidget(), keys.key(), keys.keyboardModifiers());
            QTRY_COMPARE(QApplication::focusWidget()->objectName(), name);
        }
    }

    void brokenCatalogFileKeepsTheBuiltInOne_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem"); // part of the message
        QTest::newRow("not JSON") << QByteArray("{ this is not json") << "broken.json";
        QTest::newRow("no codes") << QByteArray(R"({"schema_version": 1, "products": []})") << "broken.json";
    }
    void brokenCatalogFileKeepsTheBuiltInOne()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString loaderError;
        QVERIFY(!CatalogLoader::fromFile(path, &loaderError));

        QVERIFY(!m_window->loadCatalogFile(path));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("catalogErrorDialog"))));
        QTRY_VERIFY(box->isVisible());
        // The dialog names the file and says what the loader found wrong.
        QCOMPARE(box->informativeText(), loaderError);
        QVERIFY(box->informativeText().contains(problem));
        QCOMPARE(m_table->model()->rowCount(), 134);
        QCOMPARE(m_status->text(), QStringLiteral("134 of 134 rows shown, 15 billable"));
        box->accept();
    }

    void goodCatalogFileReplacesTheCatalog()
    {
        QByteArray json = CatalogLoader::builtInJson();
        json.replace("Comparison failed", "Comparison failed (new wording)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QTest::keyClicks(m_search, QStringLiteral("new wording"));
        QTRY_COMPARE(m_status->text(), QStringLiteral("0 of 134 rows shown, 0 billable"));
        QVERIFY(m_window->loadCatalogFile(path));
        // The search in force applies to the new rows.
        QTRY_COMPARE(modelRows(m_table->model()),
            (QStringList { "h5:2015", "api:FailedOperation.CompareFail", "idv_sdk:2015" }));
        QTRY_COMPARE(m_status->text(), QStringLiteral("3 of 134 rows shown, 1 billable"));
        QVERIFY(!m_window->findChild<QMessageBox *>());
    }

private:
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s in the main window", name);
        return widget;
    }

    IsolatedSettings m_settings; // never the user's language, theme or catalog
    std::unique_ptr<MainWindow> m_window;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
