#pragma once

#include <QString>
#include <QUrl>

/**
 * Where the console finds its daemon and which token it presents, gathered from the command
 * line, the environment and QSettings by main(); DaemonConnector applies the precedence.
 */
struct ConnectionOptions
{
    QUrl url; // --url, else settings; empty: defaultUrl()
    QString cliToken; // --token
    QString envToken; // $REGIONALPODS_TOKEN
    QString settingsToken; // QSettings connection/token
    QString dataDir; // --data-dir; empty: defaultDataDir()
    QString daemonProgram; // empty: regionalpodsd next to the console executable

    /** http://127.0.0.1:7420, where a locally installed daemon listens by default. */
    static QUrl defaultUrl();
    /** <XDG data home>/regionalpods, the bundled daemon's data dir. */
    static QString defaultDataDir();
    /** url, or defaultUrl() when empty. */
    QUrl effectiveUrl() const;
    /** dataDir, or defaultDataDir() when empty. */
    QString effectiveDataDir() const;
    /** True when effectiveUrl() is the default local one (only then may a daemon be started). */
    bool isDefaultLocalUrl() const;
    /** First non-empty of --token, $REGIONALPODS_TOKEN, settings, <data dir>/admin.token. */
    QString resolveToken() const;
    /** The trimmed content of <dir>/admin.token, or empty when unreadable. */
    static QString readTokenFile(const QString &dir);
};
