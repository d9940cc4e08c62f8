// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportwriter.h"

#include "jsonwriter.h"
#include "textformat.h"
#include "timelinewriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace ekyc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ekyc::ReportWriter", text); }

QString jsonOptionalBool(const std::optional<bool> &b) { return b ? jsonBool(*b) : QStringLiteral("null"); }
// A product's id, or null.
void addProduct(JsonObjectBuilder &o, QStringView key, const std::optional<Product> &p)
{
    if (p)
        o.add(key, productId(*p));
    else
        o.addNull(key);
}
// RFC 3339 text, or null for no time.
void addTime(JsonObjectBuilder &o, QStringView key, const Timestamp &t)
{
    o.addOrNull(key, t.valid() ? timestamps::text(t) : QString());
}

QString jsonCandidates(ProductMask candidates)
{
    QStringList items;
    for (const QString &id : candidateIds(candidates))
        items << jsonString(id);
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString description(const Catalog &catalog, Product product, const QString &code)
{
    const qsizetype row = catalog.rowOf(product, code);
    return row >= 0 ? catalog.at(row).description : QString();
}

// A list's items, one object per line, each filled into a builder that every item reuses (a
// folder's report writes an object per file). Its head is written before the first and its
// end after the last (writeJsonListEnd), so that a list can be written as its items come.
void writeJsonListHead(QTextStream &out, const char *key)
{
    out << "  " << jsonString(QString::fromLatin1(key)) << ": [";
}
template<typename Item, typename Fn>
void writeJsonItem(QTextStream &out, JsonObjectBuilder &object, qsizetype index, const Item &item, Fn fill)
{
    object.clear();
    fill(object, item);
    out << (index ? QLatin1String(",\n    ") : QLatin1String("\n    ")); // no conversion from UTF-8
    object.writeTo(out);
}
void writeJsonListEnd(QTextStream &out, bool empty)
{
    out << (empty ? "]" : "\n  ]") << ",\n";
}
template<typename List, typename Fn>
void writeJsonList(QTextStream &out, const char *key, const List &list, Fn fill)
{
    writeJsonListHead(out, key);
    JsonObjectBuilder object;
    for (qsizetype i = 0; i < list.size(); ++i)
        writeJsonItem(out, object, i, list.at(i), fill);
    writeJsonListEnd(out, list.isEmpty());
}

void fillFile(JsonObjectBuilder &o, const FileResult &f)
{
    const FileSummary &s = f.summary;
    o.add(u"path", s.path).add(u"lines", s.lines).add(u"events", s.events);
    addProduct(o, u"product", s.product);
    o.add(u"product_source", productSourceId(s.productSource))
        .addOrNull(u"encoding", s.encoding)
        .addOrNull(u"error", s.error)
        .add(u"not_counted", s.totals.notCounted);
    addTime(o, u"first_time", s.firstTime);
    addTime(o, u"last_time", s.lastTime);
}

void writeJsonHead(QTextStream &out, const Report &r)
{
    out << "{\n  \"catalog\": "
        << JsonObjectBuilder().add(u"updated", r.catalogUpdated).add(u"codes", qint64(r.catalogCodes)).toString()
        << ",\n";
    writeJsonListHead(out, "files");
}

// What follows the files.
void writeJsonTail(QTextStream &out, const Report &r)
{
    writeJsonList(out, "counts", r.counts, [](JsonObjectBuilder &o, const CountRow &c) {
        o.add(u"product", productId(c.product)).add(u"code", c.code).add(u"count", c.count).add(u"billable", c.billable);
    });
    writeJsonList(out, "ambiguous", r.ambiguous, [](JsonObjectBuilder &o, const AmbiguousRow &a) {
        o.add(u"code", a.code)
            .addRaw(u"candidates", jsonCandidates(a.candidates))
            .add(u"count", a.count)
            .addRaw(u"billable", jsonOptionalBool(a.billable));
    });
    writeJsonList(out, "unknown", r.unknown, [](JsonObjectBuilder &o, const UnknownRow &u) {
        addProduct(o, u"product", u.product);
        o.add(u"code", u.code)
            .add(u"count", u.count)
            .addRaw(u"in_catalog_as", jsonCandidates(u.inCatalogAs));
    });
    writeJsonList(out, "not_counted", r.notCounted, [](JsonObjectBuilder &o, const NotCountedRow &n) {
        o.add(u"code", n.code)
            .add(u"reason", notCountedReasonId(n.reason))
            .addOrNull(u"action", n.action)
            .addRaw(u"candidates", jsonCandidates(n.candidates))
            .add(u"count", n.count);
    });
    const Totals &t = r.totals;
    JsonObjectBuilder totals;
    totals.add(u"events", t.events)
        .add(u"known", t.known)
        .add(u"ambiguous", t.ambiguous)
        .add(u"unknown", t.unknown)
        .add(u"billable", t.billable)
        .add(u"billable_uncertain", t.billableUncertain)
        .add(u"not_counted", t.notCounted);
    if (r.timeWindow)
        totals.add(u"outside_time", t.outsideTime);
    out << "  \"totals\": " << totals.toString() << ",\n  \"timeline\": " << timelineJson(r.timeline);
    if (r.dedupe)
        out << ",\n  \"dedupe\": "
            << JsonObjectBuilder().add(u"by", QStringLiteral("request-id")).add(u"dropped", r.duplicatesDropped).toString();
    out << "\n}\n";
}

// One line per event of the file.
void writeJsonlFile(QTextStream &out, JsonObjectBuilder &event, const FileResult &f)
{
    const QString file = jsonString(f.summary.path);
    for (const CompactEvent &e : f.events) {
        const ResolvedGroup &g = f.groups.at(e.group);
        event.clear();
        event.addRaw(u"file", file).add(u"line", e.line);
        addTime(event, u"time", e.time);
        addProduct(event, u"product", g.counted() ? g.product : std::nullopt);
        event.add(u"code", g.code)
            .add(u"status", eventStatusId(g.status))
            .addRaw(u"billable", g.counted() ? jsonOptionalBool(g.billable) : QStringLiteral("null"))
            .add(u"counted", g.counted());
        if (!g.counted())
            event.add(u"reason", notCountedReasonId(g.reason)).addOrNull(u"action", g.action);
        event.writeTo(out);
        out << '\n';
    }
}

// The short names the window shows; report text is never translated (see src/widgets/CMakeLists.txt).
QString productName(Product product)
{
    switch (product) {
    case Product::Common: return QStringLiteral("Common");
    case Product::H5: return QStringLiteral("H5");
    case Product::AppSdk: return QStringLiteral("App SDK");
    case Product::Api: return QStringLiteral("API");
    case Product::IdvSdk: return QStringLiteral("Identity Verification");
    }
    return productId(product);
}

QString yesNo(const std::optional<bool> &b)
{
    if (!b)
        return tr("uncertain");
    return *b ? tr("yes") : tr("no");
}

void writeCsv(QTextStream &out, const Report &r, const Catalog &catalog)
{
    out << csvLine({QStringLiteral("status"), QStringLiteral("product"), QStringLiteral("code"),
                    QStringLiteral("candidates"), QStringLiteral("description"), QStringLiteral("count"),
                    QStringLiteral("billable"), QStringLiteral("reason"), QStringLiteral("action")});
    for (const CountRow &c : r.counts)
        out << csvLine({QStringLiteral("known"), productId(c.product), c.code, QString(),
                        description(catalog, c.product, c.code), QString::number(c.count),
                        c.billable ? QStringLiteral("yes") : QStringLiteral("no"), QString(), QString()});
    for (const AmbiguousRow &a : r.ambiguous)
        out << csvLine({QStringLiteral("ambiguous"), QString(), a.code, candidatesText(a.candidates, u" "), QString(),
                        QString::number(a.count),
                        a.billable ? (*a.billable ? QStringLiteral("yes") : QStringLiteral("no"))
                                   : QStringLiteral("uncertain"),
                        QString(), QString()});
    for (const UnknownRow &u : r.unknown)
        out << csvLine({QStringLiteral("unknown"), u.product ? productId(*u.product) : QString(), u.code,
                        candidatesText(u.inCatalogAs, u" "), unknownNote(u, r.catalogUpdated),
                        QString::number(u.count), QString(), QString(), QString()});
    for (const NotCountedRow &n : r.notCounted)
        out << csvLine({QStringLiteral("not_counted"), QString(), n.code, candidatesText(n.candidates, u" "),
                        notCountedExplanation(n.reason), QString::number(n.count), QString(),
                        notCountedReasonId(n.reason), n.action});
}

void writeTable(QTextStream &out, const Report &r, const Catalog &catalog)
{
    out << tr("Inputs") << '\n';
    TextTable files({tr("INPUT"), tr("LINES"), tr("EVENTS"), tr("PRODUCT"), tr("FROM"), tr("ENCODING"), tr("ERROR")});
    for (const FileResult &f : r.files) {
        const FileSummary &s = f.summary;
        files.addRow({s.path, QString::number(s.lines), QString::number(s.events), productOrNull(s.product),
                      productSourceId(s.productSource), s.encoding, s.error});
    }
    out << files.render();
    for (Product p : AllProducts) {
        TextTable table({tr("CODE"), tr("COUNT"), tr("BILLABLE"), tr("DESCRIPTION")});
        qint64 events = 0;
        for (const CountRow &c : r.counts) {
            if (c.product != p)
                continue;
            table.addRow({c.code, QString::number(c.count), yesNo(c.billable), description(catalog, p, c.code)});
            events += c.count;
        }
        if (events == 0)
            continue;
        out << '\n' << productId(p) << " — " << catalog.product(p).titleEn << ": " << events << ' ' << tr("events")
            << '\n'
            << table.render();
    }
    if (!r.ambiguous.isEmpty()) {
        out << '\n' << tr("Ambiguous (no product could be resolved)") << '\n';
        TextTable table({tr("CODE"), tr("COUNT"), tr("BILLABLE"), tr("CANDIDATES")});
        for (const AmbiguousRow &a : r.ambiguous)
            table.addRow({a.code, QString::number(a.count), yesNo(a.billable), candidatesText(a.candidates, u", ")});
        out << table.render();
    }
    if (!r.unknown.isEmpty()) {
        // R7: a code of another table is not unknown to the catalog; say where it is.
        const bool elsewhere = std::any_of(r.unknown.cbegin(), r.unknown.cend(),
                                           [](const UnknownRow &u) { return u.inCatalogAs != 0; });
        out << '\n'
            << (elsewhere ? tr("Unknown (not codes of their product in the %1 catalog)")
                          : tr("Unknown (not in the %1 catalog)"))
                   .arg(r.catalogUpdated)
            << '\n';
        TextTable table(elsewhere ? QStringList{tr("PRODUCT"), tr("CODE"), tr("COUNT"), tr("NOTE")}
                                  : QStringList{tr("PRODUCT"), tr("CODE"), tr("COUNT")});
        for (const UnknownRow &u : r.unknown) {
            QStringList cells{productOrNull(u.product), u.code, QString::number(u.count)};
            if (elsewhere)
                cells << unknownNote(u, r.catalogUpdated);
            table.addRow(cells);
        }
        out << table.render();
    }
    if (!r.notCounted.isEmpty()) {
        out << '\n' << tr("Not counted (not in the totals)") << '\n';
        TextTable table({tr("CODE"), tr("COUNT"), tr("REASON"), tr("ACTION"), tr("CANDIDATES")});
        bool reasons[2] = {false, false};
        for (const NotCountedRow &n : r.notCounted) {
            table.addRow({n.code, QString::number(n.count), notCountedReasonId(n.reason),
                          n.action.isEmpty() ? QStringLiteral("-") : n.action, candidatesText(n.candidates, u", ")});
            reasons[int(n.reason)] = true;
        }
        out << table.render();
        for (NotCountedReason reason : {NotCountedReason::NoContext, NotCountedReason::OtherService}) {
            if (reasons[int(reason)])
                out << notCountedReasonId(reason) << ": " << notCountedExplanation(reason) << ".\n";
        }
    }
    const Totals &t = r.totals;
    out << '\n'
        << tr("Totals: %1 events (%2 known, %3 ambiguous, %4 unknown); %5 billable, %6 billing uncertain.")
               .arg(t.events)
               .arg(t.known)
               .arg(t.ambiguous)
               .arg(t.unknown)
               .arg(t.billable)
               .arg(t.billableUncertain)
        << '\n'
        << tr("These are log events, not billed requests.") << '\n';
    if (t.notCounted > 0)
        out << tr("Not counted: %1 (see above).").arg(t.notCounted) << '\n';
    if (r.dedupe)
        out << tr("Duplicates dropped (same RequestId seen before): %1").arg(r.duplicatesDropped) << '\n';
    if (r.timeWindow)
        out << tr("Outside --since / --until (or without a time): %1").arg(t.outsideTime) << '\n';
}

} // namespace

