@echo off
rem Facilitator, portable: the settings, the logs and the demo copies stay in the
rem "data" folder beside this file (a USB stick carries them along), not in the
rem user's AppData. Workshops are saved wherever the user chooses, as usual.
rem Copied into the portable ZIP as "Facilitator (portable).cmd" (portable_zip.py).
set "FACILITATOR_HOME=%~dp0data"
start "" "%~dp0Facilitator.exe" %*
