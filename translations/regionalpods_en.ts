<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditReportDialog</name>
    <message numerus="yes">
        <source>%n object(s) (%1) · %2 compliant · %3 violating</source>
        <translation>
            <numerusform>%n object (%1) · %2 compliant · %3 violating</numerusform>
            <numerusform>%n objects (%1) · %2 compliant · %3 violating</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message numerus="yes">
        <source> · %n replica(s) could not be read</source>
        <translation>
            <numerusform> · %n replica could not be read</numerusform>
            <numerusform> · %n replicas could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceDashboard</name>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 districts keep(s) data where their policy forbids it</source>
        <translation>
            <numerusform>%n of %1 districts keeps data where its policy forbids it</numerusform>
            <numerusform>%n of %1 districts keep data where their policy forbids it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misplaced object(s).</source>
        <translation>
            <numerusform>%n misplaced object.</numerusform>
            <numerusform>%n misplaced objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disaster recovery (%n without DR)</source>
        <translation>
            <numerusform>Disaster recovery (%n without DR)</numerusform>
            <numerusform>Disaster recovery (%n without DR)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceMapOverlay</name>
    <message numerus="yes">
        <source>%n object(s), %1 VIOLATING</source>
        <translation>
            <numerusform>%n object, %1 VIOLATING</numerusform>
            <numerusform>%n objects, %1 VIOLATING</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), compliant</source>
        <translation>
            <numerusform>%n object, compliant</numerusform>
            <numerusform>%n objects, compliant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceSummaryModel</name>
    <message numerus="yes">
        <source>All %n district(s) compliant</source>
        <translation>
            <numerusform>All %n district compliant</numerusform>
            <numerusform>All %n districts compliant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n district(s) violate</source>
        <translation>
            <numerusform>%1 of %n district violate</numerusform>
            <numerusform>%1 of %n districts violate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migration of %1 (%2) done: %n object(s) moved</source>
        <translation>
            <numerusform>Migration of %1 (%2) done: %n object moved</numerusform>
            <numerusform>Migration of %1 (%2) done: %n objects moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migration of %1 (%2): %3 of %n object(s) moved</source>
        <translation>
            <numerusform>Migration of %1 (%2): %3 of %n object moved</numerusform>
            <numerusform>Migration of %1 (%2): %3 of %n objects moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message numerus="yes">
        <source>%1 — %n object(s), %2 violating</source>
        <translation>
            <numerusform>%1 — %n object, %2 violating</numerusform>
            <numerusform>%1 — %n objects, %2 violating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n object(s)</source>
        <translation>
            <numerusform>%1 — %n object</numerusform>
            <numerusform>%1 — %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message numerus="yes">
        <source>Scaling %1 to %n replica(s)…</source>
        <translation>
            <numerusform>Scaling %1 to %n replica…</numerusform>
            <numerusform>Scaling %1 to %n replicas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scaled to %n replica(s)</source>
        <translation>
            <numerusform>%1 scaled to %n replica</numerusform>
            <numerusform>%1 scaled to %n replicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodMapBinder</name>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impaired</source>
        <translation>
            <numerusform>%n impaired</numerusform>
            <numerusform>%n impaired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplicationModel</name>
    <message numerus="yes">
        <source>%n district(s) hold data with no allowed DR place.</source>
        <translation>
            <numerusform>%n district holds data with no allowed DR place.</numerusform>
            <numerusform>%n districts hold data with no allowed DR place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 data sets have a DR copy; %n object(s) pending, the oldest %3 s behind (target %4 s).</source>
        <translation>
            <numerusform>%1 of %2 data sets have a DR copy; %n object pending, the oldest %3 s behind (target %4 s).</numerusform>
            <numerusform>%1 of %2 data sets have a DR copy; %n objects pending, the oldest %3 s behind (target %4 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data set(s) behind their lag target.</source>
        <translation>
            <numerusform>%n data set behind its lag target.</numerusform>
            <numerusform>%n data sets behind their lag target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying: %n pending</source>
        <translation>
            <numerusform>Copying: %n pending</numerusform>
            <numerusform>Copying: %n pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteState</name>
    <message numerus="yes">
        <source>Served by %1 in %2 (%3 %) and %n other pod(s)</source>
        <translation>
            <numerusform>Served by %1 in %2 (%3 %) and %n other pod</numerusform>
            <numerusform>Served by %1 in %2 (%3 %) and %n other pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodDetailDialog</name>
    <message numerus="yes">
        <source>%1: %2 of %n replica(s) healthy</source>
        <translation>
            <numerusform>%1: %2 of %n replica healthy</numerusform>
            <numerusform>%1: %2 of %n replicas healthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fallback for %n more district(s): %1</source>
        <translation>
            <numerusform>Fallback for %n more district: %1</numerusform>
            <numerusform>Fallback for %n more districts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeStrip</name>
    <message numerus="yes">
        <source>Last %n probe(s), newest on the right: </source>
        <translation>
            <numerusform>Last %n probe: </numerusform>
            <numerusform>Last %n probes, newest on the right: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message numerus="yes">
        <source>To rehearse it all the same, go Back and allow %n district(s) to go unserved: they stay unserved during the drill, as their law requires.</source>
        <translation>
            <numerusform>To rehearse it all the same, go Back and allow %n district to go unserved: it stays unserved during the drill, as its law requires.</numerusform>
            <numerusform>To rehearse it all the same, go Back and allow %n districts to go unserved: they stay unserved during the drill, as their law requires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) affected</source>
        <translation>
            <numerusform>%n district affected</numerusform>
            <numerusform>%n districts affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move to another pod</source>
        <translation>
            <numerusform>%n moves to another pod</numerusform>
            <numerusform>%n move to another pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail closed (no compliant fallback)</source>
        <translation>
            <numerusform>%n fails closed (no compliant fallback)</numerusform>
            <numerusform>%n fail closed (no compliant fallback)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>RESIDENCY VIOLATED: %n request(s) left their zone.</source>
        <translation>
            <numerusform>RESIDENCY VIOLATED: %n request left its zone.</numerusform>
            <numerusform>RESIDENCY VIOLATED: %n requests left their zone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest time to be served again: %1 (target %2 s). %n district(s) failed closed, as the law requires.</source>
        <translation>
            <numerusform>Longest time to be served again: %1 (target %2 s). %n district failed closed, as the law requires.</numerusform>
            <numerusform>Longest time to be served again: %1 (target %2 s). %n districts failed closed, as the law requires.</numerusform>
        </translation>
    </message>
</context>
</TS>
