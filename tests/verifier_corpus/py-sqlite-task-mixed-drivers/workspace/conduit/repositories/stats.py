import sqlite3

import psycopg


def count_articles(url):
    with psycopg.connect(url) as conn:
        return conn.execute('SELECT count(*) FROM articles').fetchone()[0]


def local_count(path):
    return sqlite3.connect(path).execute('SELECT count(*) FROM articles').fetchone()[0]
