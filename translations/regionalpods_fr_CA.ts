<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>ApiClient</name>
    <message>
        <source>expected a JSON object</source>
        <translation>un objet JSON était attendu</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>nothing answers at %1 (connection refused) — is the daemon running?</source>
        <translation>rien ne répond à %1 (connexion refusée) — le démon est-il lancé?</translation>
    </message>
    <message>
        <source>host of %1 not found</source>
        <translation>hôte de %1 introuvable</translation>
    </message>
    <message>
        <source>the daemon at %1 did not answer within %2 s</source>
        <translation>le démon à %1 n&apos;a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>the daemon at %1 closed the connection</source>
        <translation>le démon à %1 a fermé la connexion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid response from the daemon</source>
        <translation>Réponse invalide du démon</translation>
    </message>
</context>
<context>
    <name>AuditObjectModel</name>
    <message>
        <source>Violation</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation&lt;/b&gt; of rule %1</source>
        <translation>&lt;b&gt;Infraction&lt;/b&gt; à la règle %1</translation>
    </message>
    <message>
        <source>Allowed by rule %1</source>
        <translation>Permis par la règle %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Remedy:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Correctif&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Relies on consent %1</source>
        <translation>&lt;br&gt;Repose sur le consentement %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Correctif</translation>
    </message>
</context>
<context>
    <name>AuditReportDialog</name>
    <message>
        <source>S3 bucket %1 in %2</source>
        <translation>Compartiment S3 %1 dans %2</translation>
    </message>
    <message>
        <source>object store of %1</source>
        <translation>stockage d&apos;objets de %1</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrer…</translation>
    </message>
    <message>
        <source>Record C&amp;onsent…</source>
        <translation>Consigner un c&amp;onsentement…</translation>
    </message>
    <message>
        <source>Residency audit</source>
        <translation>Audit de résidence</translation>
    </message>
    <message>
        <source>Loading the audit…</source>
        <translation>Chargement de l&apos;audit…</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>Vérification de la chaîne</translation>
    </message>
    <message>
        <source>Move this district&apos;s misplaced objects to a region its policy allows</source>
        <translation>Déplacer les objets mal placés de ce district vers une région permise par sa politique</translation>
    </message>
    <message>
        <source>Record the agreement that makes a placement lawful, where the rule accepts one</source>
        <translation>Consigner l&apos;entente qui rend un placement légal, lorsque la règle l&apos;accepte</translation>
    </message>
    <message>
        <source>Loading the audit of %1…</source>
        <translation>Chargement de l&apos;audit de %1…</translation>
    </message>
    <message>
        <source>Auditing %1: listing every store…</source>
        <translation>Audit de %1&#xa0;: inventaire de chaque stockage…</translation>
    </message>
    <message>
        <source>The audit of %1 could not be loaded: %2</source>
        <translation>L&apos;audit de %1 n&apos;a pas pu être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Residency audit — %1</source>
        <translation>Audit de résidence — %1</translation>
    </message>
    <message>
        <source>Objects (%1, %2 violating)</source>
        <translation>Objets (%1, %2 en infraction)</translation>
    </message>
    <message>
        <source>Objects (%1)</source>
        <translation>Objets (%1)</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Piste d&apos;audit (%1)</translation>
    </message>
    <message>
        <source>Chain: intact</source>
        <translation>Chaîne&#xa0;: intacte</translation>
    </message>
    <message>
        <source>Chain: BROKEN</source>
        <translation>Chaîne&#xa0;: ROMPUE</translation>
    </message>
    <message>
        <source>Some stores could not be listed: %1</source>
        <translation>Certains stockages n&apos;ont pas pu être inventoriés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Action requise</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) (%1) · %2 compliant · %3 violating</source>
        <translation>
            <numerusform>%n objet (%1) · %2 conforme(s) · %3 en infraction</numerusform>
            <numerusform>%n objets (%1) · %2 conformes · %3 en infraction</numerusform>
        </translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation>généré %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No stored data of this district was found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune donnée stockée de ce district n&apos;a été trouvée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Violation: %1</source>
        <translation>Infraction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compliant: %1</source>
        <translation>Conforme&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3) — not allowed by rule “%4” (%5).</source>
        <translation>Données de la classe %1 stockées dans %2 (%3) — non permis par la règle «&#xa0;%4&#xa0;» (%5).</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3) — allowed by rule “%4” (%5).</source>
        <translation>Données de la classe %1 stockées dans %2 (%3) — permis par la règle «&#xa0;%4&#xa0;» (%5).</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>the policy names no remedy</source>
        <translation>la politique ne nomme aucun correctif</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Fondement juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed thanks to consent %1.</source>
        <translation>Permis grâce au consentement %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3 · modified %4</source>
        <translation>%1 · %2 · SHA-256 %3 · modifié %4</translation>
    </message>
    <message>
        <source>The audit chain is intact</source>
        <translation>La chaîne d&apos;audit est intacte</translation>
    </message>
    <message>
        <source>The audit chain is broken</source>
        <translation>La chaîne d&apos;audit est rompue</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Enregistrements vérifiés</translation>
    </message>
    <message>
        <source>Last good record</source>
        <translation>Dernier enregistrement valide</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Empreinte de tête</translation>
    </message>
    <message>
        <source>First bad record</source>
        <translation>Premier enregistrement invalide</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Every record&apos;s hash covers the previous record&apos;s hash, so editing, removing or reordering any record breaks the chain from there on. Keep a copy of the head hash elsewhere to detect a cut-off tail.</source>
        <translation>L&apos;empreinte de chaque enregistrement couvre celle du précédent&#xa0;: modifier, retirer ou réordonner un enregistrement rompt la chaîne à partir de là. Gardez ailleurs une copie de l&apos;empreinte de tête pour détecter une fin tronquée.</translation>
    </message>
    <message>
        <source>No report loaded yet</source>
        <translation>Aucun rapport chargé</translation>
    </message>
    <message>
        <source>Saved the PDF report to %1</source>
        <translation>Rapport PDF enregistré dans %1</translation>
    </message>
    <message>
        <source>Fetching the CSV from the daemon…</source>
        <translation>Récupération du CSV auprès du démon…</translation>
    </message>
    <message>
        <source>The daemon did not give the CSV: %1</source>
        <translation>Le démon n&apos;a pas fourni le CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the CSV to %1</source>
        <translation>CSV enregistré dans %1</translation>
    </message>
    <message>
        <source>Export audit report as PDF</source>
        <translation>Exporter le rapport d&apos;audit en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export audit objects as CSV</source>
        <translation>Exporter les objets audités en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditReportExporter</name>
    <message>
        <source>No stored data of %1 was found in any region.</source>
        <translation>Aucune donnée stockée de %1 n&apos;a été trouvée dans aucune région.</translation>
    </message>
    <message>
        <source>The one stored object of %1 is kept where the residency policy allows.</source>
        <translation>L&apos;unique objet stocké de %1 est conservé là où la politique de résidence le permet.</translation>
    </message>
    <message>
        <source>All %1 stored objects of %2 are kept where the residency policy allows.</source>
        <translation>Les %1 objets stockés de %2 sont tous conservés là où la politique de résidence le permet.</translation>
    </message>
    <message>
        <source>1 of %1 stored objects of %2 is kept where the residency policy does not allow it. The violation below names the rule it breaks and what would fix it.</source>
        <translation>1 des %1 objets stockés de %2 est conservé là où la politique de résidence ne le permet pas. L&apos;infraction ci-dessous nomme la règle enfreinte et ce qui la corrigerait.</translation>
    </message>
    <message>
        <source>%1 of %2 stored objects of %3 are kept where the residency policy does not allow them. Each violation below names the rule it breaks and what would fix it.</source>
        <translation>%1 des %2 objets stockés de %3 sont conservés là où la politique de résidence ne le permet pas. Chaque infraction ci-dessous nomme la règle enfreinte et ce qui la corrigerait.</translation>
    </message>
    <message>
        <source>One storage location could not be checked, so this audit is incomplete.</source>
        <translation>Un emplacement de stockage n&apos;a pas pu être vérifié&#xa0;: cet audit est incomplet.</translation>
    </message>
    <message>
        <source>%1 storage locations could not be checked, so this audit is incomplete.</source>
        <translation>%1 emplacements de stockage n&apos;ont pas pu être vérifiés&#xa0;: cet audit est incomplet.</translation>
    </message>
    <message>
        <source>The audit trail is intact: all %1 records of the hash chain verified.</source>
        <translation>La piste d&apos;audit est intacte&#xa0;: les %1 enregistrements de la chaîne d&apos;empreintes sont vérifiés.</translation>
    </message>
    <message>
        <source>The audit trail FAILED verification at record %1 (%2): %3. Records after it cannot be trusted until this is investigated.</source>
        <translation>La piste d&apos;audit a ÉCHOUÉ à la vérification à l&apos;enregistrement %1 (%2)&#xa0;: %3. Les enregistrements suivants ne sont pas fiables tant que ce n&apos;est pas examiné.</translation>
    </message>
    <message>
        <source>“%1” (to %2, until %3)</source>
        <translation>«&#xa0;%1&#xa0;» (vers %2, jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>consent %1</source>
        <translation>consentement %1</translation>
    </message>
    <message>
        <source>Residency audit — %1</source>
        <translation>Audit de résidence — %1</translation>
    </message>
    <message>
        <source>Residency audit: %1</source>
        <translation>Audit de résidence&#xa0;: %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport généré</translation>
    </message>
    <message>
        <source>Data classes held</source>
        <translation>Classes de données détenues</translation>
    </message>
    <message>
        <source>Objects checked</source>
        <translation>Objets vérifiés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conformes</translation>
    </message>
    <message>
        <source>Violating</source>
        <translation>En infraction</translation>
    </message>
    <message>
        <source>Verdict: compliant</source>
        <translation>Verdict&#xa0;: conforme</translation>
    </message>
    <message>
        <source>Verdict: action needed</source>
        <translation>Verdict&#xa0;: action requise</translation>
    </message>
    <message>
        <source>Violations and what to do</source>
        <translation>Infractions et que faire</translation>
    </message>
    <message>
        <source>None. Every object is stored where a rule allows it.</source>
        <translation>Aucune. Chaque objet est stocké là où une règle le permet.</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3), which rule &quot;%4&quot; (%5) does not allow.</source>
        <translation>Données de la classe %1 stockées dans %2 (%3), ce que la règle «&#xa0;%4&#xa0;» (%5) ne permet pas.</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Fondement juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Correctif&#xa0;:</translation>
    </message>
    <message>
        <source>(the policy names none)</source>
        <translation>(la politique n&apos;en nomme aucun)</translation>
    </message>
    <message>
        <source>Placements lawful by agreement</source>
        <translation>Placements légaux par entente</translation>
    </message>
    <message>
        <source>These objects are stored outside the district&apos;s own zone. Each is lawful only because of the agreement named, until it expires.</source>
        <translation>Ces objets sont stockés hors de la zone propre au district. Chacun n&apos;est légal que grâce à l&apos;entente nommée, jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Stocké dans</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Storage that could not be checked</source>
        <translation>Stockages non vérifiables</translation>
    </message>
    <message>
        <source>All stored objects</source>
        <translation>Tous les objets stockés</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>No audit records name this district.</source>
        <translation>Aucun enregistrement d&apos;audit ne nomme ce district.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>Vérification de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Last verified record: %1. Head hash: %2. Compare the head hash with a copy kept elsewhere to detect a truncated trail.</source>
        <translation>Dernier enregistrement vérifié&#xa0;: %1. Empreinte de tête&#xa0;: %2. Comparez l&apos;empreinte de tête avec une copie conservée ailleurs pour détecter une piste tronquée.</translation>
    </message>
    <message>
        <source>Produced by the Regional Pods console from the daemon&apos;s report of %1.</source>
        <translation>Produit par la console Regional Pods à partir du rapport du démon du %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing the PDF to %1 failed</source>
        <translation>L&apos;écriture du PDF dans %1 a échoué</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>Data moved</source>
        <translation>Données déplacées</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement consigné</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentement révoqué</translation>
    </message>
    <message>
        <source>Pod created</source>
        <translation>Pod créé</translation>
    </message>
    <message>
        <source>Pod scaled</source>
        <translation>Pod mis à l&apos;échelle</translation>
    </message>
    <message>
        <source>Pod deleted</source>
        <translation>Pod supprimé</translation>
    </message>
    <message>
        <source>Policy reloaded</source>
        <translation>Politique rechargée</translation>
    </message>
    <message>
        <source>Policy reload refused</source>
        <translation>Rechargement de la politique refusé</translation>
    </message>
    <message>
        <source>Demo data seeded</source>
        <translation>Données de démonstration créées</translation>
    </message>
    <message>
        <source>%1 data moved %2 → %3</source>
        <translation>Données de la classe %1 déplacées %2 → %3</translation>
    </message>
    <message>
        <source>%1 moved %2 → %3</source>
        <translation>%1 déplacé %2 → %3</translation>
    </message>
    <message>
        <source>%1 may go to %2 (ref. %3, until %4)</source>
        <translation>%1 peut aller vers %2 (réf. %3, jusqu&apos;au %4)</translation>
    </message>
    <message>
        <source>%1 no longer consented for %2 (ref. %3)</source>
        <translation>%1 n&apos;est plus consenti pour %2 (réf. %3)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>seq %1 · %2
