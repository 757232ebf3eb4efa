<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/schedule_opener.py" line="19"/>
        <source>There is no system tray here: reminders only work while this window is open.</source>
        <translation>Il n’y a pas de zone de notification ici : les rappels ne fonctionnent que tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="82"/>
        <source>Stretch Timer is already running; it has taken the request.</source>
        <translation>Stretch Timer est déjà ouvert ; il a pris la demande en compte.</translation>
    </message>
    <message>
        <location filename="../ui/settings_keeper.py" line="39"/>
        <source>Settings could not be saved to %1: %2.</source>
        <translation>Les réglages n’ont pas pu être enregistrés dans %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/reminding.py" line="45"/>
        <source>Time for your %1.</source>
        <translation>C’est l’heure de votre %1.</translation>
    </message>
    <message>
        <location filename="../ui/reminding.py" line="48"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../ui/reminding.py" line="48"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../ui/reminding.py" line="62"/>
        <source>Click to start.</source>
        <translation>Cliquez pour commencer.</translation>
    </message>
    <message>
        <location filename="../ui/wiring.py" line="67"/>
        <source>Stretch Timer stays in the tray for your reminders. Quit from its menu.</source>
        <translation>Stretch Timer reste dans la zone de notification pour vos rappels. Quittez-le depuis son menu.</translation>
    </message>
    <message>
        <location filename="../ui/schedule_opener.py" line="45"/>
        <source>Reminders exported to %1: open it with your calendar app.</source>
        <translation>Rappels exportés dans %1 : ouvrez ce fichier avec votre agenda.</translation>
    </message>
    <message>
        <location filename="../ui/settings_keeper.py" line="54"/>
        <source>Could not change the start-at-login entry: %1</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session : %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_opener.py" line="34"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/settings_opener.py" line="50"/>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/voice.py" line="48"/>
        <source>Spoken coaching is off: %1. The tones still play.</source>
        <translation>Le coaching vocal est coupé : %1. Les sons continuent.</translation>
    </message>
</context>
<context>
    <name>Breath</name>
    <message>
        <location filename="../ui/breath_pacer.py" line="21"/>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <location filename="../ui/breath_pacer.py" line="21"/>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <location filename="../ui/breath_pacer.py" line="36"/>
        <source>Breath pacer</source>
        <translation>Rythme de la respiration</translation>
    </message>
    <message>
        <location filename="../ui/breath_pacer.py" line="38"/>
        <source>Fills as you breathe in, empties as you breathe out</source>
        <translation>Se remplit quand vous inspirez, se vide quand vous expirez</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../ui/checkin_row.py" line="19"/>
        <source>How tight was the right side?</source>
        <translation>Quelle raideur du côté droit ?</translation>
    </message>
    <message>
        <location filename="../ui/checkin_row.py" line="20"/>
        <source>How tight was the left side?</source>
        <translation>Quelle raideur du côté gauche ?</translation>
    </message>
    <message>
        <location filename="../ui/checkin_row.py" line="25"/>
        <source>Right side: %1 of 5, noted</source>
        <translation>Côté droit : %1 sur 5, noté</translation>
    </message>
    <message>
        <location filename="../ui/checkin_row.py" line="26"/>
        <source>Left side: %1 of 5, noted</source>
        <translation>Côté gauche : %1 sur 5, noté</translation>
    </message>
    <message>
        <location filename="../ui/checkin_row.py" line="32"/>
        <source>1 loose</source>
        <translation>1 souple</translation>
    </message>
    <message>
        <location filename="../ui/checkin_row.py" line="34"/>
        <source>5 very tight</source>
        <translation>5 très raide</translation>
    </message>
    <message>
        <location filename="../ui/checkin_row.py" line="53"/>
        <location filename="../ui/stiffness_row.py" line="58"/>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <location filename="../ui/stiffness_row.py" line="24"/>
        <source>How stiff is your back now, after the routine? 0 not stiff … 10 very stiff</source>
        <translation>Votre dos est-il raide maintenant, après la routine ? 0 pas raide … 10 très raide</translation>
    </message>
    <message>
        <location filename="../ui/stiffness_row.py" line="26"/>
        <source>How stiff is your back before you start? 0 not stiff … 10 very stiff</source>
        <translation>Votre dos est-il raide avant de commencer ? 0 pas raide … 10 très raide</translation>
    </message>
    <message>
        <location filename="../ui/stiffness_row.py" line="30"/>
        <source>Back stiffness: %1 of 10, noted</source>
        <translation>Raideur du dos : %1 sur 10, notée</translation>
    </message>
    <message>
        <location filename="../ui/stiffness_row.py" line="59"/>
        <source>Keys 1 then 0</source>
        <translation>Touches 1 puis 0</translation>
    </message>
    <message>
        <location filename="../ui/stiffness_row.py" line="61"/>
        <source>Back stiffness %1 of 10</source>
        <translation>Raideur du dos %1 sur 10</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli.py" line="60"/>
        <source>%1 guides you through stretch routines. With no command it opens the window.</source>
        <translation>%1 vous guide dans vos routines d’étirement. Sans commande, il ouvre la fenêtre.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="66"/>
        <source>start hidden in the system tray, for the evening reminders</source>
        <translation>démarrer caché dans la zone de notification, pour les rappels du soir</translation>
    </message>
    <message>
        <location filename="../cli.py" line="69"/>
        <source>add Stretch Timer to your applications menu (under ~/.local/share)</source>
        <translation>ajouter Stretch Timer au menu des applications (sous ~/.local/share)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="72"/>
        <source>remove the menu entry, icons and metainfo again</source>
        <translation>retirer l’entrée de menu, les icônes et les métadonnées</translation>
    </message>
    <message>
        <location filename="../cli.py" line="74"/>
        <source>list built-in and your routines with their durations</source>
        <translation>lister les routines fournies et les vôtres, avec leur durée</translation>
    </message>
    <message>
        <location filename="../cli.py" line="76"/>
        <source>check routine files; exit 0 when all are valid, 1 otherwise</source>
        <translation>vérifier des fichiers de routine ; code de sortie 0 s’ils sont tous corrects, 1 sinon</translation>
    </message>
    <message>
        <location filename="../cli.py" line="79"/>
        <source>recent sessions and the current streak</source>
        <translation>les séances récentes et la série en cours</translation>
    </message>
    <message>
        <location filename="../cli.py" line="80"/>
        <source>print every session as CSV</source>
        <translation>afficher toutes les séances au format CSV</translation>
    </message>
    <message>
        <location filename="../cli.py" line="82"/>
        <source>evening reminders: add, list or remove them</source>
        <translation>rappels du soir : les ajouter, les lister ou les supprimer</translation>
    </message>
    <message>
        <location filename="../cli.py" line="84"/>
        <source>remind at HH:MM on some weekdays to do a routine</source>
        <translation>rappeler à HH:MM certains jours de faire une routine</translation>
    </message>
    <message>
        <location filename="../cli.py" line="88"/>
        <source>comma-separated weekdays, e.g. mon,wed,fri (default: every day)</source>
        <translation>jours de la semaine séparés par des virgules, en anglais, p. ex. mon,wed,fri (par défaut : tous les jours)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="89"/>
        <source>the routine it starts</source>
        <translation>la routine qu’il lance</translation>
    </message>
    <message>
        <location filename="../cli.py" line="90"/>
        <source>the reminders, with when each is next due</source>
        <translation>les rappels, avec la date de chacun</translation>
    </message>
    <message>
        <location filename="../cli.py" line="91"/>
        <source>remove a reminder by its id</source>
        <translation>supprimer un rappel par son numéro</translation>
    </message>
    <message>
        <location filename="../cli.py" line="93"/>
        <source>desk breaks after long sitting</source>
        <translation>pauses bureau après une longue période assise</translation>
    </message>
    <message>
        <location filename="../cli.py" line="95"/>
        <source>activity so far, the next desk break and why none is due (from the running app)</source>
        <translation>activité jusqu’ici, prochaine pause bureau et pourquoi aucune n’est due (d’après l’application lancée)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="97"/>
        <source>open the window and start a routine</source>
        <translation>ouvrir la fenêtre et lancer une routine</translation>
    </message>
    <message>
        <location filename="../cli.py" line="99"/>
        <source>a routine&apos;s name or a routine file</source>
        <translation>le nom d’une routine ou un fichier de routine</translation>
    </message>
    <message>
        <location filename="../cli.py" line="101"/>
        <source>open the routine editor on a routine, or on a new one</source>
        <translation>ouvrir l’éditeur sur une routine, ou sur une nouvelle</translation>
    </message>
    <message>
        <location filename="../cli.py" line="103"/>
        <source>a routine&apos;s name or a routine file; none starts a new routine</source>
        <translation>le nom d’une routine ou un fichier de routine ; sans rien, une nouvelle routine</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="31"/>
        <source>error:</source>
        <translation>erreur :</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="52"/>
        <source>Built-in routines</source>
        <translation>Routines fournies</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="56"/>
        <source>Your routines (%1)</source>
        <translation>Vos routines (%1)</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="58"/>
        <source>none yet: build one in the editor, or put routine files (*.yaml) in that folder</source>
        <translation>aucune pour l’instant : composez-en une dans l’éditeur, ou placez des fichiers de routine (*.yaml) dans ce dossier</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="63"/>
        <source>Exercises (a routine file names them by the id on the left)</source>
        <translation>Exercices (un fichier de routine les désigne par l’identifiant de gauche)</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="64"/>
        <source>moving</source>
        <translation>en mouvement</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="64"/>
        <source>held</source>
        <translation>maintenu</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="65"/>
        <source>foam roller</source>
        <translation>rouleau</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="69"/>
        <source>%1 repetitions</source>
        <translation>%1 répétitions</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="71"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="72"/>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="91"/>
        <source>%1: ok</source>
        <translation>%1 : correct</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="93"/>
        <source>%1: ok (1 warning)</source>
        <translation>%1 : correct (1 avertissement)</translation>
    </message>
    <message>
        <location filename="../commands/routines.py" line="95"/>
        <source>%1: ok (%2 warnings)</source>
        <translation>%1 : correct (%2 avertissements)</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="39"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="39"/>
        <source>weekdays</source>
        <translation>en semaine</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="40"/>
        <source>weekends</source>
        <translation>le week-end</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="58"/>
        <source>Added reminder %1: %2 %3, %4</source>
        <translation>Rappel %1 ajouté : %2 %3, %4</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="63"/>
        <source>Removed reminder %1</source>
        <translation>Rappel %1 supprimé</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="68"/>
        <source>No reminders yet: add one with &apos;stretchtimer remind add 21:30&apos;.</source>
        <translation>Aucun rappel pour l’instant : ajoutez-en un avec « stretchtimer remind add 21:30 ».</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="75"/>
        <source>next %1</source>
        <translation>prochain %1</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="76"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../commands/remind.py" line="78"/>
        <source>skipped today (a routine is done), %1</source>
        <translation>sauté aujourd’hui (une routine est faite), %1</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="65"/>
        <source>Current streak: 1 day</source>
        <translation>Série en cours : 1 jour</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="66"/>
        <source>Current streak: %1 days</source>
        <translation>Série en cours : %1 jours</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="70"/>
        <source>This week: %1</source>
        <translation>Cette semaine : %1</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="71"/>
        <source>Minutes stretched: %1 this week, %2 this month</source>
        <translation>Minutes d’étirement : %1 cette semaine, %2 ce mois-ci</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="75"/>
        <source>No sessions yet: start a routine with &apos;stretchtimer run &quot;Evening routine&quot;&apos;.</source>
        <translation>Aucune séance pour l’instant : lancez une routine avec « stretchtimer run &quot;Evening routine&quot; ».</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="78"/>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="82"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="83"/>
        <source>mostly skipped — not counted</source>
        <translation>presque tout passé — non comptée</translation>
    </message>
    <message>
        <location filename="../commands/history.py" line="84"/>
        <source>stopped early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
