// `tandem --lang CODE`: the language asked for wins over the desktop's (LANGUAGE), for the help,
// for ctl and for the headless mode, and a language Tandem does not speak is a usage error.
#include "TsCatalog.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The translation of (context, source) in the catalogue of \a language, or the source for "en".
QString translated(const QString &language, const char *context, const char *source)
{
    if (language == QLatin1String("en"))
        return QString::fromUtf8(source);
    QString error;
    const TsCatalog catalog = TsCatalog::read(
        QStringLiteral(TANDEM_SOURCE_DIR "/translations/tandem_%1.ts").arg(language), &error);
    const auto it = catalog.entries.find({ QString::fromUtf8(context), QString::fromUtf8(source) });
    return it == catalog.entries.end() ? QString() : it->second.forms.first();
}

/// The text of a translation up to its first placeholder: what a run prints whatever fills it.
QString fixedPart(const QString &translation)
{
    return translation.section(QStringLiteral("%1"), 0, 0).trimmed();
}

} // namespace

class TestLanguageOption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ctlSpeaksTheLanguageAskedFor_data();
    void ctlSpeaksTheLanguageAskedFor();
    void helpSpeaksTheLanguageAskedFor();
    void headlessSpeaksTheLanguageAskedFor();
    void spellingsOfALanguage_data();
    void spellingsOfALanguage();
    void unknownLanguageIsAUsageError_data();
    void unknownLanguageIsAUsageError();
    void manPageDocumentsTheOption();

private:
    /// tandem with \a arguments, the desktop speaking \a desktopLanguage.
    Run tandem(const QStringList &arguments, const QString &desktopLanguage);
    QProcessEnvironment environment(const QString &desktopLanguage) const;

    QTemporaryDir m_dir;
};

void TestLanguageOption::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!TsCatalog::files().isEmpty());
}

QProcessEnvironment TestLanguageOption::environment(const QString &desktopLanguage) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), desktopLanguage);
    env.insert(QStringLiteral("HOME"), m_dir.path());
    return env;
}

Run TestLanguageOption::tandem(const QStringList &arguments, const QString &desktopLanguage)
{
    QProcess process;
    process.setProcessEnvironment(environment(desktopLanguage));
    process.start(QStringLiteral(TANDEM_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestLanguageOption::ctlSpeaksTheLanguageAskedFor_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("desktopLanguage");
    // English from a German desktop, and every catalogue from a desktop speaking another one.
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("de");
    for (const QString &file : TsCatalog::files()) {
        const QString language = TsCatalog::languageOfFile(file);
        QTest::newRow(qPrintable(language))
            << language << (language == QLatin1String("fr") ? QStringLiteral("de") : QStringLiteral("fr"));
    }
}

// ctl without a running instance says so in the language of --lang, not the desktop's.
void TestLanguageOption::ctlSpeaksTheLanguageAskedFor()
{
    QFETCH(QString, language);
    QFETCH(QString, desktopLanguage);
    const char *source = "No running Tandem for this profile (nothing listens on %1).";
    const QString expected = fixedPart(translated(language, "Tandem::ControlClient", source));
    const QString desktops = fixedPart(translated(desktopLanguage, "Tandem::ControlClient", source));
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != desktops);

    const Run run = tandem({ QStringLiteral("--lang"), language, QStringLiteral("--profile"),
                               m_dir.filePath(QStringLiteral("ctl-") + language), QStringLiteral("ctl"),
                               QStringLiteral("status") },
        desktopLanguage);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

// `tandem --lang ru --help` is Russian from an English desktop: the option descriptions and the
// list of commands.
void TestLanguageOption::helpSpeaksTheLanguageAskedFor()
{
    const QString profileOption = translated(
        QStringLiteral("ru"), "CommandLine", "Use the profile in DIR (one profile is one device).");
    const QString languageOption = translated(
        QStringLiteral("ru"), "CommandLine", "Speak LANG instead of the desktop's language: %1.");
    QVERIFY(!profileOption.isEmpty());
    QVERIFY(!languageOption.isEmpty());

    const Run run = tandem(
        { QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--help") }, QStringLiteral("en"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Команды:")), qPrintable(run.out));
    QVERIFY2(run.out.simplified().contains(profileOption.simplified()), qPrintable(run.out));
    QVERIFY2(run.out.simplified().contains(fixedPart(languageOption)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("pt_BR")), qPrintable(run.out));
}

// The always-on mode greets in the language asked for too; it stops on SIGTERM.
void TestLanguageOption::headlessSpeaksTheLanguageAskedFor()
{
    const QString expected = fixedPart(translated(QStringLiteral("es"), "HeadlessMode",
        "Tandem is running headless on profile %1 as %2. Try: tandem --profile %1 ctl status"));
    QVERIFY(!expected.isEmpty());
    QProcess process;
    process.setProcessEnvironment(environment(QStringLiteral("de")));
    process.start(QStringLiteral(TANDEM_BINARY),
        { QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--headless"),
            QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("headless")) });
    QVERIFY(process.waitForStarted(10000));
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput())).contains(expected), 20000);
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
}

