// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window in Simplified Chinese: from the remembered choice at start, and switched at run
// time from View ▸ Language without a restart — menus, status line, column headers, product
// names and titles, the detail pane, and Qt's own dialog buttons.
#include "core/catalogloader.h"
#include "models/appsettings.h"
#include "models/roles.h"
#include "widgets/catalog/codedetailpane.h"
#include "widgets/mainwindow.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ekyc;

namespace {

QStringList menuTitles(const QMainWindow *window)
{
    QStringList titles;
    for (const QAction *action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList headers(const QTableView *table)
{
    QStringList texts;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        texts << table->model()->headerData(column, Qt::Horizontal).toString();
    return texts;
}

const QStringList ChineseMenus { "文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)" };
const QStringList EnglishMenus { "&File", "&Edit", "&View", "&Help" };
const QStringList ChineseHeaders { "产品", "错误码", "描述", "计费", "变更" };
const QStringList EnglishHeaders { "Product", "Code", "Description", "Billable", "Change" };

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_settings.clear(); }
    void cleanup() { m_window.reset(); }

    void startsInTheRememberedLanguage()
    {
        AppSettings().setLanguage(UiLanguage::Chinese);
        open();
        QCOMPARE(menuTitles(m_window.get()), ChineseMenus);
        QCOMPARE(m_window->statusText(), QStringLiteral("显示 134 / 134 行，其中 15 行计费"));
        QCOMPARE(child<QLabel>("rowCountLabel")->text(), m_window->statusText());
        QCOMPARE(headers(table()), ChineseHeaders);
        QCOMPARE(child<QLabel>("catalogLabel")->text(), QStringLiteral("错误码表 2023-07-03，134 行（内置）"));
        QCOMPARE(child<QComboBox>("productCombo")->itemText(0), QStringLiteral("全部"));
        QCOMPARE(child<QTabWidget>("tabs")->tabText(0), QStringLiteral("错误码表"));
    }

    void catalogTextStaysAsPublished()
    {
        AppSettings().setLanguage(UiLanguage::Chinese);
        open();
        const Catalog &catalog = m_window->catalog();
        const int h5row = int(catalog.rowOf(Product::H5, u"1101"));
        const QModelIndex source = table()->model()->index(0, 0);
        QVERIFY(source.isValid());
        // Find the H5 1101 row in the view.
        QModelIndex product;
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            const QModelIndex index = table()->model()->index(row, ProductColumn);
            if (index.data(CatalogRowRole).toLongLong() == h5row)
                product = index;
        }
        QVERIFY(product.isValid());
        QCOMPARE(product.data().toString(), QStringLiteral("H5"));
        // The product's full title is the catalog's own Chinese title.
        QCOMPARE(product.data(Qt::ToolTipRole).toString(), catalog.product(Product::H5).titleZh);
        // Descriptions are the seed's text, untranslated.
        QCOMPARE(product.siblingAtColumn(DescriptionColumn).data().toString(), catalog.at(h5row).description);
        QCOMPARE(product.siblingAtColumn(BillableColumn).data().toString(), QStringLiteral("否"));
    }

