// The screenshots (tandem-screenshot) show a window, not an empty frame: at 1x and 2x and in a
// dark palette, each PNG has the expected size, many colours and no single colour covering it.
#include <QImage>
#include <QProcess>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showTheWindow_data();
    void showTheWindow();
    void darkIsDark();

private:
    static bool render(const QString &prefix, const QByteArray &scale, bool dark, QString *error);
    static double luminance(const QImage &image);
    QString m_dir;
};

bool TestScreenshots::render(const QString &prefix, const QByteArray &scale, bool dark, QString *error)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(scale));
    process.setProcessEnvironment(env);
    QStringList args { QStringLiteral("--output"), QString::fromLocal8Bit(qgetenv("TANDEM_SCREENSHOT_DIR")),
        QStringLiteral("--prefix"), prefix };
    if (dark)
        args << QStringLiteral("--dark");
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QString::fromLocal8Bit(qgetenv("TANDEM_SCREENSHOT")), args);
    if (!process.waitForFinished(150000)) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("tandem-screenshot did not finish");
        return false;
    }
    *error = QString::fromLocal8Bit(process.readAllStandardOutput());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void TestScreenshots::initTestCase()
{
    m_dir = QString::fromLocal8Bit(qgetenv("TANDEM_SCREENSHOT_DIR"));
    QVERIFY(!m_dir.isEmpty());
    for (const QString &name : { QStringLiteral("1x-room.png"), QStringLiteral("1x-chat.png"),
             QStringLiteral("1x-room-dark.png"), QStringLiteral("2x-room.png") })
        QFile::remove(m_dir + QLatin1Char('/') + name);
    QString output;
    QVERIFY2(render(QStringLiteral("1x"), "1", true, &output), qPrintable(output));
    QVERIFY2(render(QStringLiteral("2x"), "2", false, &output), qPrintable(output));
}

void TestScreenshots::showTheWindow_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("scale");
    QTest::newRow("room") << QStringLiteral("1x-room.png") << 1;
    QTest::newRow("chat") << QStringLiteral("1x-chat.png") << 1;
    QTest::newRow("dark") << QStringLiteral("1x-room-dark.png") << 1;
    QTest::newRow("2x") << QStringLiteral("2x-room.png") << 2;
}

void TestScreenshots::showTheWindow()
{
    QFETCH(QString, name);
    QFETCH(int, scale);
    const QImage image(m_dir + QLatin1Char('/') + name);
    QVERIFY2(!image.isNull(), qPrintable(name));
    QCOMPARE(image.width(), 1100 * scale);
    QCOMPARE(image.height(), 700 * scale);
    QHash<QRgb, int> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++colours[image.pixel(x, y)];
    const int samples = (image.height() / 2) * (image.width() / 2);
    int mostCommon = 0;
    for (int n : qAsConst(colours))
        mostCommon = std::max(mostCommon, n);
    // Text is anti-aliased: a window with words in it has hundreds of colours.
    QVERIFY2(colours.size() > 64, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));
    QVERIFY2(mostCommon < samples * 0.9, "one colour covers nine tenths of the window");
}

double TestScreenshots::luminance(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++n)
            sum += qGray(image.pixel(x, y));
    return n ? sum / n : 0;
}

void TestScreenshots::darkIsDark()
{
    const double light = luminance(QImage(m_dir + QStringLiteral("/1x-room.png")));
    const double dark = luminance(QImage(m_dir + QStringLiteral("/1x-room-dark.png")));
    QVERIFY2(dark < light - 80, qPrintable(QStringLiteral("light %1, dark %2").arg(light).arg(dark)));
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
