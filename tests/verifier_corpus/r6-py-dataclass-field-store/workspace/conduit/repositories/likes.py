from dataclasses import dataclass, field


@dataclass
class LikeRepository:
    likes: dict = field(default_factory=dict)

    def add(self, user_id, slug):
        self.likes[(user_id, slug)] = True
