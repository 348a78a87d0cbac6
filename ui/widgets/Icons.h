#pragma once

#include <QIcon>
#include <QList>

class QAbstractButton;
class QAction;
class QLineEdit;
class QPalette;
class QWidget;

namespace Tandem {

/// The window's action icons: the desktop theme's icon where the theme has one under its
/// freedesktop name, else Tandem's own single-colour SVG (resources/icons/actions) drawn in the
/// palette's text colour, so that it reads in light and dark palettes alike and stays sharp at
/// any device pixel ratio (SymbolicIconEngine).
class Icons
{
public:
    enum Name {
        JumpLatest,
        JumpUnread,
        Search,
        Send,
        More,
        Occupants,
        Anchor,
        Sibling,
        Solo,
        Reconnecting,
        Offline,
        JoinRoom,
        NewChat,
        GoTo,
        Pin,
        Mute,
        Unmute,
        Close,
        Leave,
        Hide,
    };
    /// What the icon is drawn on. A menu shows its highlighted row in the Highlight colour and its
    /// icon in the Active mode; a field (a line edit) draws on Base, its hint in PlaceholderText.
    enum class Use { Window, Menu, Field };

    static QList<Name> all();
    /// The theme's icon if it has one, else ours in `palette`'s colours.
    static QIcon get(Name name, const QPalette &palette, Use use = Use::Window);
    /// Ours, whatever the theme has.
    static QIcon symbolic(Name name, const QPalette &palette, Use use = Use::Window);
    /// The freedesktop icon name looked up in the theme; empty where no theme icon means the
    /// same (the device roles, for instance).
    static QString themeName(Name name);
    /// Our SVG, in the resources compiled into the ui library.
    static QString resourcePath(Name name);

    /// Sets `name` on `button` and sets it again, in the new colours, when its palette changes
    /// (a dark theme switched on while the window is open). Calling it again replaces the name.
    static void set(QAbstractButton *button, Name name);
    /// The same for an action, in the colours of `shownIn` (its menu, or the line edit it sits in).
    static void set(QAction *action, Name name, QWidget *shownIn, Use use = Use::Menu);
    /// Puts `name` at the start of `line` (a filter's magnifier). The icon is a button to a screen
    /// reader: it is named as the line is (set its accessible name first) and pressing it puts the
    /// cursor in the line.
    static QAction *addToLine(QLineEdit *line, Name name);
};

} // namespace Tandem
