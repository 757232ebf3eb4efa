<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="46"/>
        <source>There is no system tray here: reminders only work while this window is open.</source>
        <translation>Il n&apos;y a pas de zone de notification ici : les rappels ne fonctionnent que tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="150"/>
        <source>Settings could not be saved to %1: %2.</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés dans %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="173"/>
        <source>Sound is off: %1. The routine goes on silently.</source>
        <translation>Son coupé : %1. La routine continue en silence.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="222"/>
        <source>Time for your %1.</source>
        <translation>C&apos;est l&apos;heure de votre %1.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="236"/>
        <source>Click to start.</source>
        <translation>Cliquez pour commencer.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="245"/>
        <source>Stretch Timer stays in the tray for your reminders. Quit from its menu.</source>
        <translation>Stretch Timer reste dans la zone de notification pour vos rappels. Quittez-le depuis son menu.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="275"/>
        <source>Reminders exported to %1: open it with your calendar app.</source>
        <translation>Rappels exportés dans %1 : ouvrez ce fichier avec votre agenda.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="286"/>
        <location filename="../ui/app.py" line="320"/>
        <source>Could not change the start-at-login entry: %1</source>
        <translation>Impossible de modifier le lancement à l&apos;ouverture de session : %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="301"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="323"/>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/voice.py" line="46"/>
        <source>Spoken coaching is off: %1. The tones still play.</source>
        <translation>Le coaching vocal est coupé : %1. Les sons continuent.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli.py" line="30"/>
        <source>%1 guides you through stretch routines. With no command it opens the window.</source>
        <translation>%1 vous guide dans vos routines d&apos;étirement. Sans commande, il ouvre la fenêtre.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="36"/>
        <source>start hidden in the system tray, for the evening reminders</source>
        <translation>démarrer caché dans la zone de notification, pour les rappels du soir</translation>
    </message>
    <message>
        <location filename="../cli.py" line="39"/>
        <source>add Stretch Timer to your applications menu (under ~/.local/share)</source>
        <translation>ajouter Stretch Timer au menu des applications (sous ~/.local/share)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="42"/>
        <source>remove the menu entry, icons and metainfo again</source>
        <translation>retirer l&apos;entrée de menu, les icônes et les métadonnées</translation>
    </message>
    <message>
        <location filename="../cli.py" line="44"/>
        <source>list built-in and your routines with their durations</source>
        <translation>lister les routines fournies et les vôtres, avec leur durée</translation>
    </message>
    <message>
        <location filename="../cli.py" line="46"/>
        <source>check routine files; exit 0 when all are valid, 1 otherwise</source>
        <translation>vérifier des fichiers de routine ; code de sortie 0 s&apos;ils sont tous corrects, 1 sinon</translation>
    </message>
    <message>
        <location filename="../cli.py" line="49"/>
        <source>recent sessions and the current streak</source>
        <translation>les séances récentes et la série en cours</translation>
    </message>
    <message>
        <location filename="../cli.py" line="50"/>
        <source>print every session as CSV</source>
        <translation>afficher toutes les séances au format CSV</translation>
    </message>
    <message>
        <location filename="../cli.py" line="52"/>
        <source>evening reminders: add, list or remove them</source>
        <translation>rappels du soir : les ajouter, les lister ou les supprimer</translation>
    </message>
    <message>
        <location filename="../cli.py" line="54"/>
        <source>remind at HH:MM on some weekdays to do a routine</source>
        <translation>rappeler à HH:MM certains jours de faire une routine</translation>
    </message>
    <message>
        <location filename="../cli.py" line="58"/>
        <source>comma-separated weekdays, e.g. mon,wed,fri (default: every day)</source>
        <translation>jours de la semaine séparés par des virgules, en anglais, p. ex. mon,wed,fri (par défaut : tous les jours)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="59"/>
        <source>the routine it starts</source>
        <translation>la routine qu&apos;il lance</translation>
    </message>
    <message>
        <location filename="../cli.py" line="60"/>
        <source>the reminders, with when each is next due</source>
        <translation>les rappels, avec la date de chacun</translation>
    </message>
    <message>
        <location filename="../cli.py" line="61"/>
        <source>remove a reminder by its id</source>
        <translation>supprimer un rappel par son numéro</translation>
    </message>
    <message>
        <location filename="../cli.py" line="63"/>
        <source>open the window and start a routine</source>
        <translation>ouvrir la fenêtre et lancer une routine</translation>
    </message>
    <message>
        <location filename="../cli.py" line="65"/>
        <source>a routine&apos;s name or a routine file</source>
        <translation>le nom d&apos;une routine ou un fichier de routine</translation>
    </message>
    <message>
        <location filename="../cli.py" line="95"/>
        <source>error:</source>
        <translation>erreur :</translation>
    </message>
    <message>
        <location filename="../cli.py" line="112"/>
        <source>Built-in routines</source>
        <translation>Routines fournies</translation>
    </message>
    <message>
        <location filename="../cli.py" line="116"/>
        <source>Your routines (%1)</source>
        <translation>Vos routines (%1)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="118"/>
        <source>none yet: build one in the editor, or put routine files (*.yaml) in that folder</source>
        <translation>aucune pour l&apos;instant : composez-en une dans l&apos;éditeur, ou placez des fichiers de routine (*.yaml) dans ce dossier</translation>
    </message>
    <message>
        <location filename="../cli.py" line="123"/>
        <source>Exercises (a routine file names them by the id on the left)</source>
        <translation>Exercices (un fichier de routine les désigne par l&apos;identifiant de gauche)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="124"/>
        <source>moving</source>
        <translation>en mouvement</translation>
    </message>
    <message>
        <location filename="../cli.py" line="124"/>
        <source>held</source>
        <translation>maintenu</translation>
    </message>
    <message>
        <location filename="../cli.py" line="125"/>
        <source>foam roller</source>
        <translation>rouleau</translation>
    </message>
    <message>
        <location filename="../cli.py" line="129"/>
        <source>%1 repetitions</source>
        <translation>%1 répétitions</translation>
    </message>
    <message>
        <location filename="../cli.py" line="131"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../cli.py" line="132"/>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <location filename="../cli.py" line="151"/>
        <source>%1: ok</source>
        <translation>%1 : correct</translation>
    </message>
    <message>
        <location filename="../cli.py" line="153"/>
        <source>%1: ok (1 warning)</source>
        <translation>%1 : correct (1 avertissement)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="155"/>
        <source>%1: ok (%2 warnings)</source>
        <translation>%1 : correct (%2 avertissements)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="173"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../cli.py" line="188"/>
        <source>Added reminder %1: %2 %3, %4</source>
        <translation>Rappel %1 ajouté : %2 %3, %4</translation>
    </message>
    <message>
        <location filename="../cli.py" line="193"/>
        <source>Removed reminder %1</source>
        <translation>Rappel %1 supprimé</translation>
    </message>
    <message>
        <location filename="../cli.py" line="197"/>
        <source>No reminders yet: add one with &apos;stretchtimer remind add 21:30&apos;.</source>
        <translation>Aucun rappel pour l&apos;instant : ajoutez-en un avec « stretchtimer remind add 21:30 ».</translation>
    </message>
    <message>
        <location filename="../cli.py" line="200"/>
        <source>next %1</source>
        <translation>prochain %1</translation>
    </message>
    <message>
        <location filename="../cli.py" line="201"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../cli.py" line="275"/>
        <source>Current streak: 1 day</source>
        <translation>Série en cours : 1 jour</translation>
    </message>
    <message>
        <location filename="../cli.py" line="276"/>
        <source>Current streak: %1 days</source>
        <translation>Série en cours : %1 jours</translation>
    </message>
    <message>
        <location filename="../cli.py" line="280"/>
        <source>This week: %1</source>
        <translation>Cette semaine : %1</translation>
    </message>
    <message>
        <location filename="../cli.py" line="281"/>
        <source>Minutes stretched: %1 this week, %2 this month</source>
        <translation>Minutes d&apos;étirement : %1 cette semaine, %2 ce mois-ci</translation>
    </message>
    <message>
        <location filename="../cli.py" line="285"/>
        <source>No sessions yet: start a routine with &apos;stretchtimer run &quot;Evening routine&quot;&apos;.</source>
        <translation>Aucune séance pour l&apos;instant : lancez une routine avec « stretchtimer run &quot;Evening routine&quot; ».</translation>
    </message>
    <message>
        <location filename="../cli.py" line="288"/>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <location filename="../cli.py" line="292"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../cli.py" line="293"/>
        <source>mostly skipped — not counted</source>
        <translation>presque tout passé — non comptée</translation>
    </message>
    <message>
        <location filename="../cli.py" line="294"/>
        <source>stopped early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../ui/editing.py" line="89"/>
        <source>%1 (my copy)</source>
        <translation>%1 (ma version)</translation>
    </message>
    <message>
        <location filename="../ui/editing.py" line="93"/>
        <source>Built-in routines stay as they are: saving makes this copy your own routine.</source>
        <translation>Les routines fournies ne changent pas : en enregistrant, cette copie devient votre propre routine.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../ui/editor.py" line="273"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="294"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="296"/>
        <source>Search by name, muscle or equipment</source>
        <translation>Chercher par nom, muscle ou matériel</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="297"/>
        <source>Search exercises</source>
        <translation>Chercher des exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="300"/>
        <source>Kind of exercise</source>
        <translation>Type d&apos;exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="301"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="302"/>
        <location filename="../ui/editor.py" line="1229"/>
        <source>Moving</source>
        <translation>En mouvement</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="302"/>
        <location filename="../ui/editor.py" line="1229"/>
        <source>Held</source>
        <translation>Maintenu</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="303"/>
        <location filename="../ui/editor.py" line="1230"/>
        <source>Foam roller</source>
        <translation>Rouleau</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="306"/>
        <source>Target muscle</source>
        <translation>Muscle ciblé</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="307"/>
        <source>All muscles</source>
        <translation>Tous les muscles</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="311"/>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="312"/>
        <source>Any equipment</source>
        <translation>Tout matériel</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="324"/>
        <source>Exercise library</source>
        <translation>Bibliothèque d&apos;exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="330"/>
        <source>Double-click, press Enter or drag to add to the routine</source>
        <translation>Double-cliquez, appuyez sur Entrée ou faites glisser pour l&apos;ajouter à la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="339"/>
        <source>Add to routine</source>
        <translation>Ajouter à la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="340"/>
        <source>Add the chosen exercise after the current step (Enter)</source>
        <translation>Ajouter l&apos;exercice choisi après l&apos;étape en cours (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="379"/>
        <location filename="../ui/editor.py" line="581"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="381"/>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="384"/>
        <location filename="../ui/editor.py" line="1038"/>
        <location filename="../ui/editor.py" line="1055"/>
        <location filename="../ui/editor.py" line="1061"/>
        <location filename="../ui/editor.py" line="1067"/>
        <location filename="../ui/editor.py" line="1076"/>
        <source>Rename routine</source>
        <translation>Renommer la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="387"/>
        <location filename="../ui/editor.py" line="499"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="392"/>
        <source>Change description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="395"/>
        <location filename="../ui/editor.py" line="768"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="396"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="398"/>
        <source>A free minute or two of gentle movement before the first exercise</source>
        <translation>Une minute ou deux de mouvements doux, libres, avant le premier exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="399"/>
        <source>Meant for after exercise (muscles already warm)</source>
        <translation>Prévue après l&apos;effort (muscles déjà chauds)</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="401"/>
        <source>Each exercise&apos;s own</source>
        <translation>Celui de chaque exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="406"/>
        <source>Change warm-up</source>
        <translation>Modifier l&apos;échauffement</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="408"/>
        <source>Change when the routine is meant for</source>
        <translation>Modifier le moment prévu pour la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="409"/>
        <location filename="../ui/editor.py" line="419"/>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="410"/>
        <location filename="../ui/editor.py" line="420"/>
        <location filename="../ui/editor.py" line="453"/>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="411"/>
        <location filename="../ui/editor.py" line="421"/>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="412"/>
        <location filename="../ui/editor.py" line="422"/>
        <source>Rest between exercises</source>
        <translation>Repos entre les exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="415"/>
        <source>Durations for every step</source>
        <translation>Durées pour toutes les étapes</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="404"/>
        <location filename="../ui/editor.py" line="418"/>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="426"/>
        <source>Steps of the routine</source>
        <translation>Étapes de la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="430"/>
        <source>Drag to reorder, or Alt+Up and Alt+Down</source>
        <translation>Faites glisser pour réordonner, ou Alt+Haut et Alt+Bas</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="436"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="437"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="438"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="439"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="448"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="454"/>
        <source>Count repetitions</source>
        <translation>Compter les répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="455"/>
        <source>Hold or repetitions</source>
        <translation>Maintien ou répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="458"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="459"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="460"/>
        <source>Seconds per repetition</source>
        <translation>Secondes par répétition</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="462"/>
        <location filename="../ui/editor.py" line="478"/>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="463"/>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="463"/>
        <source>Left side only</source>
        <translation>Côté gauche seulement</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="464"/>
        <source>Right side only</source>
        <translation>Côté droit seulement</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="468"/>
        <source>Rest after this step</source>
        <translation>Repos après cette étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="476"/>
        <source>Do</source>
        <translation>Faire</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="477"/>
        <source>Tempo</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="479"/>
        <source>Rest after</source>
        <translation>Repos après</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="484"/>
        <source>Change tempo</source>
        <translation>Modifier le rythme</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="486"/>
        <source>Change sides</source>
        <translation>Modifier les côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="488"/>
        <source>Change rest</source>
        <translation>Modifier le repos</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="497"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="540"/>
        <source>&amp;New routine</source>
        <translation>&amp;Nouvelle routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="541"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="542"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="543"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="544"/>
        <source>&amp;Duplicate routine</source>
        <translation>&amp;Dupliquer la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="545"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="546"/>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="547"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="548"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="549"/>
        <source>&amp;Try it</source>
        <translation>Es&amp;sayer</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="550"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="552"/>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="558"/>
        <source>Move step &amp;up</source>
        <translation>&amp;Monter l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="559"/>
        <source>Move step &amp;down</source>
        <translation>&amp;Descendre l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="560"/>
        <source>Du&amp;plicate step</source>
        <translation>Du&amp;pliquer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="561"/>
        <source>Re&amp;move step</source>
        <translation>Re&amp;tirer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="567"/>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="572"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="645"/>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="647"/>
        <source>Add exercises from the library on the left.</source>
        <translation>Ajoutez des exercices depuis la bibliothèque, à gauche.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="686"/>
        <source>As the routine (%1 s)</source>
        <translation>Comme la routine (%1 s)</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="705"/>
        <source>%1 repetitions</source>
        <translation>%1 répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="707"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="709"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="709"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="710"/>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="713"/>
        <source>rest %1 s</source>
        <translation>repos %1 s</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="749"/>
        <source>No step chosen</source>
        <translation>Aucune étape choisie</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="757"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="763"/>
        <source> repetitions</source>
        <translation> répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="770"/>
        <location filename="../ui/editor.py" line="773"/>
        <source>Default (%1 s)</source>
        <translation>Par défaut (%1 s)</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="779"/>
        <source>This exercise is not done per side</source>
        <translation>Cet exercice ne se fait pas côté par côté</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="820"/>
        <source>Hold or count</source>
        <translation>Maintien ou comptage</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="827"/>
        <source>Change repetitions</source>
        <translation>Modifier les répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="829"/>
        <source>Change hold</source>
        <translation>Modifier le maintien</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="836"/>
        <source>Change durations</source>
        <translation>Modifier les durées</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="847"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="859"/>
        <source>Move step</source>
        <translation>Déplacer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="873"/>
        <source>Duplicate step</source>
        <translation>Dupliquer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="882"/>
        <source>Remove step</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="890"/>
        <source>Another routine is already called “%1”; choose another name.</source>
        <translation>Une autre routine s&apos;appelle déjà « %1 » ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="900"/>
        <source>%1 is a held stretch before any warm-up: start with a moving exercise or the foam roller, add a warm-up, or tick “Meant for after exercise”.</source>
        <translation>%1 est un étirement maintenu avant tout échauffement : commencez par un exercice en mouvement ou le rouleau, ajoutez un échauffement, ou cochez « Prévue après l&apos;effort ».</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="903"/>
        <source>A %1 s hold of %2 is short: hold a stretch for 15 to 60 s.</source>
        <translation>Un maintien de %1 s pour « %2 » est court : tenez un étirement de 15 à 60 s.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="904"/>
        <source>A %1 s hold of %2 is long: 15 to 60 s is enough; repeat it instead.</source>
        <translation>Un maintien de %1 s pour « %2 » est long : 15 à 60 s suffisent ; répétez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="905"/>
        <source>%1 is only done on one side: add the other side too.</source>
        <translation>« %1 » n&apos;est fait que d&apos;un côté : ajoutez aussi l&apos;autre côté.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="906"/>
        <source>%1 minutes without any rest: give a few seconds of rest between exercises.</source>
        <translation>%1 minutes sans aucun repos : prévoyez quelques secondes de repos entre les exercices.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="913"/>
        <location filename="../ui/editor.py" line="935"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="919"/>
        <source>Give the routine a name.</source>
        <translation>Donnez un nom à la routine.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="920"/>
        <source>Keep the name under %1 characters.</source>
        <translation>Le nom doit faire moins de %1 caractères.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="928"/>
        <source>The description is %1 characters long; keep it under %2.</source>
        <translation>La description fait %1 caractères ; elle doit en faire moins de %2.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="941"/>
        <source>Add at least one exercise: double-click one in the library, or drag it here.</source>
        <translation>Ajoutez au moins un exercice : double-cliquez sur l&apos;un d&apos;eux dans la bibliothèque, ou faites-le glisser ici.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="946"/>
        <source>Total %1 · %2</source>
        <translation>Total %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="949"/>
        <source>Not ready yet</source>
        <translation>Pas encore prête</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="952"/>
        <source>Advice (the routine works without it):</source>
        <translation>Conseils (la routine fonctionne sans les suivre) :</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="965"/>
        <location filename="../ui/editor.py" line="1180"/>
        <source>Untitled routine</source>
        <translation>Routine sans nom</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="967"/>
        <source>%1[*] — Edit routine — %2</source>
        <translation>%1[*] — Modifier la routine — %2</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="976"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="977"/>
        <source>The routine could not be saved to %1: %2. Nothing on disk was changed.</source>
        <translation>La routine n&apos;a pas pu être enregistrée dans %1 : %2. Rien n&apos;a été modifié sur le disque.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="998"/>
        <source>Changed on disk</source>
        <translation>Modifiée sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="999"/>
        <source>%1 was changed by another program since it was opened here. Save your version as a new routine, or replace that file?</source>
        <translation>%1 a été modifié par un autre programme depuis son ouverture ici. Enregistrer votre version comme nouvelle routine, ou remplacer ce fichier ?</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1001"/>
        <source>Save as new routine</source>
        <translation>Enregistrer comme nouvelle routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1001"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1001"/>
        <location filename="../ui/editor.py" line="1181"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1020"/>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1026"/>
        <location filename="../ui/editor.py" line="1032"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1026"/>
        <source>Name of the new routine:</source>
        <translation>Nom de la nouvelle routine :</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1047"/>
        <source>Saved a copy as “%1”; you are now editing the copy.</source>
        <translation>Copie enregistrée sous « %1 » ; c&apos;est maintenant la copie que vous modifiez.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1055"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1079"/>
        <source>Renamed to “%1”</source>
        <translation>Renommée en « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1090"/>
        <source>Delete routine?</source>
        <translation>Supprimer la routine ?</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1091"/>
        <source>Delete “%1”? It goes to the trash folder and can be brought back.</source>
        <translation>Supprimer « %1 » ? Elle part dans le dossier corbeille et pourra être récupérée.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1093"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1093"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1098"/>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1103"/>
        <source>Deleted “%1”; it was moved to %2.</source>
        <translation>« %1 » supprimée ; elle a été déplacée dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1117"/>
        <source>Could not bring it back</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1125"/>
        <source>Brought back to %1</source>
        <translation>Récupérée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1130"/>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1130"/>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Fichiers de routine (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1136"/>
        <location filename="../ui/editor.py" line="1141"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1137"/>
        <source>%1 is not a routine Stretch Timer can use:
%2</source>
        <translation>%1 n&apos;est pas une routine utilisable par Stretch Timer :
%2</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1144"/>
        <source>Imported into %1.</source>
        <translation>Importée dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1146"/>
        <source>A routine called “%1” already existed, so this one is “%2”.</source>
        <translation>Une routine « %1 » existait déjà ; celle-ci s&apos;appelle donc « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1161"/>
        <source>Export routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1162"/>
        <source>Routine files (*.yaml)</source>
        <translation>Fichiers de routine (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1168"/>
        <source>Could not export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1170"/>
        <source>Exported to %1</source>
        <translation>Exportée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1178"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1179"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>« %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1181"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="1181"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/recording.py" line="26"/>
        <source>another program is using it</source>
        <translation>un autre programme l’utilise</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="27"/>
        <source>it or its folder cannot be written</source>
        <translation>impossible d’écrire dans ce fichier ou son dossier</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="28"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="38"/>
        <source>Your history file could not be read: it was kept as %1 and a new history was started.</source>
        <translation>Votre fichier d’historique n’a pas pu être lu : il a été conservé sous %1 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="41"/>
        <source>Your history %1 was written by a newer Stretch Timer: it is left as it is, and sessions done here cannot be added to it.</source>
        <translation>Votre historique %1 a été écrit par une version plus récente de Stretch Timer : il est laissé tel quel, et les séances faites ici ne peuvent pas y être ajoutées.</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="45"/>
        <source>Sessions that waited are now saved to your history (%1).</source>
        <translation>Les séances en attente sont maintenant enregistrées dans votre historique (%1).</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="47"/>
        <source>Your history %1 cannot be written now: %2. Your sessions are kept and saved after your next session or when you quit.</source>
        <translation>Votre historique %1 ne peut pas être écrit pour l’instant : %2. Vos séances sont gardées et seront enregistrées après votre prochaine séance ou quand vous quitterez.</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="100"/>
        <source>stretchtimer: %1 session(s) could not be saved to %2.</source>
        <translation>stretchtimer : %1 séance(s) n’ont pas pu être enregistrées dans %2.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../ui/look.py" line="50"/>
        <location filename="../cli.py" line="89"/>
        <source>1 exercise</source>
        <translation>1 exercice</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="51"/>
        <location filename="../cli.py" line="90"/>
        <source>%1 exercises</source>
        <translation>%1 exercices</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../ui/home_view.py" line="100"/>
        <source>Choose a routine</source>
        <translation>Choisissez une routine</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="105"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="106"/>
        <source>Your streak and the sessions you have done</source>
        <translation>Votre série de jours et vos séances</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="108"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="109"/>
        <source>Evening reminders from the tray</source>
        <translation>Rappels du soir depuis la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="111"/>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="112"/>
        <source>Build your own routine in the editor (Ctrl+N)</source>
        <translation>Composez votre propre routine dans l&apos;éditeur (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="114"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="115"/>
        <source>Sound, language, reminders and more (Ctrl+,)</source>
        <translation>Son, langue, rappels et plus (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="309"/>
        <source>Leave the routine?</source>
        <translation>Quitter la routine ?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="310"/>
        <source>The routine is not finished. Leave it anyway?</source>
        <translation>La routine n&apos;est pas terminée. La quitter quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="311"/>
        <source>Leave routine</source>
        <translation>Quitter la routine</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="311"/>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="320"/>
        <source>Done — %1</source>
        <translation>Terminé — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="328"/>
        <source>%1 side</source>
        <translation>côté %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="330"/>
        <source>%1 repetitions</source>
        <translation>%1 répétitions</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="332"/>
        <source>until you move on</source>
        <translation>jusqu’à ce que vous passiez à la suite</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="334"/>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="336"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="361"/>
        <source>The routine was paused because the computer slept. Press Space to go on.</source>
        <translation>La routine a été mise en pause pendant la veille de l&apos;ordinateur. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="385"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/main_window.py" line="62"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../ui/look.py" line="29"/>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="30"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="31"/>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="32"/>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="33"/>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="34"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="35"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../ui/player_view.py" line="127"/>
        <source>Phase progress</source>
        <translation>Avancement de la phase</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="129"/>
        <source>Routine progress</source>
        <translation>Avancement de la routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="140"/>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="140"/>
        <source>Previous phase (Left, Page Up)</source>
        <translation>Phase précédente (Gauche, Page préc.)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="141"/>
        <location filename="../ui/player_view.py" line="272"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="141"/>
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="142"/>
        <source>Skip ▶</source>
        <translation>Passer ▶</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="142"/>
        <source>Next phase (Right, Page Down)</source>
        <translation>Phase suivante (Droite, Page suiv.)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="143"/>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="143"/>
        <source>Start the routine again (R)</source>
        <translation>Recommencer la routine (R)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="144"/>
        <location filename="../ui/player_view.py" line="178"/>
        <source>Floor mode</source>
        <translation>Mode tapis</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="144"/>
        <source>Full screen, readable from the mat (F, F11)</source>
        <translation>Plein écran, lisible depuis le tapis (F, F11)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="146"/>
        <location filename="../ui/player_view.py" line="182"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="146"/>
        <source>Sound cues on or off (M)</source>
        <translation>Signaux sonores activés ou non (M)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="147"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="147"/>
        <source>Leave this routine</source>
        <translation>Quitter cette routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="178"/>
        <source>Leave floor mode</source>
        <translation>Quitter le mode tapis</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="182"/>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="234"/>
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="237"/>
        <source>%1 side</source>
        <translation>Côté %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="98"/>
        <source>Time left in this phase</source>
        <translation>Temps restant dans cette phase</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="111"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="244"/>
        <source>Rep %1 of %2</source>
        <translation>Répétition %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="255"/>
        <source>Safety: %1</source>
        <translation>Sécurité : %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="266"/>
        <source>%1 left in the routine</source>
        <translation>Il reste %1 dans la routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="269"/>
        <source>Up next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="271"/>
        <source>Up next: finish</source>
        <translation>Ensuite : fin</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="272"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="301"/>
        <source>Warm up gently</source>
        <translation>Échauffez-vous doucement</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="303"/>
        <source>&lt;p&gt;March on the spot, roll your shoulders and circle your hips.&lt;/p&gt;&lt;p&gt;Warm muscles stretch further and more safely.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Marchez sur place, faites rouler vos épaules et des cercles avec le bassin.&lt;/p&gt;&lt;p&gt;Des muscles chauds s&apos;étirent mieux et sans risque.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="306"/>
        <source>Rest and breathe</source>
        <translation>Reposez-vous et respirez</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="307"/>
        <source>&lt;p&gt;Relax and breathe slowly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Détendez-vous et respirez lentement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="309"/>
        <source>Routine complete</source>
        <translation>Routine terminée</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../ui/progress_view.py" line="75"/>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="83"/>
        <location filename="../ui/progress_view.py" line="95"/>
        <source>Last sessions</source>
        <translation>Dernières séances</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="84"/>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="100"/>
        <source>mostly skipped — not counted</source>
        <translation>presque tout passé — non comptée</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="107"/>
        <source>%1-day streak</source>
        <translation>%1 jours d&apos;affilée</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="108"/>
        <source>No streak yet — today is a good day</source>
        <translation>Pas encore de série — aujourd&apos;hui est un bon jour</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="110"/>
        <source>This week: %1</source>
        <translation>Cette semaine : %1</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="112"/>
        <source>%1 minutes this week, %2 this month</source>
        <translation>%1 minutes cette semaine, %2 ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="99"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="101"/>
        <source>stopped early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="122"/>
        <source>No sessions yet.</source>
        <translation>Aucune séance pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../ui/home_view.py" line="55"/>
        <source>This file has a problem and cannot be started:
%1</source>
        <translation>Ce fichier a un problème et ne peut pas être lancé :
%1</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="58"/>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="59"/>
        <source>Open %1 to fix it</source>
        <translation>Ouvrir %1 pour le corriger</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="60"/>
        <source>Open it in your text editor; it is listed again once it is fixed</source>
        <translation>L&apos;ouvrir dans votre éditeur de texte ; la routine réapparaît dès qu&apos;il est corrigé</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="69"/>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="72"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="73"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="74"/>
        <source>Built-in routines stay as they are: your changes are saved as your own copy</source>
        <translation>Les routines fournies ne changent pas : vos modifications sont enregistrées dans votre propre copie</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="75"/>
        <source>Change the steps, durations or name</source>
        <translation>Modifier les étapes, les durées ou le nom</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="80"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="81"/>
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/schedule_dialog.py" line="42"/>
        <source>Reminders — Stretch Timer</source>
        <translation>Rappels — Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="45"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="47"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="49"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="58"/>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="61"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="61"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="61"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="61"/>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="61"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="62"/>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="62"/>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="75"/>
        <source>Routine to start</source>
        <translation>Routine à lancer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="76"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="82"/>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="83"/>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="84"/>
        <source>R&amp;outine:</source>
        <translation>R&amp;outine :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="87"/>
        <source>Start Stretch Timer in the tray when I log in</source>
        <translation>Lancer Stretch Timer dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="89"/>
        <source>Export to calendar…</source>
        <translation>Exporter vers l&apos;agenda…</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="118"/>
        <source> (off)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="120"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="154"/>
        <location filename="../ui/schedule_dialog.py" line="193"/>
        <source>Choose at least one day, or switch it off.</source>
        <translation>Choisissez au moins un jour, ou désactivez-le.</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="177"/>
        <source>Export reminders</source>
        <translation>Exporter les rappels</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="179"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="186"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="26"/>
        <source>Mute every sound cue</source>
        <translation>Couper tous les signaux sonores</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="27"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="28"/>
        <source>Spoken coaching</source>
        <translation>Coaching vocal</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="29"/>
        <source>Count the last three seconds aloud</source>
        <translation>Compter à voix haute les trois dernières secondes</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="30"/>
        <source>Speech rate</source>
        <translation>Débit de la voix</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="31"/>
        <source>Speech volume</source>
        <translation>Volume de la voix</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="32"/>
        <source>Start routines in floor mode (full screen)</source>
        <translation>Lancer les routines en mode au sol (plein écran)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="33"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="34"/>
        <source>Routine listed first</source>
        <translation>Routine affichée en premier</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="35"/>
        <source>Screen readers announce each new phase, exercise, side and length</source>
        <translation>Les lecteurs d&apos;écran annoncent chaque nouvelle phase, l&apos;exercice, le côté et la durée</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Reduce motion: one still picture a phase, no moving frames</source>
        <translation>Réduire les animations : une image fixe par phase</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="39"/>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="40"/>
        <source>Grace for missed reminders</source>
        <translation>Délai pour les rappels manqués</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="41"/>
        <source>Start in the tray when you log in</source>
        <translation>Démarrer dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="44"/>
        <source>Says each exercise, side and length after its tone, what comes next during a rest, halfway and the last seconds, in the language of the window</source>
        <translation>Dit chaque exercice, côté et durée après son signal, ce qui suit pendant le repos, la mi-parcours et les dernières secondes, dans la langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="47"/>
        <source>A reminder missed while the computer slept still comes when it is at most this late</source>
        <translation>Un rappel manqué pendant la veille de l&apos;ordinateur arrive quand même s&apos;il n&apos;a pas plus de retard que ce délai</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="50"/>
        <source>How long Snooze puts a reminder off</source>
        <translation>De combien de temps un rappel est repoussé quand vous le reportez</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="53"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="54"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="56"/>
        <location filename="../ui/settings_dialog.py" line="57"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="58"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="63"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="64"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>Only when no screen reader is running</source>
        <translation>Seulement sans lecteur d’écran</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="69"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="70"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="89"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../ui/look.py" line="42"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="44"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../ui/summary_view.py" line="36"/>
        <location filename="../ui/summary_view.py" line="72"/>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="49"/>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="51"/>
        <source>Do it again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="73"/>
        <source>You finished %1 in %2.</source>
        <translation>Vous avez terminé %1 en %2.</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="76"/>
        <source>Mostly skipped — not counted as done</source>
        <translation>Presque tout passé — non comptée comme faite</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="77"/>
        <source>You reached the end of %1, but held only %2 of its %3 of stretches.</source>
        <translation>Vous avez atteint la fin de %1, mais n’avez tenu que %2 sur ses %3 d’étirements.</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="80"/>
        <source>Exercises done:</source>
        <translation>Exercices faits :</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="81"/>
        <source>Partly done:</source>
        <translation>Faits en partie :</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="82"/>
        <source>Skipped:</source>
        <translation>Passés :</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="87"/>
        <source>Tried from the editor: not added to your history.</source>
        <translation>Essai depuis l’éditeur : non ajouté à votre historique.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/tray.py" line="159"/>
        <source>Stretch Timer</source>
        <translation>Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="161"/>
        <source>Stretch Timer — next reminder %1</source>
        <translation>Stretch Timer — prochain rappel %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="170"/>
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="174"/>
        <source>Open Stretch Timer</source>
        <translation>Ouvrir Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="175"/>
        <source>Snooze the reminder</source>
        <translation>Reporter le rappel</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="178"/>
        <source>No more reminders today</source>
        <translation>Plus de rappels aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="179"/>
        <source>Reminders…</source>
        <translation>Rappels…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="181"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../ui/voice_words.py" line="25"/>
        <source>%1. Let&apos;s begin.</source>
        <translation>%1. C’est parti.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="26"/>
        <source>Warm up, %1.</source>
        <translation>Échauffement, %1.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="27"/>
        <source>Get into position.</source>
        <translation>Mettez-vous en place.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="28"/>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="29"/>
        <source>%1, %2, as long as you like.</source>
        <translation>%1, %2, aussi longtemps que vous voulez.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="30"/>
        <source>%1, %2, %3 reps.</source>
        <translation>%1, %2, %3 répétitions.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="31"/>
        <source>Switch to the %1.</source>
        <translation>Passez au %1.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="32"/>
        <source>Rest.</source>
        <translation>Repos.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="33"/>
        <source>Next: %1, %2.</source>
        <translation>Ensuite : %1, %2.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="34"/>
        <source>Halfway.</source>
        <translation>À mi-parcours.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="35"/>
        <source>Breathe out, and go a little deeper.</source>
        <translation>Expirez, et allez un peu plus loin.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="37"/>
        <source>Well done. Routine complete.</source>
        <translation>Bravo, la routine est terminée.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="40"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="41"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="44"/>
        <source>one second</source>
        <translation>une seconde</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="45"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="46"/>
        <source>one minute</source>
        <translation>une minute</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="47"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="48"/>
        <source>one minute %1</source>
        <translation>une minute %1</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="49"/>
        <source>%1 minutes %2</source>
        <translation>%1 minutes %2</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="52"/>
        <source>%1 %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="53"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <location filename="../ui/progress_view.py" line="34"/>
        <source>Minutes stretched per week</source>
        <translation>Minutes d&apos;étirement par semaine</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="60"/>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="60"/>
        <source>%1 wk</source>
        <translation>%1 sem.</translation>
    </message>
</context>
</TS>
