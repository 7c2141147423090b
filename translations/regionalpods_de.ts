<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>nothing answers at %1 (connection refused) — is the daemon running?</source>
        <translation>unter %1 antwortet nichts (Verbindung abgelehnt) — läuft der Daemon?</translation>
    </message>
    <message>
        <source>host of %1 not found</source>
        <translation>Host von %1 nicht gefunden</translation>
    </message>
    <message>
        <source>the daemon at %1 did not answer within %2 s</source>
        <translation>der Daemon unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the daemon at %1 closed the connection</source>
        <translation>der Daemon unter %1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid response from the daemon</source>
        <translation>Ungültige Antwort vom Daemon</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>AuditObjectModel</name>
    <message>
        <source>Violation</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation&lt;/b&gt; of rule %1</source>
        <translation>&lt;b&gt;Verstoß&lt;/b&gt; gegen Regel %1</translation>
    </message>
    <message>
        <source>Allowed by rule %1</source>
        <translation>Erlaubt durch Regel %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Remedy:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Abhilfe:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Relies on consent %1</source>
        <translation>&lt;br&gt;Beruht auf Einwilligung %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>AuditReportDialog</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Residency audit</source>
        <translation>Datenresidenz-Prüfung</translation>
    </message>
    <message>
        <source>Loading the audit…</source>
        <translation>Prüfung wird geladen…</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>Kettenprüfung</translation>
    </message>
    <message>
        <source>Loading the audit of %1…</source>
        <translation>Prüfung von %1 wird geladen…</translation>
    </message>
    <message>
        <source>Auditing %1: listing every store…</source>
        <translation>Prüfe %1: Alle Speicher werden aufgelistet…</translation>
    </message>
    <message>
        <source>The audit of %1 could not be loaded: %2</source>
        <translation>Die Prüfung von %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Residency audit — %1</source>
        <translation>Datenresidenz-Prüfung — %1</translation>
    </message>
    <message>
        <source>Objects (%1, %2 violating)</source>
        <translation>Objekte (%1, %2 nicht konform)</translation>
    </message>
    <message>
        <source>Objects (%1)</source>
        <translation>Objekte (%1)</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Prüfprotokoll (%1)</translation>
    </message>
    <message>
        <source>Chain: intact</source>
        <translation>Kette: intakt</translation>
    </message>
    <message>
        <source>Chain: BROKEN</source>
        <translation>Kette: UNTERBROCHEN</translation>
    </message>
    <message>
        <source>Some stores could not be listed: %1</source>
        <translation>Einige Speicher konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No stored data of this district was found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurden keine gespeicherten Daten dieses Bezirks gefunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Violation: %1</source>
        <translation>Verstoß: %1</translation>
    </message>
    <message>
        <source>Compliant: %1</source>
        <translation>Konform: %1</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3) — not allowed by rule “%4” (%5).</source>
        <translation>%1-Daten gespeichert in %2 (%3) — nach Regel „%4“ (%5) nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3) — allowed by rule “%4” (%5).</source>
        <translation>%1-Daten gespeichert in %2 (%3) — nach Regel „%4“ (%5) erlaubt.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>the policy names no remedy</source>
        <translation>die Richtlinie nennt keine Abhilfe</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Allowed thanks to consent %1.</source>
        <translation>Erlaubt aufgrund der Einwilligung %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3 · modified %4</source>
        <translation>%1 · %2 · SHA-256 %3 · geändert %4</translation>
    </message>
    <message>
        <source>The audit chain is intact</source>
        <translation>Die Protokollkette ist intakt</translation>
    </message>
    <message>
        <source>The audit chain is broken</source>
        <translation>Die Protokollkette ist unterbrochen</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Geprüfte Einträge</translation>
    </message>
    <message>
        <source>Last good record</source>
        <translation>Letzter gültiger Eintrag</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Kopf-Hash</translation>
    </message>
    <message>
        <source>First bad record</source>
        <translation>Erster ungültiger Eintrag</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Every record&apos;s hash covers the previous record&apos;s hash, so editing, removing or reordering any record breaks the chain from there on. Keep a copy of the head hash elsewhere to detect a cut-off tail.</source>
        <translation>Der Hash jedes Eintrags schließt den Hash des vorherigen Eintrags ein; wird ein Eintrag bearbeitet, entfernt oder umsortiert, ist die Kette ab dieser Stelle unterbrochen. Bewahren Sie eine Kopie des Kopf-Hashes an anderer Stelle auf, um ein abgeschnittenes Ende zu erkennen.</translation>
    </message>
    <message>
        <source>No report loaded yet</source>
        <translation>Noch kein Bericht geladen</translation>
    </message>
    <message>
        <source>Saved the PDF report to %1</source>
        <translation>PDF-Bericht unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Fetching the CSV from the daemon…</source>
        <translation>CSV wird vom Daemon abgerufen…</translation>
    </message>
    <message>
        <source>The daemon did not give the CSV: %1</source>
        <translation>Der Daemon hat die CSV-Datei nicht geliefert: %1</translation>
    </message>
    <message>
        <source>Saved the CSV to %1</source>
        <translation>CSV-Datei unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Export audit report as PDF</source>
        <translation>Prüfbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export audit objects as CSV</source>
        <translation>Geprüfte Objekte als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) (%1) · %2 compliant · %3 violating</source>
        <translation>
            <numerusform>%n Objekt (%1) · %2 konform · %3 nicht konform</numerusform>
            <numerusform>%n Objekte (%1) · %2 konform · %3 nicht konform</numerusform>
        </translation>
    </message>
    <message>
        <source>S3 bucket %1 in %2</source>
        <translation>S3-Bucket %1 in %2</translation>
    </message>
    <message>
        <source>object store of %1</source>
        <translation>Objektspeicher von %1</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrieren…</translation>
    </message>
    <message>
        <source>Record C&amp;onsent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Move this district&apos;s misplaced objects to a region its policy allows</source>
        <translation>Die falsch platzierten Objekte dieses Bezirks in eine Region verschieben, die seine Richtlinie erlaubt</translation>
    </message>
    <message>
        <source>Record the agreement that makes a placement lawful, where the rule accepts one</source>
        <translation>Die Vereinbarung erfassen, die einen Speicherort zulässig macht, wo die Regel eine anerkennt</translation>
    </message>
</context>
<context>
    <name>AuditReportExporter</name>
    <message>
        <source>No stored data of %1 was found in any region.</source>
        <translation>In keiner Region wurden gespeicherte Daten von %1 gefunden.</translation>
    </message>
    <message>
        <source>The one stored object of %1 is kept where the residency policy allows.</source>
        <translation>Das einzige gespeicherte Objekt von %1 liegt dort, wo die Residenzrichtlinie es erlaubt.</translation>
    </message>
    <message>
        <source>All %1 stored objects of %2 are kept where the residency policy allows.</source>
        <translation>Alle %1 gespeicherten Objekte von %2 liegen dort, wo die Residenzrichtlinie es erlaubt.</translation>
    </message>
    <message>
        <source>1 of %1 stored objects of %2 is kept where the residency policy does not allow it. The violation below names the rule it breaks and what would fix it.</source>
        <translation>1 von %1 gespeicherten Objekten von %2 liegt dort, wo die Residenzrichtlinie es nicht erlaubt. Der unten aufgeführte Verstoß nennt die verletzte Regel und was ihn beheben würde.</translation>
    </message>
    <message>
        <source>%1 of %2 stored objects of %3 are kept where the residency policy does not allow them. Each violation below names the rule it breaks and what would fix it.</source>
        <translation>%1 von %2 gespeicherten Objekten von %3 liegen dort, wo die Residenzrichtlinie es nicht erlaubt. Jeder unten aufgeführte Verstoß nennt die verletzte Regel und was ihn beheben würde.</translation>
    </message>
    <message>
        <source>One storage location could not be checked, so this audit is incomplete.</source>
        <translation>Ein Speicherort konnte nicht geprüft werden, daher ist diese Prüfung unvollständig.</translation>
    </message>
    <message>
        <source>%1 storage locations could not be checked, so this audit is incomplete.</source>
        <translation>%1 Speicherorte konnten nicht geprüft werden, daher ist diese Prüfung unvollständig.</translation>
    </message>
    <message>
        <source>The audit trail is intact: all %1 records of the hash chain verified.</source>
        <translation>Das Prüfprotokoll ist intakt: Alle %1 Einträge der Hash-Kette wurden verifiziert.</translation>
    </message>
    <message>
        <source>The audit trail FAILED verification at record %1 (%2): %3. Records after it cannot be trusted until this is investigated.</source>
        <translation>Das Prüfprotokoll hat die Verifizierung bei Eintrag %1 (%2) NICHT BESTANDEN: %3. Den nachfolgenden Einträgen kann nicht vertraut werden, bis dies untersucht wurde.</translation>
    </message>
    <message>
        <source>Residency audit — %1</source>
        <translation>Datenresidenz-Prüfung — %1</translation>
    </message>
    <message>
        <source>Residency audit: %1</source>
        <translation>Datenresidenz-Prüfung: %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Data classes held</source>
        <translation>Gespeicherte Datenklassen</translation>
    </message>
    <message>
        <source>Objects checked</source>
        <translation>Geprüfte Objekte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Violating</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Verdict: compliant</source>
        <translation>Bewertung: konform</translation>
    </message>
    <message>
        <source>Verdict: action needed</source>
        <translation>Bewertung: Handlungsbedarf</translation>
    </message>
    <message>
        <source>Violations and what to do</source>
        <translation>Verstöße und Maßnahmen</translation>
    </message>
    <message>
        <source>None. Every object is stored where a rule allows it.</source>
        <translation>Keine. Jedes Objekt ist dort gespeichert, wo eine Regel es erlaubt.</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3), which rule &quot;%4&quot; (%5) does not allow.</source>
        <translation>%1-Daten gespeichert in %2 (%3), was Regel „%4“ (%5) nicht erlaubt.</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>(the policy names none)</source>
        <translation>(die Richtlinie nennt keine)</translation>
    </message>
    <message>
        <source>Storage that could not be checked</source>
        <translation>Speicherorte, die nicht geprüft werden konnten</translation>
    </message>
    <message>
        <source>All stored objects</source>
        <translation>Alle gespeicherten Objekte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>No audit records name this district.</source>
        <translation>Kein Eintrag im Prüfprotokoll nennt diesen Bezirk.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>Verifizierung der Protokollkette</translation>
    </message>
    <message>
        <source>Last verified record: %1. Head hash: %2. Compare the head hash with a copy kept elsewhere to detect a truncated trail.</source>
        <translation>Letzter verifizierter Eintrag: %1. Kopf-Hash: %2. Vergleichen Sie den Kopf-Hash mit einer an anderer Stelle aufbewahrten Kopie, um ein gekürztes Protokoll zu erkennen.</translation>
    </message>
    <message>
        <source>Produced by the Regional Pods console from the daemon&apos;s report of %1.</source>
        <translation>Erstellt von der Regional-Pods-Konsole aus dem Bericht des Daemons vom %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing the PDF to %1 failed</source>
        <translation>Schreiben der PDF-Datei nach %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” (to %2, until %3)</source>
        <translation>„%1“ (nach %2, bis %3)</translation>
    </message>
    <message>
        <source>consent %1</source>
        <translation>Einwilligung %1</translation>
    </message>
    <message>
        <source>Placements lawful by agreement</source>
        <translation>Durch Vereinbarung zulässige Speicherorte</translation>
    </message>
    <message>
        <source>These objects are stored outside the district&apos;s own zone. Each is lawful only because of the agreement named, until it expires.</source>
        <translation>Diese Objekte liegen außerhalb der Zone des Bezirks. Jedes ist nur wegen der genannten Vereinbarung zulässig, bis sie abläuft.</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>Data moved</source>
        <translation>Daten verschoben</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Pod created</source>
        <translation>Pod erstellt</translation>
    </message>
    <message>
        <source>Pod scaled</source>
        <translation>Pod skaliert</translation>
    </message>
    <message>
        <source>Pod deleted</source>
        <translation>Pod gelöscht</translation>
    </message>
    <message>
        <source>Policy reloaded</source>
        <translation>Richtlinie neu geladen</translation>
    </message>
    <message>
        <source>Policy reload refused</source>
        <translation>Neuladen der Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>Demo data seeded</source>
        <translation>Demodaten angelegt</translation>
    </message>
    <message>
        <source>%1 data moved %2 → %3</source>
        <translation>%1-Daten verschoben %2 → %3</translation>
    </message>
    <message>
        <source>%1 moved %2 → %3</source>
        <translation>%1 verschoben %2 → %3</translation>
    </message>
    <message>
        <source>%1 may go to %2 (ref. %3, until %4)</source>
        <translation>%1 darf nach %2 (Ref. %3, bis %4)</translation>
    </message>
    <message>
        <source>%1 no longer consented for %2 (ref. %3)</source>
        <translation>keine Einwilligung mehr für %1 in %2 (Ref. %3)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>seq %1 · %2
