# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/customer_relationship/customer_relationship/models.py
from sqlalchemy import Column, Integer, String, Table

from db_infrastructure import metadata

customers = Table(
    "customers", metadata, Column("id", Integer, primary_key=True), Column("email", String(255), unique=True)
)
