"""Quick polls: presets, the rules of answers (one per phone, replaced until closed),
paper counts, results computed by hand, the word cloud's grouping, and the limits."""

from __future__ import annotations

import random

import pytest

from facilitator.domain import agenda, polls
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.demo import demo_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.library import Library
from facilitator.domain.records import AgendaItem, Poll, PollAnswer, PollCount, PollOption
from facilitator.domain.workshop import Workshop

NOW = "2025-03-14T16:30:00+01:00"


def _with(workshop: Workshop, made: tuple[ChangeSet, str]) -> str:
    changes, made_id = made
    workshop.apply(changes)
    return made_id


def _roti(workshop: Workshop | None = None) -> tuple[Workshop, str, list[str]]:
    workshop = workshop or demo_workshop()
    poll_id = _with(workshop, polls.new_roti(workshop, "fr"))
    workshop.apply(polls.open_poll(workshop, poll_id))
    return workshop, poll_id, [o.id for o in polls.options_of(workshop, poll_id)]


def test_the_roti_and_the_weather_in_the_workshop_language() -> None:
    workshop = demo_workshop()
    roti = _with(workshop, polls.new_roti(workshop, "fr"))
    weather = _with(workshop, polls.new_weather(workshop, "en"))
    options = polls.options_of(workshop, roti)
    assert [o.value for o in options] == [1, 2, 3, 4, 5]
    assert options[0].label == "Temps perdu"
    assert options[3].label == "Bien\u00a0: j’ai gagné plus que le temps passé"
    assert polls.poll_of(workshop, roti).status == "draft"
    assert polls.poll_of(workshop, roti).kind == "scale"
    assert [o.label for o in polls.options_of(workshop, weather)] == [
        "Sun",
        "Clouds",
        "Rain",
        "Storm",
    ]
    assert [p.id for p in polls.polls_in_order(workshop)] == [roti, weather]


def test_sixty_phones_and_paper_counts_give_exact_results() -> None:
    """The issue's example: a ROTI answered by 60 phones, hands counted on paper too."""
    workshop, poll_id, options = _roti()
    rng = random.Random(19)
    given = [rng.randrange(5) for _ in range(60)]
    for n, index in enumerate(given):
        workshop.apply(
            polls.answer_from_phone(
                workshop, poll_id, f"Phone {n}", option_id=options[index], answered_at=NOW
            )
        )
    paper = [0, 1, 4, 6, 2]
    for option_id, count in zip(options, paper, strict=True):
        workshop.apply(polls.set_paper_count(workshop, poll_id, option_id, count))
    result = polls.results(workshop, poll_id)
    by_hand = [given.count(i) for i in range(5)]
    assert [r.phones for r in result.options] == by_hand
    assert [r.paper for r in result.options] == paper
    assert [r.total for r in result.options] == [a + b for a, b in zip(by_hand, paper, strict=True)]
    assert (result.phones, result.paper, result.total) == (60, 13, 73)
    values = [i + 1 for i in given] + [
        v for v, n in zip(range(1, 6), paper, strict=True) for _ in range(n)
    ]
    assert result.mean == pytest.approx(sum(values) / 73)
    values.sort()
    assert result.median == values[36]


def test_mean_and_median_by_hand() -> None:
    workshop, poll_id, (_one, two, three, four, five) = _roti()
    # 5, 5, 4, 2 from phones; 3, 3 on paper: mean 22 / 6, median (3 + 4) / 2.
    for label, option in (("A", five), ("B", five), ("C", four), ("D", two)):
        workshop.apply(polls.answer_from_phone(workshop, poll_id, label, option_id=option))
    workshop.apply(polls.set_paper_count(workshop, poll_id, three, 2))
    result = polls.results(workshop, poll_id)
    assert result.mean == pytest.approx(22 / 6)
    assert result.median == 3.5
    assert result.largest == 2
    empty = polls.results(workshop, _with(workshop, polls.new_roti(workshop, "en")))
    assert (empty.mean, empty.median, empty.total) == (None, None, 0)


