#include "backend/core/residency/policypackparser.h"

#include <QRegularExpression>

#include "backend/core/residency/jurisdictioncode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString pointer(const QString &base, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return base + u'/' + escaped;
}

QString pointer(const QString &base, qsizetype index)
{
    return base + u'/' + QString::number(index);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool isZoneName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name[0] < u'A' || name[0] > u'Z')
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'))
            return false;
    }
    return true;
}

bool isCertificationName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '-'))
            return false;
    }
    return name[0] != u'_' && name[0] != u'-';
}

// 1-based line and column of a byte offset, for JSON syntax errors people have to find.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

PolicyPackParser::PolicyPackParser(QString fileName)
    : m_fileName(std::move(fileName))
{ }

PolicyPack::LoadResult PolicyPackParser::parse(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error(QString(),
            QStringLiteral("not valid JSON at %1 (byte %2): %3")
                .arg(lineAndColumn(bytes, parseError.offset))
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    } else if (!document.isObject()) {
        error(QString(), QStringLiteral("the pack must be a JSON object"));
    } else {
        parseRoot(document.object());
    }

    PolicyPack::LoadResult result;
    if (m_errors.isEmpty())
        result.pack = m_pack;
    result.errors = m_errors;
    return result;
}

void PolicyPackParser::error(const QString &path, const QString &reason)
{
    m_errors.append(PolicyError{m_fileName, path, reason});
}

void PolicyPackParser::rejectUnknownKeys(
    const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            error(pointer(path, it.key()),
                QStringLiteral("unknown key '%1' (allowed here: %2)")
                    .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }
}

