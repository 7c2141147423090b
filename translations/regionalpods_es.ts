<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiClient</name>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>nothing answers at %1 (connection refused) — is the daemon running?</source>
        <translation>nada responde en %1 (conexión rechazada): ¿está en marcha el demonio?</translation>
    </message>
    <message>
        <source>host of %1 not found</source>
        <translation>no se encontró el host de %1</translation>
    </message>
    <message>
        <source>the daemon at %1 did not answer within %2 s</source>
        <translation>el demonio en %1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>the daemon at %1 closed the connection</source>
        <translation>el demonio en %1 cerró la conexión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invalid response from the daemon</source>
        <translation>Respuesta no válida del demonio</translation>
    </message>
</context>
<context>
    <name>AuditObjectModel</name>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation&lt;/b&gt; of rule %1</source>
        <translation>&lt;b&gt;Infracción&lt;/b&gt; de la regla %1</translation>
    </message>
    <message>
        <source>Allowed by rule %1</source>
        <translation>Permitido por la regla %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Remedy:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Solución:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Relies on consent %1</source>
        <translation>&lt;br&gt;Se basa en el consentimiento %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Clase de datos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Solución</translation>
    </message>
</context>
<context>
    <name>AuditReportDialog</name>
    <message>
        <source>S3 bucket %1 in %2</source>
        <translation>Bucket S3 %1 en %2</translation>
    </message>
    <message>
        <source>object store of %1</source>
        <translation>almacén de objetos de %1</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrar…</translation>
    </message>
    <message>
        <source>Record C&amp;onsent…</source>
        <translation>Registrar c&amp;onsentimiento…</translation>
    </message>
    <message>
        <source>Residency audit</source>
        <translation>Auditoría de residencia</translation>
    </message>
    <message>
        <source>Loading the audit…</source>
        <translation>Cargando la auditoría…</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>Verificación de la cadena</translation>
    </message>
    <message>
        <source>Move this district&apos;s misplaced objects to a region its policy allows</source>
        <translation>Mover los objetos mal ubicados de este distrito a una región que su política permita</translation>
    </message>
    <message>
        <source>Record the agreement that makes a placement lawful, where the rule accepts one</source>
        <translation>Registrar el acuerdo que hace legal una ubicación, cuando la regla lo admite</translation>
    </message>
    <message>
        <source>Loading the audit of %1…</source>
        <translation>Cargando la auditoría de %1…</translation>
    </message>
    <message>
        <source>Auditing %1: listing every store…</source>
        <translation>Auditando %1: listando cada almacén…</translation>
    </message>
    <message>
        <source>The audit of %1 could not be loaded: %2</source>
        <translation>No se pudo cargar la auditoría de %1: %2</translation>
    </message>
    <message>
        <source>Residency audit — %1</source>
        <translation>Auditoría de residencia — %1</translation>
    </message>
    <message>
        <source>Objects (%1, %2 violating)</source>
        <translation>Objetos (%1, %2 en infracción)</translation>
    </message>
    <message>
        <source>Objects (%1)</source>
        <translation>Objetos (%1)</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Registro de auditoría (%1)</translation>
    </message>
    <message>
        <source>Chain: intact</source>
        <translation>Cadena: intacta</translation>
    </message>
    <message>
        <source>Chain: BROKEN</source>
        <translation>Cadena: ROTA</translation>
    </message>
    <message>
        <source>Some stores could not be listed: %1</source>
        <translation>Algunos almacenes no se pudieron listar: %1</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Acción necesaria</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) (%1) · %2 compliant · %3 violating</source>
        <translation>
            <numerusform>%n objeto (%1) · %2 conforme(s) · %3 en infracción</numerusform>
            <numerusform>%n objetos (%1) · %2 conformes · %3 en infracción</numerusform>
        </translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation>generado %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;No stored data of this district was found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se encontraron datos almacenados de este distrito.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Violation: %1</source>
        <translation>Infracción: %1</translation>
    </message>
    <message>
        <source>Compliant: %1</source>
        <translation>Conforme: %1</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3) — not allowed by rule “%4” (%5).</source>
        <translation>Datos de la clase %1 almacenados en %2 (%3): no permitido por la regla «%4» (%5).</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3) — allowed by rule “%4” (%5).</source>
        <translation>Datos de la clase %1 almacenados en %2 (%3): permitido por la regla «%4» (%5).</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>the policy names no remedy</source>
        <translation>la política no indica ninguna solución</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Base jurídica:</translation>
    </message>
    <message>
        <source>Allowed thanks to consent %1.</source>
        <translation>Permitido gracias al consentimiento %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3 · modified %4</source>
        <translation>%1 · %2 · SHA-256 %3 · modificado %4</translation>
    </message>
    <message>
        <source>The audit chain is intact</source>
        <translation>La cadena de auditoría está intacta</translation>
    </message>
    <message>
        <source>The audit chain is broken</source>
        <translation>La cadena de auditoría está rota</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Registros comprobados</translation>
    </message>
    <message>
        <source>Last good record</source>
        <translation>Último registro válido</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Hash de cabeza</translation>
    </message>
    <message>
        <source>First bad record</source>
        <translation>Primer registro no válido</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Every record&apos;s hash covers the previous record&apos;s hash, so editing, removing or reordering any record breaks the chain from there on. Keep a copy of the head hash elsewhere to detect a cut-off tail.</source>
        <translation>El hash de cada registro abarca el del registro anterior, así que editar, quitar o reordenar cualquier registro rompe la cadena desde ese punto. Guarde una copia del hash de cabeza en otro lugar para detectar un final recortado.</translation>
    </message>
    <message>
        <source>No report loaded yet</source>
        <translation>Aún no hay ningún informe cargado</translation>
    </message>
    <message>
        <source>Saved the PDF report to %1</source>
        <translation>Informe PDF guardado en %1</translation>
    </message>
    <message>
        <source>Fetching the CSV from the daemon…</source>
        <translation>Obteniendo el CSV del demonio…</translation>
    </message>
    <message>
        <source>The daemon did not give the CSV: %1</source>
        <translation>El demonio no entregó el CSV: %1</translation>
    </message>
    <message>
        <source>Saved the CSV to %1</source>
        <translation>CSV guardado en %1</translation>
    </message>
    <message>
        <source>Export audit report as PDF</source>
        <translation>Exportar el informe de auditoría como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export audit objects as CSV</source>
        <translation>Exportar los objetos auditados como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditReportExporter</name>
    <message>
        <source>No stored data of %1 was found in any region.</source>
        <translation>No se encontraron datos almacenados de %1 en ninguna región.</translation>
    </message>
    <message>
        <source>The one stored object of %1 is kept where the residency policy allows.</source>
        <translation>El único objeto almacenado de %1 se guarda donde la política de residencia lo permite.</translation>
    </message>
    <message>
        <source>All %1 stored objects of %2 are kept where the residency policy allows.</source>
        <translation>Los %1 objetos almacenados de %2 se guardan donde la política de residencia lo permite.</translation>
    </message>
    <message>
        <source>1 of %1 stored objects of %2 is kept where the residency policy does not allow it. The violation below names the rule it breaks and what would fix it.</source>
        <translation>1 de los %1 objetos almacenados de %2 se guarda donde la política de residencia no lo permite. La infracción de abajo indica la regla que incumple y qué la corregiría.</translation>
    </message>
    <message>
        <source>%1 of %2 stored objects of %3 are kept where the residency policy does not allow them. Each violation below names the rule it breaks and what would fix it.</source>
        <translation>%1 de los %2 objetos almacenados de %3 se guardan donde la política de residencia no lo permite. Cada infracción de abajo indica la regla que incumple y qué la corregiría.</translation>
    </message>
    <message>
        <source>One storage location could not be checked, so this audit is incomplete.</source>
        <translation>No se pudo comprobar una ubicación de almacenamiento, así que esta auditoría está incompleta.</translation>
    </message>
    <message>
        <source>%1 storage locations could not be checked, so this audit is incomplete.</source>
        <translation>No se pudieron comprobar %1 ubicaciones de almacenamiento, así que esta auditoría está incompleta.</translation>
    </message>
    <message>
        <source>The audit trail is intact: all %1 records of the hash chain verified.</source>
        <translation>El registro de auditoría está intacto: se verificaron los %1 registros de la cadena de hashes.</translation>
    </message>
    <message>
        <source>The audit trail FAILED verification at record %1 (%2): %3. Records after it cannot be trusted until this is investigated.</source>
        <translation>El registro de auditoría FALLÓ la verificación en el registro %1 (%2): %3. Los registros posteriores no son fiables hasta que se investigue.</translation>
    </message>
    <message>
        <source>“%1” (to %2, until %3)</source>
        <translation>«%1» (a %2, hasta %3)</translation>
    </message>
    <message>
        <source>consent %1</source>
        <translation>consentimiento %1</translation>
    </message>
    <message>
        <source>Residency audit — %1</source>
        <translation>Auditoría de residencia — %1</translation>
    </message>
    <message>
        <source>Residency audit: %1</source>
        <translation>Auditoría de residencia: %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Informe generado</translation>
    </message>
    <message>
        <source>Data classes held</source>
        <translation>Clases de datos que guarda</translation>
    </message>
    <message>
        <source>Objects checked</source>
        <translation>Objetos comprobados</translation>
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
        <translation>En infracción</translation>
    </message>
    <message>
        <source>Verdict: compliant</source>
        <translation>Veredicto: conforme</translation>
    </message>
    <message>
        <source>Verdict: action needed</source>
        <translation>Veredicto: acción necesaria</translation>
    </message>
    <message>
        <source>Violations and what to do</source>
        <translation>Infracciones y qué hacer</translation>
    </message>
    <message>
        <source>None. Every object is stored where a rule allows it.</source>
        <translation>Ninguna. Cada objeto se guarda donde una regla lo permite.</translation>
    </message>
    <message>
        <source>%1 data stored in %2 (%3), which rule &quot;%4&quot; (%5) does not allow.</source>
        <translation>Datos de la clase %1 almacenados en %2 (%3), algo que la regla «%4» (%5) no permite.</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Base jurídica:</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Solución:</translation>
    </message>
    <message>
        <source>(the policy names none)</source>
        <translation>(la política no indica ninguna)</translation>
    </message>
    <message>
        <source>Placements lawful by agreement</source>
        <translation>Ubicaciones legales por acuerdo</translation>
    </message>
    <message>
        <source>These objects are stored outside the district&apos;s own zone. Each is lawful only because of the agreement named, until it expires.</source>
        <translation>Estos objetos se guardan fuera de la zona propia del distrito. Cada uno es legal solo gracias al acuerdo indicado, hasta que venza.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Almacenado en</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Storage that could not be checked</source>
        <translation>Almacenes que no se pudieron comprobar</translation>
    </message>
    <message>
        <source>All stored objects</source>
        <translation>Todos los objetos almacenados</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Clase de datos</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>No audit records name this district.</source>
        <translation>Ningún registro de auditoría menciona este distrito.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>Verificación de la cadena de auditoría</translation>
    </message>
    <message>
        <source>Last verified record: %1. Head hash: %2. Compare the head hash with a copy kept elsewhere to detect a truncated trail.</source>
        <translation>Último registro verificado: %1. Hash de cabeza: %2. Compare el hash de cabeza con una copia guardada en otro lugar para detectar un registro recortado.</translation>
    </message>
    <message>
        <source>Produced by the Regional Pods console from the daemon&apos;s report of %1.</source>
        <translation>Generado por la consola Regional Pods a partir del informe del demonio del %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Writing the PDF to %1 failed</source>
        <translation>Falló la escritura del PDF en %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>Data moved</source>
        <translation>Datos movidos</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentimiento revocado</translation>
    </message>
    <message>
        <source>Pod created</source>
        <translation>Pod creado</translation>
    </message>
    <message>
        <source>Pod scaled</source>
        <translation>Pod escalado</translation>
    </message>
    <message>
        <source>Pod deleted</source>
        <translation>Pod eliminado</translation>
    </message>
    <message>
        <source>Policy reloaded</source>
        <translation>Política recargada</translation>
    </message>
    <message>
        <source>Policy reload refused</source>
        <translation>Recarga de la política rechazada</translation>
    </message>
    <message>
        <source>Demo data seeded</source>
        <translation>Datos de demostración cargados</translation>
    </message>
    <message>
        <source>%1 data moved %2 → %3</source>
        <translation>Datos de la clase %1 movidos %2 → %3</translation>
    </message>
    <message>
        <source>%1 moved %2 → %3</source>
        <translation>%1 movido %2 → %3</translation>
    </message>
    <message>
        <source>%1 may go to %2 (ref. %3, until %4)</source>
        <translation>%1 puede ir a %2 (ref. %3, hasta %4)</translation>
    </message>
    <message>
        <source>%1 no longer consented for %2 (ref. %3)</source>
        <translation>%1 ya no tiene consentimiento para %2 (ref. %3)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>seq %1 · %2