def test_a_phone_answers_once_and_changes_its_mind_until_closed() -> None:
    workshop, poll_id, options = _roti()
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "Léa", option_id=options[0]))
    first = polls.phone_answer(workshop, poll_id, "Léa")
    assert first is not None
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "Léa", option_id=options[4]))
    second = polls.phone_answer(workshop, poll_id, "Léa")
    assert second is not None and second.id == first.id and second.option_id == options[4]
    assert len(polls.answers_of(workshop, poll_id)) == 1
    assert [r.total for r in polls.results(workshop, poll_id).options] == [0, 0, 0, 0, 1]
    workshop.apply(polls.close_poll(workshop, poll_id))
    with pytest.raises(polls.PollError, match="not open"):
        polls.answer_from_phone(workshop, poll_id, "Léa", option_id=options[2])
    workshop.apply(polls.reveal_poll(workshop, poll_id))
    with pytest.raises(polls.PollError, match="not open"):
        polls.answer_from_phone(workshop, poll_id, "Tom", option_id=options[2])
    workshop.apply(polls.reopen_poll(workshop, poll_id))
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "Léa", option_id=options[2]))
    assert [r.total for r in polls.results(workshop, poll_id).options] == [0, 0, 1, 0, 0]


def test_draft_polls_refuse_phones_and_one_poll_is_open_at_a_time() -> None:
    workshop = demo_workshop()
    roti = _with(workshop, polls.new_roti(workshop, "fr"))
    weather = _with(workshop, polls.new_weather(workshop, "fr"))
    option = polls.options_of(workshop, roti)[0].id
    with pytest.raises(polls.PollError, match="not open"):
        polls.answer_from_phone(workshop, roti, "Léa", option_id=option)
    assert polls.current_poll(workshop) is None
    workshop.apply(polls.open_poll(workshop, roti))
    assert polls.current_poll(workshop) == polls.poll_of(workshop, roti)
    workshop.apply(polls.open_poll(workshop, weather))
    assert polls.poll_of(workshop, roti).status == "closed"
    current = polls.current_poll(workshop)
    assert current is not None and current.id == weather


def test_what_a_phone_may_not_send() -> None:
    workshop, roti, options = _roti()
    weather = _with(workshop, polls.new_weather(workshop, "fr"))
    foreign = polls.options_of(workshop, weather)[0].id
    refused = {
        "not one of the poll": {"option_id": foreign},
        "Choose one": {"text": "5"},
        "Choose one of": {},
    }
    for reason, sent in refused.items():
        with pytest.raises(polls.PollError, match=reason):
            polls.answer_from_phone(workshop, roti, "Léa", **sent)
    with pytest.raises(polls.PollError, match="label"):
        polls.answer_from_phone(workshop, roti, "  ", option_id=options[0])
    with pytest.raises(LookupError):
        polls.answer_from_phone(workshop, "no such poll", "Léa", option_id=options[0])
    assert polls.answers_of(workshop, roti) == []


def test_words_answers_and_their_limits() -> None:
    workshop = demo_workshop()
    poll_id = _with(workshop, polls.new_poll(workshop, "words", "Un mot ?", words_per_answer=3))
    workshop.apply(polls.open_poll(workshop, poll_id))
    workshop.apply(
        polls.answer_from_phone(workshop, poll_id, "Léa", text=" Énergie ,\nbonne   ambiance;; ")
    )
    answer = polls.phone_answer(workshop, poll_id, "Léa")
    assert answer is not None and answer.text == "Énergie\nbonne ambiance"
    with pytest.raises(polls.PollError, match="At most 3 words in one answer \\(4 given\\)"):
        polls.answer_from_phone(workshop, poll_id, "Tom", text="a, b, c, d")
    with pytest.raises(polls.PollError, match="too long for one word"):
        polls.answer_from_phone(workshop, poll_id, "Tom", text="x" * 41)
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "Tom", text="x" * 40))
    for empty in ("", " , ; \n", "\u3164", "\u0301\u0301"):
        with pytest.raises(polls.PollError, match="empty"):
            polls.answer_from_phone(workshop, poll_id, "Zoé", text=empty)
    with pytest.raises(polls.PollError, match="at most 500 characters"):
        polls.answer_from_phone(workshop, poll_id, "Zoé", text="a," * 300)
    with pytest.raises(polls.PollError, match="not an option"):
        polls.answer_from_phone(workshop, poll_id, "Zoé", option_id="x")
    # A bidi override from a phone is removed: "\u202eeciloP" would show as "Police".
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "Zoé", text="\u202eeciloP"))
    zoe = polls.phone_answer(workshop, poll_id, "Zoé")
    assert zoe is not None and zoe.text == "eciloP"


