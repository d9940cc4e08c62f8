// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window's state follows every change with results on show: a language change
// retranslates every text on show (read generically from every view, header, label and button,
// and checked against the translation's own list of strings), header widths are kept per
// language, and a theme change paints as a fresh start in that theme would. Reading the lines
// of a compressed input shows progress and can be cancelled.
#include "models/appsettings.h"
#include "models/matchedlinesloader.h"
#include "models/matchedlinesmodel.h"
#include "models/timelinemodel.h"
#include "widgets/results/matchedlinespane.h"
#include "widgets/results/timelinechart.h"

#include "windowdriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QXmlStreamReader>

using namespace ekyc;

namespace {

// A text on show, and where it was read.
struct Shown
{
    QString where;
    QString text;
};

// Texts of one language that the other language writes differently, as patterns matching a
// whole text ("%1" matches anything): English sources, or their Chinese translations.
QList<QRegularExpression> translatedPatterns(bool chinese)
{
    QFile file(QStringLiteral(EKYC_SOURCE_DIR "/resources/translations/ekyc-codes_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the translation");
    QXmlStreamReader xml(&file);
    QList<QRegularExpression> patterns;
    QString source;
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            // Numerus forms are child elements: one form in Chinese.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString text = chinese ? translation : source;
            if (translation.isEmpty() || translation == source)
                continue;
            // Only texts with words of their own: "%1: %2" would match anything.
            QString literal = text;
            literal.remove(placeholder);
            if (std::count_if(literal.cbegin(), literal.cend(), [](QChar c) { return c.isLetter(); }) < 2)
                continue;
            QStringList parts;
            for (const QString &part : text.split(placeholder))
                parts << QRegularExpression::escape(part);
            patterns << QRegularExpression(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))),
                QRegularExpression::DotMatchesEverythingOption);
        }
    }
    if (xml.hasError())
        qFatal("cannot parse the translation: %s", qPrintable(xml.errorString()));
    return patterns;
}

// Every text a person reads in `window` now: the views' headers and rows on show (text and
// tooltip), labels, buttons, combo box items, placeholders, the status bar and the title.
QList<Shown> textsOnShow(QWidget *window)
{
    QList<Shown> out;
    auto add = [&out](const QObject *from, const QString &what, const QString &text) {
        if (!text.isEmpty())
            out.append({ from->objectName() + QLatin1Char(' ') + what, text });
    };
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!view->isVisible() || !model)
            continue;
        for (int column = 0; column < model->columnCount(); ++column) {
            add(view, QStringLiteral("header %1").arg(column), model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
                const QModelIndex index = model->index(row, column);
                add(view, QStringLiteral("%1,%2").arg(row).arg(column), index.data().toString());
                add(view, QStringLiteral("%1,%2 tip").arg(row).arg(column), index.data(Qt::ToolTipRole).toString());
            }
        }
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible())
            add(label, QStringLiteral("label"), label->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            add(button, QStringLiteral("button"), button->text());
    }
    for (QComboBox *combo : window->findChildren<QComboBox *>()) {
        for (int i = 0; combo->isVisible() && i < combo->count(); ++i)
            add(combo, QStringLiteral("item %1").arg(i), combo->itemText(i));
    }
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            add(edit, QStringLiteral("placeholder"), edit->placeholderText());
    }
    for (QStatusBar *bar : window->findChildren<QStatusBar *>())
        add(bar, QStringLiteral("message"), bar->currentMessage());
    add(window, QStringLiteral("title"), window->windowTitle());
    return out;
}

// The texts on show still written as `patterns` say (the other language's texts).
QStringList stale(const QList<Shown> &shown, const QList<QRegularExpression> &patterns)
{
    QStringList out;
    for (const Shown &s : shown) {
        for (const QRegularExpression &pattern : patterns) {
            if (pattern.match(s.text).hasMatch()) {
                out << s.where + QStringLiteral(": ") + s.text;
                break;
            }
        }
    }
    return out;
}