hash %3
previous %4%5</source>
        <translation>n.º %1 · %2
hash %3
anterior %4%5</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Clase de datos</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Auditor (read-only)</source>
        <translation>Auditor (solo lectura)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Rol desconocido</translation>
    </message>
</context>
<context>
    <name>CapacityComposer</name>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Show &amp;Capacity Panel</source>
        <translation>Mostrar panel de &amp;Capacidad</translation>
    </message>
</context>
<context>
    <name>CapacityFeed</name>
    <message>
        <source>Could not load capacity: %1</source>
        <translation>No se pudo cargar la capacidad: %1</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Utilization per region (%)</source>
        <translation>Uso por región (%)</translation>
    </message>
    <message>
        <source>Requests per second, by pod</source>
        <translation>Peticiones por segundo, por pod</translation>
    </message>
    <message>
        <source>Headroom now (req/s), busiest first</source>
        <translation>Margen actual (pet/s), los más cargados primero</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>pet/s</translation>
    </message>
    <message>
        <source>Ran&amp;ge:</source>
        <translation>Inter&amp;valo:</translation>
    </message>
    <message>
        <source>Measured by scraping every replica every %1 s · updated %2</source>
        <translation>Medido consultando cada réplica cada %1 s · actualizado %2</translation>
    </message>
    <message>
        <source>Waiting for the first scrape…</source>
        <translation>Esperando la primera lectura…</translation>
    </message>
    <message numerus="yes">
        <source> · %n replica(s) could not be read</source>
        <translation>
            <numerusform> · no se pudo leer %n réplica</numerusform>
            <numerusform> · no se pudieron leer %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % used</source>
        <translation>%1: %2 % en uso</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Export Capacity Data</source>
        <translation>Exportar datos de capacidad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceClient</name>
    <message>
        <source>Unknown data class</source>
        <translation>Clase de datos desconocida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a data class the daemon knows</source>
        <translation>&apos;%1&apos; no es una clase de datos que conozca el demonio</translation>
    </message>
</context>
<context>
    <name>ComplianceComposer</name>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>&amp;Audit Report…</source>
        <translation>&amp;Informe de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Migrate Data…</source>
        <translation>&amp;Migrar datos…</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Consentimientos…</translation>
    </message>
    <message>
        <source>&amp;Re-audit All Districts</source>
        <translation>&amp;Volver a auditar todos los distritos</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Cumplimiento</translation>
    </message>
    <message>
        <source>Show Compliance &amp;Panel</source>
        <translation>Mostrar panel de Cum&amp;plimiento</translation>
    </message>
    <message>
        <source>Auditor token: read-only; only this auditor&apos;s districts are shown.</source>
        <translation>Token de auditor: solo lectura; solo se muestran los distritos de este auditor.</translation>
    </message>
    <message>
        <source>Choose a district in the Compliance panel first.</source>
        <translation>Elija primero un distrito en el panel Cumplimiento.</translation>
    </message>
    <message>
        <source>This token may not migrate data.</source>
        <translation>Este token no puede migrar datos.</translation>
    </message>
</context>
<context>
    <name>ComplianceDashboard</name>
    <message>
        <source>&amp;Audit report…</source>
        <translation>&amp;Informe de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrar…</translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Co&amp;nsentimientos…</translation>
    </message>
    <message>
        <source>Re-audit</source>
        <translation>Volver a auditar</translation>
    </message>
    <message>
        <source>&amp;Only districts in violation</source>
        <translation>&amp;Solo distritos con infracciones</translation>
    </message>
    <message>
        <source>Choose a district…</source>
        <translation>Elija un distrito…</translation>
    </message>
    <message>
        <source>The district shown on the map and used by the actions</source>
        <translation>El distrito que muestra el mapa y sobre el que actúan las acciones</translation>
    </message>
    <message>
        <source>Which of the district&apos;s data the map shades</source>
        <translation>Qué datos del distrito sombrea el mapa</translation>
    </message>
    <message>
        <source>Audit every district again</source>
        <translation>Auditar de nuevo cada distrito</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Distrito:</translation>
    </message>
    <message>
        <source>Map shows:</source>
        <translation>El mapa muestra:</translation>
    </message>
    <message>
        <source>Under each regime, list only the districts with violations</source>
        <translation>En cada régimen, listar solo los distritos con infracciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent cross-region movements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Movimientos recientes entre regiones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No data has moved between regions recently.</source>
        <translation>Ningún dato se ha movido entre regiones recientemente.</translation>
    </message>
    <message>
        <source>audit failed</source>
        <translation>auditoría fallida</translation>
    </message>
    <message>
        <source>not audited yet</source>
        <translation>aún sin auditar</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n infracción</numerusform>
            <numerusform>%n infracciones</numerusform>
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
        <translation>Todos los datos regulados</translation>
    </message>
    <message>
        <source>Waiting for the district list…</source>
        <translation>Esperando la lista de distritos…</translation>
    </message>
    <message>
        <source>This district keeps data where its policy forbids it</source>
        <translation>Este distrito guarda datos donde su política lo prohíbe</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 districts keep(s) data where their policy forbids it</source>
        <translation>
            <numerusform>%n de %1 distritos guarda datos donde su política lo prohíbe</numerusform>
            <numerusform>%n de %1 distritos guardan datos donde su política lo prohíbe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misplaced object(s).</source>
        <translation>
            <numerusform>%n objeto mal ubicado.</numerusform>
            <numerusform>%n objetos mal ubicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing districts… %1 of %2 done, no violation so far.</source>
        <translation>Auditando distritos… %1 de %2 hechos, ninguna infracción por ahora.</translation>
    </message>
    <message>
        <source>The district&apos;s data is where its policy allows.</source>
        <translation>Los datos del distrito están donde su política lo permite.</translation>
    </message>
    <message>
        <source>All %1 districts&apos; data is where their policies allow.</source>
        <translation>Los datos de los %1 distritos están donde sus políticas lo permiten.</translation>
    </message>
    <message>
        <source>auditing %1 of %2…</source>
        <translation>auditando %1 de %2…</translation>
    </message>
    <message>
        <source>audited</source>
        <translation>auditado</translation>
    </message>
    <message>
        <source>%1 of %2 districts audited</source>
        <translation>%1 de %2 distritos auditados</translation>
    </message>
    <message>
        <source>double-click a district for its report and remedies</source>
        <translation>doble clic en un distrito para ver su informe y soluciones</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;audit chain intact (%2 records)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;cadena de auditoría intacta (%2 registros)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;AUDIT CHAIN BROKEN at record %2 (%3)&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;CADENA DE AUDITORÍA ROTA en el registro %2 (%3)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Review, record and revoke the district&apos;s consents</source>
        <translation>Revisar, registrar y revocar los consentimientos del distrito</translation>
    </message>
    <message>
        <source>Review the district&apos;s consents (read-only)</source>
        <translation>Revisar los consentimientos del distrito (solo lectura)</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>Recuperación ante desastres</translation>
    </message>
    <message numerus="yes">
        <source>Disaster recovery (%n without DR)</source>
        <translation>
            <numerusform>Recuperación ante desastres (%n sin DR)</numerusform>
            <numerusform>Recuperación ante desastres (%n sin DR)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceMapOverlay</name>
    <message>
        <source>Could not load where %1&apos;s data may go: %2</source>
        <translation>No se pudo cargar adónde pueden ir los datos de %1: %2</translation>
    </message>
    <message>
        <source>Could not load the audit of %1: %2</source>
        <translation>No se pudo cargar la auditoría de %1: %2</translation>
    </message>
    <message>
        <source>1 object, VIOLATING</source>
        <translation>1 objeto, EN INFRACCIÓN</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1 VIOLATING</source>
        <translation>
            <numerusform>%n objeto, %1 EN INFRACCIÓN</numerusform>
            <numerusform>%n objetos, %1 EN INFRACCIÓN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), compliant</source>
        <translation>
            <numerusform>%n objeto, conforme</numerusform>
            <numerusform>%n objetos, conformes</numerusform>
        </translation>
    </message>
    <message>
        <source>its regulated data</source>
        <translation>sus datos regulados</translation>
    </message>
    <message>
        <source>%1: %2 may be stored in any region.</source>
        <translation>%1: cualquier región puede guardar %2.</translation>
    </message>
    <message>
        <source>%1: no region may hold %2.</source>
        <translation>%1: ninguna región puede guardar %2.</translation>
    </message>
    <message>
        <source>%1: shaded = where %2 may be stored (%3).</source>
        <translation>%1: sombreado = dónde se permite guardar %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ComplianceMonitor</name>
    <message>
        <source>Audit of %1 failed: %2</source>
        <translation>Falló la auditoría de %1: %2</translation>
    </message>
    <message>
        <source>Audit chain verification failed: %1</source>
        <translation>Falló la verificación de la cadena de auditoría: %1</translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>No se pudo cargar el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>DR replication status could not be loaded: %1</source>
        <translation>No se pudo cargar el estado de la replicación DR: %1</translation>
    </message>
