"""Pure-Python storage: the `.atelier` SQLite file and the interchange JSON. Never imports Qt."""
