# excerpt of https://github.com/DavidRomanovizc/aiohttp-template@a61a28d8db45:app/settings.py
import asyncio

import platform

from pathlib import Path

import aioreloader

import yaml

from loguru import logger

from app.utils.args_parser import setup_args

def project_settings():
    try:
        import uvloop
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    except Exception as err:
        logger.info(f"Uvloop is not available - {err}")

    if platform.system() == "Windows":
        asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())

    if setup_args().reload:
        logger.info("Start with code reload")
        aioreloader.start()