def test_the_word_cloud_groups_spellings_and_counts_once_per_answer() -> None:
    workshop = demo_workshop()
    poll_id = _with(workshop, polls.new_poll(workshop, "words", "Un mot ?", words_per_answer=5))
    workshop.apply(polls.open_poll(workshop, poll_id))
    typed = {
        "A": "Énergie, énergie",  # the same entry twice in one answer: once
        "B": "ENERGIE",
        "C": "énergie !",
        "D": "« Énergie »",
        "E": "Cœur, pas clair",
        "F": "coeur",
        "G": "l’écoute",
        "H": "l'écoute, the",
    }
    for label, text in typed.items():
        workshop.apply(polls.answer_from_phone(workshop, poll_id, label, text=text))
    changes, _ = polls.add_paper_answer(workshop, poll_id, "Pas clair")
    workshop.apply(changes)
    result = polls.results(workshop, poll_id)
    cloud = [(w.text, w.count) for w in result.words]
    # Énergie: A, B, C, D (4); "Énergie" spelled so twice (A, D), "énergie" twice (A's
    # second is not counted, C): A, C, D… by hand: "Énergie" A, D; "ENERGIE" B;
    # "énergie" C. Most frequent spelling: "Énergie".
    assert cloud[0] == ("Énergie", 4)
    assert ("Cœur", 2) in cloud or ("coeur", 2) in cloud
    assert ("pas clair", 2) in cloud or ("Pas clair", 2) in cloud
    assert ("l’écoute", 2) in cloud or ("l'écoute", 2) in cloud
    assert ("the", 1) in cloud  # stop words are kept (documented)
    assert (result.phones, result.paper) == (8, 1)
    assert polls.word_key("«\u00a0Top\u00a0!\u00a0»") == "top"
    assert polls.word_key("Œuvre") == polls.word_key("oeuvre")
    assert polls.word_key("...") == ""


def test_the_word_clouds_spelling_is_the_same_in_any_order() -> None:
    workshop = demo_workshop()
    poll_id = _with(workshop, polls.new_poll(workshop, "words", "Un mot ?", words_per_answer=1))
    workshop.apply(polls.open_poll(workshop, poll_id))
    spellings = ["Ecoute", "écoute", "Écoute", "ecoute"]
    clouds = set()
    for seed in range(6):
        shuffled = workshop.copy()
        order = spellings[:]
        random.Random(seed).shuffle(order)
        for n, text in enumerate(order):
            shuffled.apply(polls.answer_from_phone(shuffled, poll_id, f"P{n}", text=text))
        clouds.add(polls.results(shuffled, poll_id).words)
    assert len(clouds) == 1
    (cloud,) = clouds
    assert [(w.text, w.count) for w in cloud] == [("écoute", 4)]  # accents first, then lower


def test_characters_that_draw_nothing_do_not_split_a_word_of_the_cloud() -> None:
    """« énergie » pasted from a web page (a soft hyphen, a zero-width space), typed on a
    keyboard that adds a word joiner or a variation selector, or sent with bidi isolates
    to stand apart: on the projector each looked like « énergie », counted apart. They
    count as one; an emoji joined with ZWJ stays one entry, and an entry of nothing but
    such characters is nothing."""
    workshop = demo_workshop()
    poll_id = _with(workshop, polls.new_poll(workshop, "words", "Un mot ?", words_per_answer=1))
    workshop.apply(polls.open_poll(workshop, poll_id))
    sent = [
        "énergie",
        "éner\u00adgie",
        "e\u200bnergie",
        "énergie\u2060",
        "énergie\ufe0f",
        "\u2066énergie\u2069",
        "énergie\u200b !",
        "👩\u200d💻",
        "👩\u200d💻",
    ]
    for number, text in enumerate(sent):
        workshop.apply(polls.answer_from_phone(workshop, poll_id, f"P{number}", text=text))
    cloud = [(w.text, w.count) for w in polls.results(workshop, poll_id).words]
    assert cloud == [("énergie", 7), ("👩\u200d💻", 2)]
    assert polls.word_key("\u200b\u2066\u2069\ufe0f") == ""


