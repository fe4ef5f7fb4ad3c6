"""SQL kept in one place so DBAs can review it."""

ARTICLE_IDS_BY_TAG = (
    "-- articles carrying a tag, newest first\n"
    "SELECT at.article_id FROM article_tags at "
    "JOIN tags t ON t.id = at.tag_id "
    "JOIN articles a ON a.id = at.article_id "
    "WHERE t.name = :tag ORDER BY a.created_at DESC"
)
