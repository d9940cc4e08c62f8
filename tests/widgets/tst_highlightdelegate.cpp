#include "core/catalogloader.h"
#include "widgets/catalogmodel.h"
#include "widgets/highlightdelegate.h"
#include "widgets/roles.h"

#include <QImage>
#include <QPainter>
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

class TestHighlightDelegate : public QObject
{
    Q_OBJECT

private slots:
    void coloursStayReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (Fusion)") << palette(Qt::white, Qt::black, QColor(0x30, 0x8c, 0xc6), Qt::white);
        QTest::newRow("dark (Fusion dark)")
            << palette(QColor(0x2a, 0x2a, 0x2a), QColor(0xf0, 0xf0, 0xf0), QColor(0x2a, 0x82, 0xda), Qt::white);
        QTest::newRow("dark blue-grey") << palette(
            QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1), QColor(0x3d, 0xae, 0xe9), QColor(0xfc, 0xfc, 0xfc));
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