def test_free_texts_listed_oldest_first_with_paper() -> None:
    workshop = demo_workshop()
    poll_id = _with(workshop, polls.new_poll(workshop, "text", "Un mot pour finir ?"))
    workshop.apply(polls.open_poll(workshop, poll_id))
    workshop.apply(
        polls.answer_from_phone(
            workshop, poll_id, "Léa", text="Merci !\nÀ refaire.", answered_at="2025-03-14T16:01"
        )
    )
    workshop.apply(polls.close_poll(workshop, poll_id))
    changes, typed = polls.add_paper_answer(
        workshop, poll_id, "<b>Trop court</b>", answered_at="2025-03-14T16:05"
    )
    workshop.apply(changes)
    result = polls.results(workshop, poll_id)
    assert [(t.text, t.participant) for t in result.texts] == [
        ("Merci !\nÀ refaire.", "Léa"),
        ("<b>Trop court</b>", ""),  # plain text: shown as typed everywhere
    ]
    workshop.apply(polls.set_paper_answer(workshop, typed, "Trop court"))
    phone = polls.answers_of(workshop, poll_id, "Léa")[0].id
    with pytest.raises(polls.PollError, match="paper"):
        polls.set_paper_answer(workshop, phone, "x")
    with pytest.raises(polls.PollError, match="at most 500"):
        polls.add_paper_answer(workshop, poll_id, "x" * 501)
    workshop.apply(polls.remove_answer(workshop, typed))
    assert polls.results(workshop, poll_id).paper == 0


def test_paper_counts_like_a_paper_tally() -> None:
    workshop, poll_id, options = _roti()
    workshop.apply(polls.close_poll(workshop, poll_id))  # paper counts after the phones
    workshop.apply(polls.set_paper_count(workshop, poll_id, options[1], 7))
    workshop.apply(polls.set_paper_count(workshop, poll_id, options[1], 9))
    assert polls.paper_counts(workshop, poll_id) == {options[1]: 9}
    assert workshop.count(PollCount) == 1
    workshop.apply(polls.set_paper_count(workshop, poll_id, options[1], 0))
    assert workshop.count(PollCount) == 0
    assert polls.set_paper_count(workshop, poll_id, options[1], 0) == ChangeSet(())
    for bad in (-1, 100_001, 2.5, True):
        with pytest.raises(polls.PollError, match="paper count"):
            polls.set_paper_count(workshop, poll_id, options[1], bad)  # type: ignore[arg-type]
    weather = _with(workshop, polls.new_weather(workshop, "fr"))
    with pytest.raises(polls.PollError, match="not one of the poll"):
        polls.set_paper_count(workshop, weather, options[0], 3)
    workshop.apply(polls.set_paper_count(workshop, poll_id, options[4], 100_000))
    assert polls.results(workshop, poll_id).total == 100_000
    with pytest.raises(polls.PollError, match="Type the paper counts"):
        polls.add_paper_answer(workshop, poll_id, "5")


def test_options_are_fixed_once_answered_labels_are_not() -> None:
    workshop = demo_workshop()
    poll_id = _with(workshop, polls.new_poll(workshop, "choice", "Café ?", ["Oui", "Non"]))
    workshop.apply(polls.set_options(workshop, poll_id, ["Oui", "Non", "Thé"]))
    labels = [o.label for o in polls.options_of(workshop, poll_id)]
    assert labels == ["Oui", "Non", "Thé"]
    assert [o.value for o in polls.options_of(workshop, poll_id)] == [1, 2, 3]
    workshop.apply(polls.set_options(workshop, poll_id, ["Oui", "Non"]))
    assert workshop.count(PollOption) == 2  # the third option removed
    workshop.apply(polls.open_poll(workshop, poll_id))
    yes = polls.options_of(workshop, poll_id)[0].id
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "Léa", option_id=yes))
    with pytest.raises(polls.PollError, match="has answers"):
        polls.set_options(workshop, poll_id, ["Oui", "Non", "Thé"])
    with pytest.raises(polls.PollError, match="has answers"):
        polls.set_status(workshop, poll_id, "draft")
    workshop.apply(polls.set_option_label(workshop, yes, "Oui, merci"))
    workshop.apply(polls.set_question(workshop, poll_id, "Un café ?"))
    assert polls.results(workshop, poll_id).options[0].total == 1
    with pytest.raises(polls.PollError, match="empty"):
        polls.set_option_label(workshop, yes, "  ")


