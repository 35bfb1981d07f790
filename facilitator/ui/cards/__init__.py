"""Prototype cards: the gallery, the focused editor, the template, the projector."""
