// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/resultsexport.h"

#include "core/atomicfile.h"
#include "core/inputsource.h"
#include "core/masking.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace ekyc::ResultsExport {

namespace {

QString tsvField(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

QString billingId(const ResultsModel::Row &row)
{
    if (row.status == EventStatus::Unknown || row.status == EventStatus::NotCounted)
        return QString();
    if (!row.billable)
        return QStringLiteral("uncertain");
    return *row.billable ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

QString reportText(const Report &report, const Catalog &catalog, ReportFormat format)
{
    QString text;
    QTextStream out(&text);
    writeReport(out, report, catalog, format);
    out.flush();
    return text;
}

QString writeAtomically(const QString &path, const QString &text)
{
    return writeFileAtomically(path, text.toUtf8());
}

QString rowsTsv(const QList<ResultsModel::Row> &rows)
{
    QStringList lines { QStringLiteral("status\tproduct\tcode\tdescription\tevents\tbillable") };
    for (const ResultsModel::Row &r : rows) {
        const bool tables = r.status == EventStatus::Ambiguous || r.status == EventStatus::NotCounted;
        const QString product = tables ? candidateIds(r.candidates).join(u' ')
            : r.product                ? productId(*r.product)
                                       : QString();
        lines << QStringList { eventStatusId(r.status), product, tsvField(r.code), tsvField(r.description),
            QString::number(r.count), billingId(r) }
                     .join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QString linesTsv(const QList<MatchedLine> &lines, bool mask)
{
    QStringList out { QStringLiteral("input\tline\ttime\tproduct\tcode\ttext") };
    for (const MatchedLine &l : lines)
        out << QStringList { tsvField(l.label), QString::number(l.line), l.time, l.product, tsvField(l.code),
            tsvField(mask ? maskPersonalData(l.text) : l.text) }
                   .join(u'\t');
    return out.join(u'\n') + u'\n';
}

QString totalsText(const Report &report)
{
    const Totals &t = report.totals;
    const QLocale locale;
    qsizetype errors = 0;
    for (const FileResult &f : report.files)
        errors += f.summary.error.isEmpty() ? 0 : 1;
    QString text
        = QCoreApplication::translate("ekyc::ResultsView",
            "<b>All inputs</b> (%1) \u2014 events: %2, billable: %3, billing uncertain: %4, unknown: %5.")
              .arg(locale.toString(report.files.size()), locale.toString(t.events), locale.toString(t.billable),
                  locale.toString(t.billableUncertain), locale.toString(t.unknown));
    if (t.notCounted > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ekyc::ResultsView", "Not counted: %1 (in no total; click Not counted to list them and why).")
                  .arg(locale.toString(t.notCounted));
    if (errors > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ekyc::ResultsView", "Not read completely: %1 (see Error).")
                  .arg(locale.toString(errors));
    return text + QLatin1Char(' ')
        + QCoreApplication::translate("ekyc::ResultsView", "These are log events, not billed requests.");
}

QString suggestedPath(const QString &fixedFolder, const QString &lastFolder, const QString &firstInput,
    const QDate &date, const QString &extension)
{
    QString folder = !fixedFolder.isEmpty() ? fixedFolder : lastFolder;
    QString name = QStringLiteral("pasted-text");
    if (!firstInput.isEmpty()) {
        // "a.zip!logs/app.log": the archive's name and folder.
        const QFileInfo input(firstInput.left(firstInput.indexOf(QLatin1Char('!'))));
        if (folder.isEmpty())
            folder = input.absolutePath();
        name = input.fileName();
        // "app.log.gz" → "app"; "app-2023.07.05.log" → "app-2023.07.05".
        static const QStringList extensions = InputSource::packedSuffixes()
            + QStringList { QStringLiteral(".log"), QStringLiteral(".txt"), QStringLiteral(".json"),
                  QStringLiteral(".jsonl"), QStringLiteral(".out") };
        for (bool stripped = true; stripped;) {
            stripped = false;
            for (const QString &extension : extensions) {
                if (name.size() > extension.size() && name.endsWith(extension, Qt::CaseInsensitive)) {
                    name.chop(extension.size());
                    stripped = true;
                }
            }
        }
    }
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(
        name + QLatin1Char('-') + date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('.') + extension);
}

} // namespace ekyc::ResultsExport
