from sqlalchemy import text

type Row = dict[str, object]


def feed(session) -> list[Row]:
    return session.execute(text('SELECT slug FROM articles')).mappings().all()
