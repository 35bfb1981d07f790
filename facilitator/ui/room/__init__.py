"""The room link in the interface: the facilitator's page, the QR code for the room."""
