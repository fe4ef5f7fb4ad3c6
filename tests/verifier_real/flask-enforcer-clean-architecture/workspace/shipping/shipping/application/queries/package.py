# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/application/queries/package.py
import abc

from dataclasses import dataclass

from typing import Optional

class PackageDto:
    ...

class GetNextPackage(abc.ABC):
    @abc.abstractmethod
    def query(self) -> Optional[PackageDto]:
        pass
