// The translations: every user-visible string reaches the translators (lupdate finds every tr(),
// the committed .ts files hold every string), every catalogue is complete with nothing left over,
// numerus entries have the plural forms of their language, a translation keeps the placeholders
// and the spacing of its source, accelerators stay unique in their menu or dialog, and the built
// program speaks the user's language. tst_language_option covers --lang.
#include "TsCatalog.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <vector>

namespace {

using Catalog = std::map<std::pair<QString, QString>, TsCatalog::Entry>;

Catalog readCatalog(const QString &path, QString *error)
{
    return TsCatalog::read(path, error).entries;
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

/// The character a label's '&' marks, lower-cased; null when it marks none ("&&" is a literal &).
QChar accelerator(const QString &label)
{
    for (int i = 0; i + 1 < label.size(); ++i) {
        if (label.at(i) != QLatin1Char('&'))
            continue;
        if (label.at(i + 1) != QLatin1Char('&'))
            return label.at(i + 1).toLower();
        ++i;
    }
    return {};
}

/// Labels shown side by side (one menu, one dialog): their accelerators must differ.
struct AcceleratorGroup
{
    const char *context;
    std::vector<const char *> labels; ///< source texts (UTF-8)
};

const QList<AcceleratorGroup> &acceleratorGroups()
{
    static const QList<AcceleratorGroup> groups {
        { "MainWindow", { "&Tandem", "&Conversation", "&Settings" } },
        { "MainWindow", { "Add an A&ccount…", "Make This Device the &Anchor", "&Quit" } },
        { "MainWindow",
            { "&New Chat…", "&Join a Group Chat…", "&Go to Conversation…", "&Hidden Rooms",
                "&Find in Conversation…", "&Search All Messages…" } },
        { "Tandem::ChatHeader",
            { "Change Your &Nick…", "Change the &Subject…", "&Hide on This Device", "&Leave the Room" } },
        { "Tandem::AccountDialog",
            { "&Address:", "&Password:", "&Host:", "P&ort:", "Tell contacts when I have &read their messages",
                "&Trust this certificate", "&Connect" } },
        { "Tandem::AccountsDialog", { "&Add…", "&Remove…" } },
        { "Tandem::JoinRoomDialog", { "&List rooms", "&Address:", "&Nickname:", "&Password:", "&Join" } },
        { "Tandem::TimelineView", { "&Copy", "Copy Message &Text", "Copy &Link Address", "&Open Link" } },
    };
    return groups;
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
    void catalogsAreComplete_data();
    void catalogsAreComplete();
    void pluralFormsFitTheLanguage_data();
    void pluralFormsFitTheLanguage();
    void acceleratorsAreUnique_data();
    void acceleratorsAreUnique();
    void translationsKeepPlaceholdersAndSpacing_data();
    void translationsKeepPlaceholdersAndSpacing();
    void commandLineSpeaksTheUsersLanguage_data();
    void commandLineSpeaksTheUsersLanguage();

private:
    int pluralFormCount(const QString &language);

    QTemporaryDir m_dir;
    QString m_lupdateOutput;
    Catalog m_extracted;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!TsCatalog::files().isEmpty(), "no translations/tandem_*.ts");
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
    for (const QString &file : TsCatalog::files())
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

void TestTranslations::catalogsAreComplete_data()
{
    committedFilesAreCurrent_data();
}

// Every entry translated, none left over from a string gone from the sources (tandem-lupdate
// drops those): an unfinished entry shows English in the middle of the language.
void TestTranslations::catalogsAreComplete()
{
    QFETCH(QString, file);
    QString error;
    const TsCatalog catalog = TsCatalog::read(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalog.language, TsCatalog::languageOfFile(file));
    QStringList wrong;
    for (const auto &[key, entry] : catalog.entries) {
        if (!entry.type.isEmpty())
            wrong << entry.type + QStringLiteral(": ") + key.first + QStringLiteral(": ") + key.second;
        else if (!entry.finished())
            wrong << QStringLiteral("empty form: ") + key.first + QStringLiteral(": ") + key.second;
    }
    QVERIFY2(wrong.isEmpty(),
        qPrintable(QStringLiteral("%1 entries of %2 are not done:\n%3")
                       .arg(wrong.size())
                       .arg(QFileInfo(file).fileName(), wrong.join(QLatin1Char('\n')))));
}

// How many plural forms Qt's rules give \a language: the number lupdate writes into a new
// catalogue for one numerus message.
int TestTranslations::pluralFormCount(const QString &language)
{
    const QString dir = m_dir.filePath(QStringLiteral("plural-") + language);
    QDir().mkpath(dir);
    QFile source(dir + QStringLiteral("/numerus.cpp"));
    if (!source.open(QIODevice::WriteOnly))
        return -1;
    source.write(
        "QString text(int n) { return QCoreApplication::translate(\"Plural\", \"%n x\", nullptr, n); }\n");
    source.close();
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TANDEM_LUPDATE),
        { QStringLiteral("-target-language"), language, source.fileName(), QStringLiteral("-ts"),
            dir + QStringLiteral("/plural.ts") });
    if (!lupdate.waitForFinished(30000) || lupdate.exitCode() != 0)
        return -1;
    QString error;
    const TsCatalog catalog = TsCatalog::read(dir + QStringLiteral("/plural.ts"), &error);
    const auto it = catalog.entries.find({ QStringLiteral("Plural"), QStringLiteral("%n x") });
    return it == catalog.entries.end() ? -1 : int(it->second.forms.size());
}

