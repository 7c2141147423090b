#include "backend/agent/faultspec.h"

#include "backend/core/validationerror.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {

struct ModeName
{
    FaultSpec::Mode mode;
    const char *name;
};

constexpr ModeName kModes[] = {
    {FaultSpec::Mode::None, "none"},
    {FaultSpec::Mode::Crash, "crash"},
    {FaultSpec::Mode::Hang, "hang"},
    {FaultSpec::Mode::Latency, "latency"},
    {FaultSpec::Mode::Errors, "errors"},
    {FaultSpec::Mode::MetricsFlood, "metrics_flood"},
};

const QString kMode = QStringLiteral("mode");
const QString kLatency = QStringLiteral("latency_ms");
const QString kErrorRate = QStringLiteral("error_rate");
const QString kDuration = QStringLiteral("duration_s");

std::optional<FaultSpec> fail(FaultSpec::Error *error, const QString &field, const QString &reason)
{
    if (error)
        *error = {field, reason};
    return std::nullopt;
}

} // namespace

std::optional<FaultSpec> FaultSpec::parse(const QByteArray &json, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(error, QStringLiteral("body"),
            QStringLiteral("malformed JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(error, QStringLiteral("body"), QStringLiteral("must be a JSON object"));
    const QJsonObject object = document.object();

    // Unknown fields are refused so a typo ("latencyMs") cannot silently arm the wrong fault.
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != kMode && it.key() != kLatency && it.key() != kErrorRate
            && it.key() != kDuration)
            return fail(error, ValidationError::keyName(it.key()), QStringLiteral("unknown field"));
    }

    FaultSpec spec;
    const QJsonValue mode = object.value(kMode);
    if (mode.isUndefined())
        return fail(error, kMode, QStringLiteral("is required"));
    if (!mode.isString())
        return fail(error, kMode, QStringLiteral("must be a string"));
    bool known = false;
    for (const auto &candidate : kModes) {
        if (mode.toString() == QLatin1String(candidate.name)) {
            spec.mode = candidate.mode;
            known = true;
        }
    }
    if (!known) {
        return fail(error, kMode,
            QStringLiteral("'%1' is not one of none, crash, hang, latency, errors, metrics_flood")
                .arg(mode.toString()));
    }

    const QJsonValue latency = object.value(kLatency);
    if (!latency.isUndefined()) {
        const double value = latency.toDouble(-1);
        if (!latency.isDouble() || value < 0 || value > maxLatencyMs || std::floor(value) != value)
            return fail(error, kLatency,
                QStringLiteral("must be an integer from 0 to %1").arg(maxLatencyMs));
        if (spec.mode == Mode::Latency)
            spec.latencyMs = int(value);
    } else if (spec.mode == Mode::Latency) {
        return fail(error, kLatency, QStringLiteral("is required for mode 'latency'"));
    }

    const QJsonValue rate = object.value(kErrorRate);
    if (!rate.isUndefined()) {
        const double value = rate.toDouble(-1);
        if (!rate.isDouble() || !(value >= 0.0 && value <= 1.0))
            return fail(error, kErrorRate, QStringLiteral("must be a number from 0 to 1"));
        if (spec.mode == Mode::Errors)
            spec.errorRate = value;
    } else if (spec.mode == Mode::Errors) {
        return fail(error, kErrorRate, QStringLiteral("is required for mode 'errors'"));
    }

    const QJsonValue duration = object.value(kDuration);
    if (!duration.isUndefined() && !duration.isNull()) {
        const double value = duration.toDouble(-1);
        if (!duration.isDouble() || !(value > 0.0 && value <= maxDurationS))
            return fail(error, kDuration,
                QStringLiteral("must be a number of seconds above 0 and at most %1")
                    .arg(maxDurationS));
        // A crash cannot be undone by a timer, and "none" has nothing to clear.
        if (spec.mode != Mode::None && spec.mode != Mode::Crash)
            spec.durationS = value;
    }
    return spec;
}

QString FaultSpec::modeName(Mode mode)
{
    for (const auto &candidate : kModes) {
        if (candidate.mode == mode)
            return QLatin1String(candidate.name);
    }
    return QStringLiteral("none");
}

QJsonObject FaultSpec::toJson() const
{
    return {
        {kMode, modeName(mode)},
        {kLatency, latencyMs},
        {kErrorRate, errorRate},
        {kDuration, durationS ? QJsonValue(*durationS) : QJsonValue(QJsonValue::Null)},
    };
}
