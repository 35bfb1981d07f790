"""The accessible PDF: a Word document (DOCX) converted by LibreOffice into a tagged
PDF/UA file (issue 20; docs/accessibility.md).

reportlab, which draws every other PDF of ours, writes no structure tree: its PDFs
declare their language and title but are not tagged. LibreOffice Writer is: asked
for `UseTaggedPDF` and `PDFUACompliance`, its PDF export (filter/source/pdf/
pdfexport.cxx) writes the structure tree from the document's headings, paragraphs,
lists, tables and pictures with their alternative text, /MarkInfo /Marked true, the
catalog's /Lang (the document's language), DisplayDocTitle, XMP metadata with
pdfuaid:part 1, and embeds every font (`EmbedStandardFonts`).

The options are given on the command line as JSON
(`soffice --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean",
"value":"true"}, ...}'`), which the PDF filter reads since LibreOffice 7.4
(pdffilter.cxx: FilterOptions starting with "{" become FilterData,
comphelper::JsonToPropertyValues). An older LibreOffice ignores them and writes an
untagged PDF: the result is checked, and refused (UNTAGGED) rather than handed out as
accessible.

LibreOffice draws with the computer's fonts; where it finds them through fontconfig
(Linux, BSD), the fonts Facilitator ships (resources/fonts: Arabic, Ethiopic, Tamil,
Korean, Chinese and Japanese, emoji; export/pdf_fonts.py) are added to them for the
conversion (a fonts.conf of its own, FONTCONFIG_FILE), so that every script prints as in
our other PDFs rather than as boxes on a computer that lacks them. Each script's font is
offered for its own script only (pdf_fonts.SCRIPTS' ranges, as our PDFs use it): Nanum
Square maps 13,949 code points, Chinese ideographs among them, to empty glyphs, which
LibreOffice would otherwise draw as blanks.

Each conversion runs in a LibreOffice of its own: a new user profile in a temporary
folder (`-env:UserInstallation`), so that it neither waits for nor disturbs a
LibreOffice the user has open, in a process group of its own, killed whole when it
takes more than `timeout_s` or when the facilitator cancels (checked every
CANCEL_CHECK_S).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.export.pdf_fonts import FILES, SCRIPTS
from facilitator.paths import resources_dir

# Seconds a conversion may take before LibreOffice is stopped. Measured here with
# LibreOffice 7.4 on 2 cores (python -m tests.bench.office_pdf): a one-page document
# 1.3 to 1.6 s (a fresh profile each time), 1,000 ideas with 50 distinct 1,600 x 1,200
# photos (a 47 MB document) 8 to 9.3 s, and 4.2 s and 21.7 s with the machine busy
# (load average 6); 120 s leaves five times the busy figure for a slower computer.
DEFAULT_TIMEOUT_S = 120.0
CANCEL_CHECK_S = 0.2  # seconds between two looks at whether the export was cancelled
LEAST_VERSION = "7.4"  # reads export options given as JSON on the command line
EXPORT_OPTIONS = {
    "UseTaggedPDF": True,  # the structure tree
    "PDFUACompliance": True,  # PDF/UA-1: also alternative text checks, XMP pdfuaid:part
    "EmbedStandardFonts": True,  # even Helvetica and Times are embedded
    "DisplayPDFDocumentTitle": True,  # viewers show the title, not the file name
    "ExportBookmarks": True,  # the outline from the headings
}
EXPORT_FILTER = "pdf:writer_pdf_Export:" + json.dumps(
    {
        name: {"type": "boolean", "value": "true" if value else "false"}
        for name, value in EXPORT_OPTIONS.items()
    },
    separators=(",", ":"),
)
# Where LibreOffice's installers put it when it is not on the PATH.
INSTALLED_PLACES = (
    Path("C:/Program Files/LibreOffice/program/soffice.exe"),
    Path("C:/Program Files (x86)/LibreOffice/program/soffice.exe"),
    Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
    Path("/opt/libreoffice/program/soffice"),
)
SYSTEM_FONTS_CONF = "/etc/fonts/fonts.conf"  # fontconfig's own, included before our fonts
MOST_REPORTED = 300  # characters of LibreOffice's own error output quoted to the user

NO_LIBREOFFICE = QT_TRANSLATE_NOOP(
    "Export",
    "The accessible PDF is made by LibreOffice, which is not installed on this computer. "
    "Install LibreOffice (libreoffice.org; on Debian or Ubuntu the package "
    "libreoffice-writer-nogui), or export the Word document and give that instead.",
)
LIBREOFFICE_FAILED = QT_TRANSLATE_NOOP(
    "Export",
    "LibreOffice could not convert the document to PDF: {detail}",
)
LIBREOFFICE_TIMED_OUT = QT_TRANSLATE_NOOP(
    "Export",
    "LibreOffice took more than {seconds} seconds to convert the document and was stopped.",
)
LIBREOFFICE_UNTAGGED = QT_TRANSLATE_NOOP(
    "Export",
    "{producer} made a PDF without tags, which is not accessible: LibreOffice {version} or "
    "later is needed.",
)


def find_soffice() -> Path | None:
    """LibreOffice's `soffice` program: on the PATH (soffice, libreoffice), else where
    its installers put it (INSTALLED_PLACES); None when there is none."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((place for place in INSTALLED_PLACES if place.is_file()), None)


