// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/jsonwriter.h"
#include "core/textformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ekyc;

class TestTextFormat : public QObject
{
    Q_OBJECT

private slots:
    void csv_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "abc" << "abc";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
    }
    void csv()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(csvField(in), out);
    }

    void width()
    {
        QCOMPARE(displayWidth(u"abc"), 3);
        QCOMPARE(displayWidth(QString::fromUtf8("错误码")), 6);
    }

    void table()
    {
        TextTable t({"A", "BB"});
        t.addRow({"long", "x"});
        QCOMPARE(t.render(), QStringLiteral("A     BB\n----  --\nlong  x\n"));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "abc";
        QTest::newRow("escapes") << "q\" b\\ n\n t\t c\x01";
        QTest::newRow("cjk") << QString::fromUtf8("too low试");
        QTest::newRow("empty") << QString();
        QTest::newRow("escape first") << "\"abc";
        QTest::newRow("escape last") << "abc\\";
        QTest::newRow("controls only") << "\x1f\r\b\f";
    }
    void jsonRoundTrip()
    {
        QFETCH(QString, text);
        const QString json
            = JsonObjectBuilder().add(u"k", text).add(u"b", true).addNull(u"n").add(text + u'!', u"v").toString();
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(o.value("k").toString(), text);
        QCOMPARE(o.value(text + u'!').toString(), QStringLiteral("v")); // a key is escaped as a value is
        QCOMPARE(jsonString(text), QString::fromUtf8(QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        QCOMPARE(o.value("b").toBool(), true);
        QVERIFY(o.value("n").isNull());
        QVERIFY(json.startsWith("{\"k\":"));
    }
};

QTEST_GUILESS_MAIN(TestTextFormat)
#include "tst_textformat.moc"
