// Walks a window's accessibility tree (what a screen reader sees) for interactive controls
// without a name.
#pragma once

#include <QAccessible>
#include <QAccessibleInterface>
#include <QStringList>
#include <QWidget>

namespace Tandem::Test {

/// Roles a user acts on: each needs a name a screen reader can say.
inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

inline void collectUnnamed(QAccessibleInterface *node, const QString &path, QStringList *unnamed, int depth)
{
    if (!node || !node->isValid() || depth > 40)
        return;
    if (node->state().invisible)
        return;
    const QString here = path + QLatin1Char('/') + QString::number(int(node->role()), 16);
    QObject *object = node->object();
    const QString objectName = object ? object->objectName() : QString();
    if (isInteractive(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(
            QStringLiteral("%1 %2 \"%3\"")
                .arg(here, object ? QString::fromLatin1(object->metaObject()->className()) : QString(),
                    objectName));
    // The rows of a list are its data, named by the model (Qt::AccessibleTextRole), not controls;
    // a combo box's popup list is part of the named combo box.
    const QAccessible::Role role = node->role();
    if (role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table
        || role == QAccessible::ComboBox)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), here, unnamed, depth + 1);
}

/// "path class "objectName"" of every visible interactive control under `root` without a name.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), QString(), &unnamed, 0);
    return unnamed;
}

} // namespace Tandem::Test
