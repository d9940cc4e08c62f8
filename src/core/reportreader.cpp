// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportreader.h"

#include "codeindex.h"
#include "timelinereader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <initializer_list>

namespace ekyc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ekyc::ReportReader", text);
}

int productKey(const std::optional<Product> &p)
{
    return p ? productIndex(*p) : -1;
}

std::optional<ProductSource> productSourceFromId(const QString &id)
{
    for (ProductSource s : { ProductSource::User, ProductSource::Actions, ProductSource::Codes, ProductSource::None }) {
        if (productSourceId(s) == id)
            return s;
    }
    return std::nullopt;
}

// Reads one report; keeps the first problem, naming the key by its path in the file
// ("counts[2].billable") so a person can find it.
class Parser
{
public:
    QString problem;

    bool fail(const QString &message)
    {
        if (problem.isEmpty())
            problem = message;
        return false;
    }

    static QString path(const QString &where, const QString &key)
    {
        return where.isEmpty() ? key : where + QLatin1Char('.') + key;
    }
    static QString path(const QString &where, const char *key) { return path(where, QString::fromLatin1(key)); }

    // `o` must hold exactly `keys`.
    bool exactKeys(const QJsonObject &o, const QString &where, std::initializer_list<const char *> keys)
    {
        QSet<QString> known;
        for (const char *key : keys) {
            known.insert(QString::fromLatin1(key));
            if (!o.contains(QLatin1String(key)))
                return fail(tr("missing key \"%1\" (not a report written by 'ekyc-codes classify --format json'?)")
                                .arg(path(where, key)));
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail(
                    tr("unknown key \"%1\" (from a newer version? merging would drop it)").arg(path(where, it.key())));
        }
        return true;
    }

    bool object(const QJsonValue &v, const QString &where, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(tr("\"%1\" must be an object").arg(where));
        *out = v.toObject();
        return true;
    }

    bool array(const QJsonObject &o, const char *key, QJsonArray *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return fail(tr("\"%1\" must be an array").arg(QString::fromLatin1(key)));
        *out = v.toArray();
        return true;
    }

    bool count(const QJsonObject &o, const QString &where, const char *key, qint64 *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
        if (n < 0)
            return fail(tr("\"%1\" must be a whole number, 0 or more").arg(path(where, key)));
        *out = n;
        return true;
    }

