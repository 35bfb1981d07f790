"""Preparing the agenda: method library, days, items, materials."""
