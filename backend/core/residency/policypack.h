#pragma once

#include "backend/core/residency/policyerror.h"
#include "backend/core/residency/policyrule.h"
#include "backend/core/residency/verdict.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * A validated residency policy pack: zones (named jurisdiction lists), ordered rules and the
 * default (deny) decision. Packs are data; resources/policies/schema.md is the format's spec.
 * A pack only exists once it passed validation as a whole, so evaluators never see half a pack.
 */
class PolicyPack
{
public:
    struct LoadResult;

    /** Returns the pack parsed from @p bytes, or every validation error (each naming @p fileName,
     *  a JSON pointer and a reason) and no pack if anything at all is wrong. */
    static LoadResult fromJson(const QByteArray &bytes, const QString &fileName);

    /** Returns the pack in its file format; fromJson(toJson()) yields an equal pack. */
    QJsonObject toJson() const;

    int version() const { return m_version; }
    const QString &name() const { return m_name; }
    const QString &description() const { return m_description; }
    /** Returns zone name → member jurisdiction codes. */
    const QMap<QString, QStringList> &zones() const { return m_zones; }
    /** Returns the rules in pack order (the order decides which rule a verdict names). */
    const QList<PolicyRule> &rules() const { return m_rules; }
    /** Returns the decision used when no rule applies: id, legal basis and remedy of a deny. */
    const PolicyRule &defaultRule() const { return m_defaultRule; }
    /** The rule (or default rule) with @p id; nullptr for an id the pack does not have. */
    const PolicyRule *rule(const QString &id) const;
    /** @p verdict with its rule's legal basis and remedy in the first of @p languages the pack
     *  has them in (English otherwise). Audit records keep the English: this is for people. */
    Verdict localized(const Verdict &verdict, const QStringList &languages) const;

    friend bool operator==(const PolicyPack &, const PolicyPack &) = default;

private:
    friend class PolicyPackParser;
    PolicyPack() = default;

    int m_version = 0;
    QString m_name;
    QString m_description;
    QMap<QString, QStringList> m_zones;
    QList<PolicyRule> m_rules;
    PolicyRule m_defaultRule;
};

/** What PolicyPack::fromJson() produced: a pack, or (pack empty) every error found. */
struct PolicyPack::LoadResult
{
    std::optional<PolicyPack> pack;
    QList<PolicyError> errors;

    bool ok() const { return pack.has_value(); }
};
