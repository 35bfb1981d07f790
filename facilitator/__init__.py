"""Facilitator: an offline desktop app for running in-person creativity workshops."""

__version__ = "0.1.0"
