import sqlite3

connection = sqlite3.connect('conduit.db')
connection.execute("INSERT INTO users (username) VALUES ('demo')")
connection.commit()
