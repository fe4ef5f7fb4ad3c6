import time

class TTLCache:
    def __init__(self, ttl: float):
        self.ttl, self._data = ttl, {}

    def get(self, key):
        hit = self._data.get(key)
        if hit and hit[0] > time.monotonic():
            return hit[1]
        self._data.pop(key, None)
        return None

    def put(self, key, value):
        self._data[key] = (time.monotonic() + self.ttl, value)

    def clear(self):
        self._data.clear()
