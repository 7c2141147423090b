#pragma once

#include "backend/core/residency/regime.h"
#include "backend/core/residency/verdict.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * The legal regimes people talk about (FERPA and state rules, GDPR, Canadian provincial law,
 * APAC privacy law, COPPA, unregulated) in their words. Which regime a verdict belongs to is
 * the deciding rule's "regime" field in the policy pack (backend/core/residency/regime.h),
 * carried on the verdict, so an operator's own pack is classified as its author says.
 */
class ComplianceRegimes
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRegimes)

public:
    using Regime = ::Regime;

    /** Every regime in display order. */
    static QList<Regime> all();
    /** The regime of the rule that decided @p verdict (Other from a daemon before 0.2). */
    static Regime forVerdict(const Verdict &verdict) { return verdict.regime; }
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
