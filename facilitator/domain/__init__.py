"""Pure-Python domain: the workshop, its records and the rules that change them.

Never imports Qt.
"""
