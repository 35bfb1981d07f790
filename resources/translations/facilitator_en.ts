<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Facilitator %1&lt;/h3&gt;&lt;p&gt;Prepare, run and report on in-person creativity workshops, offline.&lt;/p&gt;&lt;p&gt;Every change is saved at once in the workshop file (.atelier): there is nothing to save, and nothing is lost.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facilitator %1&lt;/h3&gt;&lt;p&gt;Prepare, run and report on in-person creativity workshops, offline.&lt;/p&gt;&lt;p&gt;Every change is saved at once in the workshop file (.atelier): there is nothing to save, and nothing is lost.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgendaNames</name>
    <message>
        <source>Opening and ice-breakers</source>
        <translation>Opening and ice-breakers</translation>
    </message>
    <message>
        <source>Understanding and immersion</source>
        <translation>Understanding and immersion</translation>
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
        <translation>Prototyping</translation>
    </message>
    <message>
        <source>Testing and feedback</source>
        <translation>Testing and feedback</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Idea board</source>
        <translation>Idea board</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Prototype cards</source>
        <translation>Prototype cards</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Move an activity</source>
        <translation>Move an activity</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Add a day</translation>
    </message>
    <message>
        <source>Duplicate this day</source>
        <translation>Duplicate this day</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>+ Activity</source>
        <translation>+ Activity</translation>
    </message>
    <message>
        <source>Add a free-form activity</source>
        <translation>Add a free-form activity</translation>
    </message>
    <message>
        <source>+ Break</source>
        <translation>+ Break</translation>
    </message>
    <message>
        <source>Add a break</source>
        <translation>Add a break</translation>
    </message>
    <message>
        <source>+ Lunch</source>
        <translation>+ Lunch</translation>
    </message>
    <message>
        <source>Add a lunch break</source>
        <translation>Add a lunch break</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the activity (Delete)</source>
        <translation>Remove the activity (Delete)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>More actions on the activity</source>
        <translation>More actions on the activity</translation>
    </message>
    <message>
        <source>Duplicate (Ctrl+D)</source>
        <translation>Duplicate (Ctrl+D)</translation>
    </message>
    <message>
        <source>Move to day</source>
        <translation>Move to day</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Day %1 · %2</translation>
    </message>
    <message>
        <source>No day: add one to build the agenda.</source>
        <translation>No day: add one to build the agenda.</translation>
    </message>
    <message>
        <source>Starts %1 · planned end %2 · computed end %3 (%4)</source>
        <translation>Starts %1 · planned end %2 · computed end %3 (%4)</translation>
    </message>
    <message>
        <source>⚠ runs past midnight</source>
        <translation>⚠ runs past midnight</translation>
    </message>
    <message>
        <source>⚠ %1 past the planned end</source>
        <translation>⚠ %1 past the planned end</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Add an activity</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>Move an activity to another day</source>
        <translation>Move an activity to another day</translation>
    </message>
    <message>
        <source>Duplicate an activity</source>
        <translation>Duplicate an activity</translation>
    </message>
    <message>
        <source>Remove an activity</source>
        <translation>Remove an activity</translation>
    </message>
    <message>
        <source>Duplicate a day</source>
        <translation>Duplicate a day</translation>
    </message>
</context>
<context>
    <name>AutoAdvance</name>
    <message>
        <source>Next item in %1 s — any key or click stops it</source>
        <translation>Next item in %1 s — any key or click stops it</translation>
    </message>
    <message>
        <source>Auto-advance stopped — the overrun counts</source>
        <translation>Auto-advance stopped — the overrun counts</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Up next</translation>
    </message>
    <message>
        <source>Auto-advance stopped</source>
        <translation>Auto-advance stopped</translation>
    </message>
</context>
<context>
    <name>BallotLock</name>
    <message>
        <source>The code needs at least %1 characters (or none at all).</source>
        <translation>The code needs at least %1 characters (or none at all).</translation>
    </message>
    <message>
        <source>The code is %1 characters at most.</source>
        <translation>The code is %1 characters at most.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code: %n more try(ies) this minute.</source>
        <translation>
            <numerusform>Wrong code: %n more try this minute.</numerusform>
            <numerusform>Wrong code: %n more tries this minute.</numerusform>
        </translation>
    </message>
    <message>
        <source>The laptop stays on the ballot until the facilitator ends the pass. Every ballot confirmed is saved.</source>
        <translation>The laptop stays on the ballot until the facilitator ends the pass. Every ballot confirmed is saved.</translation>
    </message>
    <message>
        <source>Too many tries: wait %1 s before the next one.</source>
        <translation>Too many tries: wait %1 s before the next one.</translation>
    </message>
