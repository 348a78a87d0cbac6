#include "models/SearchResultModel.h"

#include "models/MarkedSnippet.h"

#include "storage/Database.h"
#include "storage/MessageStore.h"

#include <QLocale>
#include <QPoint>

namespace Tandem {

SearchResultModel::SearchResultModel(MessageStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

void SearchResultModel::search(
    const QString &account, const QString &query, const QString &conversation, int pageSize)
{
    SearchRequest request;
    request.account = account;
    request.query = query;
    request.conversation = conversation;
    request.limit = pageSize;
    search(request);
}

void SearchResultModel::search(const SearchRequest &request)
{
    clear();
    m_request = request;
    m_request.offset = 0;
    start(false);
}

void SearchResultModel::loadMore()
{
    if (!m_hasMore || m_searching)
        return;
    m_request.offset = m_hits.size();
    start(true);
}

void SearchResultModel::clear()
{
    ++m_generation;
    m_hasMore = false;
    m_error.clear();
    if (!m_hits.isEmpty()) {
        beginResetModel();
        m_hits.clear();
        endResetModel();
    }
    setSearching(false);
}

void SearchResultModel::start(bool append)
{
    if (!m_store) {
        m_error = tr("No message store.");
        Q_EMIT finished(m_error);
        return;
    }
    const quint64 generation = ++m_generation;
    setSearching(true);
    m_store->search(m_request, this,
        [this, generation, append](const QVector<SearchHit> &hits, const StorageError &error) {
            if (generation != m_generation)
                return;
            m_error = error.message();
            m_hasMore = !error.isError() && hits.size() >= m_request.limit;
            if (!hits.isEmpty()) {
                if (append) {
                    beginInsertRows({}, m_hits.size(), m_hits.size() + hits.size() - 1);
                    m_hits += hits;
                    endInsertRows();
                } else {
                    beginResetModel();
                    m_hits = hits;
                    endResetModel();
                }
            }
            setSearching(false);
            Q_EMIT finished(m_error);
        });
}

void SearchResultModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged(searching);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_hits.size();
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return hit.snippet;
    case ConversationRole:
        return hit.conversation;
    case SenderRole:
        return hit.sender;
    case TimeRole:
        return hit.serverTime;
    case RowIdRole:
        return hit.rowId;
    case KindRole:
        return int(hit.kind);
    case DirectionRole:
        return int(hit.direction);
    case Qt::AccessibleTextRole:
        return tr("%1 in %2, %3: %4")
            .arg(hit.sender, hit.conversation,
                QLocale().toString(hit.serverTime.toLocalTime(), QLocale::ShortFormat),
                MarkedSnippet::fromMarked(hit.snippet, m_request.snippetStart, m_request.snippetEnd).text);
    case PlainSnippetRole:
        return MarkedSnippet::fromMarked(hit.snippet, m_request.snippetStart, m_request.snippetEnd).text;
    case HighlightsRole: {
        QVariantList ranges;
        const MarkedSnippet marked
            = MarkedSnippet::fromMarked(hit.snippet, m_request.snippetStart, m_request.snippetEnd);
        for (const auto &range : marked.highlights)
            ranges.append(QPoint(range.first, range.second));
        return ranges;
    }
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConversationRole, "conversation");
    names.insert(SenderRole, "sender");
    names.insert(TimeRole, "time");
    names.insert(SnippetRole, "snippet");
    names.insert(RowIdRole, "rowId");
    names.insert(KindRole, "kind");
    names.insert(DirectionRole, "direction");
    names.insert(ScoreRole, "score");
    names.insert(PlainSnippetRole, "plainSnippet");
    names.insert(HighlightsRole, "highlights");
    return names;
}

} // namespace Tandem