hash %3
previous %4%5</source>
        <translation>Nr. %1 · %2
Hash %3
vorheriger %4%5</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Auditor (read-only)</source>
        <translation>Auditor (nur lesend)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Unbekannte Rolle</translation>
    </message>
</context>
<context>
    <name>CapacityComposer</name>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Show &amp;Capacity Panel</source>
        <translation>&amp;Kapazitätsbereich anzeigen</translation>
    </message>
</context>
<context>
    <name>CapacityFeed</name>
    <message>
        <source>Could not load capacity: %1</source>
        <translation>Kapazität konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Utilization per region (%)</source>
        <translation>Auslastung je Region (%)</translation>
    </message>
    <message>
        <source>Requests per second, by pod</source>
        <translation>Anfragen pro Sekunde, nach Pod</translation>
    </message>
    <message>
        <source>Headroom now (req/s), busiest first</source>
        <translation>Reserve jetzt (Anfr./s), am stärksten ausgelastete zuerst</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Ran&amp;ge:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Measured by scraping every replica every %1 s · updated %2</source>
        <translation>Gemessen durch Abfrage jeder Replik alle %1 s · aktualisiert %2</translation>
    </message>
    <message>
        <source>Waiting for the first scrape…</source>
        <translation>Warte auf die erste Abfrage…</translation>
    </message>
    <message numerus="yes">
        <source> · %n replica(s) could not be read</source>
        <translation>
            <numerusform> · %n Replik konnte nicht gelesen werden</numerusform>
            <numerusform> · %n Repliken konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % used</source>
        <translation>%1: %2 % ausgelastet</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Export Capacity Data</source>
        <translation>Kapazitätsdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceClient</name>
    <message>
        <source>Unknown data class</source>
        <translation>Unbekannte Datenklasse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a data class the daemon knows</source>
        <translation>„%1“ ist keine Datenklasse, die der Daemon kennt</translation>
    </message>
</context>
<context>
    <name>ComplianceComposer</name>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>&amp;Audit Report…</source>
        <translation>&amp;Prüfbericht…</translation>
    </message>
    <message>
        <source>&amp;Migrate Data…</source>
        <translation>Daten &amp;migrieren…</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Einwilligungen…</translation>
    </message>
    <message>
        <source>&amp;Re-audit All Districts</source>
        <translation>Alle Bezirke e&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Compliance</translation>
    </message>
    <message>
        <source>Show Compliance &amp;Panel</source>
        <translation>Compliance-&amp;Bereich anzeigen</translation>
    </message>
    <message>
        <source>Auditor token: read-only; only this auditor&apos;s districts are shown.</source>
        <translation>Auditor-Token: nur lesend; es werden nur die Bezirke dieses Auditors angezeigt.</translation>
    </message>
    <message>
        <source>Choose a district in the Compliance panel first.</source>
        <translation>Wählen Sie zuerst im Compliance-Bereich einen Bezirk aus.</translation>
    </message>
    <message>
        <source>This token may not migrate data.</source>
        <translation>Dieses Token darf keine Daten migrieren.</translation>
    </message>
</context>
<context>
    <name>ComplianceDashboard</name>
    <message>
        <source>&amp;Audit report…</source>
        <translation>Prüf&amp;bericht…</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrieren…</translation>
    </message>
    <message>
        <source>Re-audit</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Choose a district…</source>
        <translation>Bezirk auswählen…</translation>
    </message>
    <message>
        <source>The district shown on the map and used by the actions</source>
        <translation>Der auf der Karte angezeigte und von den Aktionen verwendete Bezirk</translation>
    </message>
    <message>
        <source>Which of the district&apos;s data the map shades</source>
        <translation>Welche Daten des Bezirks die Karte schattiert</translation>
    </message>
    <message>
        <source>Audit every district again</source>
        <translation>Alle Bezirke erneut prüfen</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Bezirk:</translation>
    </message>
    <message>
        <source>Map shows:</source>
        <translation>Karte zeigt:</translation>
    </message>
    <message>
        <source>Under each regime, list only the districts with violations</source>
        <translation>Unter jedem Regelwerk nur die Bezirke mit Verstößen auflisten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent cross-region movements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte regionsübergreifende Verschiebungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No data has moved between regions recently.</source>
        <translation>In letzter Zeit wurden keine Daten zwischen Regionen verschoben.</translation>
    </message>
    <message>
        <source>audit failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>not audited yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>All regulated data</source>
        <translation>Alle regulierten Daten</translation>
    </message>
    <message>
        <source>Waiting for the district list…</source>
        <translation>Warte auf die Bezirksliste…</translation>
    </message>
    <message>
        <source>This district keeps data where its policy forbids it</source>
        <translation>Dieser Bezirk speichert Daten dort, wo seine Richtlinie es verbietet</translation>
    </message>
    <message>
        <source>Auditing districts… %1 of %2 done, no violation so far.</source>
        <translation>Bezirke werden geprüft… %1 von %2 fertig, bisher kein Verstoß.</translation>
    </message>
    <message>
        <source>The district&apos;s data is where its policy allows.</source>
        <translation>Die Daten des Bezirks liegen dort, wo seine Richtlinie es erlaubt.</translation>
    </message>
    <message>
        <source>All %1 districts&apos; data is where their policies allow.</source>
        <translation>Die Daten aller %1 Bezirke liegen dort, wo ihre Richtlinien es erlauben.</translation>
    </message>
    <message>
        <source>auditing %1 of %2…</source>
        <translation>prüfe %1 von %2…</translation>
    </message>
    <message>
        <source>audited</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 districts audited</source>
        <translation>%1 von %2 Bezirken geprüft</translation>
    </message>
    <message>
        <source>double-click a district for its report and remedies</source>
        <translation>Doppelklick auf einen Bezirk zeigt Bericht und Abhilfen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;audit chain intact (%2 records)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Protokollkette intakt (%2 Einträge)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;AUDIT CHAIN BROKEN at record %2 (%3)&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;PROTOKOLLKETTE UNTERBROCHEN bei Eintrag %2 (%3)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>Review, record and revoke the district&apos;s consents</source>
        <translation>Einwilligungen des Bezirks einsehen, erfassen und widerrufen</translation>
    </message>
    <message>
        <source>Review the district&apos;s consents (read-only)</source>
        <translation>Einwilligungen des Bezirks einsehen (nur lesend)</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n Verstoß</numerusform>
            <numerusform>%n Verstöße</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 districts keep(s) data where their policy forbids it</source>
        <translation>
            <numerusform>%n von %1 Bezirken speichert Daten dort, wo seine Richtlinie es verbietet</numerusform>
            <numerusform>%n von %1 Bezirken speichern Daten dort, wo ihre Richtlinie es verbietet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misplaced object(s).</source>
        <translation>
            <numerusform>%n falsch platziertes Objekt.</numerusform>
            <numerusform>%n falsch platzierte Objekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Ei&amp;nwilligungen…</translation>
    </message>
    <message>
        <source>&amp;Only districts in violation</source>
        <translation>Nur Bezirke mit &amp;Verstoß</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>Notfallwiederherstellung</translation>
    </message>
    <message numerus="yes">
        <source>Disaster recovery (%n without DR)</source>
        <translation>
            <numerusform>Notfallwiederherstellung (%n ohne DR)</numerusform>
            <numerusform>Notfallwiederherstellung (%n ohne DR)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceMapOverlay</name>
    <message>
        <source>Could not load where %1&apos;s data may go: %2</source>
        <translation>Zulässige Speicherorte für die Daten von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Could not load the audit of %1: %2</source>
        <translation>Die Prüfung von %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>1 object, VIOLATING</source>
        <translation>1 Objekt, NICHT KONFORM</translation>
    </message>
    <message>
        <source>its regulated data</source>
        <translation>die regulierten Daten des Bezirks</translation>
    </message>
    <message>
        <source>%1: %2 may be stored in any region.</source>
        <translation>%1: Für %2 ist jede Region zulässig.</translation>
    </message>
    <message>
        <source>%1: no region may hold %2.</source>
        <translation>%1: Für %2 ist keine Region zulässig.</translation>
    </message>
    <message>
        <source>%1: shaded = where %2 may be stored (%3).</source>
        <translation>%1: schattiert = zulässige Speicherorte für %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1 VIOLATING</source>
        <translation>
            <numerusform>%n Objekt, %1 NICHT KONFORM</numerusform>
            <numerusform>%n Objekte, %1 NICHT KONFORM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), compliant</source>
        <translation>
            <numerusform>%n Objekt, konform</numerusform>
            <numerusform>%n Objekte, konform</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceMonitor</name>
    <message>
        <source>Audit of %1 failed: %2</source>
        <translation>Prüfung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Audit chain verification failed: %1</source>
        <translation>Verifizierung der Protokollkette fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>DR replication status could not be loaded: %1</source>
        <translation>Der Stand der DR-Replikation ließ sich nicht laden: %1</translation>
    </message>
</context>
<context>
    <name>ComplianceRegimes</name>
    <message>
        <source>FERPA / state student-records rules</source>
        <translation>FERPA / bundesstaatliche Regeln für Schülerdaten</translation>
    </message>
    <message>
        <source>GDPR (EU/EEA, UK, Switzerland)</source>
        <translation>DSGVO (EU/EWR, Vereinigtes Königreich, Schweiz)</translation>
    </message>
    <message>
        <source>Canadian provincial (Ontario, BC) / PIPEDA</source>
        <translation>Kanadisches Provinzrecht (Ontario, BC) / PIPEDA</translation>
    </message>
    <message>
        <source>APAC privacy law (Australia, New Zealand, Singapore)</source>
        <translation>APAC-Datenschutzrecht (Australien, Neuseeland, Singapur)</translation>
    </message>
    <message>
        <source>COPPA (children under 13)</source>
        <translation>COPPA (Kinder unter 13)</translation>
    </message>
    <message>
        <source>Unregulated (de-identified data, model artifacts)</source>
        <translation>Unreguliert (anonymisierte Daten, Modellartefakte)</translation>
    </message>
    <message>
        <source>Other rules (custom policy or default deny)</source>
        <translation>Andere Regeln (eigene Richtlinie oder Standard-Ablehnung)</translation>
    </message>
    <message>
        <source>FERPA / state rules</source>
        <translation>FERPA / bundesstaatliche Regeln</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>DSGVO</translation>
    </message>
    <message>
        <source>Canadian provincial</source>
        <translation>Kanadisches Provinzrecht</translation>
    </message>
    <message>
        <source>APAC privacy law</source>
        <translation>APAC-Datenschutzrecht</translation>
    </message>
    <message>
        <source>COPPA</source>
        <translation>COPPA</translation>
    </message>
    <message>
        <source>Unregulated</source>
        <translation>Unreguliert</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Andere Regeln</translation>
    </message>
    <message>
        <source>A US district&apos;s student records stay in its own state unless a recorded consent names the target region.</source>
        <translation>Die Schülerdaten eines US-Bezirks bleiben in seinem eigenen Bundesstaat, sofern keine erfasste Einwilligung die Zielregion nennt.</translation>
    </message>
    <message>
        <source>EU/EEA, UK and Swiss personal data is stored and processed only in EU regions.</source>
        <translation>Personenbezogene Daten aus EU/EWR, dem Vereinigten Königreich und der Schweiz werden nur in EU-Regionen gespeichert und verarbeitet.</translation>
    </message>
    <message>
        <source>Ontario and British Columbia districts&apos; data, and Canadian personal data, stays in Canadian regions.</source>
        <translation>Daten von Bezirken in Ontario und British Columbia sowie kanadische personenbezogene Daten bleiben in kanadischen Regionen.</translation>
    </message>
    <message>
        <source>Student records of Australian, New Zealand and Singapore districts stay in APAC regions.</source>
        <translation>Schülerdaten australischer, neuseeländischer und singapurischer Bezirke bleiben in APAC-Regionen.</translation>
    </message>
    <message>
        <source>Data of children under 13 only on COPPA-certified regions or pods.</source>
        <translation>Daten von Kindern unter 13 nur in COPPA-zertifizierten Regionen oder Pods.</translation>
    </message>
    <message>
        <source>De-identified data and model artifacts may be stored anywhere.</source>
        <translation>Anonymisierte Daten und Modellartefakte dürfen überall gespeichert werden.</translation>
    </message>
    <message>
        <source>Placements judged by a rule outside the default pack, or denied because no rule allows them.</source>
        <translation>Platzierungen, die von einer Regel außerhalb des Standardpakets bewertet oder mangels erlaubender Regel abgelehnt werden.</translation>
    </message>
    <message>
        <source>Student records</source>
        <translation>Schülerdaten</translation>
    </message>
    <message>
        <source>EU personal data</source>
        <translation>Personenbezogene EU-Daten</translation>
    </message>
    <message>
        <source>Canadian personal data</source>
        <translation>Personenbezogene kanadische Daten</translation>
    </message>
    <message>
        <source>De-identified data</source>
        <translation>Anonymisierte Daten</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Children&apos;s data, under 13</source>
        <translation>Kinderdaten, unter 13</translation>
    </message>