</context>
<context>
    <name>BoardListModel</name>
    <message>
        <source>Open: its notes follow</source>
        <translation>Open: its notes follow</translation>
    </message>
    <message>
        <source>Closed: the Right arrow shows its notes</source>
        <translation>Closed: the Right arrow shows its notes</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>New board…</source>
        <translation>New board…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>How might we…?</source>
        <translation>How might we…?</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>The notes on a board you can zoom and pan</source>
        <translation>The notes on a board you can zoom and pan</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Clusters and notes as a list, for the keyboard</source>
        <translation>Clusters and notes as a list, for the keyboard</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole board (Ctrl+0)</source>
        <translation>Show the whole board (Ctrl+0)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>A new cluster with the selected notes (Ctrl+G)</source>
        <translation>A new cluster with the selected notes (Ctrl+G)</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Move the selected notes to a cluster (Ctrl+M)</source>
        <translation>Move the selected notes to a cluster (Ctrl+M)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Merge the selected clusters</source>
        <translation>Merge the selected clusters</translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation>Dissolve</translation>
    </message>
    <message>
        <source>Dissolve the selected cluster</source>
        <translation>Dissolve the selected cluster</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>Tidy up</translation>
    </message>
    <message>
        <source>Arrange every note in a tidy grid</source>
        <translation>Arrange every note in a tidy grid</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected notes (Delete)</source>
        <translation>Delete the selected notes (Delete)</translation>
    </message>
    <message>
        <source>Import ideas…</source>
        <translation>Import ideas…</translation>
    </message>
    <message>
        <source>One idea per line of a text or CSV file</source>
        <translation>One idea per line of a text or CSV file</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <source>Import a photo of a paper board</source>
        <translation>Import a photo of a paper board</translation>
    </message>
    <message>
        <source>Say which group wrote notes</source>
        <translation>Say which group wrote notes</translation>
    </message>
    <message>
        <source>Prototype card</source>
        <translation>Prototype card</translation>
    </message>
    <message>
        <source>A prototype card from the selected cluster, or the selected note</source>
        <translation>A prototype card from the selected cluster, or the selected note</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>On the projector</translation>
    </message>
    <message>
        <source>Search the ideas (Ctrl+F): text or author</source>
        <translation>Search the ideas (Ctrl+F): text or author</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>Untitled board</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Edit the question</translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation>Rename the board</translation>
    </message>
    <message>
        <source>No board yet: create one.</source>
        <translation>No board yet: create one.</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Move notes</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>New board</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Add a board</source>
        <translation>Add a board</translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>No cluster</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>%1 of %2 ideas</source>
        <translation>%1 of %2 ideas</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Group…</translation>
    </message>
    <message>
        <source>Which group wrote the selected notes (Ctrl+T)</source>
        <translation>Which group wrote the selected notes (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show this board to the room, or the selected cluster; pressed again, the next ideas</source>
        <translation>Show this board to the room, or the selected cluster; pressed again, the next ideas</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message numerus="yes">
        <source>Capture %n idea(s)</source>
        <translation>
            <numerusform>Capture %n idea</numerusform>
            <numerusform>Capture %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <source>Name of the cluster:</source>
        <translation>Name of the cluster:</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Group notes</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Merge clusters</source>
        <translation>Merge clusters</translation>
    </message>
    <message>
        <source>Dissolve a cluster</source>
        <translation>Dissolve a cluster</translation>
    </message>
    <message>
        <source>Rename a cluster</source>
        <translation>Rename a cluster</translation>
    </message>
    <message>
        <source>Rename the cluster</source>
        <translation>Rename the cluster</translation>
    </message>
    <message>
        <source>Caption of the photo</source>
        <translation>Caption of the photo</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <source>Edit a caption</source>
        <translation>Edit a caption</translation>
    </message>
    <message>
        <source>Tidy up the board</source>
        <translation>Tidy up the board</translation>
    </message>
    <message>
        <source>Delete a photo</source>
        <translation>Delete a photo</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Duplicate notes</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>Paste notes</translation>
    </message>
    <message>
        <source>Edit an idea</source>
        <translation>Edit an idea</translation>
    </message>
    <message numerus="yes">
        <source>Import %n idea(s)</source>
        <translation>
            <numerusform>Import %n idea</numerusform>
            <numerusform>Import %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>Import a photo</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idea:</translation>
    </message>
    <message>
        <source>Type an idea and press Enter (paste several lines: one idea per line)</source>
        <translation>Type an idea and press Enter (paste several lines: one idea per line)</translation>
    </message>
    <message>
        <source>Author (optional)</source>
        <translation>Author (optional)</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Name a card</source>
        <translation>Name a card</translation>
    </message>
    <message>
        <source>The prototype&apos;s name</source>
        <translation>The prototype&apos;s name</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Made by the &amp;group:</source>
        <translation>Made by the &amp;group:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By (YYYY-MM-DD)</source>
        <translation>By (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Add a next step</source>
        <translation>Add a next step</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Remove the step</translation>
    </message>
    <message>
        <source>Add a photo or a sketch…</source>
        <translation>Add a photo or a sketch…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Photos and sketches</source>
        <translation>Photos and sketches</translation>
    </message>
    <message>
        <source>Edit a card</source>
        <translation>Edit a card</translation>
    </message>
    <message>
        <source>(photo too large to show)</source>
        <translation>(photo too large to show)</translation>
    </message>
    <message>
        <source>(unreadable photo)</source>
        <translation>(unreadable photo)</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Caption…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Change a card&apos;s status</source>
        <translation>Change a card&apos;s status</translation>
    </message>
    <message>
        <source>Say which group made a card</source>
        <translation>Say which group made a card</translation>
    </message>
    <message>
        <source>Remove a next step</source>
        <translation>Remove a next step</translation>
    </message>
    <message>
        <source>Edit a next step</source>
        <translation>Edit a next step</translation>
    </message>
    <message>
        <source>Mark a next step done</source>
        <translation>Mark a next step done</translation>
    </message>
    <message>
        <source>Mark a next step not done</source>
        <translation>Mark a next step not done</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Caption of the photo:</source>
        <translation>Caption of the photo:</translation>
    </message>
    <message>
        <source>Caption a photo</source>
        <translation>Caption a photo</translation>
    </message>
    <message>
        <source>Remove a photo</source>
        <translation>Remove a photo</translation>
    </message>
    <message>
        <source>Add a photo to a card</source>
        <translation>Add a photo to a card</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>A field needs a name.</source>
        <translation>A field needs a name.</translation>
    </message>
    <message>
        <source>“{date}” is not a date (expected YYYY-MM-DD).</source>
        <translation>“{date}” is not a date (expected YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>To test</source>
        <translation>To test</translation>
    </message>
    <message>
        <source>Being tested</source>
        <translation>Being tested</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Its source was deleted since.</source>
        <translation>Its source was deleted since.</translation>
    </message>
    <message>
        <source>From the idea “%1”</source>
        <translation>From the idea “%1”</translation>
    </message>
    <message>
        <source>From the cluster “%1”</source>
        <translation>From the cluster “%1”</translation>
    </message>
    <message>
        <source>From the vote “%1”: “%2”</source>
        <translation>From the vote “%1”: “%2”</translation>
    </message>
    <message>
        <source>dots: %1</source>
        <translation>dots: %1</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>New card</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>From an idea or a cluster…</source>
        <translation>From an idea or a cluster…</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Earlier</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Later ▶</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>On the projector</translation>
    </message>
    <message>
        <source>Fields of the cards…</source>
        <translation>Fields of the cards…</translation>
    </message>
    <message>
        <source>Move the card earlier (Alt+←)</source>
        <translation>Move the card earlier (Alt+←)</translation>
    </message>
    <message>
        <source>Move the card later (Alt+→)</source>
        <translation>Move the card later (Alt+→)</translation>
    </message>
    <message>
        <source>No prototype card yet. Make one from scratch, from an idea or a cluster of a board, or from the top of a vote (Votes page).</source>
        <translation>No prototype card yet. Make one from scratch, from an idea or a cluster of a board, or from the top of a vote (Votes page).</translation>
    </message>
    <message>
        <source>Untitled card</source>
        <translation>Untitled card</translation>
    </message>
    <message>
        <source>New prototype</source>
        <translation>New prototype</translation>
    </message>
    <message>
        <source>Card from a cluster</source>
        <translation>Card from a cluster</translation>
    </message>
    <message>
        <source>Card from an idea</source>
        <translation>Card from an idea</translation>
    </message>
    <message>
        <source>Move a card</source>
        <translation>Move a card</translation>
    </message>
    <message>
        <source>Delete a card</source>
        <translation>Delete a card</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>damaged pages: {detail}</source>
        <translation>damaged pages: {detail}</translation>
    </message>
    <message>
        <source>table “{table}” is missing or malformed</source>
        <translation>table “{table}” is missing or malformed</translation>
    </message>
    <message>
        <source>{table} {id}: {field} has a wrong value</source>
        <translation>{table} {id}: {field} has a wrong value</translation>
    </message>
    <message>
        <source>the workshop record is missing</source>
        <translation>the workshop record is missing</translation>
    </message>
    <message>
        <source>{table} {id}: {field} points to nothing</source>
        <translation>{table} {id}: {field} points to nothing</translation>
    </message>
    <message>
        <source>{table} {id}: person {person} is already in this grouping ({table} {other})</source>
        <translation>{table} {id}: person {person} is already in this grouping ({table} {other})</translation>
    </message>
    <message>
        <source>{table} {id}: the phone “{phone}” already answered this poll ({other})</source>
        <translation>{table} {id}: the phone “{phone}” already answered this poll ({other})</translation>
    </message>
    <message>
        <source>{table} {id}: option {option} is already counted ({other})</source>
        <translation>{table} {id}: option {option} is already counted ({other})</translation>
    </message>
    <message>
        <source>{table} {id}: option {option} is one of another poll ({poll})</source>
        <translation>{table} {id}: option {option} is one of another poll ({poll})</translation>
    </message>
    <message>
        <source>{table} {id}: the answer does not fit its poll</source>
        <translation>{table} {id}: the answer does not fit its poll</translation>
    </message>
    <message>
        <source>{table} {id}: its options do not fit its kind ({kind}; options: {count})</source>
        <translation>{table} {id}: its options do not fit its kind ({kind}; options: {count})</translation>
    </message>
    <message>
        <source>unexpected {kind} “{name}”: the file is malformed</source>
        <translation>unexpected {kind} “{name}”: the file is malformed</translation>
    </message>
    <message>
        <source>{kind} “{name}” is missing: the file is malformed</source>
        <translation>{kind} “{name}” is missing: the file is malformed</translation>
    </message>
    <message>
        <source>{kind} “{name}” is not the one Facilitator writes: the file is malformed</source>
        <translation>{kind} “{name}” is not the one Facilitator writes: the file is malformed</translation>
    </message>
    <message>
        <source>{table} {id}: {detail}</source>
        <translation>{table} {id}: {detail}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown template “{id}”; known templates: {known}.</source>
        <translation>Unknown template “{id}”; known templates: {known}.</translation>
    </message>
    <message>
        <source>“{date}” is not a date: write it YYYY-MM-DD.</source>
        <translation>“{date}” is not a date: write it YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 round</translation>
    </message>
    <message>
        <source>{count} rounds</source>
        <translation>{count} rounds</translation>
    </message>
    <message>
        <source>{path}: sound, once the change a crash cut short is rolled back (Facilitator does it when it opens the file).</source>
        <translation>{path}: sound, once the change a crash cut short is rolled back (Facilitator does it when it opens the file).</translation>
    </message>
    <message>
        <source>{path}: sound.</source>
        <translation>{path}: sound.</translation>
    </message>
    <message>
        <source>“{path}” has no board “{board}”; its boards: {boards}.</source>
        <translation>“{path}” has no board “{board}”; its boards: {boards}.</translation>
    </message>
    <message>
        <source>“{path}” has no idea to add.</source>
        <translation>“{path}” has no idea to add.</translation>
    </message>
    <message>
        <source>“{path}” is open in Facilitator: add the ideas there (Import ideas), or close it first.</source>
        <translation>“{path}” is open in Facilitator: add the ideas there (Import ideas), or close it first.</translation>
    </message>
    <message>
        <source>“{path}” cannot be changed: the file or its folder is read-only.</source>
        <translation>“{path}” cannot be changed: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>{path} had no board: the board “{board}” was made.</source>
        <translation>{path} had no board: the board “{board}” was made.</translation>
    </message>
    <message>
        <source>Ideas added to the board “{board}”: {count}.</source>
        <translation>Ideas added to the board “{board}”: {count}.</translation>
    </message>
    <message>
        <source>{name} — people: {people}, groups: {groups}.</source>
        <translation>{name} — people: {people}, groups: {groups}.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Absent: {names}.</source>
        <translation>Absent: {names}.</translation>
    </message>
    <message>
        <source>Draw number: {seed} (--seed {seed} draws these groups again from the same list).</source>
        <translation>Draw number: {seed} (--seed {seed} draws these groups again from the same list).</translation>
    </message>
    <message>
        <source>“{path}” has no grouping yet: make one with --size or --count.</source>
        <translation>“{path}” has no grouping yet: make one with --size or --count.</translation>
    </message>
    <message>
        <source>“{path}” is open in Facilitator: make the groups there (Groups page), or close it first.</source>
        <translation>“{path}” is open in Facilitator: make the groups there (Groups page), or close it first.</translation>
    </message>
    <message>
        <source>“{path}” has no participant to add.</source>
        <translation>“{path}” has no participant to add.</translation>
    </message>
    <message>
        <source>“{path}” is open in Facilitator: add the participants there (Import participants), or close it first.</source>
        <translation>“{path}” is open in Facilitator: add the participants there (Import participants), or close it first.</translation>
    </message>
    <message>
        <source>Participants added to {path}: {count}.</source>
        <translation>Participants added to {path}: {count}.</translation>
    </message>
    <message>
        <source>“{path}” has no grouping “{name}”; its groupings: {all}.</source>
        <translation>“{path}” has no grouping “{name}”; its groupings: {all}.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>“{section}” is not a section; the sections are: {all}.</source>
        <translation>“{section}” is not a section; the sections are: {all}.</translation>
    </message>
    <message>
        <source>{path}: a change cut short by a crash was rolled back in a copy; the file itself is unchanged.</source>
        <translation>{path}: a change cut short by a crash was rolled back in a copy; the file itself is unchanged.</translation>
    </message>
    <message>
        <source>“{path}” cannot be written: {reason}.</source>
        <translation>“{path}” cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exported to {path}.</translation>
    </message>
    <message>
        <source>Give --room once per file: {files} files, {names} room names.</source>
        <translation>Give --room once per file: {files} files, {names} room names.</translation>
    </message>
    <message>
        <source>“{path}” and “{other}” are one file: each room is merged once.</source>
        <translation>“{path}” and “{other}” are one file: each room is merged once.</translation>
    </message>
    <message>
        <source>“{path}” is a room of the event: the event is written to a new file.</source>
        <translation>“{path}” is a room of the event: the event is written to a new file.</translation>
    </message>
    <message>
        <source>“{path}” already exists: merge writes a new file, choose another name.</source>
        <translation>“{path}” already exists: merge writes a new file, choose another name.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are copies of one workshop file, each changed since: merged as two rooms.</source>
        <translation>“{first}” and “{second}” are copies of one workshop file, each changed since: merged as two rooms.</translation>
    </message>
    <message>
        <source>{count} rooms merged into {path}: {rooms}.</source>
        <translation>{count} rooms merged into {path}: {rooms}.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>“{path}” is a workshop file&apos;s name: write the report to a .pdf, .docx, .csv or .md file.</source>
        <translation>“{path}” is a workshop file&apos;s name: write the report to a .pdf, .docx, .csv or .md file.</translation>
    </message>
    <message>
        <source>No workshop file (.atelier) in {paths}.</source>
        <translation>No workshop file (.atelier) in {paths}.</translation>
    </message>
    <message>
        <source>Activity report written to {path}; workshops in the period: {workshops}.</source>
        <translation>Activity report written to {path}; workshops in the period: {workshops}.</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>Lilac</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterion:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <source>Impact, transferability, innovation…</source>
        <translation>Impact, transferability, innovation…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove the criterion</source>
        <translation>Remove the criterion</translation>
    </message>
    <message>
        <source>Removes the criterion of the selected column</source>
        <translation>Removes the criterion of the selected column</translation>
    </message>
    <message>
        <source>&amp;Scored by:</source>
        <translation>&amp;Scored by:</translation>
    </message>
    <message>
        <source>A jury member&apos;s name</source>
        <translation>A jury member&apos;s name</translation>
    </message>
    <message>
        <source>Score each idea on each criterion, by consensus or member by member (type a name). The ranking is the weighted total, out of 100. Double-click a criterion&apos;s heading to rename it.</source>
        <translation>Score each idea on each criterion, by consensus or member by member (type a name). The ranking is the weighted total, out of 100. Double-click a criterion&apos;s heading to rename it.</translation>
    </message>
    <message>
        <source>The group, by consensus</source>
        <translation>The group, by consensus</translation>
    </message>
    <message>
        <source>%1
×%2 · 1–%3</source>
        <translation>%1
×%2 · 1–%3</translation>
    </message>
    <message>
        <source>Change a criterion</source>
        <translation>Change a criterion</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Add a criterion</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translation>Remove a criterion</translation>
    </message>
    <message>
        <source>“%1” is not a score.</source>
        <translation>“%1” is not a score.</translation>
    </message>
    <message>
        <source>Score an idea</source>
        <translation>Score an idea</translation>
    </message>
</context>
<context>
    <name>DayItemsModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Ends after the planned end of the day</source>
        <translation>Ends after the planned end of the day</translation>
    </message>
</context>
<context>
    <name>DayRow</name>
    <message>
        <source>Change a day</source>
        <translation>Change a day</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this day and its agenda</source>
        <translation>Remove this day and its agenda</translation>
    </message>
    <message>
        <source>Place of this day (if it differs)</source>
        <translation>Place of this day (if it differs)</translation>
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
        <translation>Add a day</translation>
    </message>
    <message>
        <source>Change a day</source>
        <translation>Change a day</translation>
    </message>
    <message>
        <source>Remove a day</source>
        <translation>Remove a day</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>The workshop</source>
        <translation>The workshop</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Question or challenge</source>
        <translation>&amp;Question or challenge</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Language of the workshop</source>
        <translation>&amp;Language of the workshop</translation>
    </message>
    <message>
        <source>Logo (synthesis)</source>
        <translation>Logo (synthesis)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Named participants</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Untitled workshop</translation>
    </message>
    <message>
        <source>How might we…?</source>
        <translation>How might we…?</translation>
    </message>
    <message>
        <source>The lab or the service that hosts it</source>
        <translation>The lab or the service that hosts it</translation>
    </message>
    <message>
        <source>Town, building, room</source>
        <translation>Town, building, room</translation>
    </message>
    <message>
        <source>Context, goals, logistics: anything the team should know</source>
        <translation>Context, goals, logistics: anything the team should know</translation>
    </message>
    <message>
        <source>Edit the title</source>
        <translation>Edit the title</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Edit the question</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>Edit the organisation</translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation>Edit the place</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Edit the notes</translation>
    </message>
    <message>
        <source>%1 named below: more than the count</source>
        <translation>%1 named below: more than the count</translation>
    </message>
    <message>
        <source>of whom %1 named below</source>
        <translation>of whom %1 named below</translation>
    </message>
    <message>
        <source>names are optional</source>
        <translation>names are optional</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>Change the number of participants</source>
        <translation>Change the number of participants</translation>
    </message>
    <message>
        <source>Run mode</source>
        <translation>Run mode</translation>
    </message>
    <message>
        <source>Chain the activities &amp;automatically</source>
        <translation>Chain the activities &amp;automatically</translation>
    </message>
    <message>
        <source>When an activity&apos;s time is up, the projector shows “Up next” with a short countdown, then the next activity of the day starts. Any key stops it. Each activity may say otherwise (Agenda).</source>
        <translation>When an activity&apos;s time is up, the projector shows “Up next” with a short countdown, then the next activity of the day starts. Any key stops it. Each activity may say otherwise (Agenda).</translation>
    </message>
    <message>
        <source>“Up &amp;next” shown for</source>
        <translation>“Up &amp;next” shown for</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Change auto-advance</source>
        <translation>Change auto-advance</translation>
    </message>
    <message>
        <source>Change the length of “Up next”</source>
        <translation>Change the length of “Up next”</translation>
    </message>
</context>
<context>
    <name>DotsPanel</name>
    <message>
        <source>Count the paper wall</source>
        <translation>Count the paper wall</translation>
    </message>
    <message>
        <source>Pass the laptop round</source>
        <translation>Pass the laptop round</translation>
    </message>
    <message>
        <source>Named votes</source>
        <translation>Named votes</translation>
    </message>
    <message>
        <source>&amp;Participants who voted:</source>
        <translation>&amp;Participants who voted:</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Count the dots on the wall: type each idea&apos;s number and press Enter, the next idea is ready. Ties are shown as ties (2=).</source>
        <translation>Count the dots on the wall: type each idea&apos;s number and press Enter, the next idea is ready. Ties are shown as ties (2=).</translation>
    </message>
    <message>
        <source>%1 dots entered of %2 handed out</source>
        <translation>%1 dots entered of %2 handed out</translation>
    </message>
    <message>
        <source>“%1” is not a number of dots.</source>
        <translation>“%1” is not a number of dots.</translation>
    </message>
    <message>
        <source>How many people voted? Enter it to check the count.</source>
        <translation>How many people voted? Enter it to check the count.</translation>
    </message>
    <message>
        <source>more than handed out: count again?</source>
        <translation>more than handed out: count again?</translation>
    </message>
    <message>
        <source>A participant&apos;s dots</source>
        <translation>A participant&apos;s dots</translation>
    </message>
    <message>
        <source>Thank you: your dots are saved. Pass the laptop to the next person.</source>
        <translation>Thank you: your dots are saved. Pass the laptop to the next person.</translation>
    </message>
    <message>
        <source>Your dots are kept, but the file cannot be written just now: tell the facilitator.</source>
        <translation>Your dots are kept, but the file cannot be written just now: tell the facilitator.</translation>
    </message>
    <message>
        <source>Count the dots</source>
        <translation>Count the dots</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved changes are safe, and you can keep working.</source>
        <translation>Something unexpected happened. Your saved changes are safe, and you can keep working.</translation>
    </message>
    <message>
        <source>The details are in the log file: %1</source>
        <translation>The details are in the log file: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>“{zone}” is not a time zone: give one such as Europe/Paris.</source>
        <translation>“{zone}” is not a time zone: give one such as Europe/Paris.</translation>
    </message>
    <message>
        <source>The agenda has no activity yet: there is nothing to put in a calendar.</source>
        <translation>The agenda has no activity yet: there is nothing to put in a calendar.</translation>
    </message>
    <message>
        <source>Day {number} has no date: give it one first.</source>
        <translation>Day {number} has no date: give it one first.</translation>
    </message>
    <message>
        <source>The JSON export is the whole workshop, names included: leave names out of the PDF, Markdown, CSV or cards instead.</source>
        <translation>The JSON export is the whole workshop, names included: leave names out of the PDF, Markdown, CSV or cards instead.</translation>
    </message>
    <message>
        <source>The attendance sheet and the name badges are lists of names: they cannot be printed without the names (drop --no-names).</source>
        <translation>The attendance sheet and the name badges are lists of names: they cannot be printed without the names (drop --no-names).</translation>
    </message>
    <message>
        <source>The group lists and table tents name the participants: they cannot be printed without the names (drop --no-names).</source>
        <translation>The group lists and table tents name the participants: they cannot be printed without the names (drop --no-names).</translation>
    </message>
    <message>
        <source>The attendance sheet would be more than {most} pages long ({people} participants, {half_days} half-days): print it from a workshop with fewer days or participants.</source>
        <translation>The attendance sheet would be more than {most} pages long ({people} participants, {half_days} half-days): print it from a workshop with fewer days or participants.</translation>
    </message>
    <message>
        <source>No name badge to print: the workshop lists no participant with a name or an organisation (add them in the workshop&apos;s details).</source>
        <translation>No name badge to print: the workshop lists no participant with a name or an organisation (add them in the workshop&apos;s details).</translation>
    </message>
    <message>
        <source>{count} name badges are more than the {most} printed at once.</source>
        <translation>{count} name badges are more than the {most} printed at once.</translation>
    </message>
    <message>
        <source>The workshop has no groups yet: make a grouping of the participants first, then print its lists and table tents.</source>
        <translation>The workshop has no groups yet: make a grouping of the participants first, then print its lists and table tents.</translation>
    </message>
    <message>
        <source>The grouping “{grouping}” has no group to print.</source>
        <translation>The grouping “{grouping}” has no group to print.</translation>
    </message>
    <message>
        <source>{count} people in the groups are more than the {most} listed at once.</source>
        <translation>{count} people in the groups are more than the {most} listed at once.</translation>
    </message>
    <message>
        <source>{count} groups are more than the {most} table tents printed at once.</source>
        <translation>{count} groups are more than the {most} table tents printed at once.</translation>
    </message>
    <message>
        <source>The grouping chosen for the paper is no longer in the workshop.</source>
        <translation>The grouping chosen for the paper is no longer in the workshop.</translation>
    </message>
    <message>
        <source>The accessible PDF is made by LibreOffice, which is not installed on this computer. Install LibreOffice (libreoffice.org; on Debian or Ubuntu the package libreoffice-writer-nogui), or export the Word document and give that instead.</source>
        <translation>The accessible PDF is made by LibreOffice, which is not installed on this computer. Install LibreOffice (libreoffice.org; on Debian or Ubuntu the package libreoffice-writer-nogui), or export the Word document and give that instead.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the document to PDF: {detail}</source>
        <translation>LibreOffice could not convert the document to PDF: {detail}</translation>
    </message>
    <message>
        <source>LibreOffice took more than {seconds} seconds to convert the document and was stopped.</source>
        <translation>LibreOffice took more than {seconds} seconds to convert the document and was stopped.</translation>
    </message>
    <message>
        <source>{producer} made a PDF without tags, which is not accessible: LibreOffice {version} or later is needed.</source>
        <translation>{producer} made a PDF without tags, which is not accessible: LibreOffice {version} or later is needed.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Agenda for &amp;participants (PDF)…</source>
        <translation>Agenda for &amp;participants (PDF)…</translation>
    </message>
    <message>
        <source>Agenda for the &amp;facilitator (PDF)…</source>
        <translation>Agenda for the &amp;facilitator (PDF)…</translation>
    </message>
    <message>
        <source>Agenda as a &amp;calendar (.ics)…</source>
        <translation>Agenda as a &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>Agenda as &amp;Markdown…</source>
        <translation>Agenda as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Every &amp;idea (CSV for a spreadsheet)…</source>
        <translation>Every &amp;idea (CSV for a spreadsheet)…</translation>
    </message>
    <message>
        <source>Poll &amp;results (CSV for a spreadsheet)…</source>
        <translation>Poll &amp;results (CSV for a spreadsheet)…</translation>
    </message>
    <message>
        <source>Synthesis as Mar&amp;kdown…</source>
        <translation>Synthesis as Mar&amp;kdown…</translation>
    </message>
    <message>
        <source>Prototype &amp;cards, one per page (PDF)…</source>
        <translation>Prototype &amp;cards, one per page (PDF)…</translation>
    </message>
    <message>
        <source>Prototype cards, &amp;two per page (PDF)…</source>
        <translation>Prototype cards, &amp;two per page (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet, signed by half-day (PDF)…</source>
        <translation>&amp;Attendance sheet, signed by half-day (PDF)…</translation>
    </message>
    <message>
        <source>Whole workshop as &amp;JSON…</source>
        <translation>Whole workshop as &amp;JSON…</translation>
    </message>
    <message>
        <source>Name &amp;badges (PDF)</source>
        <translation>Name &amp;badges (PDF)</translation>
    </message>
    <message>
        <source>%1 labels, %2 × %3 mm, %4 a sheet…</source>
        <translation>%1 labels, %2 × %3 mm, %4 a sheet…</translation>
    </message>
    <message>
        <source>With the facilitators’ badges</source>
        <translation>With the facilitators’ badges</translation>
    </message>
    <message>
        <source>&amp;Group lists and table tents (PDF)…</source>
        <translation>&amp;Group lists and table tents (PDF)…</translation>
    </message>
    <message>
        <source>Save the agenda as a &amp;template…</source>
        <translation>Save the agenda as a &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Synthesis of the workshop (PDF)…</source>
        <translation>&amp;Synthesis of the workshop (PDF)…</translation>
    </message>
    <message>
        <source>Synthesis as a &amp;Word document, to edit (DOCX)…</source>
        <translation>Synthesis as a &amp;Word document, to edit (DOCX)…</translation>
    </message>
    <message>
        <source>Synthesis as an acc&amp;essible PDF (tagged, by LibreOffice)…</source>
        <translation>Synthesis as an acc&amp;essible PDF (tagged, by LibreOffice)…</translation>
    </message>
    <message>
        <source>The accessible PDF cannot be made</source>
        <translation>The accessible PDF cannot be made</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelling the export…</translation>
    </message>
    <message>
        <source>Finishing the synthesis before closing…</source>
        <translation>Finishing the synthesis before closing…</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>An export is running</translation>
    </message>
    <message>
        <source>The synthesis “%1” is still being laid out.</source>
        <translation>The synthesis “%1” is still being laid out.</translation>
    </message>
    <message>
        <source>Wait for it to be written, or cancel it (no file is written)?</source>
        <translation>Wait for it to be written, or cancel it (no file is written)?</translation>
    </message>
    <message>
        <source>Wait for it</source>
        <translation>Wait for it</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <source>No badge to print</source>
        <translation>No badge to print</translation>
    </message>
    <message>
        <source>No groups to print</source>
        <translation>No groups to print</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>Group lists and table tents</source>
        <translation>Group lists and table tents</translation>
    </message>
    <message>
        <source>The grouping to print:</source>
        <translation>The grouping to print:</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” cannot be written: %2.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Save as a template</translation>
    </message>
    <message>
        <source>Name of the template (it will appear among the templates of New workshop):</source>
        <translation>Name of the template (it will appear among the templates of New workshop):</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>The template cannot be saved</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Template saved: %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>A day must end after it starts ({start}–{end}).</source>
        <translation>A day must end after it starts ({start}–{end}).</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>The place</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>The language</translation>
    </message>
    <message>
        <source>The number of participants</source>
        <translation>The number of participants</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>The notes</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>The date</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>The start time</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>The end time</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>The text</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>The role</translation>
    </message>
    <message>
        <source>Auto-advance</source>
        <translation>Auto-advance</translation>
    </message>
    <message>
        <source>The length of the “Up next” announce</source>
        <translation>The length of the “Up next” announce</translation>
    </message>
    <message>
        <source>The round&apos;s length</source>
        <translation>The round&apos;s length</translation>
    </message>
    <message>
        <source>The number of repeats</source>
        <translation>The number of repeats</translation>
    </message>
    <message>
        <source>The instruction</source>
        <translation>The instruction</translation>
    </message>
    <message>
        <source>The facilitator&apos;s notes</source>
        <translation>The facilitator&apos;s notes</translation>
    </message>
    <message>
        <source>The size or number of groups</source>
        <translation>The size or number of groups</translation>
    </message>
    <message>
        <source>The draw number</source>
        <translation>The draw number</translation>
    </message>
    <message>
        <source>The wish&apos;s number</source>
        <translation>The wish&apos;s number</translation>
    </message>
    <message>
        <source>The planned length</source>
        <translation>The planned length</translation>
    </message>
    <message>
        <source>The current round</source>
        <translation>The current round</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>The label</translation>
    </message>
    <message>
        <source>The number of words per answer</source>
        <translation>The number of words per answer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The title of the room&apos;s workshop</source>
        <translation>The title of the room&apos;s workshop</translation>
    </message>
    <message>
        <source>The identity of the room&apos;s file</source>
        <translation>The identity of the room&apos;s file</translation>
    </message>
    <message>
        <source>{field} cannot be “{value}”.</source>
        <translation>{field} cannot be “{value}”.</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Facilitator workshops (*.atelier)</source>
        <translation>Facilitator workshops (*.atelier)</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <source>Save the workshop as</source>
        <translation>Save the workshop as</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose a folder of templates</source>
        <translation>Choose a folder of templates</translation>
    </message>
    <message>
        <source>Choose a folder of the lab’s workshops</source>
        <translation>Choose a folder of the lab’s workshops</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Text or CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Text or CSV (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>Import a photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Import ideas</source>
        <translation>Import ideas</translation>
    </message>
    <message>
        <source>Text or CSV (*.txt *.csv)</source>
        <translation>Text or CSV (*.txt *.csv)</translation>
    </message>
</context>
<context>
    <name>GroupingPage</name>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Grouping:</translation>
    </message>
    <message>
        <source>New grouping…</source>
        <translation>New grouping…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>On the projector</translation>
    </message>
    <message>
        <source>Remove the wish</source>
        <translation>Remove the wish</translation>
    </message>
    <message>
        <source>Show the groups to the room; pressed again, the next page</source>
        <translation>Show the groups to the room; pressed again, the next page</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Draw again</translation>
    </message>
    <message>
        <source>Another draw: the same absences and wishes (Ctrl+R)</source>
        <translation>Another draw: the same absences and wishes (Ctrl+R)</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Move the selected person to a group (Ctrl+M)</source>
        <translation>Move the selected person to a group (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <source>The selected person leaves their group (or untick them)</source>
        <translation>The selected person leaves their group (or untick them)</translation>
    </message>
    <message>
        <source>Name as tables</source>
        <translation>Name as tables</translation>
    </message>
    <message>
        <source>Name the groups Table 1, Table 2…</source>
        <translation>Name the groups Table 1, Table 2…</translation>
    </message>
    <message>
        <source>Keep together or apart…</source>
        <translation>Keep together or apart…</translation>
    </message>
    <message>
        <source>People to keep together, or apart, at the next draws</source>
        <translation>People to keep together, or apart, at the next draws</translation>
    </message>
    <message>
        <source>Mixing</source>
        <translation>Mixing</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Not in a group</translation>
    </message>
    <message>
        <source>Wishes for the next draws</source>
        <translation>Wishes for the next draws</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename this group (« Table 3 »)</source>
        <translation>Rename this group (« Table 3 »)</translation>
    </message>
    <message>
        <source>No grouping yet. Make groups that mix organisations: New grouping… (by size or by number of groups; roles can be spread too).</source>
        <translation>No grouping yet. Make groups that mix organisations: New grouping… (by size or by number of groups; roles can be spread too).</translation>
    </message>
    <message>
        <source>No participant yet: add the participants, with their organisation, on the Details page; then make groups that mix organisations here.</source>
        <translation>No participant yet: add the participants, with their organisation, on the Details page; then make groups that mix organisations here.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <source>groups of about %n</source>
        <translation>
            <numerusform>groups of about %n</numerusform>
            <numerusform>groups of about %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) asked</source>
        <translation>
            <numerusform>%n group asked</numerusform>
            <numerusform>%n groups asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) placed</source>
        <translation>
            <numerusform>%n person placed</numerusform>
            <numerusform>%n people placed</numerusform>
        </translation>
    </message>
    <message>
        <source>draw number %1</source>
        <translation>draw number %1</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Together: %1</translation>
    </message>
    <message>
        <source>Apart: %1</source>
        <translation>Apart: %1</translation>
    </message>
    <message>
        <source>New grouping</source>
        <translation>New grouping</translation>
    </message>
    <message>
        <source>Rename a grouping</source>
        <translation>Rename a grouping</translation>
    </message>
    <message>
        <source>Rename the grouping</source>
        <translation>Rename the grouping</translation>
    </message>
    <message>
        <source>Name of the grouping:</source>
        <translation>Name of the grouping:</translation>
    </message>
    <message>
        <source>Delete a grouping</source>
        <translation>Delete a grouping</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Rename a group</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Rename the group</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Name of the group:</translation>
    </message>
    <message>
        <source>Name the groups as tables</source>
        <translation>Name the groups as tables</translation>
    </message>
    <message>
        <source>Move a person</source>
        <translation>Move a person</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>Keep together</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Keep apart</translation>
    </message>
    <message>
        <source>Remove a wish</source>
        <translation>Remove a wish</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation>No group yet</translation>
    </message>
</context>
<context>
    <name>Groupings</name>
    <message>
        <source>A workshop holds at most {limit} groupings: delete one first.</source>
        <translation>A workshop holds at most {limit} groupings: delete one first.</translation>
    </message>
    <message>
        <source>A group size or a number of groups is a whole number from 1 to {limit}.</source>
        <translation>A group size or a number of groups is a whole number from 1 to {limit}.</translation>
    </message>
    <message>
        <source>The draw number must be a whole number from 0 to {high}.</source>
        <translation>The draw number must be a whole number from 0 to {high}.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <source>A grouping needs a name.</source>
        <translation>A grouping needs a name.</translation>
    </message>
    <message>
        <source>Another group of this grouping is already called “{name}”.</source>
        <translation>Another group of this grouping is already called “{name}”.</translation>
    </message>
    <message>
        <source>{name} is not a participant: only participants are put in groups.</source>
        <translation>{name} is not a participant: only participants are put in groups.</translation>
    </message>
    <message>
        <source>Choose at least two people to keep together or apart.</source>
        <translation>Choose at least two people to keep together or apart.</translation>
    </message>
    <message>
        <source>This group belongs to another grouping.</source>
        <translation>This group belongs to another grouping.</translation>
    </message>
    <message>
        <source>No two people of the same organisation share a group.</source>
        <translation>No two people of the same organisation share a group.</translation>
    </message>
    <message>
        <source>Pairs of people of the same organisation in one group: {count}, the fewest possible.</source>
        <translation>Pairs of people of the same organisation in one group: {count}, the fewest possible.</translation>
    </message>
    <message>
        <source>Pairs of people of the same organisation in one group: {count} ({fewest} at the fewest).</source>
        <translation>Pairs of people of the same organisation in one group: {count} ({fewest} at the fewest).</translation>
    </message>
    <message>
        <source>Of these pairs, asked to be kept together: {count}.</source>
        <translation>Of these pairs, asked to be kept together: {count}.</translation>
    </message>
    <message>
        <source>No two people of the same role share a group.</source>
        <translation>No two people of the same role share a group.</translation>
    </message>
    <message>
        <source>Pairs of people of the same role in one group: {count}, the fewest possible.</source>
        <translation>Pairs of people of the same role in one group: {count}, the fewest possible.</translation>
    </message>
    <message>
        <source>Pairs of people of the same role in one group: {count} ({fewest} at the fewest).</source>
        <translation>Pairs of people of the same role in one group: {count} ({fewest} at the fewest).</translation>
    </message>
    <message>
        <source>The groups are uneven: from {smallest} to {largest} people (draw again to even them).</source>
        <translation>The groups are uneven: from {smallest} to {largest} people (draw again to even them).</translation>
    </message>
    <message>
        <source>Not in a group: {count} (added after the draw: move them into a group, or draw again).</source>
        <translation>Not in a group: {count} (added after the draw: move them into a group, or draw again).</translation>
    </message>
    <message>
        <source>{names}: to keep together, but in different groups.</source>
        <translation>{names}: to keep together, but in different groups.</translation>
    </message>
    <message>
        <source>{names}: to keep apart, but in one group.</source>
        <translation>{names}: to keep apart, but in one group.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>There is nobody to put in groups: the list is empty or everyone is absent.</source>
        <translation>There is nobody to put in groups: the list is empty or everyone is absent.</translation>
    </message>
    <message>
        <source>At most {limit} people can be put in groups at once; {count} are present.</source>
        <translation>At most {limit} people can be put in groups at once; {count} are present.</translation>
    </message>
    <message>
        <source>At most {limit} names can be given to keep together or apart; {count} were given.</source>
        <translation>At most {limit} names can be given to keep together or apart; {count} were given.</translation>
    </message>
    <message>
        <source>The participant list holds {name} twice.</source>
        <translation>The participant list holds {name} twice.</translation>
    </message>
    <message>
        <source>Give either a group size or a number of groups.</source>
        <translation>Give either a group size or a number of groups.</translation>
    </message>
    <message>
        <source>A group needs at least one person.</source>
        <translation>A group needs at least one person.</translation>
    </message>
    <message>
        <source>Make at least one group.</source>
        <translation>Make at least one group.</translation>
    </message>
    <message>
        <source>{groups} groups for {people} people present: there cannot be more groups than people.</source>
        <translation>{groups} groups for {people} people present: there cannot be more groups than people.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from {low} to {high}.</source>
        <translation>The seed must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>{names} cannot all be in one group: {count} people to keep together, and a group holds at most {size}.</source>
        <translation>{names} cannot all be in one group: {count} people to keep together, and a group holds at most {size}.</translation>
    </message>
    <message>
        <source>{names} could not be kept together along with the other requests and the group sizes.</source>
        <translation>{names} could not be kept together along with the other requests and the group sizes.</translation>
    </message>
    <message>
        <source>{names} are asked to be both together and apart: they stay together.</source>
        <translation>{names} are asked to be both together and apart: they stay together.</translation>
    </message>
    <message>
        <source>{names} cannot all be apart: {count} people to keep apart and only {groups} groups.</source>
        <translation>{names} cannot all be apart: {count} people to keep apart and only {groups} groups.</translation>
    </message>
    <message>
        <source>{names} could not all be kept apart along with the other requests.</source>
        <translation>{names} could not all be kept apart along with the other requests.</translation>
    </message>
    <message>
        <source>Everyone present is from {organisation}: the groups cannot mix organisations.</source>
        <translation>Everyone present is from {organisation}: the groups cannot mix organisations.</translation>
    </message>
    <message>
        <source>Some organisations have more people than there are groups ({groups}), so some of their people share a group: {organisations}.</source>
        <translation>Some organisations have more people than there are groups ({groups}), so some of their people share a group: {organisations}.</translation>
    </message>
    <message>
        <source>Nobody has a role: there are no roles to balance.</source>
        <translation>Nobody has a role: there are no roles to balance.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Prepare, run and report on your creativity workshops. Offline, always.</source>
        <translation>Prepare, run and report on your creativity workshops. Offline, always.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>The lab’s workshops</source>
        <translation>The lab’s workshops</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Recent workshops</translation>
    </message>
    <message>
        <source>No recent workshop yet. Create one, or open the demo to discover Facilitator with a real workshop.</source>
        <translation>No recent workshop yet. Create one, or open the demo to discover Facilitator with a real workshop.</translation>
    </message>
    <message>
        <source>Enter opens the selected workshop; Delete forgets it.</source>
        <translation>Enter opens the selected workshop; Delete forgets it.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
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
        <translation>opened %1</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>File not found: %1</translation>
    </message>
</context>
<context>
    <name>IdeaFiles</name>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not a text or CSV file.</source>
        <translation>“{path}” is not a text or CSV file.</translation>
    </message>
    <message>
        <source>“{path}” is a spreadsheet or a document, not text: save it as CSV or as text first.</source>
        <translation>“{path}” is a spreadsheet or a document, not text: save it as CSV or as text first.</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: {length} characters, more than the {limit} of an idea (a quotation mark opened there and never closed?).</source>
        <translation>“{path}”, line {line}: {length} characters, more than the {limit} of an idea (a quotation mark opened there and never closed?).</translation>
    </message>
    <message>
        <source>“{path}”, line {line}: not CSV ({reason}).</source>
        <translation>“{path}”, line {line}: not CSV ({reason}).</translation>
    </message>
    <message>
        <source>Ideas read from “{name}”: {count}.</source>
        <translation>Ideas read from “{name}”: {count}.</translation>
    </message>
    <message>
        <source>Ideas taken from the column “{column}”, {number} of {columns}.</source>
        <translation>Ideas taken from the column “{column}”, {number} of {columns}.</translation>
    </message>
    <message>
        <source>Ideas taken from column {number} of {columns}, the one with the most text.</source>
        <translation>Ideas taken from column {number} of {columns}, the one with the most text.</translation>
    </message>
    <message>
        <source>Authors taken from the column “{column}”.</source>
        <translation>Authors taken from the column “{column}”.</translation>
    </message>
    <message>
        <source>A Facilitator export: authors and colours taken as they were.</source>
        <translation>A Facilitator export: authors and colours taken as they were.</translation>
    </message>
    <message>
        <source>Lines with no text in that column, skipped: {count}.</source>
        <translation>Lines with no text in that column, skipped: {count}.</translation>
    </message>
    <message>
        <source>Lines with another number of cells than {columns}, to check: {count}.</source>
        <translation>Lines with another number of cells than {columns}, to check: {count}.</translation>
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
        <translation>too large: {width} × {height} pixels ({limit})</translation>
    </message>
    <message>
        <source>not a readable image: {reason}</source>
        <translation>not a readable image: {reason}</translation>
    </message>
    <message>
        <source>at most {side} pixels a side</source>
        <translation>at most {side} pixels a side</translation>
    </message>
    <message>
        <source>at most {megapixels} megapixels</source>
        <translation>at most {megapixels} megapixels</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>Not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation>Not valid JSON: {reason} (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>The JSON nests arrays and objects more than {limit} levels deep.</source>
        <translation>The JSON nests arrays and objects more than {limit} levels deep.</translation>
    </message>
    <message>
        <source>The JSON holds a number of more than {limit} digits.</source>
        <translation>The JSON holds a number of more than {limit} digits.</translation>
    </message>
    <message>
        <source>This JSON was written by a newer version of Facilitator (format {version}).</source>
        <translation>This JSON was written by a newer version of Facilitator (format {version}).</translation>
    </message>
    <message>
        <source>{location}: the id “{id}” is used twice.</source>
        <translation>{location}: the id “{id}” is used twice.</translation>
    </message>
    <message>
        <source>{location}: the workshop&apos;s id must be “{id}”.</source>
        <translation>{location}: the workshop&apos;s id must be “{id}”.</translation>
    </message>
    <message>
        <source>{location}: “{id}” refers to nothing.</source>
        <translation>{location}: “{id}” refers to nothing.</translation>
    </message>
    <message>
        <source>{location}: “{id}” is already in a team of this grouping ({other}).</source>
        <translation>{location}: “{id}” is already in a team of this grouping ({other}).</translation>
    </message>
    <message>
        <source>{location}: the phone “{phone}” already answered this poll ({other}).</source>
        <translation>{location}: the phone “{phone}” already answered this poll ({other}).</translation>
    </message>
    <message>
        <source>{location}: this option is already counted ({other}).</source>
        <translation>{location}: this option is already counted ({other}).</translation>
    </message>
    <message>
        <source>{location}: “{id}” is an option of another poll ({poll}).</source>
        <translation>{location}: “{id}” is an option of another poll ({poll}).</translation>
    </message>
    <message>
        <source>{location}: the answer does not fit its poll.</source>
        <translation>{location}: the answer does not fit its poll.</translation>
    </message>
    <message>
        <source>{location}: its options do not fit its kind ({kind}; options: {count}).</source>
        <translation>{location}: its options do not fit its kind ({kind}; options: {count}).</translation>
    </message>
    <message>
        <source>{location}: too long ({length} characters, at most {max}).</source>
        <translation>{location}: too long ({length} characters, at most {max}).</translation>
    </message>
    <message>
        <source>{location}: must be one of {allowed}.</source>
        <translation>{location}: must be one of {allowed}.</translation>
    </message>
    <message>
        <source>{location}: {value} is out of range.</source>
        <translation>{location}: {value} is out of range.</translation>
    </message>
    <message>
        <source>{location}: expected {expected}, found {found}.</source>
        <translation>{location}: expected {expected}, found {found}.</translation>
    </message>
    <message>
        <source>{location}: {reason}.</source>
        <translation>{location}: {reason}.</translation>
    </message>
    <message>
        <source>{location}: not valid base64 data.</source>
        <translation>{location}: not valid base64 data.</translation>
    </message>
    <message>
        <source>{location}: {reason}</source>
        <translation>{location}: {reason}</translation>
    </message>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not UTF-8 text (byte {offset}).</source>
        <translation>“{path}” is not UTF-8 text (byte {offset}).</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Edit an activity</source>
        <translation>Edit an activity</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>&amp;Opens</source>
        <translation>&amp;Opens</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Participant &amp;instructions</source>
        <translation>Participant &amp;instructions</translation>
    </message>
    <message>
        <source>Facilitator &amp;notes</source>
        <translation>Facilitator &amp;notes</translation>
    </message>
    <message>
        <source>&amp;Materials (one per line)</source>
        <translation>&amp;Materials (one per line)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Select an activity to edit it, or add one from the library.</source>
        <translation>Select an activity to edit it, or add one from the library.</translation>
    </message>
    <message>
        <source>Shown to the room on the projector</source>
        <translation>Shown to the room on the projector</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>For you only: steps, tips, timing</source>
        <translation>For you only: steps, tips, timing</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>Untitled board</translation>
    </message>
    <message>
        <source>+ A new board for this activity</source>
        <translation>+ A new board for this activity</translation>
    </message>
    <message>
        <source>Untitled vote</source>
        <translation>Untitled vote</translation>
    </message>
    <message>
        <source>(choose a board)</source>
        <translation>(choose a board)</translation>
    </message>
    <message>
        <source>(choose a vote: create it in Votes)</source>
        <translation>(choose a vote: create it in Votes)</translation>
    </message>
    <message>
        <source>&amp;Auto-advance</source>
        <translation>&amp;Auto-advance</translation>
    </message>
    <message>
        <source>As the workshop</source>
        <translation>As the workshop</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>When this activity&apos;s time is up: show “Up next”, then start the next activity of the day by itself. “As the workshop” follows the workshop&apos;s option (Details).</source>
        <translation>When this activity&apos;s time is up: show “Up next”, then start the next activity of the day by itself. “As the workshop” follows the workshop&apos;s option (Details).</translation>
    </message>
</context>
<context>
    <name>LabIndex</name>
    <message>
        <source>“{path}” is being written by another program (or was left so by a crash): what it held before is shown, and it is read again at the next refresh.</source>
        <translation>“{path}” is being written by another program (or was left so by a crash): what it held before is shown, and it is read again at the next refresh.</translation>
    </message>
    <message>
        <source>“{path}” changed each time it was read (a copy or a save in progress?): it is read again at the next refresh.</source>
        <translation>“{path}” changed each time it was read (a copy or a save in progress?): it is read again at the next refresh.</translation>
    </message>
    <message>
        <source>“{path}” is larger than {limit} MB: it is not listed, open it to see it.</source>
        <translation>“{path}” is larger than {limit} MB: it is not listed, open it to see it.</translation>
    </message>
    <message>
        <source>The folder “{path}” cannot be found (a network drive not connected?).</source>
        <translation>The folder “{path}” cannot be found (a network drive not connected?).</translation>
    </message>
    <message>
        <source>The folder “{path}” cannot be read: {reason}.</source>
        <translation>The folder “{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Folders more than {limit} levels below a chosen folder were not looked into (the first: “{path}”).</source>
        <translation>Folders more than {limit} levels below a chosen folder were not looked into (the first: “{path}”).</translation>
    </message>
    <message>
        <source>The chosen folders hold more than {limit} files and folders: the rest was not looked into. Choose the folders that hold the workshops.</source>
        <translation>The chosen folders hold more than {limit} files and folders: the rest was not looked into. Choose the folders that hold the workshops.</translation>
    </message>
    <message>
        <source>More than {limit} workshops: only the first {limit} are listed.</source>
        <translation>More than {limit} workshops: only the first {limit} are listed.</translation>
    </message>
    <message>
        <source>{count} folders were reached twice (a link loop, or a chosen folder inside another) and looked into once.</source>
        <translation>{count} folders were reached twice (a link loop, or a chosen folder inside another) and looked into once.</translation>
    </message>
</context>
<context>
    <name>LabModel</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Prototypes</source>
        <translation>Prototypes</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Overdue steps</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 — damaged</source>
        <translation>%1 — damaged</translation>
    </message>
    <message>
        <source>%1 — made by a newer version</source>
        <translation>%1 — made by a newer version</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — cannot be read</translation>
    </message>
    <message>
        <source>%1 (being written)</source>
        <translation>%1 (being written)</translation>
    </message>
    <message numerus="yes">
        <source>%n adopted</source>
        <translation>
            <numerusform>%n adopted</numerusform>
            <numerusform>%n adopted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being tested</source>
        <translation>
            <numerusform>%n being tested</numerusform>
            <numerusform>%n being tested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to test</source>
        <translation>
            <numerusform>%n to test</numerusform>
            <numerusform>%n to test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still an idea</source>
        <translation>
            <numerusform>%n still an idea</numerusform>
            <numerusform>%n still ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n dropped</numerusform>
            <numerusform>%n dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>A copy of “%1”: counted once, as that file.</source>
        <translation>A copy of “%1”: counted once, as that file.</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, due %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>no owner</translation>
    </message>
    <message>
        <source>Still an idea</source>
        <translation>Still an idea</translation>
    </message>
    <message>
        <source>To test</source>
        <translation>To test</translation>
    </message>
    <message>
        <source>Being tested</source>
        <translation>Being tested</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Activity report…</source>
        <translation>Activity report…</translation>
    </message>
    <message>
        <source>Search a title, a place, a facilitator…</source>
        <translation>Search a title, a place, a facilitator…</translation>
    </message>
    <message>
        <source>Choose the folders where the lab keeps its workshops (a shared network folder too): each workshop is listed here with its dates, its people and what came out of it. The files are only read, never changed.</source>
        <translation>Choose the folders where the lab keeps its workshops (a shared network folder too): each workshop is listed here with its dates, its people and what came out of it. The files are only read, never changed.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>Enter or a double click opens the workshop; click a column to sort.</source>
        <translation>Enter or a double click opens the workshop; click a column to sort.</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s): %1</source>
        <translation>
            <numerusform>%n folder: %1</numerusform>
            <numerusform>%n folders: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>All facilitators</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to check</source>
        <translation>
            <numerusform>%n file to check</numerusform>
            <numerusform>%n files to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <source>The folders could not be read entirely: try Refresh.</source>
        <translation>The folders could not be read entirely: try Refresh.</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>An activity report is already being made.</source>
        <translation>An activity report is already being made.</translation>
    </message>
    <message>
        <source>Making the activity report…</source>
        <translation>Making the activity report…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Activity report written to %1</source>
        <translation>Activity report written to %1</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” cannot be written: %2.</translation>
    </message>
    <message>
        <source>The activity report failed</source>
        <translation>The activity report failed</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>“{path}”: {location}: {reason}</source>
        <translation>“{path}”: {location}: {reason}</translation>
    </message>
    <message>
        <source>tables and arrays nest more than {limit} levels deep</source>
        <translation>tables and arrays nest more than {limit} levels deep</translation>
    </message>
    <message>
        <source>{count} entries: at most {limit} are allowed</source>
        <translation>{count} entries: at most {limit} are allowed</translation>
    </message>
    <message>
        <source>{length} characters: at most {limit} are allowed</source>
        <translation>{length} characters: at most {limit} are allowed</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {offset})</source>
        <translation>the file is not UTF-8 text (byte {offset})</translation>
    </message>
    <message>
        <source>a number has more than {limit} digits</source>
        <translation>a number has more than {limit} digits</translation>
    </message>
    <message>
        <source>“{id}” differs from the file name “{name}”</source>
        <translation>“{id}” differs from the file name “{name}”</translation>
    </message>
    <message>
        <source>must lie between duration_min and duration_max</source>
        <translation>must lie between duration_min and duration_max</translation>
    </message>
    <message>
        <source>is larger than group_max</source>
        <translation>is larger than group_max</translation>
    </message>
    <message>
        <source>a poll needs a question</source>
        <translation>a poll needs a question</translation>
    </message>
    <message>
        <source>a round needs a title</source>
        <translation>a round needs a title</translation>
    </message>
    <message>
        <source>{count} rounds once repeated: at most {limit} are allowed</source>
        <translation>{count} rounds once repeated: at most {limit} are allowed</translation>
    </message>
    <message>
        <source>the rounds last {minutes} min, longer than {name} ({limit} min)</source>
        <translation>the rounds last {minutes} min, longer than {name} ({limit} min)</translation>
    </message>
    <message>
        <source>the day must end after it starts</source>
        <translation>the day must end after it starts</translation>
    </message>
    <message>
        <source>unknown method “{id}”</source>
        <translation>unknown method “{id}”</translation>
    </message>
    <message>
        <source>an activity needs a method or a title</source>
        <translation>an activity needs a method or a title</translation>
    </message>
    <message>
        <source>is required without a method</source>
        <translation>is required without a method</translation>
    </message>
    <message>
        <source>the folder holds more than {count} entries: the others are not looked at</source>
        <translation>the folder holds more than {count} entries: the others are not looked at</translation>
    </message>
    <message>
        <source>only the first {count} files are read; {skipped} more are left out</source>
        <translation>only the first {count} files are read; {skipped} more are left out</translation>
    </message>
    <message>
        <source>the files read reach {limit} MB; {skipped} more are left out</source>
        <translation>the files read reach {limit} MB; {skipped} more are left out</translation>
    </message>
    <message>
        <source>“{id}” is already used</source>
        <translation>“{id}” is already used</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Method library</source>
        <translation>Method library</translation>
    </message>
    <message>
        <source>Search a method (Ctrl+F)</source>
        <translation>Search a method (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Add to the agenda</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Any duration</source>
        <translation>Any duration</translation>
    </message>
    <message>
        <source>Up to 15 min</source>
        <translation>Up to 15 min</translation>
    </message>
    <message>
        <source>16 to 30 min</source>
        <translation>16 to 30 min</translation>
    </message>
    <message>
        <source>31 to 60 min</source>
        <translation>31 to 60 min</translation>
    </message>
    <message>
        <source>Over an hour</source>
        <translation>Over an hour</translation>
    </message>
    <message>
        <source>%1 min (%2–%3)</source>
        <translation>%1 min (%2–%3)</translation>
    </message>
    <message>
        <source>opens: %1</source>
        <translation>opens: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Secret ballot</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <source>End the pass</source>
        <translation>End the pass</translation>
    </message>
    <message>
        <source>For the facilitator: type your code to end the pass. Anyone else: go back to the ballot and hand the laptop to the facilitator.</source>
        <translation>For the facilitator: type your code to end the pass. Anyone else: go back to the ballot and hand the laptop to the facilitator.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Back to the ballot</source>
        <translation>Back to the ballot</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(too large to show)</source>
        <translation>(too large to show)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>&amp;Close the workshop</source>
        <translation>&amp;Close the workshop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;About Facilitator</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Untitled workshop</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>This workshop cannot be opened</source>
        <translation>This workshop cannot be opened</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be written to the file.</source>
        <translation>
            <numerusform>%n change could not be written to the file.</numerusform>
            <numerusform>%n changes could not be written to the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy elsewhere to keep them.</source>
        <translation>Save a copy elsewhere to keep them.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Close and lose them</translation>
    </message>
    <message>
        <source>The workshop cannot be created</source>
        <translation>The workshop cannot be created</translation>
    </message>
    <message>
        <source>The demo cannot be created</source>
        <translation>The demo cannot be created</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>The copy cannot be saved</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>About Facilitator</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to bring, from every day&apos;s activities.</source>
        <translation>
            <numerusform>%n item to bring, from every day&apos;s activities.</numerusform>
            <numerusform>%n items to bring, from every day&apos;s activities.</numerusform>
        </translation>
    </message>
    <message>
        <source>No materials yet: they come with the activities you add.</source>
        <translation>No materials yet: they come with the activities you add.</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>&amp;Across:</source>
        <translation>&amp;Across:</translation>
    </message>
    <message>
        <source>&amp;Up:</source>
        <translation>&amp;Up:</translation>
    </message>
    <message>
        <source>Drag each idea from the list on the right into the matrix, where the room places it; drag it back to the list to take it out.</source>
        <translation>Drag each idea from the list on the right into the matrix, where the room places it; drag it back to the list to take it out.</translation>
    </message>
    <message>
        <source>To place</source>
        <translation>To place</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Name an axis</source>
        <translation>Name an axis</translation>
    </message>
    <message>
        <source>Place an idea in the matrix</source>
        <translation>Place an idea in the matrix</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Merging needs at least {least} workshops (rooms).</source>
        <translation>Merging needs at least {least} workshops (rooms).</translation>
    </message>
    <message>
        <source>At most {most} workshops (rooms) can be merged into one event; {count} were given.</source>
        <translation>At most {most} workshops (rooms) can be merged into one event; {count} were given.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” hold the same workshop (one file merged with itself, or two copies of one file): each room is merged once.</source>
        <translation>“{first}” and “{second}” hold the same workshop (one file merged with itself, or two copies of one file): each room is merged once.</translation>
    </message>
</context>
<context>
    <name>NamedGrid</name>
    <message>
        <source>A participant&apos;s name</source>
        <translation>A participant&apos;s name</translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation>Add a column</translation>
    </message>
    <message>
        <source>Record each person&apos;s dots: one column per participant. Their dots are checked against the rules of the vote.</source>
        <translation>Record each person&apos;s dots: one column per participant. Their dots are checked against the rules of the vote.</translation>
    </message>
    <message>
        <source>“%1” is not a number of dots.</source>
        <translation>“%1” is not a number of dots.</translation>
    </message>
    <message>
        <source>A participant&apos;s dots</source>
        <translation>A participant&apos;s dots</translation>
    </message>
</context>
<context>
    <name>NamesChoice</name>
    <message>
        <source>People&apos;s names</source>
        <translation>People&apos;s names</translation>
    </message>
    <message>
        <source>List the participants on the cover</source>
        <translation>List the participants on the cover</translation>
    </message>
    <message>
        <source>Leave out the participants&apos; and authors&apos; names</source>
        <translation>Leave out the participants&apos; and authors&apos; names</translation>
    </message>
    <message>
        <source>No idea&apos;s author, no next step&apos;s owner but the facilitators, no team field: in the PDF, the Markdown and the CSV alike. The facilitators&apos; names stay.</source>
        <translation>No idea&apos;s author, no next step&apos;s owner but the facilitators, no team field: in the PDF, the Markdown and the CSV alike. The facilitators&apos; names stay.</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <source>Names in the export</source>
        <translation>Names in the export</translation>
    </message>
</context>
<context>
    <name>NewGroupingDialog</name>
    <message>
        <source>New grouping</source>
        <translation>New grouping</translation>
    </message>
    <message>
        <source>Groups of about</source>
        <translation>Groups of about</translation>
    </message>
    <message>
        <source>A number of groups</source>
        <translation>A number of groups</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Spread the roles over the groups as well</source>
        <translation>Spread the roles over the groups as well</translation>
    </message>
    <message>
        <source>Draw number</source>
        <translation>Draw number</translation>
    </message>
    <message>
        <source>a new draw</source>
        <translation>a new draw</translation>
    </message>
    <message>
        <source>The same participants and the same draw number give the same groups.</source>
        <translation>The same participants and the same draw number give the same groups.</translation>
    </message>
    <message>
        <source>No one absent, no wish</source>
        <translation>No one absent, no wish</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), from the Details page.</source>
        <translation>
            <numerusform>%n participant, from the Details page.</numerusform>
            <numerusform>%n participants, from the Details page.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant yet: add them on the Details page first.</source>
        <translation>No participant yet: add them on the Details page first.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>&amp;Absent and wishes as in</source>
        <translation>&amp;Absent and wishes as in</translation>
    </message>
</context>
<context>
    <name>NewVoteDialog</name>
    <message>
        <source>New vote</source>
        <translation>New vote</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <source>Scores on criteria</source>
        <translation>Scores on criteria</translation>
    </message>
    <message>
        <source>A 2×2 matrix</source>
        <translation>A 2×2 matrix</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>Untitled board</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Dots on the paper wall, counted here</source>
        <translation>Dots on the paper wall, counted here</translation>
    </message>
    <message>
        <source>The laptop passed round</source>
        <translation>The laptop passed round</translation>
    </message>
    <message>
        <source>Named: I record each person&apos;s dots</source>
        <translation>Named: I record each person&apos;s dots</translation>
    </message>
    <message>
        <source>Negative dots allowed (a vote against)</source>
        <translation>Negative dots allowed (a vote against)</translation>
    </message>
    <message>
        <source>Anonymous: no names asked at the laptop</source>
        <translation>Anonymous: no names asked at the laptop</translation>
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
        <translation>&amp;Kind of vote</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Vote on</source>
        <translation>&amp;Vote on</translation>
    </message>
    <message>
        <source>&amp;Put to the vote</source>
        <translation>&amp;Put to the vote</translation>
    </message>
    <message>
        <source>&amp;Collected</source>
        <translation>&amp;Collected</translation>
    </message>
    <message>
        <source>&amp;Dots per participant</source>
        <translation>&amp;Dots per participant</translation>
    </message>
    <message>
        <source>&amp;At most on one idea</source>
        <translation>&amp;At most on one idea</translation>
    </message>
    <message>
        <source>Axis going &amp;up</source>
        <translation>Axis going &amp;up</translation>
    </message>
    <message>
        <source>Axis going &amp;across</source>
        <translation>Axis going &amp;across</translation>
    </message>
    <message>
        <source>Impact / effort matrix</source>
        <translation>Impact / effort matrix</translation>
    </message>
    <message>
        <source>Nothing to vote on: tick some ideas.</source>
        <translation>Nothing to vote on: tick some ideas.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s), %2</source>
        <translation>
            <numerusform>%1 — %n day, %2</numerusform>
            <numerusform>%1 — %n days, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <source>&amp;Language of the workshop</source>
        <translation>&amp;Language of the workshop</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>T&amp;emplate</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Line {line}: “{name}” is already a participant; not added again.</source>
        <translation>Line {line}: “{name}” is already a participant; not added again.</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” ({organisation}) is already a participant; not added again.</source>
        <translation>Line {line}: “{name}” ({organisation}) is already a participant; not added again.</translation>
    </message>
    <message>
        <source>The workshop would have {count} participants, more than the {most} it can hold: add fewer people at once.</source>
        <translation>The workshop would have {count} participants, more than the {most} it can hold: add fewer people at once.</translation>
    </message>
    <message>
        <source>Participants added: {added}; already there, not added again: {already}.</source>
        <translation>Participants added: {added}; already there, not added again: {already}.</translation>
    </message>
    <message>
        <source>Participants added: {added}.</source>
        <translation>Participants added: {added}.</translation>
    </message>
</context>
<context>
    <name>PassPanel</name>
    <message>
        <source>Your name (optional: leave empty to vote anonymously)</source>
        <translation>Your name (optional: leave empty to vote anonymously)</translation>
    </message>
    <message>
        <source>Confirm my dots, then pass the laptop</source>
        <translation>Confirm my dots, then pass the laptop</translation>
    </message>
    <message>
        <source>Participant %1: your turn</source>
        <translation>Participant %1: your turn</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) left to place</source>
        <translation>
            <numerusform>%n dot left to place</numerusform>
            <numerusform>%n dots left to place</numerusform>
        </translation>
    </message>
    <message>
        <source>All your dots are placed.</source>
        <translation>All your dots are placed.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) too many</source>
        <translation>
            <numerusform>%n dot too many</numerusform>
            <numerusform>%n dots too many</numerusform>
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
        <translation>Pass the laptop round</translation>
    </message>
    <message>
        <source>Each person in turn sees a clean ballot and nothing else: not the others&apos; dots, not the results, not the menus or the other pages. The laptop stays on the ballot until you end the pass.</source>
        <translation>Each person in turn sees a clean ballot and nothing else: not the others&apos; dots, not the results, not the menus or the other pages. The laptop stays on the ballot until you end the pass.</translation>
    </message>
    <message>
        <source>&amp;Code to end the pass (optional):</source>
        <translation>&amp;Code to end the pass (optional):</translation>
    </message>
    <message>
        <source>%1 characters or more, e.g. 4 digits</source>
        <translation>%1 characters or more, e.g. 4 digits</translation>
    </message>
    <message>
        <source>Lock the laptop on the ballot</source>
        <translation>Lock the laptop on the ballot</translation>
    </message>
    <message>
        <source>If the projector shows this same screen, the room will see every ballot: mute the projector&apos;s picture first (its Blank or AV mute button), or extend the display to it.</source>
        <translation>If the projector shows this same screen, the room will see every ballot: mute the projector&apos;s picture first (its Blank or AV mute button), or extend the display to it.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per person</source>
        <translation>
            <numerusform>%n dot per person</numerusform>
            <numerusform>%n dots per person</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 on one idea</source>
        <translation>at most %1 on one idea</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>a name may be given</source>
        <translation>a name may be given</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) recorded so far</source>
        <translation>
            <numerusform>%n ballot recorded so far</numerusform>
            <numerusform>%n ballots recorded so far</numerusform>
        </translation>
    </message>
    <message>
        <source>To end the pass: %1, then your code. Without a code these keys alone end it, for anyone who knows them.</source>
        <translation>To end the pass: %1, then your code. Without a code these keys alone end it, for anyone who knows them.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Type a name, then Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected person (Delete)</source>
        <translation>Remove the selected person (Delete)</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Import participants…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or text file, or from lines pasted from a spreadsheet: name; organisation; role</source>
        <translation>Add participants from a CSV or text file, or from lines pasted from a spreadsheet: name; organisation; role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>The person&apos;s role in the room (agent, elected member, user…), which groups can balance</source>
        <translation>The person&apos;s role in the room (agent, elected member, user…), which groups can balance</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <source>Change the organisation of “%1”</source>
        <translation>Change the organisation of “%1”</translation>
    </message>
    <message>
        <source>Change the role of “%1”</source>
        <translation>Change the role of “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Reorder the names</source>
        <translation>Reorder the names</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoItem</name>
    <message>
        <source>Photo too large to show</source>
        <translation>Photo too large to show</translation>
    </message>
    <message>
        <source>Unreadable photo</source>
        <translation>Unreadable photo</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is too large ({size} MB; at most {limit} MB).</source>
        <translation>“{path}” is too large ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <source>“{path}” is a drawing (SVG), which can refer to other files: it is refused. Export it as PNG or JPEG first.</source>
        <translation>“{path}” is a drawing (SVG), which can refer to other files: it is refused. Export it as PNG or JPEG first.</translation>
    </message>
    <message>
        <source>“{path}” is not an image that can be read ({reason}).</source>
        <translation>“{path}” is not an image that can be read ({reason}).</translation>
    </message>
    <message>
        <source>“{path}” is damaged: {reason}.</source>
        <translation>“{path}” is damaged: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is too large ({width} × {height} pixels; {limit}).</source>
        <translation>“{path}” is too large ({width} × {height} pixels; {limit}).</translation>
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
        <translation>ROTI (return on time invested)</translation>
    </message>
    <message>
        <source>Weather (check-in)</source>
        <translation>Weather (check-in)</translation>
    </message>
    <message>
        <source>Scale from 1 to N</source>
        <translation>Scale from 1 to N</translation>
    </message>
    <message>
        <source>Choice among options</source>
        <translation>Choice among options</translation>
    </message>
    <message>
        <source>A few words (word cloud)</source>
        <translation>A few words (word cloud)</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Short text</translation>
    </message>
    <message>
        <source>New poll</source>
        <translation>New poll</translation>
    </message>
    <message>
        <source>The question, as the room reads it</source>
        <translation>The question, as the room reads it</translation>
    </message>
    <message>
        <source>&amp;New poll:</source>
        <translation>&amp;New poll:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Phones can answer (the poll open before closes)</source>
        <translation>Phones can answer (the poll open before closes)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Phones can no longer answer</source>
        <translation>Phones can no longer answer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Show the poll on the projector (pressed again: its next page)</source>
        <translation>Show the poll on the projector (pressed again: its next page)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Scale from 1 &amp;to</source>
        <translation>Scale from 1 &amp;to</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Add an option</translation>
    </message>
    <message>
        <source>Remove the option</source>
        <translation>Remove the option</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Paper count</source>
        <translation>Paper count</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Typed from paper: Enter adds it</source>
        <translation>Typed from paper: Enter adds it</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation>Remove the answer</translation>
    </message>
    <message>
        <source>Draft: not open yet</source>
        <translation>Draft: not open yet</translation>
    </message>
    <message>
        <source>Open: phones are answering</source>
        <translation>Open: phones are answering</translation>
    </message>
    <message>
        <source>Closed: phones no longer answer</source>
        <translation>Closed: phones no longer answer</translation>
    </message>
    <message>
        <source>Results revealed</source>
        <translation>Results revealed</translation>
    </message>
    <message>
        <source>Choose an activity to give it a poll.</source>
        <translation>Choose an activity to give it a poll.</translation>
    </message>
    <message>
        <source>No poll for this activity yet: choose a kind, create it.</source>
        <translation>No poll for this activity yet: choose a kind, create it.</translation>
    </message>
    <message>
        <source>Choose a poll in the list, or create one.</source>
        <translation>Choose a poll in the list, or create one.</translation>
    </message>
    <message>
        <source>Poll %1</source>
        <translation>Poll %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Hide the results</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Reveal the results</translation>
    </message>
    <message>
        <source>The projector shows the question and the number of answers again</source>
        <translation>The projector shows the question and the number of answers again</translation>
    </message>
    <message>
        <source>The projector shows the results; phones can no longer answer</source>
        <translation>The projector shows the results; phones can no longer answer</translation>
    </message>
    <message>
        <source>Phones: %1 · Paper: %2 · Total: %3</source>
        <translation>Phones: %1 · Paper: %2 · Total: %3</translation>
    </message>
    <message>
        <source>Mean: %1 out of %2</source>
        <translation>Mean: %1 out of %2</translation>
    </message>
    <message>
        <source>Options change only while nobody has answered</source>
        <translation>Options change only while nobody has answered</translation>
    </message>
    <message>
        <source>“%1” is not a count.</source>
        <translation>“%1” is not a count.</translation>
    </message>
    <message>
        <source>Words from a paper (a comma between two): Enter adds them</source>
        <translation>Words from a paper (a comma between two): Enter adds them</translation>
    </message>
    <message>
        <source>A text from a paper: Enter adds it</source>
        <translation>A text from a paper: Enter adds it</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Given most: %1</source>
        <translation>Given most: %1</translation>
    </message>
    <message>
        <source>No word yet.</source>
        <translation>No word yet.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>Word the poll&apos;s question</source>
        <translation>Word the poll&apos;s question</translation>
    </message>
    <message>
        <source>Open a poll</source>
        <translation>Open a poll</translation>
    </message>
    <message>
        <source>Close a poll</source>
        <translation>Close a poll</translation>
    </message>
    <message>
        <source>Hide a poll&apos;s results</source>
        <translation>Hide a poll&apos;s results</translation>
    </message>
    <message>
        <source>Reveal a poll&apos;s results</source>
        <translation>Reveal a poll&apos;s results</translation>
    </message>
    <message>
        <source>Delete a poll</source>
        <translation>Delete a poll</translation>
    </message>
    <message>
        <source>The poll is deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>The poll is deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Change the scale</source>
        <translation>Change the scale</translation>
    </message>
    <message>
        <source>Remove an option</source>
        <translation>Remove an option</translation>
    </message>
    <message>
        <source>Word an option</source>
        <translation>Word an option</translation>
    </message>
    <message>
        <source>Type a paper count</source>
        <translation>Type a paper count</translation>
    </message>
    <message>
        <source>Type an answer from paper</source>
        <translation>Type an answer from paper</translation>
    </message>
    <message>
        <source>Correct an answer from paper</source>
        <translation>Correct an answer from paper</translation>
    </message>
    <message>
        <source>Remove an answer</source>
        <translation>Remove an answer</translation>
    </message>
