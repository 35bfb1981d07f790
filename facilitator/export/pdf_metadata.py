"""What every PDF of ours says about itself, for assistive tools and document
managers (issue 20; RGAA): its language, its title (shown by viewers in place of the
file name), author and subject, in the Info dictionary and the same in XMP metadata.

All of it is reportlab's own (5.1: `reportlab/pdfbase/pdfdoc.py`): the catalog's `Lang`
(`PDFDocument(lang=...)`, set here on the catalog), the viewer preference
`DisplayDocTitle` (`Canvas.setViewerPreference`), and a `/Metadata` stream
(`pdfdoc.XMP`, whose content is asked for when the file is written: the packet is made
from the Info dictionary as written, so the two never differ). No post-processing.

What reportlab cannot write is a structure tree (a tagged PDF): see docs/accessibility.md
for what that leaves out and which export to give to someone who needs it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP, PDFString
from reportlab.pdfgen.canvas import Canvas

from facilitator import __version__
from facilitator.domain.records import Language

# The document's language as a BCP 47 tag (the catalog's /Lang, XMP dc:language): the
# French of France and the English of the United Kingdom, as the exported words are.
LANGUAGE_TAGS: dict[Language, str] = {"fr": "fr-FR", "en": "en-GB"}
CREATOR = f"Facilitator {__version__}"
# Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; lone
# surrogates; U+FFFE, U+FFFF): an XMP packet holding one is not well-formed.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BREAKS = ("Cc", "Zl", "Zp")  # tab, line feed, NEL...; line and paragraph separators
_SPACES = re.compile(" {2,}")
_XMP_ID = "W5M0MpCehiHzreSzNTczkc9d"  # the XMP specification's fixed packet id


@dataclass(frozen=True)
class PdfInfo:
    """A PDF's title (shown in the viewer's title bar), author (the facilitators, or
    the organisation), subject (the kind of document) and language (the workshop's)."""

    title: str
    author: str
    subject: str
    language: Language

    @property
    def language_tag(self) -> str:
        """The language as the catalog's /Lang and XMP dc:language say it (LANGUAGE_TAGS)."""
        return LANGUAGE_TAGS[self.language]


def one_line(text: str) -> str:
    """`text` fit for a title bar and an XML packet: characters XML 1.0 forbids
    dropped, other control characters and line breaks as spaces, runs of spaces as
    one (no-break spaces, French typography's, are kept)."""
    text = _NOT_XML.sub("", text)
    text = "".join(" " if unicodedata.category(c) in _BREAKS else c for c in text)
    return _SPACES.sub(" ", text).strip(" ")


def declare(canvas: Canvas, info: PdfInfo) -> None:
    """Set on `canvas` (before anything is written) the Info dictionary (title, author,
    subject, creator), the catalog's /Lang, /ViewerPreferences /DisplayDocTitle true
    and the XMP metadata stream made from the Info dictionary when the file is saved.
    The one place every PDF writer of ours goes through (pdf_pages.build_pdf and the
    badges' bare canvas)."""
    canvas.setTitle(one_line(info.title))
    canvas.setAuthor(one_line(info.author))
    canvas.setSubject(one_line(info.subject))
    canvas.setCreator(CREATOR)
    canvas.setViewerPreference("DisplayDocTitle", "true")
    document = canvas._doc  # reportlab's renderPDF sets Catalog.Metadata the same way
    tag = info.language_tag
    document.Catalog.Lang = PDFString(tag)
    document.Catalog.Metadata = XMP(creator=lambda written: xmp_packet(written, tag))


def xmp_packet(document: Any, language_tag: str) -> bytes:
    """The XMP packet (UTF-8) of a reportlab PDFDocument being written: dc:title,
    dc:creator, dc:description and pdf:Producer, xmp:CreatorTool, the dates, all as
    its Info dictionary says, and dc:language. Left uncompressed (reportlab applies no
    filter to it), as PDF/A asks, so that any tool reading the file finds it."""
    info = document.info
    stamp = document._timeStamp  # the Info dictionary's CreationDate and ModDate
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    date = (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"
    )

    def text(value: object) -> str:
        return escape(one_line(str(value)))

    lines = [
        f'<?xpacket begin="\ufeff" id="{_XMP_ID}"?>',
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '  <rdf:Description rdf:about=""',
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
        "   <dc:format>application/pdf</dc:format>",
        "   <dc:title><rdf:Alt>"
        f'<rdf:li xml:lang="x-default">{text(info.title)}</rdf:li></rdf:Alt></dc:title>',
        f"   <dc:creator><rdf:Seq><rdf:li>{text(info.author)}</rdf:li></rdf:Seq></dc:creator>",
        "   <dc:description><rdf:Alt>"
        f'<rdf:li xml:lang="x-default">{text(info.subject)}</rdf:li></rdf:Alt></dc:description>',
        f"   <dc:language><rdf:Bag><rdf:li>{text(language_tag)}</rdf:li></rdf:Bag></dc:language>",
        f"   <pdf:Producer>{text(info.producer)}</pdf:Producer>",
        f"   <xmp:CreatorTool>{text(info.creator)}</xmp:CreatorTool>",
        f"   <xmp:CreateDate>{date}</xmp:CreateDate>",
        f"   <xmp:ModifyDate>{date}</xmp:ModifyDate>",
        f"   <xmp:MetadataDate>{date}</xmp:MetadataDate>",
        "  </rdf:Description>",
        " </rdf:RDF>",
        "</x:xmpmeta>",
        '<?xpacket end="r"?>',
    ]
    return "\n".join(lines).encode("utf-8")
