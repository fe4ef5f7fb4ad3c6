# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/usecase/utils/mocks.py
def get_session():
    raise NotImplementedError
