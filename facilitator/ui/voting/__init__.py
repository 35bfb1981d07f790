"""Votes: the paper tally by keyboard, and ranked results where ties are ties."""
