"""No English from the system inside a French sentence (issue 17: « Impossible d’écrire
« … » : No such file or directory. »).

The system's own words (`strerror`, `str(error)`) are English on most machines whatever
the interface's language. Every error a user meets has its own clause in
`storage.errors` (one table, used by the storage, the exports, the room link and the
command line); any other is named by its code (ENOTSUP, WinError 1392), never explained
in English. The errors here are real ones, made the way users make them.
"""

from __future__ import annotations

import errno
import os
import re
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.messages import FacilitatorError, Message, message
from facilitator.storage import errors
from facilitator.storage.errors import error_reason, os_reason, reason_for, sqlite_reason
from facilitator.storage.safe_read import read_regular_file
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translator

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
FRENCH = Translator("fr")
# The errors the issue lists: each must have a clause of its own.
USERS_MEET = (
    *("ENOENT", "EACCES", "EPERM", "ENOSPC", "EROFS", "EISDIR", "ENOTDIR", "EEXIST"),
    *("ENAMETOOLONG", "EMFILE", "EIO", "EDQUOT", "EBUSY", "ETXTBSY", "ELOOP", "EXDEV"),
    *("ECONNREFUSED", "EADDRINUSE", "EADDRNOTAVAIL"),
)
# Words of the system's English sentences that are French words as well.
ALSO_FRENCH = {"quota", "long"}


def _english_words(code: int) -> set[str]:
    """The words of the system's own sentence for `code` (in English: the tests run
    with LANGUAGE unset or English)."""
    return {word.lower() for word in re.findall(r"[A-Za-z]{3,}", os.strerror(code))}


def _leaked(said: str, code: int, *paths: Path) -> set[str]:
    """The system's English words found in `said`, once the paths are taken out."""
    for path in paths:
        said = said.replace(str(path), "")
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", said)}
    return (words & _english_words(code)) - ALSO_FRENCH


def _french(reason: Message) -> str:
    return FRENCH.render(reason)


@pytest.mark.parametrize("name", [n for n in USERS_MEET if hasattr(errno, n)])
def test_each_error_users_meet_has_its_own_sentence_in_french_and_english(name: str) -> None:
    code = getattr(errno, name)
    reason = reason_for(code)
    assert reason.text is not errors.UNEXPECTED, name
    french = _french(reason)
    assert french != reason.render() and not _leaked(french, code), french


@pytest.mark.parametrize("winerror", sorted(errors.BY_WINERROR))
def test_windows_codes_python_maps_badly_are_read_first(winerror: int) -> None:
    """A PDF open in a viewer, replaced: Windows says ERROR_SHARING_VIOLATION (32),
    which Python turns into EACCES, "permission denied": the clause says what it is."""
    reason = reason_for(errno.EACCES, winerror)
    assert reason.text is errors.BY_WINERROR[winerror]
    assert _french(reason_for(errno.EACCES, 32)) == "un autre programme l’utilise"


def test_an_error_not_in_the_table_is_named_by_its_code_not_explained() -> None:
    unknown = errno.EOPNOTSUPP
    said = _french(reason_for(unknown))
    assert said == f"une erreur inattendue s’est produite ({errno.errorcode[unknown]})"
    assert _french(reason_for(None, 1392)) == (
        "une erreur inattendue s’est produite (WinError 1392)"
    )
    library_words = OSError("Some library explained it in English")
    assert _french(os_reason(library_words)) == "une erreur inattendue s’est produite (OSError)"
    assert _french(error_reason(RuntimeError("a bug of ours"))) == (
        "une erreur inattendue s’est produite (RuntimeError)"
    )


# -- real errors, made the way users make them ------------------------------------------
def _raised(action: Callable[[], object]) -> OSError:
    with pytest.raises(OSError) as caught:
        action()
    return caught.value


def _missing(tmp_path: Path) -> OSError:
    return _raised(lambda: (tmp_path / "absent" / "synthese.pdf").write_bytes(b"%PDF"))


def _folder_for_a_file(tmp_path: Path) -> OSError:
    (tmp_path / "synthese.pdf").mkdir()
    return _raised(lambda: (tmp_path / "synthese.pdf").write_bytes(b"%PDF"))


def _through_a_file(tmp_path: Path) -> OSError:
    (tmp_path / "atelier").write_text("x", encoding="utf-8")
    return _raised(lambda: (tmp_path / "atelier" / "x.pdf").write_bytes(b"%PDF"))


def _disk_full(_tmp_path: Path) -> OSError:
    def write() -> None:
        with Path("/dev/full").open("wb", buffering=0) as full:
            full.write(b"%PDF")

    return _raised(write)


def _name_too_long(tmp_path: Path) -> OSError:
    return _raised(lambda: (tmp_path / ("Synthèse " * 40 + ".pdf")).write_bytes(b"%PDF"))


def _link_loop(tmp_path: Path) -> OSError:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    return _raised((tmp_path / "a").read_bytes)


def _exists(tmp_path: Path) -> OSError:
    return _raised(tmp_path.mkdir)


def _not_empty(tmp_path: Path) -> OSError:
    (tmp_path / "dossier").mkdir()
    (tmp_path / "dossier" / "idée.txt").write_text("x", encoding="utf-8")
    return _raised((tmp_path / "dossier").rmdir)


def _other_disk(tmp_path: Path) -> OSError:
    elsewhere = Path("/dev/shm")  # a memory disk: another device than the tests' folder
    if not elsewhere.is_dir() or elsewhere.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second disk to move to")
    (tmp_path / "synthese.pdf").write_bytes(b"%PDF")
    return _raised(lambda: (tmp_path / "synthese.pdf").rename(elsewhere / tmp_path.name))


