<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <source>Slet {n} kategorier</source>
        <translation>Delete {n} categories</translation>
    </message>
    <message>
        <source>Flet ind i »{name}«</source>
        <translation>Merge into &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Vælg kategorien, og markér de af dens noter, der skal over i en ny kategori.</source>
        <translation>Choose the category, and mark those of its notes that should go to a new category.</translation>
    </message>
    <message>
        <source>Del kategori</source>
        <translation>Split category</translation>
    </message>
    <message>
        <source>Navn på den nye kategori til de markerede noter:</source>
        <translation>Name of the new category for the marked notes:</translation>
    </message>
    <message>
        <source>Del »{name}«</source>
        <translation>Split &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Ny kategori »{name}«</source>
        <translation>New category &quot;{name}&quot;</translation>
    </message>
</context>
<context>
    <name>AcrossCampsView</name>
    <message>
        <source>Gennemgående budskaber på tværs af camps</source>
        <translation>Recurring messages across camps</translation>
    </message>
    <message>
        <source>&amp;Vælg camp-filer …</source>
        <translation>&amp;Choose camp files…</translation>
    </message>
    <message>
        <source>&amp;Ryd</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Vælg de camps, der skal stå side om side. Filerne åbnes skrivebeskyttet og ændres ikke.</source>
        <translation>Choose the camps to show side by side. The files are opened read-only and are not changed.</translation>
    </message>
    <message>
        <source>Vælg camps</source>
        <translation>Choose camps</translation>
    </message>
    <message>
        <source>Camp (*.camp)</source>
        <translation>Camp (*.camp)</translation>
    </message>
    <message>
        <source>Alle filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Ingen camps valgt endnu.</source>
        <translation>No camps chosen yet.</translation>
    </message>
</context>
<context>
    <name>ActorEdits</name>
    <message>
        <source>Tilføj aktør</source>
        <translation>Add actor</translation>
    </message>
    <message>
        <source>Omdøb aktør</source>
        <translation>Rename actor</translation>
    </message>
    <message>
        <source>Fjern aktør</source>
        <translation>Remove actor</translation>
    </message>
</context>
<context>
    <name>ActorsEditor</name>
    <message>
        <source>Aktører</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>fx Politikerne</source>
        <translation>e.g. Politicians</translation>
    </message>
    <message>
        <source>Tilføj &amp;aktør</source>
        <translation>&amp;Add actor</translation>
    </message>
    <message>
        <source>&amp;Omdøb</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Omdøb den valgte aktør (F2)</source>
        <translation>Rename the selected actor (F2)</translation>
    </message>
    <message>
        <source>Fjern aktør</source>
        <translation>Remove actor</translation>
    </message>
    <message>
        <source>Fjern den valgte aktør (Delete)</source>
        <translation>Remove the selected actor (Delete)</translation>
    </message>
    <message>
        <source>Aktørerne er kolonnerne i trinnet »Hvordan kan vi bidrage?«.</source>
        <translation>The actors are the columns in the step &quot;How can we contribute?&quot;.</translation>
    </message>
    <message>
        <source>Aktøren »{name}« er tilføjet.</source>
        <translation>The actor &quot;{name}&quot; has been added.</translation>
    </message>
    <message>
        <source>Vælg først en aktør i listen.</source>
        <translation>Select an actor in the list first.</translation>
    </message>
    <message>
        <source>Aktøren »{name}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl.</source>
        <translation>The actor &quot;{name}&quot; has been removed. Undo with Ctrl+Z if it was a mistake.</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <source>En aktør skal have et navn.</source>
        <translation>An actor must have a name.</translation>
    </message>
    <message>
        <source>Aktøren »{name}« findes allerede.</source>
        <translation>The actor &quot;{name}&quot; already exists.</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Hvad gør vi?</source>
        <translation>What will we do?</translation>
    </message>
    <message>
        <source>Hvem?</source>
        <translation>Who?</translation>
    </message>
    <message>
        <source>Hvornår?</source>
        <translation>When?</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Hvad gør vi? fx »Inviterer nye familier til kaffe«</source>
        <translation>What will we do? e.g. &quot;Invite new families for coffee&quot;</translation>
    </message>
    <message>
        <source>Hvem? fx »Karen og Ali«</source>
        <translation>Who? e.g. &quot;Karen and Ali&quot;</translation>
    </message>
    <message>
        <source>Hvornår? fx »inden jul«</source>
        <translation>When? e.g. &quot;before Christmas&quot;</translation>
    </message>
    <message>
        <source>Hvad gør vi?</source>
        <translation>What will we do?</translation>
    </message>
    <message>
        <source>Hvem?</source>
        <translation>Who?</translation>
    </message>
    <message>
        <source>Hvornår?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>Tilføj aftale</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Tilføj aftalen (Enter)</source>
        <translation>Add the agreement (Enter)</translation>
    </message>
    <message>
        <source>Aftaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>F2 retter, Delete sletter, Ctrl+pil op og ned flytter aftalen.</source>
        <translation>F2 edits, Delete deletes, Ctrl+Up and Down move the agreement.</translation>
    </message>
    <message>
        <source>Slet aftale</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>Slet den valgte aftale (Delete)</source>
        <translation>Delete the selected agreement (Delete)</translation>
    </message>
    <message>
        <source>Dialogens dokumentation (PDF) …</source>
        <translation>Dialogue documentation (PDF)…</translation>
    </message>
    <message>
        <source>Gem hele dialogen som PDF: termometer, trekant, kort, skabelon og aftaler</source>
        <translation>Save the whole dialogue as a PDF: thermometer, triangle, cards, template and agreements</translation>
    </message>
    <message>
        <source>1 aftale</source>
        <translation>1 agreement</translation>
    </message>
    <message>
        <source>%1 aftaler</source>
        <translation>%1 agreements</translation>
    </message>
</context>
<context>
    <name>AnalysisEdits</name>
    <message>
        <source>Nyt budskab</source>
        <translation>New message</translation>
    </message>
    <message>
        <source>Ret budskabets overskrift</source>
        <translation>Edit the message&apos;s heading</translation>
    </message>
    <message>
        <source>Ret budskabets tekst</source>
        <translation>Edit the message&apos;s text</translation>
    </message>
    <message>
        <source>Ret budskabet</source>
        <translation>Edit the message</translation>
    </message>
    <message>
        <source>Flyt budskab</source>
        <translation>Move message</translation>
    </message>
    <message>
        <source>uden overskrift</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Slet budskabet »{heading}«</source>
        <translation>Delete the message &quot;{heading}&quot;</translation>
    </message>
    <message>
        <source>Ret formålsbeskrivelsen</source>
        <translation>Edit the purpose statement</translation>
    </message>
    <message>
        <source>Ret {label}</source>
        <translation>Edit {label}</translation>
    </message>
    <message>
        <source>Ny konsolideret forudsætning</source>
        <translation>New consolidated prerequisite</translation>
    </message>
    <message>
        <source>Tilføj én forudsætning fra trinnet</source>
        <translation>Add one prerequisite from the step</translation>
    </message>
    <message>
        <source>Tilføj {n} forudsætninger fra trinnet</source>
        <translation>Add {n} prerequisites from the step</translation>
    </message>
    <message>
        <source>Ret den konsoliderede forudsætning</source>
        <translation>Edit the consolidated prerequisite</translation>
    </message>
    <message>
        <source>Flyt forudsætning</source>
        <translation>Move prerequisite</translation>
    </message>
    <message>
        <source>Slet forudsætningen »{text}«</source>
        <translation>Delete the prerequisite &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>Slet {n} forudsætninger</source>
        <translation>Delete {n} prerequisites</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Facilitator tager en sikkerhedskopi, hver gang campen åbnes. Vælg en kopi for at gå tilbage til den. Campen, som den er nu, gemmes først som en ny kopi, så intet går tabt.</source>
        <translation>Facilitator makes a backup every time the camp is opened. Choose a backup to go back to it. The camp as it is now is saved as a new backup first, so nothing is lost.</translation>
    </message>
    <message>
        <source>Der er endnu ingen sikkerhedskopier af denne camp.</source>
        <translation>There are no backups of this camp yet.</translation>
    </message>
    <message>
        <source>Antal kopier der gemmes</source>
        <translation>Number of backups to keep</translation>
    </message>
    <message>
        <source>Behold de seneste</source>
        <translation>Keep the latest</translation>
    </message>
    <message>
        <source>kopier</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>Gendan valgte …</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Gendan sikkerhedskopi</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Gå tilbage til campen, som den var %1? Den nuværende udgave gemmes først som en sikkerhedskopi.</source>
        <translation>Go back to the camp as it was at %1? The current version is saved as a backup first.</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <source>Ingen noter i dette trin. Brug opslagstavlen til det, der dukker op i pausen.</source>
        <translation>No notes in this step. Use the notice board for whatever comes up during the break.</translation>
    </message>
</context>
<context>
    <name>CampColumn</name>
    <message>
        <source>Fjern</source>
        <extracomment>How wide one camp&apos;s column is, so several fit side by side and long texts wrap.</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern campen fra sammenligningen. Filen ændres ikke.</source>
        <translation>Remove the camp from the comparison. The file is not changed.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Gennemgående budskaber&lt;/i&gt;</source>
        <translation>&lt;i&gt;Recurring messages&lt;/i&gt;</translation>
    </message>
    <message>
        <source>(uden overskrift)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Ingen gennemgående budskaber endnu.</source>
        <translation>No recurring messages yet.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Kategorier pr. trin&lt;/i&gt;</source>
        <translation>&lt;i&gt;Categories per step&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Ingen kategorier endnu.</source>
        <translation>No categories yet.</translation>
    </message>
    <message>
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Kategorier pr. trin</source>
        <translation>Categories per step</translation>
    </message>
</context>
<context>
    <name>CampDetailsForm</name>
    <message>
        <source>fx Camp om trivsel og læring</source>
        <translation>e.g. Camp on well-being and learning</translation>
    </message>
    <message>
        <source>fx Trivsel og læring</source>
        <translation>e.g. Well-being and learning</translation>
    </message>
    <message>
        <source>Formålsbeskrivelsen for kerneopgaven, som dagen tager udgangspunkt i</source>
        <translation>The purpose statement for the core task that the day is based on</translation>
    </message>
    <message>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>fx Rådhuset, byrådssalen</source>
        <translation>e.g. The town hall, council chamber</translation>
    </message>
    <message>
        <source>fx Lejre Kommune</source>
        <translation>e.g. Lejre Municipality</translation>
    </message>
    <message>
        <source>Sproget i campens rapporter. Programmets eget sprog vælges under Indstillinger.</source>
        <translation>The language of the camp&apos;s reports. The program&apos;s own language is chosen under Settings.</translation>
    </message>
    <message>
        <source>titel</source>
        <extracomment>The date edit&apos;s lowest date stands for &quot;no date yet&quot; (a camp row may have none). field → (widget, label used in the undo text)</extracomment>
        <translation>title</translation>
    </message>
    <message>
        <source>kerneopgave</source>
        <translation>core task</translation>
    </message>
    <message>
        <source>sted</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>kommune</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <extracomment>Fields whose box was changed by the organiser and not saved yet.</extracomment>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Kerneopgave</source>
        <translation>&amp;Core task</translation>
    </message>
    <message>
        <source>&amp;Formål</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>K&amp;ommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Antal deltagere</source>
        <translation>&amp;Number of participants</translation>
    </message>
    <message>
        <source>S&amp;prog i rapporter</source>
        <translation>Report &amp;language</translation>
    </message>
    <message>
        <source>formål</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>antal deltagere</source>
        <translation>number of participants</translation>
    </message>
    <message>
        <source>sprog i rapporter</source>
        <translation>report language</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>date</translation>
    </message>
</context>
<context>
    <name>CampEdits</name>
    <message>
        <source>Ret campens {field}</source>
        <translation>Edit the camp&apos;s {field}</translation>
    </message>
