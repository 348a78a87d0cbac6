#include "UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace {
/// "pt-br" → "pt_BR": the POSIX spelling of the catalogues, from the POSIX or the BCP 47 one.
QString normalized(const QString &code)
{
    QString result = code.trimmed();
    result.replace(QLatin1Char('-'), QLatin1Char('_'));
    const int separator = result.indexOf(QLatin1Char('_'));
    if (separator < 0)
        return result.toLower();
    return result.left(separator).toLower() + QLatin1Char('_') + result.mid(separator + 1).toUpper();
}
} // namespace

QStringList UiLanguage::available()
{
    return QStringList { QStringLiteral("en") }
    + QString::fromLatin1(TANDEM_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString UiLanguage::canonical(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,3}(_([A-Z]{2}|[0-9]{3}))?$"));
    const QString candidate = normalized(code);
    if (!shape.match(candidate).hasMatch())
        return {};
    const QStringList languages = available();
    if (languages.contains(candidate))
        return candidate;
    // de_AT reads the German catalogue; pt_PT must not fall back to pt_BR's, nor to English.
    const QString language = candidate.section(QLatin1Char('_'), 0, 0);
    return languages.contains(language) ? candidate : QString();
}

void UiLanguage::install(QCoreApplication *app, const QString &code)
{
    QLocale locale;
    if (!code.isEmpty()) {
        locale = QLocale(code);
        QLocale::setDefault(locale);
    }
    // Installed location first; the build tree lets a developer run ./tandem uninstalled.
    auto *translator = new QTranslator(app);
    // The path relative to the binary covers packages installed to another prefix than the
    // one configured.
    const QStringList dirs { QCoreApplication::applicationDirPath()
            + QStringLiteral("/../share/tandem/translations"),
        QStringLiteral(TANDEM_TRANSLATIONS_INSTALL_DIR), QStringLiteral(TANDEM_TRANSLATIONS_BUILD_DIR),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../translations") };
    for (const QString &dir : dirs) {
        if (translator->load(locale, QStringLiteral("tandem"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            break;
        }
    }
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}