    void switchesAtRunTime()
    {
        open();
        QCOMPARE(menuTitles(m_window.get()), EnglishMenus);
        QCOMPARE(headers(table()), EnglishHeaders);
        // Select 2015 so the detail pane has text of its own to translate.
        QTest::keyClicks(child<QWidget>("searchEdit"), QStringLiteral("2015"));
        QTRY_COMPARE(m_window->statusText(), QStringLiteral("3 of 134 rows shown, 1 billable"));
        table()->selectRow(0);
        auto *pane = child<CodeDetailPane>("detailPane");
        QTRY_COMPARE(
            pane->summaryText(), QStringLiteral("Billed in Identity Verification; not billed in H5, App SDK."));

        action("languageChineseAction")->trigger();
        QTRY_COMPARE(menuTitles(m_window.get()), ChineseMenus);
        QTRY_COMPARE(child<QLabel>("rowCountLabel")->text(), QStringLiteral("显示 3 / 134 行，其中 1 行计费"));
        QCOMPARE(headers(table()), ChineseHeaders);
        QCOMPARE(
            table()->horizontalHeader()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("产品"));
        QCOMPARE(pane->summaryText(), QStringLiteral("在身份核验中计费；在H5、App SDK中不计费。"));
        QCOMPARE(child<QComboBox>("billableCombo")->itemText(1), QStringLiteral("计费"));
        // Objects that are not widgets hear of it too: the catalog line and File ▸ Open Recent.
        QCOMPARE(child<QLabel>("catalogLabel")->text(), QStringLiteral("错误码表 2023-07-03，134 行（内置）"));
        QCOMPARE(child<QMenu>("recentMenu")->actions().value(0)->text(), QStringLiteral("没有最近的日志"));
        QVERIFY(action("languageChineseAction")->isChecked());
        QCOMPARE(AppSettings().language(), UiLanguage::Chinese);

        action("languageEnglishAction")->trigger();
        QTRY_COMPARE(menuTitles(m_window.get()), EnglishMenus);
        QTRY_COMPARE(child<QLabel>("rowCountLabel")->text(), QStringLiteral("3 of 134 rows shown, 1 billable"));
        QCOMPARE(headers(table()), EnglishHeaders);
        QCOMPARE(pane->summaryText(), QStringLiteral("Billed in Identity Verification; not billed in H5, App SDK."));
    }

    void qtsOwnStringsToo()
    {
        AppSettings().setLanguage(UiLanguage::Chinese);
        open();
        action("shortcutsAction")->trigger();
        QDialogButtonBox *buttons = nullptr;
        QTRY_VERIFY((buttons = m_window->findChild<QDialogButtonBox *>()));
        // "Close" comes from Qt's own translation (qtbase_zh_CN.qm), not ours.
        QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("关闭"));
        buttons->window()->close();
    }

    // English is the source text, but "Copied 1 row(s)" is not English: ekyc-codes_en.qm gives
    // the texts with %n their singular and plural.
    void englishPlurals_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << 0 << "Copied 0 rows as tab-separated text.";
        QTest::newRow("one") << 1 << "Copied 1 row as tab-separated text.";
        QTest::newRow("two") << 2 << "Copied 2 rows as tab-separated text.";
    }
    void englishPlurals()
    {
        QFETCH(int, count);
        QFETCH(QString, text);
        open();
        QCOMPARE(QCoreApplication::translate("ekyc::CatalogPage", "Copied %n row(s) as tab-separated text.", nullptr, count),
            text);
    }

    // Every text with %n in the window's sources has its English forms, and they are used.
    void everyPluralTextHasEnglishForms()
    {
        open();
        QFile ts(QStringLiteral(EKYC_SOURCE_DIR "/resources/translations/ekyc-codes_en.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context;
        QHash<QString, QString> contextOf; // source text -> its context
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                contextOf.insert(xml.readElementText(), context);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QRegularExpression trCall(QStringLiteral(R"re(\btr\("((?:[^"\\]|\\.)*%n(?:[^"\\]|\\.)*)")re"));
        int found = 0;
        QDirIterator it(QStringLiteral(EKYC_SOURCE_DIR "/src"), { QStringLiteral("*.cpp") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile source(it.next());
            if (source.fileName().contains(u"/src/cli/") || source.fileName().contains(u"/src/core/"))
                continue; // not translated (reports read the same in every language)
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(source.readAll());
            for (auto match = trCall.globalMatch(code); match.hasNext();) {
                const QString text = match.next().captured(1);
                ++found;
                QVERIFY2(contextOf.contains(text), qPrintable(source.fileName() + QStringLiteral(": no English forms for ") + text));
                const QByteArray context = contextOf.value(text).toUtf8();
                const QString one = QCoreApplication::translate(context, text.toUtf8(), nullptr, 1);
                const QString two = QCoreApplication::translate(context, text.toUtf8(), nullptr, 2);
                QVERIFY2(!one.contains(u"(s)") && !two.contains(u"(s)") && one != two, qPrintable(one + QStringLiteral(" / ") + two));
            }
        }
        QVERIFY(found >= 8);
    }

private:
    void open()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s in the main window", name);
        return widget;
    }
    QTableView *table() const { return child<QTableView>("table"); }
    QAction *action(const char *name) const { return child<QAction>(name); }

    IsolatedSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