</context>
<context>
    <name>CampFiles</name>
    <message>
        <source>&amp;Importér transskriptionsark …</source>
        <translation>&amp;Import transcription sheet…</translation>
    </message>
    <message>
        <source>Eksportér camp&amp;kit …</source>
        <translation>Export camp &amp;kit…</translation>
    </message>
    <message>
        <source>Åbn campkit …</source>
        <translation>Open camp kit…</translation>
    </message>
    <message>
        <source>Importér transskriptionsark</source>
        <translation>Import transcription sheet</translation>
    </message>
    <message>
        <source>Regneark (*.xlsx *.csv);;Alle filer (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%n række gemt i »%2«.</source>
        <translation>%n row saved in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%n rækker gemt i »%2«.</source>
        <translation>%n rows saved in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Campkit gemt i »%1«: %2, %3.</source>
        <translation>Camp kit saved in &quot;%1&quot;: %2, %3.</translation>
    </message>
    <message>
        <source>%n bord</source>
        <translation>%n table</translation>
    </message>
    <message>
        <source>%n borde</source>
        <translation>%n tables</translation>
    </message>
    <message>
        <source>%n trin</source>
        <comment>ét</comment>
        <translation>%n step</translation>
    </message>
    <message>
        <source>%n trin</source>
        <comment>flere</comment>
        <translation>%n steps</translation>
    </message>
    <message>
        <source>&amp;Regneark …</source>
        <translation>&amp;Spreadsheet…</translation>
    </message>
    <message>
        <source>Regneark</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>Excel-regneark, et ark pr. trin (*.xlsx)</source>
        <translation>Excel workbook, one sheet per step (*.xlsx)</translation>
    </message>
    <message>
        <source>Eksportér regneark</source>
        <translation>Export spreadsheet</translation>
    </message>
    <message>
        <source>CSV med semikolon (*.csv)</source>
        <translation>CSV with semicolons (*.csv)</translation>
    </message>
    <message>
        <source>Eksportér campkit til bordenes computere</source>
        <translation>Export camp kit for the tables&apos; computers</translation>
    </message>
    <message>
        <source>Campkit (*%1)</source>
        <translation>Camp kit (*%1)</translation>
    </message>
    <message>
        <source>Åbn campkit</source>
        <translation>Open camp kit</translation>
    </message>
    <message>
        <source>Campkit (*%1);;Alle filer (*)</source>
        <translation>Camp kit (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>Gem bordets camp-fil</source>
        <translation>Save the table&apos;s camp file</translation>
    </message>
    <message>
        <source>Camp (*.camp)</source>
        <translation>Camp (*.camp)</translation>
    </message>
    <message>
        <source>Campen er klar ved bordet. Vælg dit bord øverst.</source>
        <translation>The camp is ready at the table. Choose your table at the top.</translation>
    </message>
</context>
<context>
    <name>CampSession</name>
    <message>
        <source>Fortrudt: %1</source>
        <extracomment>The item that was current (a note&apos;s id), selected again if it still exists. Where the edit landed: where the facilitator was when making it, unless it was made for another place (None outside the table session). Something changed (a :class:`Change`); views showing it reload. An edit was refused or failed; the text is already translated. Save typed-but-debounced text now (emitted before undo/redo and on close). A short note for the status bar (&quot;Note slettet – Ctrl+Z fortryder&quot;). An edit was undone or redone: what the status bar says (&quot;Fortrudt: Slet note&quot;) and where it was made (a :class:`Place`, or None), so the table session can go there. Every step countdown of the camp; they run on while other steps are shown. Where an edit made now is made; the table session sets this while it is open.</extracomment>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Gentaget: %1</source>
        <translation>Redone: %1</translation>
    </message>
</context>
<context>
    <name>CampSetup</name>
    <message>
        <source>Aktører</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Personaer i dilemma-trinnet</source>
        <translation>Personas in the dilemma step</translation>
    </message>
    <message>
        <source>Campen</source>
        <translation>The camp</translation>
    </message>
    <message>
        <source>Hovedgrupper og borde</source>
        <translation>Main groups and tables</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Aktører og personaer</source>
        <translation>Actors and personas</translation>
    </message>
    <message>
        <source>Alt gemmes med det samme. Fortryd med Ctrl+Z.</source>
        <translation>Everything is saved immediately. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CampView</name>
    <message>
        <source>Campen er allerede åben i Facilitator et andet sted (et andet vindue eller en kommando), så her kan du kun læse den. Luk den dér, og åbn den igen her for at ændre den.</source>
        <translation>The camp is already open in Facilitator elsewhere (another window or a command), so here you can only read it. Close it there and open it again here to change it.</translation>
    </message>
    <message>
        <source>Filen er skrivebeskyttet. Du kan se campen, men ikke ændre den. Gem en kopi et sted, hvor du må skrive, for at arbejde videre.</source>
        <translation>The file is read-only. You can view the camp but not change it. Save a copy somewhere you can write to in order to continue working.</translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Ved bordet</source>
        <translation>At the table</translation>
    </message>
    <message>
        <source>Indsamling</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Konsolidering</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>CardPresenter</name>
    <message>
        <source>Dilemmakort</source>
        <translation>Dilemma card</translation>
    </message>
    <message>
        <source>Esc eller F11 lukker. R trækker et nyt kort.</source>
        <translation>Esc or F11 closes. R draws a new card.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Træk et kort (R), eller vælg et i bunken.</source>
        <translation>Draw a card (R), or choose one from the deck.</translation>
    </message>
    <message>
        <source>Kortet</source>
        <translation>The card</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <source>(billede uden tekst)</source>
        <translation>(picture without text)</translation>
    </message>
    <message>
        <source>Gruppen har skrevet om dette kort.</source>
        <translation>The group has written about this card.</translation>
    </message>
    <message>
        <source>Billedkort</source>
        <translation>Picture card</translation>
    </message>
    <message>
        <source>Kort</source>
        <translation>Card</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <source>Ikke kategoriseret</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <extracomment>Number keys 1–9 put the selected notes in the first nine categories. The category id, or &quot;&quot; for the &quot;Ikke kategoriseret&quot; row.</extracomment>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>Noter uden kategori. Tast 0 for at tage de valgte noter ud af deres kategori.</source>
        <translation>Notes without a category. Press 0 to take the selected notes out of their category.</translation>
    </message>
    <message>
        <source>Tast {key} for at placere de valgte noter her.</source>
        <translation>Press {key} to put the selected notes here.</translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <source>Fra start til slut i hver dialog</source>
        <translation>From start to end in each dialogue</translation>
    </message>
    <message>
        <source>Ingen dialog har målinger både ved start og ved slut.</source>
        <translation>No dialogue has readings at both the start and the end.</translation>
    </message>
</context>
<context>
    <name>CollectScreen</name>
    <message>
        <source>Hent bordpakker …</source>
        <extracomment>Refusals still standing, by file: a later good copy of the same file clears it. Tables whose notes are in the file without a bundle (the demo&apos;s, typed here): told, so »0 af 4 borde har leveret« does not read as if their notes were lost.</extracomment>
        <translation>Fetch table bundles …</translation>
    </message>
    <message>
        <source>Vælg en eller flere bordpakker (.campbundle)</source>
        <translation>Choose one or more table bundles (.campbundle)</translation>
    </message>
    <message>
        <source>Overvåg mappe …</source>
        <translation>Watch folder…</translation>
    </message>
    <message>
        <source>Vælg en mappe, som bordenes bordpakker lander i (USB-stik, OneDrive, fællesdrev); nye og ændrede bordpakker hentes automatisk</source>
        <translation>Choose a folder the tables&apos; bundles land in (USB stick, OneDrive, shared drive); new and changed bundles are fetched automatically</translation>
    </message>
    <message>
        <source>Du kan også trække bordpakker eller mapper med bordpakker hertil. At hente den samme bordpakke igen ændrer intet; det nyeste af hver note vinder.</source>
        <translation>You can also drag table bundles or folders of bundles here. Fetching the same bundle again changes nothing; the newest version of each note wins.</translation>
    </message>
    <message>
        <source>Afviste og oversprungne bordpakker</source>
        <translation>Refused and skipped table bundles</translation>
    </message>
    <message>
        <source>%1 af %n bord har leveret</source>
        <translation>%1 of %n table has delivered</translation>
    </message>
    <message>
        <source>%1 af %n borde har leveret</source>
        <translation>%1 of %n tables have delivered</translation>
    </message>
    <message>
        <source>Overvåger »%1«: nye og ændrede bordpakker hentes automatisk.</source>
        <translation>Watching &quot;%1&quot;: new and changed table bundles are fetched automatically.</translation>
    </message>
    <message>
        <source>Hent bordpakker</source>
        <translation>Fetch table bundles</translation>
    </message>
    <message>
        <source>Overvåg mappe med bordpakker</source>
        <translation>Watch a folder of table bundles</translation>
    </message>
    <message>
        <source>Henter bordpakker …</source>
        <translation>Fetching table bundles …</translation>
    </message>
    <message>
        <source>Sprunget over: »%1« er en konfliktkopi fra et synkroniseringsprogram. Den rigtige bordpakke ligger ved siden af.</source>
        <translation>Skipped: &quot;%1&quot; is a conflict copy from a sync program. The real table bundle is beside it.</translation>
    </message>
    <message>
        <source>Seneste indsamling kl. %1: %n bordpakke hentet</source>
        <translation>Latest collection at %1: %n table bundle fetched</translation>
    </message>
    <message>
        <source>Seneste indsamling kl. %1: %n bordpakker hentet</source>
        <translation>Latest collection at %1: %n table bundles fetched</translation>
    </message>
    <message>
        <source>bord %1: %2, %3, %4</source>
        <translation>table %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>%n ny</source>
        <translation>%n new</translation>
    </message>
    <message>
        <source>%n nye</source>
        <translation>%n new</translation>
    </message>
    <message>
        <source>%n ændret</source>
        <translation>%n changed</translation>
    </message>
    <message>
        <source>%n ændrede</source>
        <translation>%n changed</translation>
    </message>
    <message>
        <source>%n slettet</source>
        <translation>%n deleted</translation>
    </message>
    <message>
        <source>%n slettede</source>
        <translation>%n deleted</translation>
    </message>
    <message>
        <source>%n konfliktkopi sprunget over</source>
        <translation>%n conflict copy skipped</translation>
    </message>
    <message>
        <source>%n konfliktkopier sprunget over</source>
        <translation>%n conflict copies skipped</translation>
    </message>
    <message>
        <source>Stop overvågning</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <source>Bordenes leveringer</source>
        <translation>The tables&apos; deliveries</translation>
    </message>
    <message>
        <source>Indsamlingens fremdrift</source>
        <translation>Collection progress</translation>
    </message>
    <message>
        <source>Campen har endnu ingen borde.</source>
        <translation>The camp has no tables yet.</translation>
    </message>
    <message>
        <source>(%1 uden noter)</source>
        <translation>(%1 without notes)</translation>
    </message>
    <message>
        <source>%n bord har ingen bordpakke leveret, men dets noter er allerede i campen (skrevet på denne computer, indlæst fra et ark – eller, i demo-campen, lagt ind på forhånd). Der er intet at hente for det.</source>
        <translation>%n table has delivered no bundle, but its notes are already in the camp (written on this computer, imported from a sheet – or, in the demo camp, put in beforehand). There is nothing to fetch for it.</translation>
    </message>
    <message>
        <source>%n borde har ingen bordpakke leveret, men deres noter er allerede i campen (skrevet på denne computer, indlæst fra et ark – eller, i demo-campen, lagt ind på forhånd). Der er intet at hente for dem.</source>
        <translation>%n tables have delivered no bundle, but their notes are already in the camp (written on this computer, imported from a sheet – or, in the demo camp, put in beforehand). There is nothing to fetch for them.</translation>
    </message>
    <message>
        <source>Ingen mappe overvåges.</source>
        <translation>No folder is being watched.</translation>
    </message>
    <message>
        <source>Mappen »%1« kan ikke læses lige nu (er USB-stikket taget ud?). Den tjekkes igen af sig selv.</source>
        <translation>The folder &quot;%1&quot; can&apos;t be read right now (was the USB stick removed?). It will be checked again automatically.</translation>
    </message>
    <message>
        <source>Bordpakker (*%1);;Alle filer (*)</source>
        <translation>Table bundles (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>Henter %1 af %2: %3</source>
        <translation>Collecting %1 of %2: %3</translation>
    </message>
    <message>
        <source>Afvist: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>%1 afvist</source>
        <translation>%1 rejected</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsolidationEdits</name>
    <message>
        <source>Ny kategori »{name}«</source>
        <translation>New category &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Omdøb kategorien »{name}«</source>
        <translation>Rename the category &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Slet kategorien »{name}«</source>
        <translation>Delete the category &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Flet »{source}« ind i »{target}«</source>
        <translation>Merge &quot;{source}&quot; into &quot;{target}&quot;</translation>
    </message>
    <message>
        <source>Tag én note ud af sin kategori</source>
        <translation>Take one note out of its category</translation>
    </message>
    <message>
        <source>Tag {n} noter ud af deres kategori</source>
        <translation>Take {n} notes out of their category</translation>
    </message>
    <message>
        <source>Placér én note i »{name}«</source>
        <translation>Put one note in &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Placér {n} noter i »{name}«</source>
        <translation>Put {n} notes in &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Markér som udsnit af data</source>
        <translation>Mark as data excerpt</translation>
    </message>
    <message>
        <source>Fjern markeringen som udsnit af data</source>
        <translation>Unmark as data excerpt</translation>
    </message>
    <message>
        <source>Tæl {n} noter som ét budskab</source>
        <translation>Count {n} notes as one message</translation>
    </message>
    <message>
        <source>Tæl noterne hver for sig</source>
        <translation>Count the notes separately</translation>
    </message>
    <message>
        <source>Ret opsummeringen</source>
        <translation>Edit the summary</translation>
    </message>
</context>
<context>
    <name>ConsolidationNotesModel</name>
    <message>
        <source>Note</source>
        <extracomment>Our drag format: a JSON list of note ids. Distinct from the notes board&apos;s own format, so a note dragged here can never be dropped as a reorder onto a table&apos;s board. The first note of the message this note is counted once with (itself, when it heads one), and how many notes that message has; None and 1 for a note on its own. A plain value per column to sort by (votes as numbers, marks as 0/1).</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Stemmer</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Udvalgt</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Udsnit</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>%1  (tælles som én af %2)</source>
        <translation>%1  (counts as one of %2)</translation>
    </message>
    <message>
        <source>Tælles som ét budskab med »%1«.</source>
        <translation>Counted as one message with “%1”.</translation>
    </message>
    <message>
        <source>Tælles som ét budskab sammen med %n anden note.</source>
        <translation>Counted as one message with %n other note.</translation>
    </message>
    <message>
        <source>Tælles som ét budskab sammen med %n andre noter.</source>
        <translation>Counted as one message with %n other notes.</translation>
    </message>
    <message>
        <source>Bordets prikstemmer</source>
        <translation>The table&apos;s dot votes</translation>
    </message>
    <message>
        <source>★: bordet valgte noten</source>
        <translation>★: the table selected the note</translation>
    </message>
    <message>
        <source>Noten citeres som »Udsnit af data« (tast E)</source>
        <translation>The note is quoted as a &quot;data excerpt&quot; (press E)</translation>
    </message>
</context>
<context>
    <name>ConsolidationWorkspace</name>
    <message>
        <source>Alle niveauer</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Niveau %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Søg i noterne …</source>
        <translation>Search the notes…</translation>
    </message>
    <message>
        <source>Kun noter uden kategori</source>
        <translation>Only notes without a category</translation>
    </message>
    <message>
        <source>Ny kategori (Ctrl+Shift+N) …</source>
        <translation>New category (Ctrl+Shift+N)…</translation>
    </message>
    <message>
        <source>Placér i kategori (Ctrl+K) …</source>
        <translation>Put in category (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Omdøb</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Flet</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Flet de markerede kategorier ind i den, du markerede sidst.</source>
        <translation>Merge the selected categories into the one you selected last.</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Del …</source>
        <translation>Split …</translation>
    </message>
    <message>
        <source>Flyt de markerede noter fra den valgte kategori over i en ny kategori.</source>
        <translation>Move the marked notes of the chosen category to a new category.</translation>
    </message>
    <message>
        <source>Trinnets noter</source>
        <translation>The step&apos;s notes</translation>
    </message>
    <message>
        <source>Kategorier</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>&amp;Trin:</source>
        <translation>Ste&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Hovedgruppe:</source>
        <translation>&amp;Main group:</translation>
    </message>
    <message>
        <source>&amp;Bord:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>Ni&amp;veau:</source>
        <translation>Le&amp;vel:</translation>
    </message>
    <message>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Avisforsiderne</source>
        <translation>The front pages</translation>
    </message>
    <message>
        <source>Bidragene</source>
        <translation>The contributions</translation>
    </message>
    <message>
        <source>%1 fordeles ikke i kategorier. Skriv opsummeringen til rapporten i feltet »Opsummering«; trinnets tekster står i rapporten og i bilaget.</source>
        <translation>%1 are not sorted into categories. Write the summary for the report in the &quot;Summary&quot; field; the step&apos;s texts are in the report and its appendix.</translation>
    </message>
    <message>
        <source>Alle hovedgrupper</source>
        <translation>All main groups</translation>
    </message>
    <message>
        <source>Alle borde</source>
        <translation>All tables</translation>
    </message>
    <message>
        <source>Viser {shown} af %n note</source>
        <translation>Showing {shown} of %n note</translation>
    </message>
    <message>
        <source>Viser {shown} af %n noter</source>
        <translation>Showing {shown} of %n notes</translation>
    </message>
    <message>
        <source>Foreslå kategorier</source>
        <extracomment>Steps with this many notes rank on a background thread (about 0.2 s at 500 notes).</extracomment>
        <translation>Suggest categories</translation>
    </message>
    <message>
        <source>Foreslår grupper af noterne uden kategori, hver med et navn, som du accepterer, omdøber, retter eller afviser én ad gangen (Ctrl+Shift+F).</source>
        <translation>Suggests groups of the notes without a category, each with a name that you accept, rename, adjust or reject one at a time (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>Samme budskab</source>
        <translation>Same message</translation>
    </message>
    <message>
        <source>Markerer næste gruppe af noter, der siger det samme, så du kan placere dem samlet i én kategori (Ctrl+Shift+B).</source>
        <translation>Selects the next group of notes that say the same thing, so you can put them together in one category (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>Tæl som ét</source>
        <translation>Count as one</translation>
    </message>
    <message>
        <source>Tæl hver for sig</source>
        <translation>Count separately</translation>
    </message>
    <message>
        <source>De markerede noter tælles igen hver for sig i kategoriernes tal (Ctrl+Shift+T).</source>
        <translation>The selected notes count separately again in the categories’ counts (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>De markerede noter siger det samme: de tælles som ét budskab i kategoriens tal, men står stadig hver for sig i rapportens bilag (Ctrl+Shift+T).</source>
        <translation>The selected notes say the same thing: they count as one message in the category’s count, but each is still listed in the report’s appendix (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>Noterne tælles igen hver for sig.</source>
        <translation>The notes count separately again.</translation>
    </message>
    <message>
        <source>Markér mindst to noter, der siger det samme, for at tælle dem som ét.</source>
        <translation>Select at least two notes that say the same thing to count them as one.</translation>
    </message>
    <message>
        <source>{n} noter tælles nu som ét budskab i kategoriernes tal.</source>
        <translation>{n} notes now count as one message in the categories’ counts.</translation>
    </message>
    <message>
        <source>{n} noter med samme budskab er markeret: tæl dem som ét med Ctrl+Shift+T, og placér dem samlet med en tast, et klik eller Ctrl+K.</source>
        <translation>{n} notes with the same message are selected: count them as one with Ctrl+Shift+T, and place them together with a key, a click or Ctrl+K.</translation>
    </message>
    <message>
        <source>Ingen kategorier endnu: lav de første, så foreslår sorteringshjælpen.</source>
        <translation>No categories yet: create the first ones, and sorting help will make suggestions.</translation>
    </message>
    <message>
        <source>Vælg en note.</source>
        <translation>Select a note.</translation>
    </message>
    <message>
        <source>Finder forslag …</source>
        <translation>Finding suggestions…</translation>
    </message>
    <message>
        <source>Leder efter forslag …</source>
        <translation>Looking for suggestions…</translation>
    </message>
    <message>
        <source>Ingen forslag: der skal være mindst tre noter uden kategori, der ligner hinanden nok til at danne grupper.</source>
        <translation>No suggestions: there must be at least three notes without a category that are similar enough to form groups.</translation>
    </message>
    <message>
        <source>Ingen noter med samme budskab.</source>
        <translation>No notes with the same message.</translation>
    </message>
</context>
<context>
    <name>ContributionColumn</name>
    <message>
        <source>Bidrag: %1</source>
        <extracomment>(action, id of the current contribution or &quot;&quot;)</extracomment>
        <translation>Contribution: %1</translation>
    </message>
    <message>
        <source>+/− stemmer · Mellemrum: udvalgt · F2: ret · Delete: slet · Ctrl+←/→: flyt til anden aktør · Ctrl+↑/↓: flyt op/ned</source>
        <translation>+/− votes · Space: selected · F2: edit · Delete: delete · Ctrl+←/→: move to another actor · Ctrl+↑/↓: move up/down</translation>
    </message>
    <message>
        <source>Nyt bidrag …</source>
        <translation>New contribution…</translation>
    </message>
    <message>
        <source>Nyt bidrag til %1</source>
        <translation>New contribution for %1</translation>
    </message>
    <message>
        <source>Skriv et bidrag til %1 og tryk Enter</source>
        <translation>Write a contribution for %1 and press Enter</translation>
    </message>
    <message>
        <source>1 bidrag</source>
        <translation>1 contribution</translation>
    </message>
    <message>
        <source>%1 bidrag</source>
        <comment>flere</comment>
        <translation>%1 contributions</translation>
    </message>
    <message>
        <source>1 udvalgt</source>
        <translation>1 selected</translation>
    </message>
    <message>
        <source>%1 udvalgte</source>
        <translation>%1 selected</translation>
    </message>
</context>
<context>
    <name>ContributionColumnModel</name>
    <message>
        <source>1 stemme</source>
        <extracomment>(key, modifiers) → what the facilitator asked for, in the list of a column. Narrower than this, a post-it holds two words a line; the actors&apos; row scrolls instead. The facilitator retyped a contribution in place: (contribution id, new text). A contribution was dropped here: (contribution id, row it was dropped before; -1 = end).</extracomment>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>%1 stemmer</source>
        <translation>%1 votes</translation>
    </message>
    <message>
        <source>udvalgt</source>
        <translation>selected</translation>
    </message>
</context>
<context>
    <name>ContributionEdits</name>
    <message>
        <source>Nyt bidrag</source>
        <translation>New contribution</translation>
    </message>
    <message>
        <source>Ret bidrag</source>
        <translation>Edit contribution</translation>
    </message>
    <message>
        <source>Stem på bidrag</source>
        <translation>Vote for contribution</translation>
    </message>
    <message>
        <source>Fjern stemme fra bidrag</source>
        <translation>Remove vote from contribution</translation>
    </message>
    <message>
        <source>Markér bidrag som udvalgt</source>
        <translation>Mark contribution as selected</translation>
    </message>
    <message>
        <source>Fjern markering som udvalgt</source>
        <translation>Unmark contribution as selected</translation>
    </message>
    <message>
        <source>Slet bidrag</source>
        <translation>Delete contribution</translation>
    </message>
    <message>
        <source>Flyt bidrag op</source>
        <translation>Move contribution up</translation>
    </message>
    <message>
        <source>Flyt bidrag ned</source>
        <translation>Move contribution down</translation>
    </message>
    <message>
        <source>Flyt bidrag til %1</source>
        <translation>Move contribution to %1</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Bordet har ikke udvalgt nogen forudsætninger endnu.

Gå til trinnet »Forudsætninger«, og markér de forudsætninger, bordet vil arbejde videre med. Så kan I skrive bidragene til dem her.</source>
        <extracomment>The list key of contributions that answer no prerequisite (imported from paper).</extracomment>
        <translation>The table hasn&apos;t selected any prerequisites yet.

Go to the step &quot;Prerequisites&quot; and mark the prerequisites the table wants to work on. Then you can write the contributions for them here.</translation>
    </message>
    <message>
        <source>Udvalgte forudsætninger</source>
        <translation>Selected prerequisites</translation>
    </message>
    <message>
        <source>Vælg den forudsætning, bordet arbejder med (Alt+Page Up / Alt+Page Down)</source>
        <translation>Choose the prerequisite the table is working on (Alt+Page Up / Alt+Page Down)</translation>
    </message>
    <message>
        <source>For&amp;udsætning:</source>
        <translation>Pre&amp;requisite:</translation>
    </message>
    <message>
        <source>+ Stemme</source>
        <translation>+ Vote</translation>
    </message>
    <message>
        <source>Giv bidraget en stemme (+)</source>
        <translation>Give the contribution a vote (+)</translation>
    </message>
    <message>
        <source>− Stemme</source>
        <translation>− Vote</translation>
    </message>
    <message>
        <source>Fjern en stemme fra bidraget (−)</source>
        <translation>Remove a vote from the contribution (−)</translation>
    </message>
    <message>
        <source>★ Udvalgt</source>
        <translation>★ Selected</translation>
    </message>
    <message>
        <source>Markér bidraget som udvalgt, eller fjern markeringen (Mellemrum)</source>
        <translation>Mark the contribution as selected, or unmark it (Space)</translation>
    </message>
    <message>
        <source>◀ Flyt</source>
        <translation>◀ Move</translation>
    </message>
    <message>
        <source>Flyt bidraget til aktøren til venstre (Ctrl+Venstre)</source>
        <translation>Move the contribution to the actor on the left (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Flyt ▶</source>
        <translation>Move ▶</translation>
    </message>
    <message>
        <source>Flyt bidraget til aktøren til højre (Ctrl+Højre)</source>
        <translation>Move the contribution to the actor on the right (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet bidraget. Kan fortrydes (Delete)</source>
        <translation>Delete the contribution. Can be undone (Delete)</translation>
    </message>
    <message>
        <source>Enter tilføjer · F2 retter · Ctrl+←/→ giver til en anden aktør · træk med musen for at flytte</source>
        <translation>Enter adds · F2 edits · Ctrl+←/→ gives it to another actor · drag with the mouse to move</translation>
    </message>
    <message>
        <source>Uden forudsætning</source>
        <translation>No prerequisite</translation>
    </message>
    <message>
        <source>Ikke fordelt</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Idéer, bordet endnu ikke har givet til en aktør</source>
        <translation>Ideas the table hasn&apos;t given to an actor yet</translation>
    </message>
    <message>
        <source>Skriv et bidrag til %1 og tryk Enter (Alt+%2 går hertil)</source>
        <translation>Write a contribution for %1 and press Enter (Alt+%2 goes here)</translation>
    </message>
</context>
<context>
    <name>ContributionsPanel</name>
    <message>
        <source>Bidrag</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Forudsætning</source>
        <translation>Prerequisite</translation>
    </message>
    <message>
        <source>Udvalgte bidrag pr. aktør</source>
        <translation>Selected contributions per actor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Udvalgte bidrag pr. aktør&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selected contributions per actor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bordenes udvalgte bidrag fra trinnet »Hvordan kan vi bidrage?«. Udvælgelsen ændres ved bordet.</source>
        <translation>The tables&apos; selected contributions from the step &quot;How can we contribute?&quot;. The selection is changed at the table.</translation>
    </message>
    <message>
        <source>{actor} ({n})</source>
        <translation>{actor} ({n})</translation>
    </message>
    <message>
        <source>Ingen udvalgte bidrag</source>
        <translation>No selected contributions</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <source>Bord</source>
        <extracomment>(background, text) of the status cell: green for delivered, red for missing. No bundle, but the table&apos;s notes are in the file (the demo&apos;s, typed here): no alarm. The roles the status cell answers with its look.</extracomment>
        <translation>Table</translation>
    </message>
    <message>
        <source>Hovedgruppe</source>
        <translation>Main group</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seneste bordpakke</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <source>%1 – hentet %2; %n bordpakke i alt</source>
        <translation>%1 – fetched %2; %n table bundle in all</translation>
    </message>
    <message>
        <source>%1 – hentet %2; %n bordpakker i alt</source>
        <translation>%1 – fetched %2; %n table bundles in all</translation>
    </message>
    <message>
        <source>Bordpakken havde ingen noter fra bordet: computeren er måske ikke blevet brugt, eller noterne er skrevet på papir.</source>
        <translation>The table bundle held no notes from the table: perhaps the computer was not used, or the notes were written on paper.</translation>
    </message>
    <message>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Ændrede</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Slettede</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Leveret, ingen noter</source>
        <translation>Delivered, no notes</translation>
    </message>
    <message>
        <source>Leveret</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Ingen bordpakke; %n note i filen</source>
        <translation>No table bundle; %n note in the file</translation>
    </message>
    <message>
        <source>Ingen bordpakke; %n noter i filen</source>
        <translation>No table bundle; %n notes in the file</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>DialogueBoxEdits</name>
    <message>
        <source>Måling %1</source>
        <extracomment>The details of a table that has none yet.</extracomment>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Slet måling</source>
        <translation>Delete reading</translation>
    </message>
    <message>
        <source>Tilføj aftale</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Ret aftale</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Ret hvem</source>
        <translation>Edit who</translation>
    </message>
    <message>
        <source>Ret hvornår</source>
        <translation>Edit when</translation>
    </message>
    <message>
        <source>Slet aftale</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>Flyt aftale</source>
        <translation>Move agreement</translation>
    </message>
    <message>
        <source>Nyt billedkort</source>
        <translation>New picture card</translation>
    </message>
    <message>
        <source>Nyt kort</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>Ret billedtekst</source>
        <translation>Edit caption</translation>
    </message>
    <message>
        <source>Ret kort</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Flyt kort</source>
        <translation>Move card</translation>
    </message>
    <message>
        <source>Fjern kort</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>Hent standardkortene</source>
        <translation>Add the standard cards</translation>
    </message>
    <message>
        <source>Ret svar: %1</source>
        <translation>Edit answer: %1</translation>
    </message>
    <message>
        <source>Ret skabelon</source>
        <translation>Edit template</translation>
    </message>
    <message>
        <source>Ret vært</source>
        <translation>Edit host</translation>
    </message>
    <message>
        <source>Ret gruppe</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <source>Ret sted</source>
        <translation>Edit place</translation>
    </message>
    <message>
        <source>Ret dato</source>
        <translation>Edit date</translation>
    </message>
    <message>
        <source>Ret antal deltagere</source>
        <translation>Edit number of participants</translation>
    </message>
</context>
<context>
    <name>DialogueDetailsBox</name>
    <message>
        <source>Om dialogen</source>
        <translation>About the dialogue</translation>
    </message>
    <message>
        <source>Dit navn og din rolle, fx »Lone, skoleleder«</source>
        <translation>Your name and role, e.g. &quot;Lone, head teacher&quot;</translation>
    </message>
    <message>
        <source>fx »Forældrebestyrelsen, Stenerup Børnehus«</source>
        <translation>e.g. &quot;Parents&apos; board, Stenerup Kindergarten&quot;</translation>
    </message>
    <message>
        <source>fx »Personalestuen, Stenerup Skole«</source>
        <translation>e.g. &quot;Staff room, Stenerup School&quot;</translation>
    </message>
    <message>
        <source>ingen dato</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>ikke talt</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>&amp;Vært:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>G&amp;ruppe:</source>
        <translation>Gro&amp;up:</translation>
    </message>
    <message>
        <source>S&amp;ted:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Del&amp;tagere:</source>
        <translation>Pa&amp;rticipants:</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>DialogueExports</name>
    <message>
        <source>Dialog %1</source>
        <extracomment>A PDF was written: its path. An export started (True) or ended (False).</extracomment>
        <translation>Dialogue %1</translation>
    </message>
    <message>
        <source>Gem dialogens dokumentation</source>
        <translation>Save the dialogue&apos;s documentation</translation>
    </message>
    <message>
        <source>Gem dialogkassen til print</source>
        <translation>Save the dialogue box for printing</translation>
    </message>
    <message>
        <source>Dialogkassen til print</source>
        <translation>Dialogue box for printing</translation>
    </message>
    <message>
        <source>Opsamling %1</source>
        <translation>Summary %1</translation>
    </message>
    <message>
        <source>Gem overblikket over dialogerne</source>
        <translation>Save the overview of the dialogues</translation>
    </message>
    <message>
        <source>Vent et øjeblik: en PDF bliver lavet.</source>
        <translation>Please wait a moment: a PDF is being made.</translation>
    </message>
    <message>
        <source>PDF med plakater i A4 (*.pdf)</source>
        <translation>PDF with A4 posters (*.pdf)</translation>
    </message>
    <message>
        <source>PDF med plakater i A3 (*.pdf)</source>
        <translation>PDF with A3 posters (*.pdf)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Laver PDF&apos;en »%1« …</source>
        <translation>Making the PDF &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>PDF&apos;en er gemt i »%1«.</source>
        <translation>The PDF is saved in &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>DilemmaCardsPage</name>
    <message>
        <source>Kortbunken</source>
        <translation>The deck</translation>
    </message>
    <message>
        <source>Vælg det kort, gruppen taler om. F2 retter teksten, Delete fjerner kortet, Ctrl+pil op og ned flytter det.</source>
        <translation>Choose the card the group is talking about. F2 edits the text, Delete removes the card, Ctrl+Up and Down move it.</translation>
    </message>
    <message>
        <source>Nyt kort: skriv en situation, og tryk Enter</source>
        <translation>New card: write a situation and press Enter</translation>
    </message>
    <message>
        <source>Nyt kort</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>&amp;Billedkort …</source>
        <translation>&amp;Picture card…</translation>
    </message>
    <message>
        <source>Lav et kort af et billede (PNG eller JPEG)</source>
        <translation>Make a card from a picture (PNG or JPEG)</translation>
    </message>
    <message>
        <source>Fjern kort</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>Fjern det valgte kort fra bunken (Delete)</source>
        <translation>Remove the selected card from the deck (Delete)</translation>
    </message>
    <message>
        <source>Hent standardkortene</source>
        <translation>Add the standard cards</translation>
    </message>
    <message>
        <source>Læg dialogkassens egne dilemmakort i bunken</source>
        <translation>Put the Dialogue Box&apos;s own dilemma cards in the deck</translation>
    </message>
    <message>
        <source>Træk et kort (R)</source>
        <translation>Draw a card (R)</translation>
    </message>
    <message>
        <source>Træk et tilfældigt kort, helst et gruppen ikke har talt om endnu (R)</source>
        <translation>Draw a random card, preferably one the group hasn&apos;t talked about yet (R)</translation>
    </message>
    <message>
        <source>Vis stort (F11)</source>
        <translation>Show large (F11)</translation>
    </message>
    <message>
        <source>Vis kortet på hele skærmen. Esc lukker.</source>
        <translation>Show the card full screen. Esc closes.</translation>
    </message>
    <message>
        <source>Kortbunken – %n kort</source>
        <comment>ét</comment>
        <translation>The deck – %n card</translation>
    </message>
    <message>
        <source>Kortbunken – %n kort</source>
        <comment>flere</comment>
        <translation>The deck – %n cards</translation>
    </message>
    <message>
        <source>Kort %1 af %2</source>
        <translation>Card %1 of %2</translation>
    </message>
    <message>
        <source>Kort trukket</source>
        <translation>Card drawn</translation>
    </message>
    <message>
        <source>Vælg et billede til kortet</source>
        <translation>Choose a picture for the card</translation>
    </message>
    <message>
        <source>Billeder (%1)</source>
        <translation>Pictures (%1)</translation>
    </message>
    <message>
        <source>Billedkort</source>
        <translation>Picture card</translation>
    </message>
    <message>
        <source>En kort tekst til billedet (kan stå tom):</source>
        <translation>A short caption for the picture (may be left empty):</translation>
    </message>
    <message>
        <source>Kortet er fjernet – %1 fortryder</source>
        <translation>Card removed – press %1 to undo</translation>
    </message>
</context>
<context>
    <name>DilemmaPage</name>
    <message>
        <source>Hensyn</source>
        <extracomment>The number key that puts each tag on the current note (0 takes the tag away).</extracomment>
        <translation>Consideration</translation>
    </message>
    <message>
        <source>Afvejning</source>
        <translation>Trade-off</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <source>Casen</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>Vis eller skjul casen ved siden af noterne</source>
        <translation>Show or hide the case beside the notes</translation>
    </message>
    <message>
        <source>Intet mærke</source>
        <translation>No tag</translation>
    </message>
    <message>
        <source>Mærke til næste note</source>
        <translation>Tag for the next note</translation>
    </message>
    <message>
        <source>Mærket, som den næste note får. En note i listen mærkes med 1 (hensyn), 2 (afvejning), 3 (dilemma) eller 0 (intet mærke).</source>
        <translation>The tag the next note gets. A note in the list is tagged with 1 (consideration), 2 (trade-off), 3 (dilemma) or 0 (no tag).</translation>
    </message>
    <message>
        <source>Mærk som {tag}</source>
        <translation>Tag as {tag}</translation>
    </message>
    <message>
        <source>Fjern mærket</source>
        <translation>Remove the tag</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>%1: ingen målinger endnu</source>
        <translation>%1: no readings yet</translation>
    </message>
    <message>
        <source>%1: %n måling, median %3 (%4)</source>
        <translation>%1: %n reading, median %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %n målinger, median %3 (%4)</source>
        <translation>%1: %n readings, median %3 (%4)</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>hele gruppen</source>
        <translation>whole group</translation>
    </message>
    <message>
        <source>Ingen målinger endnu</source>
        <translation>No readings yet</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Erstat navne</source>
        <translation>Replace names</translation>
    </message>
    <message>
        <source>Navne i rapporter …</source>
        <translation>Names in reports…</translation>
    </message>
    <message>
        <source>&amp;Eksportér …</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source> og %1 mere</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>%n navn på listen: %2. Campens egne tekster ændres ikke.</source>
        <translation>%n name on the list: %2. The camp&apos;s own texts are not changed.</translation>
    </message>
    <message>
        <source>%n navne på listen: %2. Campens egne tekster ændres ikke.</source>
        <translation>%n names on the list: %2. The camp&apos;s own texts are not changed.</translation>
    </message>
    <message>
        <source>Rapport på tværs af camps</source>
        <translation>Report across camps</translation>
    </message>
    <message>
        <source>Erstat navnene på hver camps liste »Navne i rapporter« i rapporten? Camp-filerne ændres ikke.</source>
        <translation>Replace the names on each camp&apos;s list &quot;Names in reports&quot; in the report? The camp files are not changed.</translation>
    </message>
</context>
<context>
    <name>FailureBox</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Kopiér detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Kopieret</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>forslag</source>
        <extracomment>The translation context of the labels below (the UI translates them; reports are Danish). Every status, in the order an item goes through them.</extracomment>
        <translation>proposed</translation>
    </message>
    <message>
        <source>aftalt</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>i gang</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>gennemført</source>
        <translation>done</translation>
    </message>
    <message>
        <source>droppet</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Uden aktør</source>
        <extracomment>Statuses whose deadline no longer matters: such an item is never overdue. The name of the list of items without an actor.</extracomment>
        <translation>No actor</translation>
    </message>
</context>
<context>
    <name>FollowupEdits</name>
    <message>
        <source>Ret ejer</source>
        <translation>Edit owner</translation>
    </message>
    <message>
        <source>Ret person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Ret frist</source>
        <translation>Edit deadline</translation>
    </message>
    <message>
        <source>Ret status</source>
        <translation>Edit status</translation>
    </message>
    <message>
        <source>Tilføj kommentar</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Slet kommentar</source>
        <translation>Delete comment</translation>
    </message>
</context>
<context>
    <name>FollowupModel</name>
    <message>
        <source>Hvad</source>
        <extracomment>The red of an overdue deadline.</extracomment>
        <translation>What</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seneste kommentar</source>
        <translation>Latest comment</translation>
    </message>
    <message>
        <source>Fristen er overskredet.</source>
        <translation>The deadline has passed.</translation>
    </message>
    <message>
        <source>Uden aktør</source>
        <translation>No actor</translation>
    </message>
    <message>
        <source>%1 (overskredet)</source>
        <translation>%1 (overdue)</translation>
    </message>
</context>
<context>
    <name>FollowupPanel</name>
    <message>
        <source>Ejer</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>fx Karen Holm</source>
        <translation>e.g. Karen Holm</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommentarer</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Kommentarens dato</source>
        <translation>Date of the comment</translation>
    </message>
    <message>
        <source>Hvad er der sket? (Ctrl+Enter tilføjer)</source>
        <translation>What has happened? (Ctrl+Enter adds)</translation>
    </message>
    <message>
        <source>Ny kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>&amp;Tilføj kommentar</source>
        <translation>Add co&amp;mment</translation>
    </message>
    <message>
        <source>Tilføj kommentaren med datoen (Ctrl+Enter)</source>
        <translation>Add the comment with the date (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Ejer:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Frist:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Kommentarer (Delete sletter):</source>
        <translation>&amp;Comments (Delete deletes):</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Vælg et bidrag eller en aftale i listen.</source>
        <translation>Select a contribution or an agreement in the list.</translation>
    </message>
    <message>
        <source>Bidrag</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Aftale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Hvornår: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Fristen er overskredet.</source>
        <translation>The deadline has passed.</translation>
    </message>
    <message>
        <source>(ingen aktør)</source>
        <translation>(no actor)</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <source>Søg i bidrag, aftaler, personer og kommentarer</source>
        <extracomment>Every kind of change that alters what the view shows. (A collect or an import announces ACTOR, CONTRIBUTION and AGREEMENT among the rest.) The actor filter&apos;s entry for items without an actor.</extracomment>
        <translation>Search contributions, agreements, people and comments</translation>
    </message>
    <message>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Vis aktør</source>
        <translation>Show actor</translation>
    </message>
    <message>
        <source>Vis status</source>
        <translation>Show status</translation>
    </message>
    <message>
        <source>Alle statusser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Bidrag og aftaler</source>
        <translation>Contributions and agreements</translation>
    </message>
    <message>
        <source>S&amp;øg:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <source>&amp;Aktør:</source>
        <translation>&amp;Actor:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Alle aktører</source>
        <translation>All actors</translation>
    </message>
    <message>
        <source>Uden aktør</source>
        <translation>No actor</translation>
    </message>
    <message>
        <source>%n punkt</source>
        <translation>%n item</translation>
    </message>
    <message>
        <source>%n punkter</source>
        <translation>%n items</translation>
    </message>
    <message>
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FreeTemplatePage</name>
    <message>
        <source>Det bedste ved fællesskabet her er …</source>
        <translation>The best thing about the community here is…</translation>
    </message>
    <message>
        <source>Vi kunne gøre mere af …</source>
        <translation>We could do more of…</translation>
    </message>
    <message>
        <source>Vi drømmer om …</source>
        <translation>We dream of…</translation>
    </message>
    <message>
        <source>Skriv med gruppens egne ord …</source>
        <translation>Write in the group&apos;s own words…</translation>
    </message>
</context>
<context>
    <name>FrontPageEdits</name>
    <message>
        <source>Ny avisforside</source>
        <translation>New front page</translation>
    </message>
    <message>
        <source>Ret avisforside</source>
        <translation>Edit front page</translation>
    </message>
    <message>
        <source>Ret overskrift</source>
        <translation>Edit headline</translation>
    </message>
    <message>
        <source>Ret historie</source>
        <translation>Edit story</translation>
    </message>
    <message>
        <source>Ret citat</source>
        <translation>Edit quote</translation>
    </message>
    <message>
        <source>Ret hvem der siger citatet</source>
        <translation>Edit who says the quote</translation>
    </message>
    <message>
        <source>Slet avisforside</source>
        <translation>Delete front page</translation>
    </message>
</context>
<context>
    <name>FrontPagePage</name>
    <message>
        <source>Bordets avisforsider</source>
        <extracomment>Typed values not yet saved, and where they belong: (page id or None, step, table).</extracomment>
        <translation>The table&apos;s front pages</translation>
    </message>
    <message>
        <source>Skift forside (Alt+Page Up / Alt+Page Down)</source>
        <translation>Switch front page (Alt+Page Up / Alt+Page Down)</translation>
    </message>
    <message>
        <source>Ny forside</source>
        <translation>New front page</translation>
    </message>
    <message>
        <source>Lav en ny avisforside (Ctrl+Shift+N)</source>
        <translation>Make a new front page (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Slet forside</source>
        <translation>Delete front page</translation>
    </message>
    <message>
        <source>Slet den viste avisforside. Kan fortrydes (Ctrl+Shift+Delete)</source>
        <translation>Delete the front page shown. Can be undone (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Bordet har ingen avisforside endnu. Skriv en overskrift, så oprettes forsiden.</source>
        <translation>The table has no front page yet. Write a headline and the front page is created.</translation>
    </message>
    <message>
        <source>Fx »Byen, hvor alle kender en nabo«</source>
        <translation>E.g. &quot;The town where everyone knows a neighbour&quot;</translation>
    </message>
    <message>
        <source>Hvad er lykkedes? Hvem gjorde det, og hvordan mærker borgerne det?</source>
        <translation>What has succeeded? Who did it, and how do the citizens notice it?</translation>
    </message>
    <message>
        <source>Et citat fra en borger, en medarbejder eller en politiker</source>
        <translation>A quote from a citizen, an employee or a politician</translation>
    </message>
    <message>
        <source>Fx »Nina, 34 år, mor til to«</source>
        <translation>E.g. &quot;Nina, 34, mother of two&quot;</translation>
    </message>
    <message>
        <source>&amp;Overskrift</source>
        <translation>Head&amp;line</translation>
    </message>
    <message>
        <source>Forsidens overskrift (Alt+O)</source>
        <translation>The front page&apos;s headline (Alt+L)</translation>
    </message>
    <message>
        <source>His&amp;torie</source>
        <translation>S&amp;tory</translation>
    </message>
    <message>
        <source>Historien under overskriften (Alt+T)</source>
        <translation>The story below the headline (Alt+T)</translation>
    </message>
    <message>
        <source>&amp;Citat</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <source>Et citat, der trækkes frem på siden (Alt+C)</source>
        <translation>A quote highlighted on the page (Alt+Q)</translation>
    </message>
    <message>
        <source>Hvem &amp;siger det?</source>
        <translation>&amp;Who says it?</translation>
    </message>
    <message>
        <source>Hvem citatet er fra (Alt+S)</source>
        <translation>Who the quote is from (Alt+W)</translation>
    </message>
    <message>
        <source>Bord %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>Forside %1 af %2</source>
        <translation>Forside %1 af %2</translation>
    </message>
    <message>
        <source>Forside %1</source>
        <translation>Front page %1</translation>
    </message>
</context>
<context>
    <name>GatheringView</name>
    <message>
        <source>Saml dialogerne under »Indsamling«: bordpakker fra værterne, der har åbnet dit dialogkit og valgt hver sin dialog (D1, D2 …), eller fra dialoger, de selv har oprettet med »Ny dialog«. Hver dialog bliver sin egen gruppe her.</source>
        <extracomment>Columns of the thermometer table. The coordinator wants to sort a triangle step&apos;s notes into categories.</extracomment>
        <translation>Gather the dialogues under &quot;Collection&quot;: table bundles from the hosts who opened your dialogue kit and chose a dialogue each (D1, D2 …), or from dialogues they created themselves with &quot;New dialogue&quot;. Each dialogue becomes a group of its own here.</translation>
    </message>
    <message>
        <source>Overblik som &amp;PDF …</source>
        <translation>Overview as &amp;PDF…</translation>
    </message>
    <message>
        <source>Alle dialoger samlet i én PDF til udvalget</source>
        <translation>All dialogues in one PDF for the committee</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>&amp;Dialogens dokumentation (PDF) …</source>
        <translation>&amp;Dialogue documentation (PDF)…</translation>
    </message>
    <message>
        <source>Den valgte dialog: termometer, trekant, kort, skabelon og aftaler</source>
        <translation>The chosen dialogue: thermometer, triangle, cards, template and agreements</translation>
    </message>
    <message>
        <source>Dialog&amp;kassen til print (PDF) …</source>
        <translation>Dialogue bo&amp;x for printing (PDF)…</translation>
    </message>
    <message>
        <source>Dilemmakort til at klippe ud, termometer- og trekantplakat</source>
        <translation>Dilemma cards to cut out, thermometer and triangle posters</translation>
    </message>
    <message>
        <source>Termometeret pr. gruppe</source>
        <translation>The thermometer per group</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Vært</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Start: målinger</source>
        <translation>Start: readings</translation>
    </message>
    <message>
        <source>Start: median</source>
        <translation>Start: median</translation>
    </message>
    <message>
        <source>Slut: målinger</source>
        <translation>End: readings</translation>
    </message>
    <message>
        <source>Slut: median</source>
        <translation>End: median</translation>
    </message>
    <message>
        <source>Alle grupper, start</source>
        <translation>All groups, start</translation>
    </message>
    <message>
        <source>Alle grupper, slut</source>
        <translation>All groups, end</translation>
    </message>
    <message>
        <source>Trekantens noter fra alle grupper</source>
        <translation>The triangle&apos;s notes from all groups</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stemmer</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sortér i kategorier …</source>
        <translation>Sort into categories…</translation>
    </message>
    <message>
        <source>Åbn trekantens noter under »Konsolidering« og sortér dem i kategorier, gerne niveau for niveau</source>
        <translation>Open the triangle&apos;s notes under &quot;Consolidation&quot; and sort them into categories, preferably level by level</translation>
    </message>
    <message>
        <source>Kortene, grupperne talte mest om</source>
        <translation>The cards the groups talked about most</translation>
    </message>
    <message>
        <source>Kort og svar</source>
        <translation>Card and answers</translation>
    </message>
    <message>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Termometeret</source>
        <translation>The thermometer</translation>
    </message>
    <message>
        <source>Pr. gruppe</source>
        <translation>Per group</translation>
    </message>
    <message>
        <source>Over tid</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>Den omvendte trekant</source>
        <translation>The inverted triangle</translation>
    </message>
    <message>
        <source>Dilemmakortene</source>
        <translation>The dilemma cards</translation>
    </message>
    <message>
        <source>Ingen dialoger endnu</source>
        <translation>No dialogues yet</translation>
    </message>
    <message>
        <source>1 dialog</source>
        <translation>1 dialogue</translation>
    </message>
    <message>
        <source>%1 dialoger</source>
        <translation>%1 dialogues</translation>
    </message>
    <message>
        <source>1 deltager</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>%1 deltagere</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>Endnu ingen dialog fra: %1</source>
        <translation>No dialogue yet from: %1</translation>
    </message>
    <message>
        <source>Alle grupper</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 noter</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>Niveau %1 · %2 (%3)</source>
        <translation>Level %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>; uden kategori %1</source>
        <translation>; without a category %1</translation>
    </message>
    <message>
        <source>Kategorier: %1</source>
        <translation>Categories: %1</translation>
    </message>
    <message>
        <source>Noterne er endnu ikke sorteret i kategorier.</source>
        <translation>The notes are not sorted into categories yet.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Hjælp – taster</source>
        <extracomment>A tooltip that ends in its keys: »Gå til næste trin (Ctrl+Page Down)«.</extracomment>
        <translation>Help – keys</translation>
    </message>
    <message>
        <source>Denne skærm har ingen taster ud over dem, der virker overalt.</source>
        <translation>This screen has no keys beyond those that work everywhere.</translation>
    </message>
    <message>
        <source>Hold musen over en knap for at se, hvad den gør, og hvilken tast den har.</source>
        <translation>Hold the mouse over a button to see what it does and which key it has.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ny camp …</source>
        <translation>&amp;New camp…</translation>
    </message>
    <message>
        <source>Ny &amp;dialog …</source>
        <translation>New &amp;dialogue…</translation>
    </message>
    <message>
        <source>Å&amp;bn camp …</source>
        <translation>&amp;Open camp…</translation>
    </message>
    <message>
        <source>&amp;Seneste camps</source>
        <translation>&amp;Recent camps</translation>
    </message>
    <message>
        <source>Åbn &amp;demo-campen</source>
        <translation>Open the de&amp;mo camp</translation>
    </message>
    <message>
        <source>Sammenlign camps på &amp;tværs …</source>
        <translation>Compare camps &amp;across…</translation>
    </message>
    <message>
        <source>Sikker&amp;hedskopier …</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Slet camp …</source>
        <translation>Delete camp…</translation>
    </message>
    <message>
        <source>&amp;Luk camp</source>
        <translation>&amp;Close camp</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Eksportér</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Indstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Taster på denne skærm …</source>
        <translation>&amp;Keys on this screen …</translation>
    </message>
    <message>
        <source>&amp;Om Facilitator</source>
        <translation>&amp;About Facilitator</translation>
    </message>
    <message>
        <source>&amp;Fortryd %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Gentag %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Ny camp</source>
        <translation>New camp</translation>
    </message>
    <message>
        <source>Min camp.camp</source>
        <translation>My camp.camp</translation>
    </message>
    <message>
        <source>Ny dialog</source>
        <translation>New dialogue</translation>
    </message>
    <message>
        <source>Min dialog.camp</source>
        <translation>My dialogue.camp</translation>
    </message>
    <message>
        <source>Åbn camp</source>
        <translation>Open camp</translation>
    </message>
    <message>
        <source>Alle filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Campen har intet bord med koden »%1«.</source>
        <translation>The camp has no table with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er gendannet.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <source>Slet camp</source>
        <translation>Delete camp</translation>
    </message>
    <message>
        <source>Slet »%1« og alle dens sikkerhedskopier for altid? Det kan ikke fortrydes.</source>
        <translation>Delete &quot;%1&quot; and all its backups for good? This can&apos;t be undone.</translation>
    </message>
    <message>
        <source>Campen er slettet.</source>
        <translation>The camp has been deleted.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Om Facilitator</source>
        <translation>About Facilitator</translation>
    </message>
    <message>
        <source>&lt;b&gt;Facilitator&lt;/b&gt; %1&lt;br&gt;Borgerinddragelse på camps og med dialogkassen – offline, og alt gemmes med det samme.</source>
        <translation>&lt;b&gt;Facilitator&lt;/b&gt; %1&lt;br&gt;Citizen involvement at camps and with the Dialogue Box – offline, and everything is saved immediately.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>»{path}« findes ikke eller er ikke en fil.</source>
        <translation>&quot;{path}&quot; doesn&apos;t exist or isn&apos;t a file.</translation>
    </message>
    <message>
        <source>»{path}« er ikke en camp-fil. Filen er ikke ændret.</source>
        <translation>&quot;{path}&quot; isn&apos;t a camp file. The file has not been changed.</translation>
    </message>
    <message>
        <source>»{path}« er tom og kan ikke være en camp-fil. Filen er ikke ændret.</source>
        <translation>&quot;{path}&quot; is empty and can&apos;t be a camp file. The file has not been changed.</translation>
    </message>
    <message>
        <source>»{path}« er en database fra et andet program, ikke en camp-fil. Filen er ikke ændret.</source>
        <translation>&quot;{path}&quot; is a database from another program, not a camp file. The file has not been changed.</translation>
    </message>
    <message>
        <source>»{path}« er lavet med en nyere udgave af Facilitator (filformat {found}, denne udgave kender op til {known}). Opdatér programmet for at åbne den. Filen er ikke ændret.</source>
        <translation>&quot;{path}&quot; was made with a newer version of Facilitator (file format {found}, this version knows up to {known}). Update the program to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>»{path}« er beskadiget og kan ikke åbnes ({detail}). Filen er ikke ændret.</source>
        <translation>&quot;{path}&quot; is damaged and can&apos;t be opened ({detail}). The file has not been changed.</translation>
    </message>
    <message>
        <source>»{path}« kan ikke læses: {detail}. Filen er ikke ændret.</source>
        <translation>&quot;{path}&quot; can&apos;t be read: {detail}. The file has not been changed.</translation>
    </message>
    <message>
        <source>»{path}« findes allerede.</source>
        <translation>&quot;{path}&quot; already exists.</translation>
    </message>
    <message>
        <source>»{path}« er i brug i et andet program (eller en anden Facilitator) og kan ikke åbnes lige nu. Luk det andet program, og prøv igen. Filen er ikke ændret.</source>
        <translation>&quot;{path}&quot; is in use by another program (or another Facilitator) and can&apos;t be opened right now. Close the other program and try again. The file has not been changed.</translation>
    </message>
    <message>
        <source>Campen er i brug i et andet program lige nu, så ændringen er ikke gemt. Det, der allerede var gemt, er uændret. Prøv igen om lidt.</source>
        <translation>The camp is in use by another program right now, so the change has not been saved. What was already saved is unchanged. Try again in a moment.</translation>
    </message>
    <message>
        <source>Filen er skrivebeskyttet. Ændringen er ikke gemt.</source>
        <translation>The file is read-only. The change has not been saved.</translation>
    </message>
    <message>
        <source>Ændringen kunne ikke gemmes ({detail}). Det, der allerede var gemt, er uændret. Frigør plads på disken, og prøv igen.</source>
        <translation>The change could not be saved ({detail}). What was already saved is unchanged. Free up space on the disk and try again.</translation>
    </message>
    <message>
        <source>Camp-filen »{path}« er blevet flyttet, slettet eller erstattet af et andet program, mens den var åben her. Alt, hvad der er skrevet – også den seneste ændring – er gemt i en kopi: »{copy}«. Åbn kopien for at arbejde videre.</source>
        <translation>The camp file &quot;{path}&quot; was moved, deleted or replaced by another program while it was open here. Everything written – the latest change too – is saved in a copy: &quot;{copy}&quot;. Open the copy to carry on.</translation>
    </message>
    <message>
        <source>Camp-filen »{path}« er blevet flyttet, slettet eller erstattet af et andet program, mens den var åben her, og der kunne ikke gemmes en kopi ({detail}). Luk ikke programmet: frigør plads på disken, eller sæt drevet i igen, og lav så en ændring, så prøver programmet igen.</source>
        <translation>The camp file &quot;{path}&quot; was moved, deleted or replaced by another program while it was open here, and no copy could be saved ({detail}). Do not close the program: free up disk space or reconnect the drive, then make a change, and the program tries again.</translation>
    </message>
    <message>
        <source>»{path}« er en camp-fil, der er åben her, ikke {what}. Vælg en anden fil.</source>
        <translation>&quot;{path}&quot; is a camp file that is open here, not {what}. Choose another file.</translation>
    </message>
    <message>
        <source>et billede</source>
        <extracomment>What the file was chosen as, for OPEN_CAMP_AS_INPUT.</extracomment>
        <translation>a picture</translation>
    </message>
    <message>
        <source>et transskriberingsark</source>
        <translation>a transcription sheet</translation>
    </message>
    <message>
        <source>En tom note gemmes ikke.</source>
        <translation>An empty note is not saved.</translation>
    </message>
    <message>
        <source>Der er allerede et bord med koden »{code}«. Vælg en anden kode.</source>
        <translation>There is already a table with the code &quot;{code}&quot;. Choose another code.</translation>
    </message>
    <message>
        <source>Campen har intet bord med koden »{code}«.</source>
        <translation>The camp has no table with the code &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>»{path}« er ikke et regneark. Gem det som CSV (UTF-8 eller semikolonsepareret) eller som Excel-projektmappe (.xlsx), og prøv igen.</source>
        <translation>&quot;{path}&quot; isn&apos;t a spreadsheet. Save it as CSV (UTF-8 or semicolon-separated) or as an Excel workbook (.xlsx) and try again.</translation>
    </message>
    <message>
        <source>»{path}« kan ikke læses som regneark ({detail}).</source>
        <translation>&quot;{path}&quot; can&apos;t be read as a spreadsheet ({detail}).</translation>
    </message>
    <message>
        <source>»{path}« er tomt: der er ingen overskriftsrække.</source>
        <translation>&quot;{path}&quot; is empty: there is no header row.</translation>
    </message>
    <message>
        <source>»{path}« er for stort til et transskriptionsark (over {limit} MB). Intet er indlæst. Del arket op i flere filer.</source>
        <translation>&quot;{path}&quot; is too large for a transcription sheet (over {limit} MB). Nothing has been loaded. Split the sheet into several files.</translation>
    </message>
    <message>
        <source>»{path}« blev ikke indlæst: række {row} har en celle med mere end {limit} tegn. Så lange tekster kan ikke indlæses; del teksten op i flere noter.</source>
        <translation>&quot;{path}&quot; was not loaded: row {row} has a cell with more than {limit} characters. Texts that long can&apos;t be loaded; split the text into several notes.</translation>
    </message>
    <message>
        <source>En konsolideret forudsætning skal have en tekst.</source>
        <translation>A consolidated prerequisite must have a text.</translation>
    </message>
    <message>
        <source>Campen har ingen analysetekst, der hedder »{key}«.</source>
        <translation>The camp has no analysis text called &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Ikke fordelt</source>
        <extracomment>The group of contributions the tables have not given to an actor (translated in the UI).</extracomment>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Uden kerneopgave</source>
        <extracomment>How a camp without a core task is grouped across camps (translated in the UI).</extracomment>
        <translation>No core task</translation>
    </message>
    <message>
        <source>En kategori skal have et navn.</source>
        <translation>A category must have a name.</translation>
    </message>
    <message>
        <source>Trinnet har allerede en kategori, der hedder »{name}«.</source>
        <translation>The step already has a category called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>En kategori kan ikke flettes ind i sig selv.</source>
        <translation>A category can&apos;t be merged into itself.</translation>
    </message>
    <message>
        <source>Kun kategorier fra samme trin kan flettes.</source>
        <translation>Only categories from the same step can be merged.</translation>
    </message>
    <message>
        <source>En af noterne findes ikke i campen. Intet er ændret.</source>
        <translation>One of the notes is not in the camp. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Kun noter fra samme trin kan tælles som ét budskab.</source>
        <translation>Only notes of the same step can be counted as one message.</translation>
    </message>
    <message>
        <source>Termometeret går fra 1 til 10. »{value}« er ikke en af dem.</source>
        <translation>The thermometer goes from 1 to 10. &quot;{value}&quot; isn&apos;t one of them.</translation>
    </message>
    <message>
        <source>En måling hører til starten eller slutningen.</source>
        <translation>A reading belongs to the start or the end.</translation>
    </message>
    <message>
        <source>Trekanten har tre niveauer: 1, 2 og 3.</source>
        <translation>The triangle has three levels: 1, 2 and 3.</translation>
    </message>
    <message>
        <source>Kortet har ikke spørgsmålet »{question}«.</source>
        <translation>The card doesn&apos;t have the question &quot;{question}&quot;.</translation>
    </message>
    <message>
        <source>Et kort skal have en tekst eller et billede. Det tomme kort er ikke gemt.</source>
        <translation>A card must have a text or a picture. The empty card has not been saved.</translation>
    </message>
    <message>
        <source>»{name}« er ikke et billede, som kortene kan vise. Vælg en PNG- eller JPEG-fil (.png, .jpg eller .jpeg).</source>
        <translation>&quot;{name}&quot; isn&apos;t a picture the cards can show. Choose a PNG or JPEG file (.png, .jpg or .jpeg).</translation>
    </message>
    <message>
        <source>Billedet »{name}« fylder for meget ({size} MB). Vælg et billede på højst {limit} MB.</source>
        <translation>The picture &quot;{name}&quot; is too large ({size} MB). Choose a picture of at most {limit} MB.</translation>
    </message>
    <message>
        <source>Skriv, hvad I aftaler. En tom aftale gemmes ikke.</source>
        <translation>Write what you agree on. An empty agreement is not saved.</translation>
    </message>
    <message>
        <source>Kortbunken »{deck}« findes ikke eller kan ikke læses ({detail}).</source>
        <translation>The deck &quot;{deck}&quot; doesn&apos;t exist or can&apos;t be read ({detail}).</translation>
    </message>
    <message>
        <source>»{path}« blev ikke indlæst: {count} fejl i arket. Intet er ændret.</source>
        <translation>&quot;{path}&quot; was not imported: {count} errors in the sheet. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Række {row}: overskriftsrækken mangler kolonnen/kolonnerne {columns}.</source>
        <translation>Row {row}: the header row is missing the column(s) {columns}.</translation>
    </message>
    <message>
        <source>Række {row}: ukendt kolonne {columns}. Kendte kolonner: {known}.</source>
        <translation>Row {row}: unknown column {columns}. Known columns: {known}.</translation>
    </message>
    <message>
        <source>Række {row}: kolonnen »{column}« står der mere end én gang.</source>
        <translation>Row {row}: the column &quot;{column}&quot; appears more than once.</translation>
    </message>
    <message>
        <source>Række {row}: der er flere udfyldte celler end kolonner i overskriften.</source>
        <translation>Row {row}: there are more filled-in cells than columns in the header.</translation>
    </message>
    <message>
        <source>Række {row}: ukendt trin »{step}«. Brug et af: {known}.</source>
        <translation>Row {row}: unknown step &quot;{step}&quot;. Use one of: {known}.</translation>
    </message>
    <message>
        <source>Række {row}: bordet mangler (kun {steps} kan stå uden bord).</source>
        <translation>Row {row}: the table is missing (only {steps} can be without a table).</translation>
    </message>
    <message>
        <source>Række {row}: teksten er tom.</source>
        <translation>Row {row}: the text is empty.</translation>
    </message>
    <message>
        <source>Række {row}: avisforsiden har hverken overskrift (title) eller historie (text).</source>
        <translation>Row {row}: the front page has neither a headline (title) nor a story (text).</translation>
    </message>
    <message>
        <source>Række {row}: stemmer skal være et helt tal fra 0 til {most}, ikke »{value}«.</source>
        <translation>Row {row}: votes must be a whole number from 0 to {most}, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Række {row}: udvalgt (selected) skal være 1, 0 eller tom, ikke »{value}«.</source>
        <translation>Row {row}: selected must be 1, 0 or empty, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Række {row}: antal deltagere skal være et helt tal, ikke »{value}«.</source>
        <translation>Row {row}: the number of participants must be a whole number, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Række {row}: ukendt aktør »{actor}«. Brug et af: {known} – eller lad feltet stå tomt.</source>
        <translation>Row {row}: unknown actor &quot;{actor}&quot;. Use one of: {known} – or leave the field empty.</translation>
    </message>
    <message>
        <source>Række {row}: kolonnen »{column}« bruges kun i trinnet »{step}«, ikke i »{used}«.</source>
        <translation>Row {row}: the column &quot;{column}&quot; is only used in the step &quot;{step}&quot;, not in &quot;{used}&quot;.</translation>
    </message>
    <message>
        <source>Række {row}: camp_id »{found}« er en anden camp end i de første rækker (»{first}«). Ét ark er én camp.</source>
        <translation>Row {row}: camp_id &quot;{found}&quot; is a different camp than in the first rows (&quot;{first}&quot;). One sheet is one camp.</translation>
    </message>
    <message>
        <source>Et regneark gemmes som .csv eller .xlsx, ikke som »{suffix}«.</source>
        <translation>A spreadsheet is saved as .csv or .xlsx, not as &quot;{suffix}&quot;.</translation>
    </message>
    <message>
        <source>»{path}« kan ikke gemmes: {detail}.</source>
        <translation>&quot;{path}&quot; can&apos;t be saved: {detail}.</translation>
    </message>
    <message>
        <source>Række {row}: kolonnen »{column}« har {length} tegn; højst {limit} kan indlæses. Del teksten op i flere noter.</source>
        <translation>Row {row}: the column &quot;{column}&quot; has {length} characters; at most {limit} can be loaded. Split the text into several notes.</translation>
    </message>
    <message>
        <source>Række {row}: kolonnen »{column}« indeholder et usynligt styretegn ({code}), fx fra en kopi fra et andet program. Slet det i arket, og prøv igen.</source>
        <translation>Row {row}: the column &quot;{column}&quot; contains an invisible control character ({code}), e.g. from copying from another program. Delete it in the sheet and try again.</translation>
    </message>
    <message>
        <source>Række {row}: kolonnerne er adskilt af »{delimiter}«. Gem arket med semikolon, komma eller tabulator mellem kolonnerne, og prøv igen.</source>
        <translation>Row {row}: the columns are separated by &quot;{delimiter}&quot;. Save the sheet with semicolons, commas or tabs between the columns and try again.</translation>
    </message>
    <message>
        <source>Række {row}: ukendt record »{value}«. Brug et af: {known} – eller lad feltet stå tomt for en note.</source>
        <translation>Row {row}: unknown record &quot;{value}&quot;. Use one of: {known} – or leave the cell empty for a note.</translation>
    </message>
    <message>
        <source>Række {row}: tag skal være et af {known} – eller tomt, ikke »{value}«.</source>
        <translation>Row {row}: tag must be one of {known} – or empty, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Række {row}: en »continued«-række skal stå lige under den række, den fortsætter.</source>
        <translation>Row {row}: a &quot;continued&quot; row must come right below the row it continues.</translation>
    </message>
    <message>
        <source>Række {row}: bord »{table}« står i hovedgruppe »{group}«, men tidligere i »{first}«.</source>
        <translation>Row {row}: table &quot;{table}&quot; is in main group &quot;{group}&quot;, but earlier in &quot;{first}&quot;.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kunne ikke laves ({detail}). Campen er uændret.</source>
        <translation>The backup could not be made ({detail}). The camp is unchanged.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kunne ikke gendannes ({detail}). Campen er uændret.</source>
        <translation>The backup could not be restored ({detail}). The camp is unchanged.</translation>
    </message>
    <message>
        <source>Campen kunne ikke slettes ({detail}). Intet er slettet.</source>
        <translation>The camp could not be deleted ({detail}). Nothing was deleted.</translation>
    </message>
    <message>
        <source>»{path}« er ikke en bordpakke fra Facilitator. Intet er indlæst fra den.</source>
        <extracomment>Every table whose rows a bundle or kit vouches for with its hash. The tables every bundle and kit vouches for, whichever version of the app wrote it; a file from before the dialogue tables travelled vouches for these only (and its dialogue tables are empty). In a manifest&apos;s counts: the hash covers the file&apos;s schema too (the number of schema objects). Files written before have no such entry; their hash covers rows only, and their schema is checked object for object all the same.</extracomment>
        <translation>&quot;{path}&quot; isn&apos;t a table bundle from Facilitator. Nothing has been loaded from it.</translation>
    </message>
    <message>
        <source>»{path}« er et camp-kit til bordenes computere, ikke en bordpakke. Intet er indlæst fra den.</source>
        <translation>&quot;{path}&quot; is a camp kit for the tables&apos; computers, not a table bundle. Nothing has been loaded from it.</translation>
    </message>
    <message>
        <source>»{path}« er en bordpakke, ikke et camp-kit. Bed arrangøren om kittet.</source>
        <translation>&quot;{path}&quot; is a table bundle, not a camp kit. Ask the organiser for the kit.</translation>
    </message>
    <message>
        <source>»{path}« er beskadiget eller ufuldstændig ({detail}). Intet er indlæst fra den. Bed bordet om at sende pakken igen.</source>
        <translation>&quot;{path}&quot; is damaged or incomplete ({detail}). Nothing has been loaded from it. Ask the table to send the bundle again.</translation>
    </message>
    <message>
        <source>»{path}« er {what} og bliver ikke overskrevet. Vælg et andet navn. Intet er ændret.</source>
        <extracomment>Collected before (same rows, same stamp): not read, nothing to merge.</extracomment>
        <translation>&quot;{path}&quot; is {what} and is not overwritten. Choose another name. Nothing has been changed.</translation>
    </message>
    <message>
        <source>»{path}« er den fil, der gemmes fra. Vælg et andet navn. Intet er ændret.</source>
        <translation>&quot;{path}&quot; is the file being saved from. Choose another name. Nothing has been changed.</translation>
    </message>
    <message>
        <source>en camp-fil</source>
        <translation>a camp file</translation>
    </message>
    <message>
        <source>et kit</source>
        <translation>a kit</translation>
    </message>
    <message>
        <source>en bordpakke</source>
        <translation>a table bundle</translation>
    </message>
    <message>
        <source>en database fra et andet program</source>
        <translation>another program&apos;s database</translation>
    </message>
    <message>
        <source>en anden fil</source>
        <translation>another file</translation>
    </message>
    <message>
        <source>»{path}« hører til en anden camp (»{other}«) end den åbne (»{camp}«). Intet er indlæst fra den.</source>
        <translation>&quot;{path}&quot; belongs to another camp (&quot;{other}&quot;) than the open one (&quot;{camp}&quot;). Nothing has been loaded from it.</translation>
    </message>
    <message>
        <source>»{path}« kunne ikke lægges ind i campen ({detail}). Intet er indlæst fra den.</source>
        <translation>&quot;{path}&quot; could not be added to the camp ({detail}). Nothing has been loaded from it.</translation>
    </message>
    <message>
        <source>Arket er fra camp »{sheet}«, men den åbne camp er »{camp}«. Vælg den rigtige camp.</source>
        <translation>The sheet is from the camp &quot;{sheet}&quot;, but the open camp is &quot;{camp}&quot;. Choose the right camp.</translation>
    </message>
    <message>
        <source>Række {row}: campens program har intet trin »{step}«.</source>
        <translation>Row {row}: the camp&apos;s program has no step &quot;{step}&quot;.</translation>
    </message>
    <message>
        <source>Række {row}: trinnet »{step}« er i denne camp ikke et trin til noter.</source>
        <translation>Row {row}: in this camp, the step &quot;{step}&quot; isn&apos;t a step for notes.</translation>
    </message>
    <message>
        <source>Række {row}: trinnet »{step}« er i denne camp ikke et trin til avisforsider.</source>
        <translation>Row {row}: in this camp, the step &quot;{step}&quot; isn&apos;t a step for front pages.</translation>
    </message>
    <message>
        <source>Række {row}: trinnet »{step}« er i denne camp ikke et trin til bidrag.</source>
        <translation>Row {row}: in this camp, the step &quot;{step}&quot; isn&apos;t a step for contributions.</translation>
    </message>
    <message>
        <source>Række {row}: bord »{table}« hører i campen til hovedgruppe »{camp_group}«, men arket siger »{group}«.</source>
        <translation>Row {row}: in the camp, table &quot;{table}&quot; belongs to main group &quot;{camp_group}&quot;, but the sheet says &quot;{group}&quot;.</translation>
    </message>
    <message>
        <source>»{name}« er allerede indlæst i campen {when} ({rows} rækker, som »{first}«): samme indhold, også selv om filen har et andet navn eller format. Indlæses arket igen, kommer hver note to gange. Intet er indlæst.</source>
        <translation>&quot;{name}&quot; was already imported into the camp {when} ({rows} rows, as &quot;{first}&quot;): the same content, even if the file has another name or format. Importing the sheet again would add every note twice. Nothing was imported.</translation>
    </message>
    <message>
        <source>»{path}« kunne ikke hentes ({detail}). Intet er indlæst fra den.</source>
        <translation>&quot;{path}&quot; could not be collected ({detail}). Nothing has been loaded from it.</translation>
    </message>
    <message>
        <source>Skriv det navn, der skal erstattes.</source>
        <translation>Type the name to be replaced.</translation>
    </message>
    <message>
        <source>»{name}« står allerede på listen over navne i rapporter.</source>
        <translation>&quot;{name}&quot; is already on the list of names in reports.</translation>
    </message>
    <message>
        <source>»{path}«: en rapport gemmes som PDF, med endelsen .pdf.</source>
        <extracomment>Where an export is written, as the callers name it. Told of a build&apos;s progress: reportlab&apos;s events (STARTED, SIZE_EST, PROGRESS, PASS) and the camps read (CAMPS, CAMP), each with a number. Names to replace in a report&apos;s texts, and what is printed instead.</extracomment>
        <translation>&quot;{path}&quot;: a report is saved as a PDF, with the extension .pdf.</translation>
    </message>
    <message>
        <source>»{path}« er en af campene. Vælg et andet navn til rapporten.</source>
        <translation>&quot;{path}&quot; is one of the camps. Choose another name for the report.</translation>
    </message>
    <message>
        <source>mappen findes ikke</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>du har ikke lov til at skrive i mappen</source>
        <translation>you are not allowed to write in the folder</translation>
    </message>
    <message>
        <source>drevet er skrivebeskyttet</source>
        <extracomment>Why a file could not be written, in the words of the person who chose the place.</extracomment>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <source>der er ikke plads på disken</source>
        <translation>there is no space left on the disk</translation>
    </message>
    <message>
        <source>der ligger en mappe med det navn</source>
        <translation>there is a folder with that name</translation>
    </message>
    <message>
        <source>navnet er for langt</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>Vælg mindst én camp til rapporten på tværs af camps.</source>
        <translation>Choose at least one camp for the report across camps.</translation>
    </message>
    <message>
        <source>Filen har ingen dialog at dokumentere. Opret en dialog med »Ny dialog«.</source>
        <translation>The file has no dialogue to document. Create a dialogue with &quot;New dialogue&quot;.</translation>
    </message>
    <message>
        <source>Filen har flere dialoger ({codes}). Vælg, hvilken dialog der skal dokumenteres.</source>
        <translation>The file has several dialogues ({codes}). Choose which dialogue to document.</translation>
    </message>
    <message>
        <source>»{path}« kunne ikke gemmes ({detail}). Vælg et andet sted, fx skrivebordet, og prøv igen.</source>
        <translation>&quot;{path}&quot; could not be saved ({detail}). Choose another place, e.g. the desktop, and try again.</translation>
    </message>
    <message>
        <source>PDF&apos;en kunne ikke laves ({detail}). Campfilen er ikke ændret.</source>
        <translation>The PDF could not be made ({detail}). The camp file is unchanged.</translation>
    </message>
    <message>
        <source>Rapporten kunne ikke laves ({detail}). Intet er gemt, og campen er uændret.</source>
        <translation>The report could not be made ({detail}). Nothing was saved, and the camp is unchanged.</translation>
    </message>
    <message>
        <source>Teksten er for lang: {length} tegn, og der kan højst være {limit}. Intet er gemt. Del teksten op i flere noter, eller kort den ned.</source>
        <translation>The text is too long: {length} characters, and there can be at most {limit}. Nothing was saved. Split the text into several notes, or shorten it.</translation>
    </message>
    <message>
        <source>»{path}« er ikke, som Facilitator skriver den: {reason} ({where}). Intet er indlæst fra den. Bed om at få filen sendt igen.</source>
        <translation>&quot;{path}&quot; is not as Facilitator writes it: {reason} ({where}). Nothing was read from it. Ask for the file to be sent again.</translation>
    </message>
    <message>
        <source>den har en del, som Facilitator ikke laver</source>
        <translation>it has a part Facilitator does not make</translation>
    </message>
    <message>
        <source>der mangler en del af filformatet</source>
        <translation>a part of the file format is missing</translation>
    </message>
    <message>
        <source>en del af filformatet er ændret</source>
        <translation>a part of the file format has been changed</translation>
    </message>
    <message>
        <source>en værdi mangler eller har forkert type</source>
        <translation>a value is missing or of the wrong type</translation>
    </message>
    <message>
        <source>en tekst er længere, end Facilitator tillader</source>
        <translation>a text is longer than Facilitator allows</translation>
    </message>
    <message>
        <source>et billede er større, end Facilitator tillader</source>
        <translation>a picture is larger than Facilitator allows</translation>
    </message>
    <message>
        <source>et billede er hverken PNG eller JPEG</source>
        <translation>a picture is neither PNG nor JPEG</translation>
    </message>
    <message>
        <source>et id har ikke den form, Facilitator giver id&apos;er</source>
        <translation>an id does not have the form Facilitator gives ids</translation>
    </message>
    <message>
        <source>et tidspunkt er ikke et gyldigt tidspunkt</source>
        <translation>a time is not a valid time</translation>
    </message>
    <message>
        <source>et tal er uden for det tilladte</source>
        <translation>a number is out of range</translation>
    </message>
    <message>
        <source>den vil ændre noget, der hører til et andet bord eller er noget andet i campen</source>
        <translation>it would change something that belongs to another table or is something else in the camp</translation>
    </message>
    <message>
        <source>»{path}« er en camp-fil, der aldrig blev gjort færdig: programmet blev afbrudt, mens den blev oprettet, så der er ingen camp i den. Filen er ikke ændret. Slet filen, og opret campen igen (eller indlæs arket igen).</source>
        <extracomment>&quot;FCLT&quot; as a big-endian integer: the application_id of every camp file. Seconds opening waits for another program&apos;s lock before saying the file is in use: the user is looking at a frozen window meanwhile.</extracomment>
        <translation>&quot;{path}&quot; is a camp file that was never finished: the program was interrupted while creating it, so there is no camp in it. The file was not changed. Delete the file and create the camp again (or import the sheet again).</translation>
    </message>
    <message>
        <source>»{path}« blev oprettet af et andet program, mens den nye camp blev lavet, og bliver ikke overskrevet. Den nye camp er ikke gemt. Vælg et andet navn.</source>
        <translation>&quot;{path}&quot; was created by another program while the new camp was being made, and will not be overwritten. The new camp was not saved. Choose another name.</translation>
    </message>
    <message>
        <source>»{path}« kan ikke oprettes: {detail}. Intet er gemt.</source>
        <translation>&quot;{path}&quot; cannot be created: {detail}. Nothing was saved.</translation>
    </message>
    <message>
        <source>De slettede tekster er tømt i »{path}«, men en gammel kopi ligger stadig i campens logfil, fordi campen læses et andet sted lige nu (en eksport eller et andet program). Vent til det er færdigt, og vælg »Slet slettede tekster for altid« igen.</source>
        <extracomment>Per table, the columns that hold what somebody wrote, and what they hold when emptied. Ids, keys, codes, positions, times and revisions stay: they are what a tombstone is. Tables whose tombstones cannot be emptied (a name is required) and that nothing refers to: a deleted row of these is removed whole.</extracomment>
        <translation>The deleted texts in &quot;{path}&quot; have been emptied, but an old copy is still in the camp&apos;s log file, because the camp is being read elsewhere right now (an export or another program). Wait until that is done, and choose &quot;Delete deleted texts for good&quot; again.</translation>
    </message>
    <message>
        <source>»{path}« er allerede åben i Facilitator et andet sted (et andet vindue eller en kommando) og kan ikke ændres herfra lige nu. Intet er ændret. Luk campen dér, og prøv igen.</source>
        <translation>&quot;{path}&quot; is already open in Facilitator elsewhere (another window or a command) and cannot be changed from here right now. Nothing was changed. Close the camp there and try again.</translation>
    </message>
    <message>
        <source>Ændringen kunne ikke gemmes, fordi camp-filen ikke kan skrives ({detail}). Det, der allerede var gemt, er uændret. Se efter, at drevet med campen stadig er sat i, og prøv igen.</source>
        <translation>The change could not be saved, because the camp file cannot be written ({detail}). What was already saved is unchanged. Check that the drive with the camp is still connected, and try again.</translation>
    </message>
    <message>
        <source>Noget gik galt ({detail}). Campfilen er ikke ændret.</source>
        <translation>Something went wrong ({detail}). The camp file has not been changed.</translation>
    </message>
    <message>
        <source>Campen har intet trin med noter, der hedder »{step}«. Brug et af: {known}.</source>
        <translation>The camp has no step with notes called &quot;{step}&quot;. Use one of: {known}.</translation>
    </message>
    <message>
        <source>»{value}« er ikke en dato. Skriv den som dd.mm.åååå, fx 09.05.2026.</source>
        <translation>&quot;{value}&quot; isn&apos;t a date. Write it as dd.mm.yyyy, e.g. 09.05.2026.</translation>
    </message>
    <message>
        <source>»{value}« er ikke en status for opfølgning.</source>
        <translation>&quot;{value}&quot; isn&apos;t a follow-up status.</translation>
    </message>
    <message>
        <source>En kommentar skal have en tekst.</source>
        <translation>A comment must have a text.</translation>
    </message>
    <message>
        <source>Antal deltagere skal være et helt tal fra 0 til {most}; »{value}« er ikke.</source>
        <extracomment>The most people of one group at one table the app takes.</extracomment>
        <translation>The number of participants must be a whole number from 0 to {most}; &quot;{value}&quot; isn&apos;t.</translation>
    </message>
    <message>
        <source>»{group}« er ikke en deltagergruppe.</source>
        <translation>&quot;{group}&quot; isn&apos;t a participant group.</translation>
    </message>
    <message>
        <source>Bordet findes ikke længere i campen, så antallet er ikke gemt.</source>
        <translation>The table no longer exists in the camp, so the number has not been saved.</translation>
    </message>
    <message>
        <source>»{path}«: opfølgningen gemmes som regneark (.xlsx) eller PDF (.pdf).</source>
        <translation>&quot;{path}&quot;: the follow-up is saved as a spreadsheet (.xlsx) or a PDF (.pdf).</translation>
    </message>
    <message>
        <source>Vælg mindst én camp til opfølgningen.</source>
        <translation>Choose at least one camp for the follow-up.</translation>
    </message>
    <message>
        <source>Bidraget eller aftalen findes ikke længere i campen.</source>
        <translation>The contribution or agreement no longer exists in the camp.</translation>
    </message>
    <message>
        <source>Aktøren findes ikke længere i campen.</source>
        <translation>The actor no longer exists in the camp.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>(uden overskrift)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>Gennemgående budskaber</source>
        <translation>Recurring messages</translation>
    </message>
    <message>
        <source>&amp;Nyt budskab</source>
        <translation>&amp;New message</translation>
    </message>
    <message>
        <source>Tilføj et nyt budskab (Ctrl+Shift+N)</source>
        <translation>Add a new message (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Flyt &amp;op</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flyt budskabet op (Ctrl+Pil op)</source>
        <translation>Move the message up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flyt n&amp;ed</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Flyt budskabet ned (Ctrl+Pil ned)</source>
        <translation>Move the message down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet budskabet (Delete)</source>
        <translation>Delete the message (Delete)</translation>
    </message>
    <message>
        <source>Overskrift, fx »Tværgående samarbejde«</source>
        <translation>Heading, e.g. &quot;Cross-sector collaboration&quot;</translation>
    </message>
    <message>
        <source>Budskabets overskrift</source>
        <translation>The message&apos;s heading</translation>
    </message>
    <message>
        <source>Hvad siger deltagerne? Skriv budskabet med et par sætninger …</source>
        <translation>What do the participants say? Write the message in a few sentences…</translation>
    </message>
    <message>
        <source>Budskabets tekst</source>
        <translation>The message&apos;s text</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gennemgående budskaber&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recurring messages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Det, der går igen i campens input, med en overskrift og et kort afsnit hver.</source>
        <translation>What recurs in the camp&apos;s input, each with a heading and a short paragraph.</translation>
    </message>
    <message>
        <source>Over&amp;skrift</source>
        <translation>Headin&amp;g</translation>
    </message>
    <message>
        <source>&amp;Tekst</source>
        <translation>&amp;Text</translation>
    </message>
</context>
<context>
    <name>NameCandidatesDialog</name>
    <message>
        <source>Mulige navne i noterne</source>
        <translation>Possible names in the notes</translation>
    </message>
    <message>
        <source>Ord med stort begyndelsesbogstav, som campen aldrig skriver med småt – først dem, der står inde i en sætning. Sæt flueben ved dem, der er navne på personer.</source>
        <translation>Capitalised words that the camp never writes in lower case – first those met inside a sentence. Tick those that are names of people.</translation>
    </message>
    <message>
        <source>Ingen mulige navne i noterne, som ikke allerede står på listen.</source>
        <translation>No possible names in the notes that are not on the list already.</translation>
    </message>
    <message>
        <source>Mulige navne</source>
        <translation>Possible names</translation>
    </message>
    <message>
        <source>&amp;Tilføj de valgte</source>
        <translation>&amp;Add the ticked ones</translation>
    </message>
</context>
<context>
    <name>NameEdits</name>
    <message>
        <source>Tilføj navnet »%1«</source>
        <translation>Add the name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Tilføj navne fra campen</source>
        <translation>Add names from the camp</translation>
    </message>
    <message>
        <source>Ret navnet »%1«</source>
        <translation>Edit the name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Fjern navnet »%1«</source>
        <translation>Remove the name &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <source>Navne i rapporter</source>
        <translation>Names in reports</translation>
    </message>
    <message>
        <source>Navne på listen kan erstattes, når du eksporterer en rapport eller et regneark (»Erstat navne«): hele ord, store og små bogstaver ens. Campens egne tekster ændres ikke.</source>
        <translation>Names on the list can be replaced when you export a report or a spreadsheet (&quot;Replace names&quot;): whole words, upper and lower case alike. The camp&apos;s own texts are not changed.</translation>
    </message>
    <message>
        <source>Navn, fx Karen Hansen</source>
        <translation>Name, e.g. Karen Hansen</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Erstattes med</source>
        <translation>Replaced with</translation>
    </message>
    <message>
        <source>Initialer eller fx »Forælder A«</source>
        <translation>Initials or e.g. &quot;Parent A&quot;</translation>
    </message>
    <message>
        <source>&amp;Tilføj</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Tilføj navne fra &amp;campen</source>
        <translation>Add names from the &amp;camp</translation>
    </message>
    <message>
        <source>Casenes personer og bordenes facilitatorer og bordformænd, med initialer.</source>
        <translation>The cases&apos; people and the tables&apos; facilitators and chairs, with initials.</translation>
    </message>
    <message>
        <source>Find navne i &amp;noterne …</source>
        <translation>Find names in the &amp;notes …</translation>
    </message>
    <message>
        <source>Ord i bordenes tekster, der kan være navne på personer, til at vælge imellem.</source>
        <translation>Words in the tables&apos; texts that may be names of people, to choose from.</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Alle campens navne står allerede på listen.</source>
        <translation>All the camp&apos;s names are already on the list.</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Erstattes med</source>
        <translation>Replaced with</translation>
    </message>
    <message>
        <source>Tomt felt giver navnets initialer.</source>
        <translation>An empty field gives the name&apos;s initials.</translation>
    </message>
</context>
<context>
    <name>NewspaperPreview</name>
    <message>
        <source>Forhåndsvisning af avisforsiden</source>
        <extracomment>The serif the app ships (resources/fonts) comes first: the camp PDF&apos;s front pages are set in it too, so the preview and the report look alike on every laptop. A front page&apos;s height for each unit of width: roughly a tabloid page.</extracomment>
        <translation>Front page preview</translation>
    </message>
    <message>
        <source>Sådan ser forsiden ud i avisen. Den følger med, mens du skriver.</source>
        <translation>This is how the front page looks in the newspaper. It updates as you type.</translation>
    </message>
    <message>
        <source>Overskriften kommer her</source>
        <translation>The headline goes here</translation>
    </message>
    <message>
        <source>Historien står her, når I skriver den.</source>
        <translation>The story appears here as you write it.</translation>
    </message>
</context>
<context>
    <name>NoteEdits</name>
    <message>
        <source>Tilføj note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Ret note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Udvælg note</source>
        <translation>Select note</translation>
    </message>
    <message>
        <source>Fravælg note</source>
        <translation>Deselect note</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Fjern stemme</source>
        <translation>Remove vote</translation>
    </message>
    <message>
        <source>Mærk note</source>
        <translation>Tag note</translation>
    </message>
    <message>
        <source>Slet note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Flyt note</source>
        <translation>Move note</translation>
    </message>
    <message>
        <source>Flyt note til niveau %1</source>
        <translation>Move note to level %1</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>1 stemme</source>
        <extracomment>Our own drag-and-drop format: the dragged notes&apos; ids, so a drop can only reorder notes. The whole :class:`Note`, for the delegate that paints it. Undo and redo arrive as reloads: the smallest change keeps the current note. Long notes are stored intact, but a tooltip shows only this much.</extracomment>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{n} stemmer</source>
        <translation>{n} votes</translation>
    </message>
    <message>
        <source>udvalgt</source>
        <translation>selected</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Ret note</source>
        <extracomment>Only this much of a very long note is laid out; the rest is elided anyway. Tag key → shown name; empty where notes carry no tags (no tag column then).</extracomment>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Skriv en note, og tryk Enter</source>
        <extracomment>The dot counter&apos;s ink when every dot is given (amber) and when the table is over (red): dark enough to read as text on the light window, and never the only sign (words too). Notes, and the people counted at the table (their dots are the vote limit).</extracomment>
        <translation>Write a note and press Enter</translation>
    </message>
    <message>
        <source>Ny note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Skriv bordets note, og tryk Enter for at tilføje den. Shift+Enter giver en ny linje. Pil ned går til listen.</source>
        <translation>Write the table&apos;s note and press Enter to add it. Shift+Enter gives a new line. Down arrow goes to the list.</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tilføj noten (Enter)</source>
        <translation>Add the note (Enter)</translation>
    </message>
    <message>
        <source>Når feltet er tomt, giver + en stemme og - fjerner en på den valgte note, og mellemrum udvælger den.</source>
        <translation>When the field is empty, + gives the chosen note a vote, - takes one away, and Space selects it.</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Plus eller lighedstegn giver en stemme, minus fjerner en. Mellemrum udvælger. F2 retter. Delete sletter. Ctrl+pil op og ned flytter.</source>
        <translation>Plus or equals gives a vote, minus removes one. Space selects. F2 edits. Delete deletes. Ctrl+Up and Down move.</translation>
    </message>
    <message>
        <source>Fjern en stemme (-)</source>
        <translation>Remove a vote (-)</translation>
    </message>
    <message>
        <source>Giv en stemme (+)</source>
        <translation>Give a vote (+)</translation>
    </message>
    <message>
        <source>Udvælg eller fravælg (Mellemrum)</source>
        <translation>Select or deselect (Space)</translation>
    </message>
    <message>
        <source>Flyt op (Ctrl+pil op)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flyt ned (Ctrl+pil ned)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet noten (Delete)</source>
        <translation>Delete the note (Delete)</translation>
    </message>
    <message>
        <source>Sortér efter stemmer</source>
        <translation>Sort by votes</translation>
    </message>
    <message>
        <source>Vis noterne med flest stemmer øverst. Rækkefølgen på tavlen ændres ikke.</source>
        <translation>Show the notes with the most votes at the top. The order on the board doesn&apos;t change.</translation>
    </message>
    <message>
        <source>Optælling</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vælg først en note i listen</source>
        <translation>Select a note in the list first</translation>
    </message>
    <message>
        <source>Note slettet – {undo} fortryder</source>
        <translation>Note deleted – press {undo} to undo</translation>
    </message>
    <message>
        <source>Slå »Sortér efter stemmer« fra for at flytte noter</source>
        <translation>Turn off &quot;Sort by votes&quot; to move notes</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{n} noter</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>1 stemme</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{n} stemmer</source>
        <translation>{n} votes</translation>
    </message>
    <message>
        <source>{n} udvalgt</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <source>%n prik brugt – bordets antal deltagere er ikke sat</source>
        <translation>%n dot used – the table&apos;s number of participants is not set</translation>
    </message>
    <message>
        <source>%n prikker brugt – bordets antal deltagere er ikke sat</source>
        <translation>%n dots used – the table&apos;s number of participants is not set</translation>
    </message>
    <message>
        <source>Hver deltager har %n prik.</source>
        <translation>Each participant has %n dot.</translation>
    </message>
    <message>
        <source>Hver deltager har %n prikker.</source>
        <translation>Each participant has %n dots.</translation>
    </message>
    <message>
        <source>Tæl bordets deltagere med »Deltagere …« (Ctrl+D), eller skriv antallet under »Forberedelse« → »Hovedgrupper og borde«, for at se, hvor mange prikker der er tilbage.</source>
        <translation>Count the table&apos;s participants with “Participants…” (Ctrl+D), or enter the number under “Preparation” → “Main groups and tables”, to see how many dots are left.</translation>
    </message>
    <message>
        <source>%1 af %n prik brugt</source>
        <translation>%1 of %n dot used</translation>
    </message>
    <message>
        <source>%1 af %n prikker brugt</source>
        <translation>%1 of %n dots used</translation>
    </message>
    <message>
        <source>Hver deltager har %n prik;</source>
        <translation>Each participant has %n dot;</translation>
    </message>
    <message>
        <source>Hver deltager har %n prikker;</source>
        <translation>Each participant has %n dots;</translation>
    </message>
    <message>
        <source>bordet har %n deltager.</source>
        <translation>the table has %n participant.</translation>
    </message>
    <message>
        <source>bordet har %n deltagere.</source>
        <translation>the table has %n participants.</translation>
    </message>
    <message>
        <source>%n for mange</source>
        <comment>ét</comment>
        <translation>%n too many</translation>
    </message>
    <message>
        <source>%n for mange</source>
        <comment>flere</comment>
        <translation>%n too many</translation>
    </message>
    <message>
        <source>Bordet har givet flere stemmer, end deltagerne har prikker. Stemmerne er gemt; I afgør selv, hvad der gælder.</source>
        <translation>The table has given more votes than the participants have dots. The votes are saved; you decide what counts.</translation>
    </message>
    <message>
        <source>Alle prikker er brugt.</source>
        <translation>All dots are used.</translation>
    </message>
    <message>
        <source>Giv en stemme</source>
        <translation>Give a vote</translation>
    </message>
    <message>
        <source>Fjern en stemme</source>
        <translation>Remove a vote</translation>
    </message>
    <message>
        <source>Udvælg / fravælg</source>
        <translation>Select / deselect</translation>
    </message>
    <message>
        <source>Mellemrum</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Ret</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Ctrl+Op</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Ctrl+Ned</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>Bordpakken »%1« hentes ind i arrangørens camp. Åbn campen, og hent bordpakken under »Indsamling«.</source>
        <translation>The table bundle &quot;%1&quot; is collected into the organiser&apos;s camp. Open the camp, and collect the bundle under &quot;Collection&quot;.</translation>
    </message>
</context>
<context>
    <name>ParticipantEdits</name>
    <message>
        <source>Ret antal deltagere</source>
        <translation>Edit number of participants</translation>
    </message>
</context>
<context>
    <name>ParticipantMix</name>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>ikke opgivet</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>borgere</source>
        <extracomment>The groups, in the order every screen and report shows them. The names are marked for translation (context &quot;Participants&quot;); the reports print them as written here.</extracomment>
        <translation>citizens</translation>
    </message>
    <message>
        <source>foreninger/erhverv</source>
        <translation>associations/business</translation>
    </message>
    <message>
        <source>politikere</source>
        <translation>politicians</translation>
    </message>
    <message>
        <source>medarbejdere</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>andre</source>
        <translation>others</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <source>Deltagere i alt</source>
        <extracomment>A spin box&apos;s value for »not entered« (shown as »–«).</extracomment>
        <translation>Total participants</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ikke opgivet</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Deltagere ved {code}</source>
        <extracomment>The keys that open the dialog, from anywhere in the table session.</extracomment>
        <translation>Participants at {code}</translation>
    </message>
    <message>
        <source>Hvor mange kom til bordet? Skriv antallet i hver gruppe. Det gemmes med det samme.</source>
        <translation>How many came to the table? Enter the number in each group. It is saved immediately.</translation>
    </message>
</context>
<context>
    <name>PersonaEdits</name>
    <message>
        <source>Tilføj persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Ret persona</source>
        <translation>Edit persona</translation>
    </message>
    <message>
        <source>Fjern persona</source>
        <translation>Remove persona</translation>
    </message>
</context>
<context>
    <name>PersonasEditor</name>
    <message>
        <source>Dilemma-trin</source>
        <translation>Dilemma step</translation>
    </message>
    <message>
        <source>Programmet har intet trin med dilemmaer, så der er ingen personaer at redigere.</source>
        <translation>The program has no step with dilemmas, so there are no personas to edit.</translation>
    </message>
    <message>
        <source>Personaer</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>fx Nina</source>
        <translation>e.g. Nina</translation>
    </message>
    <message>
        <source>fx 34 år, alenemor til to, arbejder på skift</source>
        <translation>e.g. 34, single mother of two, works shifts</translation>
    </message>
    <message>
        <source>Tilføj &amp;persona</source>
        <translation>Add &amp;persona</translation>
    </message>
    <message>
        <source>Fjern persona</source>
        <translation>Remove persona</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>En persona skal have et navn.</source>
        <translation>A persona must have a name.</translation>
    </message>
    <message>
        <source>Personaen »{name}« er tilføjet.</source>
        <translation>The persona &quot;{name}&quot; has been added.</translation>
    </message>
    <message>
        <source>Vælg først en persona i listen.</source>
        <translation>Select a persona in the list first.</translation>
    </message>
    <message>
        <source>Personaen »{name}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl.</source>
        <translation>The persona &quot;{name}&quot; has been removed. Undo with Ctrl+Z if it was a mistake.</translation>
    </message>
</context>
<context>
    <name>PersonasModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kort beskrivelse</source>
        <translation>Short description</translation>
    </message>
    <message>
        <source>En persona skal have et navn.</source>
        <translation>A persona must have a name.</translation>
    </message>
</context>
<context>
    <name>PrerequisiteSourcesDialog</name>
    <message>
        <source>Tilføj fra trinnet Forudsætninger</source>
        <translation>Add from the Prerequisites step</translation>
    </message>
    <message>
        <source>Kategori: {name} ({n})</source>
        <translation>Category: {name} ({n})</translation>
    </message>
    <message>
        <source>{text} – bord {table}</source>
        <translation>{text} – table {table}</translation>
    </message>
    <message>
        <source>Kategorier og udvalgte forudsætninger</source>
        <translation>Categories and selected prerequisites</translation>
    </message>
    <message>
        <source>Sæt hak ved det, der skal med i sammenfatningen. Du kan rette teksterne bagefter.</source>
        <translation>Tick what should go into the summary. You can edit the texts afterwards.</translation>
    </message>
    <message>
        <source>Der er intet nyt at tilføje: trinnet Forudsætninger har ingen kategorier eller udvalgte noter, der ikke allerede er med.</source>
        <translation>There is nothing new to add: the Prerequisites step has no categories or selected notes that aren&apos;t already included.</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrerequisitesModel</name>
    <message>
        <source>Lavet af en kategori i trinnet Forudsætninger</source>
        <translation>Made from a category in the Prerequisites step</translation>
    </message>
    <message>
        <source>Lavet af en udvalgt forudsætning fra et bord</source>
        <translation>Made from a selected prerequisite from a table</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPanel</name>
    <message>
        <source>Konsoliderede forudsætninger</source>
        <translation>Consolidated prerequisites</translation>
    </message>
    <message>
        <source>Ny forudsætning – tryk Enter …</source>
        <translation>New prerequisite – press Enter…</translation>
    </message>
    <message>
        <source>Tilføj fra trinnet &amp;Forudsætninger …</source>
        <translation>&amp;Add from the Prerequisites step…</translation>
    </message>
    <message>
        <source>Vælg blandt trinnets kategorier og bordenes udvalgte forudsætninger.</source>
        <translation>Choose from the step&apos;s categories and the tables&apos; selected prerequisites.</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&lt;b&gt;Konsoliderede forudsætninger&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consolidated prerequisites&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <source>Program</source>
        <extracomment>The step the detail fields show; edits are saved to it even if the list moved on.</extracomment>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Op</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>Flyt trinnet op (Ctrl+Pil op)</source>
        <translation>Move the step up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>&amp;Ned</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <source>Flyt trinnet ned (Ctrl+Pil ned)</source>
        <translation>Move the step down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Fjern trin</source>
        <translation>&amp;Remove step</translation>
    </message>
    <message>
        <source>Fjern det valgte trin (Delete)</source>
        <translation>Remove the selected step (Delete)</translation>
    </message>
    <message>
        <source>fx Forudsætninger</source>
        <translation>e.g. Prerequisites</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Tilføj trin</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>Indsættes efter det valgte trin</source>
        <translation>Inserted after the selected step</translation>
    </message>
    <message>
        <source>Nyt trin</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Varighed</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Det spørgsmål, bordet arbejder med</source>
        <translation>The question the table works on</translation>
    </message>
    <message>
        <source>Gode råd til facilitatoren ved bordet</source>
        <translation>Tips for the facilitator at the table</translation>
    </message>
    <message>
        <source>Ret trinnets opgave</source>
        <translation>Edit the step&apos;s task</translation>
    </message>
    <message>
        <source>Ret vejledningen til facilitatoren</source>
        <translation>Edit the guidance for the facilitator</translation>
    </message>
    <message>
        <source>Det valgte trin</source>
        <translation>The selected step</translation>
    </message>
    <message>
        <source>Opgave til &amp;bordet</source>
        <translation>Task for the &amp;table</translation>
    </message>
    <message>
        <source>&amp;Vejledning til facilitatoren</source>
        <translation>&amp;Guidance for the facilitator</translation>
    </message>
    <message>
        <source>Dagen starter kl.</source>
        <translation>The day starts at</translation>
    </message>
    <message>
        <source>Dobbeltklik eller tryk F2 for at rette titel, minutter og prikker pr. deltager (0 er ingen grænse).</source>
        <translation>Double-click or press F2 to edit the title, minutes and dots per participant (0 is no limit).</translation>
    </message>
    <message>
        <source>Slut ca. kl. {end} ({hours} t {minutes} min)</source>
        <translation>Ends around {end} ({hours} h {minutes} min)</translation>
    </message>
    <message>
        <source>Det valgte trin: {title}</source>
        <translation>The selected step: {title}</translation>
    </message>
    <message>
        <source>Trinnet »{title}« er tilføjet.</source>
        <translation>The step &quot;{title}&quot; has been added.</translation>
    </message>
    <message>
        <source>Vælg først et trin i programmet.</source>
        <translation>Select a step in the program first.</translation>
    </message>
    <message>
        <source>Trinnet »{title}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl.</source>
        <translation>The step &quot;{title}&quot; has been removed. Undo with Ctrl+Z if it was a mistake.</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Prikker</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Uden fast tid: åben hele dagen</source>
        <extracomment>Each step&apos;s planned start and end, by id.</extracomment>
        <translation>No fixed time: open all day</translation>
    </message>
    <message>
        <source>Prikker hver deltager har at stemme med; 0 er ingen grænse</source>
        <translation>Dots each participant has to vote with; 0 is no limit</translation>
    </message>
    <message>
        <source>Der stemmes ikke på dette trin</source>
        <translation>There is no voting on this step</translation>
    </message>
    <message>
        <source>Et trin skal have en titel.</source>
        <translation>A step must have a title.</translation>
    </message>
    <message>
        <source>Omdøb trin</source>
        <translation>Rename step</translation>
    </message>
    <message>
        <source>Ret trinnets varighed</source>
        <translation>Edit the step&apos;s duration</translation>
    </message>
    <message>
        <source>Ret prikker pr. deltager</source>
        <translation>Edit dots per participant</translation>
    </message>
</context>
<context>
    <name>ProjectorMenu</name>
    <message>
        <source>&amp;Projektorvisning</source>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <source>Vis trinnets spørgsmål, uret og bordets noter med stor skrift på projektoren</source>
        <translation>Show the step&apos;s question, the timer and the table&apos;s notes in large type on the projector</translation>
    </message>
    <message>
        <source>&amp;Fremlæggelse for hovedgruppe</source>
        <translation>&amp;Presentation for main group</translation>
    </message>
    <message>
        <source>Projektor&amp;skærm</source>
        <translation>Projector &amp;screen</translation>
    </message>
    <message>
        <source>Campen har ingen hovedgrupper</source>
        <translation>The camp has no main groups</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projektorvisning</source>
        <extracomment>The changes that can alter what the view shows.</extracomment>
        <translation>Projector view</translation>
    </message>
    <message>
        <source>Tid tilbage</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>↑ %n tidligere note er ikke vist</source>
        <translation>↑ %n earlier note not shown</translation>
    </message>
    <message>
        <source>↑ %n tidligere noter er ikke vist</source>
        <translation>↑ %n earlier notes not shown</translation>
    </message>
    <message>
        <source>Esc: luk · F11: fuld skærm · Page Up/Down: forrige/næste trin</source>
        <translation>Esc: close · F11: full screen · Page Up/Down: previous/next step</translation>
    </message>
    <message>
        <source>Vælg et bord og et trin ved bordet.</source>
        <translation>Choose a table and a step at the table.</translation>
    </message>
    <message>
        <source>Bord %1 · %2</source>
        <translation>Table %1 · %2</translation>
    </message>
    <message>
        <source>Intet endnu. Det, bordet skriver, kommer frem her.</source>
        <translation>Nothing yet. What the table writes appears here.</translation>
    </message>
    <message>
        <source>Bord %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Hovedgruppen findes ikke længere.</source>
        <translation>The main group no longer exists.</translation>
    </message>
    <message>
        <source>Page Down/Up eller pilene: bladr · Home/End: første/sidste side · Esc: luk</source>
        <translation>Page Down/Up or the arrows: turn pages · Home/End: first/last page · Esc: close</translation>
    </message>
    <message>
        <source>Hovedgruppe %1</source>
        <translation>Main group %1</translation>
    </message>
    <message>
        <source>Hovedgruppens borde har endnu ikke udvalgt noter.</source>
        <translation>The main group&apos;s tables have not selected any notes yet.</translation>
    </message>
    <message>
        <source>Hovedgruppe %1 · %2 · side %3 af %4</source>
        <translation>Main group %1 · %2 · page %3 of %4</translation>
    </message>
</context>
<context>
    <name>ProposalsReview</name>
    <message>
        <source>Foreslåede kategorier</source>
        <translation>Suggested categories</translation>
    </message>
    <message>
        <source>Kategoriens navn</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>Forslagets noter</source>
        <translation>The suggestion&apos;s notes</translation>
    </message>
    <message>
        <source>A&amp;cceptér</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Afvis</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Navn på kategorien:</source>
        <translation>Category &amp;name:</translation>
    </message>
    <message>
        <source>»Acceptér« laver kategorien og placerer de afkrydsede noter i den (ét trin, som Ctrl+Z fortryder). Ret navnet først, hvis det ikke rammer.</source>
        <translation>&quot;Accept&quot; creates the category and puts the ticked notes in it (a single action that Ctrl+Z undoes). Edit the name first if it doesn&apos;t fit.</translation>
    </message>
    <message>
        <source>Fjern fluebenet ved de noter, der ikke hører til:</source>
        <translation>Untick the notes that don&apos;t belong:</translation>
    </message>
    <message>
        <source>Forslag {i} af {n}</source>
        <translation>Suggestion {i} of {n}</translation>
    </message>
    <message>
        <source>%n note</source>
        <translation>%n note</translation>
    </message>
    <message>
        <source>%n noter</source>
        <translation>%n notes</translation>
    </message>
    <message>
        <source>Forslag {i}</source>
        <translation>Suggestion {i}</translation>
    </message>
    <message>
        <source>Kategorien »{name}« findes allerede; noterne placeres i den.</source>
        <translation>The category &quot;{name}&quot; already exists; the notes will be put in it.</translation>
    </message>
    <message>
        <source>Ingen noter at placere: sæt flueben ved mindst én.</source>
        <translation>No notes to put in: tick at least one.</translation>
    </message>
    <message>
        <source>Ny kategori »{name}« med %n note</source>
        <translation>New category &quot;{name}&quot; with %n note</translation>
    </message>
    <message>
        <source>Ny kategori »{name}« med %n noter</source>
        <translation>New category &quot;{name}&quot; with %n notes</translation>
    </message>
    <message>
        <source>Forslag: {a} accepteret, {r} afvist.</source>
        <translation>Suggestions: {a} accepted, {r} rejected.</translation>
    </message>
</context>
<context>
    <name>PurgeDeleted</name>
    <message>
        <source>Slet slettede tekster for &amp;altid …</source>
        <translation>Delete deleted texts for &amp;good …</translation>
    </message>
    <message>
        <source>Tøm teksten i alt, der er slettet i campen, så den ikke kan gendannes</source>
        <translation>Empty the text of everything deleted in the camp, so that it cannot be recovered</translation>
    </message>
    <message>
        <source>Slettede ting, der stadig har deres tekst: %1 (noter, forsider, bidrag, kategorier …). Teksten slettes nu for altid, også i de kit og bordpakker, der laves herefter. Det kan ikke fortrydes, og Fortryd kan ikke længere hente dem tilbage. Sikkerhedskopier, der er taget før, har stadig teksterne.</source>
        <translation>Deleted items that still hold their text: %1 (notes, front pages, contributions, categories …). The text is now deleted for good, also in the kits and table bundles made from now on. This cannot be undone, and Undo can no longer bring them back. Backups taken before still hold the texts.</translation>
    </message>
    <message>
        <source>Slettet for altid: teksten i %n slettet ting.</source>
        <translation>Deleted for good: the text of %n deleted item.</translation>
    </message>
    <message>
        <source>Slettet for altid: teksten i %n slettede ting.</source>
        <translation>Deleted for good: the text of %n deleted items.</translation>
    </message>
    <message>
        <source>Campen har ingen slettede tekster tilbage. Filen ryddes for gamle kopier af dem. Det kan ikke fortrydes.</source>
        <translation>The camp has no deleted texts left. The file is cleared of old copies of them. This cannot be undone.</translation>
    </message>
    <message>
        <source>Slet for altid</source>
        <translation>Delete for good</translation>
    </message>
</context>
<context>
    <name>PurposePanel</name>
    <message>
        <source>Kerneopgavens formålsbeskrivelse, som campen har arbejdet ud fra …</source>
        <translation>The core task&apos;s purpose statement that the camp has worked from…</translation>
    </message>
    <message>
        <source>Formålsbeskrivelse</source>
        <translation>Purpose statement</translation>
    </message>
    <message>
        <source>Formål, forudsætninger, bidrag og rådata fra campen giver anledning til følgende overvejelser om formålet …</source>
        <translation>The purpose, prerequisites, contributions and raw data from the camp give rise to the following reflections on the purpose…</translation>
    </message>
    <message>
        <source>Campens perspektiv på formålet</source>
        <translation>The camp&apos;s perspective on the purpose</translation>
    </message>
    <message>
        <source>Det kunne overvejes at …</source>
        <translation>It could be considered to…</translation>
    </message>
    <message>
        <source>Overvejelser om formålsbeskrivelsen</source>
        <translation>Considerations on the purpose statement</translation>
    </message>
    <message>
        <source>campens perspektiv på formålet</source>
        <extracomment>field → the label its undo text uses</extracomment>
        <translation>the camp&apos;s perspective on the purpose</translation>
    </message>
    <message>
        <source>overvejelserne om formålsbeskrivelsen</source>
        <translation>the considerations on the purpose statement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Betydning for formålsbeskrivelsen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Implications for the purpose statement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>For&amp;målsbeskrivelse</source>
        <translation>&amp;Purpose statement</translation>
    </message>
    <message>
        <source>Campens &amp;perspektiv på formålet</source>
        <translation>The camp&apos;s pe&amp;rspective on the purpose</translation>
    </message>
    <message>
        <source>Over&amp;vejelser om formålsbeskrivelsen</source>
        <translation>&amp;Considerations on the purpose statement</translation>
    </message>
</context>
<context>
    <name>QuickNote</name>
    <message>
        <source>Til opslagstavlen …</source>
        <extracomment>The keys that open the field, from anywhere in the table session. How much of a note the status bar repeats. Where the keyboard was before the field opened; it goes back there.</extracomment>
        <translation>To the bulletin board …</translation>
    </message>
    <message>
        <source>Skriv en note til opslagstavlen uden at forlade trinnet (Ctrl+B)</source>
        <translation>Write a note for the bulletin board without leaving the step (Ctrl+B)</translation>
    </message>
    <message>
        <source>Skriv noten, og tryk Enter</source>
        <translation>Write the note and press Enter</translation>
    </message>
    <message>
        <source>Note til opslagstavlen</source>
        <translation>Note for the bulletin board</translation>
    </message>
    <message>
        <source>Enter lægger noten op, Esc fortryder. Du bliver på trinnet.</source>
        <translation>Enter puts the note up, Esc cancels. You stay on the step.</translation>
    </message>
    <message>
        <source>Læg op</source>
        <translation>Put up</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Note til »%1« ved bord %2</source>
        <translation>Note for &quot;%1&quot; at table %2</translation>
    </message>
    <message>
        <source>Læg note på opslagstavlen</source>
        <translation>Put a note on the bulletin board</translation>
    </message>
    <message>
        <source>Lagt på opslagstavlen: »%1«</source>
        <translation>Put on the bulletin board: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ReflectionsBox</name>
    <message>
        <source>Gruppens svar</source>
        <translation>The group&apos;s answers</translation>
    </message>
    <message>
        <source>Hvad ville du gøre?</source>
        <translation>What would you do?</translation>
    </message>
    <message>
        <source>Hvem kunne hjælpe?</source>
        <translation>Who could help?</translation>
    </message>
    <message>
        <source>Hvad hjælper her?</source>
        <translation>What helps here?</translation>
    </message>
    <message>
        <source>Skriv gruppens svar …</source>
        <translation>Write the group&apos;s answer…</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>&amp;Opsamling som PDF …</source>
        <extracomment>How long the &quot;saved – open it&quot; link stays in the status bar. How far the running export is, 0–100 (on the GUI thread). A report was written: its path. A report could not be written: the message shown.</extracomment>
        <translation>Camp &amp;summary as PDF…</translation>
    </message>
    <message>
        <source>&amp;Bordark som PDF …</source>
        <translation>&amp;Table sheet as PDF…</translation>
    </message>
    <message>
        <source>På &amp;tværs af camps som PDF …</source>
        <translation>&amp;Across camps as PDF…</translation>
    </message>
    <message>
        <source>&amp;Navne i rapporter …</source>
        <translation>&amp;Names in reports…</translation>
    </message>
    <message>
        <source>Op&amp;følgning som regneark eller PDF …</source>
        <translation>&amp;Follow-up as spreadsheet or PDF…</translation>
    </message>
    <message>
        <source>&amp;Dialogens dokumentation som PDF …</source>
        <translation>&amp;Dialogue documentation as PDF…</translation>
    </message>
    <message>
        <source>Dialogkassen til &amp;print som PDF …</source>
        <translation>Dialogue box for &amp;printing as PDF…</translation>
    </message>
    <message>
        <source>O&amp;verblik over dialogerne som PDF …</source>
        <translation>O&amp;verview of the dialogues as PDF…</translation>
    </message>
    <message>
        <source>Opsamling som PDF</source>
        <translation>Camp summary as PDF</translation>
    </message>
    <message>
        <source>Gem opsamlingen som PDF</source>
        <translation>Save the camp summary as PDF</translation>
    </message>
    <message>
        <source>Opsamlingen laves …</source>
        <translation>Making the camp summary…</translation>
    </message>
    <message>
        <source>Vælg et bord under »Ved bordet« først.</source>
        <translation>Choose a table under &quot;At the table&quot; first.</translation>
    </message>
    <message>
        <source>Bordark for bord %1 som PDF</source>
        <translation>Table sheet for table %1 as PDF</translation>
    </message>
    <message>
        <source>Gem bordarket som PDF</source>
        <translation>Save the table sheet as PDF</translation>
    </message>
    <message>
        <source>Bordarket for bord %1 laves …</source>
        <translation>Making the table sheet for table %1…</translation>
    </message>
    <message>
        <source>Vælg de camps, der skal stå side om side</source>
        <translation>Choose the camps to put side by side</translation>
    </message>
    <message>
        <source>Camp (*.camp);;Alle filer (*)</source>
        <translation>Camp (*.camp);;All files (*)</translation>
    </message>
    <message>
        <source>Gem rapporten på tværs af camps som PDF</source>
        <translation>Save the report across camps as PDF</translation>
    </message>
    <message>
        <source>Rapporten på tværs af camps laves …</source>
        <translation>Making the report across camps…</translation>
    </message>
    <message>
        <source>Gem opfølgningen</source>
        <translation>Save the follow-up</translation>
    </message>
    <message>
        <source>Regneark (*.xlsx);;PDF (*.pdf)</source>
        <translation>Spreadsheet (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Opfølgningen laves …</source>
        <translation>Making the follow-up…</translation>
    </message>
    <message>
        <source>Campen er ikke gemt i en fil, så der kan ikke laves en rapport af den.</source>
        <translation>The camp is not saved in a file, so no report can be made of it.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>»%1« er gemt. &lt;a href=&quot;%2&quot;&gt;Åbn&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Vis mappe&lt;/a&gt;</source>
        <translation>&quot;%1&quot; is saved. &lt;a href=&quot;%2&quot;&gt;Open&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Show folder&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Gemt i »%1«.</source>
        <translation>Saved in &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SharedPlaceBanner</name>
    <message>
        <source>i en synkroniseret mappe (fx OneDrive, Dropbox eller SharePoint)</source>
        <translation>in a synced folder (e.g. OneDrive, Dropbox or SharePoint)</translation>
    </message>
    <message>
        <source>på et netværksdrev</source>
        <translation>on a network drive</translation>
    </message>
    <message>
        <source>på et USB-stik eller et andet flytbart drev</source>
        <translation>on a USB stick or another removable drive</translation>
    </message>
    <message>
        <source>Camp-filen ligger %1. Den kan blive ødelagt, hvis den kopieres eller forsvinder, mens der skrives i den. Flyt camp-filen til computerens egen disk, og lad kun bordpakker rejse via mappen (»Bordpakke« ved bordet, »Indsamling« hos arrangøren).</source>
        <translation>The camp file is %1. It can be damaged if it is copied or disappears while it is being written. Move the camp file to the computer&apos;s own disk, and let only table bundles travel through the folder (&quot;Table bundle&quot; at the table, &quot;Collection&quot; at the organiser&apos;s).</translation>
    </message>
    <message>
        <source>Skjul</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Importér transskriptionsark</source>
        <extracomment>The question asked when the camp already has this sheet (while it is open).</extracomment>
        <translation>Import transcription sheet</translation>
    </message>
    <message>
        <source>Rækker, der importeres</source>
        <translation>Rows to be imported</translation>
    </message>
    <message>
        <source>Fejl i arket</source>
        <translation>Errors in the sheet</translation>
    </message>
    <message>
        <source>Alt i arket lægges ind på én gang – eller intet, hvis noget går galt. Importen kan ikke fortrydes med Ctrl+Z.</source>
        <translation>Everything in the sheet is added at once – or nothing, if something goes wrong. The import can&apos;t be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Importér</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>»%1«: %2 rækker klar til import.</source>
        <translation>&quot;%1&quot;: %2 rows ready to import.</translation>
    </message>
    <message>
        <source>hele campen</source>
        <translation>whole camp</translation>
    </message>
    <message>
        <source>Pr. trin: %1</source>
        <translation>Per step: %1</translation>
    </message>
    <message>
        <source>Pr. bord: %1</source>
        <translation>Per table: %1</translation>
    </message>
    <message>
        <source>Ret arket, og importér det igen. Campen er ikke ændret.</source>
        <translation>Correct the sheet and import it again. The camp has not been changed.</translation>
    </message>
    <message>
        <source>%1 rækker importeret fra »%2«.</source>
        <translation>%1 rows imported from &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Arket er allerede indlæst</source>
        <translation>The sheet has already been imported</translation>
    </message>
    <message>
        <source>Campen har allerede fået dette ark (%1, som »%2«): samme rækker, også selv om filen hedder noget andet eller er gemt i et andet format. Importeres det igen, kommer hver note to gange.</source>
        <translation>The camp already has this sheet (%1, as &quot;%2&quot;): the same rows, even if the file has another name or was saved in another format. If it is imported again, every note comes twice.</translation>
    </message>
    <message>
        <source>Importér igen</source>
        <translation>Import again</translation>
    </message>
</context>
<context>
    <name>SheetRowsModel</name>
    <message>
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Stemmer</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Udvalgt</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Svarer på forudsætningen: %1</source>
        <translation>Answers the prerequisite: %1</translation>
    </message>
</context>
<context>
    <name>SortingHelp</name>
    <message>
        <source>Sorteringshjælp:</source>
        <extracomment>Suggestions shown; keys 1–SUGGESTED place the note in them. Arrow keys held down move through many notes: rank only where the organiser stops. Counts the changes of what is learned: a late result of older data is dropped. The n-th suggestion (1–3) was clicked. The bar wants fresh suggestions for the note in focus (after the organiser stops). The note the names are for (None: no suggestions shown).</extracomment>
        <translation>Sorting help:</translation>
    </message>
    <message>
        <source>Foreslår de tre mest sandsynlige kategorier for noten i fokus, lært af de noter, der allerede er placeret. Tast 1–3 placerer noten. Slået fra: tast 1–9 placerer i den n-te kategori.</source>
        <translation>Suggests the three most likely categories for the note in focus, learned from the notes already placed. Press 1–3 to put the note there. When off: press 1–9 to put it in the nth category.</translation>
    </message>
    <message>
        <source>Vælg en note.</source>
        <translation>Select a note.</translation>
    </message>
    <message>
        <source>Tast {n} eller klik for at placere noten i »{name}«.</source>
        <translation>Press {n} or click to put the note in &quot;{name}&quot;.</translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <source>Målingerne over tid</source>
        <translation>Readings over time</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Uden dato</source>
        <translation>Undated</translation>
    </message>
    <message>
        <source>Ingen målinger endnu</source>
        <translation>No readings yet</translation>
    </message>
    <message>
        <source>%1: start %2, slut %3</source>
        <translation>%1: start %2, end %3</translation>
    </message>
    <message>
        <source>%n dialog</source>
        <translation>%n dialogue</translation>
    </message>
    <message>
        <source>%n dialoger</source>
        <translation>%n dialogues</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Kør dagens program ved bordet, saml alle bordenes noter, og lav rapporten – uden internet. Alt gemmes med det samme.</source>
        <translation>Run the day&apos;s program at the table, gather all the tables&apos; notes, and make the report – without internet. Everything is saved immediately.</translation>
    </message>
    <message>
        <source>Ny camp …</source>
        <translation>New camp…</translation>
    </message>
    <message>
        <source>Opret en ny camp ud fra standardprogrammet (Ctrl+N)</source>
        <translation>Create a new camp from the standard program (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ny dialog …</source>
        <translation>New dialogue…</translation>
    </message>
    <message>
        <source>Opret en dialog med dialogkassen: termometer, den omvendte trekant, dilemmakort og aftaler – på én computer</source>
        <translation>Create a dialogue with the Dialogue Box: thermometer, the inverted triangle, dilemma cards and agreements – on one computer</translation>
    </message>
    <message>
        <source>Åbn camp-fil …</source>
        <translation>Open camp file…</translation>
    </message>
    <message>
        <source>Åbn en .camp-fil (Ctrl+O)</source>
        <translation>Open a .camp file (Ctrl+O)</translation>
    </message>
    <message>
        <source>Prøv demo-campen</source>
        <translation>Try the demo camp</translation>
    </message>
    <message>
        <source>Åbn en færdig eksempel-camp med fire borde</source>
        <translation>Open a finished example camp with four tables</translation>
    </message>
    <message>
        <source>Seneste camps</source>
        <translation>Recent camps</translation>
    </message>
    <message>
        <source>Ingen endnu. Opret en ny camp, eller prøv demoen.</source>
        <translation>None yet. Create a new camp, or try the demo.</translation>
    </message>
</context>
<context>
    <name>StepEdits</name>
    <message>
        <source>Tilføj trin</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Flyt trin</source>
        <translation>Move step</translation>
    </message>
    <message>
        <source>Fjern trin</source>
        <translation>Remove step</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Noter med stemmer</source>
        <extracomment>The kinds whose page counts dots against the limit: the note lists with votes.</extracomment>
        <translation>Notes with votes</translation>
    </message>
    <message>
        <source>Dilemmaer</source>
        <translation>Dilemmas</translation>
    </message>
    <message>
        <source>Avisforside</source>
        <translation>Newspaper front page</translation>
    </message>
    <message>
        <source>Bidrag pr. aktør</source>
        <translation>Contributions per actor</translation>
    </message>
    <message>
        <source>Pause/plenum</source>
        <translation>Break/plenary</translation>
    </message>
    <message>
        <source>Termometer</source>
        <translation>Thermometer</translation>
    </message>
    <message>
        <source>Omvendt trekant</source>
        <translation>Inverted triangle</translation>
    </message>
    <message>
        <source>Dilemmakort</source>
        <translation>Dilemma cards</translation>
    </message>
    <message>
        <source>Kreativ skabelon</source>
        <translation>Creative template</translation>
    </message>
    <message>
        <source>Aftaler</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>StepTimer</name>
    <message>
        <source>Tid tilbage</source>
        <extracomment>How often the shown time is redrawn: often enough that seconds never skip. Whether a step&apos;s countdown beeps at zero (per user; on unless turned off). Start, pause or reset: views that show other steps&apos; timers redraw.</extracomment>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Tiden er gået</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start eller sæt uret på pause (F5)</source>
        <translation>Start or pause the timer (F5)</translation>
    </message>
    <message>
        <source>Nulstil</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Lyd</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Et kort bip, når tiden er gået</source>
        <translation>A short beep when time is up</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Opsummér trinnets noter med egne ord …</source>
        <extracomment>How long typing rests before the summary is saved.</extracomment>
        <translation>Summarise the step&apos;s notes in your own words…</translation>
    </message>
    <message>
        <source>Opsummering</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>TableBundles</name>
    <message>
        <source>Gem bordets data som bordpakke …</source>
        <translation>Save the table&apos;s data as a table bundle …</translation>
    </message>
    <message>
        <source>Mappe til bordpakker …</source>
        <translation>Folder for table bundles …</translation>
    </message>
    <message>
        <source>Stop automatiske bordpakker</source>
        <translation>Stop automatic table bundles</translation>
    </message>
    <message>
        <source>Bordets bordpakke</source>
        <translation>The table&apos;s bundle</translation>
    </message>
    <message>
        <source>Mappe til bordpakker</source>
        <translation>Folder for table bundles</translation>
    </message>
    <message>
        <source>Bordpakke: automatisk</source>
        <translation>Table bundle: automatic</translation>
    </message>
    <message>
        <source>Bordpakke</source>
        <translation>Table bundle</translation>
    </message>
    <message>
        <source>Bordpakken gemmes automatisk i »%1« ved hvert trinskift.</source>
        <translation>The table bundle is saved automatically in &quot;%1&quot; at every change of step.</translation>
    </message>
    <message>
        <source>Gem bordets data som bordpakke til arrangøren</source>
        <translation>Save the table&apos;s data as a table bundle for the organiser</translation>
    </message>
    <message>
        <source>Vælg først et bord.</source>
        <translation>Choose a table first.</translation>
    </message>
    <message>
        <source>Gem bordets data som bordpakke</source>
        <translation>Save the table&apos;s data as a table bundle</translation>
    </message>
    <message>
        <source>Bordpakken blev ikke gemt: %1</source>
        <translation>The table bundle was not saved: %1</translation>
    </message>
    <message>
        <source>Bordpakken er gemt i »%1«.</source>
        <translation>The table bundle is saved in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Bordpakke (*%1)</source>
        <translation>Table bundle (*%1)</translation>
    </message>
</context>
<context>
    <name>TableEdits</name>
    <message>
        <source>Tilføj hovedgruppe</source>
        <translation>Add main group</translation>
    </message>
    <message>
        <source>Fjern hovedgruppe</source>
        <translation>Remove main group</translation>
    </message>
    <message>
        <source>Tilføj bord</source>
        <translation>Add table</translation>
    </message>
    <message>
        <source>Fjern bord</source>
        <translation>Remove table</translation>
    </message>
</context>
<context>
    <name>TableParticipants</name>
    <message>
        <source>Hvor mange kom til bordet, fordelt på grupper (Ctrl+D)</source>
        <translation>How many came to the table, by group (Ctrl+D)</translation>
    </message>
    <message>
        <source>Deltagere: {total}</source>
        <translation>Participants: {total}</translation>
    </message>
    <message>
        <source>Deltagere …</source>
        <translation>Participants…</translation>
    </message>
</context>
<context>
    <name>TableSession</name>
    <message>
        <source>Bord</source>
        <extracomment>The step list&apos;s own text of an item, before a running countdown is added to it. The table&apos;s sheet as a PDF is asked for (the table&apos;s code); the window exports it. A step&apos;s countdown reached zero: (table id, step id). Announced once per run.</extracomment>
        <translation>Table</translation>
    </message>
    <message>
        <source>Dagen starter kl.</source>
        <translation>The day starts at</translation>
    </message>
    <message>
        <source>Bordark til bordformanden …</source>
        <translation>Table sheet for the chair…</translation>
    </message>
    <message>
        <source>Gem alt, hvad bordet har skrevet i dag, som PDF til bordformanden.</source>
        <translation>Save everything the table wrote today as a PDF for the table chair.</translation>
    </message>
    <message>
        <source>Bord:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>Dagens program</source>
        <translation>The day&apos;s program</translation>
    </message>
    <message>
        <source>Til facilitatoren</source>
        <translation>For the facilitator</translation>
    </message>
    <message>
        <source>Campen har endnu ingen borde. Opret borde under »Forberedelse«.</source>
        <translation>The camp has no tables yet. Create tables under &quot;Preparation&quot;.</translation>
    </message>
    <message>
        <source>← Forrige trin</source>
        <translation>← Previous step</translation>
    </message>
    <message>
        <source>Gå til forrige trin (Ctrl+Page Up)</source>
        <translation>Go to the previous step (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Næste trin →</source>
        <translation>Next step →</translation>
    </message>
    <message>
        <source>Gå til næste trin (Ctrl+Page Down)</source>
        <translation>Go to the next step (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>hele dagen</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>Tiden er gået: »%1« ved bord %2</source>
        <translation>Time is up: &quot;%1&quot; at table %2</translation>
    </message>
</context>
<context>
    <name>TablesEditor</name>
    <message>
        <source>Hovedgrupper og borde</source>
        <extracomment>True while a code field shows our suggestion rather than a typed code.</extracomment>
        <translation>Main groups and tables</translation>
    </message>
    <message>
        <source>Dobbeltklik på et felt, eller tryk F2, for at rette det.</source>
        <translation>Double-click a field, or press F2, to edit it.</translation>
    </message>
    <message>
        <source>&amp;Fjern valgte</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>Fjern den valgte hovedgruppe (med dens borde) eller det valgte bord (Delete)</source>
        <translation>Remove the selected main group (with its tables) or the selected table (Delete)</translation>
    </message>
    <message>
        <source>fx H1</source>
        <translation>e.g. H1</translation>
    </message>
    <message>
        <source>valgfrit</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Tilføj &amp;hovedgruppe</source>
        <translation>Add &amp;main group</translation>
    </message>
    <message>
        <source>Ny hovedgruppe</source>
        <translation>New main group</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>fx H1-B2</source>
        <translation>e.g. H1-B2</translation>
    </message>
    <message>
        <source>Tilføj &amp;bord</source>
        <translation>Add &amp;table</translation>
    </message>
    <message>
        <source>Nyt bord</source>
        <translation>New table</translation>
    </message>
    <message>
        <source>Hovedgruppe</source>
        <translation>Main group</translation>
    </message>
    <message>
        <source>Bordkode</source>
        <translation>Table code</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Bordformand</source>
        <translation>Table chair</translation>
    </message>
    <message>
        <source>Antal deltagere</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Vælg et bord i listen for at skrive, hvor mange der kom.</source>
        <translation>Select a table in the list to enter how many came.</translation>
    </message>
    <message>
        <source>Deltagere ved bordet</source>
        <translation>Participants at the table</translation>
    </message>
    <message>
        <source>Deltagere ved {code}</source>
        <translation>Participants at {code}</translation>
    </message>
    <message>
        <source>Hvor mange kom, i hver gruppe. Bordet kan også skrive det selv på dagen.</source>
        <translation>How many came, in each group. The table can also enter it on the day.</translation>
    </message>
    <message>
        <source>(ingen hovedgruppe)</source>
        <translation>(no main group)</translation>
    </message>
    <message>
        <source>Hovedgruppen »{code}« er tilføjet.</source>
        <translation>The main group &quot;{code}&quot; has been added.</translation>
    </message>
    <message>
        <source>Bordet »{code}« er tilføjet.</source>
        <translation>The table &quot;{code}&quot; has been added.</translation>
    </message>
    <message>
        <source>Bordet »{code}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl.</source>
        <translation>The table &quot;{code}&quot; has been removed. Undo with Ctrl+Z if it was a mistake.</translation>
    </message>
    <message>
        <source>Vælg først en hovedgruppe eller et bord i listen.</source>
        <translation>Select a main group or a table in the list first.</translation>
    </message>
    <message>
        <source>Hovedgruppen »{code}« og dens borde ({tables}) er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl.</source>
        <translation>The main group &quot;{code}&quot; and its tables ({tables}) have been removed. Undo with Ctrl+Z if it was a mistake.</translation>
    </message>
    <message>
        <source>Hovedgruppen »{code}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl.</source>
        <translation>The main group &quot;{code}&quot; has been removed. Undo with Ctrl+Z if it was a mistake.</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Bordformand</source>
        <translation>Table chair</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Uden hovedgruppe</source>
        <translation>No main group</translation>
    </message>
    <message>
        <source>Ret bordkode</source>
        <translation>Edit table code</translation>
    </message>
    <message>
        <source>Ret facilitator</source>
        <translation>Edit facilitator</translation>
    </message>
    <message>
        <source>Ret bordformand</source>
        <translation>Edit table chair</translation>
    </message>
    <message>
        <source>Ret antal deltagere ved bordet</source>
        <translation>Edit number of participants at the table</translation>
    </message>
    <message>
        <source>Ret hovedgruppens kode</source>
        <translation>Edit the main group&apos;s code</translation>
    </message>
    <message>
        <source>Ret hovedgruppens navn</source>
        <translation>Edit the main group&apos;s name</translation>
    </message>
    <message>
        <source>Et bord skal have en kode, fx H1-B2.</source>
        <translation>A table must have a code, e.g. H1-B2.</translation>
    </message>
    <message>
        <source>Der er allerede et bord med koden »{code}«. Vælg en anden kode.</source>
        <translation>There is already a table with the code &quot;{code}&quot;. Choose another code.</translation>
    </message>
    <message>
        <source>En hovedgruppe skal have en kode, fx H1.</source>
        <translation>A main group must have a code, e.g. H1.</translation>
    </message>
    <message>
        <source>Der er allerede en hovedgruppe med koden »{code}«. Vælg en anden kode.</source>
        <translation>There is already a main group with the code &quot;{code}&quot;. Choose another code.</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>Teksten er for lang</source>
        <extracomment>The warning shown (while it is open), for the user and for tests.</extracomment>
        <translation>The text is too long</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Temaer, der går igen</source>
        <translation>Recurring themes</translation>
    </message>
    <message>
        <source>Temaer i flere camps</source>
        <translation>Themes in several camps</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Camps</translation>
    </message>
    <message>
        <source>Antal noter pr. camp</source>
        <translation>Notes per camp</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Foreslåede sammenfald</source>
        <translation>Suggested matches</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Måske samme tema som</source>
        <translation>Maybe the same theme as</translation>
    </message>
    <message>
        <source>Fælles ord</source>
        <translation>Shared words</translation>
    </message>
    <message>
        <source>&lt;b&gt;Samme navn i flere camps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Same name in several camps&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forslag:&lt;/b&gt; forskellige navne, måske samme tema (intet er slået sammen)</source>
        <translation>&lt;b&gt;Suggestions:&lt;/b&gt; different names, maybe the same theme (nothing has been merged)</translation>
    </message>
    <message>
        <source>Vælg mindst to camps for at se temaer, der går igen.</source>
        <translation>Choose at least two camps to see recurring themes.</translation>
    </message>
    <message>
        <source>Ingen kategorier går igen på tværs af campene.</source>
        <translation>No categories recur across the camps.</translation>
    </message>
    <message>
        <source>Kategorierne fra konsolideringen med antal noter i hver camp; dialogfilers kategorier fra den omvendte trekant er med.</source>
        <translation>The categories from the consolidation with the number of notes in each camp; categories from the inverted triangle in dialogue files are included.</translation>
    </message>
    <message>
        <source>ligner hinanden</source>
        <translation>similar</translation>
    </message>
</context>
<context>
    <name>ThermometerPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>Målinger ved dialogens start (Alt+S)</source>
        <translation>Readings at the start of the dialogue (Alt+T)</translation>
    </message>
    <message>
        <source>S&amp;lut</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>Målinger ved dialogens slutning (Alt+L)</source>
        <translation>Readings at the end of the dialogue (Alt+N)</translation>
    </message>
    <message>
        <source>Ord eller initialer (valgfrit)</source>
        <translation>Word or initials (optional)</translation>
    </message>
    <message>
        <source>Ord eller initialer</source>
        <translation>Word or initials</translation>
    </message>
    <message>
        <source>Et ord for, hvordan man har det, eller deltagerens initialer. Tryk Enter, og giv så tallet på termometeret.</source>
        <translation>A word for how you feel, or the participant&apos;s initials. Press Enter, then give the number on the thermometer.</translation>
    </message>
    <message>
        <source>Hele &amp;gruppen</source>
        <translation>Whole &amp;group</translation>
    </message>
    <message>
        <source>Den næste måling er ét samlet tal for hele gruppen (Alt+G)</source>
        <translation>The next reading is one combined number for the whole group (Alt+G)</translation>
    </message>
    <message>
        <source>Klik på termometeret, eller tryk 1–9 (0 giver 10). Skriv evt. først et ord og tryk Enter.</source>
        <translation>Click the thermometer, or press 1–9 (0 gives 10). Optionally type a word first and press Enter.</translation>
    </message>
    <message>
        <source>Målinger</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Delete sletter den valgte måling (kan fortrydes)</source>
        <translation>Delete deletes the selected reading (can be undone)</translation>
    </message>
    <message>
        <source>Slet måling</source>
        <translation>Delete reading</translation>
    </message>
    <message>
        <source>Slet den valgte måling (Delete)</source>
        <translation>Delete the selected reading (Delete)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Før og efter</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>Runde:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>Median ved start %1 → ved slut %2</source>
        <translation>Median at start %1 → at end %2</translation>
    </message>
    <message>
        <source>1 måling</source>
        <translation>1 reading</translation>
    </message>
    <message>
        <source>%1 målinger</source>
        <translation>%1 readings</translation>
    </message>
    <message>
        <source>Hele gruppen</source>
        <translation>Whole group</translation>
    </message>
    <message>
        <source>Måling slettet – %1 fortryder</source>
        <translation>Reading deleted – press %1 to undo</translation>
    </message>
</context>
<context>
    <name>ThermometerWidget</name>
    <message>
        <source>Det går rigtig godt</source>
        <extracomment>Cold blue → warm red, as (place 0–1, colour). The facilitator gave a reading (1–10). Whether Enter may give ``_cursor``: chosen with the arrows and not yet given.</extracomment>
        <translation>Things are going really well</translation>
    </message>
    <message>
        <source>Det går rigtig skidt</source>
        <translation>Things are going really badly</translation>
    </message>
    <message>
        <source>Termometer</source>
        <translation>Thermometer</translation>
    </message>
    <message>
        <source>Klik på et tal, eller tryk 1 til 9 og 0 for 10. Pil op og ned flytter, Enter giver tallet.</source>
        <translation>Click a number, or press 1 to 9 and 0 for 10. Up and Down arrows move, Enter gives the number.</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Målingerne samlet</source>
        <translation>Readings grouped</translation>
    </message>
    <message>
        <source>Pr. dato</source>
        <translation>By date</translation>
    </message>
    <message>
        <source>Pr. år</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fra start til slut i hver dialog&lt;/b&gt;</source>
        <translation>&lt;b&gt;From start to end in each dialogue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Målingerne over tid&lt;/b&gt; (kvartiler, laveste–højeste, median)</source>
        <translation>&lt;b&gt;Readings over time&lt;/b&gt; (quartiles, lowest–highest, median)</translation>
    </message>
    <message>
        <source>Medianen fra start til slut: steg i %1, den samme i %2, faldt i %3. Midterste ændring: %4.</source>
        <translation>The median from start to end rose in %1, stayed the same in %2 and fell in %3. Median change: %4.</translation>
    </message>
</context>
<context>
    <name>TrianglePage</name>
    <message>
        <source>1, 2 og 3 flytter noten til et andet niveau.</source>
        <translation>1, 2 and 3 move the note to another level.</translation>
    </message>
    <message>
        <source>Hvad kan gøre, at børn og familier i perioder ikke trives i hverdagen?</source>
        <translation>What can make children and families struggle in everyday life at times?</translation>
    </message>
    <message>
        <source>Hvad har vi i vores by i dag, som hjælper og beskytter?</source>
        <translation>What do we have in our town today that helps and protects?</translation>
    </message>
    <message>
        <source>Hvordan vil jeg – og vi – hjælpe og blive hjulpet?</source>
        <translation>How will I – and we – help and be helped?</translation>
    </message>
    <message>
        <source>Niveau %1: skriv en note, og tryk Enter</source>
        <translation>Level %1: write a note and press Enter</translation>
    </message>
    <message>
        <source>Noten er flyttet til niveau %1</source>
        <translation>The note has been moved to level %1</translation>
    </message>
    <message>
        <source>Flyt til niveau %1</source>
        <translation>Move to level %1</translation>
    </message>
</context>
<context>
    <name>TriangleWidget</name>
    <message>
        <source>Den omvendte trekant</source>
        <extracomment>Broad to near: a wide, light band at the top, a strong colour at the tip.</extracomment>
        <translation>The inverted triangle</translation>
    </message>
    <message>
        <source>Klik på et niveau for at skrive noter til det (Ctrl+1, 2, 3)</source>
        <translation>Click a level to write notes for it (Ctrl+1, 2, 3)</translation>
    </message>
    <message>
        <source>Niveau %1 af 3: %2</source>
        <translation>Level %1 of 3: %2</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 noter</source>
        <translation>%1 notes</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>En camp er en hel borgerdag med flere borde, der hver skriver på sin egen computer; en dialog (dialogkassen) er én gruppes samtale med en vært. Arrangøren laver filen og giver hvert bord eller hver vært et campkit at åbne, og alt, hvad der skrives, gemmes med det samme. Bagefter gemmer hvert bord sin bordpakke på et USB-stik eller i en delt mappe, og arrangøren henter dem alle under »Indsamling«.</source>
        <translation>A camp is a whole citizens&apos; day with several tables, each writing on its own computer; a dialogue (the dialogue box) is one group&apos;s conversation with a host. The organiser makes the file and gives each table or host a camp kit to open, and everything written is saved at once. Afterwards each table saves its table bundle on a USB stick or in a shared folder, and the organiser fetches them all under &quot;Collection&quot;.</translation>
    </message>
    <message>
        <source>F1 viser tasterne på den skærm, du står på.</source>
        <translation>F1 shows the keys of the screen you are on.</translation>
    </message>
    <message>
        <source>Forstået</source>
        <translation>Got it</translation>
    </message>
</context>
<context>
    <name>ZoomMenu</name>
    <message>
        <source>Stor s&amp;krift</source>
        <extracomment>The levels Ctrl+plus and Ctrl+minus step through (1.0 is the normal size). »Stor skrift«: readable from the far end of a table of eight to thirteen.</extracomment>
        <translation>&amp;Large type</translation>
    </message>
    <message>
        <source>Stor skrift ved bordet, så gruppen kan læse med på afstand</source>
        <translation>Large type at the table, so the group can read along from a distance</translation>
    </message>
    <message>
        <source>Større skrift</source>
        <translation>Larger type</translation>
    </message>
    <message>
        <source>Mindre skrift</source>
        <translation>Smaller type</translation>
    </message>
    <message>
        <source>Normal skriftstørrelse</source>
        <translation>Normal type size</translation>
    </message>
</context>
</TS>
