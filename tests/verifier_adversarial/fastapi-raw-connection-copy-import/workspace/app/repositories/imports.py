"""Bulk article import: COPY is orders of magnitude faster than ORM inserts."""
import csv
import io

from sqlalchemy import Engine


class ArticleImportRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def copy_articles(self, rows: list[dict]) -> int:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in rows:
            writer.writerow([row["slug"], row["title"], row["description"], row["body"], row["author_id"]])
        buffer.seek(0)
        connection = self.engine.raw_connection()
        try:
            with connection.cursor() as cursor:
                with cursor.copy("COPY articles (slug, title, description, body, author_id) FROM STDIN WITH (FORMAT csv)") as copy:
                    copy.write(buffer.getvalue())
            connection.commit()
        finally:
            connection.close()
        return len(rows)