</context>
<context>
    <name>Polls</name>
    <message>
        <source>A scale goes from 1 to {low}–{high}, not {count}.</source>
        <translation>A scale goes from 1 to {low}–{high}, not {count}.</translation>
    </message>
    <message>
        <source>A choice has {low} to {high} options, not {count}.</source>
        <translation>A choice has {low} to {high} options, not {count}.</translation>
    </message>
    <message>
        <source>Only a scale or a choice has options.</source>
        <translation>Only a scale or a choice has options.</translation>
    </message>
    <message>
        <source>Unknown kind of poll: “{kind}”.</source>
        <translation>Unknown kind of poll: “{kind}”.</translation>
    </message>
    <message>
        <source>Option {number} of the choice is empty.</source>
        <translation>Option {number} of the choice is empty.</translation>
    </message>
    <message>
        <source>A workshop holds at most {limit} polls.</source>
        <translation>A workshop holds at most {limit} polls.</translation>
    </message>
    <message>
        <source>More labels than values on the scale.</source>
        <translation>More labels than values on the scale.</translation>
    </message>
    <message>
        <source>“{question}” has answers: its options can no longer change.</source>
        <translation>“{question}” has answers: its options can no longer change.</translation>
    </message>
    <message>
        <source>Unknown status of a poll: “{status}”.</source>
        <translation>Unknown status of a poll: “{status}”.</translation>
    </message>
    <message>
        <source>An answer has at most {limit} characters.</source>
        <translation>An answer has at most {limit} characters.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>The answer is empty.</translation>
    </message>
    <message>
        <source>At most {limit} words in one answer ({count} given).</source>
        <translation>At most {limit} words in one answer ({count} given).</translation>
    </message>
    <message>
        <source>“{word}…” is too long for one word (at most {limit} characters).</source>
        <translation>“{word}…” is too long for one word (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>This option is not one of the poll’s.</source>
        <translation>This option is not one of the poll’s.</translation>
    </message>
    <message>
        <source>This poll asks for words, not an option.</source>
        <translation>This poll asks for words, not an option.</translation>
    </message>
    <message>
        <source>This poll holds at most {limit} answers.</source>
        <translation>This poll holds at most {limit} answers.</translation>
    </message>
    <message>
        <source>This poll is not open.</source>
        <translation>This poll is not open.</translation>
    </message>
    <message>
        <source>An answer from a phone needs the phone’s label.</source>
        <translation>An answer from a phone needs the phone’s label.</translation>
    </message>
    <message>
        <source>Type the paper counts of each option for this poll.</source>
        <translation>Type the paper counts of each option for this poll.</translation>
    </message>
    <message>
        <source>Only answers typed from paper can be corrected here.</source>
        <translation>Only answers typed from paper can be corrected here.</translation>
    </message>
    <message>
        <source>A paper count goes from 0 to {limit}, not {count}.</source>
        <translation>A paper count goes from 0 to {limit}, not {count}.</translation>
    </message>
</context>
<context>
    <name>PollsPage</name>
    <message>
        <source>Every poll of the workshop. A poll of an activity opens on the Run page when the activity is on; a poll made here belongs to no activity.</source>
        <translation>Every poll of the workshop. A poll of an activity opens on the Run page when the activity is on; a poll made here belongs to no activity.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>scale 1–%1</source>
        <translation>scale 1–%1</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>revealed</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(no question yet)</translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(no activity)</translation>
    </message>
</context>
<context>
    <name>ProjectedBoard</name>
    <message>
        <source>No board to show.</source>
        <translation>No board to show.</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Unnamed cluster</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Not in a cluster</translation>
    </message>
    <message>
        <source>No idea yet.</source>
        <translation>No idea yet.</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more idea(s)</source>
        <translation>
            <numerusform>+ %n more idea</numerusform>
            <numerusform>+ %n more ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectedLink</name>
    <message>
        <source>Join from your phone: scan, or type the address</source>
        <translation>Join from your phone: scan, or type the address</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Join code</translation>
    </message>
</context>
<context>
    <name>ProjectedPoll</name>
    <message>
        <source>Answer on your phone</source>
        <translation>Answer on your phone</translation>
    </message>
    <message>
        <source>The poll opens in a moment</source>
        <translation>The poll opens in a moment</translation>
    </message>
    <message>
        <source>Answers are closed</source>
        <translation>Answers are closed</translation>
    </message>
    <message>
        <source>Answers: {count}</source>
        <translation>Answers: {count}</translation>
    </message>
    <message>
        <source>Answers: {count} (of which {paper} on paper)</source>
        <translation>Answers: {count} (of which {paper} on paper)</translation>
    </message>
    <message>
        <source>Mean: {mean} out of {top}</source>
        <translation>Mean: {mean} out of {top}</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <source>Words not shown here: {count}</source>
        <translation>Words not shown here: {count}</translation>
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
            <numerusform>%n idea tied at rank 1: too many to list here</numerusform>
            <numerusform>%n ideas tied at rank 1: too many to list here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more, tied at rank %1</source>
        <translation>
            <numerusform>and %n more, tied at rank %1</numerusform>
            <numerusform>and %n more, tied at rank %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more, %1 of them tied at rank %2</source>
        <translation>
            <numerusform>and %n more, %1 of them tied at rank %2</numerusform>
            <numerusform>and %n more, %1 of them tied at rank %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Timebox</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Break — back in %1</source>
        <translation>Break — back in %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>The figures of the lab’s workshops held in the period: workshops, days, participants, organisations, ideas, prototypes, next steps.</source>
        <translation>The figures of the lab’s workshops held in the period: workshops, days, participants, organisations, ideas, prototypes, next steps.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <source>CSV table (for a spreadsheet)</source>
        <translation>CSV table (for a spreadsheet)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown text</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Show the results</source>
        <translation>Show the results</translation>
    </message>
    <message>
        <source>Reveal the results on the projector</source>
        <translation>Reveal the results on the projector</translation>
    </message>
    <message>
        <source>Tick the top ideas</source>
        <translation>Tick the top ideas</translation>
    </message>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>The results stay hidden while the laptop goes round, so that nobody follows the others&apos; dots.</source>
        <translation>The results stay hidden while the laptop goes round, so that nobody follows the others&apos; dots.</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
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
        <translation>Card</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(deleted since)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>across</source>
        <translation>across</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>Make %n prototype card(s)</source>
        <translation>
            <numerusform>Make %n prototype card</numerusform>
            <numerusform>Make %n prototype cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Make prototype cards</source>
        <translation>Make prototype cards</translation>
    </message>
    <message>
        <source>Tick ideas to make prototype cards</source>
        <translation>Tick ideas to make prototype cards</translation>
    </message>
    <message>
        <source>Prototype cards from the vote</source>
        <translation>Prototype cards from the vote</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>Room link</source>
        <translation>Room link</translation>
    </message>
    <message>
        <source>Participants send ideas and dots from their phones over this room&apos;s network: no internet, no account. Choose the network the phones are on (the venue&apos;s Wi-Fi, or this laptop&apos;s own hotspot), then start.</source>
        <translation>Participants send ideas and dots from their phones over this room&apos;s network: no internet, no account. Choose the network the phones are on (the venue&apos;s Wi-Fi, or this laptop&apos;s own hotspot), then start.</translation>
    </message>
    <message>
        <source>Idea from a phone</source>
        <translation>Idea from a phone</translation>
    </message>
    <message>
        <source>Ideas from phones</source>
        <translation>Ideas from phones</translation>
    </message>
    <message>
        <source>Dots from a phone</source>
        <translation>Dots from a phone</translation>
    </message>
    <message>
        <source>Dots from phones</source>
        <translation>Dots from phones</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>Show on the projector</translation>
    </message>
    <message>
        <source>Ideas go to</source>
        <translation>Ideas go to</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <source>Receive ideas</source>
        <translation>Receive ideas</translation>
    </message>
    <message>
        <source>Review each idea before it appears on the board</source>
        <translation>Review each idea before it appears on the board</translation>
    </message>
    <message>
        <source>Show on the board</source>
        <translation>Show on the board</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Remove from the room</translation>
    </message>
    <message>
        <source>Receive photos from phones</source>
        <translation>Receive photos from phones</translation>
    </message>
    <message>
        <source>Card open for photos</source>
        <translation>Card open for photos</translation>
    </message>
    <message>
        <source>Photos from your own phone</source>
        <translation>Photos from your own phone</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>The selected photos join their board or card (Undo takes them back).</source>
        <translation>The selected photos join their board or card (Undo takes them back).</translation>
    </message>
    <message>
        <source>The selected photos are deleted from the workshop (Undo brings them back).</source>
        <translation>The selected photos are deleted from the workshop (Undo brings them back).</translation>
    </message>
    <message>
        <source>%1 — this laptop only (to try it)</source>
        <translation>%1 — this laptop only (to try it)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no board)</source>
        <translation>(no board)</translation>
    </message>
    <message>
        <source>(no open dot vote)</source>
        <translation>(no open dot vote)</translation>
    </message>
    <message>
        <source>(no card: photos go with the board)</source>
        <translation>(no card: photos go with the board)</translation>
    </message>
    <message>
        <source>No network is up: connect to the venue&apos;s Wi-Fi or start a hotspot.</source>
        <translation>No network is up: connect to the venue&apos;s Wi-Fi or start a hotspot.</translation>
    </message>
    <message>
        <source>The room link could not start: %1.</source>
        <translation>The room link could not start: %1.</translation>
    </message>
    <message>
        <source>Accept photos from phones</source>
        <translation>Accept photos from phones</translation>
    </message>
    <message>
        <source>Hide photos from phones</source>
        <translation>Hide photos from phones</translation>
    </message>
    <message>
        <source>The selected phones can send nothing more, and their ideas and photos waiting for review are dropped; their address cannot join again for 10 minutes.</source>
        <translation>The selected phones can send nothing more, and their ideas and photos waiting for review are dropped; their address cannot join again for 10 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) waiting for review</source>
        <translation>
            <numerusform>%n photo waiting for review</numerusform>
            <numerusform>%n photos waiting for review</numerusform>
        </translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <source>Stop the room link</source>
        <translation>Stop the room link</translation>
    </message>
    <message>
        <source>Start the room link</source>
        <translation>Start the room link</translation>
    </message>
    <message>
        <source>Open at %1 — join code %2</source>
        <translation>Open at %1 — join code %2</translation>
    </message>
    <message>
        <source>Scan it with your own phone to send photos: they arrive as “%2” and wait below for you to accept them. Never shown on the projector.
