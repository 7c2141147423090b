#pragma once

#include "backend/core/residency/consent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

/**
 * A district's consents (GET /residency/consents?district=…), active, expired and revoked ones
 * told apart by text, colour and font. Updates are diffs keyed by consent id.
 */
class ConsentTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentTableModel)

public:
    enum Column {
        StatusColumn,
        DataClassColumn,
        RegionColumn,
        ReferenceColumn,
        ExpiresColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Status { Active, Expired, Revoked };
    Q_ENUM(Status)

    enum Role {
        ConsentIdRole = Qt::UserRole + 1,
        StatusRole, // int Status
        StatusNameRole, // "active" | "expired" | "revoked"
        DataClassRole,
        RegionRole,
        ReferenceRole,
        ExpiresRole, // QDateTime (UTC)
        RevokedRole,
    };
    Q_ENUM(Role)

    explicit ConsentTableModel(QObject *parent = nullptr);
    ~ConsentTableModel() override;

    /** Shows @p consents: rows of unknown ids are inserted, changed ones updated, missing ones
     *  removed (order: the daemon's). */
    void setConsents(const QList<Consent> &consents);
    /** Adds or updates one consent (after create/revoke), without a reload. */
    void upsert(const Consent &consent);
    void clear();

    const QList<Consent> &consents() const { return m_consents; }
    Consent consent(int row) const;
    int rowOf(const QString &id) const;

    /** Status of @p consent at the reference time. */
    Status statusOf(const Consent &consent) const;
    /** Fixes "now" (tests); an invalid time means the wall clock. */
    void setReferenceTime(const QDateTime &now);
    static QString statusLabel(Status status);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;

    QList<Consent> m_consents;
    QDateTime m_referenceTime;
};
