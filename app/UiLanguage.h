#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

/// The languages Tandem speaks, and the translators that make it speak one of them: the desktop's
/// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or the one --lang names.
struct UiLanguage
{
    /// "en", the language of the sources, then every language with a catalogue (TANDEM_LANGUAGES).
    static QStringList available();
    /// \a code spelt as available() spells it ("pt-br" → "pt_BR"); a territory Tandem has no
    /// catalogue of falls back to its language ("de_AT" → "de_AT", which reads the German one).
    /// Empty when Tandem does not speak the language at all.
    static QString canonical(const QString &code);
    /// Installs the translations of \a code (canonical), or of the desktop's language when \a code
    /// is empty. With a code, QLocale's default follows it, so that dates and numbers match.
    static void install(QCoreApplication *app, const QString &code);
};