%1</source>
        <translation>Scan it with your own phone to send photos: they arrive as “%2” and wait below for you to accept them. Never shown on the projector.
%1</translation>
    </message>
    <message>
        <source>The room link is off.</source>
        <translation>The room link is off.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos received: %1 · hidden: %2</source>
        <translation>Photos received: %1 · hidden: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) sent</source>
        <translation>
            <numerusform>%n idea sent</numerusform>
            <numerusform>%n ideas sent</numerusform>
        </translation>
    </message>
    <message>
        <source>What phones sent (ideas, dots, photos) is kept in memory but not saved: %1 The phones were told so. It is saved as soon as the workshop can be written again.</source>
        <translation>What phones sent (ideas, dots, photos) is kept in memory but not saved: %1 The phones were told so. It is saved as soon as the workshop can be written again.</translation>
    </message>
    <message>
        <source>Ideas waiting for review could not be saved on this laptop: %1.</source>
        <translation>Ideas waiting for review could not be saved on this laptop: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) waiting for review</source>
        <translation>
            <numerusform>%n idea waiting for review</numerusform>
            <numerusform>%n ideas waiting for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas received: %1 · hidden: %2 · requests refused: %3</source>
        <translation>Ideas received: %1 · hidden: %2 · requests refused: %3</translation>
    </message>
