"""Names of the fields a user edits, as shown in messages about them."""

from facilitator.domain.messages import QT_TRANSLATE_NOOP, MessageText

FIELD_LABELS: dict[str, MessageText] = {
    "title": QT_TRANSLATE_NOOP("Field", "The title"),
    "question": QT_TRANSLATE_NOOP("Field", "The question"),
    "organisation": QT_TRANSLATE_NOOP("Field", "The organisation"),
    "place": QT_TRANSLATE_NOOP("Field", "The place"),
    "language": QT_TRANSLATE_NOOP("Field", "The language"),
    "participant_count": QT_TRANSLATE_NOOP("Field", "The number of participants"),
    "notes": QT_TRANSLATE_NOOP("Field", "The notes"),
    "name": QT_TRANSLATE_NOOP("Field", "The name"),
    "date": QT_TRANSLATE_NOOP("Field", "The date"),
    "start_time": QT_TRANSLATE_NOOP("Field", "The start time"),
    "end_time": QT_TRANSLATE_NOOP("Field", "The end time"),
    "text": QT_TRANSLATE_NOOP("Field", "The text"),
    "job": QT_TRANSLATE_NOOP("Field", "The role"),
    "auto_advance": QT_TRANSLATE_NOOP("Field", "Auto-advance"),
    "auto_advance_s": QT_TRANSLATE_NOOP("Field", "The length of the “Up next” announce"),
    "duration_s": QT_TRANSLATE_NOOP("Field", "The round's length"),
    "repeat": QT_TRANSLATE_NOOP("Field", "The number of repeats"),
    "instruction": QT_TRANSLATE_NOOP("Field", "The instruction"),
    "facilitator_notes": QT_TRANSLATE_NOOP("Field", "The facilitator's notes"),
    "amount": QT_TRANSLATE_NOOP("Field", "The size or number of groups"),
    "seed": QT_TRANSLATE_NOOP("Field", "The draw number"),
    "set_index": QT_TRANSLATE_NOOP("Field", "The wish's number"),
    "planned_s": QT_TRANSLATE_NOOP("Field", "The planned length"),
    "round_index": QT_TRANSLATE_NOOP("Field", "The current round"),
    "label": QT_TRANSLATE_NOOP("Field", "The label"),
    "words_per_answer": QT_TRANSLATE_NOOP("Field", "The number of words per answer"),
    "done": QT_TRANSLATE_NOOP("Field", "Done"),
    "source_title": QT_TRANSLATE_NOOP("Field", "The title of the room's workshop"),
    "source_file_id": QT_TRANSLATE_NOOP("Field", "The identity of the room's file"),
}


def field_label(name: str) -> MessageText | str:
    return FIELD_LABELS.get(name, name)
