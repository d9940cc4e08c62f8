// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading JSON reports back (reportFromJson) and summing them (ReportMerger): what
// `ekyc-codes merge` is built on.
#include "core/boundedread.h"
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/reportmerge.h"
#include "core/reportreader.h"
#include "core/reportwriter.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <utility>

using namespace ekyc;

Q_DECLARE_METATYPE(ekyc::Report)

namespace {

const Catalog &catalog()
{
    static const Catalog c = CatalogLoader::builtIn();
    return c;
}

QByteArray toJson(const Report &r)
{
    QString text;
    QTextStream out(&text);
    writeReport(out, r, catalog(), ReportFormat::Json);
    out.flush();
    return text.toUtf8();
}

// A small report in the shape classify writes: one file, one row of each kind.
const char *const baseReport = R"({
  "catalog": {"updated": "2023-07-03", "codes": 134},
  "files": [{"path": "a.log", "lines": 9, "events": 4, "product": null, "product_source": "none", "encoding": "utf-8", "error": null, "not_counted": 3}],
  "counts": [{"product": "h5", "code": "1101", "count": 2, "billable": false}],
  "ambiguous": [{"code": "0", "candidates": ["h5", "app_sdk", "idv_sdk"], "count": 1, "billable": true}],
  "unknown": [{"product": null, "code": "1409", "count": 1, "in_catalog_as": []}],
  "not_counted": [{"code": "0", "reason": "no_context", "action": null, "candidates": ["app_sdk", "h5", "idv_sdk"], "count": 2},
                  {"code": "0", "reason": "other_service", "action": "GetDetectInfoEnhanced", "candidates": ["app_sdk", "h5", "idv_sdk"], "count": 1}],
  "totals": {"events": 4, "known": 2, "ambiguous": 1, "unknown": 1, "billable": 1, "billable_uncertain": 0, "not_counted": 3}
})";

// `json` with the value at `path` ("counts/0/billable") replaced, or removed when `value` is undefined.
QJsonValue edit(const QJsonValue &json, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (json.isArray()) {
        QJsonArray a = json.toArray();
        const int i = head.toInt();
        if (!path.isEmpty())
            a.replace(i, edit(a.at(i), path, value));
        else if (value.isUndefined())
            a.removeAt(i);
        else if (i < a.size())
            a.replace(i, value);
        else
            a.append(value);
        return a;
    }
    QJsonObject o = json.toObject();
    if (!path.isEmpty())
        o.insert(head, edit(o.value(head), path, value));
    else if (value.isUndefined())
        o.remove(head);
    else
        o.insert(head, value);
    return o;
}

QByteArray edited(const QString &path, const QJsonValue &value = QJsonValue::Undefined)
{
    const QJsonValue root = QJsonDocument::fromJson(baseReport).object();
    return QJsonDocument(edit(root, path.split('/'), value).toObject()).toJson();
}