</context>
<context>
    <name>RosterFiles</name>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not a text or CSV file.</source>
        <translation>“{path}” is not a text or CSV file.</translation>
    </message>
    <message>
        <source>The pasted text has {length} characters, more than the {limit} read at once.</source>
        <translation>The pasted text has {length} characters, more than the {limit} read at once.</translation>
    </message>
    <message>
        <source>{count} people are listed, more than the {limit} added at once: split the list.</source>
        <translation>{count} people are listed, more than the {limit} added at once: split the list.</translation>
    </message>
    <message>
        <source>The list has more than {rows} lines with text, and at most {limit} people are added at once: split the list.</source>
        <translation>The list has more than {rows} lines with text, and at most {limit} people are added at once: split the list.</translation>
    </message>
    <message>
        <source>People read from “{name}”: {count}.</source>
        <translation>People read from “{name}”: {count}.</translation>
    </message>
    <message>
        <source>People read from the pasted text: {count}.</source>
        <translation>People read from the pasted text: {count}.</translation>
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
        <translation>Columns taken from the first line: {columns}.</translation>
    </message>
    <message>
        <source>No header: each line is read as name, organisation, role.</source>
        <translation>No header: each line is read as name, organisation, role.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Columns not imported: {columns}.</translation>
    </message>
    <message>
        <source>The first line names no column of names (“Nom”, “Name”, “Prénom”…): nobody can be added.</source>
        <translation>The first line names no column of names (“Nom”, “Name”, “Prénom”…): nobody can be added.</translation>
    </message>
    <message>
        <source>Line {line}: no name, not added.</source>
        <translation>Line {line}: no name, not added.</translation>
    </message>
    <message>
        <source>Line {line}: {field} has {length} characters, more than {limit}: not added.</source>
        <translation>Line {line}: {field} has {length} characters, more than {limit}: not added.</translation>
    </message>
    <message>
        <source>Line {line}: {length} characters, more than the {limit} of a line: not read.</source>
        <translation>Line {line}: {length} characters, more than the {limit} of a line: not read.</translation>
    </message>
    <message>
        <source>Line {line}: a quotation mark is never closed; the line is read on its own.</source>
        <translation>Line {line}: a quotation mark is never closed; the line is read on its own.</translation>
    </message>
    <message>
        <source>Lines with more than three cells, the cells after the third not imported: {count}.</source>
        <translation>Lines with more than three cells, the cells after the third not imported: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” is also on line {first}; both are added (two people may share a name).</source>
        <translation>Line {line}: “{name}” is also on line {first}; both are added (two people may share a name).</translation>
    </message>
    <message>
        <source>And {count} more lines to check.</source>
        <translation>And {count} more lines to check.</translation>
    </message>
    <message>
        <source>Read as an address book (vCard): each card’s name, organisation and title.</source>
        <translation>Read as an address book (vCard): each card’s name, organisation and title.</translation>
    </message>
    <message>
        <source>Read as e-mail addresses: the name before each address.</source>
        <translation>Read as e-mail addresses: the name before each address.</translation>
    </message>
    <message>
        <source>Line {line}: “{address}” has no name: added as “{name}”, check it.</source>
        <translation>Line {line}: “{address}” has no name: added as “{name}”, check it.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>the role</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>{kind} (“{header}”)</source>
        <translation>{kind} (“{header}”)</translation>
    </message>
    <message>
        <source>“{column}”</source>
        <translation>“{column}”</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Or paste the list here, one person a line: name; organisation; role (cells copied from a spreadsheet, a CSV file, names alone). A first line such as “Nom;Prénom;Structure;Fonction” says which column is what.</source>
        <translation>Or paste the list here, one person a line: name; organisation; role (cells copied from a spreadsheet, a CSV file, names alone). A first line such as “Nom;Prénom;Structure;Fonction” says which column is what.</translation>
    </message>
    <message>
        <source>Marie Dupont; Mairie de Lyon; elected member</source>
        <translation>Marie Dupont; Mairie de Lyon; elected member</translation>
    </message>
    <message>
        <source>&amp;Columns separated by:</source>
        <translation>&amp;Columns separated by:</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Found automatically</translation>
    </message>
    <message>
        <source>Semicolons (;)</source>
        <translation>Semicolons (;)</translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation>Commas (,)</translation>
    </message>
    <message>
        <source>Tabs (cells of a spreadsheet)</source>
        <translation>Tabs (cells of a spreadsheet)</translation>
    </message>
    <message>
        <source>Nothing: one name a line</source>
        <translation>Nothing: one name a line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Lines left out or to check:</source>
        <translation>Lines left out or to check:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Nothing to import yet.</translation>
    </message>
    <message>
        <source>The first %1 are shown; all %2 will be added.</source>
        <translation>The first %1 are shown; all %2 will be added.</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>A round must last at least {minimum} seconds (here: {seconds} s).</source>
        <translation>A round must last at least {minimum} seconds (here: {seconds} s).</translation>
    </message>
    <message>
        <source>A round can last at most {maximum} (here: {seconds} s).</source>
        <translation>A round can last at most {maximum} (here: {seconds} s).</translation>
    </message>
    <message>
        <source>A round is run at least once.</source>
        <translation>A round is run at least once.</translation>
    </message>
    <message>
        <source>A round can be repeated at most {maximum} times (here: {repeat}).</source>
        <translation>A round can be repeated at most {maximum} times (here: {repeat}).</translation>
    </message>
    <message>
        <source>An activity has at most {maximum} rounds in all, repeats counted; these would make {count}.</source>
        <translation>An activity has at most {maximum} rounds in all, repeats counted; these would make {count}.</translation>
    </message>
    <message>
        <source>This activity has {count} rounds in all: only the first {maximum} are run.</source>
        <translation>This activity has {count} rounds in all: only the first {maximum} are run.</translation>
    </message>
    <message>
        <source>“{title}” lasts {seconds} s: it is run for {minimum} s, the shortest round.</source>
        <translation>“{title}” lasts {seconds} s: it is run for {minimum} s, the shortest round.</translation>
    </message>
    <message>
        <source>The rounds last {rounds}, longer than the activity ({item}): on the day the activity lasts as long as its rounds, and the forecast counts it.</source>
        <translation>The rounds last {rounds}, longer than the activity ({item}): on the day the activity lasts as long as its rounds, and the forecast counts it.</translation>
    </message>
    <message>
        <source>Round {number}/{count}</source>
        <translation>Round {number}/{count}</translation>
    </message>
    <message>
        <source>This grouping has no team.</source>
        <translation>This grouping has no team.</translation>
    </message>
    <message>
        <source>Each slot lasts from {minimum} seconds to {maximum} hours.</source>
        <translation>Each slot lasts from {minimum} seconds to {maximum} hours.</translation>
    </message>
    <message>
        <source>{teams} teams make {count} slots: an activity has at most {maximum} rounds.</source>
        <translation>{teams} teams make {count} slots: an activity has at most {maximum} rounds.</translation>
    </message>