def test_the_limits_of_a_poll() -> None:
    workshop = demo_workshop()
    for labels in (["Seul"], [str(n) for n in range(11)]):
        with pytest.raises(polls.PollError, match="A choice has 2 to 10 options"):
            polls.new_poll(workshop, "choice", "?", labels)
    with pytest.raises(polls.PollError, match="empty"):
        polls.new_poll(workshop, "choice", "?", ["Oui", " "])
    for size in (1, 11):
        with pytest.raises(polls.PollError, match="A scale goes from 1 to 2–10"):
            polls.new_scale_poll(workshop, "?", size)
    assert polls.new_scale_poll(workshop, "?", 10)[0]
    with pytest.raises(polls.PollError, match="too long"):
        polls.new_poll(workshop, "text", "x" * 501)
    with pytest.raises(polls.PollError, match="too long"):
        polls.new_poll(workshop, "choice", "?", ["x" * 101, "y"])
    with pytest.raises(polls.PollError, match="options"):
        polls.new_poll(workshop, "words", "?", ["a", "b"])
    with pytest.raises(polls.PollError):
        polls.new_poll(workshop, "words", "?", words_per_answer=6)
    for n in range(polls.MAX_POLLS):
        workshop.apply(polls.new_poll(workshop, "text", f"Q{n}")[0])
    with pytest.raises(polls.PollError, match="at most 200 polls"):
        polls.new_poll(workshop, "text", "One too many")


def test_an_open_poll_holds_a_bounded_number_of_answers() -> None:
    workshop = demo_workshop()
    poll_id = _with(workshop, polls.new_poll(workshop, "text", "?"))
    workshop.apply(polls.open_poll(workshop, poll_id))
    rows = [
        PollAnswer(id=new_id(), poll_id=poll_id, participant=f"P{n}", text="ok")
        for n in range(polls.MAX_ANSWERS_PER_POLL)
    ]
    workshop.apply(ChangeSet.of(insert(r) for r in rows))
    with pytest.raises(polls.PollError, match="at most 5000 answers"):
        polls.answer_from_phone(workshop, poll_id, "Late", text="hello")
    with pytest.raises(polls.PollError, match="at most 5000 answers"):
        polls.add_paper_answer(workshop, poll_id, "hello")
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "P3", text="changed"))  # replaced


def test_a_damaged_file_counts_a_phone_once_and_ignores_foreign_options() -> None:
    workshop, roti, options = _roti()
    weather = _with(workshop, polls.new_weather(workshop, "fr"))
    foreign = polls.options_of(workshop, weather)[0].id
    twice = [
        PollAnswer(id="a1", poll_id=roti, option_id=options[0], participant="Léa", answered_at="1"),
        PollAnswer(id="a2", poll_id=roti, option_id=options[4], participant="Léa", answered_at="2"),
        PollAnswer(id="a3", poll_id=roti, option_id=foreign, participant="Tom", answered_at="3"),
    ]
    workshop.apply(ChangeSet.of(insert(r) for r in twice))
    result = polls.results(workshop, roti)
    assert [r.total for r in result.options] == [0, 0, 0, 0, 1]
    assert (result.phones, result.mean) == (1, 5.0)
    # The phone's next answer repairs the file: one row left, the later one kept.
    workshop.apply(polls.open_poll(workshop, roti))
    workshop.apply(polls.answer_from_phone(workshop, roti, "Léa", option_id=options[1]))
    assert [a.id for a in polls.answers_of(workshop, roti, "Léa")] == ["a2"]


def test_removing_a_poll_removes_its_rows_and_undo_brings_them_back() -> None:
    workshop, poll_id, options = _roti()
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "Léa", option_id=options[0]))
    workshop.apply(polls.set_paper_count(workshop, poll_id, options[1], 3))
    before = workshop.copy()
    changes = polls.remove_poll(workshop, poll_id)
    workshop.apply(changes)
    for kind in (Poll, PollOption, PollAnswer, PollCount):
        assert workshop.count(kind) == 0
    workshop.apply(changes.inverted())
    assert workshop == before


