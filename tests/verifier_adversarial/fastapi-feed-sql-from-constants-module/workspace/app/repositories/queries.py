"""Hand-tuned statements for the hot paths (kept apart so they can be reviewed together)."""

FEED = """
    SELECT a.id
      FROM articles a
      JOIN follows f ON f.followed_id = a.author_id
     WHERE f.follower_id = :viewer
  ORDER BY a.created_at DESC
     LIMIT :limit OFFSET :offset
"""

FEED_COUNT = "SELECT count(*) FROM articles a JOIN follows f ON f.followed_id = a.author_id WHERE f.follower_id = :viewer"
