// Mutation fuzzing of TopoJsonReader, which decodes the console's map files. Its header
// promises it "never throws or crashes on malformed input": load() and every query either
// succeed with data that keeps the format's invariants (arc references in range, closed rings,
// finite coordinates) or fail with an errorString(). Seeds: four states cut from
// resources/map/states-10m.json (quantized, as shipped) and a small hand-written unquantized
// topology, so each iteration parses a few KB, not the whole map.

#include "fuzz/fuzzharness.h"
#include "models/map/topojsonreader.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <functional>

namespace {

using Outcome = FuzzHarness::Outcome;
using Strategy = FuzzMutator::Strategy;

// No known bugs left (decoding to an infinite coordinate was one); the hook stays for the next.
QList<FuzzHarness::KnownBug> knownBugs()
{
    return {};
}

// Unquantized, with a shared border, a reversed arc, a hole-less island, a nested collection,
// and geometries that have no area (a point and a null geometry).
const QByteArray kHandWritten = R"({"type":"Topology","arcs":[
    [[10,20],[12,20],[12,21]],[[12,21],[10,21],[10,20]],[[14,22],[15,22],[15,22.5],[14,22]]],
  "objects":{"shapes":{"type":"GeometryCollection","geometries":[
    {"type":"Polygon","id":"A","properties":{"name":"Alpha"},"arcs":[[0,1]]},
    {"type":"MultiPolygon","id":840,"arcs":[[[-2,-1]],[[2]]]},
    {"type":"GeometryCollection","geometries":[{"type":"Polygon","id":"C","arcs":[[2]]}]},
    {"type":"Point","coordinates":[1,2]},{"type":null}]}}})";

// The geometries of @p names from the "states" object of @p topology, with only the arcs they
// use (renumbered) and the file's quantization transform.
QByteArray cutStates(const QByteArray &topology, const QStringList &names)
{
    const QJsonObject root = QJsonDocument::fromJson(topology).object();
    const QJsonArray arcs = root.value(u"arcs").toArray();
    QHash<int, int> renumbered;
    QJsonArray keptArcs;
    std::function<QJsonValue(const QJsonValue &)> remap
        = [&](const QJsonValue &value) -> QJsonValue {
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue &element : value.toArray())
                out.append(remap(element));
            return out;
        }
        const int index = value.toInt();
        const int arc = index < 0 ? ~index : index;
        if (!renumbered.contains(arc)) {
            renumbered.insert(arc, int(keptArcs.size()));
            keptArcs.append(arcs.at(arc));
        }
        return index < 0 ? ~renumbered.value(arc) : renumbered.value(arc);
    };
    QJsonArray geometries;
    const QJsonArray all = root.value(u"objects")
                               .toObject()
                               .value(u"states")
                               .toObject()
                               .value(u"geometries")
                               .toArray();
    for (const QJsonValue &value : all) {
        QJsonObject geometry = value.toObject();
        if (!names.contains(geometry.value(u"properties").toObject().value(u"name").toString()))
            continue;
        geometry.insert(QStringLiteral("arcs"), remap(geometry.value(u"arcs")));
        geometries.append(geometry);
    }
    const QJsonObject states{{QStringLiteral("type"), QStringLiteral("GeometryCollection")},
        {QStringLiteral("geometries"), geometries}};
    return QJsonDocument(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("Topology")},
            {QStringLiteral("transform"), root.value(u"transform")},
            {QStringLiteral("arcs"), keptArcs},
            {QStringLiteral("objects"), QJsonObject{{QStringLiteral("states"), states}}}})
        .toJson(QJsonDocument::Compact);
}

bool finite(const QPolygonF &polygon)
{
    return std::all_of(polygon.begin(), polygon.end(),
        [](const QPointF &p) { return std::isfinite(p.x()) && std::isfinite(p.y()); });
}