</context>
<context>
    <name>DeskBreakService</name>
    <message>
        <location filename="../ui/desk_breaks.py" line="129"/>
        <source>You have been at the computer for %1 min. Time for a short desk break?</source>
        <translation>Vous êtes devant l’ordinateur depuis %1 min. Une courte pause bureau ?</translation>
    </message>
    <message>
        <location filename="../ui/desk_breaks.py" line="131"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../ui/desk_breaks.py" line="132"/>
        <source>Snooze %1 min</source>
        <translation>Reporter de %1 min</translation>
    </message>
    <message>
        <location filename="../ui/desk_breaks.py" line="136"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../ui/desk_breaks.py" line="139"/>
        <location filename="../ui/desk_breaks.py" line="143"/>
        <source>Desk break</source>
        <translation>Pause bureau</translation>
    </message>
</context>
<context>
    <name>DeskBreaks</name>
    <message>
        <location filename="../desk_status.py" line="24"/>
        <source>desk breaks are off; turn them on in Settings</source>
        <translation>les pauses bureau sont désactivées ; activez-les dans les Paramètres</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="25"/>
        <source>this desktop does not tell how long it has been idle, so desk breaks are unavailable</source>
        <translation>ce bureau n’indique pas depuis combien de temps il est inactif, les pauses bureau ne sont donc pas disponibles</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="27"/>
        <source>a routine is running</source>
        <translation>une routine est en cours</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="28"/>
        <source>today is not one of your desk-break days</source>
        <translation>aujourd’hui ne fait pas partie de vos jours de pause bureau</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="29"/>
        <source>it is outside your desk-break hours (%1 h to %2 h)</source>
        <translation>vous êtes en dehors de vos heures de pause bureau (de %1 h à %2 h)</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="30"/>
        <source>you are on a break now</source>
        <translation>vous êtes en pause en ce moment</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="31"/>
        <source>you have not been at the computer for %1 min yet</source>
        <translation>vous n’êtes pas encore devant l’ordinateur depuis %1 min</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="32"/>
        <source>the desk break is snoozed</source>
        <translation>la pause bureau est reportée</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="33"/>
        <source>a desk break is shown and waits for your answer</source>
        <translation>une pause bureau est affichée et attend votre réponse</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="34"/>
        <source>a full-screen window is open</source>
        <translation>une fenêtre est en plein écran</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="35"/>
        <source>a presentation, call or video asks not to be disturbed</source>
        <translation>une présentation, un appel ou une vidéo demande à ne pas être dérangé</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="36"/>
        <source>Do Not Disturb is on</source>
        <translation>le mode Ne pas déranger est activé</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="95"/>
        <source>Stretch Timer is not running, so no desk breaks are suggested; start it with &apos;stretchtimer --tray&apos;.</source>
        <translation>Stretch Timer n’est pas lancé, aucune pause bureau n’est donc proposée ; lancez-le avec « stretchtimer --tray ».</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="98"/>
        <source>Desk breaks: %1.</source>
        <translation>Pauses bureau : %1.</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="99"/>
        <source>Desk breaks: on (idle time from %1)</source>
        <translation>Pauses bureau : activées (temps d’inactivité fourni par %1)</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="101"/>
        <source>Activity since the last break: %1 min</source>
        <translation>Activité depuis la dernière pause : %1 min</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="105"/>
        <source>Next desk break: %1, if you keep working</source>
        <translation>Prochaine pause bureau : %1, si vous continuez à travailler</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="109"/>
        <source>None is due now: %1.</source>
        <translation>Aucune n’est due pour l’instant : %1.</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="111"/>
        <source>A desk break is due now.</source>
        <translation>Une pause bureau est due maintenant.</translation>
    </message>
    <message>
        <location filename="../desk_status.py" line="112"/>
        <source>Today: %1 started, %2 snoozed, %3 skipped</source>
        <translation>Aujourd’hui : %1 commencée(s), %2 reportée(s), %3 passée(s)</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../ui/editing.py" line="93"/>
        <source>%1 (my copy)</source>
        <translation>%1 (ma version)</translation>
    </message>
    <message>
        <location filename="../ui/editing.py" line="97"/>
        <source>Built-in routines stay as they are: saving makes this copy your own routine.</source>
        <translation>Les routines fournies ne changent pas : en enregistrant, cette copie devient votre propre routine.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../ui/editor/window.py" line="116"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="71"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="75"/>
        <source>Search by name, muscle or equipment</source>
        <translation>Chercher par nom, muscle ou matériel</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="76"/>
        <source>Search exercises</source>
        <translation>Chercher des exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="80"/>
        <source>Kind of exercise</source>
        <translation>Type d’exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="81"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="35"/>
        <source>Moving</source>
        <translation>En mouvement</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="35"/>
        <source>Held</source>
        <translation>Maintenu</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="36"/>
        <source>Foam roller</source>
        <translation>Rouleau</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="82"/>
        <source>Target muscle</source>
        <translation>Muscle ciblé</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="83"/>
        <source>All muscles</source>
        <translation>Tous les muscles</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="85"/>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="86"/>
        <source>Any equipment</source>
        <translation>Tout matériel</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="113"/>
        <source>Exercise library</source>
        <translation>Bibliothèque d’exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="120"/>
        <source>Double-click, press Enter or drag to add to the routine</source>
        <translation>Double-cliquez, appuyez sur Entrée ou faites glisser pour l’ajouter à la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="95"/>
        <source>Add to routine</source>
        <translation>Ajouter à la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/library_panel.py" line="97"/>
        <source>Add the chosen exercise after the current step (Enter)</source>
        <translation>Ajouter l’exercice choisi après l’étape en cours (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="92"/>
        <location filename="../ui/editor/window.py" line="157"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="40"/>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="151"/>
        <location filename="../ui/editor/files.py" line="168"/>
        <location filename="../ui/editor/files.py" line="175"/>
        <location filename="../ui/editor/files.py" line="181"/>
        <location filename="../ui/editor/files.py" line="194"/>
        <location filename="../ui/editor/routine_form.py" line="43"/>
        <source>Rename routine</source>
        <translation>Renommer la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="46"/>
        <location filename="../ui/editor/routine_form.py" line="59"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="52"/>
        <source>Change description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="78"/>
        <location filename="../ui/editor/step_form.py" line="65"/>
        <location filename="../ui/editor/step_form.py" line="138"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="79"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="81"/>
        <source>A free minute or two of gentle movement before the first exercise</source>
        <translation>Une minute ou deux de mouvements doux, libres, avant le premier exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="86"/>
        <source>Meant for after exercise (muscles already warm)</source>
        <translation>Prévue après l’effort (muscles déjà chauds)</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="92"/>
        <source>Each exercise&apos;s own</source>
        <translation>Celui de chaque exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="113"/>
        <source>Holds grow as you keep going</source>
        <translation>Les maintiens s’allongent au fil des séances</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="118"/>
        <source> sessions</source>
        <translation> séances</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="122"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="123"/>
        <source>after every</source>
        <translation>toutes les</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="124"/>
        <source>up to</source>
        <translation>jusqu’à</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="141"/>
        <source>Change how holds grow</source>
        <translation>Modifier l’allongement des maintiens</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="155"/>
        <source>Now: step %1, holds %2 s longer after %3 completed sessions; never past %4 s</source>
        <translation>En ce moment : palier %1, maintiens plus longs de %2 s après %3 séances terminées ; jamais plus de %4 s</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="84"/>
        <source>Change warm-up</source>
        <translation>Modifier l’échauffement</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="89"/>
        <source>Change when the routine is meant for</source>
        <translation>Modifier le moment prévu pour la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="99"/>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="100"/>
        <location filename="../ui/editor/step_form.py" line="62"/>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="101"/>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="102"/>
        <source>Rest between exercises</source>
        <translation>Repos entre les exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="76"/>
        <source>Durations for every step</source>
        <translation>Durées pour toutes les étapes</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="82"/>
        <location filename="../ui/editor/routine_form.py" line="98"/>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_lists.py" line="73"/>
        <source>Steps of the routine</source>
        <translation>Étapes de la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_lists.py" line="77"/>
        <source>Drag to reorder, or Alt+Up and Alt+Down</source>
        <translation>Faites glisser pour réordonner, ou Alt+Haut et Alt+Bas</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="167"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="168"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="169"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="170"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="52"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="63"/>
        <source>Count repetitions</source>
        <translation>Compter les répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="64"/>
        <source>Hold or repetitions</source>
        <translation>Maintien ou répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="68"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="69"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="70"/>
        <source>Seconds per repetition</source>
        <translation>Secondes par répétition</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="72"/>
        <location filename="../ui/editor/step_form.py" line="100"/>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="73"/>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="74"/>
        <source>Left side only</source>
        <translation>Côté gauche seulement</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="75"/>
        <source>Right side only</source>
        <translation>Côté droit seulement</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="79"/>
        <source>Rest after this step</source>
        <translation>Repos après cette étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="98"/>
        <source>Do</source>
        <translation>Faire</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="99"/>
        <source>Tempo</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="101"/>
        <source>Rest after</source>
        <translation>Repos après</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="85"/>
        <source>Change tempo</source>
        <translation>Modifier le rythme</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="87"/>
        <source>Change sides</source>
        <translation>Modifier les côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="89"/>
        <source>Change rest</source>
        <translation>Modifier le repos</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="57"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="33"/>
        <source>&amp;New routine</source>
        <translation>&amp;Nouvelle routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="35"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="37"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="38"/>
        <source>&amp;Duplicate routine</source>
        <translation>&amp;Dupliquer la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="39"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="40"/>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="41"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="42"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="44"/>
        <source>&amp;Try it</source>
        <translation>Es&amp;sayer</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="45"/>
        <source>&amp;Find exercise</source>
        <translation>&amp;Chercher un exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="66"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="68"/>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="48"/>
        <source>Move step &amp;up</source>
        <translation>&amp;Monter l’étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="50"/>
        <source>Move step &amp;down</source>
        <translation>&amp;Descendre l’étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="52"/>
        <source>Du&amp;plicate step</source>
        <translation>Du&amp;pliquer l’étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="54"/>
        <source>Re&amp;move step</source>
        <translation>Re&amp;tirer l’étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="80"/>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/actions.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="237"/>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="239"/>
        <source>Add exercises from the library on the left.</source>
        <translation>Ajoutez des exercices depuis la bibliothèque, à gauche.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="108"/>
        <source>As the routine (%1 s)</source>
        <translation>Comme la routine (%1 s)</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_lists.py" line="48"/>
        <source>%1 repetitions</source>
        <translation>%1 répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_lists.py" line="50"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_lists.py" line="52"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_lists.py" line="53"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_lists.py" line="54"/>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_lists.py" line="57"/>
        <source>rest %1 s</source>
        <translation>repos %1 s</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="112"/>
        <source>No step chosen</source>
        <translation>Aucune étape choisie</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="127"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="133"/>
        <source> repetitions</source>
        <translation> répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="140"/>
        <location filename="../ui/editor/step_form.py" line="144"/>
        <source>Default (%1 s)</source>
        <translation>Par défaut (%1 s)</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="150"/>
        <source>This exercise is not done per side</source>
        <translation>Cet exercice ne se fait pas côté par côté</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="187"/>
        <source>Hold or count</source>
        <translation>Maintien ou comptage</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="192"/>
        <source>Change repetitions</source>
        <translation>Modifier les répétitions</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="194"/>
        <source>Change hold</source>
        <translation>Modifier le maintien</translation>
    </message>
    <message>
        <location filename="../ui/editor/routine_form.py" line="166"/>
        <source>Change durations</source>
        <translation>Modifier les durées</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="303"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="310"/>
        <source>Move step</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="320"/>
        <source>Duplicate step</source>
        <translation>Dupliquer l’étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="327"/>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="77"/>
        <source>Another routine is already called “%1”; choose another name.</source>
        <translation>Une autre routine s’appelle déjà « %1 » ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="23"/>
        <source>%1 is a held stretch before any warm-up: start with a moving exercise or the foam roller, add a warm-up, or tick “Meant for after exercise”.</source>
        <translation>%1 est un étirement maintenu avant tout échauffement : commencez par un exercice en mouvement ou le rouleau, ajoutez un échauffement, ou cochez « Prévue après l’effort ».</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="26"/>
        <source>A %1 s hold of %2 is short: hold a stretch for 15 to 60 s.</source>
        <translation>Un maintien de %1 s pour « %2 » est court : tenez un étirement de 15 à 60 s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="27"/>
        <source>A %1 s hold of %2 is long: 15 to 60 s is enough; repeat it instead.</source>
        <translation>Un maintien de %1 s pour « %2 » est long : 15 à 60 s suffisent ; répétez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="29"/>
        <source>%1 is only done on one side: add the other side too.</source>
        <translation>« %1 » n’est fait que d’un côté : ajoutez aussi l’autre côté.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="30"/>
        <source>%1 minutes without any rest: give a few seconds of rest between exercises.</source>
        <translation>%1 minutes sans aucun repos : prévoyez quelques secondes de repos entre les exercices.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="37"/>
        <location filename="../ui/editor/checks.py" line="61"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="43"/>
        <source>Give the routine a name.</source>
        <translation>Donnez un nom à la routine.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="44"/>
        <source>Keep the name under %1 characters.</source>
        <translation>Le nom doit faire moins de %1 caractères.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="50"/>
        <source>The description is %1 characters long; keep it under %2.</source>
        <translation>La description fait %1 caractères ; elle doit en faire moins de %2.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="58"/>
        <source>Add at least one exercise: double-click one in the library, or drag it here.</source>
        <translation>Ajoutez au moins un exercice : double-cliquez sur l’un d’eux dans la bibliothèque, ou faites-le glisser ici.</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="71"/>
        <source>Total %1 · %2</source>
        <translation>Total %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="70"/>
        <source>Not ready yet</source>
        <translation>Pas encore prête</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="80"/>
        <source>Advice (the routine works without it):</source>
        <translation>Conseils (la routine fonctionne sans les suivre) :</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="295"/>
        <location filename="../ui/editor/window.py" line="357"/>
        <source>Untitled routine</source>
        <translation>Routine sans nom</translation>
    </message>
    <message>
        <location filename="../ui/editor/window.py" line="359"/>
        <source>%1[*] — Edit routine — %2</source>
        <translation>%1[*] — Modifier la routine — %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="85"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="85"/>
        <source>The routine could not be saved to %1: %2. Nothing on disk was changed.</source>
        <translation>La routine n’a pas pu être enregistrée dans %1 : %2. Rien n’a été modifié sur le disque.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="108"/>
        <source>Changed on disk</source>
        <translation>Modifiée sur le disque</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="109"/>
        <source>%1 was changed by another program since it was opened here. Save your version as a new routine, or replace that file?</source>
        <translation>%1 a été modifié par un autre programme depuis son ouverture ici. Enregistrer votre version comme nouvelle routine, ou remplacer ce fichier ?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="112"/>
        <source>Save as new routine</source>
        <translation>Enregistrer comme nouvelle routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="112"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="113"/>
        <location filename="../ui/editor/files.py" line="297"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="132"/>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="138"/>
        <location filename="../ui/editor/files.py" line="145"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="139"/>
        <source>Name of the new routine:</source>
        <translation>Nom de la nouvelle routine :</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="160"/>
        <source>Saved a copy as “%1”; you are now editing the copy.</source>
        <translation>Copie enregistrée sous « %1 » ; c’est maintenant la copie que vous modifiez.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="169"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="197"/>
        <source>Renamed to “%1”</source>
        <translation>Renommée en « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="209"/>
        <source>Delete routine?</source>
        <translation>Supprimer la routine ?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="210"/>
        <source>Delete “%1”? It goes to the trash folder and can be brought back.</source>
        <translation>Supprimer « %1 » ? Elle part dans le dossier corbeille et pourra être récupérée.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="212"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="212"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="217"/>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="223"/>
        <source>Deleted “%1”; it was moved to %2.</source>
        <translation>« %1 » supprimée ; elle a été déplacée dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="236"/>
        <source>Could not bring it back</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="244"/>
        <source>Brought back to %1</source>
        <translation>Récupérée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="250"/>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="251"/>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Fichiers de routine (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="257"/>
        <location filename="../ui/editor/files.py" line="262"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="257"/>
        <source>%1 is not a routine Stretch Timer can use:
%2</source>
        <translation>%1 n’est pas une routine utilisable par Stretch Timer :
%2</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="265"/>
        <source>Imported into %1.</source>
        <translation>Importée dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="267"/>
        <source>A routine called “%1” already existed, so this one is “%2”.</source>
        <translation>Une routine « %1 » existait déjà ; celle-ci s’appelle donc « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="275"/>
        <source>Export routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="277"/>
        <source>Routine files (*.yaml)</source>
        <translation>Fichiers de routine (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="283"/>
        <source>Could not export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="286"/>
        <source>Exported to %1</source>
        <translation>Exportée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="293"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="294"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>« %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="296"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="296"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/recording.py" line="28"/>
        <source>another program is using it</source>
        <translation>un autre programme l’utilise</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="29"/>
        <source>it or its folder cannot be written</source>
        <translation>impossible d’écrire dans ce fichier ou son dossier</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="30"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="40"/>
        <source>Your history file could not be read: it was kept as %1 and a new history was started.</source>
        <translation>Votre fichier d’historique n’a pas pu être lu : il a été conservé sous %1 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="43"/>
        <source>Your history %1 was written by a newer Stretch Timer: it is left as it is, and sessions done here cannot be added to it.</source>
        <translation>Votre historique %1 a été écrit par une version plus récente de Stretch Timer : il est laissé tel quel, et les séances faites ici ne peuvent pas y être ajoutées.</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="47"/>
        <source>Sessions that waited are now saved to your history (%1).</source>
        <translation>Les séances en attente sont maintenant enregistrées dans votre historique (%1).</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="49"/>
        <source>Your history %1 cannot be written now: %2. Your sessions are kept and saved after your next session or when you quit.</source>
        <translation>Votre historique %1 ne peut pas être écrit pour l’instant : %2. Vos séances sont gardées et seront enregistrées après votre prochaine séance ou quand vous quitterez.</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="150"/>
        <source>stretchtimer: %1 session(s) could not be saved to %2; they are kept in %3 and saved at the next start.</source>
        <translation>stretchtimer : %1 séance(s) n’ont pas pu être enregistrées dans %2 ; elles sont gardées dans %3 et seront enregistrées au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/recording.py" line="155"/>
        <source>stretchtimer: %1 session(s) could not be saved to %2.</source>
        <translation>stretchtimer : %1 séance(s) n’ont pas pu être enregistrées dans %2.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../ui/look.py" line="51"/>
        <location filename="../commands/routines.py" line="24"/>
        <source>1 exercise</source>
        <translation>1 exercice</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="52"/>
        <location filename="../commands/routines.py" line="25"/>
        <source>%1 exercises</source>
        <translation>%1 exercices</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../ui/home_view.py" line="218"/>
        <source>Choose a routine</source>
        <translation>Choisissez une routine</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="226"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="227"/>
        <source>Your streak and the sessions you have done</source>
        <translation>Votre série de jours et vos séances</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="223"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="224"/>
        <source>Evening reminders from the tray</source>
        <translation>Rappels du soir depuis la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="220"/>
        <location filename="../ui/home_view.py" line="252"/>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="205"/>
        <source>Your routines</source>
        <translation>Vos routines</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="221"/>
        <source>Build your own routine in the editor (Ctrl+N)</source>
        <translation>Composez votre propre routine dans l’éditeur (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="229"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="230"/>
        <source>Sound, language, reminders and more (Ctrl+,)</source>
        <translation>Son, langue, rappels et plus (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="248"/>
        <source>Make a routine of your own</source>
        <translation>Composez votre propre routine</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="250"/>
        <source>Pick exercises from the library and set how long to hold each, or press Edit on a routine above to start from a copy of it.</source>
        <translation>Choisissez des exercices dans la bibliothèque et réglez la durée de chacun, ou appuyez sur Modifier sur une routine ci-dessus pour partir d’une copie.</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="253"/>
        <source>Create a new routine</source>
        <translation>Créer une nouvelle routine</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="276"/>
        <source>✓ Done today</source>
        <translation>✓ Fait aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/home_view.py" line="278"/>
        <source>%n-day streak: stretch today to keep it</source>
        <translation>
            <numerusform>Série de %n jour : étirez-vous aujourd’hui pour la garder</numerusform>
            <numerusform>Série de %n jours : étirez-vous aujourd’hui pour la garder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="280"/>
        <source>Pick a routine and press Start</source>
        <translation>Choisissez une routine et appuyez sur Commencer</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="282"/>
        <source>%1 days in a row</source>
        <translation>%1 jours d’affilée</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="284"/>
        <source>Next reminder %1</source>
        <translation>Prochain rappel %1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../ui/keys.py" line="43"/>
        <source>Pause or resume; on an open hold, go on to the next phase</source>
        <translation>Mettre en pause ou reprendre ; sur un maintien libre, passer à la phase suivante</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="45"/>
        <source>Pause or resume the routine</source>
        <translation>Mettre la routine en pause ou la reprendre</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="47"/>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="49"/>
        <source>Previous phase, or the start of this one</source>
        <translation>Phase précédente, ou début de celle-ci</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="50"/>
        <source>Start the routine again</source>
        <translation>Recommencer la routine</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="52"/>
        <source>10 s more for this phase</source>
        <translation>10 s de plus pour cette phase</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="54"/>
        <source>10 s less for this phase</source>
        <translation>10 s de moins pour cette phase</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="56"/>
        <source>After a side: how tight it felt, 1 loose to 5 very tight</source>
        <translation>Après un côté : sa raideur, de 1 souple à 5 très raide</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="59"/>
        <source>Before and after a routine, when asked: how stiff your back is, 0 not stiff to 10 (1 then 0)</source>
        <translation>Avant et après une routine, si c’est demandé : la raideur du dos, de 0 pas raide à 10 (1 puis 0)</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="61"/>
        <source>Floor mode on or off</source>
        <translation>Mode tapis activé ou non</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="62"/>
        <source>Sound cues on or off</source>
        <translation>Signaux sonores activés ou non</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="64"/>
        <source>Leave floor mode; after a routine, back to the routines</source>
        <translation>Quitter le mode tapis ; après une routine, revenir aux routines</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="65"/>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="67"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="68"/>
        <source>This list of keys</source>
        <translation>Cette liste de touches</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="69"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="97"/>
        <source>Keypad %1</source>
        <translation>Pavé numérique %1</translation>
    </message>
    <message>
        <location filename="../ui/keys.py" line="108"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="265"/>
        <source>Leave the routine?</source>
        <translation>Quitter la routine ?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="266"/>
        <source>The routine is not finished. Leave it anyway?</source>
        <translation>La routine n’est pas terminée. La quitter quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="267"/>
        <source>Leave routine</source>
        <translation>Quitter la routine</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="267"/>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="61"/>
        <source>Done — %1</source>
        <translation>Terminé — %1</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="22"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="22"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="27"/>
        <source>%1 repetitions</source>
        <translation>%1 répétitions</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="29"/>
        <source>until you move on</source>
        <translation>jusqu’à ce que vous passiez à la suite</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="31"/>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="33"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="62"/>
        <source>Not counted — %1</source>
        <translation>Non comptée — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="317"/>
        <source>The routine was paused because the computer slept. Press Space to go on.</source>
        <translation>La routine a été mise en pause pendant la veille de l’ordinateur. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location filename="../ui/window_words.py" line="50"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/message_bar.py" line="24"/>
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
    <name>Player</name>
    <message>
        <location filename="../ui/player_words.py" line="28"/>
        <source>March on the spot, roll your shoulders and circle your hips.</source>
        <translation>Marchez sur place, faites rouler vos épaules et des cercles avec le bassin.</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="34"/>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="36"/>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="43"/>
        <source>Right side now</source>
        <translation>Côté droit maintenant</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="45"/>
        <source>Left side now</source>
        <translation>Côté gauche maintenant</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="46"/>
        <source>Other side now</source>
        <translation>Autre côté maintenant</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="50"/>
        <source>Next: %1 — get into position</source>
        <translation>Ensuite : %1 — mettez-vous en position</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="60"/>
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="65"/>
        <source>Relax and breathe slowly.</source>
        <translation>Détendez-vous et respirez lentement.</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="79"/>
        <source>Up next: finish</source>
        <translation>Ensuite : fin</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="81"/>
        <source>Up next: Rest</source>
        <translation>Ensuite : repos</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="84"/>
        <source>Up next: Switch to the right side</source>
        <translation>Ensuite : passez au côté droit</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="86"/>
        <source>Up next: Switch to the left side</source>
        <translation>Ensuite : passez au côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="87"/>
        <source>Up next: Switch sides</source>
        <translation>Ensuite : changez de côté</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="92"/>
        <source>Up next: %1, right side</source>
        <translation>Ensuite : %1, côté droit</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="94"/>
        <source>Up next: %1, left side</source>
        <translation>Ensuite : %1, côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="95"/>
        <location filename="../ui/player_words.py" line="97"/>
        <source>Up next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="112"/>
        <source>Exercise %1 of %2</source>
        <translation>Exercice %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/player_words.py" line="120"/>
        <source>Rep %1 of %2</source>
        <translation>Répétition %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/coaching.py" line="70"/>
        <source>Breathe out — go a little deeper</source>
        <translation>Expirez — allez un peu plus loin</translation>
    </message>
    <message>
        <location filename="../ui/coaching.py" line="83"/>
        <source>Hold grown by %1 s as you keep going</source>
        <translation>Maintien allongé de %1 s au fil de vos séances</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../ui/player_view.py" line="93"/>
        <source>Phase progress</source>
        <translation>Avancement de la phase</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="125"/>
        <source>Routine progress</source>
        <translation>Avancement de la routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="167"/>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="167"/>
        <source>Previous phase (Left, Page Up)</source>
        <translation>Phase précédente (Gauche, Page préc.)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="168"/>
        <location filename="../ui/player_view.py" line="358"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="168"/>
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="169"/>
        <source>Skip ▶</source>
        <translation>Passer ▶</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="169"/>
        <source>Next phase (Right, Page Down)</source>
        <translation>Phase suivante (Droite, Page suiv.)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="170"/>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="170"/>
        <source>10 seconds less of this hold</source>
        <translation>10 secondes de maintien en moins</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="171"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="171"/>
        <source>10 seconds more of this hold</source>
        <translation>10 secondes de maintien en plus</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="172"/>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="172"/>
        <source>Start the routine again (R)</source>
        <translation>Recommencer la routine (R)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="173"/>
        <location filename="../ui/player_view.py" line="201"/>
        <source>Floor mode</source>
        <translation>Mode tapis</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="173"/>
        <source>Full screen, readable from the mat (F, F11)</source>
        <translation>Plein écran, lisible depuis le tapis (F, F11)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="175"/>
        <location filename="../ui/player_view.py" line="205"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="175"/>
        <location filename="../ui/player_view.py" line="218"/>
        <source>Sound cues on or off (M)</source>
        <translation>Signaux sonores activés ou non (M)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="176"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="176"/>
        <source>Leave this routine</source>
        <translation>Quitter cette routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="201"/>
        <source>Leave floor mode</source>
        <translation>Quitter le mode tapis</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="205"/>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="210"/>
        <source>No sound output — cues are shown on screen only</source>
        <translation>Pas de sortie son — les signaux s’affichent seulement à l’écran</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="219"/>
        <source>Sound is unavailable: no sound output was found</source>
        <translation>Son indisponible : aucune sortie son n’a été trouvée</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="310"/>
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="405"/>
        <source>&lt;p&gt;Warm muscles stretch further and more safely.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Des muscles chauds s’étirent mieux et sans risque.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="88"/>
        <source>Time left in this phase</source>
        <translation>Temps restant dans cette phase</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="99"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="342"/>
        <source>Safety: %1</source>
        <translation>Sécurité : %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="355"/>
        <source>%1 left in the routine</source>
        <translation>Il reste %1 dans la routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="358"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="403"/>
        <location filename="../ui/player_view.py" line="407"/>
        <source>Warm up gently</source>
        <translation>Échauffez-vous doucement</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="410"/>
        <source>Rest and breathe</source>
        <translation>Reposez-vous et respirez</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="411"/>
        <source>&lt;p&gt;Relax and breathe slowly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Détendez-vous et respirez lentement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="413"/>
        <source>Routine complete</source>
        <translation>Routine terminée</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../core/problems.py" line="20"/>
        <source>unknown exercise &apos;{id}&apos; — did you mean &apos;{suggestion}&apos;?</source>
        <translation>exercice inconnu «&#xa0;{id}&#xa0;» — vouliez-vous dire «&#xa0;{suggestion}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="22"/>
        <source>unknown exercise &apos;{id}&apos;; see the exercise ids in the library</source>
        <translation>exercice inconnu «&#xa0;{id}&#xa0;»&#xa0;; voyez les identifiants des exercices dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="24"/>
        <source>unknown key &apos;{key}&apos; in {where} — did you mean &apos;{suggestion}&apos;?</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» dans {where} — vouliez-vous dire «&#xa0;{suggestion}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="26"/>
        <source>unknown key &apos;{key}&apos; in {where}; allowed: {allowed}</source>
        <translation>clé inconnue «&#xa0;{key}&#xa0;» dans {where}&#xa0;; clés permises&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="27"/>
        <source>unknown setting &apos;{key}&apos; — did you mean &apos;{suggestion}&apos;?; it is kept in the file as written but not used</source>
        <translation>réglage inconnu «&#xa0;{key}&#xa0;» — vouliez-vous dire «&#xa0;{suggestion}&#xa0;»&#xa0;? Il reste dans le fichier tel quel, mais n’est pas utilisé</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="30"/>
        <source>unknown setting &apos;{key}&apos;; it is kept in the file as written but not used</source>
        <translation>réglage inconnu «&#xa0;{key}&#xa0;»&#xa0;; il reste dans le fichier tel quel, mais n’est pas utilisé</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="32"/>
        <source>{where} must be a whole number of {unit} from {low} to {high}, not {got}</source>
        <translation>{where} doit être un nombre entier de {unit} entre {low} et {high}, pas {got}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="34"/>
        <source>{where} is {value}; write a number of {unit} from {low} to {high}</source>
        <translation>{where} vaut {value}&#xa0;; écrivez un nombre de {unit} entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="36"/>
        <source>{where} must be text, not {got}</source>
        <translation>{where} doit être du texte, pas {got}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="37"/>
        <source>{where} must be a mapping of &apos;key: value&apos; lines, not {got}</source>
        <translation>{where} doit être une suite de lignes «&#xa0;clé: valeur&#xa0;», pas {got}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="39"/>
        <source>{where} must be a list (&apos;- item&apos; lines), not {got}</source>
        <translation>{where} doit être une liste (lignes «&#xa0;- élément&#xa0;»), pas {got}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="40"/>
        <source>{where} is missing &apos;{key}:&apos;</source>
        <translation>il manque «&#xa0;{key}:&#xa0;» dans {where}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="41"/>
        <source>missing &apos;version: {version}&apos;; add it as the first line</source>
        <translation>il manque «&#xa0;version: {version}&#xa0;»&#xa0;; ajoutez-le en première ligne</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="42"/>
        <source>{where} is {got}; hold is a whole number of seconds ({low} to {high}) or &apos;open&apos; (held until you move on)</source>
        <translation>{where} vaut {got}&#xa0;; hold est un nombre entier de secondes ({low} à {high}) ou «&#xa0;open&#xa0;» (tenu jusqu’à ce que vous passiez à la suite)</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="45"/>
        <source>YAML syntax: {what}; check the indentation and quoting</source>
        <translation>syntaxe YAML&#xa0;: {what}&#xa0;; vérifiez l’indentation et les guillemets</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="46"/>
        <source>duplicate key &apos;{key}&apos;; keep only one</source>
        <translation>clé en double «&#xa0;{key}&#xa0;»&#xa0;; n’en gardez qu’une</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="47"/>
        <source>not a regular file ({kind}); give {what}</source>
        <translation>ce n’est pas un fichier ordinaire ({kind})&#xa0;; donnez {what}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="48"/>
        <source>file is {size} bytes; {what} may be at most {limit} bytes — is this the right file?</source>
        <translation>le fichier fait {size} octets&#xa0;; {what} fait au plus {limit} octets — est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="50"/>
        <source>holds grow to {longest} s at most, the longest the advice allows; &apos;max: {given}&apos; is read as {longest}</source>
        <translation>un maintien grandit jusqu’à {longest}&#xa0;s au plus, le plus long que les conseils permettent&#xa0;; «&#xa0;max: {given}&#xa0;» est lu comme {longest}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="53"/>
        <source>file is over {limit} bytes; {what} may be at most {limit} bytes — is this the right file?</source>
        <translation>le fichier dépasse {limit} octets&#xa0;; {what} fait au plus {limit} octets — est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="60"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="61"/>
        <source>step {n}</source>
        <translation>étape {n}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="62"/>
        <source>exercise {n}</source>
        <translation>exercice {n}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="63"/>
        <source>item {n}</source>
        <translation>élément {n}</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="64"/>
        <source>&apos;{key}&apos;</source>
        <translation>«&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="65"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="66"/>
        <source>&apos;{text}&apos; (yes/no)</source>
        <translation>«&#xa0;{text}&#xa0;» (oui/non)</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="67"/>
        <source>a mapping</source>
        <translation>une suite de clés</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="68"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="69"/>
        <source>&apos;{text}&apos; (a decimal number)</source>
        <translation>«&#xa0;{text}&#xa0;» (un nombre décimal)</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="70"/>
        <source>&apos;{text}&apos;</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="71"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="72"/>
        <source>repetitions</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="73"/>
        <source>seconds per repetition</source>
        <translation>secondes par répétition</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="74"/>
        <source>a FIFO</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="75"/>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="76"/>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="77"/>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="78"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="79"/>
        <source>not a plain file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="80"/>
        <source>a routine file</source>
        <translation>un fichier de routine</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="81"/>
        <source>a settings file</source>
        <translation>un fichier de réglages</translation>
    </message>
    <message>
        <location filename="../core/problems.py" line="82"/>
        <source>warning: </source>
        <translation>attention&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../ui/sides_chart.py" line="23"/>
        <source>Your right side has been tighter than your left in %1 for %2 weeks</source>
        <translation>Votre côté droit est plus raide que le gauche dans « %1 » depuis %2 semaines</translation>
    </message>
    <message>
        <location filename="../ui/sides_chart.py" line="25"/>
        <source>Your left side has been tighter than your right in %1 for %2 weeks</source>
        <translation>Votre côté gauche est plus raide que le droit dans « %1 » depuis %2 semaines</translation>
    </message>
    <message>
        <location filename="../ui/sides_chart.py" line="38"/>
        <source>Tightness of each side over the weeks</source>
        <translation>Raideur de chaque côté au fil des semaines</translation>
    </message>
    <message>
        <location filename="../ui/sides_chart.py" line="51"/>
        <source>%1: left %2, right %3 lately</source>
        <translation>%1 : gauche %2, droit %3 ces derniers temps</translation>
    </message>
    <message>
        <location filename="../ui/sides_chart.py" line="69"/>
        <source>— left</source>
        <translation>— gauche</translation>
    </message>
    <message>
        <location filename="../ui/sides_chart.py" line="69"/>
        <source>- - right</source>
        <translation>- - droit</translation>
    </message>
    <message>
        <location filename="../ui/sides_chart.py" line="95"/>
        <source>5 very tight</source>
        <translation>5 très raide</translation>
    </message>
    <message>
        <location filename="../ui/sides_chart.py" line="98"/>
        <source>1 loose</source>
        <translation>1 souple</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="99"/>
        <source>Back stiffness, before → after (0 not stiff, 10 very stiff): %1</source>
        <translation>Raideur du dos, avant → après (0 pas raide, 10 très raide) : %1</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../ui/progress_view.py" line="112"/>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="130"/>
        <source>Your streak, the minutes you stretch each week and how each side feels show here once you have done a routine.</source>
        <translation>Votre série, les minutes d’étirement de chaque semaine et le ressenti de chaque côté s’afficheront ici dès votre première routine.</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="135"/>
        <location filename="../ui/progress_view.py" line="160"/>
        <source>Last sessions</source>
        <translation>Dernières séances</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="136"/>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="167"/>
        <source>mostly skipped — not counted</source>
        <translation>presque tout passé — non comptée</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="175"/>
        <source>No streak yet — today is a good day</source>
        <translation>Pas encore de série — aujourd’hui est un bon jour</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="177"/>
        <source>This week: %1</source>
        <translation>Cette semaine : %1</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="166"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="168"/>
        <source>stopped early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress_view.py" line="174"/>
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n jour d’affilée</numerusform>
            <numerusform>%n jours d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="181"/>
        <source>1 minute this week, %2 this month</source>
        <translation>1 minute cette semaine, %2 ce mois-ci</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress_view.py" line="182"/>
        <source>%n minutes this week, %2 this month</source>
        <translation>
            <numerusform>%n minute cette semaine, %2 ce mois-ci</numerusform>
            <numerusform>%n minutes cette semaine, %2 ce mois-ci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="199"/>
        <source>back %1 → %2</source>
        <translation>dos %1 → %2</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../ui/home_view.py" line="134"/>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="135"/>
        <source>Open %1 to fix it</source>
        <translation>Ouvrir %1 pour le corriger</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="136"/>
        <source>Open it in your text editor; it is listed again once it is fixed</source>
        <translation>L’ouvrir dans votre éditeur de texte ; la routine réapparaît dès qu’il est corrigé</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="155"/>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="112"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="113"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="114"/>
        <source>Built-in routines stay as they are: your changes are saved as your own copy</source>
        <translation>Les routines fournies ne changent pas : vos modifications sont enregistrées dans votre propre copie</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="115"/>
        <source>Change the steps, durations or name</source>
        <translation>Modifier les étapes, les durées ou le nom</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="117"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="119"/>
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="129"/>
        <source>This file has a problem and cannot be started:</source>
        <translation>Ce fichier a un problème et ne peut pas être lancé :</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="163"/>
        <source>Not done yet</source>
        <translation>Pas encore faite</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="165"/>
        <source>Last done today</source>
        <translation>Faite aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="167"/>
        <source>Last done yesterday</source>
        <translation>Faite hier</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="169"/>
        <source>Last done %1</source>
        <translation>Faite le %1</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/schedule_dialog.py" line="85"/>
        <source>Reminders — Stretch Timer</source>
        <translation>Rappels — Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="88"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="116"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="118"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="129"/>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="131"/>
        <source>“%1” is not a time of day: write it as 21:30, 2130 or 9:30 pm.</source>
        <translation>« %1 » n’est pas une heure : écrivez-la 21:30, 2130 ou 21h30.</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="155"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="155"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="155"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="155"/>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="155"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="156"/>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="156"/>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="173"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="173"/>
        <source>Weekdays</source>
        <translation>En semaine</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="174"/>
        <source>Weekends</source>
        <translation>Le week-end</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="137"/>
        <source>Routine to start</source>
        <translation>Routine à lancer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="138"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="144"/>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="145"/>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="147"/>
        <source>R&amp;outine:</source>
        <translation>R&amp;outine :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="92"/>
        <source>Start Stretch Timer in the tray when I log in</source>
        <translation>Lancer Stretch Timer dans la zone de notification à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="205"/>
        <source>Export to calendar…</source>
        <translation>Exporter vers l’agenda…</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="187"/>
        <source>No reminders yet</source>
        <translation>Aucun rappel pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="192"/>
        <source>Add one and Stretch Timer will nudge you from the tray at the time you choose — skipped on days you have already stretched.</source>
        <translation>Ajoutez-en un et Stretch Timer vous fera signe depuis la zone de notification à l’heure choisie — sauf les jours où vous vous êtes déjà étiré.</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="221"/>
        <source> (off)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="223"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="223"/>
        <source>weekdays</source>
        <translation>en semaine</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="224"/>
        <source>weekends</source>
        <translation>le week-end</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="266"/>
        <location filename="../ui/schedule_dialog.py" line="311"/>
        <source>Choose at least one day, or switch it off.</source>
        <translation>Choisissez au moins un jour, ou désactivez-le.</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="295"/>
        <source>Export reminders</source>
        <translation>Exporter les rappels</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="297"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="304"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../core/settings_schema.py" line="118"/>
        <source>Mute every sound cue</source>
        <translation>Couper tous les signaux sonores</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="119"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="120"/>
        <source>Spoken coaching</source>
        <translation>Coaching vocal</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="129"/>
        <source>Count the last three seconds aloud</source>
        <translation>Compter à voix haute les trois dernières secondes</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="131"/>
        <source>Speech rate</source>
        <translation>Débit de la voix</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="133"/>
        <source>Speech volume</source>
        <translation>Volume de la voix</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="136"/>
        <source>Start routines in floor mode (full screen)</source>
        <translation>Lancer les routines en mode tapis (plein écran)</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="137"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="139"/>
        <source>Routine listed first</source>
        <translation>Routine affichée en premier</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="140"/>
        <source>Screen readers announce each new phase, exercise, side and length</source>
        <translation>Les lecteurs d’écran annoncent chaque nouvelle phase, l’exercice, le côté et la durée</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="142"/>
        <source>Reduce motion: one still picture a phase, no moving frames</source>
        <translation>Réduire les animations : une image fixe par phase</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="147"/>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="150"/>
        <source>Grace for missed reminders</source>
        <translation>Délai pour les rappels manqués</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="154"/>
        <source>Start in the tray when you log in</source>
        <translation>Démarrer dans la zone de notification à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="73"/>
        <source>Suggest a desk break after a long spell at the computer</source>
        <translation>Proposer une pause bureau après un long moment devant l’ordinateur</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="76"/>
        <source>Suggest a break after</source>
        <translation>Proposer une pause après</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="80"/>
        <source>An idle spell counts as a break after</source>
        <translation>Une inactivité compte comme une pause après</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="84"/>
        <source>Snooze a desk break for</source>
        <translation>Reporter une pause bureau de</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="86"/>
        <source>Skips allowed a day (0: no limit)</source>
        <translation>Pauses passées permises par jour (0 : sans limite)</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="89"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="90"/>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="92"/>
        <location filename="../core/settings_schema.py" line="126"/>
        <source>On</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="94"/>
        <source>Routine a desk break starts</source>
        <translation>Routine lancée par une pause bureau</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="100"/>
        <source>Pace your breathing during holds</source>
        <translation>Rythmer la respiration pendant les maintiens</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="102"/>
        <source>Breathe in for</source>
        <translation>Inspirer pendant</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="104"/>
        <source>Breathe out for</source>
        <translation>Expirer pendant</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="106"/>
        <source>A soft sound at each breath in and out</source>
        <translation>Un son doux à chaque inspiration et expiration</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="107"/>
        <source>Ask how tight each side felt (keys 1 to 5) after two-sided stretches</source>
        <translation>Demander la raideur de chaque côté (touches 1 à 5) après les étirements des deux côtés</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="110"/>
        <source>Ask how stiff your back is before and after a routine</source>
        <translation>Demander la raideur du dos avant et après une routine</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="112"/>
        <source>A rating from 0 (not stiff) to 10 (very stiff), with the keys 0 to 9 or a click; doing nothing skips it. The progress screen shows both over the weeks.</source>
        <translation>Une note de 0 (pas raide) à 10 (très raide), avec les touches 0 à 9 ou un clic ; ne rien faire passe la question. L’écran des progrès montre les deux au fil des semaines.</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="121"/>
        <source>Says each exercise, side and length after its tone, what comes next during a rest, halfway and the last seconds, in the language of the window</source>
        <translation>Dit chaque exercice, côté et durée après son signal, ce qui suit pendant le repos, la mi-parcours et les dernières secondes, dans la langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="151"/>
        <source>A reminder missed while the computer slept still comes when it is at most this late</source>
        <translation>Un rappel manqué pendant la veille de l’ordinateur arrive quand même s’il n’a pas plus de retard que ce délai</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="148"/>
        <source>How long Snooze puts a reminder off</source>
        <translation>De combien de temps un rappel est repoussé quand vous le reportez</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="77"/>
        <source>Minutes of keyboard and mouse use, short pauses included, before a break is suggested</source>
        <translation>Minutes d’utilisation du clavier et de la souris, courtes pauses comprises, avant qu’une pause soit proposée</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="81"/>
        <source>Away from the keyboard and mouse this long, the count starts again</source>
        <translation>Après ce temps loin du clavier et de la souris, le décompte repart de zéro</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="87"/>
        <source>After this many skips in a day, desk breaks offer no Skip</source>
        <translation>Après ce nombre de pauses passées dans la journée, les pauses bureau ne proposent plus « Passer »</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="164"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="165"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="166"/>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="167"/>
        <location filename="../core/settings_schema.py" line="168"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="169"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="170"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="171"/>
        <source>Desk breaks</source>
        <translation>Pauses bureau</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="172"/>
        <source>Coaching</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="125"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../core/settings_schema.py" line="127"/>
        <source>Only when no screen reader is running</source>
        <translation>Seulement sans lecteur d’écran</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="34"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="35"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="36"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="80"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../ui/look.py" line="43"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="45"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../ui/summary_view.py" line="77"/>
        <location filename="../ui/summary_view.py" line="243"/>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="264"/>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summary_view.py" line="265"/>
        <source>exercises</source>
        <translation>
            <numerusform>exercice</numerusform>
            <numerusform>exercices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="86"/>
        <source>stretching</source>
        <translation>d’étirement</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summary_view.py" line="268"/>
        <source>day streak</source>
        <translation>
            <numerusform>jour d’affilée</numerusform>
            <numerusform>jours d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="109"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="110"/>
        <source>Done: back to routines</source>
        <translation>Terminé : retour aux routines</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="113"/>
        <source>Do it again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="116"/>
        <source>See your progress</source>
        <translation>Voir vos progrès</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="244"/>
        <source>You finished %1 in %2.</source>
        <translation>Vous avez terminé « %1 » en %2.</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="247"/>
        <source>Mostly skipped — not counted as done</source>
        <translation>Presque tout passé — non comptée comme faite</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="248"/>
        <source>You reached the end of %1, but held only %2 of its %3 of stretches.</source>
        <translation>Vous avez atteint la fin de « %1 », mais n’avez tenu que %2 sur ses %3 d’étirements.</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="251"/>
        <source>Exercises done:</source>
        <translation>Exercices faits :</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="252"/>
        <source>Partly done:</source>
        <translation>Faits en partie :</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="253"/>
        <source>Skipped:</source>
        <translation>Passés :</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="258"/>
        <source>Tried from the editor: not added to your history.</source>
        <translation>Essai depuis l’éditeur : non ajouté à votre historique.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../ui/schedule_dialog.py" line="47"/>
        <source>e.g. 21:30</source>
        <translation>p. ex. 21:30</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/tray.py" line="195"/>
        <source>Stretch Timer</source>
        <translation>Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="197"/>
        <source>Today’s reminder is skipped: you already did a routine today</source>
        <translation>Le rappel d’aujourd’hui est sauté : vous avez déjà fait une routine aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="199"/>
        <source>Stretch Timer — next reminder %1</source>
        <translation>Stretch Timer — prochain rappel %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="210"/>
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="214"/>
        <source>Open Stretch Timer</source>
        <translation>Ouvrir Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="215"/>
        <source>Snooze the reminder</source>
        <translation>Reporter le rappel</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="218"/>
        <source>No more reminders today</source>
        <translation>Plus de rappels aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="219"/>
        <source>Reminders…</source>
        <translation>Rappels…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="221"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../ui/voice_words.py" line="24"/>
        <source>%1. Let&apos;s begin.</source>
        <translation>%1. C’est parti.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="25"/>
        <source>Warm up, %1.</source>
        <translation>Échauffement, %1.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="26"/>
        <source>Get into position.</source>
        <translation>Mettez-vous en place.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="27"/>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="28"/>
        <source>%1, %2, as long as you like.</source>
        <translation>%1, %2, aussi longtemps que vous voulez.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="29"/>
        <source>%1, %2, %3 reps.</source>
        <translation>%1, %2, %3 répétitions.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="30"/>
        <source>Switch to the %1.</source>
        <translation>Passez au %1.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="31"/>
        <source>Rest.</source>
        <translation>Repos.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="32"/>
        <source>Next: %1, %2.</source>
        <translation>Ensuite : %1, %2.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="33"/>
        <source>Halfway.</source>
        <translation>À mi-parcours.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="34"/>
        <source>Breathe out, and go a little deeper.</source>
        <translation>Expirez, et allez un peu plus loin.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="36"/>
        <source>Well done. Routine complete.</source>
        <translation>Bravo, la routine est terminée.</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="39"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="40"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="43"/>
        <source>one second</source>
        <translation>une seconde</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="44"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="45"/>
        <source>one minute</source>
        <translation>une minute</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="46"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="47"/>
        <source>one minute %1</source>
        <translation>une minute %1</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="48"/>
        <source>%1 minutes %2</source>
        <translation>%1 minutes %2</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="51"/>
        <source>%1 %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../ui/voice_words.py" line="52"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <location filename="../ui/progress_view.py" line="42"/>
        <source>Minutes stretched per week</source>
        <translation>Minutes d’étirement par semaine</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="71"/>
        <location filename="../ui/progress_view.py" line="93"/>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="71"/>
        <location filename="../ui/progress_view.py" line="94"/>
        <source>%1 wk</source>
        <translation>%1 sem.</translation>
    </message>
</context>
</TS>
