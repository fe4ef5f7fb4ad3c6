from sqlalchemy import text


def count(session, table):
    return session.execute(text('SELECT count(*) FROM {}'.format(table))).scalar()
