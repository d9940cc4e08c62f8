// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/resultssession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ekyc {

class MatchedLinesLoader;
class MatchedLinesModel;
struct LineSource;
struct MatchedLine;

// The lines behind one result row: read back from the inputs on a thread (MatchedLinesLoader),
// LinesPerPage at a time, so a code with a million events never floods memory; "Show More
// Lines" reads the next page. The code is marked in each line by the delegate.
class MatchedLinesPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 LinesPerPage = 10000;

    explicit MatchedLinesPane(QWidget *parent = nullptr);

    // The session the keys refer to; it must outlive the pane's use of it.
    void setSession(const ResultsSession *session);
    // Starts reading the first page of `key`'s lines.
    void showKey(const ResultKey &key);
    void clear();
    void showMore();

    MatchedLinesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString title() const;
    bool isLoading() const;
    bool canShowMore() const;
    // The selected lines as tab-separated text, line text masked when `mask` is set.
    QString selectedText(bool mask) const;
    // Starts writing every line of `keys` as CSV (input, line, product, code, text) to `path`,
    // atomically; exported() ends it. False when there is nothing to export.
    bool exportCsv(const QString &path, const QList<ResultKey> &keys, bool mask);

signals:
    void exported(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void request();
    void loaded(const QList<MatchedLine> &lines, bool done, const QString &error);
    void updateTitle();
    QList<LineSource> sources() const;

    const ResultsSession *m_session = nullptr;
    MatchedLinesModel *m_model = nullptr;
    MatchedLinesLoader *m_loader = nullptr;
    MatchedLinesLoader *m_exporter = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_more = nullptr;
    QTableView *m_table = nullptr;
    std::optional<ResultKey> m_key;
    qint64 m_requested = 0;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace ekyc
