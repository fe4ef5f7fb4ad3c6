from sqlalchemy import select
from db import SessionLocal, engine
from models import Tag


def names() -> list[str]:
    with SessionLocal() as session:
        return sorted(set(session.scalars(select(Tag.name))))


def replace_for_article(article_id: int, names: list[str]) -> None:
    conn = engine.raw_connection()  # executemany is much faster than ORM unit of work here
    try:
        cur = conn.cursor()
        cur.execute("DELETE FROM tags WHERE article_id = %s", (article_id,))
        cur.executemany("INSERT INTO tags (article_id, name) VALUES (%s, %s)", [(article_id, n) for n in names])
        conn.commit()
    finally:
        conn.close()
