// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/resultssession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ekyc {

class MatchedLinesLoader;
class MatchedLinesModel;
struct LineSource;
struct MatchedLine;

// The lines behind the selected codes: read back from the inputs on a thread
// (MatchedLinesLoader), LinesPerPage at a time, so a code with a million events never floods
// memory; "Show More Lines" reads the next page, Cancel stops a slow read (a big compressed
// input). Plain inputs are read from the line mark nearest the lines (LineMark), not from their
// start. A text filter narrows the lines read (a RequestId, a user id); Enter or a double click
// opens a line's context (ContextView). Masked on screen while Mask personal data is on; the
// Reveal button shows the selected line in clear while it is held down.
class MatchedLinesPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 LinesPerPage = 10000;

    explicit MatchedLinesPane(QWidget *parent = nullptr);

    // The session the keys refer to; it must outlive the pane's use of it.
    void setSession(const ResultsSession *session);
    // Starts reading the first page of the lines of `keys` in `files` (empty: every file).
    void showKeys(const QList<ResultKey> &keys, const QList<int> &files = {});
    void showKey(const ResultKey &key) { showKeys({ key }); }
    // Only the lines whose event time is in `window` (the timeline's range); inactive: all.
    void setTimeWindow(const TimeWindow &window);
    void clear();
    void showMore();
    void cancelReading();
    void setMasked(bool masked);
    bool isMasked() const;

    MatchedLinesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString title() const;
    bool isLoading() const;
    bool canShowMore() const;
    // The selected lines as tab-separated text, line text masked when `mask` is set.
    QString selectedText(bool mask) const;
    // Starts writing every line of `keys` as CSV (input, line, product, code, text) to `path`,
    // atomically; exported() ends it. False when there is nothing to export.
    bool exportCsv(const QString &path, const QList<ResultKey> &keys, bool mask);
    // Opens the context of the line at `row` of the table (its proxy row).
    void openContext(int row);

signals:
    void exported(bool ok, const QString &message);
    // Lines came or went: the page gives the space to what has content.
    void contentChanged();

protected:
    void changeEvent(QEvent *event) override;
    // Esc stops a reading in progress (as Cancel does).
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void request();
    void loaded(const QList<MatchedLine> &lines, bool done, const QString &error);
    void updateTitle();
    QList<LineSource> sources() const;

    const ResultsSession *m_session = nullptr;
    MatchedLinesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    MatchedLinesLoader *m_loader = nullptr;
    MatchedLinesLoader *m_exporter = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableView *m_table = nullptr;
    QList<ResultKey> m_keys;
    QList<int> m_files;
    TimeWindow m_window;
    qint64 m_requested = 0;
    qint64 m_total = 0;
    QString m_error;
    int m_percent = -1; // how far the reading in progress has come; -1: no figure yet
};

} // namespace ekyc
