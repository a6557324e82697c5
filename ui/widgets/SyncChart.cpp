#include "SyncChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace satellite::ui {

SyncChart::SyncChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_received(new QLineSeries(m_chart))
    , m_sent(new QLineSeries(m_chart))
    , m_duration(new QLineSeries(m_chart))
    , m_time(new QDateTimeAxis(m_chart))
    , m_records(new QValueAxis(m_chart))
    , m_seconds(new QValueAxis(m_chart))
{
    // Short names: the legend sits on one line above the plot.
    m_received->setName(tr("Received"));
    m_sent->setName(tr("Sent"));
    m_duration->setName(tr("Seconds taken"));
    // Not by colour alone: each line has its own point shape and the legend names it.
    m_received->setPointsVisible(true);
    m_sent->setPointsVisible(true);
    m_duration->setPointsVisible(true);
    QPen dashed = m_duration->pen();
    dashed.setStyle(Qt::DashLine);
    m_duration->setPen(dashed);
    m_time->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time->setTitleText(tr("Sync"));
    m_records->setTitleText(tr("Records"));
    m_records->setLabelFormat(QStringLiteral("%.0f")); // %d is not localized
    m_seconds->setTitleText(tr("Seconds"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_records, Qt::AlignLeft);
    m_chart->addAxis(m_seconds, Qt::AlignRight);
    for (QLineSeries *series : {m_received, m_sent, m_duration}) {
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(series == m_duration ? m_seconds : m_records);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    // The axes' numbers in the locale's digits and separators ("0,50" in French).
    m_chart->setLocale(QLocale());
    m_chart->setLocalizeNumbers(true);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Records and duration per sync"));
    m_view->setAccessibleDescription(
        tr("Records received and sent, and the seconds each sync took, over time"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void SyncChart::showRuns(const QList<SyncRun> &runs)
{
    QList<QPointF> received;
    QList<QPointF> sent;
    QList<QPointF> duration;
    double mostRecords = 1;
    double longest = 1;
    // Oldest first, along the time axis.
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        if (!run->finishedAt.isValid() || !run->startedAt.isValid())
            continue;
        const double x = double(run->startedAt.toMSecsSinceEpoch());
        const double seconds = run->startedAt.msecsTo(run->finishedAt) / 1000.0;
        received.append({x, double(run->pulled)});
        sent.append({x, double(run->pushed)});
        duration.append({x, seconds});
        mostRecords = std::max({mostRecords, double(run->pulled), double(run->pushed)});
        longest = std::max(longest, seconds);
    }
    m_received->replace(received);
    m_sent->replace(sent);
    m_duration->replace(duration);
    if (!received.isEmpty()) {
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(received.first().x()));
        const QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(received.last().x()));
        // One sync alone still gets a span to sit in.
        m_time->setRange(first.addSecs(-60), last.addSecs(60));
        // Ticks that differ: seconds for syncs minutes apart, dates for days apart.
        const qint64 span = first.secsTo(last);
        m_time->setFormat(span < 3600 ? QLocale()
                                            .timeFormat(QLocale::LongFormat)
                                            .remove(QRegularExpression(QStringLiteral("\\s*t+$")))
                              : span < 86400 ? QLocale().timeFormat(QLocale::ShortFormat)
                                             : QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_records->setRange(0, mostRecords * 1.1);
    m_records->applyNiceNumbers();
    m_seconds->setRange(0, longest * 1.1);
    m_seconds->applyNiceNumbers();
}

} // namespace satellite::ui
