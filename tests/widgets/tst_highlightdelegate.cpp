// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/catalogloader.h"
#include "models/catalogmodel.h"
#include "models/roles.h"
#include "widgets/highlightdelegate.h"
#include "widgets/preferences/thememanager.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace ekyc;

namespace {

// WCAG 2 contrast ratio between two colours (1 to 21; 4.5 is the bar for body text).
qreal contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette palette(const QColor &base, const QColor &text, const QColor &highlight, const QColor &highlightedText)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    return p;
}

// Exposes the protected hook the views call.
class TestableDelegate : public HighlightDelegate
{
public:
    using HighlightDelegate::initStyleOption;
};

} // namespace

// How a highlighted cell is shown: which roles it carries and how it is selected.
struct CellState
{
    bool billable = false;
    bool matched = false;
    bool selected = false;
    bool activeWindow = true;
};
Q_DECLARE_METATYPE(CellState)

namespace {

// Paints one cell through the delegate, as a view with the application's palette would, and
// reads back the colour of its text and of the background right behind the text.
// The text is a run of full blocks (U+2588, solid in DejaVu and Noto) and then spaces; a match
// covers both, so the match background shows in the spaces.
struct PaintedCell
{
    QColor text;
    QColor background;
};

PaintedCell paintCell(const CellState &state)
{
    const int blocks = 8;
    QStandardItemModel model(1, 1);
    const QModelIndex index = model.index(0, 0);
    model.setData(index, QString(blocks, QChar(0x2588)) + QString(blocks, QLatin1Char(' ')), Qt::DisplayRole);
    model.setData(index, state.billable, BillableRole);
    if (state.matched)
        model.setData(index, QVariant::fromValue(QList<TextRange> { { 0, 2 * blocks } }), MatchRangesRole);

    QTableView view; // for its palette, font and style: what the real tables hand the delegate
    HighlightDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, 400, view.fontMetrics().height() + 8);
    option.state = QStyle::State_Enabled;
    if (state.activeWindow)
        option.state |= QStyle::State_Active;
    if (state.selected)
        option.state |= QStyle::State_Selected;
    option.showDecorationSelected = true;

    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(view.palette().color(QPalette::Base)); // what the viewport paints under every cell
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();

    const QFontMetrics metrics(view.font());
    const int textLeft = view.style()->subElementRect(QStyle::SE_ItemViewItemText, &option, &view).left();
    const int y = option.rect.center().y();
    const int blockWidth = metrics.horizontalAdvance(QString(blocks, QChar(0x2588)));
    const int spaceWidth = metrics.horizontalAdvance(QString(blocks, QLatin1Char(' ')));
    const QPoint inText(textLeft + blockWidth / 2, y);
    // In the matched spaces, or (unmatched) far right of the cell, past any text.
    const QPoint behind
        = state.matched ? QPoint(textLeft + blockWidth + spaceWidth / 2 + 2, y) : QPoint(option.rect.right() - 4, y);
    return { image.pixelColor(inText), image.pixelColor(behind) };
}

} // namespace

