"""Quick polls on the laptop (the run page, the Votes page) and on the projector."""
