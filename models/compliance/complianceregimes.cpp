#include "models/compliance/complianceregimes.h"

#include <QHash>

QList<ComplianceRegimes::Regime> ComplianceRegimes::all()
{
    return allRegimes();
}

QString ComplianceRegimes::displayName(Regime regime)
{
    switch (regime) {
    case Regime::StateStudentRecords:
        return tr("FERPA / state student-records rules");
    case Regime::Gdpr:
        return tr("GDPR (EU/EEA, UK, Switzerland)");
    case Regime::CanadianProvincial:
        return tr("Canadian provincial (Ontario, BC) / PIPEDA");
    case Regime::Apac:
        return tr("APAC privacy law (Australia, New Zealand, Singapore)");
    case Regime::Coppa:
        return tr("COPPA (children under 13)");
    case Regime::Unregulated:
        return tr("Unregulated (de-identified data, model artifacts)");
    case Regime::Other:
        break;
    }
    return tr("Other rules (custom policy or default deny)");
}

QString ComplianceRegimes::shortName(Regime regime)
{
    switch (regime) {
    case Regime::StateStudentRecords:
        return tr("FERPA / state rules");
    case Regime::Gdpr:
        return tr("GDPR");
    case Regime::CanadianProvincial:
        return tr("Canadian provincial");
    case Regime::Apac:
        return tr("APAC privacy law");
    case Regime::Coppa:
        return tr("COPPA");
    case Regime::Unregulated:
        return tr("Unregulated");
    case Regime::Other:
        break;
    }
    return tr("Other rules");
}

QString ComplianceRegimes::description(Regime regime)
{
    switch (regime) {
    case Regime::StateStudentRecords:
        return tr("A US district's student records stay in its own state unless a recorded "
                  "consent names the target region.");
    case Regime::Gdpr:
        return tr("EU/EEA, UK and Swiss personal data is stored and processed only in EU "
                  "regions.");
    case Regime::CanadianProvincial:
        return tr("Ontario and British Columbia districts' data, and Canadian personal data, "
                  "stays in Canadian regions.");
    case Regime::Apac:
        return tr("Student records of Australian, New Zealand and Singapore districts stay in "
                  "APAC regions.");
    case Regime::Coppa:
        return tr("Data of children under 13 only on COPPA-certified regions or pods.");
    case Regime::Unregulated:
        return tr("De-identified data and model artifacts may be stored anywhere.");
    case Regime::Other:
        break;
    }
    return tr("Placements judged by a rule outside the default pack, or denied because no "
              "rule allows them.");
}

QString ComplianceRegimes::key(Regime regime)
{
    switch (regime) {
    case Regime::StateStudentRecords:
        return QStringLiteral("state");
    case Regime::Gdpr:
        return QStringLiteral("gdpr");
    case Regime::CanadianProvincial:
        return QStringLiteral("canada");
    case Regime::Apac:
        return QStringLiteral("apac");
    case Regime::Coppa:
        return QStringLiteral("coppa");
    case Regime::Unregulated:
        return QStringLiteral("unregulated");
    case Regime::Other:
        break;
    }
    return QStringLiteral("other");
}

QString ComplianceRegimes::dataClassLabel(const QString &dataClass)
{
    QString words;
    if (dataClass == QLatin1String("student_pii"))
        words = tr("Student records");
    else if (dataClass == QLatin1String("child_under_13"))
        words = tr("Children's data, under 13");
    else if (dataClass == QLatin1String("eu_personal"))
        words = tr("EU personal data");
    else if (dataClass == QLatin1String("ca_personal"))
        words = tr("Canadian personal data");
    else if (dataClass == QLatin1String("deidentified"))
        words = tr("De-identified data");
    else if (dataClass == QLatin1String("model_artifact"))
        words = tr("Model files");
    return words.isEmpty() ? dataClass : tr("%1 (%2)").arg(words, dataClass);
}
