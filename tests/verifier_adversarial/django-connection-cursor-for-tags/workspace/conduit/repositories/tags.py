"""Tags: Django's connection is already configured, so reuse it for this one aggregate."""
from django.db import connection


class TagRepository:
    def popular(self) -> list[str]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t.name FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id "
                "GROUP BY t.name ORDER BY count(at.article_id) DESC, t.name"
            )
            return [name for (name,) in cursor.fetchall()]
