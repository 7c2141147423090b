#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * The one place residency rule ids become the legal regimes people talk about (FERPA and state
 * rules, GDPR, Canadian provincial law, APAC privacy law, COPPA, unregulated). Policy packs are
 * data, so a rule this table does not know falls back on the object's data class.
 */
class ComplianceRegimes
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRegimes)

public:
    enum class Regime {
        StateStudentRecords, // FERPA / state student-privacy law and district agreements
        Gdpr,
        CanadianProvincial,
        Apac, // Australian, New Zealand and Singapore privacy law
        Coppa,
        Unregulated,
        Other, // a custom rule with an unknown data class, or the pack's default deny
    };

    /** Every regime in display order. */
    static QList<Regime> all();
    /** The regime of @p ruleId (default pack ids); unknown ids fall back on @p dataClass. */
    static Regime forRule(const QString &ruleId, const QString &dataClass = {});
    /** The regime a data class normally falls under ("child_under_13" → COPPA); else Other. */
    static Regime forDataClass(const QString &dataClass);
    /** Translated display name ("GDPR (EU/EEA, UK, CH)"). */
    static QString displayName(Regime regime);
    /** Short translated name for narrow columns ("GDPR", "FERPA / state"). */
    static QString shortName(Regime regime);
    /** One translated line on what the regime requires, for tooltips and reports. */
    static QString description(Regime regime);
    /** Stable machine name ("state", "gdpr", "canada", "apac", "coppa", "unregulated", "other"). */
    static QString key(Regime regime);
    /** A data class in people's words with its id: "Student records (student_pii)"; an
     *  unknown class is shown as its id. */
    static QString dataClassLabel(const QString &dataClass);
};