</context>
<context>
    <name>RoundsEditor</name>
    <message>
        <source>Edit a round</source>
        <translation>Edit a round</translation>
    </message>
    <message>
        <source>D&amp;uration (min:s)</source>
        <translation>D&amp;uration (min:s)</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>R&amp;epeat</translation>
    </message>
    <message>
        <source>&amp;Round title</source>
        <translation>&amp;Round title</translation>
    </message>
    <message>
        <source>In&amp;struction for the room</source>
        <translation>In&amp;struction for the room</translation>
    </message>
    <message>
        <source>Notes for &amp;you</source>
        <translation>Notes for &amp;you</translation>
    </message>
    <message>
        <source>+ Round</source>
        <translation>+ Round</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
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
        <translation>Slots per group…</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>Add a round</translation>
    </message>
    <message>
        <source>Remove the round (Delete)</source>
        <translation>Remove the round (Delete)</translation>
    </message>
    <message>
        <source>Move the round up (Alt+Up)</source>
        <translation>Move the round up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the round down (Alt+Down)</source>
        <translation>Move the round down (Alt+Down)</translation>
    </message>
    <message>
        <source>One slot per team of a grouping: a pitch, questions</source>
        <translation>One slot per team of a grouping: a pitch, questions</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Fit the duration</source>
        <translation>Fit the duration</translation>
    </message>
    <message>
        <source>Shown to the room during the round</source>
        <translation>Shown to the room during the round</translation>
    </message>
    <message>
        <source>For you only</source>
        <translation>For you only</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Select an activity to edit its rounds.</source>
        <translation>Select an activity to edit its rounds.</translation>
    </message>
    <message>
        <source>No rounds: the activity is one countdown of %1.</source>
        <translation>No rounds: the activity is one countdown of %1.</translation>
    </message>
    <message>
        <source>Rounds: %1, %2 in all; the activity lasts %3.</source>
        <translation>Rounds: %1, %2 in all; the activity lasts %3.</translation>
    </message>
    <message>
        <source>Edit the rounds</source>
        <translation>Edit the rounds</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Start / pause</source>
        <translation>Start / pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
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
        <translation>Reset</translation>
    </message>
    <message>
        <source>◀ Previous round</source>
        <translation>◀ Previous round</translation>
    </message>
    <message>
        <source>Shift+S</source>
        <translation>Shift+S</translation>
    </message>
    <message>
        <source>Next round ▶</source>
        <translation>Next round ▶</translation>
    </message>
    <message>
        <source>+%1 s to the round</source>
        <translation>+%1 s to the round</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>Break screen</source>
        <translation>Break screen</translation>
    </message>
    <message>
        <source>Open the idea board</source>
        <translation>Open the idea board</translation>
    </message>
    <message>
        <source>Instructions for participants (on the projector)</source>
        <translation>Instructions for participants (on the projector)</translation>
    </message>
    <message>
        <source>Your notes and materials</source>
        <translation>Your notes and materials</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>As run</source>
        <translation>As run</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Start the next activity&apos;s countdown at once</source>
        <translation>Start the next activity&apos;s countdown at once</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>The day</translation>
    </message>
    <message>
        <source>Free timer</source>
        <translation>Free timer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Open the vote</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <source>Choose an activity in the day&apos;s agenda (double-click), or press N.</source>
        <translation>Choose an activity in the day&apos;s agenda (double-click), or press N.</translation>
    </message>
    <message>
        <source>Day %1 · %2 · planned %3</source>
        <translation>Day %1 · %2 · planned %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <source>Poll (%1)</source>
        <translation>Poll (%1)</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <source>Round %1/%2</source>
        <translation>Round %1/%2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>After the rounds — %1</source>
        <translation>After the rounds — %1</translation>
    </message>
    <message>
        <source>After the rounds</source>
        <translation>After the rounds</translation>
    </message>
    <message>
        <source>%1 · %2 left in the whole activity</source>
        <translation>%1 · %2 left in the whole activity</translation>
    </message>
    <message>
        <source>%1 · the activity&apos;s time is up</source>
        <translation>%1 · the activity&apos;s time is up</translation>
    </message>
    <message>
        <source>Ready: Space starts the countdown</source>
        <translation>Ready: Space starts the countdown</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Running — the end is near</source>
        <translation>Running — the end is near</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Last minute</translation>
    </message>
    <message>
        <source>Time is up: counting the overrun</source>
        <translation>Time is up: counting the overrun</translation>
    </message>
    <message>
        <source>Paused: Space resumes</source>
        <translation>Paused: Space resumes</translation>
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
        <translation>Not today: this day is planned for %1. Times follow the plan.</translation>
    </message>
    <message>
        <source>Behind by %1</source>
        <translation>Behind by %1</translation>
    </message>
    <message>
        <source>Ahead by %1</source>
        <translation>Ahead by %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Next: %1 (%2, about %3)</source>
        <translation>Next: %1 (%2, about %3)</translation>
    </message>
    <message>
        <source>Next: end of the day (forecast %1)</source>
        <translation>Next: end of the day (forecast %1)</translation>
    </message>
