def close_unit_of_work(session, failed: bool) -> None:
    if failed:
        session.rollback()
    else:
        session.commit()
