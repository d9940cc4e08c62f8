#include "classifier.h"

#include "filescan.h"
#include "inputsource.h"

#include <cstring>

namespace ekyc {

namespace {

class BufferStream final : public ByteStream
{
public:
    explicit BufferStream(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    qint64 read(char *buffer, qint64 max) override
    {
        const qint64 n = std::min(max, m_bytes.size() - m_pos);
        std::memcpy(buffer, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    const QByteArray &m_bytes;
    qint64 m_pos = 0;
};

} // namespace

Classifier::Classifier(const Catalog &catalog)
    : m_index(catalog)
{
}

Report Classifier::emptyReport() const
{
    Report report;
    report.catalogUpdated = m_index.catalog().updated();
    report.catalogCodes = m_index.catalog().size();
    return report;
}

FileResult Classifier::classifyStream(const QString &label, ByteStream &stream, const ClassifyOptions &options,
                                      const std::atomic<bool> *cancel) const
{
    LineReader reader(stream, options.encoding, cancel);
    FileScan scan(m_index, options.keepEvents);
    LineReader::Segment segment;
    qint64 line = 1;
    while (reader.next(&segment)) {
        scan.addSegment(segment, line);
        if (segment.lineEnd)
            ++line;
    }
    FileSummary summary;
    summary.path = label;
    summary.lines = reader.lineCount();
    summary.encoding = reader.encodingName();
    summary.error = reader.error();
    return scan.finish(std::move(summary), options.product);
}

Report Classifier::run(const QStringList &inputs, const ClassifyOptions &options, const ProgressCallback &progress,
                       const std::atomic<bool> *cancel) const
{
    Report report = emptyReport();
    QList<qint64> sizes;
    qint64 total = 0;
    for (const QString &path : inputs) {
        sizes.append(InputSource(path).size());
        total += std::max<qint64>(0, sizes.constLast());
    }
    qint64 doneBefore = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        if (cancel && cancel->load())
            break;
        InputSource source(inputs.at(i));
        ClassifyProgress state;
        state.input = i;
        state.label = inputs.at(i);
        state.inputTotal = sizes.at(i);
        state.total = total;
        auto onBytes = [&](qint64 raw) {
            state.inputDone = raw;
            state.done = doneBefore + raw;
            if (progress)
                progress(state);
        };
        bool visited = false;
        const QString error = source.visit(
            [&](const QString &label, ByteStream &stream) {
                visited = true;
                state.label = label;
                report.addFile(classifyStream(label, stream, options, cancel));
            },
            onBytes, cancel);
        if (!error.isEmpty() || !visited) {
            // The input itself failed (or was an archive with no members): it still gets its line.
            FileResult failed;
            failed.summary.path = inputs.at(i);
            failed.summary.error = error;
            failed.summary.product = options.product;
            failed.summary.productSource = options.product ? ProductSource::User : ProductSource::None;
            report.addFile(std::move(failed));
        }
        doneBefore += std::max<qint64>(0, sizes.at(i));
    }
    report.sort();
    return report;
}

Report Classifier::runOnText(const QByteArray &text, const QString &label, const ClassifyOptions &options) const
{
    Report report = emptyReport();
    BufferStream stream(text);
    report.addFile(classifyStream(label, stream, options, nullptr));
    report.sort();
    return report;
}

} // namespace ekyc
