#include "backend/services/policyservice.h"

#include "backend/services/logging.h"

#include <QFile>
#include <QFileInfo>

PolicyService::PolicyService(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

QList<PolicyError> PolicyService::reload()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {PolicyError{QFileInfo(m_path).fileName(), QStringLiteral(""),
            QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString())}};
    return load(file.readAll(), QFileInfo(m_path).fileName());
}

QList<PolicyError> PolicyService::load(const QByteArray &bytes, const QString &fileName)
{
    auto result = PolicyPack::fromJson(bytes, fileName);
    if (!result.ok()) {
        qCWarning(lcResidency) << "policy pack" << fileName << "refused with"
                               << result.errors.size()
                               << "errors; the previous pack stays in force";
        return result.errors;
    }
    m_pack = std::move(result.pack);
    m_evaluator = PolicyEvaluator(*m_pack);
    qCInfo(lcResidency) << "policy pack" << m_pack->name() << "in force with"
                        << m_pack->rules().size() << "rules";
    Q_EMIT policyChanged();
    return {};
}
