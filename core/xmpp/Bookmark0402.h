// XEP-0402: PEP Native Bookmarks — one room bookmark, as stored in a PEP item.
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

class QDomElement;
class QXmlStreamWriter;

namespace Tandem {

namespace Ns {
/// The PEP node and the payload namespace are the same string.
constexpr auto Bookmarks = "urn:xmpp:bookmarks:1";
/// Advertised on the account's bare JID when the server keeps XEP-0402 and XEP-0048 in sync.
constexpr auto BookmarksCompat = "urn:xmpp:bookmarks:1#compat";
} // namespace Ns

/// A chat room the account has bookmarked. Value type: parsing from and writing to the
/// `<conference xmlns='urn:xmpp:bookmarks:1'/>` payload of the item whose id is the room JID.
struct RoomBookmark
{
    QString jid; ///< Bare room JID, the PEP item id.
    QString name; ///< Display name; empty when unset.
    QString nick; ///< Preferred nickname; empty when unset.
    QString password; ///< Room password; not secret storage (the XEP says so too).
    bool autojoin = false;
    /// The `<extensions xmlns='urn:xmpp:bookmarks:1'/>` element as other clients stored it
    /// (serialized), or empty. The XEP requires editors to preserve it, so it is carried along
    /// untouched; anything else here is not written. Compared as XML, not as text.
    QString extensionsXml;

    /// Parses a pubsub `<item id='room@host'><conference …/></item>` (from an items result or
    /// an event). Rejects items without a valid bare room JID as id or without the conference
    /// payload; an unknown autojoin value means false. \a why gets the reason on rejection.
    static std::optional<RoomBookmark> fromItem(const QDomElement &item, QString *why = nullptr);

    /// Writes the `<conference/>` payload (the item id is jid, written by the caller).
    void toXml(QXmlStreamWriter *writer) const;
    /// The payload as an XML string, for logs and tests.
    QString toXmlString() const;

    bool operator==(const RoomBookmark &other) const;
    bool operator!=(const RoomBookmark &other) const { return !(*this == other); }
};

} // namespace Tandem

Q_DECLARE_METATYPE(Tandem::RoomBookmark)