</context>
<context>
    <name>ComplianceSummaryModel</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Its district is compliant</source>
        <translation>Der einzige Bezirk ist konform</translation>
    </message>
    <message>
        <source>Its district violates</source>
        <translation>Der einzige Bezirk ist nicht konform</translation>
    </message>
    <message>
        <source>Audit failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Audited %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Last audit failed: %1</source>
        <translation>Letzte Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Double-click for the audit report.</source>
        <translation>Doppelklick öffnet den Prüfbericht.</translation>
    </message>
    <message>
        <source>Regime / district</source>
        <translation>Regelwerk / Bezirk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Violating</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message numerus="yes">
        <source>All %n district(s) compliant</source>
        <translation>
            <numerusform>Der %n Bezirk ist konform</numerusform>
            <numerusform>Alle %n Bezirke konform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n district(s) violate</source>
        <translation>
            <numerusform>%1 von %n nicht konform</numerusform>
            <numerusform>%1 von %n nicht konform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n Verstoß</numerusform>
            <numerusform>%n Verstöße</numerusform>
        </translation>
    </message>
    <message>
        <source>The law or rule set (FERPA and state rules, GDPR, Canadian provincial law, APAC privacy law, COPPA) and, under it, each district it applies to. Double-click a district, or press Enter, for its audit report.</source>
        <translation>Das Gesetz oder Regelwerk (FERPA und Landesrecht, DSGVO, kanadisches Provinzrecht, APAC-Datenschutz, COPPA) und darunter jeder Bezirk, für den es gilt. Doppelklick oder Eingabe auf einen Bezirk öffnet seinen Prüfbericht.</translation>
    </message>
    <message>
        <source>Whether every object the district keeps sits where its policy allows. A regime&apos;s row counts its districts in violation.</source>
        <translation>Ob jedes Objekt des Bezirks dort liegt, wo seine Richtlinie es erlaubt. Die Zeile eines Regelwerks zählt seine Bezirke mit Verstößen.</translation>
    </message>
    <message>
        <source>Objects stored in a place the district&apos;s policy allows, on its own or through a recorded consent.</source>
        <translation>Objekte an einem Ort, den die Richtlinie des Bezirks erlaubt, von sich aus oder durch eine erfasste Einwilligung.</translation>
    </message>
    <message>
        <source>Objects stored where the district&apos;s policy forbids. Each needs a migration or a consent; the audit report names the rule and the remedy.</source>
        <translation>Objekte an einem Ort, den die Richtlinie des Bezirks verbietet. Jedes braucht eine Migration oder eine Einwilligung; der Prüfbericht nennt Regel und Abhilfe.</translation>
    </message>
    <message>
        <source>Every object of the district&apos;s regulated data classes that the audit found, in every region&apos;s store.</source>
        <translation>Alle Objekte der regulierten Datenklassen des Bezirks, die die Prüfung in den Speichern aller Regionen gefunden hat.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Safety checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <source>The drill fails real pods. Abort (Esc, or the Abort button) reverts every fault at any moment.</source>
        <translation>Die Übung lässt echte Pods ausfallen. Abbrechen (Esc oder die Schaltfläche Abbrechen) nimmt jederzeit jeden Fehler zurück.</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <source>The affected districts&apos; IT staff know a drill is planned</source>
        <translation>Die IT der betroffenen Bezirke weiß, dass eine Übung geplant ist</translation>
    </message>
    <message>
        <source>Someone watches this console until the drill ends</source>
        <translation>Jemand beobachtet diese Konsole, bis die Übung endet</translation>
    </message>
    <message>
        <source>I know how to abort it, and that an abort restores everything</source>
        <translation>Ich weiß, wie man sie abbricht, und dass ein Abbruch alles wiederherstellt</translation>
    </message>
    <message>
        <source>A whole region goes down. Type &amp;%1 to confirm:</source>
        <translation>Eine ganze Region fällt aus. Zum Bestätigen &amp;%1 eingeben:</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Remember the token on this computer</source>
        <translation>Token auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Connect to Daemon</source>
        <translation>Mit Daemon verbinden</translation>
    </message>
    <message>
        <source>rp_… (from your administrator, or the daemon&apos;s admin.token)</source>
        <translation>rp_… (von Ihrer Administration oder aus admin.token des Daemons)</translation>
    </message>
    <message>
        <source>&amp;Daemon:</source>
        <translation>&amp;Daemon:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The console shows what the token may see: an auditor token shows only its districts and no operator actions.</source>
        <translation>Die Konsole zeigt, was das Token sehen darf: Ein Prüfer-Token zeigt nur seine Bezirke und keine Betreiberaktionen.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Enter the daemon&apos;s address, e.g. http://127.0.0.1:7420.</source>
        <translation>Geben Sie die Adresse des Daemons ein, z. B. http://127.0.0.1:7420.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a daemon address; use http://HOST:PORT.</source>
        <translation>„%1“ ist keine Daemon-Adresse; verwenden Sie http://HOST:PORT.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the daemon speaks http or https, not %2.</source>
        <translation>„%1“: Der Daemon spricht http oder https, nicht %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a daemon address has no query or fragment.</source>
        <translation>„%1“: Eine Daemon-Adresse hat keine Abfrage und kein Fragment.</translation>
    </message>
    <message>
        <source>No daemon answers there: %1</source>
        <translation>Dort antwortet kein Daemon: %1</translation>
    </message>
    <message>
        <source>The daemon (version %1) answers, but every request needs a token.</source>
        <translation>Der Daemon (Version %1) antwortet, aber jede Anfrage braucht ein Token.</translation>
    </message>
    <message>
        <source>The daemon refuses this token (it is unknown or was revoked).</source>
        <translation>Der Daemon lehnt dieses Token ab (es ist unbekannt oder wurde widerrufen).</translation>
    </message>
    <message>
        <source>The daemon answers, but: %1</source>
        <translation>Der Daemon antwortet, aber: %1</translation>
    </message>
    <message>
        <source>Daemon %1 accepts the token as %2.</source>
        <translation>Daemon %1 akzeptiert das Token als %2.</translation>
    </message>
    <message>
        <source>Daemon %1 accepts the token as %2 of %3.</source>
        <translation>Daemon %1 akzeptiert das Token als %2 für %3.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No daemon</source>
        <translation>Kein Daemon</translation>
    </message>
    <message>
        <source>Daemon: %1</source>
        <translation>Daemon: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Event stream: %1</source>
        <translation>Ereignisstrom: %1</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Record a new consent</source>
        <translation>Neue Einwilligung erfassen</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Einwilligung &amp;erfassen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>The region the agreement names</source>
        <translation>Die in der Vereinbarung genannte Region</translation>
    </message>
    <message>
        <source>Agreement id an auditor can look up, e.g. DPA-2026-014</source>
        <translation>Kennung der Vereinbarung, die ein Auditor nachschlagen kann, z. B. DPA-2026-014</translation>
    </message>
    <message>
        <source>&amp;Data class:</source>
        <translation>&amp;Datenklasse:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <source>Read-only: auditors can review consents but not record or revoke them.</source>
        <translation>Nur lesend: Auditoren können Einwilligungen einsehen, aber weder erfassen noch widerrufen.</translation>
    </message>
    <message>
        <source>Consents — %1</source>
        <translation>Einwilligungen — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3). A consent lets one class of the district&apos;s data sit in one named region until it expires or is revoked; expired and revoked consents allow nothing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3). Eine Einwilligung erlaubt, dass eine Klasse der Daten des Bezirks in einer bestimmten Region liegt, bis sie abläuft oder widerrufen wird; abgelaufene und widerrufene Einwilligungen erlauben nichts.</translation>
    </message>
    <message>
        <source>Revoke this consent?</source>
        <translation>Diese Einwilligung widerrufen?</translation>
    </message>
    <message>
        <source>%1 data of %2 will no longer be allowed in %3 on the strength of agreement %4. Data already there becomes a violation unless another rule allows it. This is recorded in the audit trail and cannot be undone (record a new consent instead).</source>
        <translation>%1-Daten von %2 sind in %3 nicht mehr auf Grundlage der Vereinbarung %4 erlaubt. Bereits dort liegende Daten werden zum Verstoß, sofern keine andere Regel sie erlaubt. Dies wird im Prüfprotokoll festgehalten und kann nicht rückgängig gemacht werden (erfassen Sie stattdessen eine neue Einwilligung).</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not allowed for this token (%1)</source>
        <translation>Für dieses Token nicht erlaubt (%1)</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Allows %1 data of %2 in %3 for %5 more days (ref. %4).</source>
        <translation>Erlaubt %1-Daten von %2 in %3 für weitere %5 Tage (Ref. %4).</translation>
    </message>
    <message>
        <source>Expired on %1: allows nothing.</source>
        <translation>Abgelaufen am %1: erlaubt nichts.</translation>
    </message>
    <message>
        <source>Revoked: allows nothing.</source>
        <translation>Widerrufen: erlaubt nichts.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Could not load districts: %1</source>
        <translation>Bezirke konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load regions: %1</source>
        <translation>Regionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load pods: %1</source>
        <translation>Pods konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Unknown pod</source>
        <translation>Unbekannter Pod</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet</source>
        <translation>%1 ist nicht mehr in der Flotte</translation>
    </message>
