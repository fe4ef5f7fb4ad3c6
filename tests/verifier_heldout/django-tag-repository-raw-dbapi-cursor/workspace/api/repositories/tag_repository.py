from ..db import engine


class TagRepository:
    """Popular tags; the ORM round-trip was measurably slower, so this goes to the DBAPI."""

    def popular(self, limit: int = 20) -> list[str]:
        conn = engine.raw_connection()
        try:
            cur = conn.cursor()
            cur.execute(
                "SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id "
                "GROUP BY t.name ORDER BY COUNT(*) DESC, t.name LIMIT ?",
                (limit,),
            )
            return [row[0] for row in cur.fetchall()]
        finally:
            conn.close()
