import os

import peewee

_db = peewee.SqliteDatabase(os.environ["SQLITE_PATH"])


class TagRow(peewee.Model):
    name = peewee.CharField(unique=True)

    class Meta:
        database = _db
        table_name = "tags"


def tag_names() -> list[str]:
    with _db.connection_context():
        return [t.name for t in TagRow.select(TagRow.name).order_by(TagRow.name)]
