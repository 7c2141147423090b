#pragma once

// The agent processes a test daemon launched, found through /proc (tests and benchmarks kill
// or stop them to play failures).
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

/** Pids of agent processes whose --pod is @p podId and whose data dir is under @p dataDir. */
inline QList<qint64> agentPids(const QString &dataDir, const QString &podId = {})
{
    QList<qint64> pids;
    const auto prefix = QDir(dataDir).filePath(QStringLiteral("agents")) + QLatin1Char('/');
    for (const auto &entry :
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const auto pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const auto args = QString::fromLocal8Bit(cmdline.readAll()).split(QChar(0));
        if (args.isEmpty() || !args.first().endsWith(QStringLiteral("regionalpods-agent")))
            continue;
        const auto dirAt = args.indexOf(QStringLiteral("--data-dir"));
        const auto podAt = args.indexOf(QStringLiteral("--pod"));
        if (dirAt < 0 || !args.value(dirAt + 1).startsWith(prefix))
            continue;
        if (!podId.isEmpty() && args.value(podAt + 1) != podId)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z "))
            continue; // a zombie is not a running agent
        pids.append(pid);
    }
    return pids;
}