hash %3
previous %4%5</source>
        <translation>n° %1 · %2
empreinte %3
précédente %4%5</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Auditor (read-only)</source>
        <translation>Auditeur (lecture seule)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Rôle inconnu</translation>
    </message>
</context>
<context>
    <name>CapacityComposer</name>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Show &amp;Capacity Panel</source>
        <translation>Afficher le panneau C&amp;apacité</translation>
    </message>
</context>
<context>
    <name>CapacityFeed</name>
    <message>
        <source>Could not load capacity: %1</source>
        <translation>Impossible de charger la capacité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter CSV…</translation>
    </message>
    <message>
        <source>Utilization per region (%)</source>
        <translation>Utilisation par région (%)</translation>
    </message>
    <message>
        <source>Requests per second, by pod</source>
        <translation>Requêtes par seconde, par pod</translation>
    </message>
    <message>
        <source>Headroom now (req/s), busiest first</source>
        <translation>Marge actuelle (req/s), plus chargés d&apos;abord</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Ran&amp;ge:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>Measured by scraping every replica every %1 s · updated %2</source>
        <translation>Mesuré en interrogeant chaque réplique toutes les %1 s · mis à jour %2</translation>
    </message>
    <message>
        <source>Waiting for the first scrape…</source>
        <translation>En attente du premier relevé…</translation>
    </message>
    <message numerus="yes">
        <source> · %n replica(s) could not be read</source>
        <translation>
            <numerusform> · %n réplique illisible</numerusform>
            <numerusform> · %n répliques illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % used</source>
        <translation>%1&#xa0;: %2 % utilisé</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Export Capacity Data</source>
        <translation>Exporter les données de capacité</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceClient</name>
    <message>
        <source>Unknown data class</source>
        <translation>Classe de données inconnue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a data class the daemon knows</source>
        <translation>&apos;%1&apos; n&apos;est pas une classe de données connue du démon</translation>
    </message>
</context>
<context>
    <name>ComplianceComposer</name>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>&amp;Audit Report…</source>
        <translation>&amp;Rapport d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Migrate Data…</source>
        <translation>&amp;Migrer des données…</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Consentements…</translation>
    </message>
    <message>
        <source>&amp;Re-audit All Districts</source>
        <translation>Ré-a&amp;uditer tous les districts</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Conformité</translation>
    </message>
    <message>
        <source>Show Compliance &amp;Panel</source>
        <translation>Afficher le panneau Con&amp;formité</translation>
    </message>
    <message>
        <source>Auditor token: read-only; only this auditor&apos;s districts are shown.</source>
        <translation>Jeton d&apos;auditeur&#xa0;: lecture seule; seuls les districts de cet auditeur sont affichés.</translation>
    </message>
    <message>
        <source>Choose a district in the Compliance panel first.</source>
        <translation>Choisissez d&apos;abord un district dans le panneau Conformité.</translation>
    </message>
    <message>
        <source>This token may not migrate data.</source>
        <translation>Ce jeton ne permet pas de migrer des données.</translation>
    </message>
</context>
<context>
    <name>ComplianceDashboard</name>
    <message>
        <source>&amp;Audit report…</source>
        <translation>Rapport d&apos;a&amp;udit…</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrer…</translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Co&amp;nsentements…</translation>
    </message>
    <message>
        <source>Re-audit</source>
        <translation>Ré-auditer</translation>
    </message>
    <message>
        <source>&amp;Only districts in violation</source>
        <translation>&amp;Seulement les districts en infraction</translation>
    </message>
    <message>
        <source>Choose a district…</source>
        <translation>Choisir un district…</translation>
    </message>
    <message>
        <source>The district shown on the map and used by the actions</source>
        <translation>Le district affiché sur la carte et visé par les actions</translation>
    </message>
    <message>
        <source>Which of the district&apos;s data the map shades</source>
        <translation>Les données du district que la carte ombre</translation>
    </message>
    <message>
        <source>Audit every district again</source>
        <translation>Auditer de nouveau chaque district</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District&#xa0;:</translation>
    </message>
    <message>
        <source>Map shows:</source>
        <translation>La carte montre&#xa0;:</translation>
    </message>
    <message>
        <source>Under each regime, list only the districts with violations</source>
        <translation>Sous chaque régime, ne lister que les districts en infraction</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent cross-region movements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mouvements récents entre régions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No data has moved between regions recently.</source>
        <translation>Aucune donnée n&apos;a récemment changé de région.</translation>
    </message>
    <message>
        <source>audit failed</source>
        <translation>échec de l&apos;audit</translation>
    </message>
    <message>
        <source>not audited yet</source>
        <translation>pas encore audité</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n infraction</numerusform>
            <numerusform>%n infractions</numerusform>
        </translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>All regulated data</source>
        <translation>Toutes les données réglementées</translation>
    </message>
    <message>
        <source>Waiting for the district list…</source>
        <translation>En attente de la liste des districts…</translation>
    </message>
    <message>
        <source>This district keeps data where its policy forbids it</source>
        <translation>Ce district conserve des données là où sa politique l&apos;interdit</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 districts keep(s) data where their policy forbids it</source>
        <translation>
            <numerusform>%n des %1 districts conserve des données là où sa politique l&apos;interdit</numerusform>
            <numerusform>%n des %1 districts conservent des données là où leur politique l&apos;interdit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misplaced object(s).</source>
        <translation>
            <numerusform>%n objet mal placé.</numerusform>
            <numerusform>%n objets mal placés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing districts… %1 of %2 done, no violation so far.</source>
        <translation>Audit des districts… %1 sur %2 faits, aucune infraction jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>The district&apos;s data is where its policy allows.</source>
        <translation>Les données du district sont là où sa politique le permet.</translation>
    </message>
    <message>
        <source>All %1 districts&apos; data is where their policies allow.</source>
        <translation>Les données des %1 districts sont là où leurs politiques le permettent.</translation>
    </message>
    <message>
        <source>auditing %1 of %2…</source>
        <translation>audit de %1 sur %2…</translation>
    </message>
    <message>
        <source>audited</source>
        <translation>audité</translation>
    </message>
    <message>
        <source>%1 of %2 districts audited</source>
        <translation>%1 des %2 districts audités</translation>
    </message>
    <message>
        <source>double-click a district for its report and remedies</source>
        <translation>double-cliquez sur un district pour son rapport et ses correctifs</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;audit chain intact (%2 records)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;chaîne d&apos;audit intacte (%2 enregistrements)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;AUDIT CHAIN BROKEN at record %2 (%3)&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;CHAÎNE D&apos;AUDIT ROMPUE à l&apos;enregistrement %2 (%3)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <source>Review, record and revoke the district&apos;s consents</source>
        <translation>Examiner, consigner et révoquer les consentements du district</translation>
    </message>
    <message>
        <source>Review the district&apos;s consents (read-only)</source>
        <translation>Examiner les consentements du district (lecture seule)</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>Reprise après sinistre</translation>
    </message>
    <message numerus="yes">
        <source>Disaster recovery (%n without DR)</source>
        <translation>
            <numerusform>Reprise après sinistre (%n sans relève)</numerusform>
            <numerusform>Reprise après sinistre (%n sans relève)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceMapOverlay</name>
    <message>
        <source>Could not load where %1&apos;s data may go: %2</source>
        <translation>Impossible de charger où les données de %1 peuvent aller&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not load the audit of %1: %2</source>
        <translation>Impossible de charger l&apos;audit de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 object, VIOLATING</source>
        <translation>1 objet, EN INFRACTION</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1 VIOLATING</source>
        <translation>
            <numerusform>%n objet, %1 EN INFRACTION</numerusform>
            <numerusform>%n objets, %1 EN INFRACTION</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), compliant</source>
        <translation>
            <numerusform>%n objet, conforme</numerusform>
            <numerusform>%n objets, conformes</numerusform>
        </translation>
    </message>
    <message>
        <source>its regulated data</source>
        <translation>ses données réglementées</translation>
    </message>
    <message>
        <source>%1: %2 may be stored in any region.</source>
        <translation>%1&#xa0;: toute région peut accueillir %2.</translation>
    </message>
    <message>
        <source>%1: no region may hold %2.</source>
        <translation>%1&#xa0;: aucune région ne peut détenir %2.</translation>
    </message>
    <message>
        <source>%1: shaded = where %2 may be stored (%3).</source>
        <translation>%1&#xa0;: ombré = lieux de stockage permis pour %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ComplianceMonitor</name>
    <message>
        <source>Audit of %1 failed: %2</source>
        <translation>L&apos;audit de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit chain verification failed: %1</source>
        <translation>La vérification de la chaîne d&apos;audit a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>Impossible de charger la piste d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>DR replication status could not be loaded: %1</source>
        <translation>L&apos;état de la réplication de relève n&apos;a pas pu être chargé : %1</translation>
    </message>
