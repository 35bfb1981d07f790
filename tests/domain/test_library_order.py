"""The method library in title order, as a reader of the language expects (issue 17)."""

from __future__ import annotations

from dataclasses import replace

from facilitator.domain.library import Library, collation_key, sorted_methods
from facilitator.library_access import bundled_library


def test_titles_sort_with_case_and_accents_aside() -> None:
    titles = ["Zèbre", "écrire", "Les 5 pourquoi", "Carte", "Écoute", "crazy 8", "Œuvre", "Oeil"]
    assert sorted(titles, key=collation_key) == [
        "Carte",
        "crazy 8",
        "Écoute",
        "écrire",
        "Les 5 pourquoi",
        "Oeil",
        "Œuvre",
        "Zèbre",
    ]
    # titles that differ only by accents or case still come in one fixed order
    assert sorted(["école", "Ecole", "École"], key=collation_key) == ["Ecole", "École", "école"]


def test_the_five_whys_sort_among_the_l_s_not_by_their_id() -> None:
    library = bundled_library()
    titles = [m.text("fr").title for m in sorted_methods(library.methods.values(), "fr")]
    assert "Les 5 pourquoi" in titles
    assert titles == sorted(titles, key=collation_key)
    before, after = titles[
        titles.index("Les 5 pourquoi") - 1 : titles.index("Les 5 pourquoi") + 2 : 2
    ]
    assert collation_key(before)[0] <= "les" <= collation_key(after)[0]
    english = [m.text("en").title for m in sorted_methods(library.methods.values(), "en")]
    assert english == sorted(english, key=collation_key)


def test_same_titles_are_ordered_by_id() -> None:
    library = bundled_library()
    card = next(iter(library.methods.values()))
    twins = Library(methods={"b": replace(card, id="b"), "a": replace(card, id="a")})
    assert [m.id for m in sorted_methods(twins.methods.values(), "fr")] == ["a", "b"]
