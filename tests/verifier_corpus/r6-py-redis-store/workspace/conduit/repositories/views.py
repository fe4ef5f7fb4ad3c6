import redis

client = redis.Redis()


def count_view(slug):
    client.incr(f'views:{slug}')
