"""Groupings: the page that makes and edits them, and the room's view of them."""
