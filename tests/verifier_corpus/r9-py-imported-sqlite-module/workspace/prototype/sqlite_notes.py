import sqlite3


def open_notes(path='notes.db'):
    return sqlite3.connect(path)