def test_agenda_items_carry_their_polls(library: Library) -> None:
    workshop = demo_workshop(library=library)
    item = workshop.where(AgendaItem, method_id="meteo-inclusion")[0]
    poll_id = _with(workshop, polls.new_roti(workshop, "fr", agenda_item_id=item.id))
    workshop.apply(polls.open_poll(workshop, poll_id))
    option = polls.options_of(workshop, poll_id)[2].id
    workshop.apply(polls.answer_from_phone(workshop, poll_id, "Léa", option_id=option))
    changes, copy_id = agenda.duplicate_item(workshop, item.id)
    workshop.apply(changes)
    originals = polls.polls_of_item(workshop, item.id)
    copies = polls.polls_of_item(workshop, copy_id)
    assert len(originals) == len(copies) == 2  # the météo's own (the method's) and the ROTI
    assert [p.question for p in copies] == [p.question for p in originals]
    assert {p.status for p in copies} == {"draft"}
    for original, copied in zip(originals, copies, strict=True):
        labels = [o.label for o in polls.options_of(workshop, copied.id)]
        assert labels == [o.label for o in polls.options_of(workshop, original.id)]
        assert polls.answers_of(workshop, copied.id) == []
    assert len(polls.answers_of(workshop, poll_id)) == 1
    before = workshop.copy()
    removal = agenda.remove_item(workshop, item.id)
    workshop.apply(removal)
    assert workshop.get(Poll, poll_id) is None
    assert polls.answers_of(workshop, poll_id) == []
    assert workshop.dangling_references() == []
    workshop.apply(removal.inverted())
    assert workshop == before


def test_removing_a_day_removes_its_items_polls(library: Library) -> None:
    from facilitator.domain import edits
    from facilitator.domain.records import Day

    workshop = demo_workshop(library=library)
    day = workshop.all(Day)[1]
    item_ids = {i.id for i in workshop.where(AgendaItem, day_id=day.id)}
    on_day = [p for p in workshop.all(Poll) if p.agenda_item_id in item_ids]
    assert on_day  # the second day's météo, closing round and ROTI
    roti = next(p for p in on_day if p.kind == "scale")
    workshop.apply(polls.open_poll(workshop, roti.id))
    option = polls.options_of(workshop, roti.id)[0].id
    workshop.apply(polls.answer_from_phone(workshop, roti.id, "Léa", option_id=option))
    before = workshop.copy()
    removal = edits.remove_day(workshop, day.id)
    workshop.apply(removal)
    assert all(p.agenda_item_id not in item_ids for p in workshop.all(Poll))
    assert workshop.count(PollAnswer) == 0
    assert workshop.dangling_references() == []
    workshop.apply(removal.inverted())
    assert workshop == before


def test_an_activity_that_starts_opens_its_first_draft_poll_once(library: Library) -> None:
    """A ROTI item opens its ROTI (its first poll in draft, the poll of another item
    closing); once one of its polls was opened, starting it again opens nothing."""
    workshop = demo_workshop(library=library)
    first, second = [
        i.id
        for i in workshop.all(AgendaItem)
        if i.kind == "activity" and not polls.polls_of_item(workshop, i.id)
    ][:2]
    assert not polls.opened_with_item(workshop, first)  # no poll: nothing to open
    elsewhere = _with(workshop, polls.new_weather(workshop, "fr", agenda_item_id=second))
    workshop.apply(polls.open_poll(workshop, elsewhere))
    roti = _with(workshop, polls.new_roti(workshop, "fr", agenda_item_id=first))
    text = _with(workshop, polls.new_poll(workshop, "text", "Un mot\u00a0?", agenda_item_id=first))
    workshop.apply(polls.opened_with_item(workshop, first))
    assert polls.poll_of(workshop, roti).status == "open"  # the first in the item's order
    assert polls.poll_of(workshop, text).status == "draft"
    assert polls.poll_of(workshop, elsewhere).status == "closed"  # one open at a time
    workshop.apply(polls.close_poll(workshop, roti))
    assert not polls.opened_with_item(workshop, first)  # closed by the facilitator: stays