void TestTranslations::pluralFormsFitTheLanguage_data()
{
    committedFilesAreCurrent_data();
}

// A numerus entry holds as many forms as the language has (three in Russian, two in German):
// Qt picks the form by the language's rule, and a missing one shows an empty string.
void TestTranslations::pluralFormsFitTheLanguage()
{
    QFETCH(QString, file);
    QString error;
    const TsCatalog catalog = TsCatalog::read(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int expected = pluralFormCount(catalog.language);
    QVERIFY2(
        expected > 0, qPrintable(QStringLiteral("lupdate knows no plural rule for ") + catalog.language));
    QStringList wrong;
    int numerus = 0;
    for (const auto &[key, entry] : catalog.entries) {
        if (!entry.numerus)
            continue;
        ++numerus;
        if (entry.forms.size() != expected)
            wrong << QStringLiteral("%1 forms instead of %2: %3")
                         .arg(entry.forms.size())
                         .arg(expected)
                         .arg(key.second);
    }
    QVERIFY(numerus > 0);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::acceleratorsAreUnique_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("sources") << QString();
    committedFilesAreCurrent_data();
}

// Alt+letter reaches one entry of a menu or dialog only if no other entry there has the same
// letter; each label keeps one.
void TestTranslations::acceleratorsAreUnique()
{
    QFETCH(QString, file);
    QString error;
    const Catalog committed = file.isEmpty() ? Catalog() : readCatalog(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const AcceleratorGroup &group : acceleratorGroups()) {
        QHash<QChar, QString> taken;
        for (const char *text : group.labels) {
            const QString source = QString::fromUtf8(text);
            const std::pair<QString, QString> key { QString::fromLatin1(group.context), source };
            if (!m_extracted.count(key)) {
                wrong << QStringLiteral("no longer in the sources (update the test): ") + source;
                continue;
            }
            const auto it = committed.find(key);
            const QString label = file.isEmpty() || it == committed.end() ? source : it->second.forms.first();
            const QChar letter = accelerator(label);
            if (letter.isNull())
                wrong << QStringLiteral("no accelerator: ") + label;
            else if (taken.contains(letter))
                wrong << QStringLiteral("'%1' twice: %2 / %3").arg(letter).arg(taken.value(letter), label);
            else
                taken.insert(letter, label);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
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
        if (!entry.finished())
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
    if (!it->second.finished())
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