</context>
<context>
    <name>ComplianceRegimes</name>
    <message>
        <source>FERPA / state student-records rules</source>
        <translation>FERPA / règles des États sur les dossiers scolaires</translation>
    </message>
    <message>
        <source>GDPR (EU/EEA, UK, Switzerland)</source>
        <translation>RGPD (UE/EEE, Royaume-Uni, Suisse)</translation>
    </message>
    <message>
        <source>Canadian provincial (Ontario, BC) / PIPEDA</source>
        <translation>Provincial canadien (Ontario, C.-B.) / LPRPDE</translation>
    </message>
    <message>
        <source>APAC privacy law (Australia, New Zealand, Singapore)</source>
        <translation>Lois sur la vie privée de l&apos;APAC (Australie, Nouvelle-Zélande, Singapour)</translation>
    </message>
    <message>
        <source>COPPA (children under 13)</source>
        <translation>COPPA (enfants de moins de 13 ans)</translation>
    </message>
    <message>
        <source>Unregulated (de-identified data, model artifacts)</source>
        <translation>Non réglementé (données dépersonnalisées, artefacts de modèle)</translation>
    </message>
    <message>
        <source>Other rules (custom policy or default deny)</source>
        <translation>Autres règles (politique personnalisée ou refus par défaut)</translation>
    </message>
    <message>
        <source>FERPA / state rules</source>
        <translation>FERPA / règles des États</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>RGPD</translation>
    </message>
    <message>
        <source>Canadian provincial</source>
        <translation>Provincial canadien</translation>
    </message>
    <message>
        <source>APAC privacy law</source>
        <translation>Vie privée APAC</translation>
    </message>
    <message>
        <source>COPPA</source>
        <translation>COPPA</translation>
    </message>
    <message>
        <source>Unregulated</source>
        <translation>Non réglementé</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Autres règles</translation>
    </message>
    <message>
        <source>A US district&apos;s student records stay in its own state unless a recorded consent names the target region.</source>
        <translation>Les dossiers scolaires d&apos;un district américain restent dans son État, sauf si un consentement consigné nomme la région cible.</translation>
    </message>
    <message>
        <source>EU/EEA, UK and Swiss personal data is stored and processed only in EU regions.</source>
        <translation>Les données personnelles de l&apos;UE/EEE, du Royaume-Uni et de la Suisse sont stockées et traitées uniquement dans des régions de l&apos;UE.</translation>
    </message>
    <message>
        <source>Ontario and British Columbia districts&apos; data, and Canadian personal data, stays in Canadian regions.</source>
        <translation>Les données des districts de l&apos;Ontario et de la Colombie-Britannique, et les données personnelles canadiennes, restent dans des régions canadiennes.</translation>
    </message>
    <message>
        <source>Student records of Australian, New Zealand and Singapore districts stay in APAC regions.</source>
        <translation>Les dossiers scolaires des districts d&apos;Australie, de Nouvelle-Zélande et de Singapour restent dans des régions APAC.</translation>
    </message>
    <message>
        <source>Data of children under 13 only on COPPA-certified regions or pods.</source>
        <translation>Données d&apos;enfants de moins de 13 ans uniquement dans des régions ou pods certifiés COPPA.</translation>
    </message>
    <message>
        <source>De-identified data and model artifacts may be stored anywhere.</source>
        <translation>Les données dépersonnalisées et les artefacts de modèle peuvent être stockés partout.</translation>
    </message>
    <message>
        <source>Placements judged by a rule outside the default pack, or denied because no rule allows them.</source>
        <translation>Placements jugés par une règle hors de l&apos;ensemble par défaut, ou refusés faute de règle qui les permette.</translation>
    </message>
    <message>
        <source>Student records</source>
        <translation>Dossiers scolaires</translation>
    </message>
    <message>
        <source>Children&apos;s data, under 13</source>
        <translation>Données d&apos;enfants de moins de 13 ans</translation>
    </message>
    <message>
        <source>EU personal data</source>
        <translation>Données personnelles de l&apos;UE</translation>
    </message>
    <message>
        <source>Canadian personal data</source>
        <translation>Données personnelles canadiennes</translation>
    </message>
    <message>
        <source>De-identified data</source>
        <translation>Données dépersonnalisées</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Fichiers de modèle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ComplianceSummaryModel</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Its district is compliant</source>
        <translation>Son district est conforme</translation>
    </message>
    <message numerus="yes">
        <source>All %n district(s) compliant</source>
        <translation>
            <numerusform>Le district est conforme</numerusform>
            <numerusform>Les %n districts sont conformes</numerusform>
        </translation>
    </message>
    <message>
        <source>Its district violates</source>
        <translation>Son district est en infraction</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n district(s) violate</source>
        <translation>
            <numerusform>%1 sur %n en infraction</numerusform>
            <numerusform>%1 sur %n en infraction</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit failed</source>
        <translation>Échec de l&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n infraction</numerusform>
            <numerusform>%n infractions</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Audited %1</source>
        <translation>Audité %1</translation>
    </message>
    <message>
        <source>Last audit failed: %1</source>
        <translation>Dernier audit échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Double-click for the audit report.</source>
        <translation>Double-cliquez pour le rapport d&apos;audit.</translation>
    </message>
    <message>
        <source>The law or rule set (FERPA and state rules, GDPR, Canadian provincial law, APAC privacy law, COPPA) and, under it, each district it applies to. Double-click a district, or press Enter, for its audit report.</source>
        <translation>La loi ou l&apos;ensemble de règles (FERPA et règles des États, RGPD, droit provincial canadien, lois sur la vie privée de l&apos;APAC, COPPA) et, en dessous, chaque district auquel il s&apos;applique. Double-cliquez sur un district, ou appuyez sur Entrée, pour son rapport d&apos;audit.</translation>
    </message>
    <message>
        <source>Whether every object the district keeps sits where its policy allows. A regime&apos;s row counts its districts in violation.</source>
        <translation>Si chaque objet du district se trouve là où sa politique le permet. La ligne d&apos;un régime compte ses districts en infraction.</translation>
    </message>
    <message>
        <source>Objects stored in a place the district&apos;s policy allows, on its own or through a recorded consent.</source>
        <translation>Objets stockés à un endroit que la politique du district permet, d&apos;elle-même ou par un consentement consigné.</translation>
    </message>
    <message>
        <source>Objects stored where the district&apos;s policy forbids. Each needs a migration or a consent; the audit report names the rule and the remedy.</source>
        <translation>Objets stockés là où la politique du district l&apos;interdit. Chacun demande une migration ou un consentement; le rapport d&apos;audit nomme la règle et le correctif.</translation>
    </message>
    <message>
        <source>Every object of the district&apos;s regulated data classes that the audit found, in every region&apos;s store.</source>
        <translation>Chaque objet des classes de données réglementées du district trouvé par l&apos;audit, dans le stockage de chaque région.</translation>
    </message>
    <message>
        <source>Regime / district</source>
        <translation>Régime / district</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Violating</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Safety checklist</source>
        <translation>Liste de vérification de sécurité</translation>
    </message>
    <message>
        <source>The drill fails real pods. Abort (Esc, or the Abort button) reverts every fault at any moment.</source>
        <translation>L’exercice fait défaillir de vrais pods. Interrompre (Échap ou le bouton Interrompre) annule chaque panne à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>&amp;Lancer l’exercice</translation>
    </message>
    <message>
        <source>The affected districts&apos; IT staff know a drill is planned</source>
        <translation>Le personnel TI des districts touchés sait qu’un exercice est prévu</translation>
    </message>
    <message>
        <source>Someone watches this console until the drill ends</source>
        <translation>Quelqu’un surveille cette console jusqu’à la fin de l’exercice</translation>
    </message>
    <message>
        <source>I know how to abort it, and that an abort restores everything</source>
        <translation>Je sais comment l’interrompre, et qu’une interruption rétablit tout</translation>
    </message>
    <message>
        <source>A whole region goes down. Type &amp;%1 to confirm:</source>
        <translation>Une région entière tombe. Tapez &amp;%1 pour confirmer :</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>&amp;Remember the token on this computer</source>
        <translation>&amp;Mémoriser le jeton sur cet ordinateur</translation>
    </message>
    <message>
        <source>Connect to Daemon</source>
        <translation>Connexion au démon</translation>
    </message>
    <message>
        <source>rp_… (from your administrator, or the daemon&apos;s admin.token)</source>
        <translation>rp_… (fourni par votre administrateur, ou admin.token du démon)</translation>
    </message>
    <message>
        <source>&amp;Daemon:</source>
        <translation>&amp;Démon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The console shows what the token may see: an auditor token shows only its districts and no operator actions.</source>
        <translation>La console montre ce que le jeton peut voir&#xa0;: un jeton d&apos;auditeur ne montre que ses districts et aucune action d&apos;opérateur.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Enter the daemon&apos;s address, e.g. http://127.0.0.1:7420.</source>
        <translation>Entrez l&apos;adresse du démon, p. ex. http://127.0.0.1:7420.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a daemon address; use http://HOST:PORT.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse de démon; utilisez http://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the daemon speaks http or https, not %2.</source>
        <translation>&apos;%1&apos;&#xa0;: le démon parle http ou https, pas %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a daemon address has no query or fragment.</source>
        <translation>&apos;%1&apos;&#xa0;: une adresse de démon n&apos;a ni requête ni fragment.</translation>
    </message>
    <message>
        <source>Daemon %1 accepts the token as %2.</source>
        <translation>Le démon %1 accepte le jeton comme %2.</translation>
    </message>
    <message>
        <source>Daemon %1 accepts the token as %2 of %3.</source>
        <translation>Le démon %1 accepte le jeton comme %2 de %3.</translation>
    </message>
    <message>
        <source>The daemon (version %1) answers, but every request needs a token.</source>
        <translation>Le démon (version %1) répond, mais chaque requête exige un jeton.</translation>
    </message>
    <message>
        <source>No daemon answers there: %1</source>
        <translation>Aucun démon ne répond à cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The daemon refuses this token (it is unknown or was revoked).</source>
        <translation>Le démon refuse ce jeton (inconnu ou révoqué).</translation>
    </message>
    <message>
        <source>The daemon answers, but: %1</source>
        <translation>Le démon répond, mais&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No daemon</source>
        <translation>Aucun démon</translation>
    </message>
    <message>
        <source>Daemon: %1</source>
        <translation>Démon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Event stream: %1</source>
        <translation>Flux d&apos;événements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Record a new consent</source>
        <translation>Consigner un nouveau consentement</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Consigner le consentement</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>The region the agreement names</source>
        <translation>La région que nomme l&apos;entente</translation>
    </message>
    <message>
        <source>Agreement id an auditor can look up, e.g. DPA-2026-014</source>
        <translation>Identifiant de l&apos;entente qu&apos;un auditeur peut retrouver, p. ex. DPA-2026-014</translation>
    </message>
    <message>
        <source>&amp;Data class:</source>
        <translation>Classe de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Entente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>E&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <source>Read-only: auditors can review consents but not record or revoke them.</source>
        <translation>Lecture seule&#xa0;: les auditeurs peuvent examiner les consentements, mais pas les consigner ni les révoquer.</translation>
    </message>
    <message>
        <source>Consents — %1</source>
        <translation>Consentements — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3). A consent lets one class of the district&apos;s data sit in one named region until it expires or is revoked; expired and revoked consents allow nothing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3). Un consentement permet à une classe de données du district de se trouver dans une région nommée jusqu&apos;à son expiration ou sa révocation; les consentements expirés ou révoqués ne permettent rien.</translation>
    </message>
    <message>
        <source>Revoke this consent?</source>
        <translation>Révoquer ce consentement?</translation>
    </message>
    <message>
        <source>%1 data of %2 will no longer be allowed in %3 on the strength of agreement %4. Data already there becomes a violation unless another rule allows it. This is recorded in the audit trail and cannot be undone (record a new consent instead).</source>
        <translation>Les données de la classe %1 de %2 ne seront plus permises dans %3 en vertu de l&apos;entente %4. Les données qui s&apos;y trouvent deviennent une infraction sauf si une autre règle les permet. Ceci est consigné dans la piste d&apos;audit et ne peut être annulé (consignez plutôt un nouveau consentement).</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not allowed for this token (%1)</source>
        <translation>Non permis pour ce jeton (%1)</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Allows %1 data of %2 in %3 for %5 more days (ref. %4).</source>
        <translation>Permet les données de la classe %1 de %2 dans %3 pendant encore %5 jours (réf. %4).</translation>
    </message>
    <message>
        <source>Expired on %1: allows nothing.</source>
        <translation>Expiré le %1&#xa0;: ne permet rien.</translation>
    </message>
    <message>
        <source>Revoked: allows nothing.</source>
        <translation>Révoqué&#xa0;: ne permet rien.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Could not load districts: %1</source>
        <translation>Impossible de charger les districts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load regions: %1</source>
        <translation>Impossible de charger les régions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load pods: %1</source>
        <translation>Impossible de charger les pods&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown pod</source>
        <translation>Pod inconnu</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet</source>
        <translation>%1 ne fait plus partie de la flotte</translation>
    </message>
