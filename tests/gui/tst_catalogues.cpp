// Issue #10 (French and Spanish catalogues) and #10.9: the console's catalogues (German,
// Canadian French, Spanish) are complete. lupdate is run on today's sources into a scratch file,
// so a string added with tr() and not translated fails here whether or not anyone refreshed the
// .ts files; every translation keeps the source's placeholders, HTML tags, line breaks and
// mnemonic, and plural strings have both forms.

#include "testmain.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one for a plain string, one per plural form
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{
                context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = type == u"unfinished";
            if (type == u"vanished" || type == u"obsolete")
                continue;
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString key(const Message &m)
{
    return m.context + u'\x1f' + m.source;
}

QStringList placeholders(const QString &text, bool dropN)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9][0-9]?|%n|%p"));
    QStringList found;
    for (const auto &match : re.globalMatch(text))
        if (!(dropN && match.captured() == u"%n"))
            found.append(match.captured());
    found.sort();
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<[^>]+>"));
    QStringList found;
    for (const auto &match : re.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

qsizetype mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!amp;|lt;|gt;|nbsp;|&)"));
    return text.count(re);
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();

private:
    QTemporaryDir m_dir;
    QList<Message> m_current;
};

void TestCatalogues::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString source = qEnvironmentVariable("RP_SOURCE_DIR");
    QVERIFY2(QDir(source).exists(QStringLiteral("translations")), "RP_SOURCE_DIR is not set");
    QStringList files;
    for (const auto *folder : {"ui", "models"}) {
        QDirIterator it(source + u'/' + QLatin1String(folder), {"*.cpp", "*.h"}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    for (const auto &entry :
        QDir(source + QStringLiteral("/app/console")).entryInfoList({"*.cpp", "*.h"}, QDir::Files))
        files.append(entry.filePath());
    QVERIFY(files.size() > 50);
    const QString list = m_dir.filePath(QStringLiteral("sources.lst"));
    QFile lst(list);
    QVERIFY(lst.open(QIODevice::WriteOnly));
    lst.write(files.join(u'\n').toUtf8());
    lst.close();
    const QString current = m_dir.filePath(QStringLiteral("current.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(RP_LUPDATE),
        {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-I"), source, u'@' + list, QStringLiteral("-ts"), current});
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish within 60 s");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        lupdate.readAll().constData());
    QString error;
    m_current = readCatalogue(current, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The console has several hundred strings; far fewer means lupdate read nothing.
    QVERIFY2(m_current.size() > 500, qPrintable(QString::number(m_current.size())));
}

void TestCatalogues::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Canadian French") << QStringLiteral("fr_CA");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestCatalogues::complete()
{
    QFETCH(QString, language);
    const QString path = qEnvironmentVariable("RP_SOURCE_DIR")
        + QStringLiteral("/translations/regionalpods_%1.ts").arg(language);
    QString error;
    const QList<Message> catalogue = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Message> byKey;
    for (const auto &m : catalogue)
        byKey.insert(key(m), m);

    QStringList problems;
    for (const auto &m : m_current) {
        const auto found = byKey.constFind(key(m));
        const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
        if (found == byKey.constEnd()) {
            problems.append(where + QStringLiteral(": not in the catalogue (run lupdate)"));
            continue;
        }
        if (found->unfinished || found->forms.isEmpty()) {
            problems.append(where + QStringLiteral(": not translated"));
            continue;
        }
        // German, French and Spanish each have two plural forms (one, other).
        if (m.numerus && found->forms.size() != 2)
            problems.append(where + QStringLiteral(": %1 plural forms").arg(found->forms.size()));
        for (const auto &form : found->forms) {
            if (form.trimmed().isEmpty())
                problems.append(where + QStringLiteral(": an empty form"));
            // A singular may spell out "one" instead of %n; every other placeholder stays.
            if (placeholders(form, m.numerus) != placeholders(m.source, m.numerus))
                problems.append(
                    where + QStringLiteral(": placeholders differ in \"%1\"").arg(form));
            if (tags(form) != tags(m.source))
                problems.append(where + QStringLiteral(": HTML tags differ in \"%1\"").arg(form));
            if (form.count(u'\n') != m.source.count(u'\n'))
                problems.append(where + QStringLiteral(": line breaks differ in \"%1\"").arg(form));
            if (mnemonics(form) != mnemonics(m.source))
                problems.append(where + QStringLiteral(": mnemonic differs in \"%1\"").arg(form));
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) + problems.join(u'\n')));
}

RP_TEST(TestCatalogues, "tst_catalogues")
#include "tst_catalogues.moc"
