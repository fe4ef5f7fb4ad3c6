"""Hand-tuned SQL kept in one place."""

FEED = """
    SELECT a.id
    FROM articles a
    JOIN follows f ON f.followed_id = a.author_id
    WHERE f.follower_id = :viewer_id
    ORDER BY a.created_at DESC
    LIMIT :limit OFFSET :offset
"""

FEED_COUNT = "SELECT count(*) FROM articles a JOIN follows f ON f.followed_id = a.author_id WHERE f.follower_id = :viewer_id"