</context>
<context>
    <name>CreatePodDialog</name>
    <message>
        <source>New Pod</source>
        <translation>Nouveau pod</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>comma-separated, e.g. COPPA, SOC2</source>
        <translation>séparées par des virgules, p. ex. COPPA, SOC2</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eplicas:</source>
        <translation>Répli&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>Mi&amp;nimum&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capacity per replica:</source>
        <translation>&amp;Capacité par réplique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model version:</source>
        <translation>Version du &amp;modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Juridiction&#xa0;:</translation>
    </message>
    <message>
        <source>Certi&amp;fications:</source>
        <translation>Certi&amp;fications&#xa0;:</translation>
    </message>
    <message>
        <source>Where the pod runs by law, when not where its region is: an edge pod in Texas served from us-east is US-TX. Routing judges residency at this place.</source>
        <translation>Là où le pod se trouve en droit, s&apos;il diffère de sa région&#xa0;: un pod périphérique au Texas servi depuis us-east est US-TX. Le routage juge la résidence à cet endroit.</translation>
    </message>
    <message>
        <source>Create &amp;Pod</source>
        <translation>Créer le &amp;pod</translation>
    </message>
    <message>
        <source>%1-%2 (the default)</source>
        <translation>%1-%2 (par défaut)</translation>
    </message>
    <message>
        <source>the region&apos;s (%1)</source>
        <translation>celle de la région (%1)</translation>
    </message>
    <message>
        <source>the region&apos;s</source>
        <translation>celle de la région</translation>
    </message>
    <message>
        <source>There is no region to create a pod in.</source>
        <translation>Il n&apos;y a aucune région où créer un pod.</translation>
    </message>
    <message>
        <source>The minimum (%1) is above the maximum (%2).</source>
        <translation>Le minimum (%1) dépasse le maximum (%2).</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2 replicas.</source>
        <translation>%1 dépasse le maximum de %2 répliques.</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2 replicas.</source>
        <translation>%1 est sous le minimum de %2 répliques.</translation>
    </message>
    <message>
        <source>Name the model version the pod serves.</source>
        <translation>Nommez la version du modèle que sert le pod.</translation>
    </message>
    <message>
        <source>A pod named %1 already exists.</source>
        <translation>Un pod nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 is a region&apos;s id; pods need ids of their own.</source>
        <translation>%1 est l&apos;identifiant d&apos;une région; les pods ont besoin de leurs propres identifiants.</translation>
    </message>
    <message>
        <source>The id may use lower-case letters, digits and &apos;-&apos; (at most 63, not starting with &apos;-&apos;).</source>
        <translation>L&apos;identifiant peut contenir des minuscules, des chiffres et «&#xa0;-&#xa0;» (63 au plus, sans commencer par «&#xa0;-&#xa0;»).</translation>
    </message>
    <message>
        <source>The jurisdiction must be an ISO 3166 code such as US-WA, CA-ON or DE.</source>
        <translation>La juridiction doit être un code ISO 3166 comme US-WA, CA-ON ou DE.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>The daemon refused: %1</source>
        <translation>Le démon a refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DaemonConnector</name>
    <message>
        <source>The daemon started on port %1 but does not answer: %2</source>
        <translation>Le démon a démarré sur le port %1 mais ne répond pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cannot reach the daemon at %1.
%2</source>
        <translation>Impossible de joindre le démon à %1.
%2</translation>
    </message>
    <message>
        <source>No daemon running; starting the bundled demo daemon (data in %1)…</source>
        <translation>Aucun démon en marche; démarrage du démon de démonstration fourni (données dans %1)…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
</context>
<context>
    <name>DaemonLauncher</name>
    <message>
        <source>Could not start the daemon %1: %2</source>
        <translation>Impossible de démarrer le démon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The daemon exited before it was ready (%1).</source>
        <translation>Le démon s&apos;est arrêté avant d&apos;être prêt (%1).</translation>
    </message>
    <message>
        <source>The bundled daemon stopped unexpectedly (%1); the console shows its last known state.</source>
        <translation>Le démon fourni s&apos;est arrêté de façon inattendue (%1); la console montre son dernier état connu.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>Daemon output:</source>
        <translation>Sortie du démon&#xa0;:</translation>
    </message>
    <message>
        <source>The daemon is already running.</source>
        <translation>Le démon est déjà en marche.</translation>
    </message>
    <message>
        <source>The bundled daemon was not found at %1. Start regionalpodsd yourself and pass --url, or reinstall the console.</source>
        <translation>Le démon fourni est introuvable à %1. Lancez regionalpodsd vous-même et passez --url, ou réinstallez la console.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le répertoire de données %1.</translation>
    </message>
    <message>
        <source>Cannot make the data directory %1 private to its owner.</source>
        <translation>Impossible de rendre le répertoire de données %1 privé à son propriétaire.</translation>
    </message>
    <message>
        <source>The daemon did not report its port within %1 s.</source>
        <translation>Le démon n&apos;a pas indiqué son port en %1 s.</translation>
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
        <translation>se ferme en sécurité</translation>
    </message>
    <message>
        <source>no compliant fallback: it stays unserved rather than leave its zone</source>
        <translation>aucun repli conforme : il reste sans service plutôt que de quitter sa zone</translation>
    </message>
    <message>
        <source>school time: %1</source>
        <translation>heures de classe : %1</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>reste</translation>
    </message>
    <message>
        <source>moves to %1</source>
        <translation>passe à %1</translation>
    </message>
    <message>
        <source>%1 → failed closed</source>
        <translation>%1 → fermé en sécurité</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unserved</source>
        <translation>sans service</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>LEFT ITS ZONE</source>
        <translation>A QUITTÉ SA ZONE</translation>
    </message>
    <message>
        <source>met targets</source>
        <translation>objectifs atteints</translation>
    </message>
    <message>
        <source>missed a target</source>
        <translation>objectif manqué</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>Actuellement sur</translation>
    </message>
    <message>
        <source>During the drill</source>
        <translation>Pendant l’exercice</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Reroute</source>
        <translation>Réacheminement</translation>
    </message>
    <message>
        <source>Served again after</source>
        <translation>Servi de nouveau après</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Sondes échouées</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>DrillMonitor</name>
    <message>
        <source>Drill restoring (%1): %2</source>
        <translation>Exercice en rétablissement (%1) : %2</translation>
    </message>
    <message>
        <source>Drill running (%1): %2</source>
        <translation>Exercice en cours (%1) : %2</translation>
    </message>
    <message>
        <source>%1 has no route</source>
        <translation>%1 n’a pas de route</translation>
    </message>
    <message>
        <source>a probe of %1 to %2 failed</source>
        <translation>une sonde de %1 vers %2 a échoué</translation>
    </message>
    <message>
        <source>%1 is served again, by %2</source>
        <translation>%1 est de nouveau servi, par %2</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 est passé à %2</translation>
    </message>
    <message>
        <source>%1 fails closed: no pod its law allows is up</source>
        <translation>%1 se ferme en sécurité : aucun pod que sa loi permet n’est disponible</translation>
    </message>
    <message>
        <source>the fleet marked %1 down</source>
        <translation>la flotte a marqué %1 comme tombé</translation>
    </message>
    <message>
        <source>faults applied</source>
        <translation>pannes appliquées</translation>
    </message>
    <message>
        <source>restoring: every fault is being reverted</source>
        <translation>rétablissement : chaque panne est annulée</translation>
    </message>
    <message>
        <source>a fault on %1 reverted and read back</source>
        <translation>une panne sur %1 annulée et vérifiée</translation>
    </message>
    <message>
        <source>restored: every fault reverted and read back</source>
        <translation>rétabli : chaque panne annulée et vérifiée</translation>
    </message>
    <message>
        <source>every district is back on its own pod</source>
        <translation>chaque district est revenu sur son propre pod</translation>
    </message>
    <message>
        <source>Pod crash</source>
        <translation>Plantage de pod</translation>
    </message>
    <message>
        <source>Pod hang (answers nothing)</source>
        <translation>Pod figé (ne répond rien)</translation>
    </message>
    <message>
        <source>Added latency</source>
        <translation>Latence ajoutée</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d’erreurs</translation>
    </message>
    <message>
        <source>Whole-region outage</source>
        <translation>Panne d’une région entière</translation>
    </message>
</context>
<context>
    <name>DrillWizard</name>
    <message>
        <source>The pods&apos; processes exit and are not restarted until the drill ends. Rehearses a crashed server.</source>
        <translation>Les processus des pods s’arrêtent et ne redémarrent pas avant la fin de l’exercice. Répète un serveur planté.</translation>
    </message>
    <message>
        <source>The pods accept connections and answer nothing. Rehearses a hung process or a network that drops: the hardest failure to see.</source>
        <translation>Les pods acceptent les connexions et ne répondent rien. Répète un processus figé ou un réseau qui perd des paquets : la panne la plus difficile à voir.</translation>
    </message>
    <message>
        <source>Every answer of the pods is late. A healthy but slow pod must not fail over.</source>
        <translation>Chaque réponse des pods arrive en retard. Un pod sain mais lent ne doit pas basculer.</translation>
    </message>
    <message>
        <source>A share of the pods&apos; answers are errors. Rehearses a bad model version or a failing dependency.</source>
        <translation>Une partie des réponses des pods sont des erreurs. Répète une mauvaise version de modèle ou une dépendance en panne.</translation>
    </message>
    <message>
        <source>Every pod of the regions goes down. Districts whose law keeps them in that region fail closed rather than leave it.</source>
        <translation>Chaque pod des régions tombe. Les districts que leur loi garde dans cette région se ferment en sécurité plutôt que d’en sortir.</translation>
    </message>
    <message>
        <source>Failover Drill</source>
        <translation>Exercice de basculement</translation>
    </message>
    <message>
        <source>Abort the drill?</source>
        <translation>Interrompre l’exercice ?</translation>
    </message>
    <message>
        <source>Drill %1 has not ended yet. Aborting reverts every fault and reads it back; the results follow here.</source>
        <translation>L’exercice %1 n’est pas encore terminé. L’interrompre annule chaque panne et la vérifie ; les résultats suivent ici.</translation>
    </message>
    <message>
        <source>&amp;Abort Drill</source>
        <translation>&amp;Interrompre l’exercice</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>DrillsComposer</name>
    <message>
        <source>New &amp;Failover Drill…</source>
        <translation>Nouvel exercice de &amp;basculement…</translation>
    </message>
    <message>
        <source>Drills need an operator or admin token</source>
        <translation>Les exercices exigent un jeton d’opérateur ou d’administrateur</translation>
    </message>
    <message>
        <source>Dri&amp;lls</source>
        <translation>Simu&amp;lations</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>%1 is now %2 (was %3)</source>
        <translation>%1 est maintenant %2 (était %3)</translation>
    </message>
    <message>
        <source>%1: replica #%2 is now %3 (was %4)</source>
        <translation>%1&#xa0;: réplique n° %2, état %3 (avant&#xa0;: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n réplique</numerusform>
            <numerusform>%n répliques</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scaled to %2</source>
        <translation>%1 mis à l&apos;échelle à %2</translation>
    </message>
    <message>
        <source>%1 created in %2 (%3, %4)</source>
        <translation>%1 créé dans %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 is draining: it takes no new traffic and is deleted once idle</source>
        <translation>%1 est en drainage&#xa0;: il ne prend plus de nouveau trafic et sera supprimé une fois inactif</translation>
    </message>
    <message>
        <source>%1 is drained for maintenance: its districts moved to other pods</source>
        <translation>%1 est drainé pour maintenance&#xa0;: ses districts sont passés à d&apos;autres pods</translation>
    </message>
    <message>
        <source>%1 takes traffic again</source>
        <translation>%1 reprend du trafic</translation>
    </message>
    <message>
        <source>%1 deleted from %2</source>
        <translation>%1 supprimé de %2</translation>
    </message>
    <message>
        <source>%1: replica #%2 stopped</source>
        <translation>%1&#xa0;: réplique n° %2 arrêtée</translation>
    </message>
    <message>
        <source>%1: replica #%2 started on port %3</source>
        <translation>%1&#xa0;: réplique n° %2 démarrée sur le port %3</translation>
    </message>
    <message>
        <source>%1: replica #%2 started</source>
        <translation>%1&#xa0;: réplique n° %2 démarrée</translation>
    </message>
    <message numerus="yes">
        <source>Migration of %1 (%2) done: %n object(s) moved</source>
        <translation>
            <numerusform>Migration de %1 (%2) terminée&#xa0;: %n objet déplacé</numerusform>
            <numerusform>Migration de %1 (%2) terminée&#xa0;: %n objets déplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration of %1 (%2) failed: %3</source>
        <translation>Migration de %1 (%2) échouée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Migration of %1 (%2) cancelled and rolled back</source>
        <translation>Migration de %1 (%2) annulée et défaite</translation>
    </message>
    <message numerus="yes">
        <source>Migration of %1 (%2): %3 of %n object(s) moved</source>
        <translation>
            <numerusform>Migration de %1 (%2)&#xa0;: %3 objet sur %n déplacé</numerusform>
            <numerusform>Migration de %1 (%2)&#xa0;: %3 des %n objets déplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>Event history was trimmed (%1): fleet reloaded</source>
        <translation>Historique des événements tronqué (%1)&#xa0;: flotte rechargée</translation>
    </message>
    <message>
        <source>Connected to the daemon&apos;s event stream</source>
        <translation>Connecté au flux d&apos;événements du démon</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 stays on %2; its traffic is now split %3 (%4)</source>
        <translation>%1 reste sur %2; son trafic est maintenant réparti %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is now served by %2 (%3)</source>
        <translation>%1 est maintenant servi par %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is no longer served by %2 (%3)</source>
        <translation>%1 n&apos;est plus servi par %2 (%3)</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 (%4)</source>
        <translation>%1 est passé de %2 à %3 (%4)</translation>
    </message>
    <message>
        <source>%1 failed closed: no healthy pod its residency policy allows (%2)</source>
        <translation>%1 bloqué par sécurité&#xa0;: aucun pod sain que sa politique de résidence permet (%2)</translation>
    </message>
    <message>
        <source>%1 is served again, by %2</source>
        <translation>%1 est de nouveau servi, par %2</translation>
    </message>
    <message>
        <source>#%1 %2
