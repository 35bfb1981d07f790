"""Run mode's sounds, mutable, with a volume: the end-of-countdown chime
(resources/sounds/chime.wav, three bell notes) and the round change (round.wav, two
short high knocks: told apart from the end at once, in a noisy room). Both are made by
resources/sounds/make_chime.py.

With no audio device, or no QtMultimedia, it stays silent: never an error.

The sound effect is made on first use (`prepare`, or the first ring): Qt Multimedia
starts FFmpeg and the audio server, 25-40 ms here, which the app's start does not wait
for (issue 22; the main window prepares its chime once the window is painted).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl

from facilitator.paths import resources_dir

log = logging.getLogger(__name__)

END_SOUND = "chime.wav"  # an item's (or a free timer's) time is up
ROUND_SOUND = "round.wav"  # the round on changed


class Chime(QObject):
    def __init__(self, parent: QObject | None = None, sound: str = END_SOUND) -> None:
        """`sound`: a file of resources/sounds (END_SOUND, ROUND_SOUND)."""
        super().__init__(parent)
        self.sound = sound
        self.volume = 0.8
        self.muted = False
        self.played = 0
        self._effect: object | None = None
        self._prepared = False

    def prepare(self) -> None:
        """Make the sound effect now, if not yet made (then a ring plays at once)."""
        if self._prepared:
            return
        self._prepared = True
        try:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / self.sound)))
            self._effect = effect
        except ImportError as error:  # PySide6 Essentials only, or no libpulse (Linux)
            log.warning("no sound for the countdown: %s", error)

    def configure(self, volume_percent: int, muted: bool) -> None:
        self.volume = max(0, min(volume_percent, 100)) / 100
        self.muted = muted

    @property
    def prepared(self) -> bool:
        """Whether the sound effect has been made (or found missing) yet."""
        return self._prepared

    @property
    def available(self) -> bool:
        self.prepare()
        return self._effect is not None

    def play(self) -> None:
        """Ring, unless muted; `played` counts the rings asked for, heard or not."""
        if self.muted:
            return
        self.played += 1
        self.prepare()
        if self._effect is None:
            return
        from PySide6.QtMultimedia import QSoundEffect

        effect = self._effect
        assert isinstance(effect, QSoundEffect)
        effect.setVolume(self.volume)
        effect.play()
