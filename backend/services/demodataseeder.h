#pragma once

#include <QString>

class ResidencyService;
class ConsentStore;

/**
 * Fills the demo fleet's region stores with district objects (student records, under-13
 * records, de-identified aggregates, model artifacts) and the consents US districts need for
 * their home region — plus a handful of deliberately misplaced objects for the audit to find.
 * Runs once per data dir; deterministic content.
 */
class DemoDataSeeder
{
public:
    explicit DemoDataSeeder(ResidencyService &residency);

    /** Seeds when `<stores root>/.seeded` is absent; returns the number of objects written. */
    int seedIfEmpty(const QString &markerPath);

private:
    ResidencyService &m_residency;
};
