from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "sqlite:///./blog.db"

    class Config:
        env_prefix = "BLOG_"


settings = Settings()
