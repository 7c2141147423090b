#pragma once

// What /proc says about a test's processes (memory bounds are measured, never assumed).
#include <QFile>
#include <QString>

/** VmRSS of process @p pid in KiB (0 when unreadable). */
inline qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const auto &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
