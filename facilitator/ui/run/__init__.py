"""Run mode: the countdown, the facilitator's view and the projector window."""
