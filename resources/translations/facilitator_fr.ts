<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Facilitator %1&lt;/h3&gt;&lt;p&gt;Prepare, run and report on in-person creativity workshops, offline.&lt;/p&gt;&lt;p&gt;Every change is saved at once in the workshop file (.atelier): there is nothing to save, and nothing is lost.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facilitator %1&lt;/h3&gt;&lt;p&gt;Préparer, animer et restituer des ateliers de créativité en présentiel, hors ligne.&lt;/p&gt;&lt;p&gt;Chaque modification est enregistrée aussitôt dans le fichier de l’atelier (.atelier)&#xa0;: il n’y a rien à enregistrer, et rien ne se perd.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgendaNames</name>
    <message>
        <source>Opening and ice-breakers</source>
        <translation>Ouverture et inclusion</translation>
    </message>
    <message>
        <source>Understanding and immersion</source>
        <translation>Compréhension et immersion</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Convergence</translation>
    </message>
    <message>
        <source>Prototyping</source>
        <translation>Prototypage</translation>
    </message>
    <message>
        <source>Testing and feedback</source>
        <translation>Test et retours</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Idea board</source>
        <translation>Tableau d’idées</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Prototype cards</source>
        <translation>Fiches prototypes</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Move an activity</source>
        <translation>Déplacer une activité</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <source>Duplicate this day</source>
        <translation>Dupliquer ce jour</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>+ Activity</source>
        <translation>+ Activité</translation>
    </message>
    <message>
        <source>Add a free-form activity</source>
        <translation>Ajouter une activité libre</translation>
    </message>
    <message>
        <source>+ Break</source>
        <translation>+ Pause</translation>
    </message>
    <message>
        <source>Add a break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <source>+ Lunch</source>
        <translation>+ Déjeuner</translation>
    </message>
    <message>
        <source>Add a lunch break</source>
        <translation>Ajouter une pause déjeuner</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the activity (Delete)</source>
        <translation>Retirer l’activité (Suppr)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More actions on the activity</source>
        <translation>Autres actions sur l’activité</translation>
    </message>
    <message>
        <source>Duplicate (Ctrl+D)</source>
        <translation>Dupliquer (Ctrl+D)</translation>
    </message>
    <message>
        <source>Move to day</source>
        <translation>Déplacer vers le jour</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Jour %1 · %2</translation>
    </message>
    <message>
        <source>No day: add one to build the agenda.</source>
        <translation>Aucun jour&#xa0;: ajoutez-en un pour construire le programme.</translation>
    </message>
    <message>
        <source>Starts %1 · planned end %2 · computed end %3 (%4)</source>
        <translation>Début %1 · fin prévue %2 · fin calculée %3 (%4)</translation>
    </message>
    <message>
        <source>⚠ runs past midnight</source>
        <translation>⚠ déborde après minuit</translation>
    </message>
    <message>
        <source>⚠ %1 past the planned end</source>
        <translation>⚠ dépasse la fin prévue de %1</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 de marge</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Move an activity to another day</source>
        <translation>Déplacer une activité vers un autre jour</translation>
    </message>
    <message>
        <source>Duplicate an activity</source>
        <translation>Dupliquer une activité</translation>
    </message>
    <message>
        <source>Remove an activity</source>
        <translation>Retirer une activité</translation>
    </message>
    <message>
        <source>Duplicate a day</source>
        <translation>Dupliquer un jour</translation>
    </message>
</context>
<context>
    <name>AutoAdvance</name>
    <message>
        <source>Next item in %1 s — any key or click stops it</source>
        <translation>La suite dans %1&#xa0;s — une touche ou un clic l’arrête</translation>
    </message>
    <message>
        <source>Auto-advance stopped — the overrun counts</source>
        <translation>Enchaînement arrêté — le dépassement est compté</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Auto-advance stopped</source>
        <translation>Enchaînement arrêté</translation>
    </message>
</context>
<context>
    <name>BallotLock</name>
    <message>
        <source>The code needs at least %1 characters (or none at all).</source>
        <translation>Le code doit compter au moins %1 caractères (ou aucun).</translation>
    </message>
    <message>
        <source>The code is %1 characters at most.</source>
        <translation>Le code compte %1 caractères au plus.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code: %n more try(ies) this minute.</source>
        <translation>
            <numerusform>Code erroné&#xa0;: encore %n essai cette minute.</numerusform>
            <numerusform>Code erroné&#xa0;: encore %n essais cette minute.</numerusform>
        </translation>
    </message>
    <message>
        <source>The laptop stays on the ballot until the facilitator ends the pass. Every ballot confirmed is saved.</source>
        <translation>L’ordinateur reste sur le bulletin jusqu’à ce que la personne qui anime termine le passage. Chaque bulletin validé est enregistré.</translation>
    </message>
    <message>
        <source>Too many tries: wait %1 s before the next one.</source>
        <translation>Trop d’essais&#xa0;: attendez %1&#xa0;s avant le suivant.</translation>
    </message>
