"""Whether Qt Multimedia has a backend, so that run mode's chime can sound: the smoke
test's check.

Without a backend Qt only prints "No QtMultimedia backends found" and every
QSoundEffect stays silent (sound.py never raises: a laptop without speakers is normal),
so a bundle that left out a library the backend's plugin links (Qt Quick, for the
FFmpeg plugin of PySide6 6.x) passed its smoke test with no sound at all. A loaded
backend lists the file formats it decodes (QMediaFormat.supportedFileFormats);
without one the list is empty. The chime's own status cannot tell: it is Error on any
computer without an audio output, the CI runners and this container included.
"""

from __future__ import annotations

from pathlib import Path


def multimedia_plugins() -> tuple[Path, list[str]]:
    """Qt's multimedia plugins folder and the files in it (sorted; [] when absent)."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "multimedia"
    names = sorted(p.name for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    return folder, names


def sound_backend() -> tuple[str | None, int]:
    """(None, the number of file formats Qt Multimedia decodes) when it has a backend;
    (one sentence saying what is missing and where Qt looked, 0) otherwise."""
    try:
        from PySide6.QtMultimedia import QMediaFormat
    except ImportError as error:  # PySide6 Essentials only, or a library it links
        return f"Qt Multimedia cannot be loaded ({error}): the countdown's chime is silent", 0
    decoded = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if decoded:
        return None, len(decoded)
    folder, names = multimedia_plugins()
    return (
        'Qt Multimedia has no backend (Qt said "No QtMultimedia backends found"): the '
        f"countdown's chime is silent; plugins in {folder}: {', '.join(names) or 'NONE'} "
        "(a plugin that is there did not load: a library it links is missing)",
        0,
    )