</context>
<context>
    <name>ComplianceRegimes</name>
    <message>
        <source>FERPA / state student-records rules</source>
        <translation>FERPA / normas estatales sobre expedientes escolares</translation>
    </message>
    <message>
        <source>GDPR (EU/EEA, UK, Switzerland)</source>
        <translation>RGPD (UE/EEE, Reino Unido, Suiza)</translation>
    </message>
    <message>
        <source>Canadian provincial (Ontario, BC) / PIPEDA</source>
        <translation>Provincial canadiense (Ontario, BC) / PIPEDA</translation>
    </message>
    <message>
        <source>APAC privacy law (Australia, New Zealand, Singapore)</source>
        <translation>Leyes de privacidad de APAC (Australia, Nueva Zelanda, Singapur)</translation>
    </message>
    <message>
        <source>COPPA (children under 13)</source>
        <translation>COPPA (menores de 13 años)</translation>
    </message>
    <message>
        <source>Unregulated (de-identified data, model artifacts)</source>
        <translation>No regulado (datos anonimizados, artefactos de modelo)</translation>
    </message>
    <message>
        <source>Other rules (custom policy or default deny)</source>
        <translation>Otras reglas (política propia o denegación por defecto)</translation>
    </message>
    <message>
        <source>FERPA / state rules</source>
        <translation>FERPA / normas estatales</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>RGPD</translation>
    </message>
    <message>
        <source>Canadian provincial</source>
        <translation>Provincial canadiense</translation>
    </message>
    <message>
        <source>APAC privacy law</source>
        <translation>Privacidad APAC</translation>
    </message>
    <message>
        <source>COPPA</source>
        <translation>COPPA</translation>
    </message>
    <message>
        <source>Unregulated</source>
        <translation>No regulado</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Otras reglas</translation>
    </message>
    <message>
        <source>A US district&apos;s student records stay in its own state unless a recorded consent names the target region.</source>
        <translation>Los expedientes escolares de un distrito de EE. UU. se quedan en su estado salvo que un consentimiento registrado indique la región de destino.</translation>
    </message>
    <message>
        <source>EU/EEA, UK and Swiss personal data is stored and processed only in EU regions.</source>
        <translation>Los datos personales de la UE/EEE, Reino Unido y Suiza solo se almacenan y procesan en regiones de la UE.</translation>
    </message>
    <message>
        <source>Ontario and British Columbia districts&apos; data, and Canadian personal data, stays in Canadian regions.</source>
        <translation>Los datos de los distritos de Ontario y Columbia Británica, y los datos personales canadienses, se quedan en regiones canadienses.</translation>
    </message>
    <message>
        <source>Student records of Australian, New Zealand and Singapore districts stay in APAC regions.</source>
        <translation>Los expedientes escolares de los distritos de Australia, Nueva Zelanda y Singapur se quedan en regiones de APAC.</translation>
    </message>
    <message>
        <source>Data of children under 13 only on COPPA-certified regions or pods.</source>
        <translation>Datos de menores de 13 años solo en regiones o pods con certificación COPPA.</translation>
    </message>
    <message>
        <source>De-identified data and model artifacts may be stored anywhere.</source>
        <translation>Los datos anonimizados y los artefactos de modelo pueden almacenarse en cualquier lugar.</translation>
    </message>
    <message>
        <source>Placements judged by a rule outside the default pack, or denied because no rule allows them.</source>
        <translation>Ubicaciones juzgadas por una regla ajena al paquete por defecto, o denegadas porque ninguna regla las permite.</translation>
    </message>
    <message>
        <source>Student records</source>
        <translation>Expedientes escolares</translation>
    </message>
    <message>
        <source>Children&apos;s data, under 13</source>
        <translation>Datos de menores de 13 años</translation>
    </message>
    <message>
        <source>EU personal data</source>
        <translation>Datos personales de la UE</translation>
    </message>
    <message>
        <source>Canadian personal data</source>
        <translation>Datos personales canadienses</translation>
    </message>
    <message>
        <source>De-identified data</source>
        <translation>Datos anonimizados</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>Archivos de modelo</translation>
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
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Its district is compliant</source>
        <translation>Su distrito es conforme</translation>
    </message>
    <message numerus="yes">
        <source>All %n district(s) compliant</source>
        <translation>
            <numerusform>El distrito es conforme</numerusform>
            <numerusform>Los %n distritos son conformes</numerusform>
        </translation>
    </message>
    <message>
        <source>Its district violates</source>
        <translation>Su distrito incumple</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n district(s) violate</source>
        <translation>
            <numerusform>%1 de %n incumple</numerusform>
            <numerusform>%1 de %n incumplen</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit failed</source>
        <translation>Auditoría fallida</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n infracción</numerusform>
            <numerusform>%n infracciones</numerusform>
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
        <translation>Auditado %1</translation>
    </message>
    <message>
        <source>Last audit failed: %1</source>
        <translation>La última auditoría falló: %1</translation>
    </message>
    <message>
        <source>Double-click for the audit report.</source>
        <translation>Doble clic para ver el informe de auditoría.</translation>
    </message>
    <message>
        <source>The law or rule set (FERPA and state rules, GDPR, Canadian provincial law, APAC privacy law, COPPA) and, under it, each district it applies to. Double-click a district, or press Enter, for its audit report.</source>
        <translation>La ley o conjunto de reglas (FERPA y normas estatales, RGPD, ley provincial canadiense, leyes de privacidad de APAC, COPPA) y, debajo, cada distrito al que se aplica. Haga doble clic en un distrito, o pulse Intro, para ver su informe de auditoría.</translation>
    </message>
    <message>
        <source>Whether every object the district keeps sits where its policy allows. A regime&apos;s row counts its districts in violation.</source>
        <translation>Si cada objeto del distrito está donde su política lo permite. La fila de un régimen cuenta sus distritos con infracciones.</translation>
    </message>
    <message>
        <source>Objects stored in a place the district&apos;s policy allows, on its own or through a recorded consent.</source>
        <translation>Objetos almacenados en un lugar que la política del distrito permite, por sí misma o mediante un consentimiento registrado.</translation>
    </message>
    <message>
        <source>Objects stored where the district&apos;s policy forbids. Each needs a migration or a consent; the audit report names the rule and the remedy.</source>
        <translation>Objetos almacenados donde la política del distrito lo prohíbe. Cada uno necesita una migración o un consentimiento; el informe de auditoría indica la regla y la solución.</translation>
    </message>
    <message>
        <source>Every object of the district&apos;s regulated data classes that the audit found, in every region&apos;s store.</source>
        <translation>Cada objeto de las clases de datos reguladas del distrito que encontró la auditoría, en el almacén de cada región.</translation>
    </message>
    <message>
        <source>Regime / district</source>
        <translation>Régimen / distrito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Violating</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Safety checklist</source>
        <translation>Lista de seguridad</translation>
    </message>
    <message>
        <source>The drill fails real pods. Abort (Esc, or the Abort button) reverts every fault at any moment.</source>
        <translation>El simulacro hace fallar pods reales. Abortar (Esc o el botón Abortar) revierte cada fallo en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>&amp;Iniciar simulacro</translation>
    </message>
    <message>
        <source>The affected districts&apos; IT staff know a drill is planned</source>
        <translation>El personal de TI de los distritos afectados sabe que hay un simulacro previsto</translation>
    </message>
    <message>
        <source>Someone watches this console until the drill ends</source>
        <translation>Alguien vigila esta consola hasta que termine el simulacro</translation>
    </message>
    <message>
        <source>I know how to abort it, and that an abort restores everything</source>
        <translation>Sé cómo abortarlo y que abortar lo restaura todo</translation>
    </message>
    <message>
        <source>A whole region goes down. Type &amp;%1 to confirm:</source>
        <translation>Cae una región entera. Escriba &amp;%1 para confirmar:</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>&amp;Remember the token on this computer</source>
        <translation>&amp;Recordar el token en este equipo</translation>
    </message>
    <message>
        <source>Connect to Daemon</source>
        <translation>Conectar al demonio</translation>
    </message>
    <message>
        <source>rp_… (from your administrator, or the daemon&apos;s admin.token)</source>
        <translation>rp_… (de su administrador, o el admin.token del demonio)</translation>
    </message>
    <message>
        <source>&amp;Daemon:</source>
        <translation>&amp;Demonio:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>The console shows what the token may see: an auditor token shows only its districts and no operator actions.</source>
        <translation>La consola muestra lo que el token puede ver: un token de auditor muestra solo sus distritos y ninguna acción de operador.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Enter the daemon&apos;s address, e.g. http://127.0.0.1:7420.</source>
        <translation>Escriba la dirección del demonio, p. ej. http://127.0.0.1:7420.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a daemon address; use http://HOST:PORT.</source>
        <translation>&apos;%1&apos; no es una dirección de demonio; use http://HOST:PUERTO.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the daemon speaks http or https, not %2.</source>
        <translation>&apos;%1&apos;: el demonio habla http o https, no %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a daemon address has no query or fragment.</source>
        <translation>&apos;%1&apos;: una dirección de demonio no lleva consulta ni fragmento.</translation>
    </message>
    <message>
        <source>Daemon %1 accepts the token as %2.</source>
        <translation>El demonio %1 acepta el token como %2.</translation>
    </message>
    <message>
        <source>Daemon %1 accepts the token as %2 of %3.</source>
        <translation>El demonio %1 acepta el token como %2 de %3.</translation>
    </message>
    <message>
        <source>The daemon (version %1) answers, but every request needs a token.</source>
        <translation>El demonio (versión %1) responde, pero cada petición necesita un token.</translation>
    </message>
    <message>
        <source>No daemon answers there: %1</source>
        <translation>Ningún demonio responde ahí: %1</translation>
    </message>
    <message>
        <source>The daemon refuses this token (it is unknown or was revoked).</source>
        <translation>El demonio rechaza este token (es desconocido o fue revocado).</translation>
    </message>
    <message>
        <source>The daemon answers, but: %1</source>
        <translation>El demonio responde, pero: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No daemon</source>
        <translation>Sin demonio</translation>
    </message>
    <message>
        <source>Daemon: %1</source>
        <translation>Demonio: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Event stream: %1</source>
        <translation>Flujo de eventos: %1</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Record a new consent</source>
        <translation>Registrar un nuevo consentimiento</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Registrar consentimiento</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>The region the agreement names</source>
        <translation>La región que indica el acuerdo</translation>
    </message>
    <message>
        <source>Agreement id an auditor can look up, e.g. DPA-2026-014</source>
        <translation>Identificador del acuerdo que un auditor puede consultar, p. ej. DPA-2026-014</translation>
    </message>
    <message>
        <source>&amp;Data class:</source>
        <translation>Clase de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Acuerdo:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Caduca:</translation>
    </message>
    <message>
        <source>Read-only: auditors can review consents but not record or revoke them.</source>
        <translation>Solo lectura: los auditores pueden revisar los consentimientos, pero no registrarlos ni revocarlos.</translation>
    </message>
    <message>
        <source>Consents — %1</source>
        <translation>Consentimientos — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3). A consent lets one class of the district&apos;s data sit in one named region until it expires or is revoked; expired and revoked consents allow nothing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3). Un consentimiento permite que una clase de datos del distrito esté en una región concreta hasta que venza o se revoque; los consentimientos vencidos o revocados no permiten nada.</translation>
    </message>
    <message>
        <source>Revoke this consent?</source>
        <translation>¿Revocar este consentimiento?</translation>
    </message>
    <message>
        <source>%1 data of %2 will no longer be allowed in %3 on the strength of agreement %4. Data already there becomes a violation unless another rule allows it. This is recorded in the audit trail and cannot be undone (record a new consent instead).</source>
        <translation>Los datos de la clase %1 de %2 dejarán de estar permitidos en %3 en virtud del acuerdo %4. Los datos que ya estén allí pasan a ser una infracción salvo que otra regla los permita. Esto queda en el registro de auditoría y no se puede deshacer (registre un nuevo consentimiento en su lugar).</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Clase de datos</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not allowed for this token (%1)</source>
        <translation>No permitido para este token (%1)</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Allows %1 data of %2 in %3 for %5 more days (ref. %4).</source>
        <translation>Permite datos de la clase %1 de %2 en %3 durante %5 días más (ref. %4).</translation>
    </message>
    <message>
        <source>Expired on %1: allows nothing.</source>
        <translation>Venció el %1: no permite nada.</translation>
    </message>
    <message>
        <source>Revoked: allows nothing.</source>
        <translation>Revocado: no permite nada.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Clase de datos</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vencimiento</translation>
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
        <translation>No se pudieron cargar los distritos: %1</translation>
    </message>
    <message>
        <source>Could not load regions: %1</source>
        <translation>No se pudieron cargar las regiones: %1</translation>
    </message>
    <message>
        <source>Could not load pods: %1</source>
        <translation>No se pudieron cargar los pods: %1</translation>
    </message>
    <message>
        <source>Unknown pod</source>
        <translation>Pod desconocido</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet</source>
        <translation>%1 ya no está en la flota</translation>
    </message>
