#pragma once

#include <QString>

/**
 * Which certificates the console trusts for an https:// / wss:// daemon: the system store,
 * plus the CA file an admin pins with --ca-file (a private CA, or the daemon's own self-signed
 * certificate). Applies to every connection (API calls, probes and the event stream).
 */
namespace TlsTrust {

/** Adds the PEM certificates in @p path; false with a readable @p error when there are none. */
bool addCaFile(const QString &path, QString *error);

} // namespace TlsTrust