</context>
<context>
    <name>CreatePodDialog</name>
    <message>
        <source>New Pod</source>
        <translation>Neuer Pod</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <source>comma-separated, e.g. COPPA, SOC2</source>
        <translation>durch Kommas getrennt, z. B. COPPA, SOC2</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>R&amp;eplicas:</source>
        <translation>R&amp;eplikate:</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <source>&amp;Capacity per replica:</source>
        <translation>Kapa&amp;zität pro Replikat:</translation>
    </message>
    <message>
        <source>&amp;Model version:</source>
        <translation>&amp;Modellversion:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>Recht&amp;sraum:</translation>
    </message>
    <message>
        <source>Certi&amp;fications:</source>
        <translation>Zerti&amp;fizierungen:</translation>
    </message>
    <message>
        <source>Where the pod runs by law, when not where its region is: an edge pod in Texas served from us-east is US-TX. Routing judges residency at this place.</source>
        <translation>Wo der Pod rechtlich läuft, wenn nicht am Ort seiner Region: Ein Edge-Pod in Texas, der aus us-east bedient wird, ist US-TX. Das Routing prüft die Datenresidenz an diesem Ort.</translation>
    </message>
    <message>
        <source>Create &amp;Pod</source>
        <translation>&amp;Pod anlegen</translation>
    </message>
    <message>
        <source>%1-%2 (the default)</source>
        <translation>%1-%2 (Standard)</translation>
    </message>
    <message>
        <source>the region&apos;s (%1)</source>
        <translation>die der Region (%1)</translation>
    </message>
    <message>
        <source>the region&apos;s</source>
        <translation>die der Region</translation>
    </message>
    <message>
        <source>There is no region to create a pod in.</source>
        <translation>Es gibt keine Region, in der ein Pod angelegt werden kann.</translation>
    </message>
    <message>
        <source>The minimum (%1) is above the maximum (%2).</source>
        <translation>Das Minimum (%1) liegt über dem Maximum (%2).</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2 replicas.</source>
        <translation>%1 liegt über dem Maximum von %2 Replikaten.</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2 replicas.</source>
        <translation>%1 liegt unter dem Minimum von %2 Replikaten.</translation>
    </message>
    <message>
        <source>Name the model version the pod serves.</source>
        <translation>Geben Sie die Modellversion an, die der Pod bereitstellt.</translation>
    </message>
    <message>
        <source>A pod named %1 already exists.</source>
        <translation>Ein Pod namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 is a region&apos;s id; pods need ids of their own.</source>
        <translation>%1 ist die Kennung einer Region; Pods brauchen eigene Kennungen.</translation>
    </message>
    <message>
        <source>The id may use lower-case letters, digits and &apos;-&apos; (at most 63, not starting with &apos;-&apos;).</source>
        <translation>Die Kennung darf Kleinbuchstaben, Ziffern und „-“ enthalten (höchstens 63 Zeichen, nicht mit „-“ beginnend).</translation>
    </message>
    <message>
        <source>The jurisdiction must be an ISO 3166 code such as US-WA, CA-ON or DE.</source>
        <translation>Der Rechtsraum muss ein ISO-3166-Code sein, etwa US-WA, CA-ON oder DE.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>The daemon refused: %1</source>
        <translation>Der Daemon hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>DaemonConnector</name>
    <message>
        <source>The daemon started on port %1 but does not answer: %2</source>
        <translation>Der Daemon wurde auf Port %1 gestartet, antwortet aber nicht: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot reach the daemon at %1.
%2</source>
        <translation>Der Daemon unter %1 ist nicht erreichbar.
%2</translation>
    </message>
    <message>
        <source>No daemon running; starting the bundled demo daemon (data in %1)…</source>
        <translation>Kein Daemon aktiv; der mitgelieferte Demo-Daemon wird gestartet (Daten in %1)…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
</context>
<context>
    <name>DaemonLauncher</name>
    <message>
        <source>Could not start the daemon %1: %2</source>
        <translation>Der Daemon %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The daemon exited before it was ready (%1).</source>
        <translation>Der Daemon hat sich beendet, bevor er bereit war (%1).</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>er ist abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Daemon output:</source>
        <translation>Daemon-Ausgabe:</translation>
    </message>
    <message>
        <source>The daemon is already running.</source>
        <translation>Der Daemon läuft bereits.</translation>
    </message>
    <message>
        <source>The bundled daemon was not found at %1. Start regionalpodsd yourself and pass --url, or reinstall the console.</source>
        <translation>Der mitgelieferte Daemon wurde unter %1 nicht gefunden. Starten Sie regionalpodsd selbst und übergeben Sie --url, oder installieren Sie die Konsole neu.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The daemon did not report its port within %1 s.</source>
        <translation>Der Daemon hat seinen Port nicht innerhalb von %1 s gemeldet.</translation>
    </message>
    <message>
        <source>The bundled daemon stopped unexpectedly (%1); the console shows its last known state.</source>
        <translation>Der mitgelieferte Daemon wurde unerwartet beendet (%1); die Konsole zeigt den zuletzt bekannten Zustand.</translation>
    </message>
    <message>
        <source>Cannot make the data directory %1 private to its owner.</source>
        <translation>Das Datenverzeichnis %1 kann nicht nur für seinen Besitzer zugänglich gemacht werden.</translation>
    </message>
</context>
<context>
    <name>DrillDistrictsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>fails closed</source>
        <translation>schließt sicher</translation>
    </message>
    <message>
        <source>no compliant fallback: it stays unserved rather than leave its zone</source>
        <translation>kein zulässiger Ausweich-Pod: er bleibt unbedient, statt seine Zone zu verlassen</translation>
    </message>
    <message>
        <source>school time: %1</source>
        <translation>Schulzeit: %1</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <source>moves to %1</source>
        <translation>wechselt nach %1</translation>
    </message>
    <message>
        <source>%1 → failed closed</source>
        <translation>%1 → sicher geschlossen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unserved</source>
        <translation>unbedient</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>LEFT ITS ZONE</source>
        <translation>HAT SEINE ZONE VERLASSEN</translation>
    </message>
    <message>
        <source>met targets</source>
        <translation>Ziele erreicht</translation>
    </message>
    <message>
        <source>missed a target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>Jetzt auf</translation>
    </message>
    <message>
        <source>During the drill</source>
        <translation>Während der Übung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verlegt</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Reroute</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>Served again after</source>
        <translation>Wieder bedient nach</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Fehlgeschlagene Proben</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>DrillMonitor</name>
    <message>
        <source>Drill restoring (%1): %2</source>
        <translation>Übung stellt wieder her (%1): %2</translation>
    </message>
    <message>
        <source>Drill running (%1): %2</source>
        <translation>Übung läuft (%1): %2</translation>
    </message>
    <message>
        <source>%1 has no route</source>
        <translation>%1 hat keine Route</translation>
    </message>
    <message>
        <source>a probe of %1 to %2 failed</source>
        <translation>eine Probe von %1 an %2 schlug fehl</translation>
    </message>
    <message>
        <source>%1 is served again, by %2</source>
        <translation>%1 wird wieder bedient, von %2</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 wechselte zu %2</translation>
    </message>
    <message>
        <source>%1 fails closed: no pod its law allows is up</source>
        <translation>%1 schließt sicher: kein Pod, den sein Recht erlaubt, ist verfügbar</translation>
    </message>
    <message>
        <source>the fleet marked %1 down</source>
        <translation>die Flotte hat %1 als ausgefallen markiert</translation>
    </message>
    <message>
        <source>faults applied</source>
        <translation>Fehler angewendet</translation>
    </message>
    <message>
        <source>restoring: every fault is being reverted</source>
        <translation>Wiederherstellung: jeder Fehler wird zurückgenommen</translation>
    </message>
    <message>
        <source>a fault on %1 reverted and read back</source>
        <translation>ein Fehler auf %1 zurückgenommen und nachgeprüft</translation>
    </message>
    <message>
        <source>restored: every fault reverted and read back</source>
        <translation>wiederhergestellt: jeder Fehler zurückgenommen und nachgeprüft</translation>
    </message>
    <message>
        <source>every district is back on its own pod</source>
        <translation>jeder Bezirk ist zurück auf seinem eigenen Pod</translation>
    </message>
    <message>
        <source>Pod crash</source>
        <translation>Pod-Absturz</translation>
    </message>
    <message>
        <source>Pod hang (answers nothing)</source>
        <translation>Pod hängt (antwortet nicht)</translation>
    </message>
    <message>
        <source>Added latency</source>
        <translation>Zusätzliche Latenz</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Whole-region outage</source>
        <translation>Ausfall einer ganzen Region</translation>
    </message>
</context>
<context>
    <name>DrillWizard</name>
    <message>
        <source>The pods&apos; processes exit and are not restarted until the drill ends. Rehearses a crashed server.</source>
        <translation>Die Prozesse der Pods enden und werden bis zum Ende der Übung nicht neu gestartet. Probt einen abgestürzten Server.</translation>
    </message>
    <message>
        <source>The pods accept connections and answer nothing. Rehearses a hung process or a network that drops: the hardest failure to see.</source>
        <translation>Die Pods nehmen Verbindungen an und antworten nicht. Probt einen hängenden Prozess oder ein Netz, das Pakete verliert: den am schwersten erkennbaren Ausfall.</translation>
    </message>
    <message>
        <source>Every answer of the pods is late. A healthy but slow pod must not fail over.</source>
        <translation>Jede Antwort der Pods kommt verspätet. Ein gesunder, aber langsamer Pod darf kein Failover auslösen.</translation>
    </message>
    <message>
        <source>A share of the pods&apos; answers are errors. Rehearses a bad model version or a failing dependency.</source>
        <translation>Ein Teil der Antworten der Pods sind Fehler. Probt eine fehlerhafte Modellversion oder eine ausfallende Abhängigkeit.</translation>
    </message>
    <message>
        <source>Every pod of the regions goes down. Districts whose law keeps them in that region fail closed rather than leave it.</source>
        <translation>Jeder Pod der Regionen fällt aus. Bezirke, die ihr Recht an diese Region bindet, schließen sicher, statt sie zu verlassen.</translation>
    </message>
    <message>
        <source>Failover Drill</source>
        <translation>Failover-Übung</translation>
    </message>
    <message>
        <source>Abort the drill?</source>
        <translation>Übung abbrechen?</translation>
    </message>
    <message>
        <source>Drill %1 has not ended yet. Aborting reverts every fault and reads it back; the results follow here.</source>
        <translation>Übung %1 ist noch nicht beendet. Ein Abbruch nimmt jeden Fehler zurück und prüft ihn nach; die Ergebnisse folgen hier.</translation>
    </message>
    <message>
        <source>&amp;Abort Drill</source>
        <translation>Übung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>DrillsComposer</name>
    <message>
        <source>New &amp;Failover Drill…</source>
        <translation>Neue &amp;Failover-Übung…</translation>
    </message>
    <message>
        <source>Drills need an operator or admin token</source>
        <translation>Übungen brauchen ein Operator- oder Admin-Token</translation>
    </message>
    <message>
        <source>Dri&amp;lls</source>
        <translation>Übun&amp;gen</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>%1 is now %2 (was %3)</source>
        <translation>%1 ist jetzt %2 (vorher %3)</translation>
    </message>
    <message>
        <source>%1: replica #%2 is now %3 (was %4)</source>
        <translation>%1: Replikat #%2 ist jetzt %3 (vorher %4)</translation>
    </message>
    <message>
        <source>%1 scaled to %2</source>
        <translation>%1 skaliert auf %2</translation>
    </message>
    <message>
        <source>%1 created in %2 (%3, %4)</source>
        <translation>%1 erstellt in %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 deleted from %2</source>
        <translation>%1 aus %2 gelöscht</translation>
    </message>
    <message>
        <source>%1: replica #%2 stopped</source>
        <translation>%1: Replikat #%2 gestoppt</translation>
    </message>
    <message>
        <source>%1: replica #%2 started on port %3</source>
        <translation>%1: Replikat #%2 auf Port %3 gestartet</translation>
    </message>
    <message>
        <source>%1: replica #%2 started</source>
        <translation>%1: Replikat #%2 gestartet</translation>
    </message>
    <message>
        <source>Event history was trimmed (%1): fleet reloaded</source>
        <translation>Ereignisverlauf wurde gekürzt (%1): Flotte neu geladen</translation>
    </message>
    <message>
        <source>#%1 %2
%3</source>
        <translation>#%1 %2