</context>
<context>
    <name>CreatePodDialog</name>
    <message>
        <source>New Pod</source>
        <translation>Nuevo pod</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> pet/s</translation>
    </message>
    <message>
        <source>comma-separated, e.g. COPPA, SOC2</source>
        <translation>separadas por comas, p. ej. COPPA, SOC2</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>R&amp;eplicas:</source>
        <translation>Rép&amp;licas:</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>Mí&amp;nimo:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Má&amp;ximo:</translation>
    </message>
    <message>
        <source>&amp;Capacity per replica:</source>
        <translation>&amp;Capacidad por réplica:</translation>
    </message>
    <message>
        <source>&amp;Model version:</source>
        <translation>Versión del &amp;modelo:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>Certi&amp;fications:</source>
        <translation>Certi&amp;ficaciones:</translation>
    </message>
    <message>
        <source>Where the pod runs by law, when not where its region is: an edge pod in Texas served from us-east is US-TX. Routing judges residency at this place.</source>
        <translation>Dónde está el pod a efectos legales, si no es donde está su región: un pod de borde en Texas servido desde us-east es US-TX. El enrutamiento juzga la residencia en ese lugar.</translation>
    </message>
    <message>
        <source>Create &amp;Pod</source>
        <translation>Crear &amp;pod</translation>
    </message>
    <message>
        <source>%1-%2 (the default)</source>
        <translation>%1-%2 (por defecto)</translation>
    </message>
    <message>
        <source>the region&apos;s (%1)</source>
        <translation>la de la región (%1)</translation>
    </message>
    <message>
        <source>the region&apos;s</source>
        <translation>la de la región</translation>
    </message>
    <message>
        <source>There is no region to create a pod in.</source>
        <translation>No hay ninguna región donde crear un pod.</translation>
    </message>
    <message>
        <source>The minimum (%1) is above the maximum (%2).</source>
        <translation>El mínimo (%1) supera el máximo (%2).</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2 replicas.</source>
        <translation>%1 supera el máximo de %2 réplicas.</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2 replicas.</source>
        <translation>%1 está por debajo del mínimo de %2 réplicas.</translation>
    </message>
    <message>
        <source>Name the model version the pod serves.</source>
        <translation>Indique la versión del modelo que sirve el pod.</translation>
    </message>
    <message>
        <source>A pod named %1 already exists.</source>
        <translation>Ya existe un pod llamado %1.</translation>
    </message>
    <message>
        <source>%1 is a region&apos;s id; pods need ids of their own.</source>
        <translation>%1 es el id de una región; los pods necesitan ids propios.</translation>
    </message>
    <message>
        <source>The id may use lower-case letters, digits and &apos;-&apos; (at most 63, not starting with &apos;-&apos;).</source>
        <translation>El id puede usar minúsculas, dígitos y &apos;-&apos; (63 como máximo, sin empezar por &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The jurisdiction must be an ISO 3166 code such as US-WA, CA-ON or DE.</source>
        <translation>La jurisdicción debe ser un código ISO 3166 como US-WA, CA-ON o DE.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>The daemon refused: %1</source>
        <translation>El demonio lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>DaemonConnector</name>
    <message>
        <source>The daemon started on port %1 but does not answer: %2</source>
        <translation>El demonio arrancó en el puerto %1 pero no responde: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Cannot reach the daemon at %1.
%2</source>
        <translation>No se puede contactar con el demonio en %1.
%2</translation>
    </message>
    <message>
        <source>No daemon running; starting the bundled demo daemon (data in %1)…</source>
        <translation>No hay ningún demonio en marcha; iniciando el demonio de demostración incluido (datos en %1)…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
</context>
<context>
    <name>DaemonLauncher</name>
    <message>
        <source>Could not start the daemon %1: %2</source>
        <translation>No se pudo iniciar el demonio %1: %2</translation>
    </message>
    <message>
        <source>The daemon exited before it was ready (%1).</source>
        <translation>El demonio terminó antes de estar listo (%1).</translation>
    </message>
    <message>
        <source>The bundled daemon stopped unexpectedly (%1); the console shows its last known state.</source>
        <translation>El demonio incluido se detuvo de forma inesperada (%1); la consola muestra su último estado conocido.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>se bloqueó</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>Daemon output:</source>
        <translation>Salida del demonio:</translation>
    </message>
    <message>
        <source>The daemon is already running.</source>
        <translation>El demonio ya está en marcha.</translation>
    </message>
    <message>
        <source>The bundled daemon was not found at %1. Start regionalpodsd yourself and pass --url, or reinstall the console.</source>
        <translation>No se encontró el demonio incluido en %1. Inicie regionalpodsd usted mismo y pase --url, o reinstale la consola.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <source>Cannot make the data directory %1 private to its owner.</source>
        <translation>No se puede hacer privado para su propietario el directorio de datos %1.</translation>
    </message>
    <message>
        <source>The daemon did not report its port within %1 s.</source>
        <translation>El demonio no indicó su puerto en %1 s.</translation>
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
        <translation>cierra en seguro</translation>
    </message>
    <message>
        <source>no compliant fallback: it stays unserved rather than leave its zone</source>
        <translation>sin respaldo conforme: queda sin servicio antes que salir de su zona</translation>
    </message>
    <message>
        <source>school time: %1</source>
        <translation>horario escolar: %1</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>se queda</translation>
    </message>
    <message>
        <source>moves to %1</source>
        <translation>pasa a %1</translation>
    </message>
    <message>
        <source>%1 → failed closed</source>
        <translation>%1 → cerrado en seguro</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unserved</source>
        <translation>sin servicio</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>LEFT ITS ZONE</source>
        <translation>SALIÓ DE SU ZONA</translation>
    </message>
    <message>
        <source>met targets</source>
        <translation>objetivos cumplidos</translation>
    </message>
    <message>
        <source>missed a target</source>
        <translation>objetivo incumplido</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>Ahora en</translation>
    </message>
    <message>
        <source>During the drill</source>
        <translation>Durante el simulacro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Reroute</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Served again after</source>
        <translation>Servido de nuevo tras</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Sondas fallidas</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
</context>
<context>
    <name>DrillMonitor</name>
    <message>
        <source>Drill restoring (%1): %2</source>
        <translation>Simulacro restaurando (%1): %2</translation>
    </message>
    <message>
        <source>Drill running (%1): %2</source>
        <translation>Simulacro en curso (%1): %2</translation>
    </message>
    <message>
        <source>%1 has no route</source>
        <translation>%1 no tiene ruta</translation>
    </message>
    <message>
        <source>a probe of %1 to %2 failed</source>
        <translation>una sonda de %1 a %2 falló</translation>
    </message>
    <message>
        <source>%1 is served again, by %2</source>
        <translation>%1 vuelve a tener servicio, de %2</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 pasó a %2</translation>
    </message>
    <message>
        <source>%1 fails closed: no pod its law allows is up</source>
        <translation>%1 cierra en seguro: ningún pod que su ley permite está disponible</translation>
    </message>
    <message>
        <source>the fleet marked %1 down</source>
        <translation>la flota marcó %1 como caído</translation>
    </message>
    <message>
        <source>faults applied</source>
        <translation>fallos aplicados</translation>
    </message>
    <message>
        <source>restoring: every fault is being reverted</source>
        <translation>restaurando: se revierte cada fallo</translation>
    </message>
    <message>
        <source>a fault on %1 reverted and read back</source>
        <translation>un fallo en %1 revertido y comprobado</translation>
    </message>
    <message>
        <source>restored: every fault reverted and read back</source>
        <translation>restaurado: cada fallo revertido y comprobado</translation>
    </message>
    <message>
        <source>every district is back on its own pod</source>
        <translation>cada distrito ha vuelto a su propio pod</translation>
    </message>
    <message>
        <source>Pod crash</source>
        <translation>Caída de pod</translation>
    </message>
    <message>
        <source>Pod hang (answers nothing)</source>
        <translation>Pod colgado (no responde)</translation>
    </message>
    <message>
        <source>Added latency</source>
        <translation>Latencia añadida</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <source>Whole-region outage</source>
        <translation>Caída de una región entera</translation>
    </message>
</context>
<context>
    <name>DrillWizard</name>
    <message>
        <source>The pods&apos; processes exit and are not restarted until the drill ends. Rehearses a crashed server.</source>
        <translation>Los procesos de los pods terminan y no se reinician hasta que acabe el simulacro. Ensaya un servidor caído.</translation>
    </message>
    <message>
        <source>The pods accept connections and answer nothing. Rehearses a hung process or a network that drops: the hardest failure to see.</source>
        <translation>Los pods aceptan conexiones y no responden nada. Ensaya un proceso colgado o una red que descarta paquetes: el fallo más difícil de ver.</translation>
    </message>
    <message>
        <source>Every answer of the pods is late. A healthy but slow pod must not fail over.</source>
        <translation>Cada respuesta de los pods llega tarde. Un pod sano pero lento no debe conmutar.</translation>
    </message>
    <message>
        <source>A share of the pods&apos; answers are errors. Rehearses a bad model version or a failing dependency.</source>
        <translation>Una parte de las respuestas de los pods son errores. Ensaya una versión de modelo defectuosa o una dependencia que falla.</translation>
    </message>
    <message>
        <source>Every pod of the regions goes down. Districts whose law keeps them in that region fail closed rather than leave it.</source>
        <translation>Cae cada pod de las regiones. Los distritos cuya ley los mantiene en esa región cierran en seguro antes que salir de ella.</translation>
    </message>
    <message>
        <source>Failover Drill</source>
        <translation>Simulacro de conmutación</translation>
    </message>
    <message>
        <source>Abort the drill?</source>
        <translation>¿Abortar el simulacro?</translation>
    </message>
    <message>
        <source>Drill %1 has not ended yet. Aborting reverts every fault and reads it back; the results follow here.</source>
        <translation>El simulacro %1 aún no ha terminado. Abortar revierte cada fallo y lo comprueba; los resultados aparecen aquí.</translation>
    </message>
    <message>
        <source>&amp;Abort Drill</source>
        <translation>&amp;Abortar simulacro</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Seguir ejecutando</translation>
    </message>
</context>
<context>
    <name>DrillsComposer</name>
    <message>
        <source>New &amp;Failover Drill…</source>
        <translation>Nuevo simulacro de &amp;conmutación…</translation>
    </message>
    <message>
        <source>Drills need an operator or admin token</source>
        <translation>Los simulacros necesitan un token de operador o de administrador</translation>
    </message>
    <message>
        <source>Dri&amp;lls</source>
        <translation>Simu&amp;lacros</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>%1 is now %2 (was %3)</source>
        <translation>%1 ahora está %2 (antes %3)</translation>
    </message>
    <message>
        <source>%1: replica #%2 is now %3 (was %4)</source>
        <translation>%1: réplica n.º %2, estado %3 (antes: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n réplica</numerusform>
            <numerusform>%n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scaled to %2</source>
        <translation>%1 escalado a %2</translation>
    </message>
    <message>
        <source>%1 created in %2 (%3, %4)</source>
        <translation>%1 creado en %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 is draining: it takes no new traffic and is deleted once idle</source>
        <translation>%1 se está drenando: no acepta tráfico nuevo y se eliminará cuando quede inactivo</translation>
    </message>
    <message>
        <source>%1 is drained for maintenance: its districts moved to other pods</source>
        <translation>%1 está drenado por mantenimiento: sus distritos pasaron a otros pods</translation>
    </message>
    <message>
        <source>%1 takes traffic again</source>
        <translation>%1 vuelve a recibir tráfico</translation>
    </message>
    <message>
        <source>%1 deleted from %2</source>
        <translation>%1 eliminado de %2</translation>
    </message>
    <message>
        <source>%1: replica #%2 stopped</source>
        <translation>%1: réplica n.º %2 detenida</translation>
    </message>
    <message>
        <source>%1: replica #%2 started on port %3</source>
        <translation>%1: réplica n.º %2 iniciada en el puerto %3</translation>
    </message>
    <message>
        <source>%1: replica #%2 started</source>
        <translation>%1: réplica n.º %2 iniciada</translation>
    </message>
    <message numerus="yes">
        <source>Migration of %1 (%2) done: %n object(s) moved</source>
        <translation>
            <numerusform>Migración de %1 (%2) terminada: %n objeto movido</numerusform>
            <numerusform>Migración de %1 (%2) terminada: %n objetos movidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration of %1 (%2) failed: %3</source>
        <translation>Migración de %1 (%2) fallida: %3</translation>
    </message>
    <message>
        <source>Migration of %1 (%2) cancelled and rolled back</source>
        <translation>Migración de %1 (%2) cancelada y revertida</translation>
    </message>
    <message numerus="yes">
        <source>Migration of %1 (%2): %3 of %n object(s) moved</source>
        <translation>
            <numerusform>Migración de %1 (%2): %3 de %n objeto movido</numerusform>
            <numerusform>Migración de %1 (%2): %3 de %n objetos movidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Event history was trimmed (%1): fleet reloaded</source>
        <translation>Historial de eventos recortado (%1): flota recargada</translation>
    </message>
    <message>
        <source>Connected to the daemon&apos;s event stream</source>
        <translation>Conectado al flujo de eventos del demonio</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 stays on %2; its traffic is now split %3 (%4)</source>
        <translation>%1 sigue en %2; su tráfico ahora se reparte %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is now served by %2 (%3)</source>
        <translation>%1 ahora lo sirve %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is no longer served by %2 (%3)</source>
        <translation>%1 ya no lo sirve %2 (%3)</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 (%4)</source>
        <translation>%1 pasó de %2 a %3 (%4)</translation>
    </message>
    <message>
        <source>%1 failed closed: no healthy pod its residency policy allows (%2)</source>
        <translation>%1 bloqueado por seguridad: ningún pod sano que su política de residencia permita (%2)</translation>
    </message>
    <message>
        <source>%1 is served again, by %2</source>
        <translation>%1 vuelve a estar servido, por %2</translation>
    </message>
    <message>
        <source>#%1 %2
%3</source>
        <translation>n.º %1 %2
%3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Drill %1: %2</source>
        <translation>Simulacro %1: %2</translation>
    </message>
    <message>
        <source>DR copy of %1 (%2) from %3 to %4 is %5 s behind (target %6 s)</source>
        <translation>La copia DR de %1 (%2) de %3 a %4 lleva %5 s de retraso (objetivo %6 s)</translation>
    </message>
    <message>
        <source>DR copy of %1 (%2) from %3 to %4 caught up</source>
        <translation>La copia DR de %1 (%2) de %3 a %4 se ha puesto al día</translation>
    </message>
</context>
<context>
    <name>EventStream</name>
    <message>
        <source>no answer to keep-alive ping</source>
        <translation>sin respuesta al ping de mantenimiento</translation>
    </message>
</context>
<context>
    <name>EventsDock</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
</context>
<context>
    <name>FleetSummaryLabel</name>
    <message>
        <source>%1 pods · last update %2</source>
        <translation>%1 pods · actualizado %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 pods</source>
        <translation>%1 pods</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n sano</numerusform>
            <numerusform>%n sanos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degradado</numerusform>
            <numerusform>%n degradados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n con fallos</numerusform>
            <numerusform>%n con fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconocido</numerusform>
            <numerusform>%n desconocidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthColors</name>
    <message>
        <source>Healthy</source>
        <translation>Sano</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Con fallos</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Regional Pods User Guide</source>
        <translation>Guía del usuario de Regional Pods</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>Í&amp;ndice</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>restaurando</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>&amp;Abort Drill</source>
        <translation>&amp;Abortar simulacro</translation>
    </message>
    <message>
        <source>Drill running</source>
        <translation>Simulacro en curso</translation>
    </message>
    <message>
        <source>Every step as the daemon sees it. Abort reverts every fault at once.</source>
        <translation>Cada paso tal como lo ve el daemon. Abortar revierte cada fallo de inmediato.</translation>
    </message>
    <message>
        <source>%v of %m s</source>
        <translation>%v de %m s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>The daemon did not start the drill: %1</source>
        <translation>El daemon no inició el simulacro: %1</translation>
    </message>
    <message>
        <source>Drill %1: %2</source>
        <translation>Simulacro %1: %2</translation>
    </message>
    <message>
        <source>Aborting: reverting every fault…</source>
        <translation>Abortando: revirtiendo cada fallo…</translation>
    </message>
    <message>
        <source>Abort refused: %1</source>
        <translation>Aborto rechazado: %1</translation>
    </message>
    <message>
        <source>Districts moved: %1   Failed closed: %2   Saw a failed probe: %3</source>
        <translation>Distritos movidos: %1   Cerrados en seguro: %2   Con una sonda fallida: %3</translation>
    </message>
    <message>
        <source>Drill ended</source>
        <translation>Simulacro terminado</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
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
        <translation>Mapa mundial de los pods</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Connect to Daemon…</source>
        <translation>&amp;Conectar al demonio…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find Pod…</source>
        <translation>&amp;Buscar pod…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;World View</source>
        <translation>&amp;Vista mundial</translation>
    </message>
    <message>
        <source>Fit to &amp;Pods</source>
        <translation>&amp;Ajustar a los pods</translation>
    </message>
    <message>
        <source>&amp;New Pod…</source>
        <translation>&amp;Nuevo pod…</translation>
    </message>
    <message>
        <source>Pod De&amp;tails…</source>
        <translation>De&amp;talles del pod…</translation>
    </message>
    <message>
        <source>&amp;Scale Pod…</source>
        <translation>&amp;Escalar pod…</translation>
    </message>
    <message>
        <source>&amp;Delete Pod…</source>
        <translation>E&amp;liminar pod…</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>Panel an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;About Regional Pods</source>
        <translation>&amp;Acerca de Regional Pods</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Map &amp;Legend</source>
        <translation>&amp;Leyenda del mapa</translation>
    </message>
    <message>
        <source>Show Po&amp;ds Panel</source>
        <translation>Mostrar panel de P&amp;ods</translation>
    </message>
    <message>
        <source>Show &amp;Events Panel</source>
        <translation>Mostrar panel de &amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Pod</source>
        <translation>&amp;Pod</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Loading fleet…</source>
        <translation>Cargando la flota…</translation>
    </message>
    <message>
        <source>Regional Pods — %1</source>
        <translation>Regional Pods — %1</translation>
    </message>
    <message>
        <source>No daemon</source>
        <translation>Sin demonio</translation>
    </message>
    <message>
        <source>Start regionalpodsd, or run the console with --url and --token pointing at a running daemon.</source>
        <translation>Inicie regionalpodsd, o ejecute la consola con --url y --token apuntando a un demonio en marcha.</translation>
    </message>
    <message>
        <source>Daemon stopped</source>
        <translation>Demonio detenido</translation>
    </message>
    <message>
        <source>&amp;Restart Daemon</source>
        <translation>&amp;Reiniciar el demonio</translation>
    </message>
    <message>
        <source>About Regional Pods</source>
        <translation>Acerca de Regional Pods</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regional Pods %1&lt;/h3&gt;&lt;p&gt;Console for ML-serving pods across regions, with residency-aware routing and failover.&lt;/p&gt;&lt;p&gt;Daemon: %2&lt;/p&gt;&lt;p&gt;Map data: Natural Earth and US Census Bureau (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regional Pods %1&lt;/h3&gt;&lt;p&gt;Consola para pods de servicio de ML en varias regiones, con enrutamiento y conmutación por error que respetan la residencia de los datos.&lt;/p&gt;&lt;p&gt;Demonio: %2&lt;/p&gt;&lt;p&gt;Datos del mapa: Natural Earth y US Census Bureau (dominio público).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>MapGeometry</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>country outlines: %1</source>
        <translation>contornos de países: %1</translation>
    </message>
    <message>
        <source>US state outlines: %1</source>
        <translation>contornos de estados de EE. UU.: %1</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Leyenda del mapa</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>&amp;Move data</source>
        <translation>&amp;Mover datos</translation>
    </message>
    <message>
        <source>&amp;Cancel migration…</source>
        <translation>&amp;Cancelar migración…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Move district data between regions</source>
        <translation>Mover datos de un distrito entre regiones</translation>
    </message>
    <message>
        <source>Region that holds the data</source>
        <translation>Región que guarda los datos</translation>
    </message>
    <message>
        <source>Region to move it to</source>
        <translation>Región a la que moverlos</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>D&amp;istrito:</translation>
    </message>
    <message>
        <source>&amp;From region:</source>
        <translation>Región de &amp;origen:</translation>
    </message>
    <message>
        <source>&amp;To region:</source>
        <translation>Región de des&amp;tino:</translation>
    </message>
    <message>
        <source>&amp;Objects to move (all checked = everything there):</source>
        <translation>O&amp;bjetos a mover (todos marcados = todo lo que hay allí):</translation>
    </message>
    <message>
        <source>Closing does not stop a running migration; the daemon finishes it.</source>
        <translation>Cerrar no detiene una migración en curso; el demonio la termina.</translation>
    </message>
    <message>
        <source>Each object is copied, verified by checksum at the target and recorded in the audit trail before the source copy is deleted. The daemon checks the residency policy first: nothing moves if any object may not go to the target.</source>
        <translation>Cada objeto se copia, se verifica con una suma de comprobación en el destino y se registra en el registro de auditoría antes de borrar la copia de origen. El demonio comprueba primero la política de residencia: nada se mueve si algún objeto no puede ir al destino.</translation>
    </message>
    <message>
        <source>Choose a district, where its data is, and where it should go.</source>
        <translation>Elija un distrito, dónde están sus datos y adónde deben ir.</translation>
    </message>
    <message>
        <source>Looking up where %1&apos;s data is…</source>
        <translation>Buscando dónde están los datos de %1…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>%1 has no stored data.</source>
        <translation>%1 no tiene datos almacenados.</translation>
    </message>
    <message>
        <source>%1 — no objects left</source>
        <translation>%1 — no quedan objetos</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n object(s), %2 violating</source>
        <translation>
            <numerusform>%1 — %n objeto, %2 en infracción</numerusform>
            <numerusform>%1 — %n objetos, %2 en infracción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n object(s)</source>
        <translation>
            <numerusform>%1 — %n objeto</numerusform>
            <numerusform>%1 — %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — violation of %3</source>
        <translation>%1 (%2) — infracción de %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Check at least one object.</source>
        <translation>Marque al menos un objeto.</translation>
    </message>
    <message>
        <source>Could not check the policy: %1</source>
        <translation>No se pudo comprobar la política: %1</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>respuesta demasiado corta</translation>
    </message>
    <message>
        <source>%1 — allowed</source>
        <translation>%1 — permitido</translation>
    </message>
    <message>
        <source>%1 — refused by the policy</source>
        <translation>%1 — rechazado por la política</translation>
    </message>
    <message>
        <source>No region may hold all the checked objects.</source>
        <translation>Ninguna región puede guardar todos los objetos marcados.</translation>
    </message>
    <message>
        <source>The policy refuses %1 data in %2: rule “%3”. %4</source>
        <translation>La política rechaza datos de la clase %1 en %2: regla «%3». %4</translation>
    </message>
    <message>
        <source>The policy allows every checked object in %1.</source>
        <translation>La política permite cada objeto marcado en %1.</translation>
    </message>
    <message>
        <source>Cancel the migration?</source>
        <translation>¿Cancelar la migración?</translation>
    </message>
    <message>
        <source>Objects not yet committed stay in %1 and their copies in %2 are removed. Objects already moved stay moved.</source>
        <translation>Los objetos aún no confirmados se quedan en %1 y sus copias en %2 se borran. Los objetos ya movidos siguen movidos.</translation>
    </message>
    <message>
        <source>Cancel migration</source>
        <translation>Cancelar migración</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Seguir moviendo</translation>
    </message>
    <message>
        <source>Asking the daemon to check the policy and start…</source>
        <translation>Pidiendo al demonio que compruebe la política y empiece…</translation>
    </message>
    <message>
        <source>Refused: nothing was moved.</source>
        <translation>Rechazado: no se movió nada.</translation>
    </message>
    <message>
        <source>Moving %1 → %2: %3 of %4 objects done.</source>
        <translation>Moviendo %1 → %2: %3 de %4 objetos hechos.</translation>
    </message>
    <message>
        <source>Cancelling: rolling back what is not committed yet…</source>
        <translation>Cancelando: revirtiendo lo que aún no está confirmado…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 objects moved to %3, verified and removed from %4. Pick a district or region to move more.</source>
        <translation>Hecho: %1 de %2 objetos movidos a %3, verificados y borrados de %4. Elija un distrito o una región para mover más.</translation>
    </message>
    <message>
        <source>Rolled back: nothing was moved; every object is still in the source region.</source>
        <translation>Revertido: no se movió nada; cada objeto sigue en la región de origen.</translation>
    </message>
    <message>
        <source>Failed after moving %1 of %2 objects: %3</source>
        <translation>Falló tras mover %1 de %2 objetos: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo</translation>
    </message>
    <message>
        <source>moved (verified, source removed)</source>
        <translation>movido (verificado, origen borrado)</translation>
    </message>
    <message>
        <source>copied and recorded, source not yet removed</source>
        <translation>copiado y registrado, origen aún sin borrar</translation>
    </message>
    <message>
        <source>copied and verified, not committed</source>
        <translation>copiado y verificado, sin confirmar</translation>
    </message>
    <message>
        <source>copied, not verified</source>
        <translation>copiado, sin verificar</translation>
    </message>
    <message>
        <source>rolled back (still at the source)</source>
        <translation>revertido (sigue en el origen)</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>sin mover</translation>
    </message>
    <message>
        <source>%p% (%1 of %2 objects)</source>
        <translation>%p % (%1 de %2 objetos)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The residency policy forbids this move. %1</source>
        <translation>La política de residencia prohíbe este movimiento. %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflicto: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <source>(field: %1)</source>
        <translation>(campo: %1)</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Checking the policy…</source>
        <translation>Comprobando la política…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Moviendo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Revertida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
</context>
<context>
    <name>MovementListModel</name>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 de %2 objetos</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Migration: %1</source>
        <translation>Migración: %1</translation>
    </message>
    <message>
        <source>Data class: %1</source>
        <translation>Clase de datos: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Allowed by rule %1</source>
        <translation>Permitido por la regla %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daemon unreachable.&lt;/b&gt; Showing the last known state (last update %1); changes wait until it is back. Reconnecting…</source>
        <translation>&lt;b&gt;Demonio inaccesible.&lt;/b&gt; Se muestra el último estado conocido (actualizado %1); los cambios esperan a que vuelva. Reconectando…</translation>
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
        <translation>Los pods de una r&amp;egión</translation>
    </message>
    <message>
        <source>Override Routing of %1</source>
        <translation>Excepción de enrutamiento de %1</translation>
    </message>
    <message>
        <source>Why, for the audit trail (e.g. INC-1234 drill)</source>
        <translation>Por qué, para el registro de auditoría (p. ej. simulacro INC-1234)</translation>
    </message>
    <message>
        <source>Put &amp;in Force</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Send its traffic to:</source>
        <translation>Enviar su tráfico a:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>An override only narrows what the district&apos;s residency policy allows. It lapses by itself at the expiry; while its target is out the district is routed as without it.</source>
        <translation>Una excepción solo restringe lo que permite la política de residencia del distrito. Caduca sola al vencer; mientras su destino esté fuera de servicio, el distrito se enruta como si no existiera.</translation>
    </message>
    <message>
        <source>The district&apos;s policy allows no pod to pin it to.</source>
        <translation>La política del distrito no permite ningún pod al que fijarlo.</translation>
    </message>
    <message>
        <source>Say why: the reason goes into the audit trail.</source>
        <translation>Indique el motivo: queda en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message>
        <source>%1 created in %2; its replicas are starting.</source>
        <translation>%1 creado en %2; sus réplicas se están iniciando.</translation>
    </message>
    <message>
        <source>#%1 (pid %2, %3)</source>
        <translation>n.º %1 (pid %2, %3)</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>n.º %1 (%2)</translation>
    </message>
    <message>
        <source>Delete pod %1 in region %2?</source>
        <translation>¿Eliminar el pod %1 de la región %2?</translation>
    </message>
    <message>
        <source>It has no running replicas.</source>
        <translation>No tiene réplicas en marcha.</translation>
    </message>
    <message>
        <source>It will be drained, then these replicas will be stopped: %1.</source>
        <translation>Se drenará y luego se detendrán estas réplicas: %1.</translation>
    </message>
    <message>
        <source>Districts routed to it fail over to other compliant pods.</source>
        <translation>Los distritos enrutados a él pasan a otros pods conformes.</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n replica(s)…</source>
        <translation>
            <numerusform>Escalando %1 a %n réplica…</numerusform>
            <numerusform>Escalando %1 a %n réplicas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling %1 failed</source>
        <translation>Falló el escalado de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 scaled to %n replica(s)</source>
        <translation>
            <numerusform>%1 escalado a %n réplica</numerusform>
            <numerusform>%1 escalado a %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pod</source>
        <translation>Eliminar pod</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>Falló la eliminación de %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 eliminado</translation>
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
        <translation>Réplica</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation>Último sondeo</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Recent probes</source>
        <translation>Sondeos recientes</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>D&amp;rain…</source>
        <translation>D&amp;renar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Load now</source>
        <translation>Carga actual</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Replicas of the pod</source>
        <translation>Réplicas del pod</translation>
    </message>
    <message>
        <source>Round trip of the newest health probe</source>
        <translation>Tiempo de ida y vuelta del sondeo de salud más reciente</translation>
    </message>
    <message>
        <source>Slowest round trip among the recent probes</source>
        <translation>Tiempo de ida y vuelta más lento entre los sondeos recientes</translation>
    </message>
    <message>
        <source>Each bar one probe, newest on the right; tall red bars failed</source>
        <translation>Cada barra es un sondeo, el más reciente a la derecha; las barras rojas altas fallaron</translation>
    </message>
    <message>
        <source>Districts it serves</source>
        <translation>Distritos que sirve</translation>
    </message>
    <message>
        <source>Districts the pod serves</source>
        <translation>Distritos que sirve el pod</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>This pod no longer exists (it was deleted).</source>
        <translation>Este pod ya no existe (se eliminó).</translation>
    </message>
    <message>
        <source>%1 pod in %2</source>
        <translation>Pod %1 en %2</translation>
    </message>
    <message>
        <source>jurisdiction %1</source>
        <translation>jurisdicción %1</translation>
    </message>
    <message>
        <source>certified %1</source>
        <translation>certificado %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n replica(s) healthy</source>
        <translation>
            <numerusform>%1: %2 de %n réplica sana</numerusform>
            <numerusform>%1: %2 de %n réplicas sanas</numerusform>
        </translation>
    </message>
    <message>
        <source>scales %1–%2, %3 req/s each</source>
        <translation>escala de %1 a %2, %3 pet/s cada una</translation>
    </message>
    <message>
        <source>being deleted: drained, stops once idle</source>
        <translation>en eliminación: drenado, se detiene cuando quede inactivo</translation>
    </message>
    <message>
        <source>drained: takes no new traffic</source>
        <translation>drenado: no acepta tráfico nuevo</translation>
    </message>
    <message>
        <source>last known state (%1)</source>
        <translation>último estado conocido (%1)</translation>
    </message>
    <message>
        <source>End D&amp;rain…</source>
        <translation>Terminar el d&amp;renaje…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Health changes: %1</source>
        <translation>Cambios de estado: %1</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>fallo (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>none recently</source>
        <translation>ninguno reciente</translation>
    </message>
    <message>
        <source>#%1 %2 since %3</source>
        <translation>n.º %1: estado %2 desde %3</translation>
    </message>
    <message>
        <source>Could not load the probes: %1</source>
        <translation>No se pudieron cargar los sondeos: %1</translation>
    </message>
    <message>
        <source>No replicas are running.</source>
        <translation>No hay réplicas en marcha.</translation>
    </message>
    <message>
        <source>Probed every %1 s; no health change recorded yet.</source>
        <translation>Sondeado cada %1 s; aún no hay cambios de estado registrados.</translation>
    </message>
    <message>
        <source>Probed every %1 s. Health: %2.</source>
        <translation>Sondeado cada %1 s. Estado: %2.</translation>
    </message>
    <message>
        <source>The routing table is not loaded yet.</source>
        <translation>La tabla de enrutamiento aún no está cargada.</translation>
    </message>
    <message>
        <source>No district sends it traffic or falls back to it.</source>
        <translation>Ningún distrito le envía tráfico ni lo usa como respaldo.</translation>
    </message>
    <message>
        <source>No other district falls back to it.</source>
        <translation>Ningún otro distrito lo usa como respaldo.</translation>
    </message>
    <message numerus="yes">
        <source>Fallback for %n more district(s): %1</source>
        <translation>
            <numerusform>Respaldo de %n distrito más: %1</numerusform>
            <numerusform>Respaldo de %n distritos más: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Aún sin medir.</translation>
    </message>
    <message>
        <source>%1 req/s of %2 (%3 % used, %4 req/s headroom)</source>
        <translation>%1 pet/s de %2 (%3 % en uso, margen de %4 pet/s)</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <translation>%1 % de errores</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Sin medir: %1</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Unknown or offline</source>
        <translation>Desconocido o sin conexión</translation>
    </message>
    <message>
        <source>%1
%2 pod in %3
Health: %4%5
Replicas: %6 healthy of %7 (range %8–%9)</source>
        <translation>%1
Pod %2 en %3
Estado: %4%5
Réplicas: %6 sanas de %7 (rango %8–%9)</translation>
    </message>
    <message>
        <source>, draining</source>
        <translation>, drenándose</translation>
    </message>
    <message>
        <source>Last known state (%1); the daemon is unreachable</source>
        <translation>Último estado conocido (%1); el demonio está inaccesible</translation>
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
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
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
        <translation>Borde</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>%1 (draining)</source>
        <translation>%1 (drenándose)</translation>
    </message>
    <message>
        <source>%L1 rps</source>
        <translation>%L1 pet/s</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Draining: receives no new traffic</source>
        <translation>Drenándose: no recibe tráfico nuevo</translation>
    </message>
    <message>
        <source>%1 of %2 desired replicas healthy, %3 running; allowed range %4–%5</source>
        <translation>%1 de %2 réplicas deseadas sanas, %3 en marcha; rango permitido %4–%5</translation>
    </message>
    <message>
        <source>%1 replicas × %L2 requests/s</source>
        <translation>%1 réplicas × %L2 peticiones/s</translation>
    </message>
    <message>
        <source>Inherited from region %1</source>
        <translation>Heredada de la región %1</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
</context>
<context>
    <name>PodsPanel</name>
    <message>
        <source>Region filter</source>
        <translation>Filtro de región</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Search pods (id, region, model, jurisdiction)…</source>
        <translation>Buscar pods (id, región, modelo, jurisdicción)…</translation>
    </message>
    <message>
        <source>Search pods</source>
        <translation>Buscar pods</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>%1 pods</source>
        <translation>%1 pods</translation>
    </message>
    <message>
        <source>%1 of %2 pods shown</source>
        <translation>%1 de %2 pods mostrados</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Run in &amp;school time anyway</source>
        <translation>Ejecutar en horario &amp;escolar de todos modos</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Comprobación previa</translation>
    </message>
    <message>
        <source>What the drill would do, worked out by the daemon. Nothing has changed yet.</source>
        <translation>Lo que haría el simulacro, calculado por el daemon. Aún no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Why it must run now (audited)</source>
        <translation>Por qué debe ejecutarse ahora (auditado)</translation>
    </message>
    <message>
        <source>Asking the daemon…</source>
        <translation>Consultando al daemon…</translation>
    </message>
    <message>
        <source>The daemon refused the drill: %1</source>
        <translation>El daemon rechazó el simulacro: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) affected</source>
        <translation>
            <numerusform>%n distrito afectado</numerusform>
            <numerusform>%n distritos afectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move to another pod</source>
        <translation>
            <numerusform>%n pasa a otro pod</numerusform>
            <numerusform>%n pasan a otro pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail closed (no compliant fallback)</source>
        <translation>
            <numerusform>%n cierra en seguro (sin respaldo conforme)</numerusform>
            <numerusform>%n cierran en seguro (sin respaldo conforme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>To rehearse it all the same, go Back and allow %n district(s) to go unserved: they stay unserved during the drill, as their law requires.</source>
        <translation>
            <numerusform>Para ensayarlo de todos modos, vuelva atrás y permita que %n distrito quede sin servicio: quedará sin servicio durante el simulacro, como exige su ley.</numerusform>
            <numerusform>Para ensayarlo de todos modos, vuelva atrás y permita que %n distritos queden sin servicio: quedarán sin servicio durante el simulacro, como exige su ley.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeStrip</name>
    <message>
        <source>No probes yet</source>
        <translation>Aún no hay sondeos</translation>
    </message>
    <message numerus="yes">
        <source>Last %n probe(s), newest on the right: </source>
        <translation>
            <numerusform>Último sondeo, el más reciente a la derecha: </numerusform>
            <numerusform>Últimos %n sondeos, el más reciente a la derecha: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>; slowest %1 ms</source>
        <translation>; el más lento %1 ms</translation>
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
        <translation>Recuperación ante desastres: el servicio aún no ha terminado su primera revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) hold data with no allowed DR place.</source>
        <translation>
            <numerusform>%n distrito tiene datos sin un lugar DR permitido.</numerusform>
            <numerusform>%n distritos tienen datos sin un lugar DR permitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 data sets have a DR copy; %n object(s) pending, the oldest %3 s behind (target %4 s).</source>
        <translation>
            <numerusform>%1 de %2 conjuntos de datos tienen copia DR; %n objeto pendiente, el más antiguo con %3 s de retraso (objetivo %4 s).</numerusform>
            <numerusform>%1 de %2 conjuntos de datos tienen copia DR; %n objetos pendientes, el más antiguo con %3 s de retraso (objetivo %4 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data set(s) behind their lag target.</source>
        <translation>
            <numerusform>%n conjunto de datos por detrás de su objetivo de retraso.</numerusform>
            <numerusform>%n conjuntos de datos por detrás de su objetivo de retraso.</numerusform>
        </translation>
    </message>
    <message>
        <source>none allowed</source>
        <translation>ninguno permitido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No DR copy. Remedy: %1</source>
        <translation>Sin copia DR. Solución: %1</translation>
    </message>
    <message>
        <source>Behind its lag target</source>
        <translation>Por detrás de su objetivo de retraso</translation>
    </message>
    <message>
        <source>Copied and verified</source>
        <translation>Copiado y verificado</translation>
    </message>
    <message>
        <source>The region whose replica store holds the DR copy: one the district&apos;s residency policy allows, never the data&apos;s own region</source>
        <translation>La región cuyo almacén de réplicas guarda la copia DR: una que la política de residencia del distrito permite, nunca la región de los propios datos</translation>
    </message>
    <message>
        <source>Objects with a copy read back and checked (SHA-256) at the target, of those at the source</source>
        <translation>Objetos con una copia releída y comprobada (SHA-256) en el destino, de los que hay en el origen</translation>
    </message>
    <message>
        <source>New, changed or deleted objects whose copy is not done yet</source>
        <translation>Objetos nuevos, modificados o eliminados cuya copia aún no está hecha</translation>
    </message>
    <message>
        <source>How long the oldest change not yet copied has waited</source>
        <translation>Cuánto lleva esperando el cambio más antiguo aún sin copiar</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Clase de datos</translation>
    </message>
    <message>
        <source>Held in</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>DR copy in</source>
        <translation>Copia DR en</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>Copying: %n pending</source>
        <translation>
            <numerusform>Copiando: %n pendiente</numerusform>
            <numerusform>Copiando: %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copiando</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>What was measured for each district, against the drill&apos;s targets.</source>
        <translation>Lo medido para cada distrito, frente a los objetivos del simulacro.</translation>
    </message>
    <message>
        <source>Export Drill Report</source>
        <translation>Exportar informe del simulacro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Cargando el informe…</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>No se pudo cargar el informe: %1</translation>
    </message>
    <message>
        <source>Outcome: %1. %2</source>
        <translation>Resultado: %1. %2</translation>
    </message>
    <message>
        <source>Residency held: no request left its district&apos;s zone.</source>
        <translation>Residencia respetada: ninguna solicitud salió de la zona de su distrito.</translation>
    </message>
    <message numerus="yes">
        <source>RESIDENCY VIOLATED: %n request(s) left their zone.</source>
        <translation>
            <numerusform>RESIDENCIA VIOLADA: %n solicitud salió de su zona.</numerusform>
            <numerusform>RESIDENCIA VIOLADA: %n solicitudes salieron de su zona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored: every fault reverted and read back.</source>
        <translation>Restaurado: cada fallo revertido y comprobado.</translation>
    </message>
    <message>
        <source>NOT RESTORED: a fault could not be read back reverted; see the ledger.</source>
        <translation>NO RESTAURADO: no se pudo comprobar que un fallo se revirtiera; vea el registro.</translation>
    </message>
    <message numerus="yes">
        <source>Longest time to be served again: %1 (target %2 s). %n district(s) failed closed, as the law requires.</source>
        <translation>
            <numerusform>Mayor tiempo hasta volver a recibir servicio: %1 (objetivo %2 s). %n distrito cerró en seguro, como exige la ley.</numerusform>
            <numerusform>Mayor tiempo hasta volver a recibir servicio: %1 (objetivo %2 s). %n distritos cerraron en seguro, como exige la ley.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>RouteState</name>
    <message>
        <source>Served</source>
        <translation>Servido</translation>
    </message>
    <message>
        <source>Failed over</source>
        <translation>Conmutado</translation>
    </message>
    <message>
        <source>Failing closed</source>
        <translation>Bloqueado por seguridad</translation>
    </message>
    <message>
        <source>Not routed yet</source>
        <translation>Aún sin enrutar</translation>
    </message>
    <message>
        <source>Failing closed: no pod its policy allows is available, so none of its requests are served</source>
        <translation>Bloqueado por seguridad: no hay disponible ningún pod que su política permita, así que no se sirve ninguna de sus peticiones</translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 in %2 (%3 %) and %n other pod(s)</source>
        <translation>
            <numerusform>Servido por %1 en %2 (%3 %) y %n pod más</numerusform>
            <numerusform>Servido por %1 en %2 (%3 %) y %n pods más</numerusform>
        </translation>
    </message>
    <message>
        <source>Served by %1 in %2</source>
        <translation>Servido por %1 en %2</translation>
    </message>
    <message>
        <source>%1 — failed over: a pod its policy allows is out</source>
        <translation>%1 — conmutado: un pod que su política permite está fuera de servicio</translation>
    </message>
    <message>
        <source>Residency (rule %1)</source>
        <translation>Residencia (regla %1)</translation>
    </message>
    <message>
        <source>Residency: no %1 there (rule %2)</source>
        <translation>Residencia: datos de la clase %1 no permitidos allí (regla %2)</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Con fallos</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>Aún sin sondear</translation>
    </message>
    <message>
        <source>Draining for maintenance</source>
        <translation>Drenado por mantenimiento</translation>
    </message>
    <message>
        <source>Recovering: held down, then failing back gradually</source>
        <translation>Recuperándose: en espera, luego recupera el tráfico poco a poco</translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation>Al límite de capacidad</translation>
    </message>
    <message>
        <source>Ejected: most of its recent answers were errors</source>
        <translation>Expulsado: la mayoría de sus respuestas recientes fueron errores</translation>
    </message>
    <message>
        <source>Allowed, but an override sends the district elsewhere</source>
        <translation>Permitido, pero una excepción envía el distrito a otro lugar</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>conmutación por error</translation>
    </message>
    <message>
        <source>failback</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>drenaje</translation>
    </message>
    <message>
        <source>consent changed</source>
        <translation>consentimiento modificado</translation>
    </message>
    <message>
        <source>policy changed</source>
        <translation>política modificada</translation>
    </message>
    <message>
        <source>fleet changed</source>
        <translation>flota modificada</translation>
    </message>
    <message>
        <source>override</source>
        <translation>excepción</translation>
    </message>
    <message>
        <source>override removed</source>
        <translation>excepción quitada</translation>
    </message>
    <message>
        <source>override expired</source>
        <translation>excepción vencida</translation>
    </message>
    <message>
        <source>first health checks</source>
        <translation>primeros sondeos de salud</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restablecido</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>reequilibrio</translation>
    </message>
    <message>
        <source>outlier ejection</source>
        <translation>expulsión por errores</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>measured latency</source>
        <translation>latencia medida</translation>
    </message>
</context>
<context>
    <name>RoutingComposer</name>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>&amp;Override District…</source>
        <translation>&amp;Excepción para el distrito…</translation>
    </message>
    <message>
        <source>&amp;Remove Override…</source>
        <translation>&amp;Quitar excepción…</translation>
    </message>
    <message>
        <source>&amp;Drain Serving Pod…</source>
        <translation>D&amp;renar el pod que lo sirve…</translation>
    </message>
    <message>
        <source>Re&amp;load Routing Table</source>
        <translation>Re&amp;cargar la tabla de enrutamiento</translation>
    </message>
    <message>
        <source>Ro&amp;uting</source>
        <translation>&amp;Enrutamiento</translation>
    </message>
    <message>
        <source>Show Routing &amp;Panel</source>
        <translation>Mostrar panel de E&amp;nrutamiento</translation>
    </message>
    <message>
        <source>Choose a district in the Routing panel first.</source>
        <translation>Elija primero un distrito en el panel Enrutamiento.</translation>
    </message>
    <message>
        <source>Override %1 is in force.</source>
        <translation>La excepción %1 está en vigor.</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Quitar excepción</translation>
    </message>
    <message>
        <source>Remove override %1? The districts it covers are routed by their policy again at once.</source>
        <translation>¿Quitar la excepción %1? Los distritos que cubre vuelven a enrutarse según su política de inmediato.</translation>
    </message>
    <message>
        <source>&amp;Remove Override</source>
        <translation>&amp;Quitar excepción</translation>
    </message>
    <message>
        <source>Override Not Removed</source>
        <translation>Excepción no quitada</translation>
    </message>
    <message>
        <source>Override %1 removed.</source>
        <translation>Excepción %1 quitada.</translation>
    </message>
    <message>
        <source>%1 is not in the pod list.</source>
        <translation>%1 no está en la lista de pods.</translation>
    </message>
    <message>
        <source>Drain Pod</source>
        <translation>Drenar pod</translation>
    </message>
    <message>
        <source>End Drain</source>
        <translation>Terminar el drenaje</translation>
    </message>
    <message>
        <source>Drain %1 for maintenance? Routing sends it no new traffic: its districts move to the next pods their policy allows at once (or fail closed where there is none). Its replicas keep running.</source>
        <translation>¿Drenar %1 por mantenimiento? El enrutamiento deja de enviarle tráfico nuevo: sus distritos pasan de inmediato a los siguientes pods que su política permite (o se bloquean por seguridad si no hay ninguno). Sus réplicas siguen en marcha.</translation>
    </message>
    <message>
        <source>End the drain of %1? Its districts come back with the table&apos;s next plan.</source>
        <translation>¿Terminar el drenaje de %1? Sus distritos vuelven con el próximo plan de la tabla.</translation>
    </message>
    <message>
        <source>&amp;Drain</source>
        <translation>&amp;Drenar</translation>
    </message>
    <message>
        <source>&amp;End Drain</source>
        <translation>&amp;Terminar el drenaje</translation>
    </message>
    <message>
        <source>Not Drained</source>
        <translation>No drenado</translation>
    </message>
    <message>
        <source>Drain Not Ended</source>
        <translation>Drenaje no terminado</translation>
    </message>
    <message>
        <source>%1 is draining.</source>
        <translation>%1 se está drenando.</translation>
    </message>
    <message>
        <source>%1 takes traffic again.</source>
        <translation>%1 vuelve a recibir tráfico.</translation>
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
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Why it takes no traffic</source>
        <translation>Por qué no recibe tráfico</translation>
    </message>
    <message>
        <source>Overri&amp;de…</source>
        <translation>&amp;Definir excepción…</translation>
    </message>
    <message>
        <source>Remove Overrid&amp;e</source>
        <translation>&amp;Quitar excepción</translation>
    </message>
    <message>
        <source>Dra&amp;in Pod…</source>
        <translation>D&amp;renar pod…</translation>
    </message>
    <message>
        <source>Choose a district…</source>
        <translation>Elija un distrito…</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>Dis&amp;trito:</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Tráfico:</translation>
    </message>
    <message>
        <source>Fallbacks:</source>
        <translation>Respaldos:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Excepción:</translation>
    </message>
    <message>
        <source>Split over pods</source>
        <translation>Reparto entre pods</translation>
    </message>
    <message>
        <source>Pods that take none of its traffic</source>
        <translation>Pods que no reciben nada de su tráfico</translation>
    </message>
    <message>
        <source>Choose a district to see where its traffic goes and why.</source>
        <translation>Elija un distrito para ver adónde va su tráfico y por qué.</translation>
    </message>
    <message>
        <source>%1 is not in the routing table yet.</source>
        <translation>%1 aún no está en la tabla de enrutamiento.</translation>
    </message>
    <message>
        <source>Nothing the console can suggest: restore a pod its policy allows.</source>
        <translation>Nada que la consola pueda sugerir: restablezca un pod que su política permita.</translation>
    </message>
    <message>
        <source>What would fix it: %1</source>
        <translation>Qué lo arreglaría: %1</translation>
    </message>
    <message>
        <source>none: no other pod its policy allows</source>
        <translation>ninguno: no hay otro pod que su política permita</translation>
    </message>
    <message>
        <source>%1 pinned to %2 by %3 until %4: “%5”</source>
        <translation>%1 fijado a %2 por %3 hasta %4: «%5»</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (cargando…)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>not measured (the demo&apos;s synthetic clients are off)</source>
        <translation>sin medir (los clientes sintéticos de la demo están apagados)</translation>
    </message>
    <message>
        <source>%1 req/s (school day: %2) · %3 sent · %4 failed · %5 slow</source>
        <translation>%1 pet/s (jornada escolar: %2) · %3 enviadas · %4 fallidas · %5 lentas</translation>
    </message>
    <message>
        <source> · %1 unserved</source>
        <translation> · %1 sin servir</translation>
    </message>
    <message>
        <source>Measured from the demo&apos;s synthetic clients: requests sent over the last 10 s, what the district&apos;s school day asks for now, and since the daemon started: sent, failed (error, timeout or refused), slow (over 250 ms) and unserved (not sent while it failed closed).</source>
        <translation>Medido con los clientes sintéticos de la demo: peticiones enviadas en los últimos 10 s, lo que pide ahora la jornada escolar del distrito y, desde que arrancó el demonio: enviadas, fallidas (error, tiempo agotado o rechazo), lentas (más de 250 ms) y sin servir (no enviadas mientras estaba bloqueado por seguridad).</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>Último fallo: %1</translation>
    </message>
</context>
<context>
    <name>RoutingMapBinder</name>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Selected district&apos;s route</source>
        <translation>Ruta del distrito elegido</translation>
    </message>
    <message>
        <source>Main pod</source>
        <translation>Pod principal</translation>
    </message>
    <message>
        <source>Share of the split</source>
        <translation>Cuota del reparto</translation>
    </message>
    <message>
        <source>Failed over</source>
        <translation>Conmutado</translation>
    </message>
    <message>
        <source>Failing closed</source>
        <translation>Bloqueado por seguridad</translation>
    </message>
    <message>
        <source>Last known route; the daemon is unreachable</source>
        <translation>Última ruta conocida; el demonio está inaccesible</translation>
    </message>
</context>
<context>
    <name>RoutingMonitor</name>
    <message>
        <source>Could not load the routing table: %1</source>
        <translation>No se pudo cargar la tabla de enrutamiento: %1</translation>
    </message>
    <message>
        <source>Could not load the routing overrides: %1</source>
        <translation>No se pudieron cargar las excepciones de enrutamiento: %1</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <source>Desired replicas</source>
        <translation>Réplicas deseadas</translation>
    </message>
    <message>
        <source>%1 desired, %2 healthy</source>
        <translation>%1 deseadas, %2 sanas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%L1 requests/s (%2 × %L3)</source>
        <translation>%L1 peticiones/s (%2 × %L3)</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actual:</translation>
    </message>
    <message>
        <source>Allowed range:</source>
        <translation>Rango permitido:</translation>
    </message>
    <message>
        <source>New replicas:</source>
        <translation>Nuevas réplicas:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacidad:</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>%1 is above this pod&apos;s maximum of %2.</source>
        <translation>%1 supera el máximo de este pod, %2.</translation>
    </message>
    <message>
        <source>%1 is below this pod&apos;s minimum of %2.</source>
        <translation>%1 está por debajo del mínimo de este pod, %2.</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Added &amp;latency:</source>
        <translation>&amp;Latencia añadida:</translation>
    </message>
    <message>
        <source>&amp;Error rate:</source>
        <translation>Tasa de &amp;errores:</translation>
    </message>
    <message>
        <source>&amp;Replicas to crash:</source>
        <translation>Ré&amp;plicas a tumbar:</translation>
    </message>
    <message>
        <source>Scenario and blast radius</source>
        <translation>Escenario y radio de impacto</translation>
    </message>
    <message>
        <source>What to rehearse, and which pods or regions it may hit.</source>
        <translation>Qué ensayar y qué pods o regiones puede afectar.</translation>
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
        <translation>todas</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <source>&amp;Blast radius:</source>
        <translation>&amp;Radio de impacto:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Districts allowed to go &amp;unserved:</source>
        <translation>Distritos que pueden quedar sin ser&amp;vicio:</translation>
    </message>
</context>
<context>
    <name>ScreenshotCapture</name>
    <message>
        <source>the fleet did not load within %1 s</source>
        <translation>la flota no se cargó en %1 s</translation>
    </message>
    <message>
        <source>there is no pod %1</source>
        <translation>no hay ningún pod %1</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>No se puede leer el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>TopoJsonReader</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>not a TopoJSON topology (&quot;type&quot; must be &quot;Topology&quot;)</source>
        <translation>no es una topología TopoJSON (&quot;type&quot; debe ser &quot;Topology&quot;)</translation>
    </message>
    <message>
        <source>the topology has no &quot;objects&quot; member</source>
        <translation>la topología no tiene el miembro &quot;objects&quot;</translation>
    </message>
    <message>
        <source>the topology has no &quot;arcs&quot; array</source>
        <translation>la topología no tiene el array &quot;arcs&quot;</translation>
    </message>
    <message>
        <source>&quot;transform&quot; needs numeric &quot;scale&quot; and &quot;translate&quot; pairs</source>
        <translation>&quot;transform&quot; necesita pares numéricos &quot;scale&quot; y &quot;translate&quot;</translation>
    </message>
    <message>
        <source>arc %1 is not a non-empty array of positions</source>
        <translation>el arco %1 no es un array no vacío de posiciones</translation>
    </message>
    <message>
        <source>arc %1, position %2 is not an [x, y] pair</source>
        <translation>arco %1, posición %2: no es un par [x, y]</translation>
    </message>
    <message>
        <source>arc %1, position %2 decodes to a non-finite coordinate</source>
        <translation>arco %1, posición %2: da una coordenada no finita</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: a ring is not an array of arc indices</source>
        <translation>objeto &quot;%1&quot;: un anillo no es un array de índices de arcos</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: arc reference is not an integer</source>
        <translation>objeto &quot;%1&quot;: la referencia de arco no es un entero</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: arc index %2 out of range (the topology has %3 arcs)</source>
        <translation>objeto &quot;%1&quot;: índice de arco %2 fuera de rango (la topología tiene %3 arcos)</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: a MultiPolygon member is not an array</source>
        <translation>objeto &quot;%1&quot;: un miembro de MultiPolygon no es un array</translation>
    </message>
    <message>
        <source>the topology has no object &quot;%1&quot; (it has: %2)</source>
        <translation>la topología no tiene el objeto &quot;%1&quot; (tiene: %2)</translation>
    </message>
    <message>
        <source>object &quot;%1&quot;: GeometryCollections nested too deeply</source>
        <translation>objeto &quot;%1&quot;: GeometryCollections anidadas a demasiada profundidad</translation>
    </message>
</context>
<context>
    <name>WorldMapView</name>
    <message>
        <source>The world map could not be loaded: %1</source>
        <translation>No se pudo cargar el mapa mundial: %1</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Mapa mundial</translation>
    </message>
    <message>
        <source>Pods, districts and regions on a world map</source>
        <translation>Pods, distritos y regiones en un mapa mundial</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Regional Pods console. Without --url it talks to the local daemon, starting the bundled demo daemon when none is running.</source>
        <translation>Consola de Regional Pods. Sin --url habla con el demonio local e inicia el demonio de demostración incluido si no hay ninguno en marcha.</translation>
    </message>
    <message>
        <source>Daemon base URL (default http://127.0.0.1:7420).</source>
        <translation>URL base del demonio (por defecto http://127.0.0.1:7420).</translation>
    </message>
    <message>
        <source>Bearer token (else $REGIONALPODS_TOKEN, settings, DIR/admin.token).</source>
        <translation>Token de acceso (si no, $REGIONALPODS_TOKEN, la configuración, DIR/admin.token).</translation>
    </message>
    <message>
        <source>Data directory of the bundled daemon.</source>
        <translation>Directorio de datos del demonio incluido.</translation>
    </message>
    <message>
        <source>Save a PNG of the loaded window to FILE and exit.</source>
        <translation>Guardar un PNG de la ventana cargada en FILE y salir.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for an https:// daemon.</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM para un demonio https://.</translation>
    </message>
</context>
</TS>
