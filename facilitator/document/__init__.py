"""The open workshop as a QObject: undo stack, change signals, save state. QtCore/QtGui only."""
