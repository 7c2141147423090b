#pragma once

#include <QList>
#include <QString>

#include <optional>

/**
 * The legal regime a residency rule enforces, as people talk about it. A field of each rule in
 * the policy pack ("regime"), so an operator's own pack is classified as its author says, and
 * carried on every verdict (audit reports, validate answers) to the console.
 */
enum class Regime {
    StateStudentRecords, // "state_student_records": FERPA, state student-privacy law, DPAs
    Gdpr, // "gdpr"
    CanadianProvincial, // "canadian_provincial": Ontario, BC, PIPEDA
    Apac, // "apac": Australian, New Zealand and Singapore privacy law
    Coppa, // "coppa"
    Unregulated, // "unregulated": de-identified data, model artifacts
    Other, // "other": anything else, and the pack's default deny
};

/** The wire name ("gdpr"). */
QString regimeName(Regime regime);
/** The regime named @p name, or nullopt. */
std::optional<Regime> regimeFromName(const QString &name);
/** Every regime, in display order. */
QList<Regime> allRegimes();
/** The wire names, comma-separated, for error messages. */
QString regimeNamesForHumans();
