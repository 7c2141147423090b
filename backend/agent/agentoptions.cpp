#include "backend/agent/agentoptions.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QUuid>

#include <cmath>
#include <type_traits>

namespace {

AgentOptions::Outcome optionsFail(QString *message, const QString &text)
{
    if (message)
        *message = text;
    return AgentOptions::Outcome::Error;
}

} // namespace

AgentOptions::Outcome AgentOptions::parse(
    const QStringList &arguments, AgentOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Regional Pods agent: a stand-in ML inference server for one pod replica.\n"
                       "Prints \"PORT <n>\" on stdout once it listens."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"),
        QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("TCP port; 0 picks a free one (default 0)."), QStringLiteral("n"));
    const QCommandLineOption pod(
        QStringLiteral("pod"), QStringLiteral("Pod id (default local)."), QStringLiteral("id"));
    const QCommandLineOption region(QStringLiteral("region"),
        QStringLiteral("Region id (default local)."), QStringLiteral("id"));
    const QCommandLineOption replica(QStringLiteral("replica"),
        QStringLiteral("Replica index, 0 or more (default 0)."), QStringLiteral("n"));
    const QCommandLineOption instance(QStringLiteral("instance"),
        QStringLiteral("Opaque id echoed in /healthz (default: a random UUID)."),
        QStringLiteral("id"));
    const QCommandLineOption capacity(QStringLiteral("capacity"),
        QStringLiteral("Capacity in requests/s; also the most concurrent inferences (default 50)."),
        QStringLiteral("rps"));
    const QCommandLineOption cost(QStringLiteral("cost-ms"),
        QStringLiteral("Simulated inference time (default 20)."), QStringLiteral("ms"));
    const QCommandLineOption model(QStringLiteral("model-version"),
        QStringLiteral("Model version reported (default dev)."), QStringLiteral("v"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Per-replica folder; created if missing."), QStringLiteral("dir"));
    parser.addOptions({host, port, pod, region, replica, instance, capacity, cost, model, dataDir});

    if (!parser.parse(arguments))
        return optionsFail(message, parser.errorText());
    if (parser.isSet(help)) {
        if (message)
            *message = parser.helpText();
        return Outcome::Help;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return optionsFail(message,
            QStringLiteral("unexpected argument '%1'")
                .arg(parser.positionalArguments().constFirst()));
    }

    AgentOptions parsed;
    auto text = [&](const QCommandLineOption &option, QString *target) {
        if (!parser.isSet(option))
            return true;
        const QString value = parser.value(option);
        if (value.isEmpty())
            return false;
        *target = value;
        return true;
    };
    auto integer = [&](const QCommandLineOption &option, qint64 min, qint64 max, auto *target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min || value > max)
            return false;
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(value);
        return true;
    };
    auto invalid = [&](const QCommandLineOption &option, const QString &expected) {
        return optionsFail(message,
            QStringLiteral("--%1: '%2' is not %3")
                .arg(option.names().constFirst(), parser.value(option), expected));
    };

    if (!text(host, &parsed.host))
        return invalid(host, QStringLiteral("an address"));
    if (parsed.host != QLatin1String("localhost") && QHostAddress(parsed.host).isNull())
        return invalid(host, QStringLiteral("an IP address"));
    if (!integer(port, 0, 65535, &parsed.port))
        return invalid(port, QStringLiteral("a port from 0 to 65535"));
    if (!text(pod, &parsed.pod))
        return invalid(pod, QStringLiteral("a non-empty id"));
    if (!text(region, &parsed.region))
        return invalid(region, QStringLiteral("a non-empty id"));
    if (!integer(replica, 0, 1'000'000, &parsed.replica))
        return invalid(replica, QStringLiteral("a replica index of 0 or more"));
    if (!text(instance, &parsed.instance))
        return invalid(instance, QStringLiteral("a non-empty id"));
    if (parser.isSet(capacity)) {
        bool ok = false;
        parsed.capacityRps = parser.value(capacity).toDouble(&ok);
        if (!ok || !std::isfinite(parsed.capacityRps) || parsed.capacityRps <= 0)
            return invalid(capacity, QStringLiteral("a positive number"));
    }
    if (!integer(cost, 0, maxCostMs, &parsed.costMs))
        return invalid(cost, QStringLiteral("a number of milliseconds from 0 to 600000"));
    if (!text(model, &parsed.modelVersion))
        return invalid(model, QStringLiteral("a non-empty version"));
    if (!text(dataDir, &parsed.dataDir))
        return invalid(dataDir, QStringLiteral("a folder"));

    if (parsed.instance.isEmpty())
        parsed.instance = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (options)
        *options = parsed;
    return Outcome::Run;
}
