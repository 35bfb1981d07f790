"""Pure-Python exports (agenda PDF, ICS, Markdown; later the cards and the synthesis).

Exports read a snapshot of the workshop and never touch Qt, so they can run in a
worker thread.
"""