    // Null or empty text both become an empty string, as the writer prints empty as null.
    bool text(const QJsonObject &o, const QString &where, const char *key, QString *out, bool nullable)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (nullable && v.isNull()) {
            out->clear();
            return true;
        }
        if (!v.isString())
            return fail(nullable ? tr("\"%1\" must be a string or null").arg(path(where, key))
                                 : tr("\"%1\" must be a string").arg(path(where, key)));
        *out = v.toString();
        return true;
    }

    bool code(const QJsonObject &o, const QString &where, QString *out)
    {
        if (!text(o, where, "code", out, false))
            return false;
        return !out->isEmpty() || fail(tr("\"%1\" must not be empty").arg(path(where, "code")));
    }

    bool product(
        const QJsonObject &o, const QString &where, const char *key, std::optional<Product> *out, bool nullable)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (nullable && v.isNull()) {
            out->reset();
            return true;
        }
        *out = v.isString() ? productFromId(v.toString()) : std::nullopt;
        if (!*out)
            return fail(
                (nullable ? tr("\"%1\" must be a product id (%2) or null") : tr("\"%1\" must be a product id (%2)"))
                    .arg(path(where, key), productIdList()));
        return true;
    }

    bool billable(const QJsonObject &o, const QString &where, std::optional<bool> *out, bool nullable)
    {
        const QJsonValue v = o.value(QLatin1String("billable"));
        if (v.isBool())
            *out = v.toBool();
        else if (nullable && v.isNull())
            out->reset();
        else
            return fail(nullable ? tr("\"%1\" must be true, false or null").arg(path(where, "billable"))
                                 : tr("\"%1\" must be true or false").arg(path(where, "billable")));
        return true;
    }

    // `key`'s product ids; an empty list only where `mayBeEmpty` (a code no table has).
    bool candidates(
        const QJsonObject &o, const QString &where, ProductMask *out, const char *key = "candidates",
        bool mayBeEmpty = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = path(where, key);
        if (!v.isArray() || (!mayBeEmpty && v.toArray().isEmpty()))
            return fail(mayBeEmpty ? tr("\"%1\" must be an array of product ids").arg(at)
                                   : tr("\"%1\" must be a non-empty array of product ids").arg(at));
        *out = 0;
        for (const QJsonValue item : v.toArray()) {
            const std::optional<Product> p = item.isString() ? productFromId(item.toString()) : std::nullopt;
            if (!p || (*out & productBit(*p)))
                return fail(tr("\"%1\" must list distinct product ids (%2)").arg(at, productIdList()));
            *out |= productBit(*p);
        }
        return true;
    }

    // Takes the optional time `key` out of `o` (reports before issue 16 have none).
    bool time(QJsonObject &o, const QString &where, const char *key, Timestamp *out)
    {
        const QJsonValue v = o.take(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        const std::optional<Timestamp> t = TimelineReader::timestamp(v.toString());
        if (!t)
            return fail(tr("\"%1\" must be a time (RFC 3339) or null").arg(path(where, key)));
        *out = *t;
        return true;
    }

    bool file(const QJsonValue &v, const QString &where, FileResult *out)
    {
        QJsonObject o;
        QString source;
        FileSummary &s = out->summary;
        if (!object(v, where, &o) || !time(o, where, "first_time", &s.firstTime)
            || !time(o, where, "last_time", &s.lastTime)
            || !exactKeys(o, where,
                { "path", "lines", "events", "product", "product_source", "encoding", "error", "not_counted" })
            || !text(o, where, "path", &s.path, false) || !count(o, where, "lines", &s.lines)
            || !count(o, where, "events", &s.events) || !product(o, where, "product", &s.product, true)
            || !text(o, where, "product_source", &source, false) || !text(o, where, "encoding", &s.encoding, true)
            || !text(o, where, "error", &s.error, true) || !count(o, where, "not_counted", &s.totals.notCounted))
            return false;
        const std::optional<ProductSource> ps = productSourceFromId(source);
        if (!ps)
            return fail(tr("\"%1\" must be user, actions, codes or none").arg(path(where, "product_source")));
        s.productSource = *ps;
        return true;
    }

    bool totals(const QJsonValue &v, Totals *t, bool *timeWindow)
    {
        const QString where = QStringLiteral("totals");
        QJsonObject o;
        if (!object(v, where, &o))
            return false;
        // Present only when classify ran with --since or --until.
        *timeWindow = o.contains(QLatin1String("outside_time"));
        if (*timeWindow && !count(o, where, "outside_time", &t->outsideTime))
            return false;
        o.remove(QLatin1String("outside_time"));
        return exactKeys(o, where,
                { "events", "known", "ambiguous", "unknown", "billable", "billable_uncertain", "not_counted" })
            && count(o, where, "events", &t->events) && count(o, where, "known", &t->known)
            && count(o, where, "ambiguous", &t->ambiguous) && count(o, where, "unknown", &t->unknown)
            && count(o, where, "billable", &t->billable)
            && count(o, where, "billable_uncertain", &t->billableUncertain)
            && count(o, where, "not_counted", &t->notCounted);
    }

    bool lists(const QJsonObject &root, Report *r)
    {
        QJsonArray files, counts, ambiguous, unknown, notCounted;
        if (!array(root, "files", &files) || !array(root, "counts", &counts) || !array(root, "ambiguous", &ambiguous)
            || !array(root, "unknown", &unknown) || !array(root, "not_counted", &notCounted))
            return false;
        for (qsizetype i = 0; i < files.size(); ++i) {
            FileResult f;
            if (!file(files.at(i), QStringLiteral("files[%1]").arg(i), &f))
                return false;
            r->files.append(std::move(f));
        }
        QSet<std::pair<int, QString>> seen;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const QString where = QStringLiteral("counts[%1]").arg(i);
            QJsonObject o;
            CountRow row;
            std::optional<Product> p;
            std::optional<bool> flag;
            if (!object(counts.at(i), where, &o) || !exactKeys(o, where, { "product", "code", "count", "billable" })
                || !product(o, where, "product", &p, false) || !code(o, where, &row.code)
                || !count(o, where, "count", &row.count) || !billable(o, where, &flag, false))
                return false;
            row.product = *p;
            row.billable = *flag;
            if (!duplicate(&seen, { productIndex(row.product), row.code }, where))
                return false;
            r->counts.append(row);
        }
        seen.clear();
        for (qsizetype i = 0; i < ambiguous.size(); ++i) {
            const QString where = QStringLiteral("ambiguous[%1]").arg(i);
            QJsonObject o;
            AmbiguousRow row;
            if (!object(ambiguous.at(i), where, &o)
                || !exactKeys(o, where, { "code", "candidates", "count", "billable" }) || !code(o, where, &row.code)
                || !candidates(o, where, &row.candidates) || !count(o, where, "count", &row.count)
                || !billable(o, where, &row.billable, true) || !duplicate(&seen, { -1, row.code }, where))
                return false;
            r->ambiguous.append(row);
        }
        seen.clear();
        for (qsizetype i = 0; i < unknown.size(); ++i) {
            const QString where = QStringLiteral("unknown[%1]").arg(i);
            QJsonObject o;
            UnknownRow row;
            if (!object(unknown.at(i), where, &o)
                || !exactKeys(o, where, { "product", "code", "count", "in_catalog_as" })
                || !product(o, where, "product", &row.product, true) || !code(o, where, &row.code)
                || !count(o, where, "count", &row.count)
                || !candidates(o, where, &row.inCatalogAs, "in_catalog_as", true)
                || !duplicate(&seen, { productKey(row.product), row.code }, where))
                return false;
            r->unknown.append(row);
        }
        return notCountedRows(notCounted, r);
    }

    bool notCountedRows(const QJsonArray &rows, Report *r)
    {
        QSet<std::pair<int, QString>> seen;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString where = QStringLiteral("not_counted[%1]").arg(i);
            QJsonObject o;
            NotCountedRow row;
            QString reason;
            if (!object(rows.at(i), where, &o)
                || !exactKeys(o, where, { "code", "reason", "action", "candidates", "count" })
                || !code(o, where, &row.code) || !text(o, where, "reason", &reason, false)
                || !text(o, where, "action", &row.action, true)
                || !candidates(o, where, &row.candidates, "candidates", true) || !count(o, where, "count", &row.count))
                return false;
            if (reason == notCountedReasonId(NotCountedReason::OtherService))
                row.reason = NotCountedReason::OtherService;
            else if (reason != notCountedReasonId(NotCountedReason::NoContext))
                return fail(tr("\"%1\" must be no_context or other_service").arg(path(where, "reason")));
            // Another service's response names that service's action; a line without context names none.
            if (row.action.isEmpty() != (row.reason == NotCountedReason::NoContext))
                return fail(tr("\"%1\" must be null for no_context and an action name for other_service")
                                .arg(path(where, "action")));
            // (code, reason, action) is the row's identity: the key's text holds the action after the code.
            if (!duplicate(&seen,
                    { int(row.reason), row.action.isEmpty() ? row.code : row.code + QLatin1Char(' ') + row.action },
                    where))
                return false;
            r->notCounted.append(row);
        }
        return true;
    }

    // Classify writes one row per key; two would mean a hand-edited or spliced file.
    bool duplicate(QSet<std::pair<int, QString>> *seen, const std::pair<int, QString> &key, const QString &where)
    {
        if (seen->contains(key))
            return fail(tr("\"%1\" repeats an earlier row (%2)").arg(where, key.second));
        seen->insert(key);
        return true;
    }

    // The totals are sums of the lists by definition; a report where they are not was
    // edited or cut, and summing it would spread the damage.
    static QString totalsText(const Totals &t)
    {
        return tr("%1 events: %2 known, %3 ambiguous, %4 unknown; %5 billable, %6 uncertain; %7 not counted")
            .arg(t.events)
            .arg(t.known)
            .arg(t.ambiguous)
            .arg(t.unknown)
            .arg(t.billable)
            .arg(t.billableUncertain)
            .arg(t.notCounted);
    }
    bool consistent(const Report &r)
    {
        Totals sums;
        for (const CountRow &c : r.counts) {
            sums.known += c.count;
            sums.billable += c.billable ? c.count : 0;
        }
        for (const AmbiguousRow &a : r.ambiguous) {
            sums.ambiguous += a.count;
            sums.billable += a.billable.value_or(false) ? a.count : 0;
            sums.billableUncertain += a.billable ? 0 : a.count;
        }
        for (const UnknownRow &u : r.unknown)
            sums.unknown += u.count;
        for (const NotCountedRow &n : r.notCounted)
            sums.notCounted += n.count;
        sums.events = sums.known + sums.ambiguous + sums.unknown;
        if (sums == r.totals)
            return true;
        return fail(
            tr("\"totals\" (%1) do not match the sums of its lists (%2)").arg(totalsText(r.totals), totalsText(sums)));
    }
};

} // namespace