</context>
<context>
    <name>SafeRead</name>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB</source>
        <translation>it is larger than {limit} MB</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ All changes saved</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n change(s) not saved</source>
        <translation>
            <numerusform>⚠ %n change not saved</numerusform>
            <numerusform>⚠ %n changes not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Shared folders of session templates (a lab&apos;s network folder, for example); their templates appear beside the bundled ones and your own.</source>
        <translation>Shared folders of session templates (a lab&apos;s network folder, for example); their templates appear beside the bundled ones and your own.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>&amp;Warning colour with</source>
        <translation>&amp;Warning colour with</translation>
    </message>
    <message>
        <source>&amp;Last stretch in red</source>
        <translation>&amp;Last stretch in red</translation>
    </message>
    <message>
        <source>End &amp;sound volume</source>
        <translation>End &amp;sound volume</translation>
    </message>
    <message>
        <source> % of the time left</source>
        <translation> % of the time left</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Mute the end sound</source>
        <translation>&amp;Mute the end sound</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>A card from the board</source>
        <translation>A card from the board</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>Untitled board</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>“{path}” does not exist.</source>
        <translation>“{path}” does not exist.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a workshop file.</source>
        <translation>“{path}” is a folder, not a workshop file.</translation>
    </message>
    <message>
        <source>“{path}” is not a file (a device, a pipe or a socket): it is not a workshop.</source>
        <translation>“{path}” is not a file (a device, a pipe or a socket): it is not a workshop.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is empty: it is not a workshop file.</source>
        <translation>“{path}” is empty: it is not a workshop file.</translation>
    </message>
    <message>
        <source>“{path}” is not a Facilitator workshop file (.atelier).</source>
        <translation>“{path}” is not a Facilitator workshop file (.atelier).</translation>
    </message>
    <message>
        <source>“{path}” is a database, but not a Facilitator workshop.</source>
        <translation>“{path}” is a database, but not a Facilitator workshop.</translation>
    </message>
    <message>
        <source>“{path}” is truncated: part of the file is missing (incomplete copy?).</source>
        <translation>“{path}” is truncated: part of the file is missing (incomplete copy?).</translation>
    </message>
    <message>
        <source>“{path}” is damaged: {detail}.</source>
        <translation>“{path}” is damaged: {detail}.</translation>
    </message>
    <message>
        <source>“{path}” was made by a newer version of Facilitator (file format {version}); update Facilitator to open it.</source>
        <translation>“{path}” was made by a newer version of Facilitator (file format {version}); update Facilitator to open it.</translation>
    </message>
    <message>
        <source>“{path}” was not closed properly and is on a read-only medium: copy it to a writable folder to recover it.</source>
        <translation>“{path}” was not closed properly and is on a read-only medium: copy it to a writable folder to recover it.</translation>
    </message>
    <message>
        <source>The disk holding “{path}” is full: the last change is not saved.</source>
        <translation>The disk holding “{path}” is full: the last change is not saved.</translation>
    </message>
    <message>
        <source>“{path}” cannot be written (read-only file or medium): the last change is not saved.</source>
        <translation>“{path}” cannot be written (read-only file or medium): the last change is not saved.</translation>
    </message>
    <message>
        <source>“{path}” was deleted or moved while open: the last change is not saved.</source>
        <translation>“{path}” was deleted or moved while open: the last change is not saved.</translation>
    </message>
    <message>
        <source>“{path}” was changed by another program while open: the last change is not saved.</source>
        <translation>“{path}” was changed by another program while open: the last change is not saved.</translation>
    </message>
    <message>
        <source>Writing to “{path}” failed ({reason}): the last change is not saved.</source>
        <translation>Writing to “{path}” failed ({reason}): the last change is not saved.</translation>
    </message>
    <message>
        <source>“{path}” already exists: choose another name.</source>
        <translation>“{path}” already exists: choose another name.</translation>
    </message>
    <message>
        <source>“{path}” cannot be created: {reason}.</source>
        <translation>“{path}” cannot be created: {reason}.</translation>
    </message>
