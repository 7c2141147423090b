#pragma once

#include "backend/core/residency/policyerror.h"
#include "backend/core/residency/policyevaluator.h"
#include "backend/core/residency/policypack.h"

#include <QObject>

#include <optional>

/**
 * The residency policy in force: a validated pack and its compiled evaluator. A pack that
 * fails validation is refused as a whole and the previous one stays in force.
 */
class PolicyService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyService)

public:
    /** @p path is the pack file (a ":/" resource for the bundled default). */
    explicit PolicyService(QString path, QObject *parent = nullptr);

    /** (Re)loads the pack from its file; returns the errors (empty on success). */
    QList<PolicyError> reload();
    /** Loads a pack from bytes (e.g. uploaded); returns the errors (empty on success). */
    QList<PolicyError> load(const QByteArray &bytes, const QString &fileName);

    const PolicyEvaluator &evaluator() const { return m_evaluator; }
    const std::optional<PolicyPack> &pack() const { return m_pack; }
    const QString &path() const { return m_path; }

Q_SIGNALS:
    void policyChanged();

private:
    QString m_path;
    std::optional<PolicyPack> m_pack;
    PolicyEvaluator m_evaluator;
};