std::optional<Report> reportFromJson(const QByteArray &json, const QString &source, QString *error)
{
    Parser p;
    Report report;
    auto failed = [&]() -> std::optional<Report> {
        *error = source + QStringLiteral(": ") + p.problem;
        return std::nullopt;
    };
    if (json.trimmed().isEmpty()) {
        p.fail(tr("the file is empty"));
        return failed();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        p.fail(tr("not valid JSON at byte %1: %2 (not a report written by 'ekyc-codes classify --format json'?)")
                   .arg(parseError.offset)
                   .arg(parseError.errorString()));
        return failed();
    }
    if (!doc.isObject()) {
        p.fail(tr("the top level must be a JSON object (a report written by 'ekyc-codes classify --format json')"));
        return failed();
    }
    QJsonObject root = doc.object();
    const QString none;
    QJsonObject catalog;
    qint64 codes = 0;
    // Present only when classify ran with --dedupe request-id.
    if (root.contains(QLatin1String("dedupe"))) {
        QJsonObject dedupe;
        if (!p.object(root.value(QLatin1String("dedupe")), QStringLiteral("dedupe"), &dedupe)
            || !p.exactKeys(dedupe, QStringLiteral("dedupe"), { "by", "dropped" })
            || !p.count(dedupe, QStringLiteral("dedupe"), "dropped", &report.duplicatesDropped))
            return failed();
        if (dedupe.value(QLatin1String("by")).toString() != QLatin1String("request-id")) {
            p.fail(tr("\"dedupe.by\" must be \"request-id\""));
            return failed();
        }
        report.dedupe = true;
        root.remove(QLatin1String("dedupe"));
    }
    // Present since issue 16 (event times).
    if (root.contains(QLatin1String("timeline"))) {
        QJsonObject timeline;
        QString error;
        if (!p.object(root.value(QLatin1String("timeline")), QStringLiteral("timeline"), &timeline))
            return failed();
        if (!TimelineReader::read(timeline, &report.timeline, &error)) {
            p.fail(error);
            return failed();
        }
        root.remove(QLatin1String("timeline"));
    }
    // Reports of v1 (before issue 14's rules) lack the not-counted events; summed with newer
    // ones they would mix two sets of rules.
    if (root.contains(QLatin1String("catalog")) && root.contains(QLatin1String("totals"))
        && !root.contains(QLatin1String("not_counted"))) {
        p.fail(tr("made by an older version of ekyc-codes (it has no \"not_counted\"; its rules count other "
                  "services' codes): classify its inputs again with this version"));
        return failed();
    }
    if (!p.exactKeys(root, none, { "catalog", "files", "counts", "ambiguous", "unknown", "not_counted", "totals" })
        || !p.object(root.value(QLatin1String("catalog")), QStringLiteral("catalog"), &catalog)
        || !p.exactKeys(catalog, QStringLiteral("catalog"), { "updated", "codes" })
        || !p.text(catalog, QStringLiteral("catalog"), "updated", &report.catalogUpdated, false)
        || !p.count(catalog, QStringLiteral("catalog"), "codes", &codes) || !p.lists(root, &report)
        || !p.totals(root.value(QLatin1String("totals")), &report.totals, &report.timeWindow) || !p.consistent(report))
        return failed();
    report.catalogCodes = qsizetype(codes);
    return report;
}

bool looksLikeReport(const QByteArray &head)
{
    QByteArrayView rest(head);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    const auto skipBlanks = [&rest] {
        while (!rest.isEmpty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\r' || rest.front() == '\n'))
            rest = rest.sliced(1);
    };
    skipBlanks();
    if (!rest.startsWith('{'))
        return false;
    rest = rest.sliced(1);
    skipBlanks();
    return rest.startsWith("\"catalog\"");
}

} // namespace ekyc
