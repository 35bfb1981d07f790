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
        # quick polls (issue 19)
        "poll": "Sondage",
        "poll_sent": "Réponse envoyée — vous pouvez la changer jusqu’à la fermeture.",
        "poll_saved_later": (
            "Réponse reçue, mais pas encore enregistrée (l’ordinateur n’a plus de "
            "place)\u00a0: elle est gardée."
        ),
        "poll_closed": "Le sondage est fermé.",
        "poll_refused": "Cette réponse ne correspond pas au sondage ouvert.",
        "poll_full": "Le sondage a reçu toutes les réponses qu’il peut garder.",
        "answer_empty": "Écrivez d’abord votre réponse.",
        "answer_too_long": "Réponse trop longue ({n} caractères au plus).",
        "too_many_words": "Trop de mots ({n} au plus, un par case).",
        "word_too_long": "Mot trop long ({n} caractères au plus).",
        "poll_words": "Jusqu’à {n} mots, un par case",
        "poll_one_word": "En un mot",
        "poll_word": "Mot {n} sur {total}",
        "poll_text": "Votre réponse",
        "send_answer": "Envoyer ma réponse",
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
        # photos from phones (issue 19)
        "photo": "Photo",
        "photo_take": "Prendre une photo",
        "photo_choose": "Choisir une photo",
        "photo_preview": "Aperçu de la photo",
        "photo_caption": "Légende (facultative)",
        "photo_where": "Où va la photo",
        "photo_to_board": f"Avec le tableau «{NB}{{title}}{NB}»",
        "photo_to_card": f"Sur la fiche prototype «{NB}{{title}}{NB}»",
        "send_photo": "Envoyer la photo",
        "photo_retry": "Réessayer",
        "photo_preparing": "Préparation de la photo…",
        "photo_sending": f"Envoi…{NB}{{percent}}{NB}%",
        "photo_checking": "L’ordinateur vérifie la photo…",
        "photo_waiting": "En attente de l’ordinateur…",
        "photo_sent": "Photo envoyée, l’animateur la regardera avant de l’afficher.",
        "photo_saved_later": (
            "Photo reçue, mais pas encore enregistrée (l’ordinateur n’a plus de "
            f"place){NB}: elle est gardée."
        ),
        "photos_sent": f"Photos envoyées{NB}: {{n}}",
        "photo_failed": (
            f"L’envoi a échoué (connexion perdue){NB}: la photo reste sur ce téléphone, réessayez."
        ),
        "photo_empty": "Prenez ou choisissez d’abord une photo.",
        "photo_not_image": "Ce fichier n’est pas une photo (JPEG ou PNG).",
        "photo_svg": (
            f"Ce fichier est un dessin (SVG), refusé{NB}: envoyez une photo ou une capture d’écran."
        ),
        "photo_heic": (
            f"Photo au format HEIC, que l’ordinateur ne sait pas lire{NB}: envoyez-la en "
            f"JPEG (réglages de l’appareil photo du téléphone, «{NB}Le plus compatible{NB}»)."
        ),
        "photo_avif": (
            f"Photo au format AVIF, que l’ordinateur ne sait pas lire{NB}: envoyez-la en "
            f"JPEG (réglages de l’appareil photo du téléphone, «{NB}Le plus compatible{NB}»)."
        ),
        "photo_too_large": "Photo trop grande pour l’ordinateur (50 mégapixels au plus).",
        "photo_too_big": "Photo trop lourde (6 Mo au plus).",
        "photo_truncated": (
            f"Photo incomplète (fichier coupé){NB}: reprenez-la ou choisissez-en une autre."
        ),
        "photo_damaged": f"Photo illisible{NB}: reprenez-la ou choisissez-en une autre.",
        "photos_closed": "Les photos ne sont pas reçues pour l’instant.",
        "photo_card_closed": (
            f"Cette fiche n’est plus ouverte aux photos{NB}: choisissez le tableau."
        ),
        "too_many_photos": (f"Trop de photos attendent l’animateur{NB}: réessayez dans un moment."),
        "photo_busy": f"L’ordinateur reçoit beaucoup de photos{NB}: nouvel essai dans un instant…",
        "photo_in_progress": f"Cette photo est encore en route{NB}: nouvel essai dans un instant…",
        "caption_too_long": "Légende trop longue (200 caractères au plus).",
        "facilitator_title": "Atelier — photos de l’animation",
        "facilitator_welcome": "Photos de l’animation",
        "facilitator_intro": (
            f"Vos photos arrivent sur l’ordinateur sous le nom «{NB}Animation{NB}» et y "
            f"attendent que vous les acceptiez (page «{NB}Lien salle{NB}»)."
        ),
        "facilitator_photo_sent": (
            f"Photo envoyée{NB}: acceptez-la sur l’ordinateur, page «{NB}Lien salle{NB}»."
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
        # quick polls (issue 19)
        "poll": "Poll",
        "poll_sent": "Answer sent — you can change it until the poll closes.",
        "poll_saved_later": (
            "Answer received, but not saved yet (the laptop is out of space): it is kept."
        ),
        "poll_closed": "The poll is closed.",
        "poll_refused": "This answer does not match the open poll.",
        "poll_full": "The poll has received all the answers it can keep.",
        "answer_empty": "Write your answer first.",
        "answer_too_long": "Answer too long ({n} characters at most).",
        "too_many_words": "Too many words ({n} at most, one per box).",
        "word_too_long": "Word too long ({n} characters at most).",
        "poll_words": "Up to {n} words, one per box",
        "poll_one_word": "In one word",
        "poll_word": "Word {n} of {total}",
        "poll_text": "Your answer",
        "send_answer": "Send my answer",
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
        # photos from phones (issue 19)
        "photo": "Photo",
        "photo_take": "Take a photo",
        "photo_choose": "Choose a photo",
        "photo_preview": "Preview of the photo",
        "photo_caption": "Caption (optional)",
        "photo_where": "Where the photo goes",
        "photo_to_board": "With the board “{title}”",
        "photo_to_card": "On the prototype card “{title}”",
        "send_photo": "Send the photo",
        "photo_retry": "Try again",
        "photo_preparing": "Preparing the photo…",
        "photo_sending": "Sending… {percent}%",
        "photo_checking": "The laptop is checking the photo…",
        "photo_waiting": "Waiting for the laptop…",
        "photo_sent": "Photo sent; the facilitator will look at it before showing it.",
        "photo_saved_later": (
            "Photo received, but not saved yet (the laptop is out of space): it is kept."
        ),
        "photos_sent": "Photos sent: {n}",
        "photo_failed": (
            "Sending failed (connection lost): the photo stays on this phone, try again."
        ),
        "photo_empty": "Take or choose a photo first.",
        "photo_not_image": "This file is not a photo (JPEG or PNG).",
        "photo_svg": (
            "This file is a drawing (SVG), which is refused: send a photo or a screenshot."
        ),
        "photo_heic": (
            "A HEIC photo, which the laptop cannot read: send it as JPEG (your phone's camera "
            "settings, “Most compatible”)."
        ),
        "photo_avif": (
            "An AVIF photo, which the laptop cannot read: send it as JPEG (your phone's camera "
            "settings, “Most compatible”)."
        ),
        "photo_too_large": "Photo too large for the laptop (50 megapixels at most).",
        "photo_too_big": "Photo too big (6 MB at most).",
        "photo_truncated": (
            "Incomplete photo (the file is cut short): take it again or choose another."
        ),
        "photo_damaged": "Unreadable photo: take it again or choose another.",
        "photos_closed": "Photos are not being received right now.",
        "photo_card_closed": "This card is no longer open for photos: choose the board.",
        "too_many_photos": "Too many photos are waiting for the facilitator: try again in a while.",
        "photo_busy": "The laptop is receiving many photos: trying again in a moment…",
        "photo_in_progress": "This photo is still on its way: trying again in a moment…",
        "caption_too_long": "Caption too long (200 characters at most).",
        "facilitator_title": "Workshop — facilitator's photos",
        "facilitator_welcome": "Facilitator's photos",
        "facilitator_intro": (
            "Your photos reach the laptop as “Facilitator” and wait there until you accept "
            "them (the “Room link” page)."
        ),
        "facilitator_photo_sent": "Photo sent: accept it on the laptop, “Room link” page.",
    },
}