%3</source>
        <translation>n° %1 %2
%3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Drill %1: %2</source>
        <translation>Exercice %1 : %2</translation>
    </message>
    <message>
        <source>DR copy of %1 (%2) from %3 to %4 is %5 s behind (target %6 s)</source>
        <translation>La copie de relève de %1 (%2) de %3 vers %4 a %5 s de retard (cible %6 s)</translation>
    </message>
    <message>
        <source>DR copy of %1 (%2) from %3 to %4 caught up</source>
        <translation>La copie de relève de %1 (%2) de %3 vers %4 a rattrapé son retard</translation>
    </message>
</context>
<context>
    <name>EventStream</name>
    <message>
        <source>no answer to keep-alive ping</source>
        <translation>aucune réponse au ping de maintien</translation>
    </message>
</context>
<context>
    <name>EventsDock</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
</context>
<context>
    <name>FleetSummaryLabel</name>
    <message>
        <source>%1 pods · last update %2</source>
        <translation>%1 pods · mis à jour %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 pods</source>
        <translation>%1 pods</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n sain</numerusform>
            <numerusform>%n sains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradé</numerusform>
            <numerusform>%n dégradés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n défaillant</numerusform>
            <numerusform>%n défaillants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnu</numerusform>
            <numerusform>%n inconnus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthColors</name>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Regional Pods User Guide</source>
        <translation>Guide d&apos;utilisation de Regional Pods</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>en rétablissement</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>&amp;Abort Drill</source>
        <translation>&amp;Interrompre l’exercice</translation>
    </message>
    <message>
        <source>Drill running</source>
        <translation>Exercice en cours</translation>
    </message>
    <message>
        <source>Every step as the daemon sees it. Abort reverts every fault at once.</source>
        <translation>Chaque étape telle que le daemon la voit. Interrompre annule aussitôt chaque panne.</translation>
    </message>
    <message>
        <source>%v of %m s</source>
        <translation>%v sur %m s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The daemon did not start the drill: %1</source>
        <translation>Le daemon n’a pas lancé l’exercice : %1</translation>
    </message>
    <message>
        <source>Drill %1: %2</source>
        <translation>Exercice %1 : %2</translation>
    </message>
    <message>
        <source>Aborting: reverting every fault…</source>
        <translation>Interruption : annulation de chaque panne…</translation>
    </message>
    <message>
        <source>Abort refused: %1</source>
        <translation>Interruption refusée : %1</translation>
    </message>
    <message>
        <source>Districts moved: %1   Failed closed: %2   Saw a failed probe: %3</source>
        <translation>Districts déplacés : %1   Fermés en sécurité : %2   Avec une sonde échouée : %3</translation>
    </message>
    <message>
        <source>Drill ended</source>
        <translation>Exercice terminé</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
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
        <translation>Carte du monde des pods</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Connect to Daemon…</source>
        <translation>Se &amp;connecter au démon…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find Pod…</source>
        <translation>&amp;Chercher un pod…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;World View</source>
        <translation>Vue du &amp;monde</translation>
    </message>
    <message>
        <source>Fit to &amp;Pods</source>
        <translation>Ajuster aux &amp;pods</translation>
    </message>
    <message>
        <source>&amp;New Pod…</source>
        <translation>&amp;Nouveau pod…</translation>
    </message>
    <message>
        <source>Pod De&amp;tails…</source>
        <translation>&amp;Détails du pod…</translation>
    </message>
    <message>
        <source>&amp;Scale Pod…</source>
        <translation>&amp;Mettre à l&apos;échelle…</translation>
    </message>
    <message>
        <source>&amp;Delete Pod…</source>
        <translation>&amp;Supprimer le pod…</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>Panneau précé&amp;dent</translation>
    </message>
    <message>
        <source>&amp;About Regional Pods</source>
        <translation>À &amp;propos de Regional Pods</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Map &amp;Legend</source>
        <translation>&amp;Légende de la carte</translation>
    </message>
    <message>
        <source>Show Po&amp;ds Panel</source>
        <translation>Afficher le panneau P&amp;ods</translation>
    </message>
    <message>
        <source>Show &amp;Events Panel</source>
        <translation>Afficher le panneau Évé&amp;nements</translation>
    </message>
    <message>
        <source>&amp;Pod</source>
        <translation>&amp;Pod</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Loading fleet…</source>
        <translation>Chargement de la flotte…</translation>
    </message>
    <message>
        <source>Regional Pods — %1</source>
        <translation>Regional Pods — %1</translation>
    </message>
    <message>
        <source>No daemon</source>
        <translation>Aucun démon</translation>
    </message>
    <message>
        <source>Start regionalpodsd, or run the console with --url and --token pointing at a running daemon.</source>
        <translation>Lancez regionalpodsd, ou lancez la console avec --url et --token pointant vers un démon en marche.</translation>
    </message>
    <message>
        <source>Daemon stopped</source>
        <translation>Démon arrêté</translation>
    </message>
    <message>
        <source>&amp;Restart Daemon</source>
        <translation>&amp;Redémarrer le démon</translation>
    </message>
    <message>
        <source>About Regional Pods</source>
        <translation>À propos de Regional Pods</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regional Pods %1&lt;/h3&gt;&lt;p&gt;Console for ML-serving pods across regions, with residency-aware routing and failover.&lt;/p&gt;&lt;p&gt;Daemon: %2&lt;/p&gt;&lt;p&gt;Map data: Natural Earth and US Census Bureau (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regional Pods %1&lt;/h3&gt;&lt;p&gt;Console pour les pods de service ML répartis dans plusieurs régions, avec routage et basculement respectueux de la résidence des données.&lt;/p&gt;&lt;p&gt;Démon&#xa0;: %2&lt;/p&gt;&lt;p&gt;Données cartographiques&#xa0;: Natural Earth et US Census Bureau (domaine public).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>MapGeometry</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>country outlines: %1</source>
        <translation>contours des pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>US state outlines: %1</source>
        <translation>contours des États américains&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Légende de la carte</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>&amp;Move data</source>
        <translation>&amp;Déplacer les données</translation>
    </message>
    <message>
        <source>&amp;Cancel migration…</source>
        <translation>&amp;Annuler la migration…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Move district data between regions</source>
        <translation>Déplacer les données d&apos;un district entre régions</translation>
    </message>
    <message>
        <source>Region that holds the data</source>
        <translation>Région qui détient les données</translation>
    </message>
    <message>
        <source>Region to move it to</source>
        <translation>Région où les déplacer</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>D&amp;istrict&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From region:</source>
        <translation>Région d&apos;&amp;origine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To region:</source>
        <translation>Région de des&amp;tination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objects to move (all checked = everything there):</source>
        <translation>O&amp;bjets à déplacer (tous cochés = tout ce qui s&apos;y trouve)&#xa0;:</translation>
    </message>
    <message>
        <source>Closing does not stop a running migration; the daemon finishes it.</source>
        <translation>Fermer n&apos;arrête pas une migration en cours; le démon la termine.</translation>
    </message>
    <message>
        <source>Each object is copied, verified by checksum at the target and recorded in the audit trail before the source copy is deleted. The daemon checks the residency policy first: nothing moves if any object may not go to the target.</source>
        <translation>Chaque objet est copié, vérifié par somme de contrôle à la destination et consigné dans la piste d&apos;audit avant que la copie source soit supprimée. Le démon vérifie d&apos;abord la politique de résidence&#xa0;: rien ne bouge si un objet ne peut aller à la destination.</translation>
    </message>
    <message>
        <source>Choose a district, where its data is, and where it should go.</source>
        <translation>Choisissez un district, où se trouvent ses données et où elles doivent aller.</translation>
    </message>
    <message>
        <source>Looking up where %1&apos;s data is…</source>
        <translation>Recherche de l&apos;emplacement des données de %1…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>%1 has no stored data.</source>
        <translation>%1 n&apos;a aucune donnée stockée.</translation>
    </message>
    <message>
        <source>%1 — no objects left</source>
        <translation>%1 — plus aucun objet</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n object(s), %2 violating</source>
        <translation>
            <numerusform>%1 — %n objet, %2 en infraction</numerusform>
            <numerusform>%1 — %n objets, %2 en infraction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n object(s)</source>
        <translation>
            <numerusform>%1 — %n objet</numerusform>
            <numerusform>%1 — %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — violation of %3</source>
        <translation>%1 (%2) — infraction à %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Check at least one object.</source>
        <translation>Cochez au moins un objet.</translation>
    </message>
    <message>
        <source>Could not check the policy: %1</source>
        <translation>Impossible de vérifier la politique&#xa0;: %1</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>réponse trop courte</translation>
    </message>
    <message>
        <source>%1 — allowed</source>
        <translation>%1 — permis</translation>
    </message>
    <message>
        <source>%1 — refused by the policy</source>
        <translation>%1 — refusé par la politique</translation>
    </message>
    <message>
        <source>No region may hold all the checked objects.</source>
        <translation>Aucune région ne peut détenir tous les objets cochés.</translation>
    </message>
    <message>
        <source>The policy refuses %1 data in %2: rule “%3”. %4</source>
        <translation>La politique refuse les données de la classe %1 dans %2&#xa0;: règle «&#xa0;%3&#xa0;». %4</translation>
    </message>
    <message>
        <source>The policy allows every checked object in %1.</source>
        <translation>La politique permet chaque objet coché dans %1.</translation>
    </message>
    <message>
        <source>Cancel the migration?</source>
        <translation>Annuler la migration?</translation>
    </message>
    <message>
        <source>Objects not yet committed stay in %1 and their copies in %2 are removed. Objects already moved stay moved.</source>
        <translation>Les objets non encore validés restent dans %1 et leurs copies dans %2 sont retirées. Les objets déjà déplacés le restent.</translation>
    </message>
    <message>
        <source>Cancel migration</source>
        <translation>Annuler la migration</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Asking the daemon to check the policy and start…</source>
        <translation>Demande au démon de vérifier la politique et de commencer…</translation>
    </message>
    <message>
        <source>Refused: nothing was moved.</source>
        <translation>Refusé&#xa0;: rien n&apos;a été déplacé.</translation>
    </message>
    <message>
        <source>Moving %1 → %2: %3 of %4 objects done.</source>
        <translation>Déplacement %1 → %2&#xa0;: %3 des %4 objets faits.</translation>
    </message>
    <message>
        <source>Cancelling: rolling back what is not committed yet…</source>
        <translation>Annulation&#xa0;: retour en arrière de ce qui n&apos;est pas encore validé…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 objects moved to %3, verified and removed from %4. Pick a district or region to move more.</source>
        <translation>Terminé&#xa0;: %1 des %2 objets déplacés vers %3, vérifiés et retirés de %4. Choisissez un district ou une région pour en déplacer davantage.</translation>
    </message>
    <message>
        <source>Rolled back: nothing was moved; every object is still in the source region.</source>
        <translation>Défait&#xa0;: rien n&apos;a été déplacé; chaque objet est encore dans la région d&apos;origine.</translation>
    </message>
    <message>
        <source>Failed after moving %1 of %2 objects: %3</source>
        <translation>Échec après le déplacement de %1 des %2 objets&#xa0;: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>moved (verified, source removed)</source>
        <translation>déplacé (vérifié, source retirée)</translation>
    </message>
    <message>
        <source>copied and recorded, source not yet removed</source>
        <translation>copié et consigné, source pas encore retirée</translation>
    </message>
    <message>
        <source>copied and verified, not committed</source>
        <translation>copié et vérifié, non validé</translation>
    </message>
    <message>
        <source>copied, not verified</source>
        <translation>copié, non vérifié</translation>
    </message>
    <message>
        <source>rolled back (still at the source)</source>
        <translation>défait (encore à la source)</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>non déplacé</translation>
    </message>
    <message>
        <source>%p% (%1 of %2 objects)</source>
        <translation>%p % (%1 des %2 objets)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The residency policy forbids this move. %1</source>
        <translation>La politique de résidence interdit ce déplacement. %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>(field: %1)</source>
        <translation>(champ&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Checking the policy…</source>
        <translation>Vérification de la politique…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
</context>
<context>
    <name>MovementListModel</name>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 des %2 objets</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Défait</translation>
    </message>
    <message>
        <source>Migration: %1</source>
        <translation>Migration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data class: %1</source>
        <translation>Classe de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allowed by rule %1</source>
        <translation>Permis par la règle %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → vers</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daemon unreachable.&lt;/b&gt; Showing the last known state (last update %1); changes wait until it is back. Reconnecting…</source>
        <translation>&lt;b&gt;Démon injoignable.&lt;/b&gt; Affichage du dernier état connu (mis à jour %1); les changements attendent son retour. Reconnexion…</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>One &amp;pod</source>
        <translation>Un &amp;pod</translation>
    </message>
    <message>
        <source>A r&amp;egion&apos;s pods</source>
        <translation>Les pods d&apos;une ré&amp;gion</translation>
    </message>
    <message>
        <source>Override Routing of %1</source>
        <translation>Déroger au routage de %1</translation>
    </message>
    <message>
        <source>Why, for the audit trail (e.g. INC-1234 drill)</source>
        <translation>Pourquoi, pour la piste d&apos;audit (p. ex. exercice INC-1234)</translation>
    </message>
    <message>
        <source>Put &amp;in Force</source>
        <translation>Mettre en &amp;vigueur</translation>
    </message>
    <message>
        <source>Send its traffic to:</source>
        <translation>Envoyer son trafic vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <source>An override only narrows what the district&apos;s residency policy allows. It lapses by itself at the expiry; while its target is out the district is routed as without it.</source>
        <translation>Une dérogation ne fait que restreindre ce que la politique de résidence du district permet. Elle expire d&apos;elle-même à l&apos;échéance; tant que sa cible est hors service, le district est routé comme sans elle.</translation>
    </message>
    <message>
        <source>The district&apos;s policy allows no pod to pin it to.</source>
        <translation>La politique du district ne permet aucun pod où l&apos;épingler.</translation>
    </message>
    <message>
        <source>Say why: the reason goes into the audit trail.</source>
        <translation>Dites pourquoi&#xa0;: la raison va dans la piste d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message>
        <source>%1 created in %2; its replicas are starting.</source>
        <translation>%1 créé dans %2; ses répliques démarrent.</translation>
    </message>
    <message>
        <source>#%1 (pid %2, %3)</source>
        <translation>n° %1 (pid %2, %3)</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>n° %1 (%2)</translation>
    </message>
    <message>
        <source>Delete pod %1 in region %2?</source>
        <translation>Supprimer le pod %1 de la région %2?</translation>
    </message>
    <message>
        <source>It has no running replicas.</source>
        <translation>Il n&apos;a aucune réplique en marche.</translation>
    </message>
    <message>
        <source>It will be drained, then these replicas will be stopped: %1.</source>
        <translation>Il sera drainé, puis ces répliques seront arrêtées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Districts routed to it fail over to other compliant pods.</source>
        <translation>Les districts routés vers lui basculent vers d&apos;autres pods conformes.</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n replica(s)…</source>
        <translation>
            <numerusform>Mise à l&apos;échelle de %1 à %n réplique…</numerusform>
            <numerusform>Mise à l&apos;échelle de %1 à %n répliques…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling %1 failed</source>
        <translation>La mise à l&apos;échelle de %1 a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%1 scaled to %n replica(s)</source>
        <translation>
            <numerusform>%1 mis à l&apos;échelle à %n réplique</numerusform>
            <numerusform>%1 mis à l&apos;échelle à %n répliques</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pod</source>
        <translation>Supprimer le pod</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>La suppression de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 supprimé</translation>
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
        <translation>Réplique</translation>
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
        <translation>Santé</translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation>Dernière sonde</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Plus lente</translation>
    </message>
    <message>
        <source>Recent probes</source>
        <translation>Sondes récentes</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>Mettre à l&apos;é&amp;chelle…</translation>
    </message>
    <message>
        <source>D&amp;rain…</source>
        <translation>D&amp;rainer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Load now</source>
        <translation>Charge actuelle</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Replicas of the pod</source>
        <translation>Répliques du pod</translation>
    </message>
    <message>
        <source>Round trip of the newest health probe</source>
        <translation>Aller-retour de la sonde de santé la plus récente</translation>
    </message>
    <message>
        <source>Slowest round trip among the recent probes</source>
        <translation>Aller-retour le plus lent parmi les sondes récentes</translation>
    </message>
    <message>
        <source>Each bar one probe, newest on the right; tall red bars failed</source>
        <translation>Chaque barre est une sonde, la plus récente à droite; les hautes barres rouges ont échoué</translation>
    </message>
    <message>
        <source>Districts it serves</source>
        <translation>Districts qu&apos;il sert</translation>
    </message>
    <message>
        <source>Districts the pod serves</source>
        <translation>Districts que le pod sert</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>This pod no longer exists (it was deleted).</source>
        <translation>Ce pod n&apos;existe plus (il a été supprimé).</translation>
    </message>
    <message>
        <source>%1 pod in %2</source>
        <translation>Pod %1 dans %2</translation>
    </message>
    <message>
        <source>jurisdiction %1</source>
        <translation>juridiction %1</translation>
    </message>
    <message>
        <source>certified %1</source>
        <translation>certifié %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n replica(s) healthy</source>
        <translation>
            <numerusform>%1&#xa0;: %2 réplique sur %n saine</numerusform>
            <numerusform>%1&#xa0;: %2 des %n répliques saines</numerusform>
        </translation>
    </message>
    <message>
        <source>scales %1–%2, %3 req/s each</source>
        <translation>de %1 à %2 répliques, %3 req/s chacune</translation>
    </message>
    <message>
        <source>being deleted: drained, stops once idle</source>
        <translation>en suppression&#xa0;: drainé, s&apos;arrête une fois inactif</translation>
    </message>
    <message>
        <source>drained: takes no new traffic</source>
        <translation>drainé&#xa0;: ne prend aucun nouveau trafic</translation>
    </message>
    <message>
        <source>last known state (%1)</source>
        <translation>dernier état connu (%1)</translation>
    </message>
    <message>
        <source>End D&amp;rain…</source>
        <translation>Terminer le d&amp;rainage…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Health changes: %1</source>
        <translation>Changements de santé&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>échec (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>none recently</source>
        <translation>aucun récemment</translation>
    </message>
    <message>
        <source>#%1 %2 since %3</source>
        <translation>n° %1&#xa0;: état %2 depuis %3</translation>
    </message>
    <message>
        <source>Could not load the probes: %1</source>
        <translation>Impossible de charger les sondes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No replicas are running.</source>
        <translation>Aucune réplique n&apos;est en marche.</translation>
    </message>
    <message>
        <source>Probed every %1 s; no health change recorded yet.</source>
        <translation>Sondé toutes les %1 s; aucun changement de santé consigné.</translation>
    </message>
    <message>
        <source>Probed every %1 s. Health: %2.</source>
        <translation>Sondé toutes les %1 s. Santé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The routing table is not loaded yet.</source>
        <translation>La table de routage n&apos;est pas encore chargée.</translation>
    </message>
    <message>
        <source>No district sends it traffic or falls back to it.</source>
        <translation>Aucun district ne lui envoie de trafic ni ne se replie sur lui.</translation>
    </message>
    <message>
        <source>No other district falls back to it.</source>
        <translation>Aucun autre district ne se replie sur lui.</translation>
    </message>
    <message numerus="yes">
        <source>Fallback for %n more district(s): %1</source>
        <translation>
            <numerusform>Repli pour %n autre district&#xa0;: %1</numerusform>
            <numerusform>Repli pour %n autres districts&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Pas encore mesuré.</translation>
    </message>
    <message>
        <source>%1 req/s of %2 (%3 % used, %4 req/s headroom)</source>
        <translation>%1 req/s sur %2 (%3 % utilisé, marge de %4 req/s)</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <translation>%1 % d&apos;erreurs</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Non mesuré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PodMapBinder</name>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Unknown or offline</source>
        <translation>Inconnu ou hors ligne</translation>
    </message>
    <message>
        <source>%1
%2 pod in %3
Health: %4%5
Replicas: %6 healthy of %7 (range %8–%9)</source>
        <translation>%1
Pod %2 dans %3
Santé&#xa0;: %4%5
Répliques&#xa0;: %6 saines sur %7 (plage %8–%9)</translation>
    </message>
    <message>
        <source>, draining</source>
        <translation>, en drainage</translation>
    </message>
    <message>
        <source>Last known state (%1); the daemon is unreachable</source>
        <translation>Dernier état connu (%1); le démon est injoignable</translation>
    </message>
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
            <numerusform>%n défaillant</numerusform>
            <numerusform>%n défaillants</numerusform>
        </translation>
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
        <translation>Principal</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>%1 (draining)</source>
        <translation>%1 (en drainage)</translation>
    </message>
    <message>
        <source>%L1 rps</source>
        <translation>%L1 req/s</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Draining: receives no new traffic</source>
        <translation>En drainage&#xa0;: ne reçoit aucun nouveau trafic</translation>
    </message>
    <message>
        <source>%1 of %2 desired replicas healthy, %3 running; allowed range %4–%5</source>
        <translation>%1 des %2 répliques voulues saines, %3 en marche; plage permise %4–%5</translation>
    </message>
    <message>
        <source>%1 replicas × %L2 requests/s</source>
        <translation>%1 répliques × %L2 requêtes/s</translation>
    </message>
    <message>
        <source>Inherited from region %1</source>
        <translation>Héritée de la région %1</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
</context>
<context>
    <name>PodsPanel</name>
    <message>
        <source>Region filter</source>
        <translation>Filtre par région</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation>Filtre par santé</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Toute santé</translation>
    </message>
    <message>
        <source>Search pods (id, region, model, jurisdiction)…</source>
        <translation>Chercher des pods (id, région, modèle, juridiction)…</translation>
    </message>
    <message>
        <source>Search pods</source>
        <translation>Chercher des pods</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>%1 pods</source>
        <translation>%1 pods</translation>
    </message>
    <message>
        <source>%1 of %2 pods shown</source>
        <translation>%1 des %2 pods affichés</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Run in &amp;school time anyway</source>
        <translation>Lancer quand même pendant les heures de &amp;classe</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <source>What the drill would do, worked out by the daemon. Nothing has changed yet.</source>
        <translation>Ce que ferait l’exercice, calculé par le daemon. Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>Why it must run now (audited)</source>
        <translation>Pourquoi il doit avoir lieu maintenant (audité)</translation>
    </message>
    <message>
        <source>Asking the daemon…</source>
        <translation>Interrogation du daemon…</translation>
    </message>
    <message>
        <source>The daemon refused the drill: %1</source>
        <translation>Le daemon a refusé l’exercice : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) affected</source>
        <translation>
            <numerusform>%n district touché</numerusform>
            <numerusform>%n districts touchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move to another pod</source>
        <translation>
            <numerusform>%n passe à un autre pod</numerusform>
            <numerusform>%n passent à un autre pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail closed (no compliant fallback)</source>
        <translation>
            <numerusform>%n se ferme en sécurité (aucun repli conforme)</numerusform>
            <numerusform>%n se ferment en sécurité (aucun repli conforme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>To rehearse it all the same, go Back and allow %n district(s) to go unserved: they stay unserved during the drill, as their law requires.</source>
        <translation>
            <numerusform>Pour le répéter quand même, revenez en arrière et permettez que %n district reste sans service : il restera sans service pendant l’exercice, comme sa loi l’exige.</numerusform>
            <numerusform>Pour le répéter quand même, revenez en arrière et permettez que %n districts restent sans service : ils resteront sans service pendant l’exercice, comme leur loi l’exige.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeStrip</name>
    <message>
        <source>No probes yet</source>
        <translation>Aucune sonde pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Last %n probe(s), newest on the right: </source>
        <translation>
            <numerusform>Dernière sonde, la plus récente à droite&#xa0;: </numerusform>
            <numerusform>%n dernières sondes, la plus récente à droite&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message>
        <source>; slowest %1 ms</source>
        <translation>; la plus lente %1 ms</translation>
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
        <translation>Reprise après sinistre : le service n&apos;a pas encore terminé son premier balayage.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) hold data with no allowed DR place.</source>
        <translation>
            <numerusform>%n district a des données sans lieu de relève permis.</numerusform>
            <numerusform>%n districts ont des données sans lieu de relève permis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 data sets have a DR copy; %n object(s) pending, the oldest %3 s behind (target %4 s).</source>
        <translation>
            <numerusform>%1 ensembles de données sur %2 ont une copie de relève; %n objet en attente, le plus ancien avec %3 s de retard (cible %4 s).</numerusform>
            <numerusform>%1 ensembles de données sur %2 ont une copie de relève; %n objets en attente, le plus ancien avec %3 s de retard (cible %4 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data set(s) behind their lag target.</source>
        <translation>
            <numerusform>%n ensemble de données en retard sur sa cible.</numerusform>
            <numerusform>%n ensembles de données en retard sur leur cible.</numerusform>
        </translation>
    </message>
    <message>
        <source>none allowed</source>
        <translation>aucun permis</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No DR copy. Remedy: %1</source>
        <translation>Aucune copie de relève. Correctif : %1</translation>
    </message>
    <message>
        <source>Behind its lag target</source>
        <translation>En retard sur sa cible</translation>
    </message>
    <message>
        <source>Copied and verified</source>
        <translation>Copié et vérifié</translation>
    </message>
    <message>
        <source>The region whose replica store holds the DR copy: one the district&apos;s residency policy allows, never the data&apos;s own region</source>
        <translation>La région dont le magasin de répliques détient la copie de relève : une que la politique de résidence du district permet, jamais la région même des données</translation>
    </message>
    <message>
        <source>Objects with a copy read back and checked (SHA-256) at the target, of those at the source</source>
        <translation>Objets dont la copie a été relue et vérifiée (SHA-256) à la cible, sur ceux de la source</translation>
    </message>
    <message>
        <source>New, changed or deleted objects whose copy is not done yet</source>
        <translation>Objets nouveaux, modifiés ou supprimés dont la copie n&apos;est pas encore faite</translation>
    </message>
    <message>
        <source>How long the oldest change not yet copied has waited</source>
        <translation>Depuis combien de temps attend la plus ancienne modification pas encore copiée</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Catégorie de données</translation>
    </message>
    <message>
        <source>Held in</source>
        <translation>Conservé dans</translation>
    </message>
    <message>
        <source>DR copy in</source>
        <translation>Copie de relève dans</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>Copying: %n pending</source>
        <translation>
            <numerusform>Copie en cours : %n en attente</numerusform>
            <numerusform>Copie en cours : %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copie en cours</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>What was measured for each district, against the drill&apos;s targets.</source>
        <translation>Ce qui a été mesuré pour chaque district, par rapport aux objectifs de l’exercice.</translation>
    </message>
    <message>
        <source>Export Drill Report</source>
        <translation>Exporter le rapport d’exercice</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Chargement du rapport…</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>Le rapport n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Outcome: %1. %2</source>
        <translation>Issue : %1. %2</translation>
    </message>
    <message>
        <source>Residency held: no request left its district&apos;s zone.</source>
        <translation>Résidence respectée : aucune requête n’a quitté la zone de son district.</translation>
    </message>
    <message numerus="yes">
        <source>RESIDENCY VIOLATED: %n request(s) left their zone.</source>
        <translation>
            <numerusform>RÉSIDENCE VIOLÉE : %n requête a quitté sa zone.</numerusform>
            <numerusform>RÉSIDENCE VIOLÉE : %n requêtes ont quitté leur zone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored: every fault reverted and read back.</source>
        <translation>Rétabli : chaque panne annulée et vérifiée.</translation>
    </message>
    <message>
        <source>NOT RESTORED: a fault could not be read back reverted; see the ledger.</source>
        <translation>NON RÉTABLI : une panne n’a pas pu être vérifiée comme annulée ; voir le registre.</translation>
    </message>
    <message numerus="yes">
        <source>Longest time to be served again: %1 (target %2 s). %n district(s) failed closed, as the law requires.</source>
        <translation>
            <numerusform>Plus long délai avant d’être servi de nouveau : %1 (objectif %2 s). %n district s’est fermé en sécurité, comme la loi l’exige.</numerusform>
            <numerusform>Plus long délai avant d’être servi de nouveau : %1 (objectif %2 s). %n districts se sont fermés en sécurité, comme la loi l’exige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RouteState</name>
    <message>
        <source>Served</source>
        <translation>Servi</translation>
    </message>
    <message>
        <source>Failed over</source>
        <translation>Basculé</translation>
    </message>
    <message>
        <source>Failing closed</source>
        <translation>Bloqué par sécurité</translation>
    </message>
    <message>
        <source>Not routed yet</source>
        <translation>Pas encore routé</translation>
    </message>
    <message>
        <source>Failing closed: no pod its policy allows is available, so none of its requests are served</source>
        <translation>Bloqué par sécurité&#xa0;: aucun pod que sa politique permet n&apos;est disponible, donc aucune de ses requêtes n&apos;est servie</translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 in %2 (%3 %) and %n other pod(s)</source>
        <translation>
            <numerusform>Servi par %1 dans %2 (%3 %) et %n autre pod</numerusform>
            <numerusform>Servi par %1 dans %2 (%3 %) et %n autres pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Served by %1 in %2</source>
        <translation>Servi par %1 dans %2</translation>
    </message>
    <message>
        <source>%1 — failed over: a pod its policy allows is out</source>
        <translation>%1 — basculé&#xa0;: un pod que sa politique permet est hors service</translation>
    </message>
    <message>
        <source>Residency (rule %1)</source>
        <translation>Résidence (règle %1)</translation>
    </message>
    <message>
        <source>Residency: no %1 there (rule %2)</source>
        <translation>Résidence&#xa0;: classe %1 interdite à cet endroit (règle %2)</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>Pas encore sondé</translation>
    </message>
    <message>
        <source>Draining for maintenance</source>
        <translation>Drainé pour maintenance</translation>
    </message>
    <message>
        <source>Recovering: held down, then failing back gradually</source>
        <translation>En rétablissement&#xa0;: en attente, puis retour progressif</translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation>À pleine capacité</translation>
    </message>
    <message>
        <source>Ejected: most of its recent answers were errors</source>
        <translation>Éjecté&#xa0;: la plupart de ses réponses récentes étaient des erreurs</translation>
    </message>
    <message>
        <source>Allowed, but an override sends the district elsewhere</source>
        <translation>Permis, mais une dérogation envoie le district ailleurs</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>basculement</translation>
    </message>
    <message>
        <source>failback</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>drainage</translation>
    </message>
    <message>
        <source>consent changed</source>
        <translation>consentement modifié</translation>
    </message>
    <message>
        <source>policy changed</source>
        <translation>politique modifiée</translation>
    </message>
    <message>
        <source>fleet changed</source>
        <translation>flotte modifiée</translation>
    </message>
    <message>
        <source>override</source>
        <translation>dérogation</translation>
    </message>
    <message>
        <source>override removed</source>
        <translation>dérogation retirée</translation>
    </message>
    <message>
        <source>override expired</source>
        <translation>dérogation expirée</translation>
    </message>
    <message>
        <source>first health checks</source>
        <translation>premières sondes de santé</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>rééquilibrage</translation>
    </message>
    <message>
        <source>outlier ejection</source>
        <translation>éjection pour erreurs</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>measured latency</source>
        <translation>latence mesurée</translation>
    </message>
</context>
<context>
    <name>RoutingComposer</name>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>&amp;Override District…</source>
        <translation>&amp;Dérogation pour le district…</translation>
    </message>
    <message>
        <source>&amp;Remove Override…</source>
        <translation>&amp;Retirer la dérogation…</translation>
    </message>
    <message>
        <source>&amp;Drain Serving Pod…</source>
        <translation>Drainer le &amp;pod qui le sert…</translation>
    </message>
    <message>
        <source>Re&amp;load Routing Table</source>
        <translation>Re&amp;charger la table de routage</translation>
    </message>
    <message>
        <source>Ro&amp;uting</source>
        <translation>&amp;Routage</translation>
    </message>
    <message>
        <source>Show Routing &amp;Panel</source>
        <translation>Afficher le panneau &amp;Routage</translation>
    </message>
    <message>
        <source>Choose a district in the Routing panel first.</source>
        <translation>Choisissez d&apos;abord un district dans le panneau Routage.</translation>
    </message>
    <message>
        <source>Override %1 is in force.</source>
        <translation>La dérogation %1 est en vigueur.</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Retirer la dérogation</translation>
    </message>
    <message>
        <source>Remove override %1? The districts it covers are routed by their policy again at once.</source>
        <translation>Retirer la dérogation %1? Les districts qu&apos;elle couvre sont de nouveau routés selon leur politique, immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Remove Override</source>
        <translation>&amp;Retirer la dérogation</translation>
    </message>
    <message>
        <source>Override Not Removed</source>
        <translation>Dérogation non retirée</translation>
    </message>
    <message>
        <source>Override %1 removed.</source>
        <translation>Dérogation %1 retirée.</translation>
    </message>
    <message>
        <source>%1 is not in the pod list.</source>
        <translation>%1 n&apos;est pas dans la liste des pods.</translation>
    </message>
    <message>
        <source>Drain Pod</source>
        <translation>Drainer le pod</translation>
    </message>
    <message>
        <source>End Drain</source>
        <translation>Terminer le drainage</translation>
    </message>
    <message>
        <source>Drain %1 for maintenance? Routing sends it no new traffic: its districts move to the next pods their policy allows at once (or fail closed where there is none). Its replicas keep running.</source>
        <translation>Drainer %1 pour maintenance? Le routage ne lui envoie plus de nouveau trafic&#xa0;: ses districts passent immédiatement aux pods suivants que leur politique permet (ou sont bloqués par sécurité s&apos;il n&apos;y en a aucun). Ses répliques restent en marche.</translation>
    </message>
    <message>
        <source>End the drain of %1? Its districts come back with the table&apos;s next plan.</source>
        <translation>Terminer le drainage de %1? Ses districts reviennent avec le prochain plan de la table.</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>&amp;Drainer</translation>
    </message>
    <message>
        <source>&amp;End Drain</source>
        <translation>&amp;Terminer le drainage</translation>
    </message>
    <message>
        <source>Not Drained</source>
        <translation>Pas drainé</translation>
    </message>
    <message>
        <source>Drain Not Ended</source>
        <translation>Drainage non terminé</translation>
    </message>
    <message>
        <source>%1 is draining.</source>
        <translation>%1 est en drainage.</translation>
    </message>
    <message>
        <source>%1 takes traffic again.</source>
        <translation>%1 reprend du trafic.</translation>
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
        <translation>Part</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Why it takes no traffic</source>
        <translation>Pourquoi il ne prend aucun trafic</translation>
    </message>
    <message>
        <source>Overri&amp;de…</source>
        <translation>Dérogati&amp;on…</translation>
    </message>
    <message>
        <source>Remove Overrid&amp;e</source>
        <translation>Retirer la dérogat&amp;ion</translation>
    </message>
    <message>
        <source>Dra&amp;in Pod…</source>
        <translation>&amp;Drainer le pod…</translation>
    </message>
    <message>
        <source>Choose a district…</source>
        <translation>Choisir un district…</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>Dis&amp;trict&#xa0;:</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Trafic&#xa0;:</translation>
    </message>
    <message>
        <source>Fallbacks:</source>
        <translation>Replis&#xa0;:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Dérogation&#xa0;:</translation>
    </message>
    <message>
        <source>Split over pods</source>
        <translation>Répartition sur les pods</translation>
    </message>
    <message>
        <source>Pods that take none of its traffic</source>
        <translation>Pods qui ne prennent aucune part de son trafic</translation>
    </message>
    <message>
        <source>Choose a district to see where its traffic goes and why.</source>
        <translation>Choisissez un district pour voir où va son trafic et pourquoi.</translation>
    </message>
    <message>
        <source>%1 is not in the routing table yet.</source>
        <translation>%1 n&apos;est pas encore dans la table de routage.</translation>
    </message>
    <message>
        <source>Nothing the console can suggest: restore a pod its policy allows.</source>
        <translation>Rien que la console puisse suggérer&#xa0;: rétablissez un pod que sa politique permet.</translation>
    </message>
    <message>
        <source>What would fix it: %1</source>
        <translation>Ce qui corrigerait la situation&#xa0;: %1</translation>
    </message>
    <message>
        <source>none: no other pod its policy allows</source>
        <translation>aucun&#xa0;: aucun autre pod que sa politique permet</translation>
    </message>
    <message>
        <source>%1 pinned to %2 by %3 until %4: “%5”</source>
        <translation>%1 épinglé à %2 par %3 jusqu&apos;au %4&#xa0;: «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (chargement…)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not measured (the demo&apos;s synthetic clients are off)</source>
        <translation>non mesuré (les clients synthétiques de la démo sont arrêtés)</translation>
    </message>
    <message>
        <source>%1 req/s (school day: %2) · %3 sent · %4 failed · %5 slow</source>
        <translation>%1 req/s (journée scolaire&#xa0;: %2) · %3 envoyées · %4 échouées · %5 lentes</translation>
    </message>
    <message>
        <source> · %1 unserved</source>
        <translation> · %1 non servies</translation>
    </message>
    <message>
        <source>Measured from the demo&apos;s synthetic clients: requests sent over the last 10 s, what the district&apos;s school day asks for now, and since the daemon started: sent, failed (error, timeout or refused), slow (over 250 ms) and unserved (not sent while it failed closed).</source>
        <translation>Mesuré à partir des clients synthétiques de la démo&#xa0;: requêtes envoyées au cours des 10 dernières s, ce que demande la journée scolaire du district en ce moment et, depuis le démarrage du démon&#xa0;: envoyées, échouées (erreur, délai dépassé ou refus), lentes (plus de 250 ms) et non servies (non envoyées pendant le blocage par sécurité).</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>Dernier échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RoutingMapBinder</name>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Selected district&apos;s route</source>
        <translation>Route du district choisi</translation>
    </message>
    <message>
        <source>Main pod</source>
        <translation>Pod principal</translation>
    </message>
    <message>
        <source>Share of the split</source>
        <translation>Part de la répartition</translation>
    </message>
    <message>
        <source>Failed over</source>
        <translation>Basculé</translation>
    </message>
    <message>
        <source>Failing closed</source>
        <translation>Bloqué par sécurité</translation>
    </message>
    <message>
        <source>Last known route; the daemon is unreachable</source>
        <translation>Dernière route connue; le démon est injoignable</translation>
    </message>
</context>
<context>
    <name>RoutingMonitor</name>
    <message>
        <source>Could not load the routing table: %1</source>
        <translation>Impossible de charger la table de routage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load the routing overrides: %1</source>
        <translation>Impossible de charger les dérogations de routage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale %1</source>
        <translation>Mettre %1 à l&apos;échelle</translation>
    </message>
    <message>
        <source>Desired replicas</source>
        <translation>Répliques voulues</translation>
    </message>
    <message>
        <source>%1 desired, %2 healthy</source>
        <translation>%1 voulues, %2 saines</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%L1 requests/s (%2 × %L3)</source>
        <translation>%L1 requêtes/s (%2 × %L3)</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod&#xa0;:</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed range:</source>
        <translation>Plage permise&#xa0;:</translation>
    </message>
    <message>
        <source>New replicas:</source>
        <translation>Nouvelles répliques&#xa0;:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Mettre à l&apos;échelle</translation>
    </message>
    <message>
        <source>%1 is above this pod&apos;s maximum of %2.</source>
        <translation>%1 dépasse le maximum de ce pod, %2.</translation>
    </message>
    <message>
        <source>%1 is below this pod&apos;s minimum of %2.</source>
        <translation>%1 est sous le minimum de ce pod, %2.</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Added &amp;latency:</source>
        <translation>&amp;Latence ajoutée :</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>Taux d’&amp;erreurs :</translation>
    </message>
    <message>
        <source>&amp;Replicas to crash:</source>
        <translation>Répli&amp;ques à planter :</translation>
    </message>
    <message>
        <source>Scenario and blast radius</source>
        <translation>Scénario et rayon d’impact</translation>
    </message>
    <message>
        <source>What to rehearse, and which pods or regions it may hit.</source>
        <translation>Ce qu’on répète, et quels pods ou régions cela peut toucher.</translation>
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
        <translation>toutes</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>Scé&amp;nario :</translation>
    </message>
    <message>
        <source>&amp;Blast radius:</source>
        <translation>&amp;Rayon d’impact :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Districts allowed to go &amp;unserved:</source>
        <translation>Districts pouvant rester sans ser&amp;vice :</translation>
    </message>
</context>
<context>
    <name>ScreenshotCapture</name>
    <message>
        <source>the fleet did not load within %1 s</source>
        <translation>la flotte ne s&apos;est pas chargée en %1 s</translation>
    </message>
    <message>
        <source>there is no pod %1</source>
        <translation>il n&apos;y a aucun pod %1</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;AC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>TopoJsonReader</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON invalide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>not a TopoJSON topology (&quot;type&quot; must be &quot;Topology&quot;)</source>
        <translation>pas une topologie TopoJSON («&#xa0;type&#xa0;» doit valoir «&#xa0;Topology&#xa0;»)</translation>
    </message>
    <message>
        <source>the topology has no &quot;objects&quot; member</source>
        <translation>la topologie n&apos;a pas de membre «&#xa0;objects&#xa0;»</translation>
    </message>
    <message>
        <source>the topology has no &quot;arcs&quot; array</source>
        <translation>la topologie n&apos;a pas de tableau «&#xa0;arcs&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;transform&quot; needs numeric &quot;scale&quot; and &quot;translate&quot; pairs</source>
        <translation>«&#xa0;transform&#xa0;» exige des paires numériques «&#xa0;scale&#xa0;» et «&#xa0;translate&#xa0;»</translation>
    </message>
    <message>
        <source>arc %1 is not a non-empty array of positions</source>
        <translation>l&apos;arc %1 n&apos;est pas un tableau non vide de positions</translation>
    </message>
    <message>
        <source>arc %1, position %2 is not an [x, y] pair</source>
        <translation>arc %1, position %2&#xa0;: pas une paire [x, y]</translation>
    </message>
    <message>
        <source>arc %1, position %2 decodes to a non-finite coordinate</source>
        <translation>arc %1, position %2&#xa0;: donne une coordonnée non finie</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: a ring is not an array of arc indices</source>
        <translation>objet «&#xa0;%1&#xa0;»&#xa0;: un anneau n&apos;est pas un tableau d&apos;indices d&apos;arcs</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: arc reference is not an integer</source>
        <translation>objet «&#xa0;%1&#xa0;»&#xa0;: la référence d&apos;arc n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: arc index %2 out of range (the topology has %3 arcs)</source>
        <translation>objet «&#xa0;%1&#xa0;»&#xa0;: indice d&apos;arc %2 hors limites (la topologie a %3 arcs)</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: a MultiPolygon member is not an array</source>
        <translation>objet «&#xa0;%1&#xa0;»&#xa0;: un membre de MultiPolygon n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>the topology has no object &quot;%1&quot; (it has: %2)</source>
        <translation>la topologie n&apos;a pas d&apos;objet «&#xa0;%1&#xa0;» (elle a&#xa0;: %2)</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: GeometryCollections nested too deeply</source>
        <translation>objet «&#xa0;%1&#xa0;»&#xa0;: GeometryCollections imbriquées trop profondément</translation>
    </message>
</context>
<context>
    <name>WorldMapView</name>
    <message>
        <source>The world map could not be loaded: %1</source>
        <translation>La carte du monde n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <source>Pods, districts and regions on a world map</source>
        <translation>Pods, districts et régions sur une carte du monde</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Regional Pods console. Without --url it talks to the local daemon, starting the bundled demo daemon when none is running.</source>
        <translation>Console Regional Pods. Sans --url, elle parle au démon local et démarre le démon de démonstration fourni si aucun n&apos;est en marche.</translation>
    </message>
    <message>
        <source>Daemon base URL (default http://127.0.0.1:7420).</source>
        <translation>URL de base du démon (par défaut http://127.0.0.1:7420).</translation>
    </message>
    <message>
        <source>Bearer token (else $REGIONALPODS_TOKEN, settings, DIR/admin.token).</source>
        <translation>Jeton d&apos;accès (sinon $REGIONALPODS_TOKEN, les réglages, DIR/admin.token).</translation>
    </message>
    <message>
        <source>Data directory of the bundled daemon.</source>
        <translation>Répertoire de données du démon fourni.</translation>
    </message>
    <message>
        <source>Save a PNG of the loaded window to FILE and exit.</source>
        <translation>Enregistrer un PNG de la fenêtre chargée dans FILE et quitter.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for an https:// daemon.</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM pour un démon https://.</translation>
    </message>
</context>
</TS>