std::optional<QString> PolicyPackParser::readString(const QJsonObject &object, const QString &key,
    const QString &path, bool required, bool nonEmpty)
{
    const QString at = pointer(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(at, QStringLiteral("required key '%1' is missing").arg(key));
        return std::nullopt;
    }
    if (!value.isString()) {
        error(at, QStringLiteral("must be a string, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    if (nonEmpty && value.toString().trimmed().isEmpty()) {
        error(at, QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> PolicyPackParser::readText(const QJsonObject &object, const QString &key,
    const QString &path, bool required, PolicyRule *rule)
{
    const QJsonValue value = object.value(key);
    if (!value.isObject())
        return readString(object, key, path, required, key != QLatin1String("description"));
    const QString at = pointer(path, key);
    const QJsonObject texts = value.toObject();
    static const QRegularExpression languageTag(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    std::optional<QString> english;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString language = it.key();
        const QString textAt = pointer(at, language);
        if (!languageTag.match(language).hasMatch()) {
            error(textAt,
                QStringLiteral("'%1' is not a language tag (like \"de\" or \"fr-CA\")")
                    .arg(language));
            continue;
        }
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            error(textAt,
                QStringLiteral("must be a non-empty string, not %1").arg(typeName(it.value())));
            continue;
        }
        if (language == QLatin1String("en"))
            english = it.value().toString();
        else
            rule->translations[key].insert(language, it.value().toString());
    }
    if (!english)
        error(at, QStringLiteral("must have the English text (\"en\") the others translate"));
    return english;
}

std::optional<QJsonArray> PolicyPackParser::readArray(
    const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QString at = pointer(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(at, QStringLiteral("required key '%1' is missing").arg(key));
        return std::nullopt;
    }
    if (!value.isArray()) {
        error(at, QStringLiteral("must be an array, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toArray();
}

void PolicyPackParser::parseRoot(const QJsonObject &root)
{
    rejectUnknownKeys(root, QString(),
        {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"),
            QStringLiteral("zones"), QStringLiteral("rules"), QStringLiteral("default")});

    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (version.isUndefined()) {
        error(QStringLiteral("/version"), QStringLiteral("required key 'version' is missing"));
    } else if (!version.isDouble()) {
        error(QStringLiteral("/version"),
            QStringLiteral("must be the number 1, not %1").arg(typeName(version)));
    } else if (version.toDouble() != 1.0) {
        error(QStringLiteral("/version"),
            QStringLiteral("unsupported version %1: this build reads version 1")
                .arg(version.toDouble()));
    } else {
        m_pack.m_version = 1;
    }

    m_pack.m_name
        = readString(root, QStringLiteral("name"), QString(), true, true).value_or(QString());
    m_pack.m_description = readString(root, QStringLiteral("description"), QString(), false, false)
                               .value_or(QString());

    // Zones first: rules refer to them.
    const QJsonValue zones = root.value(QLatin1StringView("zones"));
    if (!zones.isUndefined())
        parseZones(zones, QStringLiteral("/zones"));

    if (const auto rules = readArray(root, QStringLiteral("rules"), QString(), true)) {
        for (qsizetype i = 0; i < rules->size(); ++i) {
            PolicyRule rule;
            parseRule(rules->at(i), pointer(QStringLiteral("/rules"), i), &rule);
            m_pack.m_rules.append(rule);
        }
    }

    const QJsonValue defaultValue = root.value(QLatin1StringView("default"));
    if (defaultValue.isUndefined())
        error(QStringLiteral("/default"), QStringLiteral("required key 'default' is missing"));
    else
        parseDefault(defaultValue, QStringLiteral("/default"));

    if (m_certifications.size() > MaxCertifications) {
        error(QString(),
            QStringLiteral("the pack names %1 distinct certifications; at most %2 are "
                           "supported")
                .arg(m_certifications.size())
                .arg(MaxCertifications));
    }
}

void PolicyPackParser::parseZones(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        error(path,
            QStringLiteral("must be an object of zone name → jurisdiction codes, not %1")
                .arg(typeName(value)));
        return;
    }
    const QJsonObject zones = value.toObject();
    for (auto it = zones.begin(); it != zones.end(); ++it) {
        const QString at = pointer(path, it.key());
        if (!isZoneName(it.key())) {
            error(at,
                QStringLiteral("zone name '%1' must be upper-case letters, digits and '_', "
                               "starting with a letter")
                    .arg(it.key()));
            continue;
        }
        if (!it.value().isArray()) {
            error(at,
                QStringLiteral("must be an array of jurisdiction codes, not %1")
                    .arg(typeName(it.value())));
            continue;
        }
        const QJsonArray members = it.value().toArray();
        if (members.isEmpty()) {
            error(at, QStringLiteral("zone '%1' is empty").arg(it.key()));
            continue;
        }
        QStringList codes;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QString memberAt = pointer(at, i);
            const QJsonValue member = members.at(i);
            if (!member.isString()) {
                error(memberAt,
                    QStringLiteral("must be a jurisdiction code string, not %1")
                        .arg(typeName(member)));
                continue;
            }
            const QString code = member.toString();
            if (const QString why = JurisdictionCode::validationError(code); !why.isEmpty()) {
                error(memberAt, why);
                continue;
            }
            if (codes.contains(code)) {
                error(memberAt, QStringLiteral("'%1' is listed twice").arg(code));
                continue;
            }
            codes.append(code);
        }
        m_pack.m_zones.insert(it.key(), codes);
    }
}

void PolicyPackParser::checkRuleId(const QString &id, const QString &path)
{
    bool ok = !id.isEmpty() && id.size() <= 64 && isAsciiAlnum(id[0]);
    for (QChar c : id) {
        ok = ok && (isAsciiAlnum(c) || c == u'-' || c == u'_' || c == u'.' || c == u':');
    }
    if (!ok) {
        error(path,
            QStringLiteral("rule id '%1' must be 1–64 ASCII letters, digits, '-', '_', "
                           "'.' or ':', starting with a letter or digit")
                .arg(id));
        return;
    }
    if (m_ruleIds.contains(id)) {
        error(path, QStringLiteral("duplicate rule id '%1'").arg(id));
        return;
    }
    m_ruleIds.insert(id);
}

void PolicyPackParser::parseRule(const QJsonValue &value, const QString &path, PolicyRule *rule)
{
    if (!value.isObject()) {
        error(path, QStringLiteral("a rule must be an object, not %1").arg(typeName(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    rejectUnknownKeys(object, path,
        {QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("applies_to"),
            QStringLiteral("allow_target"), QStringLiteral("consent_can_allow"),
            QStringLiteral("consent_legal_basis"), QStringLiteral("legal_basis"),
            QStringLiteral("remedy"), QStringLiteral("regime")});

    if (const auto id = readString(object, QStringLiteral("id"), path, true, true)) {
        rule->id = *id;
        checkRuleId(*id, pointer(path, QStringLiteral("id")));
    }
    parseRegime(object, path, rule);
    rule->description
        = readText(object, QStringLiteral("description"), path, false, rule).value_or(QString());
    rule->legalBasis
        = readText(object, QStringLiteral("legal_basis"), path, true, rule).value_or(QString());
    rule->remedy = readText(object, QStringLiteral("remedy"), path, true, rule).value_or(QString());

    if (const auto appliesTo = readArray(object, QStringLiteral("applies_to"), path, true)) {
        const QString at = pointer(path, QStringLiteral("applies_to"));
        if (appliesTo->isEmpty())
            error(at, QStringLiteral("must list at least one selector"));
        for (qsizetype i = 0; i < appliesTo->size(); ++i) {
            PolicySelector selector;
            parseSelector(appliesTo->at(i), pointer(at, i), &selector);
            rule->appliesTo.append(selector);
        }
    }

    const QJsonValue allowTarget = object.value(QLatin1StringView("allow_target"));
    if (allowTarget.isUndefined()) {
        error(pointer(path, QStringLiteral("allow_target")),
            QStringLiteral("required key 'allow_target' is missing"));
    } else {
        parseAllowTarget(allowTarget, pointer(path, QStringLiteral("allow_target")), rule);
    }

    const QJsonValue consent = object.value(QLatin1StringView("consent_can_allow"));
    if (!consent.isUndefined()) {
        if (consent.isBool())
            rule->consentCanAllow = consent.toBool();
        else
            error(pointer(path, QStringLiteral("consent_can_allow")),
                QStringLiteral("must be a boolean, not %1").arg(typeName(consent)));
    }
    if (const auto basis
        = readText(object, QStringLiteral("consent_legal_basis"), path, false, rule)) {
        rule->consentLegalBasis = *basis;
        if (!rule->consentCanAllow) {
            error(pointer(path, QStringLiteral("consent_legal_basis")),
                QStringLiteral("only meaningful with \"consent_can_allow\": true"));
        }
    }
}

void PolicyPackParser::parseSelector(
    const QJsonValue &value, const QString &path, PolicySelector *selector)
{
    if (!value.isObject()) {
        error(path, QStringLiteral("a selector must be an object, not %1").arg(typeName(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    rejectUnknownKeys(
        object, path, {QStringLiteral("data_classes"), QStringLiteral("district_in")});

    if (const auto classes = readArray(object, QStringLiteral("data_classes"), path, true)) {
        const QString at = pointer(path, QStringLiteral("data_classes"));
        if (classes->isEmpty())
            error(at, QStringLiteral("must list at least one data class"));
        for (qsizetype i = 0; i < classes->size(); ++i) {
            const QJsonValue entry = classes->at(i);
            const auto dataClass = dataClassFromString(entry.toString());
            if (!entry.isString()) {
                error(pointer(at, i),
                    QStringLiteral("must be a data class name, not %1").arg(typeName(entry)));
            } else if (!dataClass) {
                error(pointer(at, i),
                    QStringLiteral("unknown data class '%1' (known: %2)")
                        .arg(entry.toString(), dataClassNamesForHumans()));
            } else if (selector->dataClasses.contains(*dataClass)) {
                error(pointer(at, i),
                    QStringLiteral("data class '%1' is listed twice").arg(entry.toString()));
            } else {
                selector->dataClasses.append(*dataClass);
            }
        }
    }

    if (const auto districtIn = readArray(object, QStringLiteral("district_in"), path, false)) {
        const QString at = pointer(path, QStringLiteral("district_in"));
        if (districtIn->isEmpty())
            error(at, QStringLiteral("must not be empty; leave the key out to match any district"));
        selector->districtIn = parseRefs(*districtIn, at, RefContext::District);
    }
}

void PolicyPackParser::parseAllowTarget(
    const QJsonValue &value, const QString &path, PolicyRule *rule)
{
    if (!value.isObject()) {
        error(path, QStringLiteral("must be an object, not %1").arg(typeName(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    rejectUnknownKeys(object, path, {QStringLiteral("in"), QStringLiteral("certifications")});

    if (const auto in = readArray(object, QStringLiteral("in"), path, true)) {
        const QString at = pointer(path, QStringLiteral("in"));
        if (in->isEmpty())
            error(at, QStringLiteral("must not be empty; use [\"*\"] for any jurisdiction"));
        rule->targetIn = parseRefs(*in, at, RefContext::Target);
    }
    if (const auto certs = readArray(object, QStringLiteral("certifications"), path, false)) {
        rule->targetCertifications
            = parseCertifications(*certs, pointer(path, QStringLiteral("certifications")));
    }
}

QStringList PolicyPackParser::parseRefs(
    const QJsonArray &array, const QString &path, RefContext context)
{
    QStringList refs;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = pointer(path, i);
        const QJsonValue entry = array.at(i);
        if (!entry.isString()) {
            error(at, QStringLiteral("must be a string, not %1").arg(typeName(entry)));
            continue;
        }
        const QString ref = entry.toString();
        if (refs.contains(ref)) {
            error(at, QStringLiteral("'%1' is listed twice").arg(ref));
            continue;
        }
        if (ref.startsWith(u'@')) {
            if (!m_pack.m_zones.contains(ref.mid(1))) {
                error(at, QStringLiteral("reference to undefined zone '%1'").arg(ref.mid(1)));
                continue;
            }
        } else if (ref == u"*" || ref == u"$district") {
            if (context == RefContext::District) {
                error(at,
                    QStringLiteral("'%1' is only allowed in allow_target.in; leave "
                                   "district_in out to match any district")
                        .arg(ref));
                continue;
            }
            if (ref == u"*" && array.size() != 1) {
                error(at, QStringLiteral("'*' (any jurisdiction) must be the only entry"));
                continue;
            }
        } else if (const QString why = JurisdictionCode::validationError(ref); !why.isEmpty()) {
            error(at, why + QStringLiteral(" (or a zone reference such as '@EU')"));
            continue;
        }
        refs.append(ref);
    }
    return refs;
}

QStringList PolicyPackParser::parseCertifications(const QJsonArray &array, const QString &path)
{
    QStringList certs;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = pointer(path, i);
        const QJsonValue entry = array.at(i);
        if (!entry.isString() || !isCertificationName(entry.toString())) {
            error(at,
                QStringLiteral("%1 is not a certification name: expected upper-case letters, "
                               "digits, '-' or '_' such as 'COPPA'")
                    .arg(entry.isString() ? u'\'' + entry.toString() + u'\'' : typeName(entry)));
            continue;
        }
        if (certs.contains(entry.toString())) {
            error(at, QStringLiteral("'%1' is listed twice").arg(entry.toString()));
            continue;
        }
        certs.append(entry.toString());
        m_certifications.insert(entry.toString());
    }
    return certs;
}

void PolicyPackParser::parseRegime(const QJsonObject &object, const QString &path, PolicyRule *rule)
{
    // Optional ("other" when absent), so a pack written before regimes still loads.
    const auto name = readString(object, QStringLiteral("regime"), path, false, true);
    if (!name)
        return;
    if (const auto regime = regimeFromName(*name))
        rule->regime = *regime;
    else
        error(pointer(path, QStringLiteral("regime")),
            QStringLiteral("'%1' is not a regime: expected one of %2")
                .arg(*name, regimeNamesForHumans()));
}

void PolicyPackParser::parseDefault(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        error(path,
            QStringLiteral("must be an object with id, legal_basis and remedy, not %1")
                .arg(typeName(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    rejectUnknownKeys(object, path,
        {QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("legal_basis"),
            QStringLiteral("remedy"), QStringLiteral("regime")});
    PolicyRule &rule = m_pack.m_defaultRule;
    if (const auto id = readString(object, QStringLiteral("id"), path, true, true)) {
        rule.id = *id;
        checkRuleId(*id, pointer(path, QStringLiteral("id")));
    }
    parseRegime(object, path, &rule);
    rule.description
        = readText(object, QStringLiteral("description"), path, false, &rule).value_or(QString());
    rule.legalBasis
        = readText(object, QStringLiteral("legal_basis"), path, true, &rule).value_or(QString());
    rule.remedy = readText(object, QStringLiteral("remedy"), path, true, &rule).value_or(QString());
}
