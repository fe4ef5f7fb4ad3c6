import pandas as pd


def feed(engine):
    return pd.read_sql('SELECT slug FROM articles ORDER BY id DESC', engine)