%3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replikat</numerusform>
            <numerusform>%n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is draining: it takes no new traffic and is deleted once idle</source>
        <translation>%1 wird geleert: nimmt keinen neuen Verkehr an und wird gelöscht, sobald es ruht</translation>
    </message>
    <message numerus="yes">
        <source>Migration of %1 (%2) done: %n object(s) moved</source>
        <translation>
            <numerusform>Migration von %1 (%2) abgeschlossen: %n Objekt verschoben</numerusform>
            <numerusform>Migration von %1 (%2) abgeschlossen: %n Objekte verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration of %1 (%2) failed: %3</source>
        <translation>Migration von %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Migration of %1 (%2) cancelled and rolled back</source>
        <translation>Migration von %1 (%2) abgebrochen und zurückgerollt</translation>
    </message>
    <message numerus="yes">
        <source>Migration of %1 (%2): %3 of %n object(s) moved</source>
        <translation>
            <numerusform>Migration von %1 (%2): %3 von %n Objekt verschoben</numerusform>
            <numerusform>Migration von %1 (%2): %3 von %n Objekten verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the daemon&apos;s event stream</source>
        <translation>Mit dem Ereignisstrom des Daemons verbunden</translation>
    </message>
    <message>
        <source>%1 is drained for maintenance: its districts moved to other pods</source>
        <translation>%1 ist zur Wartung geleert: seine Bezirke wurden auf andere Pods verlegt</translation>
    </message>
    <message>
        <source>%1 takes traffic again</source>
        <translation>%1 nimmt wieder Verkehr an</translation>
    </message>
    <message>
        <source>%1 is now served by %2 (%3)</source>
        <translation>%1 wird jetzt von %2 bedient (%3)</translation>
    </message>
    <message>
        <source>%1 is no longer served by %2 (%3)</source>
        <translation>%1 wird nicht mehr von %2 bedient (%3)</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 (%4)</source>
        <translation>%1 von %2 nach %3 verlegt (%4)</translation>
    </message>
    <message>
        <source>%1 failed closed: no healthy pod its residency policy allows (%2)</source>
        <translation>%1 gesperrt (fail closed): kein gesunder Pod, den seine Datenresidenz-Richtlinie erlaubt (%2)</translation>
    </message>
    <message>
        <source>%1 is served again, by %2</source>
        <translation>%1 wird wieder bedient, von %2</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 stays on %2; its traffic is now split %3 (%4)</source>
        <translation>%1 bleibt auf %2; der Verkehr ist jetzt aufgeteilt: %3 (%4)</translation>
    </message>
    <message>
        <source>Drill %1: %2</source>
        <translation>Übung %1: %2</translation>
    </message>
    <message>
        <source>DR copy of %1 (%2) from %3 to %4 is %5 s behind (target %6 s)</source>
        <translation>DR-Kopie von %1 (%2) von %3 nach %4 liegt %5 s zurück (Ziel %6 s)</translation>
    </message>
    <message>
        <source>DR copy of %1 (%2) from %3 to %4 caught up</source>
        <translation>DR-Kopie von %1 (%2) von %3 nach %4 hat aufgeholt</translation>
    </message>
</context>
<context>
    <name>EventStream</name>
    <message>
        <source>no answer to keep-alive ping</source>
        <translation>keine Antwort auf Keep-alive-Ping</translation>
    </message>
</context>
<context>
    <name>EventsDock</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
