"""What a PDF says about itself, read back with pypdf as a viewer or a checker would
(issue 20): its catalog's language, whether viewers show its title, its XMP packet
(parsed as XML), every font it declares anywhere (pages, Form XObjects, patterns, Type 3
fonts, annotation appearances, form resources) and whether each is embedded, and its
structure tree (tagged PDF)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, IndirectObject

FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
XMP_NAMESPACES = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
}


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def catalog(data: bytes) -> Any:
    """The document catalog (a pypdf DictionaryObject, typed Any: its values are)."""
    root = reader(data).trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    return root


def shows_title(data: bytes) -> bool:
    """Whether the catalog asks viewers to show the document's title (DisplayDocTitle)."""
    preferences = catalog(data).get("/ViewerPreferences")
    if preferences is None:
        return False
    shown = preferences.get_object().get("/DisplayDocTitle")
    return isinstance(shown, BooleanObject) and bool(shown.value)


def xmp_tree(data: bytes) -> ET.Element:
    """The catalog's /Metadata stream parsed as XML (ParseError when it is not
    well-formed; KeyError when there is none)."""
    stream: Any = catalog(data)["/Metadata"].get_object()
    return ET.fromstring(stream.get_data())


def xmp_values(tree: ET.Element, name: str) -> list[str]:
    """The texts of the XMP property `name` ("dc:title"): its rdf:li items, or its own
    text when it is a simple value."""
    found = tree.findall(f".//{name}", XMP_NAMESPACES)
    values: list[str] = []
    for element in found:
        items = element.findall(".//rdf:li", XMP_NAMESPACES)
        values += [item.text or "" for item in items] if items else [element.text or ""]
    return values


def _resolved(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _resources_of(page: DictionaryObject) -> Any:
    """A page's resources, inherited from its page tree when it has none of its own."""
    node: Any = page
    while node is not None:
        if "/Resources" in node:
            return _resolved(node["/Resources"])
        node = _resolved(node.get("/Parent"))
    return None


def _fonts(resources: Any, seen: set[int]) -> Iterator[DictionaryObject]:
    """Every font reachable from `resources`: its own, and those of the Form XObjects,
    tiling patterns and Type 3 fonts it names, recursively (each dictionary once)."""
    resources = _resolved(resources)
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    for entry in _resolved(resources.get("/Font", DictionaryObject())).values():
        font = _resolved(entry)
        yield font
        if font.get("/Subtype") == "/Type3":
            yield from _fonts(font.get("/Resources"), seen)
    for key in ("/XObject", "/Pattern"):
        for entry in _resolved(resources.get(key, DictionaryObject())).values():
            item = _resolved(entry)
            if "/Resources" in item:
                yield from _fonts(item["/Resources"], seen)


def _appearances(annotation: DictionaryObject) -> Iterator[Any]:
    for entry in _resolved(annotation.get("/AP", DictionaryObject())).values():
        kind = _resolved(entry)
        if "/Resources" in kind or "/Subtype" in kind:  # a stream
            yield kind
        else:  # on/off states
            yield from (_resolved(state) for state in kind.values())


def declared_fonts(data: bytes) -> list[DictionaryObject]:
    """Every font the PDF declares: on its pages, in their Form XObjects, patterns,
    Type 3 fonts and annotation appearances, and in the form's default resources."""
    pdf = reader(data)
    seen: set[int] = set()
    fonts: list[DictionaryObject] = []
    for page in pdf.pages:
        fonts += _fonts(_resources_of(page), seen)
        for annotation in _resolved(page.get("/Annots", ArrayObject())):
            for stream in _appearances(_resolved(annotation)):
                fonts += _fonts(stream.get("/Resources"), seen)
    form = _resolved(catalog(data).get("/AcroForm"))
    if form is not None:
        fonts += _fonts(form.get("/DR"), seen)
    return fonts


def unembedded_fonts(data: bytes) -> list[str]:
    """The base names of the declared fonts whose glyphs are not in the file (no font
    file in their descriptor, or no descriptor: a standard-14 font such as Helvetica).
    A Type 3 font draws its own glyphs: embedded by nature."""
    missing: list[str] = []
    for declared in declared_fonts(data):
        subtype = declared.get("/Subtype")
        if subtype == "/Type3":
            continue
        font = declared
        if subtype == "/Type0":
            font = _resolved(_resolved(declared["/DescendantFonts"])[0])
        descriptor = _resolved(font.get("/FontDescriptor"))
        if descriptor is None or not any(key in descriptor for key in FONT_FILES):
            missing.append(str(font.get("/BaseFont")))
    return missing


def structure(data: bytes) -> list[tuple[str, str]]:
    """The structure tree in reading order, depth first: (standard type, alternative
    text) for each element, its type mapped through the tree's RoleMap. Empty when
    the PDF is not tagged."""
    root = _resolved(catalog(data).get("/StructTreeRoot"))
    if root is None:
        return []
    roles = _resolved(root.get("/RoleMap", DictionaryObject()))
    out: list[tuple[str, str]] = []

    def walk(node: Any) -> None:
        node = _resolved(node)
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid)
            return
        if not isinstance(node, DictionaryObject) or "/S" not in node:
            return  # a marked-content reference or an object reference
        kind = str(node["/S"])
        seen: set[str] = set()
        while kind in roles and kind not in seen:
            seen.add(kind)
            kind = str(roles[kind])
        out.append((kind, str(node.get("/Alt", ""))))
        if "/K" in node:
            walk(node["/K"])

    walk(root.get("/K", ArrayObject()))
    return out
