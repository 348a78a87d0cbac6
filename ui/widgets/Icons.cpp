#include "widgets/Icons.h"

#include "widgets/SymbolicIconEngine.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QPalette>
#include <QPointer>
#include <QWidget>

#include <functional>

// Q_INIT_RESOURCE must be used outside any namespace. The qrc is compiled into this static
// library; naming its initialiser here links it into every program that shows an icon.
static void initIconResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace Tandem {

namespace {

struct IconFile
{
    Icons::Name name;
    const char *file;
    const char *theme;
};

// The theme is asked only for names whose freedesktop meaning is ours: a theme's "view-refresh"
// says nothing about an anchor or a sibling.
constexpr IconFile iconFiles[] = {
    { Icons::JumpLatest, "jump-latest", "go-bottom" },
    { Icons::JumpUnread, "jump-unread", "" },
    { Icons::Search, "search", "edit-find" },
    { Icons::Send, "send", "mail-send" },
    { Icons::More, "more", "view-more" },
    { Icons::Occupants, "occupants", "" },
    { Icons::Anchor, "anchor", "" },
    { Icons::Sibling, "sibling", "" },
    { Icons::Solo, "solo", "" },
    { Icons::Reconnecting, "reconnecting", "" },
    { Icons::Offline, "offline", "" },
    { Icons::JoinRoom, "join-room", "" },
    { Icons::NewChat, "new-chat", "" },
    { Icons::GoTo, "go-to", "go-jump" },
    { Icons::Pin, "pin", "" },
    { Icons::Mute, "mute", "notifications-disabled" },
    { Icons::Unmute, "unmute", "" },
    { Icons::Close, "close", "window-close" },
    { Icons::Leave, "leave", "" },
    { Icons::Hide, "hide", "view-hidden" },
};

const IconFile &fileOf(Icons::Name name)
{
    for (const IconFile &file : iconFiles) {
        if (file.name == name)
            return file;
    }
    Q_UNREACHABLE();
}

/// Sets an icon once and again whenever the palette of the widget it is shown in changes. A
/// child of what it sets, it goes with it; set() on the same target replaces its name.
class IconBinding : public QObject
{
    Q_OBJECT
public:
    IconBinding(QObject *target, QWidget *shownIn, std::function<void(const QIcon &)> apply)
        : QObject(target)
        , m_shownIn(shownIn)
        , m_apply(std::move(apply))
    {
        setObjectName(QStringLiteral("tandemIconBinding"));
        shownIn->installEventFilter(this);
    }

    void setIcon(Icons::Name name, Icons::Use use)
    {
        m_name = name;
        m_use = use;
        refresh();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // PaletteChange comes once the widget has its new palette (an application palette
        // arrives first as ApplicationPaletteChange, then resolves into this).
        if (watched == m_shownIn && event->type() == QEvent::PaletteChange)
            refresh();
        return QObject::eventFilter(watched, event);
    }

private:
    void refresh()
    {
        if (m_shownIn)
            m_apply(Icons::get(m_name, m_shownIn->palette(), m_use));
    }

    QPointer<QWidget> m_shownIn;
    std::function<void(const QIcon &)> m_apply;
    Icons::Name m_name = Icons::More;
    Icons::Use m_use = Icons::Use::Window;
};

IconBinding *bindingOf(QObject *target)
{
    return target->findChild<IconBinding *>(QStringLiteral("tandemIconBinding"), Qt::FindDirectChildrenOnly);
}

} // namespace

QList<Icons::Name> Icons::all()
{
    QList<Name> names;
    for (const IconFile &file : iconFiles)
        names << file.name;
    return names;
}

QString Icons::themeName(Name name)
{
    return QString::fromLatin1(fileOf(name).theme);
}

QString Icons::resourcePath(Name name)
{
    initIconResources();
    return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(fileOf(name).file));
}

QIcon Icons::get(Name name, const QPalette &palette, Use use)
{
    const QString theme = themeName(name);
    if (!theme.isEmpty() && QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    return symbolic(name, palette, use);
}

QIcon Icons::symbolic(Name name, const QPalette &palette, Use use)
{
    const QPalette::ColorRole text = use == Use::Field ? QPalette::PlaceholderText : QPalette::WindowText;
    SymbolicIconEngine::Colours colours;
    colours.normal = palette.color(QPalette::Active, text);
    colours.active
        = use == Use::Menu ? palette.color(QPalette::Active, QPalette::HighlightedText) : colours.normal;
    colours.selected = palette.color(QPalette::Active, QPalette::HighlightedText);
    colours.disabled = palette.color(QPalette::Disabled, text);
    return QIcon(new SymbolicIconEngine(resourcePath(name), colours));
}

void Icons::set(QAbstractButton *button, Name name)
{
    if (!button)
        return;
    IconBinding *binding = bindingOf(button);
    if (!binding) {
        QPointer<QAbstractButton> target = button;
        binding = new IconBinding(button, button, [target](const QIcon &icon) {
            if (target)
                target->setIcon(icon);
        });
    }
    binding->setIcon(name, Use::Window);
}

void Icons::set(QAction *action, Name name, QWidget *shownIn, Use use)
{
    if (!action || !shownIn)
        return;
    IconBinding *binding = bindingOf(action);
    if (!binding) {
        QPointer<QAction> target = action;
        binding = new IconBinding(action, shownIn, [target](const QIcon &icon) {
            if (target)
                target->setIcon(icon);
        });
    }
    binding->setIcon(name, use);
}

QAction *Icons::addToLine(QLineEdit *line, Name name)
{
    if (!line)
        return nullptr;
    QAction *action = line->addAction(QIcon(), QLineEdit::LeadingPosition);
    action->setText(line->accessibleName().isEmpty() ? line->placeholderText() : line->accessibleName());
    QObject::connect(action, &QAction::triggered, line, [line] { line->setFocus(Qt::MouseFocusReason); });
    set(action, name, line, Use::Field);
    return action;
}

} // namespace Tandem

#include "Icons.moc"