QString notCountedExplanation(NotCountedReason reason)
{
    switch (reason) {
    case NotCountedReason::OtherService:
        return tr("a response of another service's action (e.g. mainland FaceID GetDetectInfoEnhanced)");
    case NotCountedReason::NoContext: break;
    }
    return tr("no eKYC context on its line or in the log: another service's code, or pass --assume-ekyc / --product");
}

QString unknownNote(const UnknownRow &row, const QString &catalogUpdated)
{
    if (row.inCatalogAs == 0)
        return tr("not in the %1 catalog").arg(catalogUpdated);
    QStringList names;
    for (Product p : AllProducts) {
        if (row.inCatalogAs & productBit(p))
            names << productName(p);
    }
    const QString where = tr("in %1").arg(names.join(QStringLiteral(", ")));
    if (!row.product)
        return where;
    return (*row.product == Product::Common ? tr("not a %1 code; %2") : tr("not an %1 code; %2"))
        .arg(productName(*row.product), where);
}

QString productOrNull(const std::optional<Product> &product)
{
    return product ? productId(*product) : QStringLiteral("-");
}

QString candidatesText(ProductMask candidates, QStringView separator)
{
    return candidateIds(candidates).join(separator);
}

ReportStreamWriter::ReportStreamWriter(QTextStream &out, ReportFormat format, const Report &head)
    : m_out(out)
    , m_format(format)
{
    Q_ASSERT(canStream(format));
    if (m_format == ReportFormat::Json)
        writeJsonHead(m_out, head);
}

void ReportStreamWriter::addFile(const FileResult &file)
{
    if (m_format == ReportFormat::Json)
        writeJsonItem(m_out, m_object, m_files, file, fillFile);
    else
        writeJsonlFile(m_out, m_object, file);
    ++m_files;
}

void ReportStreamWriter::finish(const Report &report)
{
    if (m_format != ReportFormat::Json)
        return;
    writeJsonListEnd(m_out, m_files == 0);
    writeJsonTail(m_out, report);
}

void writeReport(QTextStream &out, const Report &report, const Catalog &catalog, ReportFormat format, bool timeline)
{
    switch (format) {
    case ReportFormat::Json:
    case ReportFormat::Jsonl: {
        ReportStreamWriter writer(out, format, report);
        for (const FileResult &file : report.files)
            writer.addFile(file);
        writer.finish(report);
        break;
    }
    case ReportFormat::Csv: writeCsv(out, report, catalog); break;
    case ReportFormat::Table:
        writeTable(out, report, catalog);
        if (timeline)
            writeTimelineTable(out, report.timeline);
        break;
    }
}

} // namespace ekyc
