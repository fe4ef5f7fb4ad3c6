from conduit.repositories import tags


def create(data):
    tags.add_all(data.get("tagList") or [])
    return data