def _port_in_use(_tmp_path: Path) -> OSError:
    with socket.socket() as first, socket.socket() as second:
        first.bind(("127.0.0.1", 0))
        first.listen()
        return _raised(lambda: second.bind(first.getsockname()))


def _refused(_tmp_path: Path) -> OSError:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        address = server.getsockname()
    with socket.socket() as client:
        return _raised(lambda: client.connect(address))


def _address_not_ours(_tmp_path: Path) -> OSError:
    with socket.socket() as server:  # 192.0.2.1: TEST-NET, on no machine
        return _raised(lambda: server.bind(("192.0.2.1", 0)))


REAL: dict[str, tuple[Callable[[Path], OSError], int, str]] = {
    "a folder that is gone": (_missing, errno.ENOENT, "le fichier ou son dossier n’existe pas"),
    "a folder where the file goes": (_folder_for_a_file, errno.EISDIR, "c’est un dossier"),
    "a file where a folder goes": (
        _through_a_file,
        errno.ENOTDIR,
        "une partie du chemin est un fichier, pas un dossier",
    ),
    "a full disk": (_disk_full, errno.ENOSPC, "le disque est plein"),
    "a name too long": (_name_too_long, errno.ENAMETOOLONG, "le nom ou le chemin est trop long"),
    "links in a loop": (_link_loop, errno.ELOOP, "ses liens symboliques forment une boucle"),
    "another disk": (
        _other_disk,
        errno.EXDEV,
        "il ne peut pas être déplacé vers un autre disque en une seule étape",
    ),
    "a folder that exists": (_exists, errno.EEXIST, "un élément de ce nom existe déjà"),
    "a folder not empty": (_not_empty, errno.ENOTEMPTY, "le dossier n’est pas vide"),
    "the room link's port taken": (
        _port_in_use,
        errno.EADDRINUSE,
        "un autre programme utilise déjà ce port",
    ),
    "a connection refused": (_refused, errno.ECONNREFUSED, "la connexion a été refusée"),
    "an address not this laptop's": (
        _address_not_ours,
        errno.EADDRNOTAVAIL,
        "cette adresse n’est pas celle de cet ordinateur (le réseau a-t-il changé\u00a0?)",
    ),
}


@pytest.mark.parametrize("case", list(REAL))
def test_real_errors_are_said_in_french_without_the_system_s_english(
    case: str, tmp_path: Path
) -> None:
    make, code, clause = REAL[case]
    error = make(tmp_path)
    assert error.errno == code, error
    target = tmp_path / "synthese.pdf"
    said = FRENCH.render(message(errors.CANNOT_CREATE, path=str(target), reason=os_reason(error)))
    assert said == f"Impossible de créer «\u00a0{target}\u00a0»\u00a0: {clause}."
    assert not _leaked(said, code, tmp_path), said


@pytest.mark.skipif(ROOT, reason="root writes into a read-only folder anyway")
def test_a_read_only_folder_is_said_in_french(tmp_path: Path) -> None:
    folder = tmp_path / "partagé"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        error = _raised(lambda: (folder / "synthese.pdf").write_bytes(b"%PDF"))
    finally:
        folder.chmod(0o755)
    assert _french(os_reason(error)) == "accès refusé"
    assert not _leaked(_french(os_reason(error)), errno.EACCES)


def test_reading_a_missing_file_or_a_folder_is_said_in_french(tmp_path: Path) -> None:
    for path, code, clause in (
        (tmp_path / "absent.txt", errno.ENOENT, "le fichier ou son dossier n’existe pas"),
        (tmp_path, errno.EISDIR, "c’est un dossier"),
    ):
        with pytest.raises(FacilitatorError) as caught:
            read_regular_file(path, 1000)
        said = FRENCH.render(caught.value.message)
        assert said.endswith(f": {clause}."), said
        assert not _leaked(said, code, path), said


def test_a_busy_workshop_file_is_said_in_french(tmp_path: Path) -> None:
    """Another program holds the file's write lock: SQLite's "database is locked"."""
    path = tmp_path / "verrou.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            other.execute("INSERT INTO t VALUES (1)")
    finally:
        other.close()
        holder.close()
    said = _french(sqlite_reason(caught.value))
    assert said == "un autre programme l’utilise"
    assert "locked" not in said and "database" not in said


def test_a_file_that_is_no_database_is_said_in_french(tmp_path: Path) -> None:
    path = tmp_path / "faux.atelier"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)  # the magic, then nonsense
    with pytest.raises(FacilitatorError) as caught:
        WorkshopFile.open(path)
    said = FRENCH.render(caught.value.message)
    assert not {"file", "database", "malformed", "disk", "image"} & set(
        re.findall(r"[a-z]+", said.replace(str(path), ""))
    ), said


# -- the command line, in French -------------------------------------------------------
@pytest.mark.parametrize(
    ("where", "clause"),
    [
        ("absent/synthese.md", "le fichier ou son dossier n’existe pas"),
        ("demo.atelier/synthese.md", "une partie du chemin est un fichier, pas un dossier"),
        ("un dossier", "c’est un dossier"),
    ],
)
def test_the_command_line_says_it_in_french(
    tmp_path: Path, full_demo_file: Path, where: str, clause: str
) -> None:
    (tmp_path / "un dossier").mkdir()
    target = tmp_path / where
    environment = {**os.environ, "LANGUAGE": "fr", "LC_ALL": "C.UTF-8"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-m", "facilitator", "export", str(full_demo_file)]
    result = subprocess.run(
        [*command, "--format", "md", "-o", str(target)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 1
    said = result.stderr.strip()
    assert said == f"facilitator: Impossible d’écrire «\u00a0{target}\u00a0»\u00a0: {clause}.", said
    assert not list(tmp_path.rglob("*.part"))  # no temporary left
