// The translations: every user-visible string reaches the translators (lupdate finds every tr(),
// the committed .ts files hold every string), a translation keeps the placeholders and the
// spacing of its source, and the built program speaks the user's language.
#include <QDir>
#include <QDirIterator>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

namespace {

struct Entry
{
    QStringList forms; ///< the translation, or its plural forms (numerus messages)
    bool finished = false;
};

/// (context, source) → translation, as in one .ts file.
using Catalog = std::map<std::pair<QString, QString>, Entry>;

Catalog readCatalog(const QString &path, QString *error)
{
    Catalog catalog;
    QFile file(path);
    QDomDocument document;
    if (!file.open(QIODevice::ReadOnly) || !document.setContent(&file, error))
        return catalog;
    for (QDomElement context = document.documentElement().firstChildElement(QStringLiteral("context"));
         !context.isNull(); context = context.nextSiblingElement(QStringLiteral("context"))) {
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement message = context.firstChildElement(QStringLiteral("message")); !message.isNull();
             message = message.nextSiblingElement(QStringLiteral("message"))) {
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            const QString type = translation.attribute(QStringLiteral("type"));
            Entry entry;
            for (QDomElement form = translation.firstChildElement(QStringLiteral("numerusform"));
                 !form.isNull(); form = form.nextSiblingElement(QStringLiteral("numerusform")))
                entry.forms << form.text();
            if (entry.forms.isEmpty())
                entry.forms << translation.text();
            entry.finished = type.isEmpty() && !entry.forms.contains(QString());
            catalog[{ name, message.firstChildElement(QStringLiteral("source")).text() }] = entry;
        }
    }
    return catalog;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QString leadingSpace(const QString &text)
{
    return text.left(
        int(text.size() - QString(text).remove(QRegularExpression(QStringLiteral("^\\s+"))).size()));
}

QString trailingSpace(const QString &text)
{
    return text.mid(QString(text).remove(QRegularExpression(QStringLiteral("\\s+$"))).size());
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(TANDEM_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({ QStringLiteral("tandem_*.ts") }, QDir::Files))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyStringIsExtracted();
    void everyLiteralIsExtracted();
    void committedFilesAreCurrent_data();
    void committedFilesAreCurrent();
    void translationsKeepPlaceholdersAndSpacing_data();
    void translationsKeepPlaceholdersAndSpacing();
    void commandLineSpeaksTheUsersLanguage_data();
    void commandLineSpeaksTheUsersLanguage();

private:
    QTemporaryDir m_dir;
    QString m_lupdateOutput;
    Catalog m_extracted;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!tsFiles().isEmpty(), "no translations/tandem_*.ts");
    // What the tandem-lupdate target would extract, into a scratch file.
    const QString scratch = m_dir.filePath(QStringLiteral("extracted.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(TANDEM_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TANDEM_LUPDATE),
        { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
            QStringLiteral("cpp,h,ui"), QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("core"),
            QStringLiteral("-ts"), scratch });
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    m_extracted = readCatalog(scratch, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_extracted.size() > 100, qPrintable(m_lupdateOutput));
}

// lupdate drops a tr() it cannot give a context (a free function's, say) with only a warning:
// such a string would never be translated.
void TestTranslations::everyStringIsExtracted()
{
    QStringList lost;
    for (const QString &line : m_lupdateOutput.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("cannot be called without context"))
            || line.contains(QLatin1String("Discarding unconsumed")))
            lost << line;
    }
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
}

// lupdate also skips some calls without a word (one whose count argument holds a string literal,
// for one): every tr()/translate() of a single literal in the sources must be in its output.
void TestTranslations::everyLiteralIsExtracted()
{
    QSet<QString> extracted;
    for (const auto &[key, entry] : m_extracted)
        extracted.insert(key.second);
    static const QRegularExpression call(
        QStringLiteral(R"re((?:\btr\(\s*|::translate\(\s*"[^"]*",\s*)"((?:[^"\\]|\\.)*)"\s*[,)])re"));
    QStringList missing;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("core") }) {
        QDirIterator it(QStringLiteral(TANDEM_SOURCE_DIR "/") + dir,
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = call.globalMatch(text); match.hasNext();) {
                QString literal = match.next().captured(1);
                literal.replace(QLatin1String("\\n"), QLatin1String("\n"))
                    .replace(QLatin1String("\\\""), QLatin1String("\""))
                    .replace(QLatin1String("\\\\"), QLatin1String("\\"));
                if (!extracted.contains(literal))
                    missing << QFileInfo(file).fileName() + QStringLiteral(": ") + literal;
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::committedFilesAreCurrent_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslations::committedFilesAreCurrent()
{
    QFETCH(QString, file);
    QString error;
    const Catalog committed = readCatalog(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const auto &[key, entry] : m_extracted) {
        if (!committed.count(key))
            missing << key.first + QStringLiteral(": ") + key.second;
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(
            QStringLiteral("%1 strings are not in %2; run `cmake --build BUILD --target tandem-lupdate`:\n%3")
                .arg(missing.size())
                .arg(QFileInfo(file).fileName(), missing.join(QLatin1Char('\n')))));
}

void TestTranslations::translationsKeepPlaceholdersAndSpacing_data()
{
    committedFilesAreCurrent_data();
}

void TestTranslations::translationsKeepPlaceholdersAndSpacing()
{
    QFETCH(QString, file);
    QString error;
    const Catalog committed = readCatalog(file, &error);
    QStringList wrong;
    for (const auto &[key, entry] : committed) {
        if (!entry.finished)
            continue;
        const QString &source = key.second;
        for (const QString &form : entry.forms) {
            if (placeholders(source) != placeholders(form))
                wrong << QStringLiteral("placeholders differ: ") + source;
            if (leadingSpace(source) != leadingSpace(form) || trailingSpace(source) != trailingSpace(form))
                wrong << QStringLiteral("spacing differs: ") + source;
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::commandLineSpeaksTheUsersLanguage_data()
{
    committedFilesAreCurrent_data();
}

// The built program loads the translation of the user's language (LANGUAGE, as desktops set it):
// `ctl` without a running instance answers in that language.
void TestTranslations::commandLineSpeaksTheUsersLanguage()
{
    QFETCH(QString, file);
    const QString language
        = QFileInfo(file).completeBaseName().section(QLatin1Char('_'), 1); // tandem_de.ts → de
    QString error;
    const Catalog committed = readCatalog(file, &error);
    const auto it = committed.find({ QStringLiteral("Tandem::ControlClient"),
        QStringLiteral("No running Tandem for this profile (nothing listens on %1).") });
    QVERIFY(it != committed.end());
    if (!it->second.finished)
        QSKIP("this message is not translated yet");
    const QString expected = it->second.forms.first().section(QStringLiteral("%1"), 0, 0).trimmed();

    QProcess tandem;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    tandem.setProcessEnvironment(env);
    tandem.start(QStringLiteral(TANDEM_BINARY),
        { QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile-") + language),
            QStringLiteral("ctl"), QStringLiteral("status") });
    QVERIFY(tandem.waitForFinished(30000));
    const QString stderrText = QString::fromUtf8(tandem.readAllStandardError());
    QVERIFY(tandem.exitCode() != 0);
    QVERIFY2(stderrText.contains(expected), qPrintable(stderrText));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
