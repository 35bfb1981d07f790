"""Record identifiers: random, so that records from two files never collide."""

import uuid


def new_id() -> str:
    return uuid.uuid4().hex
