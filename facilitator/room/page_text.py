"""The participant page's words, in the workshop's language (the phone shows the room's
language, whatever the laptop's). French typography: a no-break space before : ; ! ?"""

from __future__ import annotations

from facilitator.domain.records import Language

NB = "\u00a0"

TEXT: dict[Language, dict[str, str]] = {
    "fr": {
        "title": "Atelier — participer",
        "welcome": "Rejoindre l’atelier",
        "code_label": "Code affiché à l’écran",
        "go": "Rejoindre",
        "join_intro": "Vos idées et vos gommettes vont directement au tableau de l’atelier.",
        "name_label": "Votre prénom (facultatif)",
        "join": "Entrer",
        "activity": "Activité en cours",
        "no_countdown": "Pas de minuteur en cours",
        "paused": "en pause",
        "idea_label": "Votre idée",
        "send_idea": "Envoyer l’idée",
        "idea_sent": f"Idée envoyée{NB}!",
        "idea_pending": "Idée envoyée, l’animateur la relira avant de l’afficher.",
        "ideas_sent": "Idées envoyées{NB}: {n}".replace("{NB}", NB),
        "no_ideas": "Le tableau n’est pas ouvert aux idées pour l’instant.",
        "vote": "Vote",
        "dots_left": "Gommettes restantes{NB}: {n} sur {total}".replace("{NB}", NB),
        "per_idea": "Au plus {n} par idée",
        "add_dot": "Ajouter une gommette à «{NB}{label}{NB}»".replace("{NB}", NB),
        "remove_dot": "Retirer une gommette de «{NB}{label}{NB}»".replace("{NB}", NB),
        "send_dots": "Valider mes gommettes",
        "dots_counted": f"Vos gommettes sont comptées{NB}! Vous pouvez encore les changer.",
        "no_vote": "Aucun vote n’est ouvert pour l’instant.",
        "closed": "Le lien de la salle est fermé. Merci de votre participation{NB}!".replace(
            "{NB}", NB
        ),
        "bad_code": "Ce code ne correspond à aucun atelier ouvert. Vérifiez-le à l’écran.",
        "unknown_phone": "Reconnexion…",
        "ideas_closed": "Les idées ne sont plus reçues pour l’instant.",
        "idea_too_long": "Idée trop longue (500 caractères au plus).",
        "idea_empty": "Écrivez d’abord votre idée.",
        "name_too_long": "Prénom trop long (60 caractères au plus).",
        "vote_closed": "Le vote est fermé.",
        "dots_refused": "Gommettes refusées{NB}: ".replace("{NB}", NB),
        "slow_down": "Doucement{NB}! Réessayez dans quelques secondes.".replace("{NB}", NB),
        "room_full": "La salle est complète.",
        "too_many_waiting": "Trop d’idées en attente{NB}: réessayez dans un instant.".replace(
            "{NB}", NB
        ),
        "bad_request": "Demande incomprise.",
        "idea_saved_later": (
            "Idée reçue par l’animateur, mais pas encore enregistrée (l’ordinateur "
            "n’a plus de place)\u00a0: elle est gardée et sera enregistrée dès que possible."
        ),
        "dots_saved_later": (
            "Gommettes reçues, mais pas encore enregistrées (l’ordinateur n’a plus de "
            "place)\u00a0: elles sont gardées."
        ),
        "removed": "L’animateur a retiré ce téléphone de la salle.",
        "too_many_phones": "Trop de téléphones ont rejoint l’atelier depuis cette connexion.",
        "bad_host": "Cette adresse ne mène pas à l’atelier.",
        "cross_site": "Cette demande ne vient pas de la page de l’atelier.",
        "offline": "Connexion perdue avec l’ordinateur de l’animateur{NB}; nouvel essai…".replace(
            "{NB}", NB
        ),
    },
    "en": {
        "title": "Workshop — take part",
        "welcome": "Join the workshop",
        "code_label": "Code shown on the screen",
        "go": "Join",
        "join_intro": "Your ideas and your dots go straight to the workshop's board.",
        "name_label": "Your first name (optional)",
        "join": "Enter",
        "activity": "Current activity",
        "no_countdown": "No countdown running",
        "paused": "paused",
        "idea_label": "Your idea",
        "send_idea": "Send the idea",
        "idea_sent": "Idea sent!",
        "idea_pending": "Idea sent; the facilitator will read it before showing it.",
        "ideas_sent": "Ideas sent: {n}",
        "no_ideas": "The board is not open for ideas right now.",
        "vote": "Vote",
        "dots_left": "Dots left: {n} of {total}",
        "per_idea": "At most {n} per idea",
        "add_dot": "Add a dot to “{label}”",
        "remove_dot": "Remove a dot from “{label}”",
        "send_dots": "Confirm my dots",
        "dots_counted": "Your dots are counted! You can still change them.",
        "no_vote": "No vote is open right now.",
        "closed": "The room link is closed. Thank you for taking part!",
        "bad_code": "This code matches no open workshop. Check it on the screen.",
        "unknown_phone": "Reconnecting…",
        "ideas_closed": "Ideas are not being received right now.",
        "idea_too_long": "Idea too long (500 characters at most).",
        "idea_empty": "Write your idea first.",
        "name_too_long": "Name too long (60 characters at most).",
        "vote_closed": "The vote is closed.",
        "dots_refused": "Dots refused: ",
        "slow_down": "Easy! Try again in a few seconds.",
        "room_full": "The room is full.",
        "too_many_waiting": "Too many ideas waiting: try again in a moment.",
        "bad_request": "Request not understood.",
        "idea_saved_later": (
            "The facilitator received your idea, but it is not saved yet (the laptop is "
            "out of space): it is kept and will be saved as soon as possible."
        ),
        "dots_saved_later": (
            "Dots received, but not saved yet (the laptop is out of space): they are kept."
        ),
        "removed": "The facilitator removed this phone from the room.",
        "too_many_phones": "Too many phones have joined the workshop from this connection.",
        "bad_host": "This address does not lead to the workshop.",
        "cross_site": "This request does not come from the workshop's page.",
        "offline": "Lost the connection to the facilitator's laptop; trying again…",
    },
}
