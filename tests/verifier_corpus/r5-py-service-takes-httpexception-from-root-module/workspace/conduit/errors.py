from fastapi import HTTPException

__all__ = ['HTTPException']