def pdf_from_docx(
    docx: bytes,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    soffice: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """`docx` (a Word document's bytes) as a tagged PDF/UA file made by LibreOffice
    (`soffice`, None: find_soffice()), which must finish within `timeout_s` seconds.
    FacilitatorError when LibreOffice is missing (NO_LIBREOFFICE), fails or makes no
    PDF (LIBREOFFICE_FAILED, with the end of its own message), takes longer
    (LIBREOFFICE_TIMED_OUT; it is stopped, with every process it started) or makes a
    PDF without a structure tree (LIBREOFFICE_UNTAGGED: older than LEAST_VERSION).
    When `cancelled` answers True (asked every CANCEL_CHECK_S while LibreOffice
    runs), LibreOffice is stopped the same way and synthesis_sections.ExportCancelledError
    raised."""
    program = soffice if soffice is not None else find_soffice()
    if program is None or not program.is_file():
        raise FacilitatorError(message(NO_LIBREOFFICE))
    with tempfile.TemporaryDirectory(prefix="facilitator-office-") as folder:
        work = Path(folder)
        source = work / "document.docx"
        source.write_bytes(docx)
        out = work / "out"
        command = [
            str(program),
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            EXPORT_FILTER,
            "--outdir",
            str(out),
            str(source),
        ]
        output = _run(command, timeout_s, _environment(work), cancelled)
        result = out / "document.pdf"
        if not result.is_file() or result.stat().st_size == 0:
            raise FacilitatorError(message(LIBREOFFICE_FAILED, detail=_reported(output)))
        data = result.read_bytes()
    _check_tagged(data)
    return data


def _environment(work: Path) -> dict[str, str] | None:
    """The conversion's environment: ours, with FONTCONFIG_FILE naming a fonts.conf
    (written in `work`) that includes the system's and adds our fonts' folder, where
    LibreOffice uses fontconfig; None (ours unchanged) elsewhere (Windows, macOS)."""
    if os.name != "posix" or sys.platform == "darwin":
        return None
    system = os.environ.get("FONTCONFIG_FILE", "")
    system = system if Path(system).is_absolute() else SYSTEM_FONTS_CONF
    fonts = resources_dir() / "fonts"
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        "<fontconfig>",
        # First: fontconfig writes its cache of our folder in the first cache folder it
        # can write (not the user's, nor the system's, which would keep it after us).
        f"  <cachedir>{escape(str(work / 'fontconfig'))}</cachedir>",
        f'  <include ignore_missing="yes">{escape(system)}</include>',
        f"  <dir>{escape(str(fonts))}</dir>",
    ]
    for script in SCRIPTS:
        ranges = "".join(
            f"<range><int>{low}</int><int>{high}</int></range>" for low, high in script.ranges
        )
        for name in dict.fromkeys((script.regular, script.bold)):
            lines += [
                '  <match target="scan">',
                f'    <test name="file"><string>{escape(str(fonts / FILES[name]))}</string></test>',
                f'    <edit name="charset" mode="assign"><charset>{ranges}</charset></edit>',
                "  </match>",
            ]
    lines.append("</fontconfig>")
    config = work / "fonts.conf"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