Report parse(const QByteArray &json, const QString &source = QStringLiteral("r.json"))
{
    QString error;
    const std::optional<Report> r = reportFromJson(json, source, &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}

Report handMade(const QString &path, const QList<CountRow> &counts, const QList<AmbiguousRow> &ambiguous = {},
    const QList<UnknownRow> &unknown = {}, const QList<NotCountedRow> &notCounted = {})
{
    Report r;
    r.catalogUpdated = "2023-07-03";
    r.catalogCodes = 134;
    FileResult f;
    f.summary.path = path;
    for (const CountRow &c : counts) {
        r.totals.known += c.count;
        r.totals.billable += c.billable ? c.count : 0;
    }
    for (const AmbiguousRow &a : ambiguous) {
        r.totals.ambiguous += a.count;
        r.totals.billable += a.billable.value_or(false) ? a.count : 0;
        r.totals.billableUncertain += a.billable ? 0 : a.count;
    }
    for (const UnknownRow &u : unknown)
        r.totals.unknown += u.count;
    for (const NotCountedRow &n : notCounted)
        r.totals.notCounted += n.count;
    r.totals.events = r.totals.known + r.totals.ambiguous + r.totals.unknown;
    f.summary.events = r.totals.events;
    f.summary.totals.notCounted = r.totals.notCounted;
    r.files = { f };
    r.counts = counts;
    r.ambiguous = ambiguous;
    r.unknown = unknown;
    r.notCounted = notCounted;
    return r;
}

QStringList rowsOf(const Report &r)
{
    QStringList out;
    for (const CountRow &c : r.counts)
        out << QStringLiteral("%1:%2:%3").arg(productId(c.product), c.code).arg(c.count);
    for (const AmbiguousRow &a : r.ambiguous)
        out << QStringLiteral("-:%1:%2").arg(a.code).arg(a.count);
    for (const UnknownRow &u : r.unknown)
        out << QStringLiteral("%1:%2:%3").arg(u.product ? productId(*u.product) : "-", u.code).arg(u.count);
    for (const NotCountedRow &n : r.notCounted)
        out << QStringLiteral("%1:%2:%3:%4").arg(notCountedReasonId(n.reason), n.action, n.code).arg(n.count);
    return out;
}

const QList<QByteArray> sampleLogs = {
    // h5 by action; a common code; an unknown code with h5
    QByteArray("GetWebVerificationResultIntl {\"ErrorCode\":1001}\n{\"ErrorCode\":1101}\n"
               "{\"Response\":{\"Error\":{\"Code\":\"UnauthorizedOperation.Arrears\"}}}\n{\"ErrorCode\":1409}\n"),
    // no product: ambiguous codes with certain and uncertain billing, an unknown without product
    "{\"ErrorCode\":1001}\n\"Result\":\"0\"\n\"Result\":\"2016\"\nFailedOperation.SomethingNew\n{\"code\":200}\n",
    // app_sdk by codes; api by action on the line
    "\"Result\":\"-999\"\n{\"Result\":\"1001\"}\nLivenessCompare FailedOperation.CompareLowSimilarity\n",
    // nothing at all
    "GET /health 200\n",
    // not counted: WeChat's success without context, a mainland FaceID response; then an
    // unknown code that other tables have
    QByteArray("{\"errcode\":0,\"errmsg\":\"ok\"}\nGetDetectInfoEnhanced {\"Response\":{\"ErrCode\":0}}\n"
               "LivenessCompare {\"Result\":\"2015\"}\n"),
};

// A pipe's way of giving bytes: a few at a time, its size unknown.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>({ max, 777, m_bytes.size() - m_at });
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

} // namespace

class TestReportMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(bytes);
        return f.fileName();
    }

