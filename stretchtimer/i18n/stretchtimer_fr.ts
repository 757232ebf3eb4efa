<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="47" />
        <source>There is no system tray here: reminders only work while this window is open.</source>
        <translation>Il n'y a pas de zone de notification ici : les rappels ne fonctionnent que tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="133" />
        <source>Sound is off: %1. The routine goes on silently.</source>
        <translation>Son coupé : %1. La routine continue en silence.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="168" />
        <source>This session could not be added to your history: %1</source>
        <translation>Cette séance n'a pas pu être ajoutée à votre historique : %1</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="218" />
        <source>Time for your %1.</source>
        <translation>C'est l'heure de votre %1.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="232" />
        <source>Click to start.</source>
        <translation>Cliquez pour commencer.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="241" />
        <source>Stretch Timer stays in the tray for your reminders. Quit from its menu.</source>
        <translation>Stretch Timer reste dans la zone de notification pour vos rappels. Quittez-le depuis son menu.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="282" />
        <source>Could not change the start-at-login entry: %1</source>
        <translation>Impossible de modifier le lancement à l'ouverture de session : %1</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../ui/look.py" line="50" />
        <source>1 exercise</source>
        <translation>1 exercice</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="51" />
        <source>%1 exercises</source>
        <translation>%1 exercices</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../ui/home_view.py" line="75" />
        <source>Choose a routine</source>
        <translation>Choisissez une routine</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="80" />
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="81" />
        <source>Your streak and the sessions you have done</source>
        <translation>Votre série de jours et vos séances</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="83" />
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="84" />
        <source>Evening reminders from the tray</source>
        <translation>Rappels du soir depuis la zone de notification</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="231" />
        <source>Leave the routine?</source>
        <translation>Quitter la routine ?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="232" />
        <source>The routine is not finished. Leave it anyway?</source>
        <translation>La routine n'est pas terminée. La quitter quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233" />
        <source>Leave routine</source>
        <translation>Quitter la routine</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233" />
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241" />
        <source>Done — %1</source>
        <translation>Terminé — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="249" />
        <source>%1 side</source>
        <translation>côté %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251" />
        <source>%1 repetitions</source>
        <translation>%1 répétitions</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="253" />
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="265" />
        <source>The routine was paused because the computer slept. Press Space to go on.</source>
        <translation>La routine a été mise en pause pendant la veille de l'ordinateur. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="288" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/main_window.py" line="62" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../ui/look.py" line="29" />
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="30" />
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="31" />
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="32" />
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="33" />
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="34" />
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="35" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../ui/player_view.py" line="112" />
        <source>Phase progress</source>
        <translation>Avancement de la phase</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="114" />
        <source>Routine progress</source>
        <translation>Avancement de la routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="125" />
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="125" />
        <source>Previous phase (Left, Page Up)</source>
        <translation>Phase précédente (Gauche, Page préc.)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="126" />
        <location filename="../ui/player_view.py" line="257" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="126" />
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="127" />
        <source>Skip ▶</source>
        <translation>Passer ▶</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="127" />
        <source>Next phase (Right, Page Down)</source>
        <translation>Phase suivante (Droite, Page suiv.)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="128" />
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="128" />
        <source>Start the routine again (R)</source>
        <translation>Recommencer la routine (R)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="129" />
        <location filename="../ui/player_view.py" line="162" />
        <source>Floor mode</source>
        <translation>Mode tapis</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="129" />
        <source>Full screen, readable from the mat (F, F11)</source>
        <translation>Plein écran, lisible depuis le tapis (F, F11)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="131" />
        <location filename="../ui/player_view.py" line="166" />
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="131" />
        <source>Sound cues on or off (M)</source>
        <translation>Signaux sonores activés ou non (M)</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="132" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="132" />
        <source>Leave this routine</source>
        <translation>Quitter cette routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="162" />
        <source>Leave floor mode</source>
        <translation>Quitter le mode tapis</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="166" />
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="219" />
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="222" />
        <source>%1 side</source>
        <translation>Côté %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="227" />
        <source>Time left in this phase</source>
        <translation>Temps restant dans cette phase</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="229" />
        <source>Rep %1 of %2</source>
        <translation>Répétition %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="240" />
        <source>Safety: %1</source>
        <translation>Sécurité : %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="251" />
        <source>%1 left in the routine</source>
        <translation>Il reste %1 dans la routine</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="254" />
        <source>Up next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="256" />
        <source>Up next: finish</source>
        <translation>Ensuite : fin</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="257" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="279" />
        <source>Warm up gently</source>
        <translation>Échauffez-vous doucement</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="281" />
        <source>&lt;p&gt;March on the spot, roll your shoulders and circle your hips.&lt;/p&gt;&lt;p&gt;Warm muscles stretch further and more safely.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Marchez sur place, faites rouler vos épaules et des cercles avec le bassin.&lt;/p&gt;&lt;p&gt;Des muscles chauds s'étirent mieux et sans risque.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="284" />
        <source>Rest and breathe</source>
        <translation>Reposez-vous et respirez</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="285" />
        <source>&lt;p&gt;Relax and breathe slowly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Détendez-vous et respirez lentement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="287" />
        <source>Routine complete</source>
        <translation>Routine terminée</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../ui/progress_view.py" line="73" />
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="81" />
        <location filename="../ui/progress_view.py" line="93" />
        <source>Last sessions</source>
        <translation>Dernières séances</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="82" />
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="100" />
        <source>%1-day streak</source>
        <translation>%1 jours d'affilée</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="101" />
        <source>No streak yet — today is a good day</source>
        <translation>Pas encore de série — aujourd'hui est un bon jour</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="102" />
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="102" />
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="102" />
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="102" />
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="102" />
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="103" />
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="103" />
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="104" />
        <source>This week: %1</source>
        <translation>Cette semaine : %1</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="106" />
        <source>%1 minutes this week, %2 this month</source>
        <translation>%1 minutes cette semaine, %2 ce mois-ci</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="113" />
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="113" />
        <source>stopped early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="116" />
        <source>No sessions yet.</source>
        <translation>Aucune séance pour l'instant.</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../ui/home_view.py" line="48" />
        <source>This file has a problem and cannot be started:
