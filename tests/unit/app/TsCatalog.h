// One translation catalogue (translations/tandem_LANG.ts) as the tests read it.
#pragma once

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <map>

/// A .ts file: its language attribute and (context, source) → entry.
struct TsCatalog
{
    struct Entry
    {
        QStringList forms; ///< the translation, or its plural forms (numerus messages)
        QString type; ///< "unfinished", "vanished", "obsolete"; empty when translated
        bool numerus = false;
        bool finished() const { return type.isEmpty() && !forms.contains(QString()); }
    };

    QString language; ///< the TS element's language attribute
    std::map<std::pair<QString, QString>, Entry> entries;

    static TsCatalog read(const QString &path, QString *error)
    {
        TsCatalog catalog;
        QFile file(path);
        QDomDocument document;
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return catalog;
        }
        if (!document.setContent(&file, error))
            return catalog;
        catalog.language = document.documentElement().attribute(QStringLiteral("language"));
        for (QDomElement context = document.documentElement().firstChildElement(QStringLiteral("context"));
             !context.isNull(); context = context.nextSiblingElement(QStringLiteral("context"))) {
            const QString name = context.firstChildElement(QStringLiteral("name")).text();
            for (QDomElement message = context.firstChildElement(QStringLiteral("message"));
                 !message.isNull(); message = message.nextSiblingElement(QStringLiteral("message"))) {
                const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
                Entry entry;
                entry.type = translation.attribute(QStringLiteral("type"));
                entry.numerus = message.attribute(QStringLiteral("numerus")) == QLatin1String("yes");
                for (QDomElement form = translation.firstChildElement(QStringLiteral("numerusform"));
                     !form.isNull(); form = form.nextSiblingElement(QStringLiteral("numerusform")))
                    entry.forms << form.text();
                if (entry.forms.isEmpty())
                    entry.forms << translation.text();
                catalog.entries[{ name, message.firstChildElement(QStringLiteral("source")).text() }] = entry;
            }
        }
        return catalog;
    }

    /// The committed catalogues, translations/tandem_*.ts.
    static QStringList files()
    {
        const QDir dir(QStringLiteral(TANDEM_SOURCE_DIR "/translations"));
        QStringList files;
        for (const QString &name : dir.entryList({ QStringLiteral("tandem_*.ts") }, QDir::Files))
            files << dir.filePath(name);
        return files;
    }

    /// tandem_pt_BR.ts → pt_BR
    static QString languageOfFile(const QString &path)
    {
        return QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
    }
};
