#pragma once

#include "storage/SearchTypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace Tandem {

class MessageStore;

/// The hits of a full-text search, most relevant first, for the search panel. search() returns at
/// once; the database thread answers later and the rows arrive in one reset. A newer search()
/// or clear() drops the answer of an older one, so typing fast never shows stale hits.
/// Activating a row: MessageStore::around(account, conversation, rowId, ...) loads its context.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)

public:
    enum Role {
        ConversationRole = Qt::UserRole + 1,
        SenderRole,
        TimeRole, ///< QDateTime, UTC
        SnippetRole, ///< also Qt::DisplayRole
        RowIdRole, ///< qint64
        KindRole, ///< Message::Kind as int
        DirectionRole, ///< Message::Direction as int
        ScoreRole, ///< double, lower is more relevant
        PlainSnippetRole, ///< the snippet without the request's markers
        HighlightsRole, ///< QVariantList of QPoint(start, length) of the matched words in PlainSnippetRole
    };
    Q_ENUM(Role)

    explicit SearchResultModel(MessageStore *store, QObject *parent = nullptr);

    /// Starts a new search, replacing the current hits (the model empties at once).
    /// An empty \a conversation searches all conversations of \a account.
    void search(
        const QString &account, const QString &query, const QString &conversation = {}, int pageSize = 50);
    /// The same with every option of SearchRequest (snippet markers, ranking window). The request's
    /// limit is the page size; its offset is ignored.
    void search(const SearchRequest &request);
    /// Appends the next page of hits of the current search, if hasMore().
    void loadMore();
    /// Empties the model and forgets the current search.
    void clear();

    SearchRequest request() const { return m_request; }
    bool isSearching() const { return m_searching; }
    /// The last page was full, so there may be more hits.
    bool hasMore() const { return m_hasMore; }
    /// The error of the last search, empty if it succeeded.
    QString errorString() const { return m_error; }
    /// The hit in \a row (a default SearchHit if out of range).
    SearchHit hit(int row) const { return m_hits.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A search (or loadMore) answered; \a error is empty on success.
    void finished(const QString &error);
    void searchingChanged(bool searching);

private:
    void start(bool append);
    void setSearching(bool searching);

    QPointer<MessageStore> m_store;
    SearchRequest m_request;
    QVector<SearchHit> m_hits;
    QString m_error;
    quint64 m_generation = 0; ///< answers of an older search() are dropped
    bool m_searching = false;
    bool m_hasMore = false;
};

} // namespace Tandem