</context>
<context>
    <name>BoardListModel</name>
    <message>
        <source>Open: its notes follow</source>
        <translation>Ouvert&#xa0;: ses notes suivent</translation>
    </message>
    <message>
        <source>Closed: the Right arrow shows its notes</source>
        <translation>Fermé&#xa0;: la flèche droite montre ses notes</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>New board…</source>
        <translation>Nouveau tableau…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>How might we…?</source>
        <translation>Comment pourrions-nous…&#xa0;?</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>The notes on a board you can zoom and pan</source>
        <translation>Les post-it sur un tableau que l’on peut zoomer et déplacer</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Clusters and notes as a list, for the keyboard</source>
        <translation>Groupes et post-it en liste, pour travailler au clavier</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole board (Ctrl+0)</source>
        <translation>Afficher tout le tableau (Ctrl+0)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grouper</translation>
    </message>
    <message>
        <source>A new cluster with the selected notes (Ctrl+G)</source>
        <translation>Un nouveau groupe avec les post-it sélectionnés (Ctrl+G)</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Move the selected notes to a cluster (Ctrl+M)</source>
        <translation>Déplacer les post-it sélectionnés vers un groupe (Ctrl+M)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the selected clusters</source>
        <translation>Fusionner les groupes sélectionnés</translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation>Dissoudre</translation>
    </message>
    <message>
        <source>Dissolve the selected cluster</source>
        <translation>Dissoudre le groupe sélectionné</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>Ranger</translation>
    </message>
    <message>
        <source>Arrange every note in a tidy grid</source>
        <translation>Ranger tous les post-it en grille</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected notes (Delete)</source>
        <translation>Supprimer les post-it sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Import ideas…</source>
        <translation>Importer des idées…</translation>
    </message>
    <message>
        <source>One idea per line of a text or CSV file</source>
        <translation>Une idée par ligne d’un fichier texte ou CSV</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <source>Import a photo of a paper board</source>
        <translation>Importer la photo d’un mur de post-it</translation>
    </message>
    <message>
        <source>Say which group wrote notes</source>
        <translation>Dire quelle équipe a écrit des post-it</translation>
    </message>
    <message>
        <source>Prototype card</source>
        <translation>Fiche prototype</translation>
    </message>
    <message>
        <source>A prototype card from the selected cluster, or the selected note</source>
        <translation>Une fiche prototype à partir du regroupement sélectionné, ou de la note sélectionnée</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Au vidéoprojecteur</translation>
    </message>
    <message>
        <source>Search the ideas (Ctrl+F): text or author</source>
        <translation>Chercher dans les idées (Ctrl+F)&#xa0;: texte ou auteur</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation>Renommer le tableau</translation>
    </message>
    <message>
        <source>No board yet: create one.</source>
        <translation>Pas encore de tableau&#xa0;: créez-en un.</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Déplacer des post-it</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation>Ajouter un tableau</translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>Sans groupe</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>%1 of %2 ideas</source>
        <translation>%1 idées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Équipe…</translation>
    </message>
    <message>
        <source>Which group wrote the selected notes (Ctrl+T)</source>
        <translation>L’équipe qui a écrit les post-it sélectionnés (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show this board to the room, or the selected cluster; pressed again, the next ideas</source>
        <translation>Montrer ce tableau à la salle, ou le groupe sélectionné&#xa0;; appuyé de nouveau, les idées suivantes</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message numerus="yes">
        <source>Capture %n idea(s)</source>
        <translation>
            <numerusform>Saisir %n idée</numerusform>
            <numerusform>Saisir %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Name of the cluster:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Grouper des post-it</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Merge clusters</source>
        <translation>Fusionner des groupes</translation>
    </message>
    <message>
        <source>Dissolve a cluster</source>
        <translation>Dissoudre un groupe</translation>
    </message>
    <message>
        <source>Rename a cluster</source>
        <translation>Renommer un groupe</translation>
    </message>
    <message>
        <source>Rename the cluster</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Caption of the photo</source>
        <translation>Légende de la photo</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende&#xa0;:</translation>
    </message>
    <message>
        <source>Edit a caption</source>
        <translation>Modifier une légende</translation>
    </message>
    <message>
        <source>Tidy up the board</source>
        <translation>Ranger le tableau</translation>
    </message>
    <message>
        <source>Delete a photo</source>
        <translation>Supprimer une photo</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Supprimer %n post-it</numerusform>
            <numerusform>Supprimer %n post-it</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Dupliquer des post-it</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>Coller des post-it</translation>
    </message>
    <message>
        <source>Edit an idea</source>
        <translation>Modifier une idée</translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation>
            <numerusform>Importer %n idée</numerusform>
            <numerusform>Importer %n idées</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>Importer une photo</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idée&#xa0;:</translation>
    </message>
    <message>
        <source>Type an idea and press Enter (paste several lines: one idea per line)</source>
        <translation>Saisissez une idée puis Entrée (collez plusieurs lignes&#xa0;: une idée par ligne)</translation>
    </message>
    <message>
        <source>Author (optional)</source>
        <translation>Auteur (facultatif)</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Name a card</source>
        <translation>Nommer une fiche</translation>
    </message>
    <message>
        <source>The prototype&apos;s name</source>
        <translation>Le nom du prototype</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Made by the &amp;group:</source>
        <translation>Faite par l’é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By (YYYY-MM-DD)</source>
        <translation>Pour le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Add a next step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Add a photo or a sketch…</source>
        <translation>Ajouter une photo ou un croquis…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Photos and sketches</source>
        <translation>Photos et croquis</translation>
    </message>
    <message>
        <source>Edit a card</source>
        <translation>Modifier une fiche</translation>
    </message>
    <message>
        <source>(photo too large to show)</source>
        <translation>(photo trop grande pour être affichée)</translation>
    </message>
    <message>
        <source>(unreadable photo)</source>
        <translation>(photo illisible)</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Légende…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Change a card&apos;s status</source>
        <translation>Changer le statut d’une fiche</translation>
    </message>
    <message>
        <source>Say which group made a card</source>
        <translation>Dire quelle équipe a fait une fiche</translation>
    </message>
    <message>
        <source>Remove a next step</source>
        <translation>Retirer une étape</translation>
    </message>
    <message>
        <source>Edit a next step</source>
        <translation>Modifier une étape</translation>
    </message>
    <message>
        <source>Mark a next step done</source>
        <translation>Marquer une prochaine étape comme faite</translation>
    </message>
    <message>
        <source>Mark a next step not done</source>
        <translation>Marquer une prochaine étape comme non faite</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Caption of the photo:</source>
        <translation>Légende de la photo&#xa0;:</translation>
    </message>
    <message>
        <source>Caption a photo</source>
        <translation>Légender une photo</translation>
    </message>
    <message>
        <source>Remove a photo</source>
        <translation>Retirer une photo</translation>
    </message>
    <message>
        <source>Add a photo to a card</source>
        <translation>Ajouter une photo à une fiche</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>A field needs a name.</source>
        <translation>Un champ doit avoir un nom.</translation>
    </message>
    <message>
        <source>“{date}” is not a date (expected YYYY-MM-DD).</source>
        <translation>«&#xa0;{date}&#xa0;» n’est pas une date (attendu&#xa0;: AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>To test</source>
        <translation>À tester</translation>
    </message>
    <message>
        <source>Being tested</source>
        <translation>En test</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Its source was deleted since.</source>
        <translation>Sa source a été supprimée depuis.</translation>
    </message>
    <message>
        <source>From the idea “%1”</source>
        <translation>Issue de l’idée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>From the cluster “%1”</source>
        <translation>Issue du regroupement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>From the vote “%1”: “%2”</source>
        <translation>Issue du vote «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>dots: %1</source>
        <translation>gommettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>New card</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>From an idea or a cluster…</source>
        <translation>À partir d’une idée ou d’un regroupement…</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Avant</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Après ▶</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Au vidéoprojecteur</translation>
    </message>
    <message>
        <source>Fields of the cards…</source>
        <translation>Champs des fiches…</translation>
    </message>
    <message>
        <source>Move the card earlier (Alt+←)</source>
        <translation>Placer la fiche avant (Alt+←)</translation>
    </message>
    <message>
        <source>Move the card later (Alt+→)</source>
        <translation>Placer la fiche après (Alt+→)</translation>
    </message>
    <message>
        <source>No prototype card yet. Make one from scratch, from an idea or a cluster of a board, or from the top of a vote (Votes page).</source>
        <translation>Pas encore de fiche prototype. Créez-en une vierge, à partir d’une idée ou d’un regroupement d’un tableau, ou à partir des idées en tête d’un vote (page Votes).</translation>
    </message>
    <message>
        <source>Untitled card</source>
        <translation>Fiche sans titre</translation>
    </message>
    <message>
        <source>New prototype</source>
        <translation>Nouveau prototype</translation>
    </message>
    <message>
        <source>Card from a cluster</source>
        <translation>Fiche à partir d’un regroupement</translation>
    </message>
    <message>
        <source>Card from an idea</source>
        <translation>Fiche à partir d’une idée</translation>
    </message>
    <message>
        <source>Move a card</source>
        <translation>Déplacer une fiche</translation>
    </message>
    <message>
        <source>Delete a card</source>
        <translation>Supprimer une fiche</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>damaged pages: {detail}</source>
        <translation>pages endommagées&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>table “{table}” is missing or malformed</source>
        <translation>la table «&#xa0;{table}&#xa0;» manque ou est malformée</translation>
    </message>
    <message>
        <source>{table} {id}: {field} has a wrong value</source>
        <translation>{table} {id}&#xa0;: la valeur de {field} est invalide</translation>
    </message>
    <message>
        <source>the workshop record is missing</source>
        <translation>la fiche de l’atelier manque</translation>
    </message>
    <message>
        <source>{table} {id}: {field} points to nothing</source>
        <translation>{table} {id}&#xa0;: {field} ne renvoie à rien</translation>
    </message>
    <message>
        <source>{table} {id}: person {person} is already in this grouping ({table} {other})</source>
        <translation>{table} {id}&#xa0;: la personne {person} est déjà dans cette répartition ({table} {other})</translation>
    </message>
    <message>
        <source>{table} {id}: the phone “{phone}” already answered this poll ({other})</source>
        <translation>{table} {id}&#xa0;: le téléphone «&#xa0;{phone}&#xa0;» a déjà répondu à ce sondage ({other})</translation>
    </message>
    <message>
        <source>{table} {id}: option {option} is already counted ({other})</source>
        <translation>{table} {id}&#xa0;: l’option {option} est déjà comptée ({other})</translation>
    </message>
    <message>
        <source>{table} {id}: option {option} is one of another poll ({poll})</source>
        <translation>{table} {id}&#xa0;: l’option {option} est celle d’un autre sondage ({poll})</translation>
    </message>
    <message>
        <source>{table} {id}: the answer does not fit its poll</source>
        <translation>{table} {id}&#xa0;: la réponse ne correspond pas à son sondage</translation>
    </message>
    <message>
        <source>{table} {id}: its options do not fit its kind ({kind}; options: {count})</source>
        <translation>{table} {id}&#xa0;: ses options ne correspondent pas à son type ({kind}&#xa0;; options&#xa0;: {count})</translation>
    </message>
    <message>
        <source>unexpected {kind} “{name}”: the file is malformed</source>
        <translation>{kind} «&#xa0;{name}&#xa0;» inattendu&#xa0;: le fichier est malformé</translation>
    </message>
    <message>
        <source>{kind} “{name}” is missing: the file is malformed</source>
        <translation>{kind} «&#xa0;{name}&#xa0;» manquant&#xa0;: le fichier est malformé</translation>
    </message>
    <message>
        <source>{kind} “{name}” is not the one Facilitator writes: the file is malformed</source>
        <translation>{kind} «&#xa0;{name}&#xa0;» différent de celui qu’écrit Facilitator&#xa0;: le fichier est malformé</translation>
    </message>
    <message>
        <source>{table} {id}: {detail}</source>
        <translation>{table} {id}&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown template “{id}”; known templates: {known}.</source>
        <translation>Modèle «&#xa0;{id}&#xa0;» inconnu&#xa0;; modèles disponibles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>“{date}” is not a date: write it YYYY-MM-DD.</source>
        <translation>«&#xa0;{date}&#xa0;» n’est pas une date&#xa0;: écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 tour</translation>
    </message>
    <message>
        <source>{count} rounds</source>
        <translation>{count} tours</translation>
    </message>
    <message>
        <source>{path}: sound, once the change a crash cut short is rolled back (Facilitator does it when it opens the file).</source>
        <translation>{path}&#xa0;: sain, une fois annulée la modification interrompue par un arrêt brutal (Facilitator le fait en ouvrant le fichier).</translation>
    </message>
    <message>
        <source>{path}: sound.</source>
        <translation>{path}&#xa0;: fichier sain.</translation>
    </message>
    <message>
        <source>“{path}” has no board “{board}”; its boards: {boards}.</source>
        <translation>«&#xa0;{path}&#xa0;» n’a pas de tableau «&#xa0;{board}&#xa0;»&#xa0;; ses tableaux&#xa0;: {boards}.</translation>
    </message>
    <message>
        <source>“{path}” has no idea to add.</source>
        <translation>«&#xa0;{path}&#xa0;» ne contient aucune idée à ajouter.</translation>
    </message>
    <message>
        <source>“{path}” is open in Facilitator: add the ideas there (Import ideas), or close it first.</source>
        <translation>«&#xa0;{path}&#xa0;» est ouvert dans Facilitator&#xa0;: ajoutez-y les idées (Importer des idées…), ou fermez-le d’abord.</translation>
    </message>
    <message>
        <source>“{path}” cannot be changed: the file or its folder is read-only.</source>
        <translation>«&#xa0;{path}&#xa0;» ne peut pas être modifié&#xa0;: le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>{path} had no board: the board “{board}” was made.</source>
        <translation>{path} n’avait aucun tableau&#xa0;: le tableau «&#xa0;{board}&#xa0;» a été créé.</translation>
    </message>
    <message>
        <source>Ideas added to the board “{board}”: {count}.</source>
        <translation>Idées ajoutées au tableau «&#xa0;{board}&#xa0;»&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{name} — people: {people}, groups: {groups}.</source>
        <translation>{name} — personnes&#xa0;: {people}, groupes&#xa0;: {groups}.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Absent: {names}.</source>
        <translation>Absents&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Draw number: {seed} (--seed {seed} draws these groups again from the same list).</source>
        <translation>Numéro de tirage&#xa0;: {seed} (--seed {seed} refait ces groupes à partir de la même liste).</translation>
    </message>
    <message>
        <source>“{path}” has no grouping yet: make one with --size or --count.</source>
        <translation>«&#xa0;{path}&#xa0;» n’a pas encore de répartition&#xa0;: faites-en une avec --size ou --count.</translation>
    </message>
    <message>
        <source>“{path}” is open in Facilitator: make the groups there (Groups page), or close it first.</source>
        <translation>«&#xa0;{path}&#xa0;» est ouvert dans Facilitator&#xa0;: faites-y les groupes (page Groupes), ou fermez-le d’abord.</translation>
    </message>
    <message>
        <source>“{path}” has no participant to add.</source>
        <translation>«&#xa0;{path}&#xa0;» ne contient aucun participant à ajouter.</translation>
    </message>
    <message>
        <source>“{path}” is open in Facilitator: add the participants there (Import participants), or close it first.</source>
        <translation>«&#xa0;{path}&#xa0;» est ouvert dans Facilitator&#xa0;: ajoutez-y les participants (Importer des participants), ou fermez-le d’abord.</translation>
    </message>
    <message>
        <source>Participants added to {path}: {count}.</source>
        <translation>Participants ajoutés à {path}&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>“{path}” has no grouping “{name}”; its groupings: {all}.</source>
        <translation>«&#xa0;{path}&#xa0;» n’a pas de répartition «&#xa0;{name}&#xa0;»&#xa0;; ses répartitions&#xa0;: {all}.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>“{section}” is not a section; the sections are: {all}.</source>
        <translation>«&#xa0;{section}&#xa0;» n’est pas une section&#xa0;; les sections sont&#xa0;: {all}.</translation>
    </message>
    <message>
        <source>{path}: a change cut short by a crash was rolled back in a copy; the file itself is unchanged.</source>
        <translation>{path}&#xa0;: une modification interrompue par un plantage a été annulée dans une copie&#xa0;; le fichier lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>“{path}” cannot be written: {reason}.</source>
        <translation>Impossible d’écrire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message>
        <source>Give --room once per file: {files} files, {names} room names.</source>
        <translation>Donnez --room une fois par fichier&#xa0;: {files} fichiers, {names} noms de salle.</translation>
    </message>
    <message>
        <source>“{path}” and “{other}” are one file: each room is merged once.</source>
        <translation>«&#xa0;{path}&#xa0;» et «&#xa0;{other}&#xa0;» sont un seul fichier&#xa0;: chaque salle n’est fusionnée qu’une fois.</translation>
    </message>
    <message>
        <source>“{path}” is a room of the event: the event is written to a new file.</source>
        <translation>«&#xa0;{path}&#xa0;» est une salle de l’événement&#xa0;: l’événement s’écrit dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>“{path}” already exists: merge writes a new file, choose another name.</source>
        <translation>«&#xa0;{path}&#xa0;» existe déjà&#xa0;: la fusion écrit un nouveau fichier, choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are copies of one workshop file, each changed since: merged as two rooms.</source>
        <translation>«&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» sont des copies d’un même fichier d’atelier, modifiées chacune depuis&#xa0;: fusionnées comme deux salles.</translation>
    </message>
    <message>
        <source>{count} rooms merged into {path}: {rooms}.</source>
        <translation>{count} salles fusionnées dans {path}&#xa0;: {rooms}.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période finit ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>“{path}” is a workshop file&apos;s name: write the report to a .pdf, .docx, .csv or .md file.</source>
        <translation>«&#xa0;{path}&#xa0;» est un nom de fichier d’atelier&#xa0;: écrivez le rapport dans un fichier .pdf, .docx, .csv ou .md.</translation>
    </message>
    <message>
        <source>No workshop file (.atelier) in {paths}.</source>
        <translation>Aucun fichier d’atelier (.atelier) dans {paths}.</translation>
    </message>
    <message>
        <source>Activity report written to {path}; workshops in the period: {workshops}.</source>
        <translation>Rapport d’activité écrit dans {path}&#xa0;; ateliers dans la période&#xa0;: {workshops}.</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>Lilas</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Critère&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>Impact, transferability, innovation…</source>
        <translation>Impact, transférabilité, innovation…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove the criterion</source>
        <translation>Retirer le critère</translation>
    </message>
    <message>
        <source>Removes the criterion of the selected column</source>
        <translation>Retire le critère de la colonne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Scored by:</source>
        <translation>&amp;Noté par&#xa0;:</translation>
    </message>
    <message>
        <source>A jury member&apos;s name</source>
        <translation>Le nom d’un membre du jury</translation>
    </message>
    <message>
        <source>Score each idea on each criterion, by consensus or member by member (type a name). The ranking is the weighted total, out of 100. Double-click a criterion&apos;s heading to rename it.</source>
        <translation>Notez chaque idée sur chaque critère, par consensus ou membre par membre (saisissez un nom). Le classement suit le total pondéré, sur 100. Double-cliquez sur l’en-tête d’un critère pour le modifier.</translation>
    </message>
    <message>
        <source>The group, by consensus</source>
        <translation>Le groupe, par consensus</translation>
    </message>
    <message>
        <source>%1
×%2 · 1–%3</source>
        <translation>%1
×%2 · 1–%3</translation>
    </message>
    <message>
        <source>Change a criterion</source>
        <translation>Modifier un critère</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translation>Retirer un critère</translation>
    </message>
    <message>
        <source>“%1” is not a score.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une note.</translation>
    </message>
    <message>
        <source>Score an idea</source>
        <translation>Noter une idée</translation>
    </message>
</context>
<context>
    <name>DayItemsModel</name>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvre</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Ends after the planned end of the day</source>
        <translation>Se termine après la fin prévue de la journée</translation>
    </message>
</context>
<context>
    <name>DayRow</name>
    <message>
        <source>Change a day</source>
        <translation>Modifier un jour</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this day and its agenda</source>
        <translation>Retirer ce jour et son programme</translation>
    </message>
    <message>
        <source>Place of this day (if it differs)</source>
        <translation>Lieu de ce jour (s’il diffère)</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <source>Add a day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <source>Change a day</source>
        <translation>Modifier un jour</translation>
    </message>
    <message>
        <source>Remove a day</source>
        <translation>Retirer un jour</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>The workshop</source>
        <translation>L’atelier</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Participants et animation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Question or challenge</source>
        <translation>&amp;Question ou défi</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Language of the workshop</source>
        <translation>La&amp;ngue de l’atelier</translation>
    </message>
    <message>
        <source>Logo (synthesis)</source>
        <translation>Logo (synthèse)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Participants nommés</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>How might we…?</source>
        <translation>Comment pourrions-nous…&#xa0;?</translation>
    </message>
    <message>
        <source>The lab or the service that hosts it</source>
        <translation>Le laboratoire ou le service qui l’accueille</translation>
    </message>
    <message>
        <source>Town, building, room</source>
        <translation>Commune, bâtiment, salle</translation>
    </message>
    <message>
        <source>Context, goals, logistics: anything the team should know</source>
        <translation>Contexte, objectifs, logistique&#xa0;: tout ce que l’équipe doit savoir</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>Modifier la structure</translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>%1 named below: more than the count</source>
        <translation>%1 nommés ci-dessous&#xa0;: plus que l’effectif</translation>
    </message>
    <message>
        <source>of whom %1 named below</source>
        <translation>dont %1 nommés ci-dessous</translation>
    </message>
    <message>
        <source>names are optional</source>
        <translation>les noms sont facultatifs</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Changer la langue</translation>
    </message>
    <message>
        <source>Change the number of participants</source>
        <translation>Modifier le nombre de participants</translation>
    </message>
    <message>
        <source>Run mode</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Chain the activities &amp;automatically</source>
        <translation>Enchaîner &amp;automatiquement les activités</translation>
    </message>
    <message>
        <source>When an activity&apos;s time is up, the projector shows “Up next” with a short countdown, then the next activity of the day starts. Any key stops it. Each activity may say otherwise (Agenda).</source>
        <translation>Quand le temps d’une activité est écoulé, le vidéoprojecteur affiche «&#xa0;À suivre&#xa0;» avec un court compte à rebours, puis l’activité suivante de la journée démarre. Une touche l’arrête. Chaque activité peut en décider autrement (Programme).</translation>
    </message>
    <message>
        <source>“Up &amp;next” shown for</source>
        <translation>«&#xa0;À &amp;suivre&#xa0;» affiché pendant</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Change auto-advance</source>
        <translation>Modifier l’enchaînement automatique</translation>
    </message>
    <message>
        <source>Change the length of “Up next”</source>
        <translation>Modifier la durée de «&#xa0;À suivre&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DotsPanel</name>
    <message>
        <source>Count the paper wall</source>
        <translation>Compter le mur de papier</translation>
    </message>
    <message>
        <source>Pass the laptop round</source>
        <translation>Faire passer l’ordinateur</translation>
    </message>
    <message>
        <source>Named votes</source>
        <translation>Votes nominatifs</translation>
    </message>
    <message>
        <source>&amp;Participants who voted:</source>
        <translation>&amp;Participants qui ont voté&#xa0;:</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Count the dots on the wall: type each idea&apos;s number and press Enter, the next idea is ready. Ties are shown as ties (2=).</source>
        <translation>Comptez les gommettes au mur&#xa0;: tapez le nombre de chaque idée puis Entrée, l’idée suivante est prête. Les ex æquo sont signalés (2=).</translation>
    </message>
    <message>
        <source>%1 dots entered of %2 handed out</source>
        <translation>%1 gommettes saisies sur %2 distribuées</translation>
    </message>
    <message>
        <source>“%1” is not a number of dots.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de gommettes.</translation>
    </message>
    <message>
        <source>How many people voted? Enter it to check the count.</source>
        <translation>Combien de personnes ont voté&#xa0;? Indiquez-le pour vérifier le décompte.</translation>
    </message>
    <message>
        <source>more than handed out: count again?</source>
        <translation>plus que distribuées&#xa0;: recompter&#xa0;?</translation>
    </message>
    <message>
        <source>A participant&apos;s dots</source>
        <translation>Les gommettes d’un participant</translation>
    </message>
    <message>
        <source>Thank you: your dots are saved. Pass the laptop to the next person.</source>
        <translation>Merci&#xa0;: vos gommettes sont enregistrées. Passez l’ordinateur à la personne suivante.</translation>
    </message>
    <message>
        <source>Your dots are kept, but the file cannot be written just now: tell the facilitator.</source>
        <translation>Vos gommettes sont gardées, mais le fichier ne peut pas être écrit pour l’instant&#xa0;: prévenez la personne qui anime.</translation>
    </message>
    <message>
        <source>Count the dots</source>
        <translation>Compter les gommettes</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved changes are safe, and you can keep working.</source>
        <translation>Un incident inattendu s’est produit. Vos modifications enregistrées sont en sécurité et vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>The details are in the log file: %1</source>
        <translation>Les détails sont dans le journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>“{zone}” is not a time zone: give one such as Europe/Paris.</source>
        <translation>«&#xa0;{zone}&#xa0;» n’est pas un fuseau horaire&#xa0;: indiquez-en un comme Europe/Paris.</translation>
    </message>
    <message>
        <source>The agenda has no activity yet: there is nothing to put in a calendar.</source>
        <translation>Le programme n’a encore aucune activité&#xa0;: il n’y a rien à mettre dans un calendrier.</translation>
    </message>
    <message>
        <source>Day {number} has no date: give it one first.</source>
        <translation>Le jour {number} n’a pas de date&#xa0;: donnez-lui-en une d’abord.</translation>
    </message>
    <message>
        <source>The JSON export is the whole workshop, names included: leave names out of the PDF, Markdown, CSV or cards instead.</source>
        <translation>L’export JSON est l’atelier entier, noms compris&#xa0;: retirez plutôt les noms du PDF, du Markdown, du CSV ou des fiches.</translation>
    </message>
    <message>
        <source>The attendance sheet and the name badges are lists of names: they cannot be printed without the names (drop --no-names).</source>
        <translation>La feuille d’émargement et les badges sont des listes de noms&#xa0;: ils ne peuvent pas être imprimés sans les noms (retirez --no-names).</translation>
    </message>
    <message>
        <source>The group lists and table tents name the participants: they cannot be printed without the names (drop --no-names).</source>
        <translation>Les listes des groupes et les chevalets de table nomment les participants&#xa0;: ils ne peuvent pas être imprimés sans les noms (retirez --no-names).</translation>
    </message>
    <message>
        <source>The attendance sheet would be more than {most} pages long ({people} participants, {half_days} half-days): print it from a workshop with fewer days or participants.</source>
        <translation>La feuille d’émargement ferait plus de {most} pages ({people} participants, {half_days} demi-journées)&#xa0;: imprimez-la depuis un atelier qui a moins de jours ou de participants.</translation>
    </message>
    <message>
        <source>No name badge to print: the workshop lists no participant with a name or an organisation (add them in the workshop&apos;s details).</source>
        <translation>Aucun badge à imprimer&#xa0;: l’atelier ne compte aucun participant avec un nom ou une organisation (ajoutez-les dans Détails).</translation>
    </message>
    <message>
        <source>{count} name badges are more than the {most} printed at once.</source>
        <translation>{count} badges, c’est plus que les {most} qui s’impriment en une fois.</translation>
    </message>
    <message>
        <source>The workshop has no groups yet: make a grouping of the participants first, then print its lists and table tents.</source>
        <translation>L’atelier n’a pas encore de groupes&#xa0;: faites d’abord une répartition des participants, puis imprimez ses listes et ses chevalets de table.</translation>
    </message>
    <message>
        <source>The grouping “{grouping}” has no group to print.</source>
        <translation>La répartition «&#xa0;{grouping}&#xa0;» n’a aucun groupe à imprimer.</translation>
    </message>
    <message>
        <source>{count} people in the groups are more than the {most} listed at once.</source>
        <translation>{count} personnes dans les groupes, c’est plus que les {most} qu’une liste peut compter.</translation>
    </message>
    <message>
        <source>{count} groups are more than the {most} table tents printed at once.</source>
        <translation>{count} groupes, c’est plus que les {most} chevalets de table imprimés en une fois.</translation>
    </message>
    <message>
        <source>The grouping chosen for the paper is no longer in the workshop.</source>
        <translation>La répartition choisie pour l’impression n’est plus dans l’atelier.</translation>
    </message>
    <message>
        <source>The accessible PDF is made by LibreOffice, which is not installed on this computer. Install LibreOffice (libreoffice.org; on Debian or Ubuntu the package libreoffice-writer-nogui), or export the Word document and give that instead.</source>
        <translation>Le PDF accessible est fait par LibreOffice, qui n’est pas installé sur cet ordinateur. Installez LibreOffice (libreoffice.org&#xa0;; sous Debian ou Ubuntu, le paquet libreoffice-writer-nogui), ou exportez le document Word et donnez-le à la place.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the document to PDF: {detail}</source>
        <translation>LibreOffice n’a pas pu convertir le document en PDF&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>LibreOffice took more than {seconds} seconds to convert the document and was stopped.</source>
        <translation>LibreOffice a mis plus de {seconds} secondes à convertir le document et a été arrêté.</translation>
    </message>
    <message>
        <source>{producer} made a PDF without tags, which is not accessible: LibreOffice {version} or later is needed.</source>
        <translation>{producer} a produit un PDF sans balises, qui n’est pas accessible&#xa0;: il faut LibreOffice {version} ou plus récent.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Agenda for &amp;participants (PDF)…</source>
        <translation>Programme pour les &amp;participants (PDF)…</translation>
    </message>
    <message>
        <source>Agenda for the &amp;facilitator (PDF)…</source>
        <translation>Programme pour l’&amp;animation (PDF)…</translation>
    </message>
    <message>
        <source>Agenda as a &amp;calendar (.ics)…</source>
        <translation>Programme en &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Agenda as &amp;Markdown…</source>
        <translation>Programme en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Every &amp;idea (CSV for a spreadsheet)…</source>
        <translation>Toutes les &amp;idées (CSV pour un tableur)…</translation>
    </message>
    <message>
        <source>Poll &amp;results (CSV for a spreadsheet)…</source>
        <translation>&amp;Résultats des sondages (CSV pour un tableur)…</translation>
    </message>
    <message>
        <source>Synthesis as Mar&amp;kdown…</source>
        <translation>Synthèse en Mar&amp;kdown…</translation>
    </message>
    <message>
        <source>Prototype &amp;cards, one per page (PDF)…</source>
        <translation>&amp;Fiches prototypes, une par page (PDF)…</translation>
    </message>
    <message>
        <source>Prototype cards, &amp;two per page (PDF)…</source>
        <translation>Fiches prototypes, &amp;deux par page (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet, signed by half-day (PDF)…</source>
        <translation>F&amp;euille d’émargement, signée par demi-journée (PDF)…</translation>
    </message>
    <message>
        <source>Whole workshop as &amp;JSON…</source>
        <translation>Atelier complet en &amp;JSON…</translation>
    </message>
    <message>
        <source>Name &amp;badges (PDF)</source>
        <translation>&amp;Badges nominatifs (PDF)</translation>
    </message>
    <message>
        <source>%1 labels, %2 × %3 mm, %4 a sheet…</source>
        <translation>Étiquettes %1, %2 × %3 mm, %4 par planche…</translation>
    </message>
    <message>
        <source>With the facilitators’ badges</source>
        <translation>Avec les badges de l’animation</translation>
    </message>
    <message>
        <source>&amp;Group lists and table tents (PDF)…</source>
        <translation>Listes des &amp;groupes et chevalets de table (PDF)…</translation>
    </message>
    <message>
        <source>Save the agenda as a &amp;template…</source>
        <translation>Enregistrer le programme comme &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Synthesis of the workshop (PDF)…</source>
        <translation>&amp;Synthèse de l’atelier (PDF)…</translation>
    </message>
    <message>
        <source>Synthesis as a &amp;Word document, to edit (DOCX)…</source>
        <translation>Synthèse en document &amp;Word, à modifier (DOCX)…</translation>
    </message>
    <message>
        <source>Synthesis as an acc&amp;essible PDF (tagged, by LibreOffice)…</source>
        <translation>Synthèse en PDF accessib&amp;le (balisé, par LibreOffice)…</translation>
    </message>
    <message>
        <source>The accessible PDF cannot be made</source>
        <translation>Le PDF accessible ne peut pas être fait</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Annulation de l’export…</translation>
    </message>
    <message>
        <source>Finishing the synthesis before closing…</source>
        <translation>Fin de la mise en page de la synthèse avant la fermeture…</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Un export est en cours</translation>
    </message>
    <message>
        <source>The synthesis “%1” is still being laid out.</source>
        <translation>La synthèse «&#xa0;%1&#xa0;» est encore en cours de mise en page.</translation>
    </message>
    <message>
        <source>Wait for it to be written, or cancel it (no file is written)?</source>
        <translation>L’attendre jusqu’à ce qu’elle soit écrite, ou l’annuler (aucun fichier n’est écrit)&#xa0;?</translation>
    </message>
    <message>
        <source>Wait for it</source>
        <translation>L’attendre</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>No badge to print</source>
        <translation>Aucun badge à imprimer</translation>
    </message>
    <message>
        <source>No groups to print</source>
        <translation>Aucun groupe à imprimer</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Group lists and table tents</source>
        <translation>Listes des groupes et chevalets de table</translation>
    </message>
    <message>
        <source>The grouping to print:</source>
        <translation>La répartition à imprimer&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template (it will appear among the templates of New workshop):</source>
        <translation>Nom du modèle (il apparaîtra parmi les modèles de Nouvel atelier)&#xa0;:</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>Impossible d’enregistrer le modèle</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Modèle enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>A day must end after it starts ({start}–{end}).</source>
        <translation>Une journée doit finir après son début ({start}–{end}).</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La question</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>La structure</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>La langue</translation>
    </message>
    <message>
        <source>The number of participants</source>
        <translation>Le nombre de participants</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>L’heure de début</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>L’heure de fin</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Le texte</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Le rôle</translation>
    </message>
    <message>
        <source>Auto-advance</source>
        <translation>L’enchaînement automatique</translation>
    </message>
    <message>
        <source>The length of the “Up next” announce</source>
        <translation>La durée de l’annonce «&#xa0;À suivre&#xa0;»</translation>
    </message>
    <message>
        <source>The round&apos;s length</source>
        <translation>La durée du tour</translation>
    </message>
    <message>
        <source>The number of repeats</source>
        <translation>Le nombre de répétitions</translation>
    </message>
    <message>
        <source>The instruction</source>
        <translation>La consigne</translation>
    </message>
    <message>
        <source>The facilitator&apos;s notes</source>
        <translation>Les notes d’animation</translation>
    </message>
    <message>
        <source>The size or number of groups</source>
        <translation>La taille ou le nombre de groupes</translation>
    </message>
    <message>
        <source>The draw number</source>
        <translation>Le numéro de tirage</translation>
    </message>
    <message>
        <source>The wish&apos;s number</source>
        <translation>Le numéro du souhait</translation>
    </message>
    <message>
        <source>The planned length</source>
        <translation>La durée prévue</translation>
    </message>
    <message>
        <source>The current round</source>
        <translation>Le tour en cours</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>Le libellé</translation>
    </message>
    <message>
        <source>The number of words per answer</source>
        <translation>Le nombre de mots par réponse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>The title of the room&apos;s workshop</source>
        <translation>Le titre de l’atelier de la salle</translation>
    </message>
    <message>
        <source>The identity of the room&apos;s file</source>
        <translation>L’identité du fichier de la salle</translation>
    </message>
    <message>
        <source>{field} cannot be “{value}”.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une valeur possible.</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Facilitator workshops (*.atelier)</source>
        <translation>Ateliers Facilitator (*.atelier)</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation>Enregistrer l’atelier sous</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose a folder of templates</source>
        <translation>Choisir un dossier de modèles</translation>
    </message>
    <message>
        <source>Choose a folder of the lab’s workshops</source>
        <translation>Choisir un dossier des ateliers du lab</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Text or CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Texte ou CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>Importer une photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Import ideas</source>
        <translation>Importer des idées</translation>
    </message>
    <message>
        <source>Text or CSV (*.txt *.csv)</source>
        <translation>Texte ou CSV (*.txt *.csv)</translation>
    </message>
</context>
<context>
    <name>GroupingPage</name>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Répartition&#xa0;:</translation>
    </message>
    <message>
        <source>New grouping…</source>
        <translation>Nouvelle répartition…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Au vidéoprojecteur</translation>
    </message>
    <message>
        <source>Remove the wish</source>
        <translation>Retirer le souhait</translation>
    </message>
    <message>
        <source>Show the groups to the room; pressed again, the next page</source>
        <translation>Montrer les groupes à la salle&#xa0;; appuyé de nouveau, la page suivante</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Nouveau tirage</translation>
    </message>
    <message>
        <source>Another draw: the same absences and wishes (Ctrl+R)</source>
        <translation>Un autre tirage&#xa0;: les mêmes absents, les mêmes souhaits (Ctrl+R)</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Move the selected person to a group (Ctrl+M)</source>
        <translation>Déplacer la personne sélectionnée vers un groupe (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marquer absent</translation>
    </message>
    <message>
        <source>The selected person leaves their group (or untick them)</source>
        <translation>La personne sélectionnée quitte son groupe (ou décochez-la)</translation>
    </message>
    <message>
        <source>Name as tables</source>
        <translation>Nommer en tables</translation>
    </message>
    <message>
        <source>Name the groups Table 1, Table 2…</source>
        <translation>Nommer les groupes Table 1, Table 2…</translation>
    </message>
    <message>
        <source>Keep together or apart…</source>
        <translation>Garder ensemble ou séparer…</translation>
    </message>
    <message>
        <source>People to keep together, or apart, at the next draws</source>
        <translation>Des personnes à garder ensemble, ou à séparer, aux prochains tirages</translation>
    </message>
    <message>
        <source>Mixing</source>
        <translation>Brassage</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Sans groupe</translation>
    </message>
    <message>
        <source>Wishes for the next draws</source>
        <translation>Souhaits pour les prochains tirages</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename this group (« Table 3 »)</source>
        <translation>Renommer ce groupe («&#xa0;Table 3&#xa0;»)</translation>
    </message>
    <message>
        <source>No grouping yet. Make groups that mix organisations: New grouping… (by size or by number of groups; roles can be spread too).</source>
        <translation>Pas encore de répartition. Faites des groupes qui mélangent les organisations&#xa0;: Nouvelle répartition… (par taille ou par nombre de groupes&#xa0;; les rôles peuvent aussi être répartis).</translation>
    </message>
    <message>
        <source>No participant yet: add the participants, with their organisation, on the Details page; then make groups that mix organisations here.</source>
        <translation>Pas encore de participant&#xa0;: ajoutez les participants, avec leur organisation, à la page Détails&#xa0;; puis faites ici des groupes qui mélangent les organisations.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>groups of about %n</source>
        <translation>
            <numerusform>groupes d’environ %n</numerusform>
            <numerusform>groupes d’environ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) asked</source>
        <translation>
            <numerusform>%n groupe demandé</numerusform>
            <numerusform>%n groupes demandés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) placed</source>
        <translation>
            <numerusform>%n personne placée</numerusform>
            <numerusform>%n personnes placées</numerusform>
        </translation>
    </message>
    <message>
        <source>draw number %1</source>
        <translation>numéro de tirage %1</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Ensemble&#xa0;: %1</translation>
    </message>
    <message>
        <source>Apart: %1</source>
        <translation>Séparés&#xa0;: %1</translation>
    </message>
    <message>
        <source>New grouping</source>
        <translation>Nouvelle répartition</translation>
    </message>
    <message>
        <source>Rename a grouping</source>
        <translation>Renommer une répartition</translation>
    </message>
    <message>
        <source>Rename the grouping</source>
        <translation>Renommer la répartition</translation>
    </message>
    <message>
        <source>Name of the grouping:</source>
        <translation>Nom de la répartition&#xa0;:</translation>
    </message>
    <message>
        <source>Delete a grouping</source>
        <translation>Supprimer une répartition</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Renommer un groupe</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Name the groups as tables</source>
        <translation>Nommer les groupes en tables</translation>
    </message>
    <message>
        <source>Move a person</source>
        <translation>Déplacer une personne</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marquer présent</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>Garder ensemble</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <source>Remove a wish</source>
        <translation>Retirer un souhait</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation>Pas encore de groupe</translation>
    </message>
</context>
<context>
    <name>Groupings</name>
    <message>
        <source>A workshop holds at most {limit} groupings: delete one first.</source>
        <translation>Un atelier compte au plus {limit} répartitions&#xa0;: supprimez-en une d’abord.</translation>
    </message>
    <message>
        <source>A group size or a number of groups is a whole number from 1 to {limit}.</source>
        <translation>Une taille de groupe ou un nombre de groupes est un nombre entier de 1 à {limit}.</translation>
    </message>
    <message>
        <source>The draw number must be a whole number from 0 to {high}.</source>
        <translation>Le numéro de tirage doit être un nombre entier de 0 à {high}.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un groupe a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A grouping needs a name.</source>
        <translation>Une répartition a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Another group of this grouping is already called “{name}”.</source>
        <translation>Un autre groupe de cette répartition s’appelle déjà «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>{name} is not a participant: only participants are put in groups.</source>
        <translation>{name} ne fait pas partie des participants&#xa0;: seuls les participants sont répartis en groupes.</translation>
    </message>
    <message>
        <source>Choose at least two people to keep together or apart.</source>
        <translation>Choisissez au moins deux personnes à garder ensemble ou à séparer.</translation>
    </message>
    <message>
        <source>This group belongs to another grouping.</source>
        <translation>Ce groupe appartient à une autre répartition.</translation>
    </message>
    <message>
        <source>No two people of the same organisation share a group.</source>
        <translation>Aucun groupe ne réunit deux personnes de la même organisation.</translation>
    </message>
    <message>
        <source>Pairs of people of the same organisation in one group: {count}, the fewest possible.</source>
        <translation>Paires de même organisation dans un groupe&#xa0;: {count}, le minimum possible.</translation>
    </message>
    <message>
        <source>Pairs of people of the same organisation in one group: {count} ({fewest} at the fewest).</source>
        <translation>Paires de même organisation dans un groupe&#xa0;: {count} (minimum possible&#xa0;: {fewest}).</translation>
    </message>
    <message>
        <source>Of these pairs, asked to be kept together: {count}.</source>
        <translation>Parmi ces paires, à garder ensemble à la demande&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>No two people of the same role share a group.</source>
        <translation>Aucun groupe ne réunit deux personnes du même rôle.</translation>
    </message>
    <message>
        <source>Pairs of people of the same role in one group: {count}, the fewest possible.</source>
        <translation>Paires de même rôle dans un groupe&#xa0;: {count}, le minimum possible.</translation>
    </message>
    <message>
        <source>Pairs of people of the same role in one group: {count} ({fewest} at the fewest).</source>
        <translation>Paires de même rôle dans un groupe&#xa0;: {count} (minimum possible&#xa0;: {fewest}).</translation>
    </message>
    <message>
        <source>The groups are uneven: from {smallest} to {largest} people (draw again to even them).</source>
        <translation>Les groupes sont inégaux&#xa0;: de {smallest} à {largest} personnes (un nouveau tirage les équilibre).</translation>
    </message>
    <message>
        <source>Not in a group: {count} (added after the draw: move them into a group, or draw again).</source>
        <translation>Sans groupe&#xa0;: {count} (ajoutés après le tirage&#xa0;: placez-les dans un groupe, ou refaites un tirage).</translation>
    </message>
    <message>
        <source>{names}: to keep together, but in different groups.</source>
        <translation>{names}&#xa0;: à garder ensemble, mais dans des groupes différents.</translation>
    </message>
    <message>
        <source>{names}: to keep apart, but in one group.</source>
        <translation>{names}&#xa0;: à séparer, mais dans le même groupe.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>There is nobody to put in groups: the list is empty or everyone is absent.</source>
        <translation>Personne à répartir en groupes&#xa0;: la liste est vide ou tout le monde est absent.</translation>
    </message>
    <message>
        <source>At most {limit} people can be put in groups at once; {count} are present.</source>
        <translation>Au plus {limit} personnes peuvent être réparties en groupes à la fois&#xa0;; {count} sont présentes.</translation>
    </message>
    <message>
        <source>At most {limit} names can be given to keep together or apart; {count} were given.</source>
        <translation>Au plus {limit} noms peuvent être donnés à garder ensemble ou à séparer&#xa0;; {count} l’ont été.</translation>
    </message>
    <message>
        <source>The participant list holds {name} twice.</source>
        <translation>La liste des participants contient deux fois {name}.</translation>
    </message>
    <message>
        <source>Give either a group size or a number of groups.</source>
        <translation>Indiquez soit une taille de groupe, soit un nombre de groupes.</translation>
    </message>
    <message>
        <source>A group needs at least one person.</source>
        <translation>Un groupe compte au moins une personne.</translation>
    </message>
    <message>
        <source>Make at least one group.</source>
        <translation>Formez au moins un groupe.</translation>
    </message>
    <message>
        <source>{groups} groups for {people} people present: there cannot be more groups than people.</source>
        <translation>{groups} groupes pour {people} personnes présentes&#xa0;: il ne peut pas y avoir plus de groupes que de personnes.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from {low} to {high}.</source>
        <translation>Le numéro de tirage doit être un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>{names} cannot all be in one group: {count} people to keep together, and a group holds at most {size}.</source>
        <translation>Impossible de réunir {names} dans un seul groupe&#xa0;: {count} personnes à garder ensemble, et un groupe en compte au plus {size}.</translation>
    </message>
    <message>
        <source>{names} could not be kept together along with the other requests and the group sizes.</source>
        <translation>Impossible de garder ensemble {names} en respectant aussi les autres demandes et les tailles des groupes.</translation>
    </message>
    <message>
        <source>{names} are asked to be both together and apart: they stay together.</source>
        <translation>Il est demandé à la fois de garder ensemble et de séparer {names}&#xa0;: ces personnes restent ensemble.</translation>
    </message>
    <message>
        <source>{names} cannot all be apart: {count} people to keep apart and only {groups} groups.</source>
        <translation>Impossible de séparer {names}&#xa0;: {count} personnes à séparer pour seulement {groups} groupes.</translation>
    </message>
    <message>
        <source>{names} could not all be kept apart along with the other requests.</source>
        <translation>Impossible de séparer {names} en respectant aussi les autres demandes.</translation>
    </message>
    <message>
        <source>Everyone present is from {organisation}: the groups cannot mix organisations.</source>
        <translation>Toutes les personnes présentes viennent de la même organisation ({organisation})&#xa0;: les groupes ne peuvent pas mélanger les organisations.</translation>
    </message>
    <message>
        <source>Some organisations have more people than there are groups ({groups}), so some of their people share a group: {organisations}.</source>
        <translation>Certaines organisations ont plus de membres qu’il n’y a de groupes ({groups})&#xa0;; certains de leurs membres se retrouvent donc ensemble&#xa0;: {organisations}.</translation>
    </message>
    <message>
        <source>Nobody has a role: there are no roles to balance.</source>
        <translation>Personne n’a de rôle&#xa0;: il n’y a pas de rôles à équilibrer.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Prepare, run and report on your creativity workshops. Offline, always.</source>
        <translation>Préparer, animer et restituer vos ateliers de créativité. Hors ligne, toujours.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>The lab’s workshops</source>
        <translation>Les ateliers du lab</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Ateliers récents</translation>
    </message>
    <message>
        <source>No recent workshop yet. Create one, or open the demo to discover Facilitator with a real workshop.</source>
        <translation>Aucun atelier récent. Créez-en un, ou ouvrez la démo pour découvrir Facilitator sur un véritable atelier.</translation>
    </message>
    <message>
        <source>Enter opens the selected workshop; Delete forgets it.</source>
        <translation>Entrée ouvre l’atelier sélectionné&#xa0;; Suppr le retire de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prototype(s)</source>
        <translation>
            <numerusform>%n prototype</numerusform>
            <numerusform>%n prototypes</numerusform>
        </translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>ouvert le %1</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>Fichier introuvable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IdeaFiles</name>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not a text or CSV file.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un fichier texte ou CSV.</translation>
    </message>
    <message>
        <source>“{path}” is a spreadsheet or a document, not text: save it as CSV or as text first.</source>
        <translation>«&#xa0;{path}&#xa0;» est un classeur ou un document, pas du texte&#xa0;: enregistrez-le d’abord en CSV ou en texte.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: {length} characters, more than the {limit} of an idea (a quotation mark opened there and never closed?).</source>
        <translation>«&#xa0;{path}&#xa0;», ligne {line}&#xa0;: {length} caractères, plus que les {limit} d’une idée (un guillemet ouvert là et jamais fermé&#xa0;?).</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: not CSV ({reason}).</source>
        <translation>«&#xa0;{path}&#xa0;», ligne {line}&#xa0;: ce n’est pas du CSV ({reason}).</translation>
    </message>
    <message>
        <source>Ideas read from “{name}”: {count}.</source>
        <translation>Idées lues dans «&#xa0;{name}&#xa0;»&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Ideas taken from the column “{column}”, {number} of {columns}.</source>
        <translation>Idées prises dans la colonne «&#xa0;{column}&#xa0;», {number} sur {columns}.</translation>
    </message>
    <message>
        <source>Ideas taken from column {number} of {columns}, the one with the most text.</source>
        <translation>Idées prises dans la colonne {number} sur {columns}, celle qui a le plus de texte.</translation>
    </message>
    <message>
        <source>Authors taken from the column “{column}”.</source>
        <translation>Auteurs pris dans la colonne «&#xa0;{column}&#xa0;».</translation>
    </message>
    <message>
        <source>A Facilitator export: authors and colours taken as they were.</source>
        <translation>Un export de Facilitator&#xa0;: auteurs et couleurs repris tels quels.</translation>
    </message>
    <message>
        <source>Lines with no text in that column, skipped: {count}.</source>
        <translation>Lignes sans texte dans cette colonne, ignorées&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Lines with another number of cells than {columns}, to check: {count}.</source>
        <translation>Lignes qui n’ont pas {columns} cellules, à vérifier&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>too large: {width} × {height} pixels ({limit})</source>
        <translation>trop grande&#xa0;: {width} × {height} pixels ({limit})</translation>
    </message>
    <message>
        <source>not a readable image: {reason}</source>
        <translation>image illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>at most {side} pixels a side</source>
        <translation>au plus {side} pixels de côté</translation>
    </message>
    <message>
        <source>at most {megapixels} megapixels</source>
        <translation>au plus {megapixels} mégapixels</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>Not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation>JSON invalide&#xa0;: {reason} (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>The JSON nests arrays and objects more than {limit} levels deep.</source>
        <translation>Le JSON imbrique des tableaux et des objets sur plus de {limit}&#xa0;niveaux.</translation>
    </message>
    <message>
        <source>The JSON holds a number of more than {limit} digits.</source>
        <translation>Le JSON contient un nombre de plus de {limit}&#xa0;chiffres.</translation>
    </message>
    <message>
        <source>This JSON was written by a newer version of Facilitator (format {version}).</source>
        <translation>Ce JSON a été écrit par une version plus récente de Facilitator (format {version}).</translation>
    </message>
    <message>
        <source>{location}: the id “{id}” is used twice.</source>
        <translation>{location}&#xa0;: l’identifiant «&#xa0;{id}&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>{location}: the workshop&apos;s id must be “{id}”.</source>
        <translation>{location}&#xa0;: l’identifiant de l’atelier doit être «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>{location}: “{id}” refers to nothing.</source>
        <translation>{location}&#xa0;: «&#xa0;{id}&#xa0;» ne renvoie à rien.</translation>
    </message>
    <message>
        <source>{location}: “{id}” is already in a team of this grouping ({other}).</source>
        <translation>{location}&#xa0;: «&#xa0;{id}&#xa0;» est déjà dans un groupe de cette répartition ({other}).</translation>
    </message>
    <message>
        <source>{location}: the phone “{phone}” already answered this poll ({other}).</source>
        <translation>{location}&#xa0;: le téléphone «&#xa0;{phone}&#xa0;» a déjà répondu à ce sondage ({other}).</translation>
    </message>
    <message>
        <source>{location}: this option is already counted ({other}).</source>
        <translation>{location}&#xa0;: cette option est déjà comptée ({other}).</translation>
    </message>
    <message>
        <source>{location}: “{id}” is an option of another poll ({poll}).</source>
        <translation>{location}&#xa0;: «&#xa0;{id}&#xa0;» est une option d’un autre sondage ({poll}).</translation>
    </message>
    <message>
        <source>{location}: the answer does not fit its poll.</source>
        <translation>{location}&#xa0;: la réponse ne correspond pas à son sondage.</translation>
    </message>
    <message>
        <source>{location}: its options do not fit its kind ({kind}; options: {count}).</source>
        <translation>{location}&#xa0;: ses options ne correspondent pas à son type ({kind}&#xa0;; options&#xa0;: {count}).</translation>
    </message>
    <message>
        <source>{location}: too long ({length} characters, at most {max}).</source>
        <translation>{location}&#xa0;: trop long ({length} caractères, {max} au maximum).</translation>
    </message>
    <message>
        <source>{location}: must be one of {allowed}.</source>
        <translation>{location}&#xa0;: valeurs possibles&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>{location}: {value} is out of range.</source>
        <translation>{location}&#xa0;: {value} est hors des limites.</translation>
    </message>
    <message>
        <source>{location}: expected {expected}, found {found}.</source>
        <translation>{location}&#xa0;: {expected} attendu, {found} trouvé.</translation>
    </message>
    <message>
        <source>{location}: {reason}.</source>
        <translation>{location}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{location}: not valid base64 data.</source>
        <translation>{location}&#xa0;: données base64 invalides.</translation>
    </message>
    <message>
        <source>{location}: {reason}</source>
        <translation>{location}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not UTF-8 text (byte {offset}).</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un texte UTF-8 (octet {offset}).</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Edit an activity</source>
        <translation>Modifier une activité</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation>&amp;Ouvre</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Participant &amp;instructions</source>
        <translation>&amp;Consignes aux participants</translation>
    </message>
    <message>
        <source>Facilitator &amp;notes</source>
        <translation>&amp;Notes d’animation</translation>
    </message>
    <message>
        <source>&amp;Materials (one per line)</source>
        <translation>&amp;Matériel (un par ligne)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Select an activity to edit it, or add one from the library.</source>
        <translation>Sélectionnez une activité pour la modifier, ou ajoutez-en une depuis la bibliothèque.</translation>
    </message>
    <message>
        <source>Shown to the room on the projector</source>
        <translation>Affichées à la salle sur le vidéoprojecteur</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>For you only: steps, tips, timing</source>
        <translation>Pour vous uniquement&#xa0;: déroulé, conseils, minutage</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message>
        <source>+ A new board for this activity</source>
        <translation>+ Un nouveau tableau pour cette activité</translation>
    </message>
    <message>
        <source>Untitled vote</source>
        <translation>Vote sans titre</translation>
    </message>
    <message>
        <source>(choose a board)</source>
        <translation>(choisir un tableau)</translation>
    </message>
    <message>
        <source>(choose a vote: create it in Votes)</source>
        <translation>(choisir un vote&#xa0;: créez-le dans Votes)</translation>
    </message>
    <message>
        <source>&amp;Auto-advance</source>
        <translation>&amp;Enchaînement</translation>
    </message>
    <message>
        <source>As the workshop</source>
        <translation>Comme l’atelier</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>When this activity&apos;s time is up: show “Up next”, then start the next activity of the day by itself. “As the workshop” follows the workshop&apos;s option (Details).</source>
        <translation>Quand le temps de cette activité est écoulé&#xa0;: afficher «&#xa0;À suivre&#xa0;», puis lancer d’elle-même l’activité suivante de la journée. «&#xa0;Comme l’atelier&#xa0;» suit l’option de l’atelier (Détails).</translation>
    </message>
</context>
<context>
    <name>LabIndex</name>
    <message>
        <source>“{path}” is being written by another program (or was left so by a crash): what it held before is shown, and it is read again at the next refresh.</source>
        <translation>«&#xa0;{path}&#xa0;» est en cours d’écriture par un autre programme (ou a été laissé ainsi par un plantage)&#xa0;: son état précédent est affiché, et il sera relu à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>“{path}” changed each time it was read (a copy or a save in progress?): it is read again at the next refresh.</source>
        <translation>«&#xa0;{path}&#xa0;» a changé à chaque lecture (une copie ou un enregistrement en cours&#xa0;?)&#xa0;: il sera relu à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>“{path}” is larger than {limit} MB: it is not listed, open it to see it.</source>
        <translation>«&#xa0;{path}&#xa0;» dépasse {limit}&#xa0;Mo&#xa0;: il n’est pas listé, ouvrez-le pour le voir.</translation>
    </message>
    <message>
        <source>The folder “{path}” cannot be found (a network drive not connected?).</source>
        <translation>Le dossier «&#xa0;{path}&#xa0;» est introuvable (un lecteur réseau non connecté&#xa0;?).</translation>
    </message>
    <message>
        <source>The folder “{path}” cannot be read: {reason}.</source>
        <translation>Impossible de lire le dossier «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Folders more than {limit} levels below a chosen folder were not looked into (the first: “{path}”).</source>
        <translation>Les dossiers à plus de {limit}&#xa0;niveaux sous un dossier choisi n’ont pas été parcourus (le premier&#xa0;: «&#xa0;{path}&#xa0;»).</translation>
    </message>
    <message>
        <source>The chosen folders hold more than {limit} files and folders: the rest was not looked into. Choose the folders that hold the workshops.</source>
        <translation>Les dossiers choisis contiennent plus de {limit}&#xa0;fichiers et dossiers&#xa0;: le reste n’a pas été parcouru. Choisissez les dossiers qui contiennent les ateliers.</translation>
    </message>
    <message>
        <source>More than {limit} workshops: only the first {limit} are listed.</source>
        <translation>Plus de {limit}&#xa0;ateliers&#xa0;: seuls les {limit}&#xa0;premiers sont listés.</translation>
    </message>
    <message>
        <source>{count} folders were reached twice (a link loop, or a chosen folder inside another) and looked into once.</source>
        <translation>{count}&#xa0;dossiers ont été atteints deux fois (une boucle de liens, ou un dossier choisi dans un autre) et parcourus une seule fois.</translation>
    </message>
</context>
<context>
    <name>LabModel</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Prototypes</source>
        <translation>Prototypes</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Étapes en retard</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 — damaged</source>
        <translation>%1 — endommagé</translation>
    </message>
    <message>
        <source>%1 — made by a newer version</source>
        <translation>%1 — version plus récente de Facilitator</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — illisible</translation>
    </message>
    <message>
        <source>%1 (being written)</source>
        <translation>%1 (en cours d’écriture)</translation>
    </message>
    <message numerus="yes">
        <source>%n adopted</source>
        <translation>
            <numerusform>%n adoptée</numerusform>
            <numerusform>%n adoptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being tested</source>
        <translation>
            <numerusform>%n en test</numerusform>
            <numerusform>%n en test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to test</source>
        <translation>
            <numerusform>%n à tester</numerusform>
            <numerusform>%n à tester</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still an idea</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n abandonnée</numerusform>
            <numerusform>%n abandonnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>A copy of “%1”: counted once, as that file.</source>
        <translation>Une copie de «&#xa0;%1&#xa0;»&#xa0;: comptée une seule fois, comme ce fichier.</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, pour le %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>Still an idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>To test</source>
        <translation>À tester</translation>
    </message>
    <message>
        <source>Being tested</source>
        <translation>En test</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Activity report…</source>
        <translation>Rapport d’activité…</translation>
    </message>
    <message>
        <source>Search a title, a place, a facilitator…</source>
        <translation>Rechercher un titre, un lieu, un nom…</translation>
    </message>
    <message>
        <source>Choose the folders where the lab keeps its workshops (a shared network folder too): each workshop is listed here with its dates, its people and what came out of it. The files are only read, never changed.</source>
        <translation>Choisissez les dossiers où le lab range ses ateliers (un dossier partagé du réseau aussi)&#xa0;: chaque atelier est listé ici avec ses dates, ses participants et ce qui en est sorti. Les fichiers sont seulement lus, jamais modifiés.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Enter or a double click opens the workshop; click a column to sort.</source>
        <translation>Entrée ou un double clic ouvre l’atelier&#xa0;; cliquez sur une colonne pour trier.</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s): %1</source>
        <translation>
            <numerusform>%n dossier&#xa0;: %1</numerusform>
            <numerusform>%n dossiers&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Toute l’animation</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copie</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to check</source>
        <translation>
            <numerusform>%n fichier à vérifier</numerusform>
            <numerusform>%n fichiers à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>The folders could not be read entirely: try Refresh.</source>
        <translation>Les dossiers n’ont pas pu être lus entièrement&#xa0;: essayez Actualiser.</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>An activity report is already being made.</source>
        <translation>Un rapport d’activité est déjà en cours.</translation>
    </message>
    <message>
        <source>Making the activity report…</source>
        <translation>Rapport d’activité en cours…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Activity report written to %1</source>
        <translation>Rapport d’activité enregistré dans %1</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The activity report failed</source>
        <translation>Le rapport d’activité a échoué</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>“{path}”: {location}: {reason}</source>
        <translation>«&#xa0;{path}&#xa0;»&#xa0;: {location}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>tables and arrays nest more than {limit} levels deep</source>
        <translation>tables et tableaux imbriqués sur plus de {limit}&#xa0;niveaux</translation>
    </message>
    <message>
        <source>{count} entries: at most {limit} are allowed</source>
        <translation>{count} entrées&#xa0;: {limit} au plus sont permises</translation>
    </message>
    <message>
        <source>{length} characters: at most {limit} are allowed</source>
        <translation>{length} caractères&#xa0;: {limit} au plus sont permis</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {offset})</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet {offset})</translation>
    </message>
    <message>
        <source>a number has more than {limit} digits</source>
        <translation>un nombre a plus de {limit}&#xa0;chiffres</translation>
    </message>
    <message>
        <source>“{id}” differs from the file name “{name}”</source>
        <translation>«&#xa0;{id}&#xa0;» diffère du nom du fichier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>must lie between duration_min and duration_max</source>
        <translation>doit être comprise entre duration_min et duration_max</translation>
    </message>
    <message>
        <source>is larger than group_max</source>
        <translation>est supérieur à group_max</translation>
    </message>
    <message>
        <source>a poll needs a question</source>
        <translation>un sondage a besoin d’une question</translation>
    </message>
    <message>
        <source>a round needs a title</source>
        <translation>un tour a besoin d’un titre</translation>
    </message>
    <message>
        <source>{count} rounds once repeated: at most {limit} are allowed</source>
        <translation>{count} tours une fois répétés&#xa0;: {limit} au plus sont permis</translation>
    </message>
    <message>
        <source>the rounds last {minutes} min, longer than {name} ({limit} min)</source>
        <translation>les tours durent {minutes}&#xa0;min, plus que {name} ({limit}&#xa0;min)</translation>
    </message>
    <message>
        <source>the day must end after it starts</source>
        <translation>la journée doit finir après son début</translation>
    </message>
    <message>
        <source>unknown method “{id}”</source>
        <translation>méthode inconnue «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <source>an activity needs a method or a title</source>
        <translation>une activité demande une méthode ou un titre</translation>
    </message>
    <message>
        <source>is required without a method</source>
        <translation>est obligatoire sans méthode</translation>
    </message>
    <message>
        <source>the folder holds more than {count} entries: the others are not looked at</source>
        <translation>le dossier contient plus de {count}&#xa0;éléments&#xa0;: les autres ne sont pas examinés</translation>
    </message>
    <message>
        <source>only the first {count} files are read; {skipped} more are left out</source>
        <translation>seuls les {count}&#xa0;premiers fichiers sont lus&#xa0;; {skipped} autres sont laissés de côté</translation>
    </message>
    <message>
        <source>the files read reach {limit} MB; {skipped} more are left out</source>
        <translation>les fichiers lus atteignent {limit}&#xa0;Mo&#xa0;; {skipped} autres sont laissés de côté</translation>
    </message>
    <message>
        <source>“{id}” is already used</source>
        <translation>«&#xa0;{id}&#xa0;» est déjà utilisé</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Method library</source>
        <translation>Bibliothèque de méthodes</translation>
    </message>
    <message>
        <source>Search a method (Ctrl+F)</source>
        <translation>Chercher une méthode (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Ajouter au programme</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any duration</source>
        <translation>Toutes durées</translation>
    </message>
    <message>
        <source>Up to 15 min</source>
        <translation>Jusqu’à 15 min</translation>
    </message>
    <message>
        <source>16 to 30 min</source>
        <translation>16 à 30 min</translation>
    </message>
    <message>
        <source>31 to 60 min</source>
        <translation>31 à 60 min</translation>
    </message>
    <message>
        <source>Over an hour</source>
        <translation>Plus d’une heure</translation>
    </message>
    <message>
        <source>%1 min (%2–%3)</source>
        <translation>%1 min (%2 à %3)</translation>
    </message>
    <message>
        <source>opens: %1</source>
        <translation>ouvre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Secret ballot</source>
        <translation>Vote secret</translation>
    </message>
    <message>
        <source>End the pass</source>
        <translation>Terminer le passage</translation>
    </message>
    <message>
        <source>For the facilitator: type your code to end the pass. Anyone else: go back to the ballot and hand the laptop to the facilitator.</source>
        <translation>Pour l’animation&#xa0;: tapez votre code pour terminer le passage. Pour toute autre personne&#xa0;: revenez au bulletin et rendez l’ordinateur à la personne qui anime.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Back to the ballot</source>
        <translation>Revenir au bulletin</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(too large to show)</source>
        <translation>(trop grand pour être affiché)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Close the workshop</source>
        <translation>&amp;Fermer l’atelier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>À &amp;propos de Facilitator</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>This workshop cannot be opened</source>
        <translation>Impossible d’ouvrir cet atelier</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be written to the file.</source>
        <translation>
            <numerusform>%n modification n’a pas pu être écrite dans le fichier.</numerusform>
            <numerusform>%n modifications n’ont pas pu être écrites dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy elsewhere to keep them.</source>
        <translation>Enregistrez une copie ailleurs pour les conserver.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Fermer et les perdre</translation>
    </message>
    <message>
        <source>The workshop cannot be created</source>
        <translation>Impossible de créer l’atelier</translation>
    </message>
    <message>
        <source>The demo cannot be created</source>
        <translation>Impossible de créer la démo</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>À propos de Facilitator</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to bring, from every day&apos;s activities.</source>
        <translation>
            <numerusform>%n élément à prévoir, d’après les activités de tous les jours.</numerusform>
            <numerusform>%n éléments à prévoir, d’après les activités de tous les jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No materials yet: they come with the activities you add.</source>
        <translation>Pas encore de matériel&#xa0;: il vient avec les activités que vous ajoutez.</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>&amp;Across:</source>
        <translation>&amp;Horizontal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Up:</source>
        <translation>&amp;Vertical&#xa0;:</translation>
    </message>
    <message>
        <source>Drag each idea from the list on the right into the matrix, where the room places it; drag it back to the list to take it out.</source>
        <translation>Faites glisser chaque idée de la liste de droite dans la matrice, là où la salle la place&#xa0;; ramenez-la dans la liste pour l’en retirer.</translation>
    </message>
    <message>
        <source>To place</source>
        <translation>À placer</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>high</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>Name an axis</source>
        <translation>Nommer un axe</translation>
    </message>
    <message>
        <source>Place an idea in the matrix</source>
        <translation>Placer une idée dans la matrice</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Merging needs at least {least} workshops (rooms).</source>
        <translation>Une fusion demande au moins {least} ateliers (salles).</translation>
    </message>
    <message>
        <source>At most {most} workshops (rooms) can be merged into one event; {count} were given.</source>
        <translation>Au plus {most} ateliers (salles) peuvent être fusionnés en un événement&#xa0;; {count} ont été donnés.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” hold the same workshop (one file merged with itself, or two copies of one file): each room is merged once.</source>
        <translation>«&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» contiennent le même atelier (un fichier fusionné avec lui-même, ou deux copies d’un fichier)&#xa0;: chaque salle n’est fusionnée qu’une fois.</translation>
    </message>
</context>
<context>
    <name>NamedGrid</name>
    <message>
        <source>A participant&apos;s name</source>
        <translation>Le nom d’un participant</translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Record each person&apos;s dots: one column per participant. Their dots are checked against the rules of the vote.</source>
        <translation>Saisissez les gommettes de chacun&#xa0;: une colonne par participant. Les règles du vote sont vérifiées au fil de la saisie.</translation>
    </message>
    <message>
        <source>“%1” is not a number of dots.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de gommettes.</translation>
    </message>
    <message>
        <source>A participant&apos;s dots</source>
        <translation>Les gommettes d’un participant</translation>
    </message>
</context>
<context>
    <name>NamesChoice</name>
    <message>
        <source>People&apos;s names</source>
        <translation>Noms des personnes</translation>
    </message>
    <message>
        <source>List the participants on the cover</source>
        <translation>Lister les participants en couverture</translation>
    </message>
    <message>
        <source>Leave out the participants&apos; and authors&apos; names</source>
        <translation>Retirer les noms des participants et des auteurs</translation>
    </message>
    <message>
        <source>No idea&apos;s author, no next step&apos;s owner but the facilitators, no team field: in the PDF, the Markdown and the CSV alike. The facilitators&apos; names stay.</source>
        <translation>Ni les auteurs des idées, ni les responsables des prochaines étapes (sauf l’équipe d’animation), ni le champ Équipe des fiches&#xa0;: dans le PDF, le Markdown et le CSV. Les noms de l’équipe d’animation restent.</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <source>Names in the export</source>
        <translation>Noms dans l’export</translation>
    </message>
</context>
<context>
    <name>NewGroupingDialog</name>
    <message>
        <source>New grouping</source>
        <translation>Nouvelle répartition</translation>
    </message>
    <message>
        <source>Groups of about</source>
        <translation>Des groupes d’environ</translation>
    </message>
    <message>
        <source>A number of groups</source>
        <translation>Un nombre de groupes</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Spread the roles over the groups as well</source>
        <translation>Répartir aussi les rôles entre les groupes</translation>
    </message>
    <message>
        <source>Draw number</source>
        <translation>Numéro de tirage</translation>
    </message>
    <message>
        <source>a new draw</source>
        <translation>un nouveau tirage</translation>
    </message>
    <message>
        <source>The same participants and the same draw number give the same groups.</source>
        <translation>Les mêmes participants et le même numéro de tirage donnent les mêmes groupes.</translation>
    </message>
    <message>
        <source>No one absent, no wish</source>
        <translation>Aucun absent, aucun souhait</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), from the Details page.</source>
        <translation>
            <numerusform>%n participant, de la page Détails.</numerusform>
            <numerusform>%n participants, de la page Détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant yet: add them on the Details page first.</source>
        <translation>Pas encore de participant&#xa0;: ajoutez-les d’abord à la page Détails.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Faire</translation>
    </message>
    <message>
        <source>&amp;Absent and wishes as in</source>
        <translation>&amp;Absents et souhaits comme dans</translation>
    </message>
</context>
<context>
    <name>NewVoteDialog</name>
    <message>
        <source>New vote</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Vote à gommettes</translation>
    </message>
    <message>
        <source>Scores on criteria</source>
        <translation>Grille multicritère</translation>
    </message>
    <message>
        <source>A 2×2 matrix</source>
        <translation>Matrice 2×2</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Dots on the paper wall, counted here</source>
        <translation>Gommettes sur le mur, comptées ici</translation>
    </message>
    <message>
        <source>The laptop passed round</source>
        <translation>L’ordinateur qui circule</translation>
    </message>
    <message>
        <source>Named: I record each person&apos;s dots</source>
        <translation>Nominatif&#xa0;: je saisis les gommettes de chacun</translation>
    </message>
    <message>
        <source>Negative dots allowed (a vote against)</source>
        <translation>Gommettes négatives permises (un vote contre)</translation>
    </message>
    <message>
        <source>Anonymous: no names asked at the laptop</source>
        <translation>Anonyme&#xa0;: aucun nom demandé sur l’ordinateur</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>&amp;Kind of vote</source>
        <translation>&amp;Type de vote</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Vote on</source>
        <translation>&amp;Voter sur</translation>
    </message>
    <message>
        <source>&amp;Put to the vote</source>
        <translation>&amp;Soumis au vote</translation>
    </message>
    <message>
        <source>&amp;Collected</source>
        <translation>&amp;Recueil</translation>
    </message>
    <message>
        <source>&amp;Dots per participant</source>
        <translation>&amp;Gommettes par participant</translation>
    </message>
    <message>
        <source>&amp;At most on one idea</source>
        <translation>&amp;Au plus sur une même idée</translation>
    </message>
    <message>
        <source>Axis going &amp;up</source>
        <translation>Axe &amp;vertical</translation>
    </message>
    <message>
        <source>Axis going &amp;across</source>
        <translation>Axe &amp;horizontal</translation>
    </message>
    <message>
        <source>Impact / effort matrix</source>
        <translation>Matrice impact / effort</translation>
    </message>
    <message>
        <source>Nothing to vote on: tick some ideas.</source>
        <translation>Rien à voter&#xa0;: cochez des idées.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s), %2</source>
        <translation>
            <numerusform>%1 — %n jour, %2</numerusform>
            <numerusform>%1 — %n jours, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Language of the workshop</source>
        <translation>La&amp;ngue de l’atelier</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Line {line}: “{name}” is already a participant; not added again.</source>
        <translation>Ligne {line}&#xa0;: «&#xa0;{name}&#xa0;» figure déjà parmi les participants&#xa0;; ligne non ajoutée.</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” ({organisation}) is already a participant; not added again.</source>
        <translation>Ligne {line}&#xa0;: «&#xa0;{name}&#xa0;» ({organisation}) figure déjà parmi les participants&#xa0;; ligne non ajoutée.</translation>
    </message>
    <message>
        <source>The workshop would have {count} participants, more than the {most} it can hold: add fewer people at once.</source>
        <translation>L’atelier aurait {count} participants, plus que les {most} qu’il peut compter&#xa0;: ajoutez moins de personnes à la fois.</translation>
    </message>
    <message>
        <source>Participants added: {added}; already there, not added again: {already}.</source>
        <translation>Participants ajoutés&#xa0;: {added}&#xa0;; déjà présents, non ajoutés à nouveau&#xa0;: {already}.</translation>
    </message>
    <message>
        <source>Participants added: {added}.</source>
        <translation>Participants ajoutés&#xa0;: {added}.</translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <source>Your name (optional: leave empty to vote anonymously)</source>
        <translation>Votre prénom (facultatif&#xa0;: laissez vide pour voter anonymement)</translation>
    </message>
    <message>
        <source>Confirm my dots, then pass the laptop</source>
        <translation>Valider mes gommettes, puis passer l’ordinateur</translation>
    </message>
    <message>
        <source>Participant %1: your turn</source>
        <translation>Participant %1&#xa0;: à vous</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) left to place</source>
        <translation>
            <numerusform>Encore %n gommette à placer</numerusform>
            <numerusform>Encore %n gommettes à placer</numerusform>
        </translation>
    </message>
    <message>
        <source>All your dots are placed.</source>
        <translation>Toutes vos gommettes sont placées.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) too many</source>
        <translation>
            <numerusform>%n gommette de trop</numerusform>
            <numerusform>%n gommettes de trop</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
</context>
<context>
    <name>PassStart</name>
    <message>
        <source>Pass the laptop round</source>
        <translation>Faire passer l’ordinateur</translation>
    </message>
    <message>
        <source>Each person in turn sees a clean ballot and nothing else: not the others&apos; dots, not the results, not the menus or the other pages. The laptop stays on the ballot until you end the pass.</source>
        <translation>Chaque personne voit à son tour un bulletin vierge, et rien d’autre&#xa0;: ni les gommettes des autres, ni les résultats, ni les menus ou les autres pages. L’ordinateur reste sur le bulletin jusqu’à ce que vous terminiez le passage.</translation>
    </message>
    <message>
        <source>&amp;Code to end the pass (optional):</source>
        <translation>&amp;Code pour terminer le passage (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 characters or more, e.g. 4 digits</source>
        <translation>%1 caractères ou plus, par exemple 4 chiffres</translation>
    </message>
    <message>
        <source>Lock the laptop on the ballot</source>
        <translation>Verrouiller l’ordinateur sur le bulletin</translation>
    </message>
    <message>
        <source>If the projector shows this same screen, the room will see every ballot: mute the projector&apos;s picture first (its Blank or AV mute button), or extend the display to it.</source>
        <translation>Si le vidéoprojecteur montre ce même écran, la salle verra chaque bulletin&#xa0;: coupez d’abord son image (touche Blank ou AV mute), ou étendez l’affichage au lieu de le dupliquer.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per person</source>
        <translation>
            <numerusform>%n gommette par personne</numerusform>
            <numerusform>%n gommettes par personne</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 on one idea</source>
        <translation>au plus %1 sur une même idée</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>a name may be given</source>
        <translation>prénom facultatif</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) recorded so far</source>
        <translation>
            <numerusform>%n bulletin enregistré jusqu’ici</numerusform>
            <numerusform>%n bulletins enregistrés jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <source>To end the pass: %1, then your code. Without a code these keys alone end it, for anyone who knows them.</source>
        <translation>Pour terminer le passage&#xa0;: %1, puis votre code. Sans code, ces touches suffisent, à quiconque les connaît.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Saisissez un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected person (Delete)</source>
        <translation>Retirer la personne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Importer des participants…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or text file, or from lines pasted from a spreadsheet: name; organisation; role</source>
        <translation>Ajouter des participants depuis un fichier CSV ou texte, ou depuis des lignes collées d’un tableur&#xa0;: nom&#xa0;; organisation&#xa0;; rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>The person&apos;s role in the room (agent, elected member, user…), which groups can balance</source>
        <translation>Le rôle de la personne dans la salle (agent, élu, usager…), que les groupes peuvent équilibrer</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the organisation of “%1”</source>
        <translation>Modifier l’organisation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the role of “%1”</source>
        <translation>Modifier le rôle de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reorder the names</source>
        <translation>Réordonner les noms</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Importer %n participant</numerusform>
            <numerusform>Importer %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoItem</name>
    <message>
        <source>Photo too large to show</source>
        <translation>Photo trop grande pour être affichée</translation>
    </message>
    <message>
        <source>Unreadable photo</source>
        <translation>Photo illisible</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is too large ({size} MB; at most {limit} MB).</source>
        <translation>«&#xa0;{path}&#xa0;» est trop volumineux ({size} Mo&#xa0;; {limit} Mo au maximum).</translation>
    </message>
    <message>
        <source>“{path}” is a drawing (SVG), which can refer to other files: it is refused. Export it as PNG or JPEG first.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dessin (SVG), qui peut faire appel à d’autres fichiers&#xa0;: il est refusé. Exportez-le d’abord en PNG ou en JPEG.</translation>
    </message>
    <message>
        <source>“{path}” is not an image that can be read ({reason}).</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas une image lisible ({reason}).</translation>
    </message>
    <message>
        <source>“{path}” is damaged: {reason}.</source>
        <translation>«&#xa0;{path}&#xa0;» est endommagé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is too large ({width} × {height} pixels; {limit}).</source>
        <translation>«&#xa0;{path}&#xa0;» est trop grand ({width} × {height} pixels&#xa0;; {limit}).</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Option {number}</source>
        <translation>Option {number}</translation>
    </message>
    <message>
        <source>ROTI (return on time invested)</source>
        <translation>ROTI (retour sur le temps investi)</translation>
    </message>
    <message>
        <source>Weather (check-in)</source>
        <translation>Météo (inclusion)</translation>
    </message>
    <message>
        <source>Scale from 1 to N</source>
        <translation>Échelle de 1 à N</translation>
    </message>
    <message>
        <source>Choice among options</source>
        <translation>Choix entre des options</translation>
    </message>
    <message>
        <source>A few words (word cloud)</source>
        <translation>Quelques mots (nuage de mots)</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Texte court</translation>
    </message>
    <message>
        <source>New poll</source>
        <translation>Nouveau sondage</translation>
    </message>
    <message>
        <source>The question, as the room reads it</source>
        <translation>La question, telle que la salle la lira</translation>
    </message>
    <message>
        <source>&amp;New poll:</source>
        <translation>&amp;Nouveau sondage&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Phones can answer (the poll open before closes)</source>
        <translation>Les téléphones peuvent répondre (le sondage ouvert avant se ferme)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Phones can no longer answer</source>
        <translation>Les téléphones ne peuvent plus répondre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeter</translation>
    </message>
    <message>
        <source>Show the poll on the projector (pressed again: its next page)</source>
        <translation>Afficher le sondage au vidéoprojecteur (appuyé de nouveau&#xa0;: sa page suivante)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Scale from 1 &amp;to</source>
        <translation>Échelle de 1 &amp;à</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Remove the option</source>
        <translation>Retirer l’option</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Paper count</source>
        <translation>Décompte papier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Typed from paper: Enter adds it</source>
        <translation>Saisi depuis le papier&#xa0;: Entrée l’ajoute</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation>Retirer la réponse</translation>
    </message>
    <message>
        <source>Draft: not open yet</source>
        <translation>Brouillon&#xa0;: pas encore ouvert</translation>
    </message>
    <message>
        <source>Open: phones are answering</source>
        <translation>Ouvert&#xa0;: les téléphones répondent</translation>
    </message>
    <message>
        <source>Closed: phones no longer answer</source>
        <translation>Fermé&#xa0;: les téléphones ne répondent plus</translation>
    </message>
    <message>
        <source>Results revealed</source>
        <translation>Résultats révélés</translation>
    </message>
    <message>
        <source>Choose an activity to give it a poll.</source>
        <translation>Choisissez une activité pour lui donner un sondage.</translation>
    </message>
    <message>
        <source>No poll for this activity yet: choose a kind, create it.</source>
        <translation>Pas encore de sondage pour cette activité&#xa0;: choisissez un type, créez-le.</translation>
    </message>
    <message>
        <source>Choose a poll in the list, or create one.</source>
        <translation>Choisissez un sondage dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <source>Poll %1</source>
        <translation>Sondage %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Révéler les résultats</translation>
    </message>
    <message>
        <source>The projector shows the question and the number of answers again</source>
        <translation>Le vidéoprojecteur montre de nouveau la question et le nombre de réponses</translation>
    </message>
    <message>
        <source>The projector shows the results; phones can no longer answer</source>
        <translation>Le vidéoprojecteur montre les résultats&#xa0;; les téléphones ne peuvent plus répondre</translation>
    </message>
    <message>
        <source>Phones: %1 · Paper: %2 · Total: %3</source>
        <translation>Téléphones&#xa0;: %1 · Papier&#xa0;: %2 · Total&#xa0;: %3</translation>
    </message>
    <message>
        <source>Mean: %1 out of %2</source>
        <translation>Moyenne&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Options change only while nobody has answered</source>
        <translation>Les options ne changent que tant que personne n’a répondu</translation>
    </message>
    <message>
        <source>“%1” is not a count.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Words from a paper (a comma between two): Enter adds them</source>
        <translation>Les mots d’un papier (une virgule entre deux)&#xa0;: Entrée les ajoute</translation>
    </message>
    <message>
        <source>A text from a paper: Enter adds it</source>
        <translation>Le texte d’un papier&#xa0;: Entrée l’ajoute</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Given most: %1</source>
        <translation>Les plus donnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No word yet.</source>
        <translation>Pas encore de mot.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>Word the poll&apos;s question</source>
        <translation>Formuler la question du sondage</translation>
    </message>
    <message>
        <source>Open a poll</source>
        <translation>Ouvrir un sondage</translation>
    </message>
    <message>
        <source>Close a poll</source>
        <translation>Fermer un sondage</translation>
    </message>
    <message>
        <source>Hide a poll&apos;s results</source>
        <translation>Masquer les résultats d’un sondage</translation>
    </message>
    <message>
        <source>Reveal a poll&apos;s results</source>
        <translation>Révéler les résultats d’un sondage</translation>
    </message>
    <message>
        <source>Delete a poll</source>
        <translation>Supprimer un sondage</translation>
    </message>
    <message>
        <source>The poll is deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Le sondage est supprimé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Change the scale</source>
        <translation>Changer l’échelle</translation>
    </message>
    <message>
        <source>Remove an option</source>
        <translation>Retirer une option</translation>
    </message>
    <message>
        <source>Word an option</source>
        <translation>Formuler une option</translation>
    </message>
    <message>
        <source>Type a paper count</source>
        <translation>Saisir un décompte papier</translation>
    </message>
    <message>
        <source>Type an answer from paper</source>
        <translation>Saisir une réponse sur papier</translation>
    </message>
    <message>
        <source>Correct an answer from paper</source>
        <translation>Corriger une réponse sur papier</translation>
    </message>
    <message>
        <source>Remove an answer</source>
        <translation>Retirer une réponse</translation>
    </message>
</context>
<context>
    <name>Polls</name>
    <message>
        <source>A scale goes from 1 to {low}–{high}, not {count}.</source>
        <translation>Une échelle va de 1 à {low}–{high}, pas à {count}.</translation>
    </message>
    <message>
        <source>A choice has {low} to {high} options, not {count}.</source>
        <translation>Un choix a de {low} à {high}&#xa0;options, pas {count}.</translation>
    </message>
    <message>
        <source>Only a scale or a choice has options.</source>
        <translation>Seuls une échelle ou un choix ont des options.</translation>
    </message>
    <message>
        <source>Unknown kind of poll: “{kind}”.</source>
        <translation>Type de sondage inconnu&#xa0;: «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <source>Option {number} of the choice is empty.</source>
        <translation>L’option {number} du choix est vide.</translation>
    </message>
    <message>
        <source>A workshop holds at most {limit} polls.</source>
        <translation>Un atelier compte au plus {limit}&#xa0;sondages.</translation>
    </message>
    <message>
        <source>More labels than values on the scale.</source>
        <translation>Plus de libellés que de valeurs sur l’échelle.</translation>
    </message>
    <message>
        <source>“{question}” has answers: its options can no longer change.</source>
        <translation>«&#xa0;{question}&#xa0;» a des réponses&#xa0;: ses options ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Unknown status of a poll: “{status}”.</source>
        <translation>État de sondage inconnu&#xa0;: «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>An answer has at most {limit} characters.</source>
        <translation>Une réponse compte au plus {limit}&#xa0;caractères.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>At most {limit} words in one answer ({count} given).</source>
        <translation>Au plus {limit}&#xa0;mots par réponse ({count} donnés).</translation>
    </message>
    <message>
        <source>“{word}…” is too long for one word (at most {limit} characters).</source>
        <translation>«&#xa0;{word}…&#xa0;» est trop long pour un mot (au plus {limit}&#xa0;caractères).</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choisissez l’une des options.</translation>
    </message>
    <message>
        <source>This option is not one of the poll’s.</source>
        <translation>Cette option n’est pas l’une de celles du sondage.</translation>
    </message>
    <message>
        <source>This poll asks for words, not an option.</source>
        <translation>Ce sondage demande des mots, pas une option.</translation>
    </message>
    <message>
        <source>This poll holds at most {limit} answers.</source>
        <translation>Ce sondage compte au plus {limit}&#xa0;réponses.</translation>
    </message>
    <message>
        <source>This poll is not open.</source>
        <translation>Ce sondage n’est pas ouvert.</translation>
    </message>
    <message>
        <source>An answer from a phone needs the phone’s label.</source>
        <translation>Une réponse d’un téléphone a besoin du nom de ce téléphone.</translation>
    </message>
    <message>
        <source>Type the paper counts of each option for this poll.</source>
        <translation>Pour ce sondage, saisissez le décompte papier de chaque option.</translation>
    </message>
    <message>
        <source>Only answers typed from paper can be corrected here.</source>
        <translation>Seules les réponses saisies depuis le papier peuvent être corrigées ici.</translation>
    </message>
    <message>
        <source>A paper count goes from 0 to {limit}, not {count}.</source>
        <translation>Un décompte papier va de 0 à {limit}, pas {count}.</translation>
    </message>
</context>
<context>
    <name>PollsPage</name>
    <message>
        <source>Every poll of the workshop. A poll of an activity opens on the Run page when the activity is on; a poll made here belongs to no activity.</source>
        <translation>Tous les sondages de l’atelier. Le sondage d’une activité s’affiche dans Animer quand l’activité est en cours&#xa0;; un sondage créé ici n’appartient à aucune activité.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>scale 1–%1</source>
        <translation>échelle 1–%1</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>révélé</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(pas encore de question)</translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(aucune activité)</translation>
    </message>
</context>
<context>
    <name>ProjectedBoard</name>
    <message>
        <source>No board to show.</source>
        <translation>Aucun tableau à montrer.</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Groupe sans nom</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Hors des groupes</translation>
    </message>
    <message>
        <source>No idea yet.</source>
        <translation>Pas encore d’idée.</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more idea(s)</source>
        <translation>
            <numerusform>+ %n autre idée</numerusform>
            <numerusform>+ %n autres idées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectedLink</name>
    <message>
        <source>Join from your phone: scan, or type the address</source>
        <translation>Participez depuis votre téléphone&#xa0;: scannez, ou tapez l’adresse</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>ProjectedPoll</name>
    <message>
        <source>Answer on your phone</source>
        <translation>Répondez sur votre téléphone</translation>
    </message>
    <message>
        <source>The poll opens in a moment</source>
        <translation>Le sondage va s’ouvrir</translation>
    </message>
    <message>
        <source>Answers are closed</source>
        <translation>Les réponses sont closes</translation>
    </message>
    <message>
        <source>Answers: {count}</source>
        <translation>Réponses&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Answers: {count} (of which {paper} on paper)</source>
        <translation>Réponses&#xa0;: {count} (dont {paper} sur papier)</translation>
    </message>
    <message>
        <source>Mean: {mean} out of {top}</source>
        <translation>Moyenne&#xa0;: {mean} sur {top}</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Words not shown here: {count}</source>
        <translation>Mots non affichés ici&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Page {page}/{pages}</source>
        <translation>Page {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>ProjectedResults</name>
    <message numerus="yes">
        <source>%n idea(s) tied at rank 1: too many to list here</source>
        <translation>
            <numerusform>%n idée à égalité au rang 1&#xa0;: trop pour les lister ici</numerusform>
            <numerusform>%n idées à égalité au rang 1&#xa0;: trop pour les lister ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more, tied at rank %1</source>
        <translation>
            <numerusform>et %n autre, à égalité au rang %1</numerusform>
            <numerusform>et %n autres, à égalité au rang %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more, %1 of them tied at rank %2</source>
        <translation>
            <numerusform>et %n autre, dont %1 à égalité au rang %2</numerusform>
            <numerusform>et %n autres, dont %1 à égalité au rang %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Timebox</source>
        <translation>Temps imparti</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>À suivre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Break — back in %1</source>
        <translation>Pause — reprise dans %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>The figures of the lab’s workshops held in the period: workshops, days, participants, organisations, ideas, prototypes, next steps.</source>
        <translation>Les chiffres des ateliers du lab tenus pendant la période&#xa0;: ateliers, journées, participants, organisations, idées, prototypes, prochaines étapes.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <source>CSV table (for a spreadsheet)</source>
        <translation>Tableau CSV (pour un tableur)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texte Markdown</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Show the results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <source>Reveal the results on the projector</source>
        <translation>Dévoiler les résultats au vidéoprojecteur</translation>
    </message>
    <message>
        <source>Tick the top ideas</source>
        <translation>Cocher les premières idées</translation>
    </message>
    <message>
        <source>top </source>
        <translation>les </translation>
    </message>
    <message>
        <source>The results stay hidden while the laptop goes round, so that nobody follows the others&apos; dots.</source>
        <translation>Les résultats restent cachés pendant que l’ordinateur circule&#xa0;: personne ne suit les gommettes des autres.</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Score /100</source>
        <translation>Score /100</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(supprimée depuis)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>across</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>Make %n prototype card(s)</source>
        <translation>
            <numerusform>Créer %n fiche prototype</numerusform>
            <numerusform>Créer %n fiches prototypes</numerusform>
        </translation>
    </message>
    <message>
        <source>Make prototype cards</source>
        <translation>Créer des fiches prototypes</translation>
    </message>
    <message>
        <source>Tick ideas to make prototype cards</source>
        <translation>Cochez des idées pour créer des fiches prototypes</translation>
    </message>
    <message>
        <source>Prototype cards from the vote</source>
        <translation>Fiches prototypes issues du vote</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Room link</source>
        <translation>Lien salle</translation>
    </message>
    <message>
        <source>Participants send ideas and dots from their phones over this room&apos;s network: no internet, no account. Choose the network the phones are on (the venue&apos;s Wi-Fi, or this laptop&apos;s own hotspot), then start.</source>
        <translation>Les participants envoient idées et gommettes depuis leur téléphone par le réseau de la salle&#xa0;: sans internet, sans compte. Choisissez le réseau des téléphones (le Wi-Fi du lieu, ou le point d’accès de cet ordinateur), puis démarrez.</translation>
    </message>
    <message>
        <source>Idea from a phone</source>
        <translation>Idée reçue d’un téléphone</translation>
    </message>
    <message>
        <source>Ideas from phones</source>
        <translation>Idées reçues des téléphones</translation>
    </message>
    <message>
        <source>Dots from a phone</source>
        <translation>Gommettes reçues d’un téléphone</translation>
    </message>
    <message>
        <source>Dots from phones</source>
        <translation>Gommettes reçues des téléphones</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>Afficher au vidéoprojecteur</translation>
    </message>
    <message>
        <source>Ideas go to</source>
        <translation>Les idées vont sur</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Vote à gommettes</translation>
    </message>
    <message>
        <source>Receive ideas</source>
        <translation>Recevoir les idées</translation>
    </message>
    <message>
        <source>Review each idea before it appears on the board</source>
        <translation>Relire chaque idée avant qu’elle n’apparaisse au tableau</translation>
    </message>
    <message>
        <source>Show on the board</source>
        <translation>Afficher au tableau</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Retirer de la salle</translation>
    </message>
    <message>
        <source>Receive photos from phones</source>
        <translation>Recevoir les photos des téléphones</translation>
    </message>
    <message>
        <source>Card open for photos</source>
        <translation>Fiche ouverte aux photos</translation>
    </message>
    <message>
        <source>Photos from your own phone</source>
        <translation>Photos depuis votre propre téléphone</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>The selected photos join their board or card (Undo takes them back).</source>
        <translation>Les photos choisies rejoignent leur tableau ou leur fiche (Annuler les reprend).</translation>
    </message>
    <message>
        <source>The selected photos are deleted from the workshop (Undo brings them back).</source>
        <translation>Les photos choisies sont supprimées de l’atelier (Annuler les fait revenir).</translation>
    </message>
    <message>
        <source>%1 — this laptop only (to try it)</source>
        <translation>%1 — cet ordinateur seulement (pour essayer)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no board)</source>
        <translation>(aucun tableau)</translation>
    </message>
    <message>
        <source>(no open dot vote)</source>
        <translation>(aucun vote à gommettes ouvert)</translation>
    </message>
    <message>
        <source>(no card: photos go with the board)</source>
        <translation>(aucune fiche&#xa0;: les photos vont avec le tableau)</translation>
    </message>
    <message>
        <source>No network is up: connect to the venue&apos;s Wi-Fi or start a hotspot.</source>
        <translation>Aucun réseau actif&#xa0;: connectez-vous au Wi-Fi du lieu ou activez un point d’accès.</translation>
    </message>
    <message>
        <source>The room link could not start: %1.</source>
        <translation>Le lien salle n’a pas pu démarrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Accept photos from phones</source>
        <translation>Accepter des photos des téléphones</translation>
    </message>
    <message>
        <source>Hide photos from phones</source>
        <translation>Masquer des photos des téléphones</translation>
    </message>
    <message>
        <source>The selected phones can send nothing more, and their ideas and photos waiting for review are dropped; their address cannot join again for 10 minutes.</source>
        <translation>Les téléphones sélectionnés ne peuvent plus rien envoyer, et leurs idées et photos en attente de relecture sont écartées&#xa0;; leur adresse ne peut pas revenir avant 10 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting for review</source>
        <translation>
            <numerusform>%n photo en attente de relecture</numerusform>
            <numerusform>%n photos en attente de relecture</numerusform>
        </translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(sans légende)</translation>
    </message>
    <message>
        <source>Stop the room link</source>
        <translation>Arrêter le lien salle</translation>
    </message>
    <message>
        <source>Start the room link</source>
        <translation>Démarrer le lien salle</translation>
    </message>
    <message>
        <source>Open at %1 — join code %2</source>
        <translation>Ouvert à l’adresse %1 — code %2</translation>
    </message>
    <message>
        <source>Scan it with your own phone to send photos: they arrive as “%2” and wait below for you to accept them. Never shown on the projector.
%1</source>
        <translation>Scannez-le avec votre propre téléphone pour envoyer des photos&#xa0;: elles arrivent sous le nom «&#xa0;%2&#xa0;» et attendent ci-dessous que vous les acceptiez. Jamais montré au vidéoprojecteur.
%1</translation>
    </message>
    <message>
        <source>The room link is off.</source>
        <translation>Le lien salle est arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos received: %1 · hidden: %2</source>
        <translation>Photos reçues&#xa0;: %1 · masquées&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) sent</source>
        <translation>
            <numerusform>%n idée envoyée</numerusform>
            <numerusform>%n idées envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>What phones sent (ideas, dots, photos) is kept in memory but not saved: %1 The phones were told so. It is saved as soon as the workshop can be written again.</source>
        <translation>Ce que les téléphones ont envoyé (idées, gommettes, photos) est gardé en mémoire mais pas enregistré&#xa0;: %1 Les téléphones en ont été avertis. Ce sera enregistré dès que l’atelier pourra de nouveau être écrit.</translation>
    </message>
    <message>
        <source>Ideas waiting for review could not be saved on this laptop: %1.</source>
        <translation>Des idées en attente de relecture n’ont pas pu être enregistrées sur cet ordinateur&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) waiting for review</source>
        <translation>
            <numerusform>%n idée à relire</numerusform>
            <numerusform>%n idées à relire</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas received: %1 · hidden: %2 · requests refused: %3</source>
        <translation>Idées reçues&#xa0;: %1 · masquées&#xa0;: %2 · requêtes refusées&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RosterFiles</name>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>«&#xa0;{path}&#xa0;» ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not a text or CSV file.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un fichier texte ou CSV.</translation>
    </message>
    <message>
        <source>The pasted text has {length} characters, more than the {limit} read at once.</source>
        <translation>Le texte collé compte {length} caractères, plus que les {limit} lus en une fois.</translation>
    </message>
    <message>
        <source>{count} people are listed, more than the {limit} added at once: split the list.</source>
        <translation>La liste compte {count} personnes, plus que les {limit} ajoutées en une fois&#xa0;: découpez-la.</translation>
    </message>
    <message>
        <source>The list has more than {rows} lines with text, and at most {limit} people are added at once: split the list.</source>
        <translation>La liste a plus de {rows} lignes remplies, et {limit} personnes au plus sont ajoutées en une fois&#xa0;: découpez-la.</translation>
    </message>
    <message>
        <source>People read from “{name}”: {count}.</source>
        <translation>Personnes lues dans «&#xa0;{name}&#xa0;»&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>People read from the pasted text: {count}.</source>
        <translation>Personnes lues dans le texte collé&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>Columns taken from the first line: {columns}.</source>
        <translation>Colonnes prises dans la première ligne&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>No header: each line is read as name, organisation, role.</source>
        <translation>Pas d’en-tête&#xa0;: chaque ligne est lue comme nom, organisation, rôle.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Colonnes non importées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>The first line names no column of names (“Nom”, “Name”, “Prénom”…): nobody can be added.</source>
        <translation>La première ligne ne nomme aucune colonne de noms («&#xa0;Nom&#xa0;», «&#xa0;Name&#xa0;», «&#xa0;Prénom&#xa0;»…)&#xa0;: personne ne peut être ajouté.</translation>
    </message>
    <message>
        <source>Line {line}: no name, not added.</source>
        <translation>Ligne {line}&#xa0;: pas de nom, non ajoutée.</translation>
    </message>
    <message>
        <source>Line {line}: {field} has {length} characters, more than {limit}: not added.</source>
        <translation>Ligne {line}&#xa0;: {field} compte {length} caractères, plus que {limit}&#xa0;: non ajoutée.</translation>
    </message>
    <message>
        <source>Line {line}: {length} characters, more than the {limit} of a line: not read.</source>
        <translation>Ligne {line}&#xa0;: {length} caractères, plus que les {limit} d’une ligne&#xa0;: non lue.</translation>
    </message>
    <message>
        <source>Line {line}: a quotation mark is never closed; the line is read on its own.</source>
        <translation>Ligne {line}&#xa0;: des guillemets ne sont jamais fermés&#xa0;; la ligne est lue seule.</translation>
    </message>
    <message>
        <source>Lines with more than three cells, the cells after the third not imported: {count}.</source>
        <translation>Lignes de plus de trois cellules, dont les cellules après la troisième ne sont pas importées&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” is also on line {first}; both are added (two people may share a name).</source>
        <translation>Ligne {line}&#xa0;: «&#xa0;{name}&#xa0;» figure aussi ligne {first}&#xa0;; les deux sont ajoutés (deux personnes peuvent porter le même nom).</translation>
    </message>
    <message>
        <source>And {count} more lines to check.</source>
        <translation>Et {count} autres lignes à vérifier.</translation>
    </message>
    <message>
        <source>Read as an address book (vCard): each card’s name, organisation and title.</source>
        <translation>Lu comme un carnet d’adresses (vCard)&#xa0;: le nom, l’organisation et la fonction de chaque fiche.</translation>
    </message>
    <message>
        <source>Read as e-mail addresses: the name before each address.</source>
        <translation>Lu comme des adresses électroniques&#xa0;: le nom placé devant chaque adresse.</translation>
    </message>
    <message>
        <source>Line {line}: “{address}” has no name: added as “{name}”, check it.</source>
        <translation>Ligne {line}&#xa0;: «&#xa0;{address}&#xa0;» n’a pas de nom&#xa0;: ajouté sous le nom «&#xa0;{name}&#xa0;», à vérifier.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l’organisation</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>{kind} (“{header}”)</source>
        <translation>{kind} («&#xa0;{header}&#xa0;»)</translation>
    </message>
    <message>
        <source>“{column}”</source>
        <translation>«&#xa0;{column}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Or paste the list here, one person a line: name; organisation; role (cells copied from a spreadsheet, a CSV file, names alone). A first line such as “Nom;Prénom;Structure;Fonction” says which column is what.</source>
        <translation>Ou collez la liste ici, une personne par ligne&#xa0;: nom&#xa0;; organisation&#xa0;; rôle (des cellules copiées d’un tableur, un fichier CSV, des noms seuls). Une première ligne comme «&#xa0;Nom&#xa0;; Prénom&#xa0;; Structure&#xa0;; Fonction&#xa0;» dit quelle colonne contient quoi.</translation>
    </message>
    <message>
        <source>Marie Dupont; Mairie de Lyon; elected member</source>
        <translation>Marie Dupont&#xa0;; Mairie de Lyon&#xa0;; élue</translation>
    </message>
    <message>
        <source>&amp;Columns separated by:</source>
        <translation>&amp;Colonnes séparées par&#xa0;:</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Semicolons (;)</source>
        <translation>Points-virgules (;)</translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation>Virgules (,)</translation>
    </message>
    <message>
        <source>Tabs (cells of a spreadsheet)</source>
        <translation>Tabulations (cellules d’un tableur)</translation>
    </message>
    <message>
        <source>Nothing: one name a line</source>
        <translation>Rien&#xa0;: un nom par ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Lines left out or to check:</source>
        <translation>Lignes écartées ou à vérifier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Ajouter %n participant</numerusform>
            <numerusform>Ajouter %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Rien à importer pour l’instant.</translation>
    </message>
    <message>
        <source>The first %1 are shown; all %2 will be added.</source>
        <translation>Les %1 premières personnes sont affichées&#xa0;; les %2 seront ajoutées.</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>A round must last at least {minimum} seconds (here: {seconds} s).</source>
        <translation>Un tour doit durer au moins {minimum}&#xa0;secondes (ici&#xa0;: {seconds}&#xa0;s).</translation>
    </message>
    <message>
        <source>A round can last at most {maximum} (here: {seconds} s).</source>
        <translation>Un tour dure au plus {maximum} (ici&#xa0;: {seconds}&#xa0;s).</translation>
    </message>
    <message>
        <source>A round is run at least once.</source>
        <translation>Un tour a lieu au moins une fois.</translation>
    </message>
    <message>
        <source>A round can be repeated at most {maximum} times (here: {repeat}).</source>
        <translation>Un tour se répète au plus {maximum}&#xa0;fois (ici&#xa0;: {repeat}).</translation>
    </message>
    <message>
        <source>An activity has at most {maximum} rounds in all, repeats counted; these would make {count}.</source>
        <translation>Une activité compte au plus {maximum}&#xa0;tours en tout, répétitions comprises&#xa0;; ceux-ci en feraient {count}.</translation>
    </message>
    <message>
        <source>This activity has {count} rounds in all: only the first {maximum} are run.</source>
        <translation>Cette activité compte {count}&#xa0;tours en tout&#xa0;: seuls les {maximum} premiers sont menés.</translation>
    </message>
    <message>
        <source>“{title}” lasts {seconds} s: it is run for {minimum} s, the shortest round.</source>
        <translation>«&#xa0;{title}&#xa0;» dure {seconds}&#xa0;s&#xa0;: il est mené en {minimum}&#xa0;s, la durée minimale d’un tour.</translation>
    </message>
    <message>
        <source>The rounds last {rounds}, longer than the activity ({item}): on the day the activity lasts as long as its rounds, and the forecast counts it.</source>
        <translation>Les tours durent {rounds}, plus que l’activité ({item})&#xa0;: le jour venu, l’activité dure autant que ses tours, et les prévisions en tiennent compte.</translation>
    </message>
    <message>
        <source>Round {number}/{count}</source>
        <translation>Tour {number}/{count}</translation>
    </message>
    <message>
        <source>This grouping has no team.</source>
        <translation>Cette répartition n’a aucun groupe.</translation>
    </message>
    <message>
        <source>Each slot lasts from {minimum} seconds to {maximum} hours.</source>
        <translation>Chaque créneau dure de {minimum}&#xa0;secondes à {maximum}&#xa0;heures.</translation>
    </message>
    <message>
        <source>{teams} teams make {count} slots: an activity has at most {maximum} rounds.</source>
        <translation>{teams} groupes font {count} créneaux&#xa0;: une activité a au plus {maximum} tours.</translation>
    </message>
</context>
<context>
    <name>RoundsEditor</name>
    <message>
        <source>Edit a round</source>
        <translation>Modifier un tour</translation>
    </message>
    <message>
        <source>D&amp;uration (min:s)</source>
        <translation>Du&amp;rée (minutes et secondes)</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>Ré&amp;péter</translation>
    </message>
    <message>
        <source>&amp;Round title</source>
        <translation>&amp;Intitulé du tour</translation>
    </message>
    <message>
        <source>In&amp;struction for the room</source>
        <translation>Consigne pour la &amp;salle</translation>
    </message>
    <message>
        <source>Notes for &amp;you</source>
        <translation>Notes pour vo&amp;us</translation>
    </message>
    <message>
        <source>+ Round</source>
        <translation>+ Tour</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Slots per group…</source>
        <translation>Créneaux par groupe…</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>Ajouter un tour</translation>
    </message>
    <message>
        <source>Remove the round (Delete)</source>
        <translation>Retirer le tour (Suppr)</translation>
    </message>
    <message>
        <source>Move the round up (Alt+Up)</source>
        <translation>Monter le tour (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the round down (Alt+Down)</source>
        <translation>Descendre le tour (Alt+Bas)</translation>
    </message>
    <message>
        <source>One slot per team of a grouping: a pitch, questions</source>
        <translation>Un créneau par groupe d’une répartition&#xa0;: un pitch, des questions</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Fit the duration</source>
        <translation>Ajuster la durée</translation>
    </message>
    <message>
        <source>Shown to the room during the round</source>
        <translation>Affichée à la salle pendant le tour</translation>
    </message>
    <message>
        <source>For you only</source>
        <translation>Pour vous uniquement</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Select an activity to edit its rounds.</source>
        <translation>Sélectionnez une activité pour modifier ses tours.</translation>
    </message>
    <message>
        <source>No rounds: the activity is one countdown of %1.</source>
        <translation>Aucun tour&#xa0;: l’activité est un seul compte à rebours de %1.</translation>
    </message>
    <message>
        <source>Rounds: %1, %2 in all; the activity lasts %3.</source>
        <translation>Nombre de tours&#xa0;: %1, soit %2 en tout&#xa0;; l’activité dure %3.</translation>
    </message>
    <message>
        <source>Edit the rounds</source>
        <translation>Modifier les tours</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Start / pause</source>
        <translation>Démarrer / pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>◀ Previous round</source>
        <translation>◀ Tour précédent</translation>
    </message>
    <message>
        <source>Shift+S</source>
        <translation>Maj+S</translation>
    </message>
    <message>
        <source>Next round ▶</source>
        <translation>Tour suivant ▶</translation>
    </message>
    <message>
        <source>+%1 s to the round</source>
        <translation>+%1&#xa0;s au tour</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Vidéoprojecteur</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Break screen</source>
        <translation>Écran de pause</translation>
    </message>
    <message>
        <source>Open the idea board</source>
        <translation>Ouvrir le tableau d’idées</translation>
    </message>
    <message>
        <source>Instructions for participants (on the projector)</source>
        <translation>Consignes aux participants (au vidéoprojecteur)</translation>
    </message>
    <message>
        <source>Your notes and materials</source>
        <translation>Vos notes et le matériel</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>As run</source>
        <translation>Réel / prévision</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Start the next activity&apos;s countdown at once</source>
        <translation>Lancer aussitôt le minuteur de l’activité suivante</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>La journée</translation>
    </message>
    <message>
        <source>Free timer</source>
        <translation>Minuteur libre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Temps imparti</translation>
    </message>
    <message>
        <source>Choose an activity in the day&apos;s agenda (double-click), or press N.</source>
        <translation>Choisissez une activité dans le programme du jour (double-clic), ou appuyez sur N.</translation>
    </message>
    <message>
        <source>Day %1 · %2 · planned %3</source>
        <translation>Jour %1 · %2 · prévu %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Matériel&#xa0;:</translation>
    </message>
    <message>
        <source>Poll (%1)</source>
        <translation>Sondage (%1)</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>Round %1/%2</source>
        <translation>Tour %1/%2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>After the rounds — %1</source>
        <translation>Après les tours — %1</translation>
    </message>
    <message>
        <source>After the rounds</source>
        <translation>Après les tours</translation>
    </message>
    <message>
        <source>%1 · %2 left in the whole activity</source>
        <translation>%1 · reste %2 sur l’activité</translation>
    </message>
    <message>
        <source>%1 · the activity&apos;s time is up</source>
        <translation>%1 · le temps de l’activité est écoulé</translation>
    </message>
    <message>
        <source>Ready: Space starts the countdown</source>
        <translation>Prêt&#xa0;: Espace lance le minuteur</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Running — the end is near</source>
        <translation>En cours — la fin approche</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Time is up: counting the overrun</source>
        <translation>Temps écoulé&#xa0;: décompte du dépassement</translation>
    </message>
    <message>
        <source>Paused: Space resumes</source>
        <translation>En pause&#xa0;: Espace pour reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>Not today: this day is planned for %1. Times follow the plan.</source>
        <translation>Ce n’est pas aujourd’hui&#xa0;: cette journée est prévue le %1. Les horaires suivent le programme.</translation>
    </message>
    <message>
        <source>Behind by %1</source>
        <translation>En retard de %1</translation>
    </message>
    <message>
        <source>Ahead by %1</source>
        <translation>En avance de %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l’heure</translation>
    </message>
    <message>
        <source>Next: %1 (%2, about %3)</source>
        <translation>À suivre&#xa0;: %1 (%2, vers %3)</translation>
    </message>
    <message>
        <source>Next: end of the day (forecast %1)</source>
        <translation>À suivre&#xa0;: fin de la journée (prévue vers %1)</translation>
    </message>
</context>
<context>
    <name>SafeRead</name>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB</source>
        <translation>il fait plus de {limit}&#xa0;Mo</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Toutes les modifications sont enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n change(s) not saved</source>
        <translation>
            <numerusform>⚠ %n modification non enregistrée</numerusform>
            <numerusform>⚠ %n modifications non enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Shared folders of session templates (a lab&apos;s network folder, for example); their templates appear beside the bundled ones and your own.</source>
        <translation>Dossiers partagés de modèles de séance (le dossier réseau d’un laboratoire, par exemple)&#xa0;: leurs modèles s’ajoutent à ceux fournis et aux vôtres.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>&amp;Warning colour with</source>
        <translation>Couleur d’&amp;alerte à</translation>
    </message>
    <message>
        <source>&amp;Last stretch in red</source>
        <translation>&amp;Dernier moment en rouge</translation>
    </message>
    <message>
        <source>End &amp;sound volume</source>
        <translation>Volume du &amp;signal de fin</translation>
    </message>
    <message>
        <source> % of the time left</source>
        <translation>&#xa0;% du temps restant</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>&amp;Mute the end sound</source>
        <translation>&amp;Couper le signal de fin</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>A card from the board</source>
        <translation>Une fiche à partir du tableau</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Regroupement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>“{path}” does not exist.</source>
        <translation>«&#xa0;{path}&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a workshop file.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier, pas un fichier d’atelier.</translation>
    </message>
    <message>
        <source>“{path}” is not a file (a device, a pipe or a socket): it is not a workshop.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un fichier (un périphérique, un tube ou une socket)&#xa0;: ce n’est pas un atelier.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is empty: it is not a workshop file.</source>
        <translation>«&#xa0;{path}&#xa0;» est vide&#xa0;: ce n’est pas un fichier d’atelier.</translation>
    </message>
    <message>
        <source>“{path}” is not a Facilitator workshop file (.atelier).</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un fichier d’atelier Facilitator (.atelier).</translation>
    </message>
    <message>
        <source>“{path}” is a database, but not a Facilitator workshop.</source>
        <translation>«&#xa0;{path}&#xa0;» est une base de données, mais pas un atelier Facilitator.</translation>
    </message>
    <message>
        <source>“{path}” is truncated: part of the file is missing (incomplete copy?).</source>
        <translation>«&#xa0;{path}&#xa0;» est tronqué&#xa0;: une partie du fichier manque (copie incomplète&#xa0;?).</translation>
    </message>
    <message>
        <source>“{path}” is damaged: {detail}.</source>
        <translation>«&#xa0;{path}&#xa0;» est endommagé&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>“{path}” was made by a newer version of Facilitator (file format {version}); update Facilitator to open it.</source>
        <translation>«&#xa0;{path}&#xa0;» a été créé par une version plus récente de Facilitator (format {version})&#xa0;; mettez Facilitator à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“{path}” was not closed properly and is on a read-only medium: copy it to a writable folder to recover it.</source>
        <translation>«&#xa0;{path}&#xa0;» n’a pas été fermé correctement et se trouve sur un support en lecture seule&#xa0;: copiez-le dans un dossier modifiable pour le récupérer.</translation>
    </message>
    <message>
        <source>The disk holding “{path}” is full: the last change is not saved.</source>
        <translation>Le disque qui contient «&#xa0;{path}&#xa0;» est plein&#xa0;: la dernière modification n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>“{path}” cannot be written (read-only file or medium): the last change is not saved.</source>
        <translation>Impossible d’écrire dans «&#xa0;{path}&#xa0;» (fichier ou support en lecture seule)&#xa0;: la dernière modification n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>“{path}” was deleted or moved while open: the last change is not saved.</source>
        <translation>«&#xa0;{path}&#xa0;» a été supprimé ou déplacé pendant son ouverture&#xa0;: la dernière modification n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>“{path}” was changed by another program while open: the last change is not saved.</source>
        <translation>«&#xa0;{path}&#xa0;» a été modifié par un autre programme pendant qu’il était ouvert&#xa0;: la dernière modification n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>Writing to “{path}” failed ({reason}): the last change is not saved.</source>
        <translation>L’écriture dans «&#xa0;{path}&#xa0;» a échoué ({reason})&#xa0;: la dernière modification n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>“{path}” already exists: choose another name.</source>
        <translation>«&#xa0;{path}&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“{path}” cannot be created: {reason}.</source>
        <translation>Impossible de créer «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>SynthesisDialog</name>
    <message>
        <source>Export the synthesis as a Word document</source>
        <translation>Exporter la synthèse en document Word</translation>
    </message>
    <message>
        <source>Export the synthesis as an accessible PDF</source>
        <translation>Exporter la synthèse en PDF accessible</translation>
    </message>
    <message>
        <source>Export the synthesis</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <source>Cover: the challenge, dates, place, who came</source>
        <translation>Couverture&#xa0;: le défi, les dates, le lieu, qui est venu</translation>
    </message>
    <message>
        <source>Key figures and the ideas chosen</source>
        <translation>Chiffres clés et idées retenues</translation>
    </message>
    <message>
        <source>The agenda, planned and as run</source>
        <translation>Le programme, prévu et réalisé</translation>
    </message>
    <message>
        <source>The ideas by cluster, with the photos of the walls</source>
        <translation>Les idées par regroupement, avec les photos des murs</translation>
    </message>
    <message>
        <source>The votes: rankings, charts, the matrix</source>
        <translation>Les votes&#xa0;: classements, graphiques, matrice</translation>
    </message>
    <message>
        <source>The polls: ROTI, météo, word clouds, free texts</source>
        <translation>Les sondages&#xa0;: ROTI, météo, nuages de mots, textes libres</translation>
    </message>
    <message>
        <source>The prototype cards</source>
        <translation>Les fiches prototypes</translation>
    </message>
    <message>
        <source>Every next step, in one table</source>
        <translation>Toutes les prochaines étapes, en un tableau</translation>
    </message>
    <message>
        <source>Annex: every idea</source>
        <translation>Annexe&#xa0;: toutes les idées</translation>
    </message>
    <message>
        <source>Sections (those with nothing to say are left out)</source>
        <translation>Sections (celles qui n’ont rien à dire sont omises)</translation>
    </message>
    <message>
        <source>Open the document when it is ready</source>
        <translation>Ouvrir le document une fois prêt</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Ouvrir le PDF une fois prêt</translation>
    </message>
    <message>
        <source>A tagged PDF for screen readers and for publication (RGAA), made by LibreOffice from the Word document: it can take up to two minutes.</source>
        <translation>Un PDF balisé pour les lecteurs d’écran et la publication (RGAA), fait par LibreOffice à partir du document Word&#xa0;: cela peut prendre jusqu’à deux minutes.</translation>
    </message>
</context>
<context>
    <name>SynthesisExport</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Laying out the synthesis…</source>
        <translation>Mise en page de la synthèse…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SystemError</name>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>le fichier ou son dossier n’existe pas</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the system does not allow it</source>
        <translation>le système ne l’autorise pas</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>votre quota d’espace disque est épuisé</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the file or its disk is read-only</source>
        <translation>le fichier ou son disque est en lecture seule</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>ce n’est pas un fichier ordinaire (c’est un périphérique, un tube ou une socket)</translation>
    </message>
    <message>
        <source>something of that name already exists</source>
        <translation>un élément de ce nom existe déjà</translation>
    </message>
    <message>
        <source>the name or the path is too long</source>
        <translation>le nom ou le chemin est trop long</translation>
    </message>
    <message>
        <source>the name holds characters this disk does not accept</source>
        <translation>le nom contient des caractères que ce disque n’accepte pas</translation>
    </message>
    <message>
        <source>Facilitator has too many files open</source>
        <translation>Facilitator a trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>the system has too many files open</source>
        <translation>le système a trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>le disque n’a pas pu être lu ou écrit (erreur d’entrée-sortie)</translation>
    </message>
    <message>
        <source>the file or the device is busy</source>
        <translation>le fichier ou le périphérique est occupé</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>un autre programme l’utilise</translation>
    </message>
    <message>
        <source>its symbolic links loop</source>
        <translation>ses liens symboliques forment une boucle</translation>
    </message>
    <message>
        <source>it cannot be moved to another disk in one step</source>
        <translation>il ne peut pas être déplacé vers un autre disque en une seule étape</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>le dossier n’est pas vide</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>le fichier est trop gros pour ce disque</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>la mémoire ne suffit pas</translation>
    </message>
    <message>
        <source>the drive is not ready (a USB key or a card taken out?)</source>
        <translation>le lecteur n’est pas prêt (une clé USB ou une carte retirée&#xa0;?)</translation>
    </message>
    <message>
        <source>the network file is no longer available</source>
        <translation>le fichier réseau n’est plus disponible</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>another program already uses this port</source>
        <translation>un autre programme utilise déjà ce port</translation>
    </message>
    <message>
        <source>this address is not this computer’s (has the network changed?)</source>
        <translation>cette adresse n’est pas celle de cet ordinateur (le réseau a-t-il changé&#xa0;?)</translation>
    </message>
    <message>
        <source>the network cannot be reached</source>
        <translation>le réseau est injoignable</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>la connexion a expiré</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>la connexion a été coupée</translation>
    </message>
    <message>
        <source>SQLite found its content damaged</source>
        <translation>SQLite a trouvé son contenu endommagé</translation>
    </message>
    <message>
        <source>its content is not a database</source>
        <translation>son contenu n’est pas une base de données</translation>
    </message>
    <message>
        <source>the file or its journal cannot be opened (the folder’s permissions?)</source>
        <translation>le fichier ou son journal ne peut pas être ouvert (les droits du dossier&#xa0;?)</translation>
    </message>
    <message>
        <source>an unexpected error occurred ({code})</source>
        <translation>une erreur inattendue s’est produite ({code})</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>Cannot open the window: Qt needs the system package {packages}, which is not installed ({libraries} not found); install it with `sudo apt-get install {packages}`, or as root `apt-get install {packages}`.</source>
        <translation>Impossible d’ouvrir la fenêtre&#xa0;: Qt a besoin du paquet système {packages}, qui n’est pas installé ({libraries} introuvable)&#xa0;; installez-le avec `sudo apt-get install {packages}`, ou en tant que root `apt-get install {packages}`.</translation>
    </message>
    <message>
        <source>Cannot open the window: Qt needs {count} system packages that are not installed ({libraries} not found); install them with `sudo apt-get install {packages}`, or as root `apt-get install {packages}`.</source>
        <translation>Impossible d’ouvrir la fenêtre&#xa0;: Qt a besoin de {count} paquets système qui ne sont pas installés ({libraries} introuvables)&#xa0;; installez-les avec `sudo apt-get install {packages}`, ou en tant que root `apt-get install {packages}`.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <source>Cannot open the window: Qt needs system libraries that are not installed ({libraries}); install them with your system’s package manager (on Debian and Ubuntu, the packages {packages}).</source>
        <translation>Impossible d’ouvrir la fenêtre&#xa0;: Qt a besoin de bibliothèques système qui ne sont pas installées ({libraries})&#xa0;; installez-les avec le gestionnaire de paquets de votre système (sous Debian et Ubuntu, les paquets {packages}).</translation>
    </message>
    <message>
        <source>Cannot open the window: there is no screen here (neither DISPLAY nor WAYLAND_DISPLAY is set); start Facilitator from a desktop session, or check the installation without a screen with `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.</source>
        <translation>Impossible d’ouvrir la fenêtre&#xa0;: il n’y a pas d’écran ici (ni DISPLAY ni WAYLAND_DISPLAY n’est défini)&#xa0;; lancez Facilitator depuis une session de bureau, ou vérifiez l’installation sans écran avec `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.</translation>
    </message>
    <message>
        <source>Cannot open the window: no screen answers at {where} (the desktop session has ended, or this terminal is not part of it); start Facilitator from a desktop session, or check the installation without a screen with `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.</source>
        <translation>Impossible d’ouvrir la fenêtre&#xa0;: aucun écran ne répond à {where} (la session de bureau est terminée, ou ce terminal n’en fait pas partie)&#xa0;; lancez Facilitator depuis une session de bureau, ou vérifiez l’installation sans écran avec `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.</translation>
    </message>
</context>
<context>
    <name>TeamChoice</name>
    <message>
        <source>No group</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>No group yet: make them on the Groups page</source>
        <translation>Pas encore d’équipe&#xa0;: faites des groupes à la page Groupes</translation>
    </message>
</context>
<context>
    <name>TeamSlotsDialog</name>
    <message>
        <source>Slots per group</source>
        <translation>Créneaux par groupe</translation>
    </message>
    <message>
        <source>&amp;Grouping</source>
        <translation>&amp;Répartition</translation>
    </message>
    <message>
        <source>&amp;Pitch per team</source>
        <translation>&amp;Pitch par groupe</translation>
    </message>
    <message>
        <source>&amp;Questions per team</source>
        <translation>&amp;Questions par groupe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Order of the teams</source>
        <translation>Ordre de passage</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Mélanger</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the team up</source>
        <translation>Monter le groupe</translation>
    </message>
    <message>
        <source>Move the team down</source>
        <translation>Descendre le groupe</translation>
    </message>
    <message>
        <source>Replace the activity’s rounds</source>
        <translation>Remplacer les tours de l’activité</translation>
    </message>
    <message>
        <source>%1. %2 — members: %3</source>
        <translation>%1. %2 — membres&#xa0;: %3</translation>
    </message>
    <message>
        <source>This workshop has no grouping yet: make the groups first.</source>
        <translation>Cet atelier n’a pas encore de répartition&#xa0;: faites d’abord les groupes.</translation>
    </message>
    <message>
        <source>Slots: %1, %2 in all.</source>
        <translation>Créneaux&#xa0;: %1, %2 en tout.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Fields of the prototype cards</source>
        <translation>Champs des fiches prototypes</translation>
    </message>
    <message>
        <source>A field of your own: budget, risks, partners…</source>
        <translation>Un champ à vous&#xa0;: budget, risques, partenaires…</translation>
    </message>
    <message>
        <source>Every card of this workshop has these fields, in this order. Double-click a field to rename it. Removing a field removes what the cards wrote in it (Ctrl+Z brings it back).</source>
        <translation>Chaque fiche de cet atelier a ces champs, dans cet ordre. Double-cliquez sur un champ pour le renommer. Retirer un champ retire ce que les fiches y ont écrit (Ctrl+Z le rétablit).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Fields of the cards</source>
        <translation>Champs des fiches</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Move a field</source>
        <translation>Déplacer un champ</translation>
    </message>
    <message>
        <source>Remove a field</source>
        <translation>Retirer un champ</translation>
    </message>
    <message>
        <source>Rename a field</source>
        <translation>Renommer un champ</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>{field}: too long ({length} characters, at most {max_len}).</source>
        <translation>{field}&#xa0;: texte trop long ({length} caractères, {max_len} au maximum).</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Untitled vote</source>
        <translation>Vote sans titre</translation>
    </message>
    <message>
        <source>New vote…</source>
        <translation>Nouveau vote…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No vote yet. Create one on a board&apos;s ideas or clusters: dots (on the paper wall, the laptop passed round, or named), scores on criteria, or a 2×2 matrix.</source>
        <translation>Pas encore de vote. Créez-en un sur les idées ou les regroupements d’un tableau&#xa0;: gommettes (sur le mur, avec l’ordinateur qui circule, ou nominatif), grille multicritère ou matrice 2×2.</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>gommettes</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>multicritère</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrice</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>No board yet: a vote is on a board&apos;s ideas.</source>
        <translation>Pas encore de tableau&#xa0;: un vote porte sur les idées d’un tableau.</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <source>Delete a vote</source>
        <translation>Supprimer un vote</translation>
    </message>
    <message>
        <source>The vote is deleted. Undo (Ctrl+Z) brings it back with its dots.</source>
        <translation>Le vote est supprimé. Annuler (Ctrl+Z) le rétablit avec ses gommettes.</translation>
    </message>
    <message>
        <source>Dots on each idea</source>
        <translation>Gommettes par idée</translation>
    </message>
    <message>
        <source>Weighted score on each idea, out of 100</source>
        <translation>Score pondéré par idée, sur 100</translation>
    </message>
    <message numerus="yes">
        <source>%n prototype card(s) made from the vote.</source>
        <translation>
            <numerusform>%n fiche prototype créée à partir du vote.</numerusform>
            <numerusform>%n fiches prototypes créées à partir du vote.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>There is nothing to vote on: the board is empty.</source>
        <translation>Il n’y a rien à soumettre au vote&#xa0;: le tableau est vide.</translation>
    </message>
    <message>
        <source>The vote “{title}” is closed: reopen it to change its results.</source>
        <translation>Le vote «&#xa0;{title}&#xa0;» est clos&#xa0;: rouvrez-le pour modifier ses résultats.</translation>
    </message>
    <message>
        <source>This vote has no negative dots: {dots}.</source>
        <translation>Ce vote n’admet pas de gommettes négatives&#xa0;: {dots}.</translation>
    </message>
    <message>
        <source>{used} dots placed, but each person has {allowed}.</source>
        <translation>{used} gommettes placées, mais chacun n’en a que {allowed}.</translation>
    </message>
    <message>
        <source>At most {allowed} dots on one idea.</source>
        <translation>{allowed} gommettes au plus sur une même idée.</translation>
    </message>
    <message>
        <source>This vote has no negative dots.</source>
        <translation>Ce vote n’admet pas de gommettes négatives.</translation>
    </message>
    <message>
        <source>A ballot needs a participant.</source>
        <translation>Un bulletin doit porter le nom d’un participant.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a phone’s ballot: choose another name.</source>
        <translation>«&#xa0;{name}&#xa0;» est le nom du bulletin d’un téléphone&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“{name}” has already voted: one person, one set of dots.</source>
        <translation>«&#xa0;{name}&#xa0;» a déjà voté&#xa0;: une personne, une série de gommettes.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>Some scores on “{criterion}” are above {max}: change them first.</source>
        <translation>Des notes sur «&#xa0;{criterion}&#xa0;» dépassent {max}&#xa0;: modifiez-les d’abord.</translation>
    </message>
    <message>
        <source>A score on “{criterion}” goes from 1 to {max}.</source>
        <translation>Une note sur «&#xa0;{criterion}&#xa0;» va de 1 à {max}.</translation>
    </message>
</context>
<context>
    <name>WishDialog</name>
    <message>
        <source>Keep together or apart</source>
        <translation>Garder ensemble ou séparer</translation>
    </message>
    <message>
        <source>Find a name or an organisation</source>
        <translation>Chercher un nom ou une organisation</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Ticked people are kept together, or apart, at the next draws.</source>
        <translation>Les personnes cochées sont gardées ensemble, ou séparées, aux prochains tirages.</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>Garder ensemble</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Read-only workshop</source>
        <translation>Atelier en lecture seule</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>Prototypes</source>
        <translation>Prototypes</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Animer</translation>
    </message>
    <message>
        <source>Room link</source>
        <translation>Lien salle</translation>
    </message>
    <message>
        <source>Save an editable copy…</source>
        <translation>Enregistrer une copie modifiable…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Enregistrer une copie ailleurs…</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Temps imparti</translation>
    </message>
    <message>
        <source>The computer&apos;s clock changed by %1: the countdown follows the time really elapsed.</source>
        <translation>L’horloge de l’ordinateur a changé de %1&#xa0;: le compte à rebours suit le temps réellement écoulé.</translation>
    </message>
    <message>
        <source>The computer was asleep, or its clock was set forward, by %1: the countdown counts that time.</source>
        <translation>L’ordinateur était en veille, ou son horloge a été avancée (%1)&#xa0;: ce temps est décompté du compte à rebours.</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>Read-only: this workshop is already open in another Facilitator window. Edit it there, or save an editable copy.</source>
        <translation>Lecture seule&#xa0;: cet atelier est déjà ouvert dans une autre fenêtre de Facilitator. Modifiez-le là-bas, ou enregistrez une copie modifiable.</translation>
    </message>
    <message>
        <source>Read-only: this file cannot be written (read-only file or medium). Save an editable copy to work on it.</source>
        <translation>Lecture seule&#xa0;: ce fichier ne peut pas être modifié (fichier ou support en lecture seule). Enregistrez une copie modifiable pour y travailler.</translation>
    </message>
    <message>
        <source>Your changes are kept in memory: retry, or save a copy elsewhere. Do not close the workshop before then.</source>
        <translation>Vos modifications sont conservées en mémoire&#xa0;: réessayez, ou enregistrez une copie ailleurs. Ne fermez pas l’atelier d’ici là.</translation>
    </message>
</context>
<context>
    <name>_Listener</name>
    <message>
        <source>LibreOffice is making the accessible PDF…</source>
        <translation>LibreOffice fait le PDF accessible…</translation>
    </message>
    <message>
        <source>The synthesis is ready: %1</source>
        <translation>La synthèse est prête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
</context>
</TS>