class TestHighlightDelegate : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { QApplication::setPalette(QPalette()); }

    // A cell too narrow for the text up to its first match shows "…" and the text from just
    // before the match (a log line's code far in, in the lines pane at 1024 px); otherwise the
    // text is elided at the right as usual. The match is always in view and its range follows.
    void matchStaysInView_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("widthInChars");
        QTest::addColumn<bool>("cutAtLeft");
        const QString line = QStringLiteral(
            "2023-07-05T09:13:40.562+08:00 INFO [faceid] GetWebVerificationResultIntl \"Response\":"
            "{\"ErrorCode\":2016,\"RequestId\":\"req-1\"}");
        QTest::newRow("fits") << QStringLiteral("Result=2016") << QStringLiteral("2016") << 40 << false;
        QTest::newRow("match near the start") << QStringLiteral("Result 1001 and a long tail ").repeated(9)
                                              << QStringLiteral("1001") << 20 << false;
        QTest::newRow("match far in, wide cell") << line << QStringLiteral("2016") << 200 << false;
        QTest::newRow("match far in, narrow cell") << line << QStringLiteral("2016") << 45 << true;
        QTest::newRow("match far in, very narrow") << line << QStringLiteral("2016") << 14 << true;
    }
    void matchStaysInView()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(int, widthInChars);
        QFETCH(bool, cutAtLeft);
        const QFontMetrics metrics(QApplication::font());
        const int width = metrics.horizontalAdvance(QString(widthInChars, u'x'));
        const QList<TextRange> ranges { { text.indexOf(code), code.size() } };
        const auto [shown, visible] = HighlightDelegate::visibleText(text, ranges, metrics, width);
        QCOMPARE(shown.startsWith(u'\u2026'), cutAtLeft);
        QVERIFY(metrics.horizontalAdvance(shown) <= width);
        QCOMPARE(visible.size(), 1);
        QCOMPARE(shown.mid(visible.constFirst().start, visible.constFirst().length), code);
        QVERIFY(metrics.horizontalAdvance(shown.left(visible.constFirst().start + code.size())) <= width);
    }

    // The application switched to the Dark theme's palette (and Fusion, as View ▸ Theme ▸ Dark
    // does): every highlighted state of a cell keeps its text at WCAG AA against what is
    // actually painted behind it.
    void themeStatesStayReadable_data()
    {
        QTest::addColumn<CellState>("state");
        QTest::addColumn<QString>("theme");
        for (const char *theme : { "dark", "light" }) {
            auto row = [&](const char *name, CellState state) {
                QTest::addRow("%s: %s", theme, name) << state << QString::fromLatin1(theme);
            };
            row("plain", {});
            row("billable", { true, false, false, true });
            row("search match", { false, true, false, true });
            row("search match on a billable row", { true, true, false, true });
            row("selected", { false, false, true, true });
            row("selected billable", { true, false, true, true });
            row("selected search match", { false, true, true, true });
            row("selected billable match", { true, true, true, true });
            row("selected, window inactive", { true, false, true, false });
            row("selected match, window inactive", { false, true, true, false });
        }
    }
    void themeStatesStayReadable()
    {
        QFETCH(CellState, state);
        QFETCH(QString, theme);
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(
            theme == QLatin1String("dark") ? ThemeManager::darkPalette() : ThemeManager::lightPalette());
        const PaintedCell cell = paintCell(state);
        const qreal ratio = contrast(cell.text, cell.background);
        QVERIFY2(ratio >= 4.5,
            qPrintable(QStringLiteral("text %1 on %2: %3:1").arg(cell.text.name(), cell.background.name()).arg(ratio)));
        // And the highlight is there at all: billable and matched cells are not plain Base.
        const QPalette palette = QApplication::palette();
        if (!state.selected && (state.billable || state.matched))
            QVERIFY(cell.background != palette.color(QPalette::Base));
        if (state.selected && !state.matched)
            QCOMPARE(cell.background,
                palette.color(state.activeWindow ? QPalette::Active : QPalette::Inactive, QPalette::Highlight));
    }

    // The notes drawn in tooltip colours (the results tab's unknown-codes banner) and the
    // window's own text, in both themes.
    void themeNotesStayReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("dark") << ThemeManager::darkPalette();
        QTest::newRow("light") << ThemeManager::lightPalette();
    }
    void themeNotesStayReadable()
    {
        QFETCH(QPalette, palette);
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            { QPalette::ToolTipText, QPalette::ToolTipBase },
            { QPalette::WindowText, QPalette::Window },
            { QPalette::Text, QPalette::AlternateBase },
            { QPalette::ButtonText, QPalette::Button },
            { QPalette::PlaceholderText, QPalette::Base },
            { QPalette::Link, QPalette::Base },
        };
        for (const auto &[fg, bg] : pairs) {
            const qreal ratio = contrast(palette.color(QPalette::Active, fg), palette.color(QPalette::Active, bg));
            QVERIFY2(
                ratio >= 4.5, qPrintable(QStringLiteral("roles %1 on %2: %3:1").arg(int(fg)).arg(int(bg)).arg(ratio)));
        }
    }

    void coloursStayReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (Fusion)") << palette(Qt::white, Qt::black, QColor(0x30, 0x8c, 0xc6), Qt::white);
        QTest::newRow("dark (Fusion dark)")
            << palette(QColor(0x2a, 0x2a, 0x2a), QColor(0xf0, 0xf0, 0xf0), QColor(0x2a, 0x82, 0xda), Qt::white);
        QTest::newRow("dark blue-grey") << palette(
            QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1), QColor(0x3d, 0xae, 0xe9), QColor(0xfc, 0xfc, 0xfc));
        QTest::newRow("View > Theme > Dark") << ThemeManager::darkPalette();
        QTest::newRow("View > Theme > Light") << ThemeManager::lightPalette();
        QTest::newRow("light grey") << palette(
            QColor(0xfc, 0xfc, 0xfc), QColor(0x23, 0x26, 0x29), QColor(0x3d, 0xae, 0xe9), Qt::white);
    }
    void coloursStayReadable()
    {
        QFETCH(QPalette, palette);
        const QColor billable = HighlightDelegate::billableBackground(palette);
        QVERIFY2(contrast(palette.color(QPalette::Text), billable) >= 4.5,
            qPrintable(
                QStringLiteral("text on billable rows: %1").arg(contrast(palette.color(QPalette::Text), billable))));
        // The tint must be seen: clearly apart from the plain rows.
        QVERIFY(contrast(palette.color(QPalette::Base), billable) >= 1.15);
        QVERIFY(contrast(palette.color(QPalette::Text), HighlightDelegate::matchBackground(palette, false)) >= 4.5);
        // On a selected row: no less readable than the selection itself, and visibly apart from it.
        const QColor selectedMatch = HighlightDelegate::matchBackground(palette, true);
        QVERIFY(contrast(palette.color(QPalette::HighlightedText), selectedMatch)
            >= contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)));
        QVERIFY(contrast(selectedMatch, palette.color(QPalette::Highlight)) >= 1.3);
    }

    void billableRowsGetTheTint()
    {
        CatalogModel model;
        model.setCatalog(CatalogLoader::builtIn());
        const int billed = int(model.catalog().rowOf(Product::IdvSdk, u"2015"));
        const int notBilled = int(model.catalog().rowOf(Product::H5, u"2015"));
        TestableDelegate delegate;
        for (int column = 0; column < model.columnCount(); ++column) {
            QStyleOptionViewItem option;
            option.palette = palette(Qt::white, Qt::black, Qt::blue, Qt::white);
            delegate.initStyleOption(&option, model.index(billed, column));
            QCOMPARE(option.backgroundBrush.color(), HighlightDelegate::billableBackground(option.palette));

            QStyleOptionViewItem plain;
            delegate.initStyleOption(&plain, model.index(notBilled, column));
            QCOMPARE(plain.backgroundBrush.style(), Qt::NoBrush);
        }
    }

    void paintsTheTint()
    {
        CatalogModel model;
        model.setCatalog(CatalogLoader::builtIn());
        const QModelIndex billed = model.index(int(model.catalog().rowOf(Product::IdvSdk, u"2015")), DescriptionColumn);
        const QModelIndex notBilled = model.index(int(model.catalog().rowOf(Product::H5, u"2015")), DescriptionColumn);
        HighlightDelegate delegate;
        QStyleOptionViewItem option;
        option.palette = palette(Qt::white, Qt::black, Qt::blue, Qt::white);
        option.rect = QRect(0, 0, 600, 20);
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        auto paintCell = [&](const QModelIndex &index) {
            QImage image(option.rect.size(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
            painter.end();
            return image.pixelColor(590, 10); // far right of the cell, past any text
        };
        QCOMPARE(paintCell(billed).rgb(), HighlightDelegate::billableBackground(option.palette).rgb());
        QCOMPARE(paintCell(notBilled).rgb(), QColor(Qt::white).rgb());
    }
};

QTEST_MAIN(TestHighlightDelegate)
#include "tst_highlightdelegate.moc"
