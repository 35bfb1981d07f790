"""The room link: participants' phones send ideas and dots to the facilitator's laptop
over the local network, with no internet and no account (pure Python: no Qt)."""
