"""Record identifiers: random, so that records from two files never collide."""


def new_id() -> str:
    """A fresh random identifier: uuid4, 32 lowercase hexadecimal digits."""
    import uuid  # on first use: not needed before the first paint (issue 22)

    return uuid.uuid4().hex