private slots:
    // Reports and catalogs are read whole up to a limit (readBounded): all of a file within it,
    // one byte past it for a file over it, from a file or a pipe — and no allocation of the limit
    // (QIODevice::read(limit + 1) allocates it first: 2 GiB for each report merge read).
    void readBounded_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("pipe");
        for (const bool pipe : { false, true }) {
            const char *kind = pipe ? "pipe" : "file";
            for (const qint64 size : { 0, 1, 99'999, 100'000, 100'001, 300'000 })
                QTest::addRow("%s, %lld of 100000", kind, size) << size << qint64(100'000) << pipe;
            QTest::addRow("%s, 10 of 1 GiB", kind) << qint64(10) << (qint64(1) << 30) << pipe;
        }
    }
    void readBounded()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, limit);
        QFETCH(bool, pipe);
        QByteArray bytes(size, '\0');
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char('a' + i % 26);
        QByteArray got;
        if (pipe) {
            TrickleDevice device(bytes);
            got = ekyc::readBounded(device, limit);
        } else {
            QFile file(write(QStringLiteral("bounded.bin"), bytes));
            QVERIFY(file.open(QIODevice::ReadOnly));
            got = ekyc::readBounded(file, limit);
        }
        QCOMPARE(got.size(), std::min(size, limit + 1));
        QVERIFY(got == bytes.left(got.size()));
        QVERIFY2(got.capacity() < std::max<qint64>(4 * size, 1 << 20), qPrintable(QString::number(got.capacity())));
    }

    // What classify writes reads back to the same report: writing it again gives the same text.
    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QString>("product");
        for (qsizetype i = 0; i < sampleLogs.size(); ++i) {
            const QString path = write(QStringLiteral("sample%1.log").arg(i), sampleLogs.at(i));
            QTest::addRow("sample %lld", qlonglong(i)) << QStringList { path } << QString();
            QTest::addRow("sample %lld --product h5", qlonglong(i)) << QStringList { path } << QStringLiteral("h5");
        }
        QTest::newRow("missing file") << QStringList { m_dir.filePath("missing.log") } << QString();
        // Every hand-written classify fixture, whatever it holds (errors, archives, encodings).
        const QDir fixtures(QStringLiteral(EKYC_TEST_DATA "/classify"));
        QStringList all;
        for (const QString &name : fixtures.entryList(QDir::Files, QDir::Name))
            all << fixtures.filePath(name);
        QVERIFY(all.size() > 10);
        QTest::newRow("classify fixtures") << all << QString();
    }
    void roundTrip()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QString, product);
        ClassifyOptions options;
        options.product = productFromId(product);
        const QByteArray json = toJson(Classifier(catalog()).run(inputs, options));
        QString error;
        const std::optional<Report> back = reportFromJson(json, "r.json", &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(toJson(*back), json);
        // The window opens such a file as a report when it is dropped, by its first bytes.
        QVERIFY(ekyc::looksLikeReport(json.left(64)));
    }

    // The first bytes that make a file a report to open (the window's drop), not a log.
    void looksLikeReport_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("report");
        QTest::newRow("as written") << QByteArray("{\n  \"catalog\": {\"updated\":\"2023-07-03\"") << true;
        QTest::newRow("on one line") << QByteArray("{\"catalog\":{") << true;
        QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF\r\n\t{ \r\n \"catalog\"") << true;
        QTest::newRow("JSON log line") << QByteArray("{\"time\":\"2023-07-05\",\"catalog\":1}") << false;
        QTest::newRow("another first key") << QByteArray("{\"files\": [], \"catalog\": {}}") << false;
        QTest::newRow("key in another case") << QByteArray("{\"Catalog\": {}}") << false;
        QTest::newRow("array") << QByteArray("[{\"catalog\": {}}]") << false;
        QTest::newRow("log text") << QByteArray("2023-07-05 catalog {\"catalog\"") << false;
        QTest::newRow("cut short") << QByteArray("{\n  \"catal") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void looksLikeReport()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, report);
        QCOMPARE(ekyc::looksLikeReport(head), report);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray(" \n") << "r.json: the file is empty";
        QTest::newRow("not JSON") << QByteArray("GET /health 200") << "r.json: not valid JSON at byte";
        QTest::newRow("two objects") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << "r.json: not valid JSON at byte";
        QTest::newRow("array") << QByteArray("[]") << "r.json: the top level must be a JSON object";
        QTest::newRow("JSONL event") << QByteArray(
            R"({"file":"a","line":1,"product":"h5","code":"0","status":"known","billable":true})")
                                     << "r.json: missing key \"catalog\"";
        QTest::newRow("no totals") << edited("totals") << "missing key \"totals\"";
        QTest::newRow("no lines") << edited("files/0/lines") << "missing key \"files[0].lines\"";
        QTest::newRow("no billable") << edited("counts/0/billable") << "missing key \"counts[0].billable\"";
        QTest::newRow("newer key") << edited("totals/duplicates", 3) << "unknown key \"totals.duplicates\"";
        QTest::newRow("catalog text") << edited("catalog", "2023-07-03") << "\"catalog\" must be an object";
        QTest::newRow("codes text") << edited("catalog/codes", "134") << "\"catalog.codes\" must be a whole number";
        QTest::newRow("counts object") << edited("counts", QJsonObject()) << "\"counts\" must be an array";
        QTest::newRow("row not object") << edited("unknown/0", 5) << "\"unknown[0]\" must be an object";
        QTest::newRow("billable text") << edited("counts/0/billable", "no")
                                       << "\"counts[0].billable\" must be true or false";
        QTest::newRow("billable null") << edited("counts/0/billable", QJsonValue::Null)
                                       << "\"counts[0].billable\" must be true or false";
        QTest::newRow("unknown product") << edited("counts/0/product", "pc")
                                         << "\"counts[0].product\" must be a product id";
        QTest::newRow("null product") << edited("counts/0/product", QJsonValue::Null)
                                      << "\"counts[0].product\" must be a product id";
        QTest::newRow("negative count") << edited("counts/0/count", -2)
                                        << "\"counts[0].count\" must be a whole number, 0 or more";
        QTest::newRow("fractional count")
            << edited("counts/0/count", 1.5) << "\"counts[0].count\" must be a whole number";
        QTest::newRow("count text") << edited("counts/0/count", "2") << "\"counts[0].count\" must be a whole number";
        QTest::newRow("empty code") << edited("counts/0/code", "") << "\"counts[0].code\" must not be empty";
        QTest::newRow("no candidates") << edited("ambiguous/0/candidates", QJsonArray())
                                       << "\"ambiguous[0].candidates\" must be a non-empty array";
        QTest::newRow("twice a candidate") << edited("ambiguous/0/candidates", QJsonArray { "h5", "h5" })
                                           << "\"ambiguous[0].candidates\" must list distinct";
        QTest::newRow("ambiguous billable")
            << edited("ambiguous/0/billable", "maybe") << "\"ambiguous[0].billable\" must be true, false or null";
        QTest::newRow("unknown product id")
            << edited("unknown/0/product", 3) << "\"unknown[0].product\" must be a product id";
        QTest::newRow("product source") << edited("files/0/product_source", "guess")
                                        << "\"files[0].product_source\" must be user, actions, codes or none";
        QTest::newRow("error number") << edited("files/0/error", 5) << "\"files[0].error\" must be a string or null";
        QTest::newRow("path null") << edited("files/0/path", QJsonValue::Null) << "\"files[0].path\" must be a string";
        QTest::newRow("repeated row") << edited(
            "counts/1", QJsonObject { { "product", "h5" }, { "code", "1101" }, { "count", 0 }, { "billable", false } })
                                      << "\"counts[1]\" repeats an earlier row (1101)";
        QTest::newRow("older version") << edited("not_counted")
                                       << "r.json: made by an older version of ekyc-codes";
        QTest::newRow("no file not_counted") << edited("files/0/not_counted") << "missing key \"files[0].not_counted\"";
        QTest::newRow("no totals not_counted")
            << edited("totals/not_counted") << "missing key \"totals.not_counted\"";
        QTest::newRow("no in_catalog_as") << edited("unknown/0/in_catalog_as")
                                          << "missing key \"unknown[0].in_catalog_as\"";
        QTest::newRow("in_catalog_as text") << edited("unknown/0/in_catalog_as", "h5")
                                            << "\"unknown[0].in_catalog_as\" must be an array of product ids";
        QTest::newRow("reason") << edited("not_counted/0/reason", "noise")
                                << "\"not_counted[0].reason\" must be no_context or other_service";
        QTest::newRow("no_context with action") << edited("not_counted/0/action", "GetEidResult")
                                                << "\"not_counted[0].action\" must be null for no_context";
        QTest::newRow("other_service without action")
            << edited("not_counted/1/action", QJsonValue::Null) << "\"not_counted[1].action\" must be null";
        QTest::newRow("not_counted candidates")
            << edited("not_counted/0/candidates", QJsonArray { "h5", "pc" })
            << "\"not_counted[0].candidates\" must list distinct product ids";
        QTest::newRow("repeated not_counted")
            << edited("not_counted/2",
                   QJsonObject { { "code", "0" }, { "reason", "no_context" }, { "action", QJsonValue::Null },
                       { "candidates", QJsonArray {} }, { "count", 0 } })
            << "\"not_counted[2]\" repeats an earlier row (0)";
        QTest::newRow("not_counted off") << edited("totals/not_counted", 2) << "2 not counted) do not match";
        QTest::newRow("totals off") << edited("totals/known", 3) << "\"totals\" (4 events: 3 known";
        QTest::newRow("billable off") << edited("totals/billable", 0) << "do not match the sums of its lists";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!reportFromJson(json, "r.json", &error));
        QVERIFY2(error.startsWith("r.json: "), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void readsValues()
    {
        const Report r = parse(baseReport);
        QCOMPARE(r.catalogUpdated, QStringLiteral("2023-07-03"));
        QCOMPARE(r.catalogCodes, qsizetype(134));
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files.at(0).summary.lines, qint64(9));
        QCOMPARE(r.files.at(0).summary.productSource, ProductSource::None);
        QVERIFY(r.files.at(0).summary.error.isEmpty());
        QCOMPARE(rowsOf(r).mid(0, 3), (QStringList { "h5:1101:2", "-:0:1", "-:1409:1" }));
        QCOMPARE(r.ambiguous.at(0).candidates,
            ProductMask(productBit(Product::H5) | productBit(Product::AppSdk) | productBit(Product::IdvSdk)));
        QCOMPARE(r.ambiguous.at(0).billable, std::optional<bool>(true));
        QCOMPARE(r.totals.events, qint64(4));
        QCOMPARE(r.totals.notCounted, qint64(3));
        QCOMPARE(r.files.at(0).summary.totals.notCounted, qint64(3));
        QCOMPARE(r.unknown.at(0).inCatalogAs, ProductMask(0));
        QCOMPARE(rowsOf(r).mid(3),
            (QStringList { "no_context::0:2", "other_service:GetDetectInfoEnhanced:0:1" }));
        QCOMPARE(r.notCounted.at(1).candidates,
            ProductMask(productBit(Product::H5) | productBit(Product::AppSdk) | productBit(Product::IdvSdk)));
        // What is read is written back the same (keys in the writer's order).
        QCOMPARE(parse(toJson(r)).notCounted.size(), 2);
        QCOMPARE(toJson(parse(toJson(r))), toJson(r));
    }

    // Merging the reports of separate runs gives what one run over all inputs gives.
    void mergeEqualsOneRun_data()
    {
        QTest::addColumn<QList<int>>("samples");
        QTest::addColumn<QString>("product");
        QTest::newRow("two") << QList<int> { 0, 1 } << QString();
        QTest::newRow("three") << QList<int> { 0, 1, 2 } << QString();
        QTest::newRow("all, h5") << QList<int> { 0, 1, 2, 3, 4 } << QStringLiteral("h5");
        QTest::newRow("not counted") << QList<int> { 4, 1, 4 } << QString();
        QTest::newRow("same twice") << QList<int> { 1, 1 } << QString();
        QTest::newRow("one") << QList<int> { 2 } << QString();
    }
    void mergeEqualsOneRun()
    {
        QFETCH(QList<int>, samples);
        QFETCH(QString, product);
        ClassifyOptions options;
        options.product = productFromId(product);
        const Classifier classifier(catalog());
        QStringList inputs;
        ReportMerger merger;
        for (int i : samples) {
            inputs << write(QStringLiteral("sample%1.log").arg(i), sampleLogs.at(i));
            QString error;
            QVERIFY(
                merger.add(parse(toJson(classifier.run({ inputs.constLast() }, options))), inputs.constLast(), &error));
        }
        QCOMPARE(merger.reportCount(), samples.size());
        const Report one = classifier.run(inputs, options);
        // Something to compare: events, or events not counted (sample 1 names no eKYC action).
        QVERIFY(one.totals.events + one.totals.notCounted > 0);
        QCOMPARE(toJson(merger.result()), toJson(one));
    }

    void sumsAndSorts()
    {
        ReportMerger merger;
        QString error;
        QVERIFY(merger.add(
            handMade("a.log", { { Product::H5, "1001", 2, false }, { Product::Common, "InternalError", 1, false } },
                { { "0", 0x16, 1, true } }, { { Product::H5, "1409", 4, 0 } }),
            "a.json", &error));
        QVERIFY(merger.add(
            handMade("b.log", { { Product::H5, "1001", 3, false }, { Product::AppSdk, "-999", 1, false } },
                { { "0", 0x16, 2, true }, { "1001", 0x16, 5, std::nullopt } }, { { std::nullopt, "1409", 4, 0 } }),
            "b.json", &error));
        const Report r = merger.result();
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.files.at(0).summary.path, QStringLiteral("a.log"));
        QCOMPARE(r.files.at(1).summary.path, QStringLiteral("b.log"));
        // count descending; then product in catalog order (null last); then code
        QCOMPARE(rowsOf(r),
            (QStringList { "h5:1001:5", "common:InternalError:1", "app_sdk:-999:1", "-:1001:5", "-:0:3", "h5:1409:4",
                "-:1409:4" }));
        QCOMPARE(r.totals.events, qint64(7 + 8 + 8)); // known, ambiguous, unknown
        QCOMPARE(r.totals.billable, qint64(3));
        QCOMPARE(r.totals.billableUncertain, qint64(5));
        QCOMPARE(r.totals.unknown, qint64(8));
        QCOMPARE(r.totals.notCounted, qint64(0));
    }

    // Not-counted rows sum by (code, reason, action), never into events; R7's tables stay.
    void sumsNotCounted()
    {
        const ProductMask three = productBit(Product::H5) | productBit(Product::AppSdk) | productBit(Product::IdvSdk);
        ReportMerger merger;
        QString error;
        QVERIFY(merger.add(handMade("a.log", {}, {}, { { Product::Api, "2015", 1, three } },
                               { { "0", NotCountedReason::NoContext, {}, three, 2 },
                                   { "0", NotCountedReason::OtherService, "GetEidResult", three, 1 } }),
            "a.json", &error));
        QVERIFY(merger.add(handMade("b.log", {}, {}, { { Product::Api, "2015", 2, three } },
                               { { "0", NotCountedReason::OtherService, "GetEidResult", three, 4 },
                                   { "0", NotCountedReason::OtherService, "DetectAuth", three, 1 },
                                   { "ResourceNotFound", NotCountedReason::NoContext, {}, 0, 1 } }),
            "b.json", &error));
        const Report r = merger.result();
        QCOMPARE(rowsOf(r),
            (QStringList { "api:2015:3", "other_service:GetEidResult:0:5", "no_context::0:2",
                "other_service:DetectAuth:0:1", "no_context::ResourceNotFound:1" }));
        QCOMPARE(r.unknown.at(0).inCatalogAs, three);
        QCOMPARE(r.totals.notCounted, qint64(9));
        QCOMPARE(r.totals.events, qint64(3));
        QCOMPARE(r.files.at(1).summary.totals.notCounted, qint64(6));
        // The sum reads back as a report of its own.
        QCOMPARE(toJson(parse(toJson(r))), toJson(r));
    }

    void orderOfReportsOnlyChangesFiles()
    {
        const Classifier classifier(catalog());
        QList<Report> reports;
        for (qsizetype i = 0; i < 3; ++i)
            reports << classifier.runOnText(sampleLogs.at(i), QStringLiteral("s%1").arg(i), {});
        ReportMerger forward, backward;
        QString error;
        for (qsizetype i = 0; i < 3; ++i) {
            QVERIFY(forward.add(reports.at(i), "f", &error));
            QVERIFY(backward.add(reports.at(2 - i), "b", &error));
        }
        Report a = forward.result(), b = backward.result();
        QCOMPARE(a.files.at(0).summary.path, QStringLiteral("s0"));
        QCOMPARE(b.files.at(0).summary.path, QStringLiteral("s2"));
        a.files.clear();
        b.files.clear();
        QCOMPARE(toJson(a), toJson(b));
    }

    void refusesDisagreement_data()
    {
        QTest::addColumn<Report>("other");
        QTest::addColumn<QString>("message");
        Report newer = handMade("b.log", {});
        newer.catalogUpdated = "2024-01-01";
        QTest::newRow("catalog date") << newer
                                      << "a.json was written with the catalog of 2023-07-03 (134 codes), "
                                         "b.json with the catalog of 2024-01-01 (134 codes)";
        Report bigger = handMade("b.log", {});
        bigger.catalogCodes = 140;
        QTest::newRow("catalog size") << bigger << "b.json with the catalog of 2023-07-03 (140 codes)";
        QTest::newRow("billing") << handMade("b.log", { { Product::H5, "1001", 1, true } })
                                 << "a.json and b.json disagree on the billing of h5 1001";
        QTest::newRow("candidates") << handMade("b.log", {}, { { "0", 0x06, 1, true } })
                                    << "a.json and b.json disagree on the candidate products of ambiguous 0";
        QTest::newRow("ambiguous billing") << handMade("b.log", {}, { { "0", 0x16, 1, std::nullopt } })
                                           << "a.json and b.json disagree on the billing of ambiguous 0";
        QTest::newRow("in_catalog_as") << handMade("b.log", {}, {}, { { Product::Api, "2015", 1, 0x02 } })
                                       << "a.json and b.json disagree on the tables of unknown 2015";
        QTest::newRow("not counted candidates")
            << handMade("b.log", {}, {}, {}, { { "0", NotCountedReason::NoContext, {}, 0x06, 1 } })
            << "a.json and b.json disagree on the tables of not counted 0";
    }
    void refusesDisagreement()
    {
        QFETCH(Report, other);
        QFETCH(QString, message);
        ReportMerger merger;
        QString error;
        QVERIFY(merger.add(handMade("a.log", { { Product::H5, "1001", 2, false } }, { { "0", 0x16, 1, true } },
                               { { Product::Api, "2015", 1, 0x16 } },
                               { { "0", NotCountedReason::NoContext, {}, 0x16, 1 } }),
            "a.json", &error));
        const QByteArray before = toJson(merger.result());
        QVERIFY(!merger.add(other, "b.json", &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // A refused report adds nothing.
        QCOMPARE(toJson(merger.result()), before);
        QCOMPARE(merger.reportCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportMerge)
#include "tst_reportmerge.moc"
