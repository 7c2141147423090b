#pragma once

// Residency audit reports exactly as `regionalpodsd --demo` answers GET /residency/audit/{id}
// (captured from the daemon; only the store paths were shortened).

#include <QByteArray>

// moc cannot parse raw string literals full of braces; it needs none of this.
#ifndef Q_MOC_RUN
namespace ComplianceFixtures {

// Houston ISD: six objects, one violation (a roster copy in us-west, outside Texas).
inline const QByteArray houstonReport = R"json({
 "chain": {
  "failure": "",
  "first_bad_seq": null,
  "head_hash": "b164c42db979686d8615e5621acf9ff765f3bbb6979ed7957f795f644b897570",
  "last_seq": 21,
  "ok": true,
  "reason": "",
  "records_checked": 21
 },
 "district": {
  "data_classes": [
   "student_pii",
   "child_under_13",
   "deidentified",
   "model_artifact"
  ],
  "id": "us-tx-houston",
  "jurisdiction": "US-TX",
  "latitude": 29.76,
  "longitude": -95.37,
  "name": "Houston ISD",
  "time_zone": "America/Chicago"
 },
 "generated_at": "2026-11-22T08:22:07.293Z",
 "objects": [
  {
   "allowed": true,
   "consents": [],
   "data_class": "child_under_13",
   "jurisdiction": "US-VA",
   "key": "us-tx-houston/child_under_13/k5-records.csv",
   "legal_basis": "COPPA (15 U.S.C. 6501-6506; 16 CFR Part 312, incl. 312.8 security of children's data); product policy: only COPPA-certified infrastructure holds it.",
   "modified": "2026-11-22T08:16:10.513Z",
   "region": "us-east",
   "remedy": "",
   "rule": "coppa-certified-target",
   "regime": "coppa",
   "sha256": "3e47ee42e134925dd79ec60eae748d3a0a1d059a7adbe4e907ea4362e2c0dc94",
   "size": 1187,
   "store": "directory:/var/lib/regionalpods/stores/us-east",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [],
   "data_class": "deidentified",
   "jurisdiction": "US-VA",
   "key": "us-tx-houston/deidentified/attendance-aggregates.csv",
   "legal_basis": "De-identified data (34 CFR 99.31(b)(1); GDPR Recital 26) and model artifacts free of personal data are outside the residency rules.",
   "modified": "2026-11-22T08:16:10.515Z",
   "region": "us-east",
   "remedy": "",
   "rule": "unregulated-anywhere",
   "regime": "unregulated",
   "sha256": "2d53896b4aeee8e8d9f05bf737ddeb113e428a97fe6b952dfb43f84d210edba7",
   "size": 756,
   "store": "directory:/var/lib/regionalpods/stores/us-east",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [],
   "data_class": "deidentified",
   "jurisdiction": "US-VA",
   "key": "us-tx-houston/deidentified/statewide-benchmark.csv",
   "legal_basis": "De-identified data (34 CFR 99.31(b)(1); GDPR Recital 26) and model artifacts free of personal data are outside the residency rules.",
   "modified": "2026-11-22T08:16:10.516Z",
   "region": "us-east",
   "remedy": "",
   "rule": "unregulated-anywhere",
   "regime": "unregulated",
   "sha256": "605d89f8078cbddeca84424465e85cdde6c2ded5437c6377f9b2d3c27bfe27de",
   "size": 514,
   "store": "directory:/var/lib/regionalpods/stores/us-east",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [],
   "data_class": "model_artifact",
   "jurisdiction": "US-VA",
   "key": "us-tx-houston/model_artifact/tutor-v3-finetune.bin",
   "legal_basis": "De-identified data (34 CFR 99.31(b)(1); GDPR Recital 26) and model artifacts free of personal data are outside the residency rules.",
   "modified": "2026-11-22T08:16:10.518Z",
   "region": "us-east",
   "remedy": "",
   "rule": "unregulated-anywhere",
   "regime": "unregulated",
   "sha256": "10c40ae87149ff8864f77872c168d3b8222f14bd10990ea74534c51e71f294e7",
   "size": 1156,
   "store": "directory:/var/lib/regionalpods/stores/us-east",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [
    "530962b6-4544-4220-8c80-91c70a1093a3"
   ],
   "data_class": "student_pii",
   "jurisdiction": "US-VA",
   "key": "us-tx-houston/student_pii/roster-2026.csv",
   "legal_basis": "District consent (data-sharing agreement) naming the target region, recorded as an unexpired, unrevoked consent.",
   "modified": "2026-11-22T08:16:10.511Z",
   "region": "us-east",
   "remedy": "",
   "rule": "us-student-records-in-state",
   "regime": "state_student_records",
   "sha256": "541d977c9aa78b75cddca15d6d60fae71f5975ae4581e206674d90fadfe49ff2",
   "size": 2198,
   "store": "directory:/var/lib/regionalpods/stores/us-east",
   "verdict": "compliant"
  },
  {
   "allowed": false,
   "consents": [],
   "data_class": "student_pii",
   "jurisdiction": "US-OR",
   "key": "us-tx-houston/student_pii/roster-copy.csv",
   "legal_basis": "State student-privacy law and district data-privacy agreements (FERPA, 20 U.S.C. 1232g / 34 CFR Part 99, sets no location rule itself); product policy: education records stay in the district's state.",
   "modified": "2026-11-22T08:16:10.562Z",
   "region": "us-west",
   "remedy": "Place the data in a region whose jurisdiction is the district's state, or record a consent from the district naming the target region.",
   "rule": "us-student-records-in-state",
   "regime": "state_student_records",
   "sha256": "541d977c9aa78b75cddca15d6d60fae71f5975ae4581e206674d90fadfe49ff2",
   "size": 2198,
   "store": "directory:/var/lib/regionalpods/stores/us-west",
   "verdict": "violation"
  }
 ],
 "store_errors": [],
 "totals": {
  "bytes": 8009,
  "compliant": 5,
  "objects": 6,
  "violating": 1
 },
 "trail": [
  {
   "action": "consent.create",
   "actor": "system:demo",
   "data_class": "student_pii",
   "details": {
    "data_class": "student_pii",
    "district": "us-tx-houston",
    "expires": "2028-11-22T08:16:10.000Z",
    "id": "530962b6-4544-4220-8c80-91c70a1093a3",
    "reference": "DPA-US-TX-HOUSTON-2026",
    "region": "us-east",
    "revoked": false
   },
   "district": "us-tx-houston",
   "from_region": "",
   "hash": "fd33ad6632e3b4f3706ebf929eb4a585a29ee61e18d094ff8729c3645dccc784",
   "legal_basis": "",
   "prev_hash": "0485b45e3d4ec69ec20e5adb2be97d62c5760ff3d42b18a6ffdd5037af69974c",
   "rule": "",
   "seq": 17,
   "time": "2026-11-22T08:16:10.096Z",
   "to_region": "us-east"
  }
 ]
})json";

