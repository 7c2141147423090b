// TopoJsonReader: decoding a tiny quantized topology, simplification that keeps shared borders,
// clear errors for malformed input, and no crash on corrupt input.

#include "models/map/topojsonreader.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QTest>

namespace {

// Two squares sharing an edge (arcs 0 and 1, each used once forward and once reversed), an
// island (arc 2), a point and a null geometry, quantized with a non-trivial transform.
const char kTinyTopology[] = R"({"type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
  "arcs": [[[0, 0], [4, 0], [0, 4]], [[0, 0], [0, 4], [4, 0]], [[8, 8], [2, 0], [0, 2], [-2, -2]]],
  "objects": {"shapes": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "id": "A", "properties": {"name": "Alpha"}, "arcs": [[0, -2]]},
    {"type": "MultiPolygon", "id": 840, "properties": {"name": "Beta"}, "arcs": [[[1, -1]], [[2]]]},
    {"type": "Point", "id": "P", "coordinates": [1, 1]}, {"type": null}]}}})";

} // namespace

class TestTopoJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readerDecodesTinyTopology();
    void readerSimplificationKeepsSharedBorders();
    void readerRejectsBadInput_data();
    void readerRejectsBadInput();
    void readerSurvivesCorruptInput();
};

void TestTopoJsonReader::readerDecodesTinyTopology()
{
    TopoJsonReader reader;
    QVERIFY2(reader.load(kTinyTopology), qPrintable(reader.errorString()));
    QCOMPARE(reader.objectNames(), QStringList{QStringLiteral("shapes")});
    const auto features = reader.features(QStringLiteral("shapes"));
    QVERIFY2(features, qPrintable(reader.errorString()));
    // The point and the null geometry have no area and are skipped.
    QCOMPARE(features->size(), 2);

    const MapFeature &alpha = features->at(0);
    QCOMPARE(alpha.id, QStringLiteral("A"));
    QCOMPARE(alpha.name, QStringLiteral("Alpha"));
    QCOMPARE(alpha.rings.size(), 1);
    // Arc 0 forward, then arc 1 reversed (index -2 = ~1) without repeating the junction.
    const QPolygonF expectedAlpha{{10, 20}, {12, 20}, {12, 21}, {10, 21}, {10, 20}};
    QCOMPARE(alpha.rings.at(0), expectedAlpha);

    const MapFeature &beta = features->at(1);
    QCOMPARE(beta.id, QStringLiteral("840")); // numeric ids become strings
    QCOMPARE(beta.rings.size(), 2);
    const QPolygonF expectedBeta{{10, 20}, {10, 21}, {12, 21}, {12, 20}, {10, 20}};
    QCOMPARE(beta.rings.at(0), expectedBeta);
    const QPolygonF expectedIsland{{14, 22}, {15, 22}, {15, 22.5}, {14, 22}};
    QCOMPARE(beta.rings.at(1), expectedIsland);

    // Meshes: arcs 0 and 1 are shared by Alpha and Beta (borders), the island is coast.
    QCOMPARE(reader.mesh(QStringLiteral("shapes"), TopoJsonReader::Mesh::Interior)->size(), 2);
    const auto coast = reader.mesh(QStringLiteral("shapes"), TopoJsonReader::Mesh::Exterior);
    QCOMPARE(coast->size(), 1);
    QCOMPARE(coast->at(0).first(), QPointF(14, 22));
    QCOMPARE(reader.mesh(QStringLiteral("shapes"), TopoJsonReader::Mesh::All)->size(), 3);
}

void TestTopoJsonReader::readerSimplificationKeepsSharedBorders()
{
    // A wiggly shared border: simplified, both neighbours must still use identical points.
    const QByteArray json = R"({"type": "Topology", "arcs": [
        [[0, 0], [1, 0.01], [2, -0.01], [3, 0.02], [4, 0]],
        [[4, 0], [4, 4], [0, 4], [0, 0]],
        [[4, 0], [4, -4], [0, -4], [0, 0]]],
      "objects": {"o": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": "N", "arcs": [[0, 1]]},
        {"type": "Polygon", "id": "S", "arcs": [[-1, -3]]}]}}})";
    TopoJsonReader reader;
    QVERIFY2(reader.load(json), qPrintable(reader.errorString()));
    const auto coarse = reader.features(QStringLiteral("o"), 0.5);
    QVERIFY(coarse);
    const QPolygonF north = coarse->at(0).rings.at(0);
    const QPolygonF south = coarse->at(1).rings.at(0);
    QVERIFY(north.size() < 8); // the wiggles are gone
    QVERIFY(north.contains(QPointF(0, 0)) && north.contains(QPointF(4, 0)));
    for (const QPointF &p : north) {
        if (p.y() == 0)
            QVERIFY(south.contains(p));
    }
}