%1</source>
        <translation>Ce fichier a un problème et ne peut pas être lancé :
%1</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="55" />
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="58" />
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../ui/home_view.py" line="59" />
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/schedule_dialog.py" line="41" />
        <source>Reminders — Stretch Timer</source>
        <translation>Rappels — Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="44" />
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="46" />
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="48" />
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="57" />
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="60" />
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="60" />
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="60" />
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="60" />
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="60" />
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="61" />
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="61" />
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="74" />
        <source>Routine to start</source>
        <translation>Routine à lancer</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="75" />
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="81" />
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="82" />
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="83" />
        <source>R&amp;outine:</source>
        <translation>R&amp;outine :</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="86" />
        <source>Start Stretch Timer in the tray when I log in</source>
        <translation>Lancer Stretch Timer dans la zone de notification à l'ouverture de session</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="88" />
        <source>Export to calendar…</source>
        <translation>Exporter vers l'agenda…</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="117" />
        <source> (off)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="151" />
        <location filename="../ui/schedule_dialog.py" line="190" />
        <source>Choose at least one day, or switch it off.</source>
        <translation>Choisissez au moins un jour, ou désactivez-le.</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="174" />
        <source>Export reminders</source>
        <translation>Exporter les rappels</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="176" />
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d'agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/schedule_dialog.py" line="183" />
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../ui/look.py" line="42" />
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../ui/look.py" line="44" />
        <source>right</source>
        <translation>droite</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../ui/summary_view.py" line="20" />
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="32" />
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="34" />
        <source>Do it again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="58" />
        <source>You finished %1 in %2.</source>
        <translation>Vous avez terminé %1 en %2.</translation>
    </message>
    <message>
        <location filename="../ui/summary_view.py" line="60" />
        <source>Exercises done:</source>
        <translation>Exercices faits :</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/tray.py" line="132" />
        <source>Stretch Timer</source>
        <translation>Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="150" />
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="154" />
        <source>Open Stretch Timer</source>
        <translation>Ouvrir Stretch Timer</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="155" />
        <source>Snooze the reminder</source>
        <translation>Reporter le rappel</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="158" />
        <source>No more reminders today</source>
        <translation>Plus de rappels aujourd'hui</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="159" />
        <source>Reminders…</source>
        <translation>Rappels…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="161" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <location filename="../ui/progress_view.py" line="32" />
        <source>Minutes stretched per week</source>
        <translation>Minutes d'étirement par semaine</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="58" />
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <location filename="../ui/progress_view.py" line="58" />
        <source>%1 wk</source>
        <translation>%1 sem.</translation>
    </message>
</context>
</TS>