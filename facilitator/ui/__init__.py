"""The Qt widgets: main window, home screen and one package per part of the workshop."""