// How everything on show is coloured, by where: each visible widget's palette and style
// sheet, the brushes the models give their rows, the timeline's series.
QMap<QString, QString> coloursOnShow(QWidget *window)
{
    QMap<QString, QString> out;
    auto name = [](const QColor &c) { return c.name(QColor::HexArgb); };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        QString where = QString::fromLatin1(widget->metaObject()->className());
        for (const QObject *o = widget; o && o != window; o = o->parent())
            where += QLatin1Char('/') + o->objectName();
        while (out.contains(where + QStringLiteral(" palette")))
            where += QLatin1Char('+');
        const QPalette &p = widget->palette();
        QStringList colours;
        for (auto role : { QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text, QPalette::Highlight,
                 QPalette::HighlightedText, QPalette::ToolTipBase, QPalette::ToolTipText })
            colours << name(p.color(role));
        out.insert(where + QStringLiteral(" palette"), colours.join(u' '));
        out.insert(where + QStringLiteral(" style sheet"), widget->styleSheet());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    for (int role : { Qt::BackgroundRole, Qt::ForegroundRole }) {
                        const QVariant brush = index.data(role);
                        if (brush.isValid())
                            out.insert(QStringLiteral("%1 %2,%3 role %4").arg(where).arg(row).arg(column).arg(role),
                                name(brush.value<QBrush>().color()));
                    }
                }
            }
        }
        if (auto *chart = qobject_cast<TimelineChart *>(widget)) {
            for (int series = 0; series < TimelineModel::MaxSeries + 1; ++series)
                out.insert(QStringLiteral("%1 series %2").arg(where).arg(series), name(chart->seriesColour(series)));
        }
    }
    return out;
}

} // namespace

class TestWindowState : public QObject, public WindowDriver
{
    Q_OBJECT

    QAction *action(const char *name) const { return child<QAction>(name); }
    // Every status on show: known, ambiguous, unknown and not counted codes.
    bool classifyMixed()
    {
        const QString wechat = m_dir.filePath(QStringLiteral("wechat.log"));
        writeFile(wechat, "{\"ErrorCode\":1001}\nGetDetectInfoEnhanced {\"ErrCode\":0}\n");
        QList<QUrl> inputs = urls({ "h5-web.log", "ambiguous.log", "unknown.log" });
        inputs << QUrl::fromLocalFile(wechat);
        return classify(inputs) && QTest::qWaitFor([this] { return !m_results->linesPane()->isLoading(); });
    }

private slots:
    void initTestCase() { QVERIFY(startSuite()); }
    void init()
    {
        QSettings().clear();
        AppSettings().setLanguage(UiLanguage::English);
        AppSettings().setTheme(UiTheme::Light);
        QVERIFY(openWindow());
    }
    void cleanup() { m_window.reset(); }

