#pragma once

#include "fuzz/jsontokens.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <limits>
#include <random>

/**
 * Deterministic mutations of JSON text and of QJsonObject trees. Every (seed, iteration) pair
 * gets its own generator, so one failing iteration reproduces on its own and adding iterations
 * (RP_FUZZ_ITERATIONS) never changes the inputs the default run already covers.
 */
class FuzzMutator
{
public:
    enum class Strategy {
        BitFlips, // 1–4 flipped bits anywhere
        ByteInserts, // structural characters, NUL and invalid UTF-8 at a random offset
        RangeEdits, // a byte range deleted or duplicated
        TokenEdits, // a token deleted, duplicated or swapped; an array element duplicated
        ValueSwaps, // a whole value replaced by a hostile one or by another value of the input
        KeyEdits, // unknown keys added, keys duplicated (last one wins) or dropped
        StringPoison, // NUL, invalid UTF-8, lone surrogates and 10 KB runs inside strings
        Stacked, // two or three of the above on top of each other
    };

    FuzzMutator(quint32 seed, int iteration)
    {
        std::seed_seq sequence{seed, quint32(iteration)};
        m_rng.seed(sequence);
    }

    /** In [0, n); n must be positive. Plain modulo rather than std::uniform_int_distribution,
     *  whose output differs between standard libraries: a seed must reproduce everywhere. */
    int pick(qsizetype n) { return int(quint64(m_rng()) % quint64(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template <typename T> const T &pickFrom(const QList<T> &list)
    {
        return list.at(pick(list.size()));
    }

    /** What the last mutate()/mutateTree() did, for the failure report. */
    const QString &description() const { return m_description; }
    /** Byte offset the last text mutation touched, so the report can show that part. */
    qsizetype focus() const { return m_focus; }

    QByteArray mutate(const QByteArray &text, Strategy strategy)
    {
        m_description.clear();
        m_focus = 0;
        if (strategy != Strategy::Stacked)
            return mutateOnce(text, strategy);
        QByteArray out = text;
        for (int n = 2 + pick(2); n > 0; --n)
            out = mutateOnce(out, Strategy(pick(int(Strategy::Stacked))));
        return out;
    }

    /** Applies 1–3 edits at random places of @p object: replace a value with a hostile or
     *  transplanted one, remove a member or element, add an unknown key beside it, or wrap it
     *  one level deeper. */
    QJsonObject mutateTree(const QJsonObject &object)
    {
        m_description.clear();
        m_focus = 0;
        QJsonValue root(object);
        for (int n = 1 + pick(3); n > 0; --n) {
            QList<Path> paths;
            collectPaths(root, {}, &paths);
            if (paths.isEmpty()) { // an earlier edit removed the last member
                QString what;
                QJsonObject refilled = root.toObject();
                refilled.insert(QStringLiteral("zz_unknown"), hostileOrTransplant(root, &what));
                note(
                    QStringLiteral("add key \"zz_unknown\" = %1 to the empty object").arg(what), 0);
                root = refilled;
                continue;
            }
            const Path &path = paths.at(pick(paths.size()));
            root = editAt(root, path, 0);
        }
        return root.toObject();
    }

    /** JSON texts that break assumptions: wrong types, edge numbers, huge and empty strings,
     *  lone surrogates, and nesting deeper than the parser's limit (and just below it). */
    static const QList<QByteArray> &hostileTexts()
    {
        static const QList<QByteArray> texts = [] {
            QList<QByteArray> t{"null", "true", "false", "0", "-0", "-1", "1.5", "-2147483649",
                "2147483648", "4294967298", "9007199254740993", "1e308", "1e309", "-1e309",
                "1e-400", "\"\"", "\"   \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff x\"",
                "\"1970-01-01T00:00:00Z\"", "\"2026-13-45T99:99:99Z\"",
                "\"9999-12-31T23:59:59.999-14:00\"", "\"2026-01-01T00:00:00\"", "[]", "{}",
                "[null,1,\"x\"]", "{\"a\":{\"b\":{}}}", "\"US\"", "\"@EU\"", "\"*\"",
                "\"$district\""};
            t.append('"' + QByteArray(10 * 1024, 'A') + '"');
            t.append(QByteArray(1000, '[') + QByteArray(1000, ']'));
            t.append(QByteArray(10000, '[') + QByteArray(10000, ']'));
            return t;
        }();
        return texts;
    }

    /** The tree-level counterparts of hostileTexts(), plus values no JSON text can carry
     *  (infinities and NaN) that a caller building objects in code can still pass. */
    static const QList<QJsonValue> &hostileValues()
    {
        static const QList<QJsonValue> values = [] {
            QList<QJsonValue> v{QJsonValue(QJsonValue::Null), true, false, 0, -1, 0.5, 2147483648.0,
                4294967298.0, -4294967295.0, 9007199254740993.0, 1e300, -1e300,
                std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                std::numeric_limits<double>::quiet_NaN(), QString(), QStringLiteral("   "),
                QString(QChar(0)), QString(QChar(0xD800)), QStringLiteral("\uFFFD"),
                QStringLiteral("1970-01-01T00:00:00Z"),
                QStringLiteral("9999-12-31T23:59:59.999-14:00"),
                QStringLiteral("2026-01-01T00:00:00"), QStringLiteral("US"), QStringLiteral("@EU"),
                QStringLiteral("*"), QJsonArray(), QJsonObject(),
                QJsonArray{QJsonValue::Null, 1, QStringLiteral("x")},
                QJsonObject{{QStringLiteral("a"), QJsonObject()}}};
            v.append(QString(10 * 1024, QLatin1Char('A')));
            v.append(nestedArrays(1000));
            v.append(nestedArrays(10000));
            return v;
        }();
        return values;
    }

    /** An array nested @p depth deep: [[[…]]]. */
    static QJsonValue nestedArrays(int depth)
    {
        QJsonArray inner;
        for (int i = 1; i < depth; ++i)
            inner = QJsonArray{inner};
        return inner;
    }

private:
    struct Step
    {
        QString key; // member name when index < 0
        qsizetype index = -1;
    };
    using Path = QList<Step>;

    void note(const QString &what, qsizetype offset)
    {
        if (!m_description.isEmpty())
            m_description += QStringLiteral("; ");
        m_description += what;
        m_focus = offset;
    }

    QByteArray mutateOnce(const QByteArray &text, Strategy strategy)
    {
        const JsonTokens tokens(text);
        switch (strategy) {
        case Strategy::BitFlips:
            return flipBits(text);
        case Strategy::ByteInserts:
            return insertBytes(text);
        case Strategy::RangeEdits:
            return editRange(text);
        case Strategy::TokenEdits:
            return editTokens(text, tokens);
        case Strategy::ValueSwaps:
            return swapValue(text, tokens);
        case Strategy::KeyEdits:
            return editKeys(text, tokens);
        case Strategy::StringPoison:
            return poisonString(text, tokens);
        case Strategy::Stacked:
            break;
        }
        return text;
    }

    QByteArray flipBits(QByteArray text)
    {
        if (text.isEmpty())
            return insertBytes(text);
        for (int n = 1 + pick(4); n > 0; --n) {
            const qsizetype at = pick(text.size());
            const int bit = pick(8);
            text[at] = char(text.at(at) ^ (1 << bit));
            note(QStringLiteral("flip bit %1 at byte %2").arg(bit).arg(at), at);
        }
        return text;
    }

    QByteArray insertBytes(QByteArray text)
    {
        static const QList<QByteArray> bytes{QByteArray(1, '\0'), "\xff", "\xc0\xaf",
            "\xed\xa0\x80", "\xe2\x82", "{", "}", "[", "]", ",", ":", "\"", "\\", "-", "0", "e",
            "1e999"};
        const qsizetype at = pick(text.size() + 1);
        const QByteArray &what = pickFrom(bytes);
        text.insert(at, what);
        note(QStringLiteral("insert %1 at byte %2").arg(QString::fromLatin1(what.toHex())).arg(at),
            at);
        return text;
    }

    QByteArray editRange(QByteArray text)
    {
        if (text.isEmpty())
            return insertBytes(text);
        const qsizetype at = pick(text.size());
        const qsizetype length = 1 + pick(std::min<qsizetype>(32, text.size() - at));
        if (chance(50)) {
            text.remove(at, length);
            note(QStringLiteral("delete %1 bytes at %2").arg(length).arg(at), at);
        } else {
            text.insert(at + length, text.mid(at, length));
            note(QStringLiteral("duplicate %1 bytes at %2").arg(length).arg(at), at);
        }
        return text;
    }

    QByteArray editTokens(QByteArray text, const JsonTokens &tokens)
    {
        if (tokens.size() < 2)
            return editRange(text);
        const auto elements = tokens.indicesWhere([&](qsizetype i) {
            return i > 0 && tokens.startsValue(i)
                && (tokens.at(i - 1).punct == '[' || tokens.at(i - 1).punct == ',');
        });
        const auto a = tokens.at(pick(tokens.size()));
        switch (pick(4)) {
        case 3:
            if (!elements.isEmpty()) {
                // A whole array element twice: a repeated rule, zone member or arc.
                const auto [begin, end] = valueRange(tokens, pickFrom(elements));
                text.insert(end, ',' + text.mid(begin, end - begin));
                note(QStringLiteral("duplicate the array element at byte %1").arg(begin), begin);
                break;
            }
            Q_FALLTHROUGH();
        case 0:
            text.remove(a.begin, a.end - a.begin);
            note(QStringLiteral("delete token at byte %1").arg(a.begin), a.begin);
            break;
        case 1:
            text.insert(a.end, text.mid(a.begin, a.end - a.begin));
            note(QStringLiteral("duplicate token at byte %1").arg(a.begin), a.begin);
            break;
        default: {
            auto b = tokens.at(pick(tokens.size()));
            auto first = a.begin < b.begin ? a : b;
            auto second = a.begin < b.begin ? b : a;
            if (first.begin == second.begin)
                break;
            text = text.left(first.begin) + text.mid(second.begin, second.end - second.begin)
                + text.mid(first.end, second.begin - first.end)
                + text.mid(first.begin, first.end - first.begin) + text.mid(second.end);
            note(
                QStringLiteral("swap tokens at bytes %1 and %2").arg(first.begin).arg(second.begin),
                first.begin);
            break;
        }
        }
        return text;
    }

    // Byte range [begin, end) of the value that starts at token `index`.
    static std::pair<qsizetype, qsizetype> valueRange(const JsonTokens &tokens, qsizetype index)
    {
        return {tokens.at(index).begin, tokens.at(tokens.valueLast(index)).end};
    }

    QByteArray replacementValue(const QByteArray &text, const JsonTokens &tokens,
        const QList<qsizetype> &values, QString *what)
    {
        // A value from elsewhere in the same input has the right shape for some other field,
        // which gets mutations past the first type check far more often than random text does.
        if (chance(30) && !values.isEmpty()) {
            const auto [begin, end] = valueRange(tokens, pickFrom(values));
            *what = QStringLiteral("the value at byte %1").arg(begin);
            return text.mid(begin, std::min<qsizetype>(end - begin, 4096));
        }
        const QByteArray &hostile = pickFrom(hostileTexts());
        *what = hostile.size() > 40 ? QStringLiteral("a %1-byte hostile value").arg(hostile.size())
                                    : QString::fromUtf8(hostile);
        return hostile;
    }

    QByteArray swapValue(QByteArray text, const JsonTokens &tokens)
    {
        const auto values = tokens.indicesWhere([&](qsizetype i) { return tokens.startsValue(i); });
        if (values.isEmpty())
            return editRange(text);
        const auto [begin, end] = valueRange(tokens, pickFrom(values));
        QString what;
        const QByteArray replacement = replacementValue(text, tokens, values, &what);
        text.replace(begin, end - begin, replacement);
        note(QStringLiteral("replace the value at byte %1 with %2").arg(begin).arg(what), begin);
        return text;
    }

    QByteArray editKeys(QByteArray text, const JsonTokens &tokens)
    {
        const auto objects
            = tokens.indicesWhere([&](qsizetype i) { return tokens.at(i).punct == '{'; });
        const auto keys = tokens.indicesWhere([&](qsizetype i) {
            return tokens.isKey(i) && i + 2 < tokens.size() && tokens.startsValue(i + 2);
        });
        const auto values = tokens.indicesWhere([&](qsizetype i) { return tokens.startsValue(i); });
        const int op = pick(3);
        if (op == 0 && !objects.isEmpty()) {
            static const QList<QByteArray> unknownKeys{
                "\"zz_unknown\"", "\"\"", "\"ID\"", "\"id \"", "\"\\u0000\"", "\"replica\""};
            const qsizetype brace = pickFrom(objects);
            const qsizetype at = tokens.at(brace).end;
            const bool empty = brace + 1 < tokens.size() && tokens.at(brace + 1).punct == '}';
            QString what;
            const QByteArray key = pickFrom(unknownKeys);
            const QByteArray member
                = key + ':' + replacementValue(text, tokens, values, &what) + (empty ? "" : ",");
            text.insert(at, member);
            note(QStringLiteral("add key %1 = %2 at byte %3")
                     .arg(QString::fromUtf8(key), what)
                     .arg(at),
                at);
        } else if (op == 1 && !keys.isEmpty()) {
            // The parser keeps the last of duplicate keys: the hostile copy goes last half the
            // time (it wins) and first the other half (the original wins).
            const qsizetype key = pickFrom(keys);
            const auto [valueBegin, valueEnd] = valueRange(tokens, key + 2);
            const QByteArray name
                = text.mid(tokens.at(key).begin, tokens.at(key).end - tokens.at(key).begin);
            QString what;
            const QByteArray member = name + ':' + replacementValue(text, tokens, values, &what);
            if (chance(50)) {
                text.insert(valueEnd, ',' + member);
                note(QStringLiteral("duplicate key %1 after itself with %2")
                         .arg(QString::fromUtf8(name), what),
                    valueEnd);
            } else {
                text.insert(tokens.at(key).begin, member + ',');
                note(QStringLiteral("duplicate key %1 before itself with %2")
                         .arg(QString::fromUtf8(name), what),
                    tokens.at(key).begin);
            }
        } else if (!keys.isEmpty()) {
            const qsizetype key = pickFrom(keys);
            qsizetype begin = tokens.at(key).begin;
            qsizetype end = valueRange(tokens, key + 2).second;
            const qsizetype last = tokens.valueLast(key + 2);
            if (last + 1 < tokens.size() && tokens.at(last + 1).punct == ',')
                end = tokens.at(last + 1).end;
            else if (key > 0 && tokens.at(key - 1).punct == ',')
                begin = tokens.at(key - 1).begin;
            note(QStringLiteral("drop member %1 at byte %2")
                     .arg(QString::fromUtf8(
                         text.mid(tokens.at(key).begin, tokens.at(key).end - tokens.at(key).begin)))
                     .arg(begin),
                begin);
            text.remove(begin, end - begin);
        } else {
            return swapValue(text, tokens);
        }
        return text;
    }

    QByteArray poisonString(QByteArray text, const JsonTokens &tokens)
    {
        static const QList<QByteArray> poisons{QByteArray(1, '\0'), "\xff", "\xc3", "\xed\xa0\x80",
            "\xf8\x88\x80\x80\x80", "\xc0\xaf", "\\u0000", "\\ud800", "\\udc00", "\\", "\\x",
            "\\u12", "\n", QByteArray(10 * 1024, 'a')};
        const auto strings = tokens.indicesWhere(
            [&](qsizetype i) { return tokens.at(i).kind == JsonTokens::Kind::String; });
        if (strings.isEmpty())
            return insertBytes(text);
        const auto token = tokens.at(pickFrom(strings));
        // Anywhere between the quotes, including right after the opening one.
        const qsizetype at
            = token.begin + 1 + pick(std::max<qsizetype>(1, token.end - token.begin - 1));
        const QByteArray &poison = pickFrom(poisons);
        text.insert(at, poison);
        note(QStringLiteral("insert %1 into the string at byte %2")
                 .arg(poison.size() > 16 ? QStringLiteral("%1 bytes").arg(poison.size())
                                         : QString::fromLatin1(poison.toHex()))
                 .arg(token.begin),
            at);
        return text;
    }

    // Tree paths, skipping the insides of very deep values (the hostile nested arrays) so one
    // edit does not cost a walk over ten thousand levels.
    static void collectPaths(const QJsonValue &value, const Path &path, QList<Path> *out)
    {
        if (!path.isEmpty())
            out->append(path);
        if (path.size() > 24 || out->size() > 4000)
            return;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                collectPaths(it.value(), Path(path) << Step{it.key(), -1}, out);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                collectPaths(array.at(i), Path(path) << Step{QString(), i}, out);
        }
    }

    static QString describePath(const Path &path)
    {
        QString out;
        for (const Step &step : path)
            out += step.index >= 0 ? QStringLiteral("[%1]").arg(step.index) : u'/' + step.key;
        return out.isEmpty() ? QStringLiteral("/") : out;
    }

    QJsonValue hostileOrTransplant(const QJsonValue &root, QString *what)
    {
        if (chance(25)) {
            QList<Path> paths;
            collectPaths(root, {}, &paths);
            if (!paths.isEmpty()) {
                const Path &from = paths.at(pick(paths.size()));
                *what = QStringLiteral("the value at %1").arg(describePath(from));
                QJsonValue v = root;
                for (const Step &step : from)
                    v = step.index >= 0 ? v.toArray().at(step.index) : v.toObject().value(step.key);
                return v;
            }
        }
        const int index = pick(hostileValues().size());
        const QJsonValue &v = hostileValues().at(index);
        *what = QStringLiteral("hostile value #%1 (%2)").arg(index).arg(describeValue(v));
        return v;
    }

    static QString describeValue(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 17);
        case QJsonValue::String:
            return v.toString().size() > 20
                ? QStringLiteral("%1-char string").arg(v.toString().size())
                : u'"' + v.toString() + u'"';
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("undefined");
    }

    // Returns `value` with one edit applied at path[depth…].
    QJsonValue editAt(const QJsonValue &value, const Path &path, qsizetype depth,
        const QJsonValue *root = nullptr)
    {
        const QJsonValue &top = root ? *root : value;
        if (depth + 1 < path.size()) {
            const Step &step = path.at(depth);
            if (step.index >= 0) {
                QJsonArray array = value.toArray();
                array[step.index] = editAt(array.at(step.index), path, depth + 1, &top);
                return array;
            }
            QJsonObject object = value.toObject();
            object[step.key] = editAt(object.value(step.key), path, depth + 1, &top);
            return object;
        }
        // `value` is the container holding the target; path.last() addresses the target.
        const Step &step = path.last();
        const QString where = describePath(path);
        QJsonValue target
            = step.index >= 0 ? value.toArray().at(step.index) : value.toObject().value(step.key);
        QString what;
        switch (pick(5)) {
        case 0: { // remove the member or element
            if (step.index >= 0) {
                QJsonArray array = value.toArray();
                array.removeAt(step.index);
                note(QStringLiteral("remove %1").arg(where), 0);
                return array;
            }
            QJsonObject object = value.toObject();
            object.remove(step.key);
            note(QStringLiteral("remove %1").arg(where), 0);
            return object;
        }
        case 1: // an unknown key next to the target
            if (step.index < 0) {
                static const QStringList unknownKeys{QStringLiteral("zz_unknown"), QString(),
                    QStringLiteral("ID"), QStringLiteral("id "), QString(QChar(0))};
                QJsonObject object = value.toObject();
                const QString key = unknownKeys.at(pick(unknownKeys.size()));
                object.insert(key, hostileOrTransplant(top, &what));
                note(QStringLiteral("add key \"%1\" = %2 beside %3").arg(key, what, where), 0);
                return object;
            } else {
                // A second copy of an element: a repeated rule, zone member or selector.
                QJsonArray array = value.toArray();
                array.insert(step.index + 1, target);
                note(QStringLiteral("duplicate element %1").arg(where), 0);
                return array;
            }
        case 2: // wrap it one level deeper
            if (chance(50)) {
                target = QJsonArray{target};
                note(QStringLiteral("wrap %1 in an array").arg(where), 0);
            } else {
                target = QJsonObject{{QStringLiteral("v"), target}};
                note(QStringLiteral("wrap %1 in an object").arg(where), 0);
            }
            break;
        default:
            target = hostileOrTransplant(top, &what);
            note(QStringLiteral("set %1 = %2").arg(where, what), 0);
            break;
        }
        if (step.index >= 0) {
            QJsonArray array = value.toArray();
            array[step.index] = target;
            return array;
        }
        QJsonObject object = value.toObject();
        object[step.key] = target;
        return object;
    }

    std::mt19937 m_rng;
    QString m_description;
    qsizetype m_focus = 0;
};