QString printable(const QString &text)
{
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

// One object through every query. Returns a violation, "" on success; sets *failed when a
// query failed (with the error string it must then carry).
QString checkObject(TopoJsonReader &reader, const QString &name, bool *failed)
{
    const auto expectError = [&](const char *query) {
        *failed = true;
        return reader.errorString().trimmed().isEmpty()
            ? QStringLiteral("%1(\"%2\") failed without an errorString()")
                  .arg(query, printable(name))
            : QString();
    };
    const qsizetype arcCount = reader.arcs().size();
    const auto rings = reader.arcRings(name);
    if (!rings)
        return expectError("arcRings");
    for (const auto &geometry : *rings) {
        for (const QList<int> &ring : geometry.rings) {
            for (const int index : ring) {
                const qsizetype arc = index < 0 ? ~qsizetype(index) : index;
                if (arc < 0 || arc >= arcCount)
                    return QStringLiteral("arcRings(\"%1\") kept arc reference %2 of %3 arcs")
                        .arg(printable(name))
                        .arg(index)
                        .arg(arcCount);
            }
        }
    }
    for (const auto which : {TopoJsonReader::Mesh::All, TopoJsonReader::Mesh::Interior,
             TopoJsonReader::Mesh::Exterior}) {
        const auto indices = reader.meshArcIndices(name, which);
        if (!indices)
            return expectError("meshArcIndices");
        for (const int index : *indices) {
            if (index < 0 || index >= arcCount)
                return QStringLiteral("meshArcIndices(\"%1\") returned arc %2 of %3")
                    .arg(printable(name))
                    .arg(index)
                    .arg(arcCount);
        }
    }
    for (const double tolerance : {0.0, 0.05}) {
        const auto features = reader.features(name, tolerance);
        if (!features)
            return expectError("features");
        if (!reader.errorString().isEmpty())
            return QStringLiteral("features(\"%1\") succeeded but left errorString() \"%2\"")
                .arg(printable(name), reader.errorString());
        for (const MapFeature &feature : *features) {
            for (const QPolygonF &ring : feature.rings) {
                if (ring.size() < 4 || ring.first() != ring.last() || !finite(ring))
                    return QStringLiteral(
                        "features(\"%1\", %2) of geometry '%3' has a ring of %4 points "
                        "that is open or not finite")
                        .arg(printable(name))
                        .arg(tolerance)
                        .arg(printable(feature.id))
                        .arg(ring.size());
            }
        }
        const auto lines = reader.mesh(name, TopoJsonReader::Mesh::All, tolerance);
        if (!lines)
            return expectError("mesh");
        for (const QPolygonF &line : *lines) {
            if (line.isEmpty() || !finite(line))
                return QStringLiteral("mesh(\"%1\", All, %2) holds an empty or non-finite line")
                    .arg(printable(name))
                    .arg(tolerance);
        }
    }
    return {};
}

Outcome checkTopology(const QByteArray &bytes)
{
    Outcome outcome;
    outcome.violation = FuzzHarness::guardNoThrow([&] {
        TopoJsonReader reader;
        if (!reader.load(bytes)) {
            QJsonParseError parseError;
            QJsonDocument::fromJson(bytes, &parseError);
            outcome.kind = parseError.error == QJsonParseError::NoError ? Outcome::Rejected
                                                                        : Outcome::SyntaxError;
            if (reader.errorString().trimmed().isEmpty())
                return QStringLiteral("load() failed without an errorString()");
            // (Arcs decoded before the bad one may stay behind; with no objects, nothing can
            // be drawn from them.)
            if (!reader.objectNames().isEmpty())
                return QStringLiteral("a failed load() left objects to query");
            return QString();
        }
        if (!reader.errorString().isEmpty())
            return QStringLiteral("load() succeeded but left errorString() \"%1\"")
                .arg(reader.errorString());
        for (const QPolygonF &arc : reader.arcs()) {
            if (arc.isEmpty())
                return QStringLiteral("load() accepted an empty arc");
            if (!finite(arc))
                return QStringLiteral(
                    "load() accepted an arc that decodes to non-finite coordinates");
        }
        bool failed = false;
        const QStringList names = reader.objectNames();
        for (qsizetype i = 0; i < names.size() && i < 8; ++i) {
            if (QString why = checkObject(reader, names.at(i), &failed); !why.isEmpty())
                return why;
        }
        if (reader.features(QStringLiteral("no such object")) || reader.errorString().isEmpty())
            return QStringLiteral("features() of a missing object did not fail with an error");
        outcome.kind = failed ? Outcome::Rejected : Outcome::Accepted;
        return QString();
    });
    return outcome;
}

} // namespace

class TestTopoJsonFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutations_data();
    void mutations();
    void truncations();
    void treeMutations();
    void regressions_data();
    void regressions();

private:
    QList<QByteArray> m_seeds;
};

void TestTopoJsonFuzz::initTestCase()
{
    FuzzCrashGuard::install();
    QFile file(QDir(qEnvironmentVariable("RP_SOURCE_DIR"))
                   .filePath(QStringLiteral("resources/map/states-10m.json")));
    QVERIFY2(file.open(QIODevice::ReadOnly), "RP_SOURCE_DIR/resources/map/states-10m.json");
    const QByteArray cut = cutStates(file.readAll(),
        {QStringLiteral("Colorado"), QStringLiteral("Utah"), QStringLiteral("Wyoming"),
            QStringLiteral("Delaware")});
    m_seeds = {cut, kHandWritten};
    // The seeds must load and decode completely, or the fuzzing only exercises error paths.
    for (const QByteArray &seed : std::as_const(m_seeds)) {
        const Outcome outcome = checkTopology(seed);
        QVERIFY2(outcome.kind == Outcome::Accepted && outcome.violation.isEmpty(),
            qPrintable(outcome.violation + QString::fromUtf8(seed.left(200))));
    }
    TopoJsonReader reader;
    QVERIFY(reader.load(cut));
    QCOMPARE(reader.features(QStringLiteral("states"))->size(), 4);
    QVERIFY(cut.size() < 8000); // small enough to parse thousands of times
}

