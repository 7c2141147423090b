#pragma once

#include <QDateTime>
#include <QLabel>

/**
 * The bar above the map while the daemon is unreachable: what the operator sees is the last
 * known state, since when, and that actions wait for the daemon. Hidden while connected.
 */
class OfflineBanner : public QLabel
{
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    /** Shows (or hides, when @p offline is false) the banner for a daemon last heard at
     *  @p lastUpdate, with the stream's @p reason when there is one. */
    void setOffline(bool offline, const QDateTime &lastUpdate, const QString &reason = {});
};
