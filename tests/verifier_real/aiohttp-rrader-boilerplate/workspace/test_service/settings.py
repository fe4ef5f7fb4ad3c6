# excerpt of https://github.com/rrader/aiohttp-boilerplate@1b535fee19bc:test_service/settings.py
DATABASE_HOST = '127.0.0.1'

DATABASE_NAME = 'vaggadb'

DATABASE_USERNAME = 'vaggauser'

DATABASE_PASSWORD = 'password'
