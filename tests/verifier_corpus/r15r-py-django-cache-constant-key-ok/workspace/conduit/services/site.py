from django.core.cache import cache


def site_config(load) -> dict:
    config = load()
    cache.set('site_config', config, timeout=None)
    return config
