"""Every interface string is translated in French and English, placeholders intact,
French typography respected, and the compiled .qm files match their .ts sources."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator.translations import LANGUAGES, compile_ts, qm_path, ts_path, update_sources

PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")


def _messages(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translations (several for plural forms)."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found[(name, source)] = []
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found[(name, source)] = forms or [translation.text or ""]
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    target = tmp_path_factory.mktemp("ts") / "extracted_fr.ts"
    update_sources(target)
    return set(_messages(target))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_translated(language: str, extracted: set[tuple[str, str]]) -> None:
    messages = _messages(ts_path(language))  # type: ignore[arg-type]
    missing = extracted - set(messages)
    assert not missing, f"run: python -m facilitator.translations --update; missing {missing}"
    stale = set(messages) - extracted
    assert not stale, f"strings no longer in the code: {stale}"
    untranslated = [key for key, forms in messages.items() if not all(forms) or not forms]
    assert not untranslated, untranslated


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language: str) -> None:
    for (context, source), forms in _messages(ts_path(language)).items():  # type: ignore[arg-type]
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form)))
            if "%n" in expected and len(forms) > 1 and "%n" not in found:
                found.append("%n")  # a singular form may spell the number out
                found.sort()
            assert found == expected, f"{context}: {source!r} -> {form!r}"


def test_french_typography() -> None:
    for (context, _source), forms in _messages(ts_path("fr")).items():
        for form in forms:
            text = re.sub(r"<[^>]+>|\{[a-z_]+\}|%\d|HH:mm|\(\*\.atelier\)", "", form)
            assert not re.search(r" [:;!?»]", text), f"{context}: {form!r}: space before : ; ! ? »"
            assert "« " not in text, f"{context}: {form!r}: ordinary space after «"
            assert not re.search(r"\w[:;!?]", text.replace("://", "")), (
                f"{context}: {form!r}: no space before : ; ! ?"
            )
            assert "'" not in text or "<" in form, f"{context}: {form!r}: use the apostrophe ’"
            assert "“" not in text, f"{context}: {form!r}: French quotes are « »"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_up_to_date(language: str, tmp_path: Path) -> None:
    target = tmp_path / "fresh.qm"
    compile_ts(ts_path(language), target)  # type: ignore[arg-type]
    assert target.read_bytes() == qm_path(language).read_bytes(), (  # type: ignore[arg-type]
        "run: python -m facilitator.translations --compile"
    )
