db_user, db_host, db_name = 'api', 'localhost', 'api'
SQLALCHEMY_DATABASE_URL = f'postgresql://{db_user}@{db_host}/{db_name}'
