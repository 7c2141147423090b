#pragma once

#include <QString>

/** One reason a policy pack (or a consent) was refused: which file, where in it, and why. */
struct PolicyError
{
    QString file; // as given by the caller, e.g. "default.json"
    QString path; // JSON pointer (RFC 6901) to the offending value, "" for the whole document
    QString reason; // human-readable, names the offending value

    /** Returns "file:path: reason" (path shown as "/" for the whole document). */
    QString toString() const
    {
        return QStringLiteral("%1:%2: %3")
            .arg(file, path.isEmpty() ? QStringLiteral("/") : path, reason);
    }

    friend bool operator==(const PolicyError &, const PolicyError &) = default;
};
