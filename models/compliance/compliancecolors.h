#pragma once

#include <QColor>

/**
 * The one place compliance becomes colour: the dashboard, the audit table, the consents list,
 * the map and the PDF. Okabe–Ito vermillion / bluish green (as HealthColors) stay apart for the
 * common colour-vision deficiencies, and every view also says "violation" / "compliant" in text.
 * Row tints are dark (the console's theme is dark); paper tints are light (for the PDF).
 */
class ComplianceColors
{
public:
    /** Strong colour: text, dots and badges. */
    static QColor violation();
    static QColor compliant();
    /** Neutral grey for "not audited yet", expired or revoked. */
    static QColor neutral();
    /** Amber for warnings (store errors, expiring soon). */
    static QColor warning();

    /** Row background on the dark console palette. */
    static QColor violationRow();
    static QColor compliantRow();
    static QColor neutralRow();

    /** Row background on white paper (PDF). */
    static QColor violationPaper();
    static QColor compliantPaper();

    /** Jurisdictions a district may use, drawn translucent over the map. */
    static QColor allowedShade();
};