void TestTopoJsonFuzz::mutations_data()
{
    QTest::addColumn<int>("strategy");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    QTest::newRow("bit flips") << int(Strategy::BitFlips) << 0x70F00001u << 1200;
    QTest::newRow("byte inserts") << int(Strategy::ByteInserts) << 0x70F00002u << 900;
    QTest::newRow("range edits") << int(Strategy::RangeEdits) << 0x70F00003u << 900;
    QTest::newRow("token edits") << int(Strategy::TokenEdits) << 0x70F00004u << 1500;
    QTest::newRow("value swaps") << int(Strategy::ValueSwaps) << 0x70F00005u << 2400;
    QTest::newRow("key edits") << int(Strategy::KeyEdits) << 0x70F00006u << 1500;
    QTest::newRow("string poison") << int(Strategy::StringPoison) << 0x70F00007u << 900;
    QTest::newRow("stacked") << int(Strategy::Stacked) << 0x70F00008u << 1800;
}

void TestTopoJsonFuzz::mutations()
{
    QFETCH(int, strategy);
    QFETCH(quint32, seed);
    QFETCH(int, iterations);
    QList<FuzzHarness::KnownBug> bugs = knownBugs();
    const auto stats = FuzzHarness::fuzzText("topojson", m_seeds, Strategy(strategy), seed,
        FuzzHarness::iterations(iterations), bugs, checkTopology);
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.reachedValidation() > 0, qPrintable(stats.summary()));
}

void TestTopoJsonFuzz::truncations()
{
    QList<FuzzHarness::KnownBug> bugs = knownBugs();
    const auto stats = FuzzHarness::fuzzTruncations("topojson", m_seeds, 2, bugs, checkTopology);
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.syntaxErrors > 1000, qPrintable(stats.summary()));
}

void TestTopoJsonFuzz::treeMutations()
{
    QList<QJsonObject> objects;
    for (const QByteArray &seed : std::as_const(m_seeds))
        objects.append(QJsonDocument::fromJson(seed).object());
    QList<FuzzHarness::KnownBug> bugs = knownBugs();
    const auto stats = FuzzHarness::fuzzTree("topojson", objects, 0x70F00010u,
        FuzzHarness::iterations(5000), bugs, [](const QJsonObject &object) {
            return checkTopology(QJsonDocument(object).toJson(QJsonDocument::Compact));
        });
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.accepted > 0 && stats.rejected > 0, qPrintable(stats.summary()));
}

void TestTopoJsonFuzz::regressions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("decodes"); // load() and every query of every object succeed
    QTest::addColumn<QString>("knownBug");
    const auto row
        = [](const char *name, const QByteArray &json, bool decodes, const char *bug = "") {
              QTest::newRow(name) << json << decodes << QString::fromLatin1(bug);
          };
    const auto withArcs = [](const QByteArray &arcs, const QByteArray &objects) {
        return R"({"type":"Topology","arcs":)" + arcs + R"(,"objects":)" + objects + "}";
    };
    const QByteArray square = "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]";
    const auto polygon = [](const QByteArray &rings) {
        return R"({"o":{"type":"Polygon","arcs":)" + rings + "}}";
    };
    QByteArray nested = R"({"type":"Polygon","arcs":[[0]]})";
    for (int i = 0; i < 17; ++i)
        nested = R"({"type":"GeometryCollection","geometries":[)" + nested + "]}";

    row("empty file", QByteArray(), false);
    row("a JSON array", "[]", false);
    row("10k nested arrays", QByteArray(10000, '[') + QByteArray(10000, ']'), false);
    row("arc index one past the end", withArcs(square, polygon("[[1]]")), false);
    row("reversed arc index one past the end", withArcs(square, polygon("[[-2]]")), false);
    row("arc index 2^31", withArcs(square, polygon("[[2147483648]]")), false);
    row("arc index -2^31 - 1", withArcs(square, polygon("[[-2147483649]]")), false);
    row("arc index 1e300", withArcs(square, polygon("[[1e300]]")), false);
    row("arc index 0.5", withArcs(square, polygon("[[0.5]]")), false);
    row("arc index -0 is arc 0", withArcs(square, polygon("[[-0]]")), true);
    row("ring is a number", withArcs(square, polygon("[5]")), false);
    row("empty arc", withArcs("[[]]", polygon("[[0]]")), false);
    row("position with one coordinate", withArcs("[[[0]]]", "{}"), false);
    row("collections 17 deep", withArcs(square, R"({"o":)" + nested + "}"), false);
    row("transform without translate",
        R"({"type":"Topology","transform":{"scale":[1,1]},"arcs":[],"objects":{}})", false);
    row("quantized positions that decode to infinity",
        R"({"type":"Topology","transform":{"scale":[1e300,1e300],"translate":[0,0]},"arcs":[[[1e10,1e10],[0,0]]],"objects":{}})",
        false);
}

void TestTopoJsonFuzz::regressions()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, decodes);
    QFETCH(QString, knownBug);
    const Outcome outcome = checkTopology(json);
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Abort);
    QVERIFY2(outcome.violation.isEmpty(),
        qPrintable(FuzzHarness::report(outcome.violation, 0, 0, QString(), json)));
    QCOMPARE(outcome.kind == Outcome::Accepted, decodes);
}

RP_TEST(TestTopoJsonFuzz, "tst_topojsonfuzz")
#include "tst_topojsonfuzz.moc"
