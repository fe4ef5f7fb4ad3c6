from repositories import tag_repository


def all_tags() -> list[str]:
    return tag_repository.distinct_names()