void TestTopoJsonReader::readerRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("expectedError");

    auto withObject = [](const char *geometry) {
        return QByteArray(R"({"type": "Topology", "arcs": [[[0, 0], [1, 1]]], "objects": {"o": )")
            + geometry + "}}";
    };
    const QByteArray valid = kTinyTopology;
    struct Row
    {
        const char *name;
        QByteArray json;
        const char *object;
        const char *error;
    };
    const Row rows[] = {{"empty", {}, "shapes", "not valid JSON"},
        {"truncated", valid.left(120), "shapes", "not valid JSON"},
        {"array root", "[1, 2]", "shapes", "not a TopoJSON topology"},
        {"geojson", R"({"type": "FeatureCollection"})", "shapes", "not a TopoJSON topology"},
        {"no arcs", R"({"type": "Topology", "objects": {}})", "shapes", "no \"arcs\" array"},
        {"bad transform",
            R"({"type": "Topology", "transform": {"scale": [1]}, "arcs": [], "objects": {}})",
            "shapes", "\"transform\""},
        {"bad position", R"({"type": "Topology", "arcs": [[[0, 0], ["x", 1]]], "objects": {}})",
            "shapes", "arc 0, position 1"},
        {"missing object", valid, "countries", "no object \"countries\""},
        {"arc index too high", withObject(R"({"type": "Polygon", "arcs": [[0, 7]]})"), "o",
            "arc index 7 out of range"},
        {"reversed index too low", withObject(R"({"type": "MultiPolygon", "arcs": [[[-3]]]})"), "o",
            "arc index -3 out of range"},
        {"fractional index", withObject(R"({"type": "Polygon", "arcs": [[0.5]]})"), "o",
            "not an integer"},
        {"ring not an array", withObject(R"({"type": "Polygon", "arcs": [7]})"), "o",
            "not an array"}};
    for (const Row &row : rows)
        QTest::newRow(row.name) << row.json << QString(row.object) << QString(row.error);
}

void TestTopoJsonReader::readerRejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, object);
    QFETCH(QString, expectedError);

    TopoJsonReader reader;
    QString error;
    if (!reader.load(json)) {
        error = reader.errorString();
    } else {
        QVERIFY(!reader.features(object));
        error = reader.errorString();
        QVERIFY(!reader.mesh(object, TopoJsonReader::Mesh::All));
    }
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestTopoJsonReader::readerSurvivesCorruptInput()
{
    // Every truncation and a spread of byte substitutions: each must end in a result or an
    // error message, never a crash or an empty error.
    const QByteArray valid = kTinyTopology;
    const QByteArray replacements = "-9]}\"0,e.[{x";
    QList<QByteArray> inputs;
    for (qsizetype length = 0; length < valid.size(); ++length)
        inputs.append(valid.left(length));
    for (qsizetype at = 0; at < valid.size(); ++at) {
        QByteArray mutated = valid;
        mutated[at] = replacements.at(at % replacements.size());
        inputs.append(mutated);
    }
    inputs.append(R"({"type": "Topology", "arcs": [[[0, 0]]], "objects": {"o": {"type": "Polygon",
        "arcs": [[1e300, -1e300]]}}})");
    QByteArray deep = R"({"type": "Topology", "arcs": [], "objects": {"o": )";
    for (int i = 0; i < 40; ++i)
        deep += R"({"type": "GeometryCollection", "geometries": [)";
    deep += QByteArray(40, ']').replace("]", "]}") + "}}";
    inputs.append(deep);
    int decoded = 0;
    for (const QByteArray &input : std::as_const(inputs)) {
        TopoJsonReader reader;
        if (!reader.load(input)) {
            QVERIFY(!reader.errorString().isEmpty());
            continue;
        }
        const auto features = reader.features(QStringLiteral("shapes"), 0.1);
        QVERIFY(features || !reader.errorString().isEmpty());
        decoded += features ? 1 : 0;
        for (const QString &name : reader.objectNames()) {
            if (!reader.mesh(name, TopoJsonReader::Mesh::All))
                QVERIFY(!reader.errorString().isEmpty());
        }
    }
    QVERIFY(decoded > 0);
}

RP_TEST(TestTopoJsonReader, "tst_topojsonreader")
#include "tst_topojsonreader.moc"
