import logging

log = logging.getLogger(__name__)


def announce():
    log.info('SQLite: not used')
    log.info('postgres: connected')
