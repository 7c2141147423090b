#pragma once

#include "backend/core/residency/policypack.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

/**
 * Validates and reads one policy pack document for PolicyPack::fromJson. It keeps going after
 * an error so one run reports every problem, each with the JSON pointer of the bad value.
 */
class PolicyPackParser
{
public:
    /** Maximum distinct certification names in one pack (the evaluator keeps them as bits). */
    static constexpr int MaxCertifications = 64;

    explicit PolicyPackParser(QString fileName);

    /** Returns the pack, or all errors found in @p bytes. */
    PolicyPack::LoadResult parse(const QByteArray &bytes);

private:
    enum class RefContext { District, Target };

    void error(const QString &path, const QString &reason);
    void rejectUnknownKeys(
        const QJsonObject &object, const QString &path, const QStringList &allowed);
    /** The rule's "regime" (optional; an unknown name is an error naming the field). */
    void parseRegime(const QJsonObject &object, const QString &path, PolicyRule *rule);
    std::optional<QString> readString(const QJsonObject &object, const QString &key,
        const QString &path, bool required, bool nonEmpty);
    /** A text field: a string (English), or {"en": …, "de": …} with "en" required; the other
     *  languages go to @p rule's translations. */
    std::optional<QString> readText(const QJsonObject &object, const QString &key,
        const QString &path, bool required, PolicyRule *rule);
    std::optional<QJsonArray> readArray(
        const QJsonObject &object, const QString &key, const QString &path, bool required);

    void parseRoot(const QJsonObject &root);
    void parseZones(const QJsonValue &value, const QString &path);
    void parseRule(const QJsonValue &value, const QString &path, PolicyRule *rule);
    void parseSelector(const QJsonValue &value, const QString &path, PolicySelector *selector);
    void parseAllowTarget(const QJsonValue &value, const QString &path, PolicyRule *rule);
    void parseDefault(const QJsonValue &value, const QString &path);
    QStringList parseRefs(const QJsonArray &array, const QString &path, RefContext context);
    QStringList parseCertifications(const QJsonArray &array, const QString &path);
    void checkRuleId(const QString &id, const QString &path);

    QString m_fileName;
    QList<PolicyError> m_errors;
    PolicyPack m_pack;
    QSet<QString> m_ruleIds;
    QSet<QString> m_certifications;
};