// Toronto DSB: seven objects, one violation (a roster DR copy in us-east, outside Canada).
inline const QByteArray torontoReport = R"json({
 "chain": {
  "failure": "",
  "first_bad_seq": null,
  "head_hash": "b164c42db979686d8615e5621acf9ff765f3bbb6979ed7957f795f644b897570",
  "last_seq": 21,
  "ok": true,
  "reason": "",
  "records_checked": 21
 },
 "district": {
  "data_classes": [
   "student_pii",
   "child_under_13",
   "ca_personal",
   "deidentified",
   "model_artifact"
  ],
  "id": "ca-on-toronto",
  "jurisdiction": "CA-ON",
  "latitude": 43.65,
  "longitude": -79.38,
  "name": "Toronto District School Board",
  "time_zone": "America/Toronto"
 },
 "generated_at": "2026-11-22T08:22:07.302Z",
 "objects": [
  {
   "allowed": true,
   "consents": [],
   "data_class": "ca_personal",
   "jurisdiction": "CA-QC",
   "key": "ca-on-toronto/ca_personal/guardians.csv",
   "legal_basis": "Ontario MFIPPA and British Columbia FIPPA (public bodies, incl. school boards) and PIPEDA; school-board agreements commonly require storage in Canada; product policy: keep it in Canada.",
   "modified": "2026-11-22T08:16:10.188Z",
   "region": "ca-central",
   "remedy": "",
   "rule": "ca-provincial-residency",
   "regime": "canadian_provincial",
   "sha256": "7c878125562d884aadddb8bd40b16ef536ffff01ae948d111da1e98ec548bc4e",
   "size": 1778,
   "store": "directory:/var/lib/regionalpods/stores/ca-central",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [],
   "data_class": "child_under_13",
   "jurisdiction": "CA-QC",
   "key": "ca-on-toronto/child_under_13/k5-records.csv",
   "legal_basis": "Ontario MFIPPA and British Columbia FIPPA (public bodies, incl. school boards) and PIPEDA; school-board agreements commonly require storage in Canada; product policy: keep it in Canada.",
   "modified": "2026-11-22T08:16:10.186Z",
   "region": "ca-central",
   "remedy": "",
   "rule": "ca-provincial-residency",
   "regime": "canadian_provincial",
   "sha256": "3c238c3b745fb49ba461770c371d2cb08a8b25dd26438345fd5648072790858a",
   "size": 1187,
   "store": "directory:/var/lib/regionalpods/stores/ca-central",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [],
   "data_class": "deidentified",
   "jurisdiction": "CA-QC",
   "key": "ca-on-toronto/deidentified/attendance-aggregates.csv",
   "legal_basis": "De-identified data (34 CFR 99.31(b)(1); GDPR Recital 26) and model artifacts free of personal data are outside the residency rules.",
   "modified": "2026-11-22T08:16:10.190Z",
   "region": "ca-central",
   "remedy": "",
   "rule": "unregulated-anywhere",
   "regime": "unregulated",
   "sha256": "534d3795872156630fb31a508b01a35f31b0dae7a1cb4e1a3dc87738901beb89",
   "size": 756,
   "store": "directory:/var/lib/regionalpods/stores/ca-central",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [],
   "data_class": "model_artifact",
   "jurisdiction": "CA-QC",
   "key": "ca-on-toronto/model_artifact/tutor-v3-finetune.bin",
   "legal_basis": "De-identified data (34 CFR 99.31(b)(1); GDPR Recital 26) and model artifacts free of personal data are outside the residency rules.",
   "modified": "2026-11-22T08:16:10.194Z",
   "region": "ca-central",
   "remedy": "",
   "rule": "unregulated-anywhere",
   "regime": "unregulated",
   "sha256": "3b01e3d7b41289657fe9a6ee88819135a136a7db4a457b62dbc079a41296cf49",
   "size": 1156,
   "store": "directory:/var/lib/regionalpods/stores/ca-central",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [],
   "data_class": "student_pii",
   "jurisdiction": "CA-QC",
   "key": "ca-on-toronto/student_pii/roster-2026.csv",
   "legal_basis": "Ontario MFIPPA and British Columbia FIPPA (public bodies, incl. school boards) and PIPEDA; school-board agreements commonly require storage in Canada; product policy: keep it in Canada.",
   "modified": "2026-11-22T08:16:10.184Z",
   "region": "ca-central",
   "remedy": "",
   "rule": "ca-provincial-residency",
   "regime": "canadian_provincial",
   "sha256": "264ef8ad653f68108fe90f0a092564e8d77926c5c3d8863e9d129fff677f251f",
   "size": 2198,
   "store": "directory:/var/lib/regionalpods/stores/ca-central",
   "verdict": "compliant"
  },
  {
   "allowed": true,
   "consents": [],
   "data_class": "deidentified",
   "jurisdiction": "US-VA",
   "key": "ca-on-toronto/deidentified/statewide-benchmark.csv",
   "legal_basis": "De-identified data (34 CFR 99.31(b)(1); GDPR Recital 26) and model artifacts free of personal data are outside the residency rules.",
   "modified": "2026-11-22T08:16:10.192Z",
   "region": "us-east",
   "remedy": "",
   "rule": "unregulated-anywhere",
   "regime": "unregulated",
   "sha256": "4fbcd62126ef6dffdd571c238d3bc99ee83ee85244770efad396c8cf6bd6fab2",
   "size": 514,
   "store": "directory:/var/lib/regionalpods/stores/us-east",
   "verdict": "compliant"
  },
  {
   "allowed": false,
   "consents": [],
   "data_class": "student_pii",
   "jurisdiction": "US-VA",
   "key": "ca-on-toronto/student_pii/roster-dr-copy.csv",
   "legal_basis": "Ontario MFIPPA and British Columbia FIPPA (public bodies, incl. school boards) and PIPEDA; school-board agreements commonly require storage in Canada; product policy: keep it in Canada.",
   "modified": "2026-11-22T08:16:10.567Z",
   "region": "us-east",
   "remedy": "Place the data in a Canadian region (jurisdiction CA or CA-xx).",
   "rule": "ca-provincial-residency",
   "regime": "canadian_provincial",
   "sha256": "264ef8ad653f68108fe90f0a092564e8d77926c5c3d8863e9d129fff677f251f",
   "size": 2198,
   "store": "directory:/var/lib/regionalpods/stores/us-east",
   "verdict": "violation"
  }
 ],
 "store_errors": [],
 "totals": {
  "bytes": 9787,
  "compliant": 6,
  "objects": 7,
  "violating": 1
 },
 "trail": []
})json";

} // namespace ComplianceFixtures
#endif