    void languageChangeRetranslatesEverythingOnShow()
    {
        QVERIFY(classifyMixed());
        const QList<QRegularExpression> english = translatedPatterns(false);
        const QList<QRegularExpression> chinese = translatedPatterns(true);
        const QList<Shown> before = textsOnShow(m_window.get());
        // The check can fail: English texts on show are found as such.
        QVERIFY(stale(before, english).size() > 10);
        QVERIFY(stale(before, chinese).isEmpty());

        action("languageChineseAction")->trigger();
        QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), QStringLiteral("文件(&F)"));
        QCoreApplication::processEvents();
        const QList<Shown> inChinese = textsOnShow(m_window.get());
        QCOMPARE(stale(inChinese, english), QStringList());
        QVERIFY(stale(inChinese, chinese).size() > 10);

        action("languageEnglishAction")->trigger();
        QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
        QCoreApplication::processEvents();
        QCOMPARE(stale(textsOnShow(m_window.get()), chinese), QStringList());
    }

    // Light to dark at run time paints what a window started in dark paints.
    void themeChangeEqualsAFreshStart()
    {
        QVERIFY(classifyMixed());
        const QMap<QString, QString> light = coloursOnShow(m_window.get());
        action("themeDarkAction")->trigger();
        QCoreApplication::processEvents();
        const QMap<QString, QString> switched = coloursOnShow(m_window.get());
        QVERIFY(switched != light);

        m_window.reset();
        QCOMPARE(AppSettings().theme(), UiTheme::Dark);
        QVERIFY(openWindow());
        QVERIFY(classifyMixed());
        const QMap<QString, QString> fresh = coloursOnShow(m_window.get());
        QCOMPARE(switched.keys(), fresh.keys());
        QStringList differ;
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            if (switched.value(it.key()) != it.value())
                differ << it.key() + QStringLiteral(": ") + switched.value(it.key()) + QStringLiteral(" (fresh: ")
                        + it.value() + QLatin1Char(')');
        }
        QCOMPARE(differ, QStringList());
    }

    // The lines of a compressed input are read from its start: the pane shows how far it has
    // come, and Esc stops it keeping the lines read; Show More reads on from there.
    void compressedLinesShowProgressAndCancel()
    {
        // 16 MiB unpacked (16 blocks of LineReader), one code on the first and the last line.
        const QByteArray code = "2023-07-05T09:13:40.562+08:00 INFO [kyc-web] GetWebVerificationResultIntl "
                                "response={\"Response\":{\"ErrorCode\":1101}}\n";
        QByteArray noise;
        for (int i = 0; noise.size() < (1 << 20); ++i)
            noise += "2023-07-05T09:13:41.000+08:00 INFO [worker] heartbeat ok n=" + QByteArray::number(i) + '\n';
        const QString plain = m_dir.filePath(QStringLiteral("packed.log"));
        writeFile(plain, code + noise.repeated(16) + code);
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), { QStringLiteral("-1"), plain });
        QVERIFY(gzip.waitForFinished(10000) && gzip.exitCode() == 0);
        QVERIFY(classify({ QUrl::fromLocalFile(plain + QStringLiteral(".gz")) }));
        MatchedLinesPane *pane = m_results->linesPane();
        QTRY_VERIFY(!pane->isLoading());
        QCOMPARE(pane->model()->rowCount(), 2);

        auto *loader = pane->findChild<MatchedLinesLoader *>(QStringLiteral("linesLoader"));
        QVERIFY(loader);
        QSignalSpy progress(loader, &MatchedLinesLoader::progress);
        QStringList titles;
        connect(loader, &MatchedLinesLoader::progress, this, [&] { titles << pane->title(); });
        auto reselect = [this] {
            table()->clearSelection();
            return selectCode(EventStatus::Known, QStringLiteral("1101"));
        };
        QVERIFY(reselect());
        QTRY_VERIFY(!pane->isLoading());
        QCOMPARE(pane->model()->rowCount(), 2);
        QVERIFY2(progress.size() >= 8, qPrintable(QString::number(progress.size())));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() > progress.at(i - 1).at(0).toInt());
        QCOMPARE(progress.constLast().at(0).toInt(), 100);
        QVERIFY2(
            titles.constFirst().contains(QStringLiteral("(reading… %1%)").arg(progress.constFirst().at(0).toInt())),
            qPrintable(titles.constFirst()));

        progress.clear();
        QVERIFY(reselect());
        QVERIFY(progress.wait(5000));
        QVERIFY(pane->isLoading());
        QTest::keyClick(pane->table(), Qt::Key_Escape);
        QVERIFY(!pane->isLoading());
        QVERIFY2(pane->title().contains(QStringLiteral("cancelled, 1 line read")), qPrintable(pane->title()));
        QCOMPARE(pane->model()->rowCount(), 1);
        QVERIFY(pane->canShowMore());
        pane->showMore();
        QTRY_VERIFY(!pane->isLoading());
        QCOMPARE(pane->model()->rowCount(), 2);
    }

    // A width chosen under Chinese comes back under Chinese; English gets its own, and no
    // header title is clipped in either.
    void headerWidthsAreKeptPerLanguage()
    {
        auto *table = child<QTableView>("table"); // the catalog's
        QHeaderView *header = table->horizontalHeader();
        const int column = 3; // Billable: 计费 is narrower than its English title
        auto unclipped = [header] {
            for (int s = 0; s < header->count(); ++s) {
                if (!header->isSectionHidden(s) && header->sectionSize(s) < header->sectionSizeHint(s))
                    return false;
            }
            return true;
        };
        QVERIFY(unclipped());
        const int englishWidth = header->sectionSize(column);

        action("languageChineseAction")->trigger();
        QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), QStringLiteral("文件(&F)"));
        QTRY_VERIFY(unclipped());
        const int chineseWidth = englishWidth + 37; // a person's choice, no default
        header->resizeSection(column, chineseWidth);

        action("languageEnglishAction")->trigger();
        QTRY_COMPARE(header->sectionSize(column), englishWidth);
        QVERIFY(unclipped());

        action("languageChineseAction")->trigger();
        QTRY_COMPARE(header->sectionSize(column), chineseWidth);

        // Kept from one start to the next, per language.
        m_window->close();
        m_window.reset();
        QVERIFY(openWindow());
        QCOMPARE(child<QTableView>("table")->horizontalHeader()->sectionSize(column), chineseWidth);
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
