#include "backend/agent/faultinjector.h"

#include "backend/agent/logging.h"

#include <QRandomGenerator>

#include <cmath>

FaultInjector::FaultInjector(QObject *parent)
    : QObject(parent)
{
    m_expiry.setSingleShot(true);
    m_expiry.setTimerType(Qt::PreciseTimer);
    connect(&m_expiry, &QTimer::timeout, this, &FaultInjector::expire);
}

void FaultInjector::apply(const FaultSpec &spec)
{
    m_current = spec;
    m_expiry.stop();
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    if (spec.durationS) {
        const auto ms = qint64(std::ceil(*spec.durationS * 1000.0));
        m_deadline = QDeadlineTimer(ms, Qt::PreciseTimer);
        m_expiry.start(int(ms));
    }
    qCInfo(lcAgent).noquote() << "fault set:" << FaultSpec::modeName(spec.mode) << "latency_ms"
                              << spec.latencyMs << "error_rate" << spec.errorRate << "duration_s"
                              << (spec.durationS ? *spec.durationS : 0.0);
    emit changed();
}

int FaultInjector::extraLatencyMs() const
{
    return m_current.mode == FaultSpec::Mode::Latency ? m_current.latencyMs : 0;
}

bool FaultInjector::shouldFailInference() const
{
    if (m_current.mode != FaultSpec::Mode::Errors)
        return false;
    // generateDouble() is in [0, 1), so a rate of 1 always fails and 0 never does.
    return QRandomGenerator::global()->generateDouble() < m_current.errorRate;
}

QJsonObject FaultInjector::toJson() const
{
    QJsonObject object = m_current.toJson();
    object.insert(QStringLiteral("remaining_s"),
        m_deadline.isForever() ? QJsonValue(QJsonValue::Null)
                               : QJsonValue(double(m_deadline.remainingTime()) / 1000.0));
    return object;
}

void FaultInjector::expire()
{
    qCInfo(lcAgent).noquote() << "fault" << FaultSpec::modeName(m_current.mode)
                              << "expired after its duration";
    apply(FaultSpec{});
}
