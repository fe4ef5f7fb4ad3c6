# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/domain/rwmodel.py
import datetime

from pydantic import BaseConfig, BaseModel

class RWModel(BaseModel):
    class Config(BaseConfig):
        allow_population_by_field_name = True
        json_encoders = {datetime.datetime: convert_datetime_to_realworld}
        alias_generator = convert_field_to_camel_case