</context>
<context>
    <name>FleetSummaryLabel</name>
    <message>
        <source>%1 pods</source>
        <translation>%1 Pods</translation>
    </message>
    <message>
        <source>%1 pods · last update %2</source>
        <translation>%1 Pods · letzte Aktualisierung %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n intakt</numerusform>
            <numerusform>%n intakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n eingeschränkt</numerusform>
            <numerusform>%n eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n gestört</numerusform>
            <numerusform>%n gestört</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthColors</name>
    <message>
        <source>Healthy</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Regional Pods User Guide</source>
        <translation>Regional Pods – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>stellt wieder her</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Abort Drill</source>
        <translation>Übung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Drill running</source>
        <translation>Übung läuft</translation>
    </message>
    <message>
        <source>Every step as the daemon sees it. Abort reverts every fault at once.</source>
        <translation>Jeder Schritt, wie der Daemon ihn sieht. Abbrechen nimmt sofort jeden Fehler zurück.</translation>
    </message>
    <message>
        <source>%v of %m s</source>
        <translation>%v von %m s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>The daemon did not start the drill: %1</source>
        <translation>Der Daemon hat die Übung nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Drill %1: %2</source>
        <translation>Übung %1: %2</translation>
    </message>
    <message>
        <source>Aborting: reverting every fault…</source>
        <translation>Bricht ab: jeder Fehler wird zurückgenommen…</translation>
    </message>
    <message>
        <source>Abort refused: %1</source>
        <translation>Abbruch abgelehnt: %1</translation>
    </message>
    <message>
        <source>Districts moved: %1   Failed closed: %2   Saw a failed probe: %3</source>
        <translation>Verlegte Bezirke: %1   Sicher geschlossen: %2   Mit fehlgeschlagener Probe: %3</translation>
    </message>
    <message>
        <source>Drill ended</source>
        <translation>Übung beendet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Regional Pods</source>
        <translation>Regional Pods</translation>
    </message>
    <message>
        <source>World map of pods</source>
        <translation>Weltkarte der Pods</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Pod…</source>
        <translation>Pod &amp;suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;World View</source>
        <translation>&amp;Weltansicht</translation>
    </message>
    <message>
        <source>Fit to &amp;Pods</source>
        <translation>An &amp;Pods anpassen</translation>
    </message>
    <message>
        <source>&amp;Scale Pod…</source>
        <translation>Pod &amp;skalieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Pod…</source>
        <translation>Pod &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;About Regional Pods</source>
        <translation>&amp;Über Regional Pods</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pod</source>
        <translation>&amp;Pod</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Loading fleet…</source>
        <translation>Flotte wird geladen…</translation>
    </message>
    <message>
        <source>Regional Pods — %1</source>
        <translation>Regional Pods — %1</translation>
    </message>
    <message>
        <source>No daemon</source>
        <translation>Kein Daemon</translation>
    </message>
    <message>
        <source>Start regionalpodsd, or run the console with --url and --token pointing at a running daemon.</source>
        <translation>Starten Sie regionalpodsd oder starten Sie die Konsole mit --url und --token, die auf einen laufenden Daemon verweisen.</translation>
    </message>
    <message>
        <source>About Regional Pods</source>
        <translation>Über Regional Pods</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regional Pods %1&lt;/h3&gt;&lt;p&gt;Console for ML-serving pods across regions, with residency-aware routing and failover.&lt;/p&gt;&lt;p&gt;Daemon: %2&lt;/p&gt;&lt;p&gt;Map data: Natural Earth and US Census Bureau (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regional Pods %1&lt;/h3&gt;&lt;p&gt;Konsole für ML-Serving-Pods über Regionen hinweg, mit residenzbewusstem Routing und Failover.&lt;/p&gt;&lt;p&gt;Daemon: %2&lt;/p&gt;&lt;p&gt;Kartendaten: Natural Earth und US Census Bureau (gemeinfrei).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Connect to Daemon…</source>
        <translation>Mit Daemon &amp;verbinden…</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Daemon stopped</source>
        <translation>Daemon beendet</translation>
    </message>
    <message>
        <source>&amp;Restart Daemon</source>
        <translation>Daemon neu &amp;starten</translation>
    </message>
    <message>
        <source>Show Po&amp;ds Panel</source>
        <translation>Po&amp;ds-Bereich anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Events Panel</source>
        <translation>&amp;Ereignisbereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;New Pod…</source>
        <translation>&amp;Neuer Pod…</translation>
    </message>
    <message>
        <source>Pod De&amp;tails…</source>
        <translation>Pod-De&amp;tails…</translation>
    </message>
    <message>
        <source>Map &amp;Legend</source>
        <translation>Karten&amp;legende</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>MapGeometry</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>country outlines: %1</source>
        <translation>Ländergrenzen: %1</translation>
    </message>
    <message>
        <source>US state outlines: %1</source>
        <translation>Grenzen der US-Bundesstaaten: %1</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Kartenlegende</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>&amp;Move data</source>
        <translation>&amp;Daten verschieben</translation>
    </message>
    <message>
        <source>&amp;Cancel migration…</source>
        <translation>Migration &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Move district data between regions</source>
        <translation>Bezirksdaten zwischen Regionen verschieben</translation>
    </message>
    <message>
        <source>Region that holds the data</source>
        <translation>Region, in der die Daten liegen</translation>
    </message>
    <message>
        <source>Region to move it to</source>
        <translation>Region, in die sie verschoben werden</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Bezirk:</translation>
    </message>
    <message>
        <source>&amp;From region:</source>
        <translation>&amp;Quellregion:</translation>
    </message>
    <message>
        <source>&amp;To region:</source>
        <translation>&amp;Zielregion:</translation>
    </message>
    <message>
        <source>&amp;Objects to move (all checked = everything there):</source>
        <translation>&amp;Objekte zum Verschieben (alle markiert = alles dort):</translation>
    </message>
    <message>
        <source>Closing does not stop a running migration; the daemon finishes it.</source>
        <translation>Schließen stoppt keine laufende Migration; der Daemon führt sie zu Ende.</translation>
    </message>
    <message>
        <source>Each object is copied, verified by checksum at the target and recorded in the audit trail before the source copy is deleted. The daemon checks the residency policy first: nothing moves if any object may not go to the target.</source>
        <translation>Jedes Objekt wird kopiert, am Ziel per Prüfsumme verifiziert und im Prüfprotokoll festgehalten, bevor die Quellkopie gelöscht wird. Der Daemon prüft zuerst die Residenzrichtlinie: Es wird nichts verschoben, wenn auch nur ein Objekt nicht ins Ziel darf.</translation>
    </message>
    <message>
        <source>Choose a district, where its data is, and where it should go.</source>
        <translation>Wählen Sie einen Bezirk, wo seine Daten liegen und wohin sie sollen.</translation>
    </message>
    <message>
        <source>Looking up where %1&apos;s data is…</source>
        <translation>Ermittle, wo die Daten von %1 liegen…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>%1 has no stored data.</source>
        <translation>%1 hat keine gespeicherten Daten.</translation>
    </message>
    <message>
        <source>%1 (%2) — violation of %3</source>
        <translation>%1 (%2) — Verstoß gegen %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Check at least one object.</source>
        <translation>Markieren Sie mindestens ein Objekt.</translation>
    </message>
    <message>
        <source>Could not check the policy: %1</source>
        <translation>Die Richtlinie konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>unvollständige Antwort</translation>
    </message>
    <message>
        <source>%1 — allowed</source>
        <translation>%1 — erlaubt</translation>
    </message>
    <message>
        <source>%1 — refused by the policy</source>
        <translation>%1 — von der Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>No region may hold all the checked objects.</source>
        <translation>Keine Region darf alle markierten Objekte aufnehmen.</translation>
    </message>
    <message>
        <source>The policy refuses %1 data in %2: rule “%3”. %4</source>
        <translation>Die Richtlinie lehnt %1-Daten in %2 ab: Regel „%3“. %4</translation>
    </message>
    <message>
        <source>The policy allows every checked object in %1.</source>
        <translation>Die Richtlinie erlaubt jedes markierte Objekt in %1.</translation>
    </message>
    <message>
        <source>Cancel the migration?</source>
        <translation>Migration abbrechen?</translation>
    </message>
    <message>
        <source>Objects not yet committed stay in %1 and their copies in %2 are removed. Objects already moved stay moved.</source>
        <translation>Noch nicht festgeschriebene Objekte bleiben in %1, und ihre Kopien in %2 werden entfernt. Bereits verschobene Objekte bleiben verschoben.</translation>
    </message>
    <message>
        <source>Cancel migration</source>
        <translation>Migration abbrechen</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Weiter verschieben</translation>
    </message>
    <message>
        <source>Asking the daemon to check the policy and start…</source>
        <translation>Der Daemon wird gebeten, die Richtlinie zu prüfen und zu starten…</translation>
    </message>
    <message>
        <source>Refused: nothing was moved.</source>
        <translation>Abgelehnt: Es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>Moving %1 → %2: %3 of %4 objects done.</source>
        <translation>Verschiebe %1 → %2: %3 von %4 Objekten erledigt.</translation>
    </message>
    <message>
        <source>Cancelling: rolling back what is not committed yet…</source>
        <translation>Abbruch: Noch nicht Festgeschriebenes wird zurückgerollt…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 objects moved to %3, verified and removed from %4. Pick a district or region to move more.</source>
        <translation>Fertig: %1 von %2 Objekten nach %3 verschoben, verifiziert und aus %4 entfernt. Wählen Sie einen Bezirk oder eine Region, um weitere Daten zu verschieben.</translation>
    </message>
    <message>
        <source>Rolled back: nothing was moved; every object is still in the source region.</source>
        <translation>Zurückgerollt: Es wurde nichts verschoben; jedes Objekt befindet sich noch in der Quellregion.</translation>
    </message>
    <message>
        <source>Failed after moving %1 of %2 objects: %3</source>
        <translation>Fehlgeschlagen, nachdem %1 von %2 Objekten verschoben wurden: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>moved (verified, source removed)</source>
        <translation>verschoben (verifiziert, Quelle entfernt)</translation>
    </message>
    <message>
        <source>copied and recorded, source not yet removed</source>
        <translation>kopiert und protokolliert, Quelle noch nicht entfernt</translation>
    </message>
    <message>
        <source>copied and verified, not committed</source>
        <translation>kopiert und verifiziert, nicht festgeschrieben</translation>
    </message>
    <message>
        <source>copied, not verified</source>
        <translation>kopiert, nicht verifiziert</translation>
    </message>
    <message>
        <source>rolled back (still at the source)</source>
        <translation>zurückgerollt (noch an der Quelle)</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>nicht verschoben</translation>
    </message>
    <message>
        <source>%p% (%1 of %2 objects)</source>
        <translation>%p% (%1 von %2 Objekten)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The residency policy forbids this move. %1</source>
        <translation>Die Residenzrichtlinie verbietet diese Verschiebung. %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>(field: %1)</source>
        <translation>(Feld: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n object(s), %2 violating</source>
        <translation>
            <numerusform>%1 — %n Objekt, %2 nicht konform</numerusform>
            <numerusform>%1 — %n Objekte, %2 nicht konform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n object(s)</source>
        <translation>
            <numerusform>%1 — %n Objekt</numerusform>
            <numerusform>%1 — %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no objects left</source>
        <translation>%1 — keine Objekte mehr</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Checking the policy…</source>
        <translation>Richtlinie wird geprüft…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Wird verschoben</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>MovementListModel</name>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 von %2 Objekten</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Migration: %1</source>
        <translation>Migration: %1</translation>
    </message>
    <message>
        <source>Data class: %1</source>
        <translation>Datenklasse: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Ausgeführt von: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Allowed by rule %1</source>
        <translation>Erlaubt durch Regel %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daemon unreachable.&lt;/b&gt; Showing the last known state (last update %1); changes wait until it is back. Reconnecting…</source>
        <translation>&lt;b&gt;Daemon nicht erreichbar.&lt;/b&gt; Angezeigt wird der zuletzt bekannte Zustand (letzte Aktualisierung %1); Änderungen warten, bis er wieder da ist. Verbindung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>One &amp;pod</source>
        <translation>Ein &amp;Pod</translation>
    </message>
    <message>
        <source>A r&amp;egion&apos;s pods</source>
        <translation>Die Pods einer R&amp;egion</translation>
    </message>
    <message>
        <source>Override Routing of %1</source>
        <translation>Routing von %1 übersteuern</translation>
    </message>
    <message>
        <source>Why, for the audit trail (e.g. INC-1234 drill)</source>
        <translation>Begründung für das Prüfprotokoll (z. B. INC-1234-Übung)</translation>
    </message>
    <message>
        <source>Put &amp;in Force</source>
        <translation>&amp;In Kraft setzen</translation>
    </message>
    <message>
        <source>Send its traffic to:</source>
        <translation>Verkehr senden an:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>An override only narrows what the district&apos;s residency policy allows. It lapses by itself at the expiry; while its target is out the district is routed as without it.</source>
        <translation>Eine Übersteuerung schränkt nur ein, was die Datenresidenz-Richtlinie des Bezirks erlaubt. Sie endet von selbst zum Ablaufzeitpunkt; solange ihr Ziel ausgefallen ist, wird der Bezirk geroutet, als gäbe es sie nicht.</translation>
    </message>
    <message>
        <source>The district&apos;s policy allows no pod to pin it to.</source>
        <translation>Die Richtlinie des Bezirks erlaubt keinen Pod, an den er gebunden werden könnte.</translation>
    </message>
    <message>
        <source>Say why: the reason goes into the audit trail.</source>
        <translation>Geben Sie eine Begründung an: Sie wird im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message>
        <source>#%1 (pid %2, %3)</source>
        <translation>#%1 (PID %2, %3)</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>Delete pod %1 in region %2?</source>
        <translation>Pod %1 in Region %2 löschen?</translation>
    </message>
    <message>
        <source>It has no running replicas.</source>
        <translation>Er hat keine laufenden Replikate.</translation>
    </message>
    <message>
        <source>It will be drained, then these replicas will be stopped: %1.</source>
        <translation>Er wird geleert, danach werden diese Replikate gestoppt: %1.</translation>
    </message>
    <message>
        <source>Districts routed to it fail over to other compliant pods.</source>
        <translation>Bezirke, die zu ihm geroutet werden, wechseln per Failover auf andere konforme Pods.</translation>
    </message>
    <message>
        <source>Scaling %1 failed</source>
        <translation>Skalieren von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delete pod</source>
        <translation>Pod löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>Löschen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n replica(s)…</source>
        <translation>
            <numerusform>%1 wird auf %n Replikat skaliert…</numerusform>
            <numerusform>%1 wird auf %n Replikate skaliert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scaled to %n replica(s)</source>
        <translation>
            <numerusform>%1 auf %n Replikat skaliert</numerusform>
            <numerusform>%1 auf %n Replikate skaliert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created in %2; its replicas are starting.</source>
        <translation>%1 in %2 angelegt; seine Replikate starten.</translation>
    </message>
</context>
<context>
    <name>PodDetailDialog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Langsamste</translation>
    </message>
    <message>
        <source>Recent probes</source>
        <translation>Letzte Prüfungen</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>&amp;Skalieren…</translation>
    </message>
    <message>
        <source>D&amp;rain…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>Load now</source>
        <translation>Aktuelle Last</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Replicas of the pod</source>
        <translation>Replikate des Pods</translation>
    </message>
    <message>
        <source>Round trip of the newest health probe</source>
        <translation>Antwortzeit der neuesten Zustandsprüfung</translation>
    </message>
    <message>
        <source>Slowest round trip among the recent probes</source>
        <translation>Langsamste Antwortzeit der letzten Prüfungen</translation>
    </message>
    <message>
        <source>Each bar one probe, newest on the right; tall red bars failed</source>
        <translation>Jeder Balken eine Prüfung, die neueste rechts; hohe rote Balken sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>Districts it serves</source>
        <translation>Bediente Bezirke</translation>
    </message>
    <message>
        <source>Districts the pod serves</source>
        <translation>Vom Pod bediente Bezirke</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>This pod no longer exists (it was deleted).</source>
        <translation>Diesen Pod gibt es nicht mehr (er wurde gelöscht).</translation>
    </message>
    <message>
        <source>%1 pod in %2</source>
        <translation>%1-Pod in %2</translation>
    </message>
    <message>
        <source>jurisdiction %1</source>
        <translation>Rechtsraum %1</translation>
    </message>
    <message>
        <source>certified %1</source>
        <translation>zertifiziert %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n replica(s) healthy</source>
        <translation>
            <numerusform>%1: %2 von %n Replikat intakt</numerusform>
            <numerusform>%1: %2 von %n Replikaten intakt</numerusform>
        </translation>
    </message>
    <message>
        <source>scales %1–%2, %3 req/s each</source>
        <translation>skaliert %1–%2, je %3 Anfr./s</translation>
    </message>
    <message>
        <source>being deleted: drained, stops once idle</source>
        <translation>wird gelöscht: geleert, stoppt, sobald er untätig ist</translation>
    </message>
    <message>
        <source>drained: takes no new traffic</source>
        <translation>geleert: nimmt keinen neuen Verkehr an</translation>
    </message>
    <message>
        <source>last known state (%1)</source>
        <translation>letzter bekannter Stand (%1)</translation>
    </message>
    <message>
        <source>End D&amp;rain…</source>
        <translation>Leerung &amp;beenden…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Health changes: %1</source>
        <translation>Zustandswechsel: %1</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>none recently</source>
        <translation>zuletzt keiner</translation>
    </message>
    <message>
        <source>#%1 %2 since %3</source>
        <translation>#%1 %2 seit %3</translation>
    </message>
    <message>
        <source>Could not load the probes: %1</source>
        <translation>Die Prüfungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No replicas are running.</source>
        <translation>Es laufen keine Replikate.</translation>
    </message>
    <message>
        <source>Probed every %1 s; no health change recorded yet.</source>
        <translation>Alle %1 s geprüft; noch kein Zustandswechsel erfasst.</translation>
    </message>
    <message>
        <source>Probed every %1 s. Health: %2.</source>
        <translation>Alle %1 s geprüft. Zustand: %2.</translation>
    </message>
    <message>
        <source>The routing table is not loaded yet.</source>
        <translation>Die Routing-Tabelle ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>No district sends it traffic or falls back to it.</source>
        <translation>Kein Bezirk sendet ihm Verkehr oder weicht auf ihn aus.</translation>
    </message>
    <message>
        <source>No other district falls back to it.</source>
        <translation>Kein weiterer Bezirk weicht auf ihn aus.</translation>
    </message>
    <message numerus="yes">
        <source>Fallback for %n more district(s): %1</source>
        <translation>
            <numerusform>Ausweichziel für %n weiteren Bezirk: %1</numerusform>
            <numerusform>Ausweichziel für %n weitere Bezirke: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Noch nicht gemessen.</translation>
    </message>
    <message>
        <source>%1 req/s of %2 (%3 % used, %4 req/s headroom)</source>
        <translation>%1 Anfr./s von %2 (%3 % genutzt, %4 Anfr./s Reserve)</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <translation>%1 % Fehler</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Nicht gemessen: %1</translation>
    </message>
</context>
<context>
    <name>PodMapBinder</name>
    <message>
        <source>%1
%2 pod in %3
Health: %4%5
Replicas: %6 healthy of %7 (range %8–%9)</source>
        <translation>%1
%2-Pod in %3
Zustand: %4%5
Replikate: %6 von %7 intakt (Bereich %8–%9)</translation>
    </message>
    <message>
        <source>, draining</source>
        <translation>, wird geleert</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n Pod</numerusform>
            <numerusform>%n Pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impaired</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Last known state (%1); the daemon is unreachable</source>
        <translation>Zuletzt bekannter Zustand (%1); der Daemon ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Unknown or offline</source>
        <translation>Unbekannt oder offline</translation>
    </message>
</context>
<context>
    <name>PodTableModel</name>
    <message>
        <source>%1/%2 (%3–%4)</source>
        <translation>%1/%2 (%3–%4)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>%1 (draining)</source>
        <translation>%1 (wird geleert)</translation>
    </message>
    <message>
        <source>%L1 rps</source>
        <translation>%L1 rps</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Draining: receives no new traffic</source>
        <translation>Wird geleert: erhält keinen neuen Datenverkehr</translation>
    </message>
    <message>
        <source>%1 of %2 desired replicas healthy, %3 running; allowed range %4–%5</source>
        <translation>%1 von %2 gewünschten Replikaten intakt, %3 laufen; zulässiger Bereich %4–%5</translation>
    </message>
    <message>
        <source>%1 replicas × %L2 requests/s</source>
        <translation>%1 Replikate × %L2 Anfragen/s</translation>
    </message>
    <message>
        <source>Inherited from region %1</source>
        <translation>Von Region %1 übernommen</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
</context>
<context>
    <name>PodsPanel</name>
    <message>
        <source>Region filter</source>
        <translation>Regionsfilter</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Beliebiger Zustand</translation>
    </message>
    <message>
        <source>Search pods (id, region, model, jurisdiction)…</source>
        <translation>Pods durchsuchen (ID, Region, Modell, Rechtsraum)…</translation>
    </message>
    <message>
        <source>Search pods</source>
        <translation>Pods durchsuchen</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>%1 pods</source>
        <translation>%1 Pods</translation>
    </message>
    <message>
        <source>%1 of %2 pods shown</source>
        <translation>%1 von %2 Pods angezeigt</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Run in &amp;school time anyway</source>
        <translation>Trotzdem in der &amp;Schulzeit ausführen</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>What the drill would do, worked out by the daemon. Nothing has changed yet.</source>
        <translation>Was die Übung bewirken würde, vom Daemon ermittelt. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Why it must run now (audited)</source>
        <translation>Warum sie jetzt laufen muss (wird auditiert)</translation>
    </message>
    <message>
        <source>Asking the daemon…</source>
        <translation>Frage den Daemon…</translation>
    </message>
    <message>
        <source>The daemon refused the drill: %1</source>
        <translation>Der Daemon hat die Übung abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) affected</source>
        <translation>
            <numerusform>%n Bezirk betroffen</numerusform>
            <numerusform>%n Bezirke betroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move to another pod</source>
        <translation>
            <numerusform>%n wechselt zu einem anderen Pod</numerusform>
            <numerusform>%n wechseln zu einem anderen Pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail closed (no compliant fallback)</source>
        <translation>
            <numerusform>%n schließt sicher (kein zulässiger Ausweich-Pod)</numerusform>
            <numerusform>%n schließen sicher (kein zulässiger Ausweich-Pod)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>To rehearse it all the same, go Back and allow %n district(s) to go unserved: they stay unserved during the drill, as their law requires.</source>
        <translation>
            <numerusform>Um sie trotzdem zu proben, gehen Sie zurück und erlauben Sie, dass %n Bezirk unbedient bleibt: er bleibt während der Übung unbedient, wie sein Recht es verlangt.</numerusform>
            <numerusform>Um sie trotzdem zu proben, gehen Sie zurück und erlauben Sie, dass %n Bezirke unbedient bleiben: sie bleiben während der Übung unbedient, wie ihr Recht es verlangt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeStrip</name>
    <message>
        <source>No probes yet</source>
        <translation>Noch keine Prüfungen</translation>
    </message>
    <message numerus="yes">
        <source>Last %n probe(s), newest on the right: </source>
        <translation>
            <numerusform>Letzte Prüfung: </numerusform>
            <numerusform>Letzte %n Prüfungen, die neueste rechts: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>; slowest %1 ms</source>
        <translation>; langsamste %1 ms</translation>
    </message>
</context>
<context>
    <name>RegionListModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ReplicationModel</name>
    <message>
        <source>Disaster recovery: the daemon has not finished its first scan yet.</source>
        <translation>Notfallwiederherstellung: Der Dienst hat seinen ersten Durchlauf noch nicht beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) hold data with no allowed DR place.</source>
        <translation>
            <numerusform>%n Bezirk hat Daten ohne zulässigen DR-Ort.</numerusform>
            <numerusform>%n Bezirke haben Daten ohne zulässigen DR-Ort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 data sets have a DR copy; %n object(s) pending, the oldest %3 s behind (target %4 s).</source>
        <translation>
            <numerusform>%1 von %2 Datenbeständen haben eine DR-Kopie; %n Objekt ausstehend, das älteste %3 s im Rückstand (Ziel %4 s).</numerusform>
            <numerusform>%1 von %2 Datenbeständen haben eine DR-Kopie; %n Objekte ausstehend, das älteste %3 s im Rückstand (Ziel %4 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data set(s) behind their lag target.</source>
        <translation>
            <numerusform>%n Datenbestand hinter seinem Verzugsziel.</numerusform>
            <numerusform>%n Datenbestände hinter ihrem Verzugsziel.</numerusform>
        </translation>
    </message>
    <message>
        <source>none allowed</source>
        <translation>keiner zulässig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No DR copy. Remedy: %1</source>
        <translation>Keine DR-Kopie. Abhilfe: %1</translation>
    </message>
    <message>
        <source>Behind its lag target</source>
        <translation>Hinter dem Verzugsziel</translation>
    </message>
    <message>
        <source>Copied and verified</source>
        <translation>Kopiert und geprüft</translation>
    </message>
    <message>
        <source>The region whose replica store holds the DR copy: one the district&apos;s residency policy allows, never the data&apos;s own region</source>
        <translation>Die Region, deren Replikatspeicher die DR-Kopie hält: eine, die die Residenzrichtlinie des Bezirks erlaubt, nie die eigene Region der Daten</translation>
    </message>
    <message>
        <source>Objects with a copy read back and checked (SHA-256) at the target, of those at the source</source>
        <translation>Objekte mit einer am Ziel zurückgelesenen und geprüften Kopie (SHA-256), von denen an der Quelle</translation>
    </message>
    <message>
        <source>New, changed or deleted objects whose copy is not done yet</source>
        <translation>Neue, geänderte oder gelöschte Objekte, deren Kopie noch aussteht</translation>
    </message>
    <message>
        <source>How long the oldest change not yet copied has waited</source>
        <translation>Wie lange die älteste noch nicht kopierte Änderung schon wartet</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Held in</source>
        <translation>Liegt in</translation>
    </message>
    <message>
        <source>DR copy in</source>
        <translation>DR-Kopie in</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Copying: %n pending</source>
        <translation>
            <numerusform>Wird kopiert: %n ausstehend</numerusform>
            <numerusform>Wird kopiert: %n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Wird kopiert</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>What was measured for each district, against the drill&apos;s targets.</source>
        <translation>Was für jeden Bezirk gemessen wurde, gegen die Ziele der Übung.</translation>
    </message>
    <message>
        <source>Export Drill Report</source>
        <translation>Übungsbericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Lade den Bericht…</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>Der Bericht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Outcome: %1. %2</source>
        <translation>Ergebnis: %1. %2</translation>
    </message>
    <message>
        <source>Residency held: no request left its district&apos;s zone.</source>
        <translation>Datenresidenz eingehalten: keine Anfrage hat die Zone ihres Bezirks verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>RESIDENCY VIOLATED: %n request(s) left their zone.</source>
        <translation>
            <numerusform>DATENRESIDENZ VERLETZT: %n Anfrage hat ihre Zone verlassen.</numerusform>
            <numerusform>DATENRESIDENZ VERLETZT: %n Anfragen haben ihre Zone verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored: every fault reverted and read back.</source>
        <translation>Wiederhergestellt: jeder Fehler zurückgenommen und nachgeprüft.</translation>
    </message>
    <message>
        <source>NOT RESTORED: a fault could not be read back reverted; see the ledger.</source>
        <translation>NICHT WIEDERHERGESTELLT: ein Fehler ließ sich nicht als zurückgenommen nachprüfen; siehe das Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>Longest time to be served again: %1 (target %2 s). %n district(s) failed closed, as the law requires.</source>
        <translation>
            <numerusform>Längste Zeit bis zur erneuten Bedienung: %1 (Ziel %2 s). %n Bezirk hat sicher geschlossen, wie das Recht es verlangt.</numerusform>
            <numerusform>Längste Zeit bis zur erneuten Bedienung: %1 (Ziel %2 s). %n Bezirke haben sicher geschlossen, wie das Recht es verlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RouteState</name>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Failed over</source>
        <translation>Umgeschaltet</translation>
    </message>
    <message>
        <source>Failing closed</source>
        <translation>Gesperrt (fail closed)</translation>
    </message>
    <message>
        <source>Not routed yet</source>
        <translation>Noch nicht geroutet</translation>
    </message>
    <message>
        <source>Failing closed: no pod its policy allows is available, so none of its requests are served</source>
        <translation>Gesperrt (fail closed): Kein Pod, den seine Richtlinie erlaubt, ist verfügbar; keine seiner Anfragen wird bedient</translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 in %2 (%3 %) and %n other pod(s)</source>
        <translation>
            <numerusform>Bedient von %1 in %2 (%3 %) und %n weiteren Pod</numerusform>
            <numerusform>Bedient von %1 in %2 (%3 %) und %n weiteren Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Served by %1 in %2</source>
        <translation>Bedient von %1 in %2</translation>
    </message>
    <message>
        <source>%1 — failed over: a pod its policy allows is out</source>
        <translation>%1 — umgeschaltet: Ein Pod, den seine Richtlinie erlaubt, ist ausgefallen</translation>
    </message>
    <message>
        <source>Residency (rule %1)</source>
        <translation>Datenresidenz (Regel %1)</translation>
    </message>
    <message>
        <source>Residency: no %1 there (rule %2)</source>
        <translation>Datenresidenz: %1 dort nicht erlaubt (Regel %2)</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Draining for maintenance</source>
        <translation>Wird für Wartung entleert</translation>
    </message>
    <message>
        <source>Recovering: held down, then failing back gradually</source>
        <translation>Erholt sich: zurückgehalten, dann schrittweise Rückschaltung</translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation>Ausgelastet</translation>
    </message>
    <message>
        <source>Allowed, but an override sends the district elsewhere</source>
        <translation>Erlaubt, aber eine Übersteuerung leitet den Bezirk anderswohin</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>Umschaltung</translation>
    </message>
    <message>
        <source>failback</source>
        <translation>Rückschaltung</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>Entleerung</translation>
    </message>
    <message>
        <source>consent changed</source>
        <translation>Einwilligung geändert</translation>
    </message>
    <message>
        <source>policy changed</source>
        <translation>Richtlinie geändert</translation>
    </message>
    <message>
        <source>fleet changed</source>
        <translation>Flotte geändert</translation>
    </message>
    <message>
        <source>override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <source>override removed</source>
        <translation>Übersteuerung entfernt</translation>
    </message>
    <message>
        <source>override expired</source>
        <translation>Übersteuerung abgelaufen</translation>
    </message>
    <message>
        <source>first health checks</source>
        <translation>erste Zustandsprüfungen</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>Neuverteilung</translation>
    </message>
    <message>
        <source>Ejected: most of its recent answers were errors</source>
        <translation>Ausgeschlossen: die meisten seiner letzten Antworten waren Fehler</translation>
    </message>
    <message>
        <source>outlier ejection</source>
        <translation>Ausschluss wegen Fehlern</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>measured latency</source>
        <translation>gemessene Latenz</translation>
    </message>
</context>
<context>
    <name>RoutingComposer</name>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>&amp;Override District…</source>
        <translation>Bezirk ü&amp;bersteuern…</translation>
    </message>
    <message>
        <source>&amp;Remove Override…</source>
        <translation>Übersteuerung &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Drain Serving Pod…</source>
        <translation>Bedienenden Pod &amp;leeren…</translation>
    </message>
    <message>
        <source>Re&amp;load Routing Table</source>
        <translation>Routing-Tabelle &amp;neu laden</translation>
    </message>
    <message>
        <source>Ro&amp;uting</source>
        <translation>Ro&amp;uting</translation>
    </message>
    <message>
        <source>Show Routing &amp;Panel</source>
        <translation>Routing-&amp;Bereich anzeigen</translation>
    </message>
    <message>
        <source>Choose a district in the Routing panel first.</source>
        <translation>Wählen Sie zuerst im Routing-Bereich einen Bezirk aus.</translation>
    </message>
    <message>
        <source>Override %1 is in force.</source>
        <translation>Übersteuerung %1 ist in Kraft.</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Übersteuerung entfernen</translation>
    </message>
    <message>
        <source>Remove override %1? The districts it covers are routed by their policy again at once.</source>
        <translation>Übersteuerung %1 entfernen? Die betroffenen Bezirke werden sofort wieder nach ihrer Richtlinie geroutet.</translation>
    </message>
    <message>
        <source>&amp;Remove Override</source>
        <translation>Übersteuerung &amp;entfernen</translation>
    </message>
    <message>
        <source>Override Not Removed</source>
        <translation>Übersteuerung nicht entfernt</translation>
    </message>
    <message>
        <source>Override %1 removed.</source>
        <translation>Übersteuerung %1 entfernt.</translation>
    </message>
    <message>
        <source>%1 is not in the pod list.</source>
        <translation>%1 ist nicht in der Pod-Liste.</translation>
    </message>
    <message>
        <source>Drain Pod</source>
        <translation>Pod leeren</translation>
    </message>
    <message>
        <source>End Drain</source>
        <translation>Leerung beenden</translation>
    </message>
    <message>
        <source>Drain %1 for maintenance? Routing sends it no new traffic: its districts move to the next pods their policy allows at once (or fail closed where there is none). Its replicas keep running.</source>
        <translation>%1 für Wartung leeren? Das Routing schickt ihm keinen neuen Verkehr: Seine Bezirke wechseln sofort zu den nächsten Pods, die ihre Richtlinie erlaubt (oder werden gesperrt, wo es keinen gibt). Seine Repliken laufen weiter.</translation>
    </message>
    <message>
        <source>End the drain of %1? Its districts come back with the table&apos;s next plan.</source>
        <translation>Leerung von %1 beenden? Seine Bezirke kehren mit dem nächsten Plan der Tabelle zurück.</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;End Drain</source>
        <translation>Leerung &amp;beenden</translation>
    </message>
    <message>
        <source>Not Drained</source>
        <translation>Nicht geleert</translation>
    </message>
    <message>
        <source>Drain Not Ended</source>
        <translation>Leerung nicht beendet</translation>
    </message>
    <message>
        <source>%1 is draining.</source>
        <translation>%1 wird geleert.</translation>
    </message>
    <message>
        <source>%1 takes traffic again.</source>
        <translation>%1 nimmt wieder Verkehr an.</translation>
    </message>
</context>
<context>
    <name>RoutingExplorer</name>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Why it takes no traffic</source>
        <translation>Warum er keinen Verkehr bekommt</translation>
    </message>
    <message>
        <source>Overri&amp;de…</source>
        <translation>Überst&amp;euern…</translation>
    </message>
    <message>
        <source>Remove Overrid&amp;e</source>
        <translation>Übersteuerung en&amp;tfernen</translation>
    </message>
    <message>
        <source>Dra&amp;in Pod…</source>
        <translation>Pod lee&amp;ren…</translation>
    </message>
    <message>
        <source>Choose a district…</source>
        <translation>Bezirk auswählen…</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>Be&amp;zirk:</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Verkehr:</translation>
    </message>
    <message>
        <source>Fallbacks:</source>
        <translation>Ausweichziele:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Übersteuerung:</translation>
    </message>
    <message>
        <source>Split over pods</source>
        <translation>Aufteilung auf Pods</translation>
    </message>
    <message>
        <source>Pods that take none of its traffic</source>
        <translation>Pods, die keinen seiner Anfragen bekommen</translation>
    </message>
    <message>
        <source>Choose a district to see where its traffic goes and why.</source>
        <translation>Wählen Sie einen Bezirk, um zu sehen, wohin sein Verkehr geht und warum.</translation>
    </message>
    <message>
        <source>%1 is not in the routing table yet.</source>
        <translation>%1 ist noch nicht in der Routing-Tabelle.</translation>
    </message>
    <message>
        <source>Nothing the console can suggest: restore a pod its policy allows.</source>
        <translation>Die Konsole kann nichts vorschlagen: Stellen Sie einen Pod wieder her, den seine Richtlinie erlaubt.</translation>
    </message>
    <message>
        <source>What would fix it: %1</source>
        <translation>Was helfen würde: %1</translation>
    </message>
    <message>
        <source>none: no other pod its policy allows</source>
        <translation>keine: Seine Richtlinie erlaubt keinen anderen Pod</translation>
    </message>
    <message>
        <source>%1 pinned to %2 by %3 until %4: “%5”</source>
        <translation>%1: an %2 gebunden von %3 bis %4: „%5“</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not measured (the demo&apos;s synthetic clients are off)</source>
        <translation>nicht gemessen (die synthetischen Clients der Demo sind aus)</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>%1 req/s (school day: %2) · %3 sent · %4 failed · %5 slow</source>
        <translation>%1 Anfr./s (Schultag: %2) · %3 gesendet · %4 fehlgeschlagen · %5 langsam</translation>
    </message>
    <message>
        <source> · %1 unserved</source>
        <translation> · %1 nicht bedient</translation>
    </message>
    <message>
        <source>Measured from the demo&apos;s synthetic clients: requests sent over the last 10 s, what the district&apos;s school day asks for now, and since the daemon started: sent, failed (error, timeout or refused), slow (over 250 ms) and unserved (not sent while it failed closed).</source>
        <translation>Gemessen an den synthetischen Clients der Demo: gesendete Anfragen der letzten 10 s, was der Schultag des Bezirks gerade verlangt, und seit dem Start des Dienstes: gesendet, fehlgeschlagen (Fehler, Zeitüberschreitung oder abgelehnt), langsam (über 250 ms) und nicht bedient (während der Sperre nicht gesendet).</translation>
    </message>
</context>
<context>
    <name>RoutingMapBinder</name>
    <message>
        <source>Failing closed</source>
        <translation>Gesperrt (fail closed)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Bezirke</translation>
    </message>
    <message>
        <source>Selected district&apos;s route</source>
        <translation>Route des gewählten Bezirks</translation>
    </message>
    <message>
        <source>Main pod</source>
        <translation>Haupt-Pod</translation>
    </message>
    <message>
        <source>Share of the split</source>
        <translation>Anteil der Aufteilung</translation>
    </message>
    <message>
        <source>Failed over</source>
        <translation>Umgeschaltet</translation>
    </message>
    <message>
        <source>Last known route; the daemon is unreachable</source>
        <translation>Letzter bekannter Weg; der Daemon ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>RoutingMonitor</name>
    <message>
        <source>Could not load the routing table: %1</source>
        <translation>Die Routing-Tabelle konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the routing overrides: %1</source>
        <translation>Die Routing-Übersteuerungen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale %1</source>
        <translation>%1 skalieren</translation>
    </message>
    <message>
        <source>Desired replicas</source>
        <translation>Gewünschte Replikate</translation>
    </message>
    <message>
        <source>%1 desired, %2 healthy</source>
        <translation>%1 gewünscht, %2 intakt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%L1 requests/s (%2 × %L3)</source>
        <translation>%L1 Anfragen/s (%2 × %L3)</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>Allowed range:</source>
        <translation>Zulässiger Bereich:</translation>
    </message>
    <message>
        <source>New replicas:</source>
        <translation>Neue Replikate:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>%1 is above this pod&apos;s maximum of %2.</source>
        <translation>%1 liegt über dem Maximum dieses Pods von %2.</translation>
    </message>
    <message>
        <source>%1 is below this pod&apos;s minimum of %2.</source>
        <translation>%1 liegt unter dem Minimum dieses Pods von %2.</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Added &amp;latency:</source>
        <translation>Zusätzliche &amp;Latenz:</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>&amp;Fehlerrate:</translation>
    </message>
    <message>
        <source>&amp;Replicas to crash:</source>
        <translation>Abstürzende &amp;Replikate:</translation>
    </message>
    <message>
        <source>Scenario and blast radius</source>
        <translation>Szenario und Wirkungsbereich</translation>
    </message>
    <message>
        <source>What to rehearse, and which pods or regions it may hit.</source>
        <translation>Was geprobt wird und welche Pods oder Regionen es treffen darf.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Blast radius:</source>
        <translation>Wirkungs&amp;bereich:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Districts allowed to go &amp;unserved:</source>
        <translation>Bezirke, die &amp;unbedient bleiben dürfen:</translation>
    </message>
</context>
<context>
    <name>ScreenshotCapture</name>
    <message>
        <source>the fleet did not load within %1 s</source>
        <translation>die Flotte wurde nicht innerhalb von %1 s geladen</translation>
    </message>
    <message>
        <source>there is no pod %1</source>
        <translation>es gibt keinen Pod %1</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>TopoJsonReader</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>not a TopoJSON topology (&quot;type&quot; must be &quot;Topology&quot;)</source>
        <translation>keine TopoJSON-Topologie (&quot;type&quot; muss &quot;Topology&quot; sein)</translation>
    </message>
    <message>
        <source>the topology has no &quot;objects&quot; member</source>
        <translation>die Topologie hat kein &quot;objects&quot;-Element</translation>
    </message>
    <message>
        <source>the topology has no &quot;arcs&quot; array</source>
        <translation>die Topologie hat kein &quot;arcs&quot;-Array</translation>
    </message>
    <message>
        <source>&quot;transform&quot; needs numeric &quot;scale&quot; and &quot;translate&quot; pairs</source>
        <translation>&quot;transform&quot; benötigt numerische &quot;scale&quot;- und &quot;translate&quot;-Paare</translation>
    </message>
    <message>
        <source>arc %1 is not a non-empty array of positions</source>
        <translation>Bogen %1 ist kein nicht leeres Array von Positionen</translation>
    </message>
    <message>
        <source>arc %1, position %2 is not an [x, y] pair</source>
        <translation>Bogen %1, Position %2 ist kein [x, y]-Paar</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: a ring is not an array of arc indices</source>
        <translation>Objekt &quot;%1&quot;: Ein Ring ist kein Array von Bogenindizes</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: arc reference is not an integer</source>
        <translation>Objekt &quot;%1&quot;: Bogenreferenz ist keine Ganzzahl</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: arc index %2 out of range (the topology has %3 arcs)</source>
        <translation>Objekt &quot;%1&quot;: Bogenindex %2 außerhalb des gültigen Bereichs (die Topologie hat %3 Bögen)</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: a MultiPolygon member is not an array</source>
        <translation>Objekt &quot;%1&quot;: Ein MultiPolygon-Element ist kein Array</translation>
    </message>
    <message>
        <source>the topology has no object &quot;%1&quot; (it has: %2)</source>
        <translation>die Topologie hat kein Objekt &quot;%1&quot; (vorhanden: %2)</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: GeometryCollections nested too deeply</source>
        <translation>Objekt &quot;%1&quot;: GeometryCollections zu tief verschachtelt</translation>
    </message>
    <message>
        <source>arc %1, position %2 decodes to a non-finite coordinate</source>
        <translation>Bogen %1, Position %2 ergibt eine nicht endliche Koordinate</translation>
    </message>
</context>
<context>
    <name>WorldMapView</name>
    <message>
        <source>The world map could not be loaded: %1</source>
        <translation>Die Weltkarte konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Weltkarte</translation>
    </message>
    <message>
        <source>Pods, districts and regions on a world map</source>
        <translation>Pods, Bezirke und Regionen auf einer Weltkarte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Regional Pods console. Without --url it talks to the local daemon, starting the bundled demo daemon when none is running.</source>
        <translation>Regional-Pods-Konsole. Ohne --url spricht sie mit dem lokalen Daemon und startet den mitgelieferten Demo-Daemon, wenn keiner läuft.</translation>
    </message>
    <message>
        <source>Daemon base URL (default http://127.0.0.1:7420).</source>
        <translation>Basis-URL des Daemons (Standard: http://127.0.0.1:7420).</translation>
    </message>
    <message>
        <source>Bearer token (else $REGIONALPODS_TOKEN, settings, DIR/admin.token).</source>
        <translation>Bearer-Token (sonst $REGIONALPODS_TOKEN, Einstellungen, DIR/admin.token).</translation>
    </message>
    <message>
        <source>Data directory of the bundled daemon.</source>
        <translation>Datenverzeichnis des mitgelieferten Daemons.</translation>
    </message>
    <message>
        <source>Save a PNG of the loaded window to FILE and exit.</source>
        <translation>Ein PNG des geladenen Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for an https:// daemon.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei für einen https://-Daemon vertrauen.</translation>
    </message>
</context>
</TS>
