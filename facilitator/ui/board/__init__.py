"""The idea board: capture, canvas of sticky notes, clusters, list view, photos."""