def _run(
    command: list[str],
    timeout_s: float,
    environment: dict[str, str] | None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """Run `command` in a process group of its own; its output (stdout and stderr).
    On timeout the whole group is killed (soffice starts soffice.bin): FacilitatorError
    (LIBREOFFICE_TIMED_OUT); LIBREOFFICE_FAILED when it cannot be started; when
    `cancelled` answers True, killed too: ExportCancelledError."""
    posix = os.name == "posix"
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=environment,
            start_new_session=posix,
            creationflags=getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) if not posix else 0,
        )
    except OSError as error:  # not a program (no execute permission, wrong format)
        raise FacilitatorError(message(LIBREOFFICE_FAILED, detail=str(error))) from None
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            # Waited for in steps, to look at `cancelled` between them (communicate may
            # be called again after a timeout without losing output: subprocess's docs).
            step = max(0.0, deadline - time.monotonic())
            if cancelled is not None:
                step = min(step, CANCEL_CHECK_S)
            try:
                output, _ = process.communicate(timeout=step)
                break
            except subprocess.TimeoutExpired:
                if cancelled is not None and cancelled():
                    _kill(process, posix)
                    process.communicate()
                    from facilitator.export.synthesis_sections import ExportCancelledError

                    raise ExportCancelledError from None
                if time.monotonic() < deadline:
                    continue
                _kill(process, posix)
                process.communicate()
                seconds = f"{timeout_s:g}"
                raise FacilitatorError(message(LIBREOFFICE_TIMED_OUT, seconds=seconds)) from None
    finally:
        if process.poll() is None:  # an exception of ours while waiting
            _kill(process, posix)
            process.wait()
    return output.decode("utf-8", "replace")


def _reported(output: str) -> str:
    """What LibreOffice said of its failure: its "Error" lines (not its warnings about
    Java), else its last line; MOST_REPORTED characters at most."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if line.lower().startswith("error")]
    said = " ".join(errors or lines[-1:]) or "no PDF was written"
    return said if len(said) <= MOST_REPORTED else said[: MOST_REPORTED - 1] + "…"


def _kill(process: subprocess.Popen[bytes], posix: bool) -> None:
    """Stop `process` and every process it started (its own process group, POSIX)."""
    if posix:
        with contextlib.suppress(ProcessLookupError):  # already gone, with its group
            os.killpg(process.pid, signal.SIGKILL)
    else:
        # Windows: taskkill /T ends the tree under this process id, and only it.
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(process.pid)],
            capture_output=True,
            check=False,
        )
        process.kill()


def _check_tagged(data: bytes) -> None:
    """FacilitatorError (LIBREOFFICE_UNTAGGED) unless `data` is a PDF whose catalog has
    a structure tree and /MarkInfo /Marked true; LIBREOFFICE_FAILED when it is no
    PDF at all."""
    import pikepdf  # only here: not loaded with the export menu

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            root = pdf.Root
            mark = root.get("/MarkInfo")
            tagged = "/StructTreeRoot" in root and mark is not None and bool(mark.get("/Marked"))
            producer = str(pdf.docinfo.get("/Producer", "LibreOffice"))
    except pikepdf.PdfError as error:
        raise FacilitatorError(message(LIBREOFFICE_FAILED, detail=str(error))) from None
    if not tagged:
        raise FacilitatorError(
            message(LIBREOFFICE_UNTAGGED, producer=producer, version=LEAST_VERSION)
        )