void TestLanguageOption::spellingsOfALanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::newRow("BCP 47 spelling") << QStringLiteral("pt-BR") << QStringLiteral("pt_BR");
    QTest::newRow("any case") << QStringLiteral("PT_br") << QStringLiteral("pt_BR");
    QTest::newRow("a territory without a catalogue of its own")
        << QStringLiteral("de_AT") << QStringLiteral("de");
}

// The spellings a user may type reach the catalogue they mean.
void TestLanguageOption::spellingsOfALanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    const QString expected = fixedPart(translated(
        language, "Tandem::ControlClient", "No running Tandem for this profile (nothing listens on %1)."));
    const Run run = tandem(
        { QStringLiteral("--lang"), code, QStringLiteral("--profile"),
            m_dir.filePath(QStringLiteral("spelling")), QStringLiteral("ctl"), QStringLiteral("status") },
        QStringLiteral("en"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void TestLanguageOption::unknownLanguageIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no catalogue") << QStringList { QStringLiteral("--lang"), QStringLiteral("it"),
        QStringLiteral("ctl"), QStringLiteral("status") }
                                  << QStringLiteral("Unknown language 'it' for --lang; Tandem speaks en, ");
    QTest::newRow("not the catalogue's territory")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("pt_PT"), QStringLiteral("--headless") }
        << QStringLiteral("Unknown language 'pt_PT' for --lang");
    QTest::newRow("not a language code") << QStringList { QStringLiteral("--lang"),
        QStringLiteral("../../etc/passwd"), QStringLiteral("--help") }
                                         << QStringLiteral("Unknown language '../../etc/passwd' for --lang");
    QTest::newRow("no code") << QStringList { QStringLiteral("--lang") }
                             << QStringLiteral("Missing value after '--lang'.");
}

// A language Tandem does not speak stops it with the usage status before it does anything, and
// says which ones it speaks.
void TestLanguageOption::unknownLanguageIsAUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = tandem(arguments, QStringLiteral("en"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Run 'tandem --help' for usage.")), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

// `man tandem` has the option, with every language the build speaks.
void TestLanguageOption::manPageDocumentsTheOption()
{
    QFile man(QStringLiteral(TANDEM_MAN_PAGE));
    QVERIFY2(man.open(QIODevice::ReadOnly), TANDEM_MAN_PAGE);
    const QString page = QString::fromUtf8(man.readAll()).remove(QLatin1Char('\\'));
    QVERIFY(page.contains(QLatin1String("--lang")));
    for (const QString &file : TsCatalog::files())
        QVERIFY2(page.contains(TsCatalog::languageOfFile(file)), qPrintable(TsCatalog::languageOfFile(file)));
}

QTEST_GUILESS_MAIN(TestLanguageOption)
#include "tst_language_option.moc"