</context>
<context>
    <name>SynthesisDialog</name>
    <message>
        <source>Export the synthesis as a Word document</source>
        <translation>Export the synthesis as a Word document</translation>
    </message>
    <message>
        <source>Export the synthesis as an accessible PDF</source>
        <translation>Export the synthesis as an accessible PDF</translation>
    </message>
    <message>
        <source>Export the synthesis</source>
        <translation>Export the synthesis</translation>
    </message>
    <message>
        <source>Cover: the challenge, dates, place, who came</source>
        <translation>Cover: the challenge, dates, place, who came</translation>
    </message>
    <message>
        <source>Key figures and the ideas chosen</source>
        <translation>Key figures and the ideas chosen</translation>
    </message>
    <message>
        <source>The agenda, planned and as run</source>
        <translation>The agenda, planned and as run</translation>
    </message>
    <message>
        <source>The ideas by cluster, with the photos of the walls</source>
        <translation>The ideas by cluster, with the photos of the walls</translation>
    </message>
    <message>
        <source>The votes: rankings, charts, the matrix</source>
        <translation>The votes: rankings, charts, the matrix</translation>
    </message>
    <message>
        <source>The polls: ROTI, météo, word clouds, free texts</source>
        <translation>The polls: ROTI, weather check-in, word clouds, free texts</translation>
    </message>
    <message>
        <source>The prototype cards</source>
        <translation>The prototype cards</translation>
    </message>
    <message>
        <source>Every next step, in one table</source>
        <translation>Every next step, in one table</translation>
    </message>
    <message>
        <source>Annex: every idea</source>
        <translation>Annex: every idea</translation>
    </message>
    <message>
        <source>Sections (those with nothing to say are left out)</source>
        <translation>Sections (those with nothing to say are left out)</translation>
    </message>
    <message>
        <source>Open the document when it is ready</source>
        <translation>Open the document when it is ready</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Open the PDF when it is ready</translation>
    </message>
    <message>
        <source>A tagged PDF for screen readers and for publication (RGAA), made by LibreOffice from the Word document: it can take up to two minutes.</source>
        <translation>A tagged PDF for screen readers and for publication (RGAA), made by LibreOffice from the Word document: it can take up to two minutes.</translation>
    </message>
</context>
<context>
    <name>SynthesisExport</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” cannot be written: %2.</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <source>Laying out the synthesis…</source>
        <translation>Laying out the synthesis…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SystemError</name>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>the file or its folder does not exist</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the system does not allow it</source>
        <translation>the system does not allow it</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>your disk quota is used up</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the file or its disk is read-only</source>
        <translation>the file or its disk is read-only</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>it is not a regular file (a device, a pipe or a socket)</translation>
    </message>
    <message>
        <source>something of that name already exists</source>
        <translation>something of that name already exists</translation>
    </message>
    <message>
        <source>the name or the path is too long</source>
        <translation>the name or the path is too long</translation>
    </message>
    <message>
        <source>the name holds characters this disk does not accept</source>
        <translation>the name holds characters this disk does not accept</translation>
    </message>
    <message>
        <source>Facilitator has too many files open</source>
        <translation>Facilitator has too many files open</translation>
    </message>
    <message>
        <source>the system has too many files open</source>
        <translation>the system has too many files open</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>the disk could not be read or written (input/output error)</translation>
    </message>
    <message>
        <source>the file or the device is busy</source>
        <translation>the file or the device is busy</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>another program is using it</translation>
    </message>
    <message>
        <source>its symbolic links loop</source>
        <translation>its symbolic links loop</translation>
    </message>
    <message>
        <source>it cannot be moved to another disk in one step</source>
        <translation>it cannot be moved to another disk in one step</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>the folder is not empty</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>the file is too large for this disk</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>there is not enough memory</translation>
    </message>
    <message>
        <source>the drive is not ready (a USB key or a card taken out?)</source>
        <translation>the drive is not ready (a USB key or a card taken out?)</translation>
    </message>
    <message>
        <source>the network file is no longer available</source>
        <translation>the network file is no longer available</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>the connection was refused</translation>
    </message>
    <message>
        <source>another program already uses this port</source>
        <translation>another program already uses this port</translation>
    </message>
    <message>
        <source>this address is not this computer’s (has the network changed?)</source>
        <translation>this address is not this computer’s (has the network changed?)</translation>
    </message>
    <message>
        <source>the network cannot be reached</source>
        <translation>the network cannot be reached</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>the connection timed out</translation>
    </message>
    <message>
        <source>the connection was cut</source>
        <translation>the connection was cut</translation>
    </message>
    <message>
        <source>SQLite found its content damaged</source>
        <translation>SQLite found its content damaged</translation>
    </message>
    <message>
        <source>its content is not a database</source>
        <translation>its content is not a database</translation>
    </message>
    <message>
        <source>the file or its journal cannot be opened (the folder’s permissions?)</source>
        <translation>the file or its journal cannot be opened (the folder’s permissions?)</translation>
    </message>
    <message>
        <source>an unexpected error occurred ({code})</source>
        <translation>an unexpected error occurred ({code})</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>Cannot open the window: Qt needs the system package {packages}, which is not installed ({libraries} not found); install it with `sudo apt-get install {packages}`, or as root `apt-get install {packages}`.</source>
        <translation>Cannot open the window: Qt needs the system package {packages}, which is not installed ({libraries} not found); install it with `sudo apt-get install {packages}`, or as root `apt-get install {packages}`.</translation>
    </message>
    <message>
        <source>Cannot open the window: Qt needs {count} system packages that are not installed ({libraries} not found); install them with `sudo apt-get install {packages}`, or as root `apt-get install {packages}`.</source>
        <translation>Cannot open the window: Qt needs {count} system packages that are not installed ({libraries} not found); install them with `sudo apt-get install {packages}`, or as root `apt-get install {packages}`.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <source>Cannot open the window: Qt needs system libraries that are not installed ({libraries}); install them with your system’s package manager (on Debian and Ubuntu, the packages {packages}).</source>
        <translation>Cannot open the window: Qt needs system libraries that are not installed ({libraries}); install them with your system’s package manager (on Debian and Ubuntu, the packages {packages}).</translation>
    </message>
    <message>
        <source>Cannot open the window: there is no screen here (neither DISPLAY nor WAYLAND_DISPLAY is set); start Facilitator from a desktop session, or check the installation without a screen with `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.</source>
        <translation>Cannot open the window: there is no screen here (neither DISPLAY nor WAYLAND_DISPLAY is set); start Facilitator from a desktop session, or check the installation without a screen with `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.</translation>
    </message>
    <message>
        <source>Cannot open the window: no screen answers at {where} (the desktop session has ended, or this terminal is not part of it); start Facilitator from a desktop session, or check the installation without a screen with `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.</source>
        <translation>Cannot open the window: no screen answers at {where} (the desktop session has ended, or this terminal is not part of it); start Facilitator from a desktop session, or check the installation without a screen with `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.</translation>
    </message>
</context>
<context>
    <name>TeamChoice</name>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>No group yet: make them on the Groups page</source>
        <translation>No group yet: make them on the Groups page</translation>
    </message>
</context>
<context>
    <name>TeamSlotsDialog</name>
    <message>
        <source>Slots per group</source>
        <translation>Slots per group</translation>
    </message>
    <message>
        <source>&amp;Grouping</source>
        <translation>&amp;Grouping</translation>
    </message>
    <message>
        <source>&amp;Pitch per team</source>
        <translation>&amp;Pitch per team</translation>
    </message>
    <message>
        <source>&amp;Questions per team</source>
        <translation>&amp;Questions per team</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Order of the teams</source>
        <translation>Order of the teams</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Shuffle</translation>
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
        <translation>Move the team up</translation>
    </message>
    <message>
        <source>Move the team down</source>
        <translation>Move the team down</translation>
    </message>
    <message>
        <source>Replace the activity’s rounds</source>
        <translation>Replace the activity’s rounds</translation>
    </message>
    <message>
        <source>%1. %2 — members: %3</source>
        <translation>%1. %2 — members: %3</translation>
    </message>
    <message>
        <source>This workshop has no grouping yet: make the groups first.</source>
        <translation>This workshop has no grouping yet: make the groups first.</translation>
    </message>
    <message>
        <source>Slots: %1, %2 in all.</source>
        <translation>Slots: %1, %2 in all.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Fields of the prototype cards</source>
        <translation>Fields of the prototype cards</translation>
    </message>
    <message>
        <source>A field of your own: budget, risks, partners…</source>
        <translation>A field of your own: budget, risks, partners…</translation>
    </message>
    <message>
        <source>Every card of this workshop has these fields, in this order. Double-click a field to rename it. Removing a field removes what the cards wrote in it (Ctrl+Z brings it back).</source>
        <translation>Every card of this workshop has these fields, in this order. Double-click a field to rename it. Removing a field removes what the cards wrote in it (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fields of the cards</source>
        <translation>Fields of the cards</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Add a field</translation>
    </message>
    <message>
        <source>Move a field</source>
        <translation>Move a field</translation>
    </message>
    <message>
        <source>Remove a field</source>
        <translation>Remove a field</translation>
    </message>
    <message>
        <source>Rename a field</source>
        <translation>Rename a field</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>{field}: too long ({length} characters, at most {max_len}).</source>
        <translation>{field}: too long ({length} characters, at most {max_len}).</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Untitled vote</source>
        <translation>Untitled vote</translation>
    </message>
    <message>
        <source>New vote…</source>
        <translation>New vote…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>No vote yet. Create one on a board&apos;s ideas or clusters: dots (on the paper wall, the laptop passed round, or named), scores on criteria, or a 2×2 matrix.</source>
        <translation>No vote yet. Create one on a board&apos;s ideas or clusters: dots (on the paper wall, the laptop passed round, or named), scores on criteria, or a 2×2 matrix.</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>dots</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>criteria</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Reopen the vote</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No board yet: a vote is on a board&apos;s ideas.</source>
        <translation>No board yet: a vote is on a board&apos;s ideas.</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>New vote</translation>
    </message>
    <message>
        <source>Delete a vote</source>
        <translation>Delete a vote</translation>
    </message>
    <message>
        <source>The vote is deleted. Undo (Ctrl+Z) brings it back with its dots.</source>
        <translation>The vote is deleted. Undo (Ctrl+Z) brings it back with its dots.</translation>
    </message>
    <message>
        <source>Dots on each idea</source>
        <translation>Dots on each idea</translation>
    </message>
    <message>
        <source>Weighted score on each idea, out of 100</source>
        <translation>Weighted score on each idea, out of 100</translation>
    </message>
    <message numerus="yes">
        <source>%n prototype card(s) made from the vote.</source>
        <translation>
            <numerusform>%n prototype card made from the vote.</numerusform>
            <numerusform>%n prototype cards made from the vote.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>There is nothing to vote on: the board is empty.</source>
        <translation>There is nothing to vote on: the board is empty.</translation>
    </message>
    <message>
        <source>The vote “{title}” is closed: reopen it to change its results.</source>
        <translation>The vote “{title}” is closed: reopen it to change its results.</translation>
    </message>
    <message>
        <source>This vote has no negative dots: {dots}.</source>
        <translation>This vote has no negative dots: {dots}.</translation>
    </message>
    <message>
        <source>{used} dots placed, but each person has {allowed}.</source>
        <translation>{used} dots placed, but each person has {allowed}.</translation>
    </message>
    <message>
        <source>At most {allowed} dots on one idea.</source>
        <translation>At most {allowed} dots on one idea.</translation>
    </message>
    <message>
        <source>This vote has no negative dots.</source>
        <translation>This vote has no negative dots.</translation>
    </message>
    <message>
        <source>A ballot needs a participant.</source>
        <translation>A ballot needs a participant.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a phone’s ballot: choose another name.</source>
        <translation>“{name}” is the name of a phone’s ballot: choose another name.</translation>
    </message>
    <message>
        <source>“{name}” has already voted: one person, one set of dots.</source>
        <translation>“{name}” has already voted: one person, one set of dots.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>A criterion needs a name.</translation>
    </message>
    <message>
        <source>Some scores on “{criterion}” are above {max}: change them first.</source>
        <translation>Some scores on “{criterion}” are above {max}: change them first.</translation>
    </message>
    <message>
        <source>A score on “{criterion}” goes from 1 to {max}.</source>
        <translation>A score on “{criterion}” goes from 1 to {max}.</translation>
    </message>
</context>
<context>
    <name>WishDialog</name>
    <message>
        <source>Keep together or apart</source>
        <translation>Keep together or apart</translation>
    </message>
    <message>
        <source>Find a name or an organisation</source>
        <translation>Find a name or an organisation</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Ticked people are kept together, or apart, at the next draws.</source>
        <translation>Ticked people are kept together, or apart, at the next draws.</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>Keep together</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Keep apart</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Read-only workshop</source>
        <translation>Read-only workshop</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Prototypes</source>
        <translation>Prototypes</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Room link</source>
        <translation>Room link</translation>
    </message>
    <message>
        <source>Save an editable copy…</source>
        <translation>Save an editable copy…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Save a copy elsewhere…</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <source>The computer&apos;s clock changed by %1: the countdown follows the time really elapsed.</source>
        <translation>The computer&apos;s clock changed by %1: the countdown follows the time really elapsed.</translation>
    </message>
    <message>
        <source>The computer was asleep, or its clock was set forward, by %1: the countdown counts that time.</source>
        <translation>The computer was asleep, or its clock was set forward, by %1: the countdown counts that time.</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Untitled workshop</translation>
    </message>
    <message>
        <source>Read-only: this workshop is already open in another Facilitator window. Edit it there, or save an editable copy.</source>
        <translation>Read-only: this workshop is already open in another Facilitator window. Edit it there, or save an editable copy.</translation>
    </message>
    <message>
        <source>Read-only: this file cannot be written (read-only file or medium). Save an editable copy to work on it.</source>
        <translation>Read-only: this file cannot be written (read-only file or medium). Save an editable copy to work on it.</translation>
    </message>
    <message>
        <source>Your changes are kept in memory: retry, or save a copy elsewhere. Do not close the workshop before then.</source>
        <translation>Your changes are kept in memory: retry, or save a copy elsewhere. Do not close the workshop before then.</translation>
    </message>
</context>
<context>
    <name>_Listener</name>
    <message>
        <source>LibreOffice is making the accessible PDF…</source>
        <translation>LibreOffice is making the accessible PDF…</translation>
    </message>
    <message>
        <source>The synthesis is ready: %1</source>
        <translation>The synthesis is ready: %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
</context>
</TS>
