import os

import psycopg2


def all_tags():
    conn = psycopg2.connect(os.environ['DATABASE_URL'])
    cursor = conn.cursor()
    query = build_query()
    cursor.execute(query)
    return [r[0] for r in cursor.fetchall()]


def build_query():
    return 'SELECT name FROM tags'
