<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountBoxWidget</name>
    <message>
        <location filename="../ui/widgets/account_box.py" line="+46"/>
        <source>X-API-Key header</source>
        <translation>X-API-Key-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="vanished">Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected, waiting to sync</source>
        <translation>Verbunden, wartet auf Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key refused</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Zugriffe begrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use for this session</source>
        <extracomment>Translated with the ``AccountBoxWidget`` context where it is shown (here and on the webhook secret&apos;s button).</extracomment>
        <translation>Für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your BookMyColiving partner key (starts with bmc_)</source>
        <translation>Ihr BookMyColiving-Partnerschlüssel (beginnt mit bmc_)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Coliving.com integrations API key</source>
        <translation>Ihr API-Schlüssel für die Coliving.com-Integration</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>In the system keyring</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session only: forgotten when you quit</source>
        <translation>Nur für diese Sitzung: wird beim Beenden vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {variable} (environment variable)</source>
        <translation>Aus {variable} (Umgebungsvariable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: paste the API key to connect</source>
        <translation>Fehlt: Fügen Sie den API-Schlüssel ein, um zu verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A key is saved in the system keyring; type a new one to replace it</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key is in use for this session; type a new one to replace it</source>
        <translation>Für diese Sitzung wird ein Schlüssel verwendet; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key comes from {variable}, which wins over a key typed here</source>
        <translation>Der Schlüssel stammt aus {variable}; das hat Vorrang vor einem hier eingegebenen Schlüssel</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Advanced</source>
        <extracomment>The account was saved or removed (the settings page refreshes what depends on it). The user chose session-only keys here (no secure keyring); the page updates its notice and other fields. The red line under the key is Save&apos;s check of the key now in use (see ``refresh_state``).</extracomment>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Send the key as</source>
        <translation>Schlüssel senden als</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{channel} API key</source>
        <translation>{channel}-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} status</source>
        <translation>{channel}-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} base URL</source>
        <translation>{channel}-Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} provider</source>
        <translation>{channel}-Anbieter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} advanced settings</source>
        <translation>Erweiterte Einstellungen für {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the {channel} key</source>
        <translation>Schlüssel für {channel} prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the {channel} key and connect</source>
        <translation>Schlüssel für {channel} speichern und verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {channel} account</source>
        <translation>Konto für {channel} entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keep the key in memory until you quit: this computer has no secure keyring to save it in.</source>
        <translation>Den Schlüssel bis zum Beenden im Arbeitsspeicher behalten: Dieser Computer hat keinen sicheren Schlüsselbund, um ihn zu speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the key in the system keyring and connect.</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems speichern und verbinden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+47"/>
        <source>Paste the API key first.</source>
        <translation>Fügen Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{result} {next_step}</source>
        <translation>{result} {next_step}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use it for this session to connect.</source>
        <translation>Verwenden Sie ihn für diese Sitzung, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save it to connect.</source>
        <translation>Speichern Sie ihn, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use it for this session to replace the key in use.</source>
        <translation>Verwenden Sie ihn für diese Sitzung anstelle des aktuellen Schlüssels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it to use it instead of the key in use.</source>
        <translation>Speichern Sie ihn, um ihn anstelle des aktuellen Schlüssels zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{message} {detail} visible to this key.</source>
        <translation>{message} {detail} für diesen Schlüssel sichtbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{saved} But: {problem}</source>
        <translation>{saved} Aber: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved in the system keyring, never in files.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in Dateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session only, never in files: paste it again after you quit.</source>
        <translation>Nur für diese Sitzung behalten, nie in Dateien: Fügen Sie ihn nach dem Beenden erneut ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an environment variable</source>
        <translation>eine Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved, but {variable} is set and its key is the one used.</source>
        <translation>Gespeichert, aber {variable} ist gesetzt und liefert den verwendeten Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings saved; the key comes from {variable}.</source>
        <translation>Einstellungen gespeichert; Quelle des Schlüssels: {variable}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings saved, but no key is stored on this computer.</source>
        <translation>Einstellungen gespeichert, aber auf diesem Computer ist kein Schlüssel hinterlegt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove {channel}?</source>
        <translation>{channel} entfernen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} stops syncing, but its key comes from {variable}: it connects again at the next start unless you unset that variable.</source>
        <translation>{channel} wird nicht mehr synchronisiert, aber sein Schlüssel stammt aus {variable}: Beim nächsten Start verbindet es sich wieder, sofern Sie diese Variable nicht entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session&apos;s key is forgotten and {channel} stops syncing.</source>
        <translation>Der Schlüssel dieser Sitzung wird vergessen und {channel} wird nicht mehr synchronisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is deleted from the keyring and {channel} stops syncing.</source>
        <translation>Der Schlüssel wird aus dem Schlüsselbund gelöscht und {channel} wird nicht mehr synchronisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{consequence} Cached records stay until you remove the profile.</source>
        <translation>{consequence} Zwischengespeicherte Daten bleiben, bis Sie das Profil entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{channel} was removed from this computer.</source>
        <translation>{channel} wurde von diesem Computer entfernt.</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../sync/feed_runs.py" line="+52"/>
        <source>{channel} sent something that could not be stored.</source>
        <translation>{channel} hat etwas gesendet, das nicht gespeichert werden konnte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{feed} not refreshed: {reason}</source>
        <translation>{feed} nicht aktualisiert: {reason}</translation>
    </message>
    <message>
        <location filename="../sync/service.py" line="+320"/>
        <source>The system keyring could not be read.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key for {channel}.</source>
        <translation>Kein API-Schlüssel für {channel}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{channel} is not configured.</source>
        <translation>{channel} ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The API key was refused; enter a new one in Settings.</source>
        <translation>Der API-Schlüssel wurde abgelehnt; geben Sie in den Einstellungen einen neuen ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate limit reached; resuming in {seconds} s.</source>
        <translation>Zugriffslimit erreicht; es geht in {seconds} s weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached; the channel asks to wait {seconds} s.</source>
        <translation>Zugriffslimit erreicht; der Kanal bittet, {seconds} s zu warten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{reason} Trying again by {time}.</source>
        <translation>{reason} Neuer Versuch bis {time}.</translation>
    </message>
    <message>
        <location filename="../sync/waits.py" line="+91"/>
        <source>{channel} rate limit reached; try again in {seconds} s.</source>
        <extracomment>The BookMyColiving endpoint group each feed calls (the client&apos;s names). Coliving.com meters everything as one.</extracomment>
        <translation>Zugriffslimit von {channel} erreicht; versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rate limit: {groups} wait until {time}.</source>
        <translation>Zugriffslimit: {groups} warten bis {time}.</translation>
    </message>
</context>
<context>
    <name>AccountStatusWidget</name>
    <message>
        <location filename="../ui/widgets/account_status.py" line="+35"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: synced at {time}, {parts} not refreshed</source>
        <translation>{name}: synchronisiert um {time}, {parts} nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: up to date at {time}</source>
        <translation>{name}: aktuell ({time})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: up to date</source>
        <translation>{name}: aktuell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: syncing, {progress}</source>
        <translation>{name}: wird synchronisiert, {progress}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: syncing…</source>
        <translation>{name}: wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the sync worker cannot reach it, last synced {time}</source>
        <translation>{name}: der Sync-Dienst des Teams erreicht es nicht, zuletzt synchronisiert {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the sync worker cannot reach it</source>
        <translation>{name}: der Sync-Dienst des Teams erreicht es nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: offline, last synced {time}</source>
        <translation>{name}: offline, zuletzt synchronisiert: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: offline</source>
        <translation>{name}: offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: key rejected, open Settings</source>
        <translation>{name}: Schlüssel abgelehnt, Einstellungen öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: paused by rate limit until {time}</source>
        <translation>{name}: wegen Zugriffslimit pausiert bis {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: paused by rate limit</source>
        <translation>{name}: wegen Zugriffslimit pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: no sync worker</source>
        <translation>{name}: kein Sync-Dienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: key missing</source>
        <translation>{name}: Schlüssel fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not connected</source>
        <translation>{name}: nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: waiting to sync</source>
        <translation>{name}: wartet auf Synchronisierung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>replies</source>
        <extracomment>The sync layer&apos;s names for the budgets and periods the status bar shows, in the user&apos;s language; other budgets (BookMyColiving&apos;s endpoint groups, only in the tooltip) keep the channel&apos;s own names.</extracomment>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests</source>
        <translation>Zugriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channel} {budget}: not used yet</source>
        <translation>{channel} {budget}: noch nicht genutzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} {budget} left: {remaining}/{limit}, resets {time}</source>
        <translation>{channel} {budget} übrig: {remaining}/{limit}, zurückgesetzt um {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} {budget} left: {remaining}/{limit} this {period}</source>
        <translation>{channel} {budget} übrig: {remaining}/{limit} in dieser {period}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} {budget} left: {remaining}/{limit}</source>
        <translation>{channel} {budget} übrig: {remaining}/{limit}</translation>
    </message>
    <message>
        <source>{channel} {budget} {remaining}/{limit}, resets {time}</source>
        <translation type="vanished">{channel} {budget} {remaining}/{limit}, zurückgesetzt um {time}</translation>
    </message>
    <message>
        <source>{channel} {budget} {remaining}/{limit} per {period}</source>
        <translation type="vanished">{channel} {budget} {remaining}/{limit} pro {period}</translation>
    </message>
    <message>
        <source>{channel} {budget} {remaining}/{limit}</source>
        <translation type="vanished">{channel} {budget} {remaining}/{limit}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No requests made yet.</source>
        <extracomment>Of the window&apos;s width, what the states and budgets may take in one row; the rest is for the status bar&apos;s other parts (demo mode, notifications, the size grip). Whether the states are the team&apos;s sync worker&apos;s (see :func:`state_text`).</extracomment>
        <translation>Noch keine Zugriffe.</translation>
    </message>
</context>
<context>
    <name>AutomationError</name>
    <message>
        <location filename="../sync/automation_rules.py" line="+106"/>
        <source>{what} must be a time such as 09:30.</source>
        <extracomment>The placeholders the trigger&apos;s record can fill. &quot;days&quot; (N days before a date, at a local time) or &quot;minutes&quot; (N minutes after the event). What an unanswered message can fill once the rule names its channel.</extracomment>
        <translation>{what} muss eine Uhrzeit wie 09:30 sein.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>“{zone}” is not a known time zone (e.g. Europe/Lisbon).</source>
        <translation>„{zone}“ ist keine bekannte Zeitzone (z. B. Europe/Lisbon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start of working hours</source>
        <translation>Der Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of working hours</source>
        <translation>Das Ende der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These working hours never open: the end must be after the start.</source>
        <translation>Diese Arbeitszeit beginnt nie: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These working hours never open: choose at least one day of the week.</source>
        <translation>Diese Arbeitszeit beginnt nie: Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working days are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Arbeitstage sind von 0 (Montag) bis 6 (Sonntag) nummeriert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The replies kept for you must be between 0 and 59 of the 60 an hour.</source>
        <translation>Die für Sie freigehaltenen Antworten müssen zwischen 0 und 59 der 60 pro Stunde liegen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A rule needs a name.</source>
        <translation>Eine Regel braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{trigger}” is not a trigger; choose one of {triggers}.</source>
        <translation>„{trigger}“ ist kein Auslöser; wählen Sie einen von: {triggers}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{trigger}” happens on {channels} only.</source>
        <translation>„{trigger}“ gibt es nur bei {channels}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../sync/automations.py" line="+427"/>
        <source>The rule&apos;s saved reply does not exist (deleted?).</source>
        <translation>Der Textbaustein der Regel existiert nicht (gelöscht?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{placeholder} in the saved reply is not a placeholder.</source>
        <translation>{placeholder} im Textbaustein ist kein Platzhalter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholder} cannot be filled for “{trigger}”: it knows {known}.</source>
        <translation>{placeholder} kann für „{trigger}“ nicht ausgefüllt werden: bekannt sind nur {known}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stay length cannot be negative.</source>
        <translation>Eine Aufenthaltsdauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shortest stay is longer than the longest: no booking could match.</source>
        <translation>Der kürzeste Aufenthalt ist länger als der längste: Keine Buchung könnte passen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Only outside working hours” needs working hours that open.</source>
        <translation>„Nur außerhalb der Arbeitszeit“ braucht eine Arbeitszeit, die auch beginnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A message before a date cannot be timed after it: use 0 days or more.</source>
        <translation>Eine Nachricht vor einem Datum kann nicht danach geplant werden: Verwenden Sie 0 Tage oder mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {days} days ahead.</source>
        <translation>Höchstens {days} Tage im Voraus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of day</source>
        <translation>Die Uhrzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message cannot be sent before what triggers it: use 0 minutes or more.</source>
        <translation>Eine Nachricht kann nicht vor ihrem Auslöser gesendet werden: Verwenden Sie 0 Minuten oder mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 14 days after what triggers it.</source>
        <translation>Höchstens 14 Tage nach dem Auslöser.</translation>
    </message>
    <message>
        <location filename="../sync/automations.py" line="+4"/>
        <source>No booking {booking} in the cache.</source>
        <translation>Keine Buchung {booking} im Zwischenspeicher.</translation>
    </message>
</context>
<context>
    <name>AutomationRuleDialog</name>
    <message>
        <location filename="../ui/dialogs/automation_dialogs.py" line="+60"/>
        <source>Booking confirmed</source>
        <extracomment>Booking states a &quot;days before&quot; rule can be limited to (Coliving.com&apos;s own words). The stay-length fields&apos; &quot;no limit&quot; value (shown as &quot;Any&quot;).</extracomment>
        <translation>Buchung bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days before check-in</source>
        <translation>Tage vor dem Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days before check-out</source>
        <translation>Tage vor dem Check-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking cancelled</source>
        <translation>Buchung storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest message unanswered</source>
        <translation>Gastnachricht unbeantwortet</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New rule</source>
        <extracomment>The rule as saved.</extracomment>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trigger</source>
        <translation>&amp;Auslöser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At (house time)</source>
        <translation>Um (Ortszeit des Hauses)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only outside working hours</source>
        <translation>Nur außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking status: {state}</source>
        <translation>Buchungsstatus: {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booking status</source>
        <translation>Buchungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest stay (nights)</source>
        <translation>Kürzester Aufenthalt (Nächte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest stay (nights)</source>
        <translation>Längster Aufenthalt (Nächte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay length</source>
        <translation>Aufenthaltsdauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved &amp;reply</source>
        <translation>&amp;Textbaustein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview only (record the text, send nothing)</source>
        <translation>Nur Vorschau (Text festhalten, nichts senden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+110"/>
        <source>Write a saved reply first (Inbox, Saved replies), then choose it here.</source>
        <translation>Schreiben Sie zuerst einen Textbaustein (Posteingang, Textbausteine) und wählen Sie ihn dann hier aus.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+54"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Days before</source>
        <translation>Tage &amp;vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minutes after</source>
        <translation>&amp;Minuten danach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listings (ids)</source>
        <translation>Inserate (IDs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Properties or listings (ids)</source>
        <translation>Objekte oder Inserate (IDs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any; or ids separated by commas</source>
        <translation>Alle; oder IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not saved: choose at least one booking status.</source>
        <translation>Nicht gespeichert: Wählen Sie mindestens einen Buchungsstatus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>AutomationSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/automation_settings_dialog.py" line="+61"/>
        <source>Automation settings</source>
        <extracomment>The account whose settings were saved.</extracomment>
        <translation>Einstellungen der Automatisierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s zone; or e.g. Europe/Lisbon</source>
        <translation>Zeitzone des Computers; oder z. B. Europe/Berlin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House &amp;time zone</source>
        <translation>&amp;Zeitzone des Hauses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working hours &amp;start</source>
        <translation>Arbeitszeit &amp;Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours &amp;end</source>
        <translation>Arbeitszeit &amp;Ende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working day: {day}</source>
        <translation>Arbeitstag: {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies an hour kept for you</source>
        <translation>Für Sie reservierte Antworten pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replies an hour kept for you
(BookMyColiving, of 60)</source>
        <translation>Für Sie &amp;reservierte Antworten pro Stunde
(BookMyColiving, von 60)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>House time zone</source>
        <translation>Zeitzone des Hauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours start</source>
        <translation>Arbeitszeit Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours end</source>
        <translation>Arbeitszeit Ende</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved for {account}.</source>
        <translation>Für {account} gespeichert.</translation>
    </message>
</context>
<context>
    <name>AutomationsView</name>
    <message>
        <location filename="../ui/views/automations_view.py" line="+177"/>
        <location line="+20"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+14"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on/off</source>
        <translation>Ein/Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking id</source>
        <translation>Buchungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking to test the rule on</source>
        <translation>Buchung, an der die Regel getestet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test on booking</source>
        <translation>An Buchung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming messages</source>
        <translation>Anstehende Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this one…</source>
        <translation>Nur diese bearbeiten…</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+149"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The booking was cancelled.</source>
        <translation>Die Buchung wurde storniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered before it was due.</source>
        <translation>Vor dem Fälligkeitszeitpunkt beantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The booking no longer matches the rule (its dates, status or stay changed).</source>
        <translation>Die Buchung passt nicht mehr zur Regel (Daten, Status oder Aufenthalt haben sich geändert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lead no longer matches the rule.</source>
        <translation>Die Anfrage passt nicht mehr zur Regel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already there when the rule was turned on.</source>
        <translation>Bereits vorhanden, als die Regel aktiviert wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you: this text goes instead of the saved reply.</source>
        <translation>Von Ihnen bearbeitet: Dieser Text wird statt des Textbausteins gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its time came while the rule was off.</source>
        <translation>Der Zeitpunkt kam, während die Regel deaktiviert war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: its time passed while nothing was syncing, and it would arrive too late to help.</source>
        <translation>Nicht gesendet: Der Zeitpunkt verstrich, während nichts synchronisiert wurde, und die Nachricht käme zu spät, um noch zu helfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule&apos;s saved reply was deleted.</source>
        <translation>Der Textbaustein der Regel wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview only: recorded, not sent.</source>
        <translation>Nur Vorschau: festgehalten, nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped by you.</source>
        <translation>Von Ihnen übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was turned off.</source>
        <translation>Die Regel wurde deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was deleted.</source>
        <translation>Die Regel wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was given another trigger.</source>
        <translation>Die Regel hat einen anderen Auslöser erhalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead {id}</source>
        <translation>Anfrage {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message {id}</source>
        <translation>Nachricht {id}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+36"/>
        <source>Automated messages history</source>
        <translation>Verlauf automatischer Nachrichten</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected rule</source>
        <translation>Ausgewählte Regel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n day(s) before, at {time}</source>
        <translation>
            <numerusform>%n Tag vorher, um {time}</numerusform>
            <numerusform>%n Tage vorher, um {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min after, outside working hours</source>
        <translation>
            <numerusform>%n Min. danach, außerhalb der Arbeitszeit</numerusform>
            <numerusform>%n Min. danach, außerhalb der Arbeitszeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min after</source>
        <translation>
            <numerusform>%n Min. danach</numerusform>
            <numerusform>%n Min. danach</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview only</source>
        <translation>Nur Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automation rules</source>
        <translation>Regeln der Automatisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming automated messages</source>
        <translation>Anstehende automatische Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the selected rule on or off</source>
        <translation>Gewählte Regel ein- oder ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking id to test the rule on</source>
        <translation>Buchungs-ID zum Testen der Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the selected upcoming message</source>
        <translation>Gewählte anstehende Nachricht überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected upcoming message now</source>
        <translation>Gewählte anstehende Nachricht jetzt senden</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+18"/>
        <location line="+25"/>
        <source>Choose a rule first.</source>
        <translation>Wählen Sie zuerst eine Regel.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}”? Its upcoming messages are cancelled; what it sent stays in the history.</source>
        <translation>„{name}“ löschen? Die anstehenden Nachrichten der Regel werden storniert; bereits Gesendetes bleibt im Verlauf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a rule and type a booking id.</source>
        <translation>Wählen Sie eine Regel und geben Sie eine Buchungs-ID ein.</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../ui/views/calendar_push.py" line="+40"/>
        <source>Listing</source>
        <extracomment>Account states in which nothing can be sent until a key is given (or replaced).</extracomment>
        <translation>Inserat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Zimmertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queued: waiting for the Coliving.com key (add it in Settings).</source>
        <translation>Eingereiht: wartet auf den Coliving.com-Schlüssel (in den Einstellungen hinzufügen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: Coliving.com is offline; it is sent when the connection returns.</source>
        <translation>Eingereiht: Coliving.com ist offline; wird gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: Coliving.com&apos;s rate limit is reached; it is sent when it reopens.</source>
        <translation>Eingereiht: Das Anfragelimit von Coliving.com ist erreicht; wird gesendet, sobald es wieder frei ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: no sync worker is running on the team database; it is sent when one runs.</source>
        <translation>Eingereiht: Auf der Team-Datenbank läuft kein Sync-Dienst; es wird gesendet, sobald einer läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: sending to Coliving.com.</source>
        <translation>Eingereiht: wird an Coliving.com gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by Coliving.com: {reason}</source>
        <translation>Von Coliving.com abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: Coliving.com&apos;s rate limit reopens shortly.</source>
        <translation>Wartet: Das Anfragelimit von Coliving.com wird in Kürze wieder frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to Coliving.com…</source>
        <translation>Wird an Coliving.com gesendet…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set availability</source>
        <translation>Verfügbarkeit setzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free units of each day</source>
        <translation>Freie Einheiten je Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set to</source>
        <translation>Setzen auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units to set</source>
        <translation>Zu setzende Einheiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rows to send</source>
        <translation>Zu sendende Zeilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+82"/>
        <source>Queue these rows</source>
        <translation>Diese Zeilen einreihen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Select days of one or more room types in the calendar.</source>
        <translation>Wählen Sie im Kalender Tage eines oder mehrerer Zimmertypen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing {id}</source>
        <translation>Inserat {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type {id}</source>
        <translation>Zimmertyp {id}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queue this row</source>
        <translation>Diese Zeile einreihen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Queue these %n rows</source>
        <translation>
            <numerusform>Diese %n Zeile einreihen</numerusform>
            <numerusform>Diese %n Zeilen einreihen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <location filename="../ui/widgets/banner.py" line="+58"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>BookingBarDelegate</name>
    <message>
        <location filename="../ui/views/calendar_bars.py" line="+107"/>
        <source>Booking {id}</source>
        <extracomment>Height of the numbers at the top of a cell, and of one lane of bars under them. Height of the strip under the lanes that counts the stays without a bar (&quot;+2&quot;), on rows that have such stays.</extracomment>
        <translation>Buchung {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (pending)</source>
        <translation>{name} (ausstehend)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{booking}
Click to open it.</source>
        <translation>{booking}
Zum Öffnen klicken.</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <location filename="../ui/views/bookings_view.py" line="+32"/>
        <source>Pending</source>
        <extracomment>A booking&apos;s status as the window names it; a status the channel adds later shows as it sends it.</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <location line="+20"/>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing / room</source>
        <translation>Inserat / Zimmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <location line="-38"/>
        <source>Guest and price details are not fetched yet; syncs bring them a few bookings at a time.</source>
        <extracomment>Details are fetched a few bookings per sync, and only while Coliving.com answers: no promise of &quot;next&quot;.</extracomment>
        <translation>Gast- und Preisdetails sind noch nicht abgerufen; jede Synchronisierung holt sie für einige Buchungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rooms</source>
        <translation>
            <numerusform>%n Zimmer</numerusform>
            <numerusform>%n Zimmer</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Select a booking to see the guest, dates and price.</source>
        <extracomment>Open the Coliving.com conversation of a booking (thread key &quot;coliving:&lt;booking id&gt;&quot;).</extracomment>
        <translation>Buchung wählen für Gast, Daten und Preis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bookings as CSV</source>
        <translation>Buchungen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search guest, email, reference or booking id</source>
        <translation>Gast, E-Mail, Referenz oder Buchungs-ID suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming and current only</source>
        <translation>Nur kommende und laufende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this booking&apos;s conversation in the Inbox</source>
        <translation>Unterhaltung zu dieser Buchung im Posteingang öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected booking&apos;s messages</source>
        <translation>Nachrichten der ausgewählten Buchung öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search bookings</source>
        <translation>Buchungen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest name, email, reference or booking id</source>
        <translation>Name des Gastes, E-Mail, Referenz oder Buchungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking status</source>
        <translation>Buchungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking details</source>
        <translation>Buchungsdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the bookings the filter shows as a CSV file</source>
        <translation>Die vom Filter gezeigten Buchungen als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this booking&apos;s messages</source>
        <translation>Nachrichten zu dieser Buchung öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln Buchung</numerusform>
            <numerusform>%Ln Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>room {id}</source>
        <translation>Zimmer {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing / room</source>
        <translation>Inserat / Zimmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local total</source>
        <translation>Gesamt (Landeswährung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security deposit</source>
        <translation>Kaution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking id</source>
        <translation>Buchungs-ID</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../ui/views/calendar_view.py" line="+147"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One week across, starting on the first day of the week</source>
        <translation>Eine Woche in der Breite, ab dem ersten Tag der Woche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to a month</source>
        <translation type="vanished">Zu einem Monat springen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One house: a Coliving.com listing together with the BookMyColiving property it is linked to</source>
        <translation>Ein Haus: ein Coliving.com-Inserat zusammen mit dem verknüpften BookMyColiving-Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+170"/>
        <source>All houses</source>
        <translation>Alle Häuser</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Edit listings…</source>
        <translation>Inserate bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name listings and room types, give their unit counts, currency and base price, and link a listing to its BookMyColiving property</source>
        <translation>Inserate und Zimmertypen benennen, Anzahl der Einheiten, Währung und Grundpreis angeben und ein Inserat mit seinem BookMyColiving-Objekt verknüpfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import listings…</source>
        <translation>Inserate importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read your Coliving.com listings, room types, unit counts and prices from a register file (JSON)</source>
        <translation>Ihre Coliving.com-Inserate, Zimmertypen, Einheiten und Preise aus einer Verzeichnisdatei (JSON) einlesen</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+68"/>
        <source>Availability calendar</source>
        <extracomment>How far ahead the calendar reaches (the longest range one push may cover).</extracomment>
        <translation>Verfügbarkeitskalender</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>One row per room type, one column per day</source>
        <translation>Eine Zeile je Zimmertyp, eine Spalte je Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to month</source>
        <translation>Zu Monat springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar problems</source>
        <translation>Probleme im Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units to set</source>
        <translation>Zu setzende Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability to send</source>
        <translation>Zu sendende Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Zimmertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base monthly price</source>
        <translation>Monatlicher Grundpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly rates</source>
        <translation>Monatspreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price or percent for the selected months</source>
        <translation>Preis oder Prozent für die gewählten Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the selected months by the percent</source>
        <translation>Gewählte Monate um den Prozentsatz erhöhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the selected months by the percent</source>
        <translation>Gewählte Monate um den Prozentsatz senken</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No Coliving.com room types yet. Import your listings (button above) or connect Coliving.com in Settings: room types appear as their bookings sync.</source>
        <translation>Noch keine Coliving.com-Zimmertypen. Importieren Sie Ihre Inserate (Schaltfläche oben) oder verbinden Sie Coliving.com in den Einstellungen: Zimmertypen erscheinen, sobald ihre Buchungen synchronisiert werden.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="vanished">Probleme</translation>
    </message>
    <message>
        <source>Fix: review the push that resolves it</source>
        <translation type="vanished">Beheben: passende Übertragung prüfen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="vanished">{month} {year}</translation>
    </message>
    <message>
        <source>No problems: nothing overbooked or drifting, nothing sold out.</source>
        <translation type="vanished">Keine Probleme: nichts überbucht, keine Abweichung, nichts ausgebucht.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>1 room type, {first} to {last}</source>
        <translation>1 Zimmertyp, {first} bis {last}</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Imported {listings} and {rooms}.</source>
        <translation>Importiert: {listings} und {rooms}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listings</source>
        <translation>
            <numerusform>%n Inserat</numerusform>
            <numerusform>%n Inserate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n room types</source>
        <translation>
            <numerusform>%n Zimmertyp</numerusform>
            <numerusform>%n Zimmertypen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>%n room types, {first} to {last}</source>
        <translation>
            <numerusform>%n Zimmertyp, {first} bis {last}</numerusform>
            <numerusform>%n Zimmertypen, {first} bis {last}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fix: {problem} (each day set to its free units)</source>
        <translation>Beheben: {problem} (jeder Tag auf seine freien Einheiten gesetzt)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sent: Coliving.com accepted the availability.</source>
        <translation>Gesendet: Coliving.com hat die Verfügbarkeit übernommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{state} The days concerned show ✗ failed in the calendar.</source>
        <translation>{state} Die betroffenen Tage zeigen im Kalender ✗ fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the calendar…</source>
        <translation>Kalender wird geladen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{guest} · {checkin} → {checkout} · {status}</source>
        <translation>{guest} · {checkin} → {checkout} · {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No booking found for this day</source>
        <translation>Keine Buchung für diesen Tag gefunden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import Coliving.com listings</source>
        <translation>Coliving.com-Inserate importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing register (*.json);;All files (*)</source>
        <translation>Inseratsverzeichnis (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not imported: {reason}</source>
        <translation>Nicht importiert: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/views/calendar_records.py" line="+61"/>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{listing} · {room}: {problems}, {days}</source>
        <translation>{listing} · {room}: {problems}, {days}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot be read as JSON: {error}</source>
        <translation>kann nicht als JSON gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>ChipSelectorWidget</name>
    <message>
        <location filename="../ui/widgets/chip_selector.py" line="+153"/>
        <source>Not in BookMyColiving&apos;s current list; kept as it was.</source>
        <extracomment>Keys that move the focus between chips, and by how much (None: to the first or the last). Chips were added or replaced (a form puts them back in its Tab order: new widgets go last).</extracomment>
        <translation>Nicht in der aktuellen Liste von BookMyColiving; unverändert beibehalten.</translation>
    </message>
</context>
<context>
    <name>CityComboBox</name>
    <message>
        <location filename="../ui/widgets/city_combo.py" line="+26"/>
        <source>Type to search cities</source>
        <translation>Tippen, um Städte zu suchen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cities appear after the first sync</source>
        <translation>Städte erscheinen nach der ersten Synchronisierung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{city} (not in the current city list)</source>
        <translation>{city} (nicht in der aktuellen Städteliste)</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../ui/widgets/composer.py" line="+34"/>
        <source>Not sent: replace the highlighted placeholders first.</source>
        <translation>Nicht gesendet: Ersetzen Sie zuerst die markierten Platzhalter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write something first: an empty reply is not sent.</source>
        <translation>Schreiben Sie zuerst etwas: Eine leere Antwort wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write a reply…  (Ctrl+Enter to send)</source>
        <extracomment>The text changed and the user paused typing: time to persist the draft. The user changed the text (typing, pasting, a saved reply); not emitted when a draft is loaded. The user asked for the saved replies manager.</extracomment>
        <translation>Antwort schreiben…  (Strg+Eingabe zum Senden)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search saved replies</source>
        <translation>Textbausteine durchsuchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter sends the reply</source>
        <translation>Strg+Eingabe sendet die Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>{count} / {limit}: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit}: %Ln Zeichen zu viel</numerusform>
            <numerusform>{count} / {limit}: %Ln Zeichen zu viel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../ui/errors.py" line="+71"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-10"/>
        <source>The channel</source>
        <translation>Der Kanal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done by the team&apos;s sync worker</source>
        <translation>Erledigt der Sync-Dienst des Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window works on the team database {database}. Only the team&apos;s sync worker talks to the channels (syncing, API keys, webhooks), so do this where the worker runs.</source>
        <translation>Dieses Fenster arbeitet mit der Team-Datenbank {database}. Nur der Sync-Dienst des Teams spricht mit den Kanälen (Synchronisierung, API-Schlüssel, Webhooks); erledigen Sie das daher dort, wo der Dienst läuft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+125"/>
        <source>{channel} refused the API key</source>
        <translation>{channel} hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>{channel} says the key is wrong, inactive or expired. Open Settings to paste a new key.</source>
        <translation>{channel} meldet: Der Schlüssel ist falsch, inaktiv oder abgelaufen. Öffnen Sie die Einstellungen und fügen Sie einen neuen Schlüssel ein.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} says this account may not do that ({reason}).</source>
        <translation>{channel} meldet: Dieses Konto darf das nicht ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not found on the channel</source>
        <translation>Beim Kanal nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} no longer has this item. It may have been removed; the next sync will tidy the list.</source>
        <translation>{channel} hat diesen Eintrag nicht mehr. Vielleicht wurde er entfernt; die nächste Synchronisierung bereinigt die Liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be done now</source>
        <translation>Gerade nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} refused: {reason}</source>
        <translation>{channel} hat abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please correct the highlighted fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check what you entered</source>
        <translation>Bitte prüfen Sie Ihre Eingaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>{channel} asks us to slow down</source>
        <translation>{channel} bittet um weniger Zugriffe</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Too many requests for now. Work is kept and will continue in about {wait}.</source>
        <translation>Im Moment zu viele Zugriffe. Nichts geht verloren; es geht in etwa {wait} weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} is having trouble</source>
        <translation>{channel} hat Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} answered with an error ({status}). Nothing was lost; we will try again shortly.</source>
        <translation>{channel} hat mit einem Fehler geantwortet ({status}). Nichts ging verloren; wir versuchen es gleich erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is not answering</source>
        <translation>{channel} antwortet nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} took too long to answer. You can keep working; changes are sent when it responds.</source>
        <translation>{channel} hat zu lange nicht geantwortet. Sie können weiterarbeiten; Änderungen werden gesendet, sobald der Kanal antwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You appear to be offline</source>
        <translation>Sie scheinen offline zu sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} could not be reached. Check the internet connection. You can keep working from the cache; replies and changes wait in the outbox until {channel} answers again.</source>
        <translation>{channel} ist nicht erreichbar. Prüfen Sie die Internetverbindung. Sie können mit dem Cache weiterarbeiten; Antworten und Änderungen warten im Postausgang, bis {channel} wieder antwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{channel} sent something unexpected</source>
        <translation>{channel} hat Unerwartetes gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} answered in a form this version does not understand. Try again later or update the app.</source>
        <translation>{channel} hat in einer Form geantwortet, die diese Version nicht versteht. Versuchen Sie es später erneut oder aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reason} (HTTP {status}).</source>
        <translation>{reason} (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} refused the request</source>
        <translation>{channel} hat den Zugriff abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} could not be reached</source>
        <translation>{channel} ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while talking to {channel}. Try again in a moment.</source>
        <translation>Bei der Verbindung mit {channel} ist etwas schiefgelaufen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is unavailable</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That item changed meanwhile</source>
        <translation>Dieser Eintrag wurde inzwischen geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the view and try again.</source>
        <translation>Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local cache could not be read</source>
        <translation>Der lokale Cache konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache file is busy or damaged. Close other copies of the app; if this persists, remove the profile&apos;s cache.sqlite3 and sync again.</source>
        <translation>Die Cache-Datei ist belegt oder beschädigt. Schließen Sie andere Instanzen der App; bleibt das Problem bestehen, entfernen Sie die Datei cache.sqlite3 des Profils und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected problem stopped this action. Try again; if it keeps happening, restart colivingdesk.</source>
        <translation>Ein unerwartetes Problem hat diese Aktion abgebrochen. Versuchen Sie es erneut; passiert es wieder, starten Sie colivingdesk neu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too many requests for now. Syncing with {channel} continues at {time}; your work is kept.</source>
        <translation>Im Moment zu viele Zugriffe. Die Synchronisierung mit {channel} geht um {time} weiter; Ihre Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests for now. Syncing with {channel} continues when the channel allows; your work is kept.</source>
        <translation>Im Moment zu viele Zugriffe. Die Synchronisierung mit {channel} geht weiter, sobald der Kanal es zulässt; Ihre Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Settings to connect it.</source>
        <translation>Öffnen Sie die Einstellungen, um ihn zu verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} is not connected</source>
        <translation>{channel} ist nicht verbunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some {channel} updates could not be fetched</source>
        <translation>Einige Aktualisierungen von {channel} konnten nicht abgerufen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of {channel} was not refreshed; the next sync tries again.</source>
        <translation>Ein Teil von {channel} wurde nicht aktualisiert; die nächste Synchronisierung versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>FeedUnits</name>
    <message>
        <source>properties</source>
        <extracomment>What a feed counts, for :meth:`FeedProgress.line` (marked here: the feeds name them in English).</extracomment>
        <translation type="vanished">Objekte</translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="vanished">Anfragen</translation>
    </message>
    <message>
        <source>threads listed</source>
        <translation type="vanished">Unterhaltungen gelistet</translation>
    </message>
    <message>
        <source>threads</source>
        <translation type="vanished">Unterhaltungen</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation type="vanished">Buchungen</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="vanished">Unterhaltungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/progress.py" line="+33"/>
        <source>%Ln properties</source>
        <extracomment>Counted words of the progress line (English for one, when no translator is installed). What a feed counts (the feeds name it in English), and its words for a count, in the window&apos;s language: one literal call each, as ``pyside6-lupdate`` extracts only those.</extracomment>
        <translation>
            <numerusform>%Ln Objekt</numerusform>
            <numerusform>%Ln Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads listed</source>
        <translation>
            <numerusform>%Ln Unterhaltung gelistet</numerusform>
            <numerusform>%Ln Unterhaltungen gelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads</source>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln Buchung</numerusform>
            <numerusform>%Ln Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../sync/bmc_feeds.py" line="+61"/>
        <source>properties</source>
        <extracomment>Conversations opened at once: enough to hide latency, few enough to stay polite to the read budget. Fetched threads whose messages are stored together, in one store call and one transaction: a write per thread (a hand-off to the store thread, a commit and a round of statements each) cost about twice the store time per thread, which a first sync of thousands of threads paid in full; a commit writes back every index page it touched, so a thousand messages per commit rewrite each far less often than 250 did. Fetched threads left waiting for the store at most; fetching pauses beyond it, so a store slower than the network holds a few batches in memory rather than a whole first sync. Leads stored per transaction while walking (several list pages; see ``feeds.PageWriter``).</extracomment>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>reference data</source>
        <translation>Referenzdaten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>leads</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../sync/coliving_feeds.py" line="+86"/>
        <source>bookings</source>
        <extracomment>Statuses whose conversation is closed. The document lists confirmed, cancelled and pending, and a cancelled booking&apos;s conversation answers 409 to a new message. Any other status counts as open: a status the channel adds later then costs a read, never a missed message. Requests of each minute that background reads leave free for what the user does (replies, opening a conversation, a property write). Stays that ended this many days ago or less are still read in the background, but only with budget to spare and at most once per ``ENDED_INTERVAL``: guests write about deposits after leaving. Older history is read when the user opens it. Bookings stored per transaction while walking (several list pages; see ``feeds.PageWriter``). Each booking lands at a random place in four indexes, so a commit writes back most of their pages whatever the batch holds: at 1,000 a first sync&apos;s commits cost as much as its inserts, at 2,500 about 40% less. Details asked for in a complete pass: in effect all of them.</extracomment>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>booking messages</source>
        <extracomment>Bookings changed in the last run, for the messages feed to look at first.</extracomment>
        <translation>Buchungsnachrichten</translation>
    </message>
    <message>
        <location filename="../sync/progress.py" line="+3"/>
        <source>booking details</source>
        <extracomment>Feeds&apos; names that only progress shows (the others are each feed&apos;s ``label``).</extracomment>
        <translation>Buchungsdetails</translation>
    </message>
</context>
<context>
    <name>HouseChoice</name>
    <message>
        <location filename="../ui/widgets/house_choice.py" line="+42"/>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings of one house: a BookMyColiving property and its linked Coliving.com listings count as one</source>
        <translation>Buchungen eines Hauses: ein BookMyColiving-Objekt und die verknüpften Coliving.com-Inserate zählen als eines</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>All houses</source>
        <translation>Alle Häuser</translation>
    </message>
</context>
<context>
    <name>InWindowNotifications</name>
    <message>
        <location filename="../ui/widgets/notifications.py" line="+259"/>
        <source>Recent notifications</source>
        <translation>Letzte Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Notifications ({count})</source>
        <translation>Benachrichtigungen ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../ui/views/inbox_filters.py" line="+20"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reply</source>
        <translation>Antwort offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to me</source>
        <extracomment>Offered only in a team (see ``set_person``): conversations assigned to the person at this window.</extracomment>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+32"/>
        <source>Filter conversations</source>
        <extracomment>Whose &quot;Assigned to me&quot; this is (a person&apos;s key, see ``colivingdesk.people``).</extracomment>
        <translation>Unterhaltungen filtern</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversations about one BookMyColiving property or Coliving.com listing</source>
        <translation>Unterhaltungen zu einem BookMyColiving-Objekt oder Coliving.com-Inserat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Guest name, subject or message text</source>
        <translation>Name des Gastes, Betreff oder Nachrichtentext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All properties</source>
        <translation>Alle Objekte</translation>
    </message>
</context>
<context>
    <name>InboxMarks</name>
    <message>
        <location filename="../ui/views/inbox_marks.py" line="+55"/>
        <source>Mark as read</source>
        <extracomment>How long a conversation opened by moving through the list stays open before it counts as read.</extracomment>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (archive)</source>
        <translation>Erledigt (archivieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move back to Inbox</source>
        <translation>Zurück in den Posteingang</translation>
    </message>
</context>
<context>
    <name>InboxReplies</name>
    <message>
        <location filename="../ui/views/inbox_replies.py" line="+45"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the reply that was not sent</source>
        <translation>Nicht gesendete Antwort erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the reply that was not sent</source>
        <translation>Nicht gesendete Antwort verwerfen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel sending the newest reply that waits</source>
        <translation>Senden der neuesten wartenden Antwort abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n replies wait to be sent.</source>
        <translation>
            <numerusform>%n Antwort wartet auf das Senden.</numerusform>
            <numerusform>%n Antworten warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The channel</source>
        <translation>Der Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} refused it</source>
        <translation>{channel} hat sie abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not sent (%n replies): {reason}</source>
        <translation>
            <numerusform>Nicht gesendet (%n Antwort): {reason}</numerusform>
            <numerusform>Nicht gesendet (%n Antworten): {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>That reply is already being sent and can no longer be stopped.</source>
        <translation>Diese Antwort wird bereits gesendet und kann nicht mehr aufgehalten werden.</translation>
    </message>
</context>
<context>
    <name>InboxTeam</name>
    <message>
        <location filename="../ui/views/inbox_team.py" line="+45"/>
        <source>{name} is writing to this guest</source>
        <extracomment>How often presence is written again while the user keeps typing (it expires after ``PRESENCE_TTL``). How often an open banner re-reads presence, so one whose writer vanished goes once it expires.</extracomment>
        <translation>{name} schreibt diesem Gast gerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} are writing to this guest</source>
        <translation>{names} schreiben diesem Gast gerade</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Assign conversation</source>
        <translation>Unterhaltung zuweisen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✎ {name}</source>
        <translation>✎ {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ {name}</source>
        <translation>→ {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to {name}</source>
        <translation>{name} zugewiesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent by {name}</source>
        <translation>Gesendet von {name}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../ui/views/inbox_view.py" line="+66"/>
        <source>Coliving.com has closed this conversation (the booking is cancelled): replies cannot be sent. Your text is kept.</source>
        <translation>Coliving.com hat diese Unterhaltung geschlossen (die Buchung ist storniert): Antworten können nicht gesendet werden. Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Conversations</source>
        <extracomment>A thread was opened (key &quot;channel:external_id&quot;). The user asked to see the booking behind a Coliving.com conversation. Unread counts may have changed because the user read something.</extracomment>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open conversation, oldest message first</source>
        <translation>Die geöffnete Unterhaltung, älteste Nachricht zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the booking behind this conversation</source>
        <translation>Buchung zu dieser Unterhaltung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark conversation unread</source>
        <translation>Unterhaltung als ungelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: archive conversation</source>
        <translation>Erledigt: Unterhaltung archivieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a conversation to read it.

Both channels&apos; messages are listed on the left.</source>
        <translation>Wählen Sie eine Unterhaltung, um sie zu lesen.

Links stehen die Nachrichten beider Kanäle.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open booking</source>
        <translation>Buchung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark unread</source>
        <translation>Als ungelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this conversation as unread again (Ctrl+U)</source>
        <translation>Diese Unterhaltung wieder als ungelesen anzeigen (Strg+U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Archive: out of the Inbox until the guest writes again (Ctrl+E)</source>
        <translation>Archivieren: aus dem Posteingang, bis der Gast wieder schreibt (Strg+E)</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{conversations} · %Ln unread</source>
        <translation>
            <numerusform>{conversations} · %Ln ungelesen</numerusform>
            <numerusform>{conversations} · %Ln ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move to Inbox</source>
        <translation>In den Posteingang</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../sync/pushes.py" line="+34"/>
        <source>the Coliving.com document defines no way to remove a monthly override (price_jan...price_dec are optional numbers; it does not say that null or leaving one out removes one); set the month to the price it should have instead</source>
        <extracomment>Longest availability range accepted in one push, in months from its first day.</extracomment>
        <translation>das Coliving.com-Dokument sieht keine Möglichkeit vor, einen Monats-Sonderpreis zu entfernen (price_jan...price_dec sind optionale Zahlen; es sagt nicht, dass null oder Weglassen ihn entfernt); setzen Sie den Monat stattdessen auf den Preis, den er haben soll</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <extracomment>``PushInputError.code`` of a price of 0 sent without confirming it (the window asks instead).</extracomment>
        <translation>{text} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{text} is not a whole number or &apos;free&apos;</source>
        <translation>{text} ist keine ganze Zahl und nicht &apos;free&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is negative; availability is 0 or more</source>
        <translation>{number} ist negativ; die Verfügbarkeit ist 0 oder mehr</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <location filename="../sync/register_edits.py" line="+86"/>
        <location line="+2"/>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sync/register_edits.py" line="+2"/>
        <source>{number} is negative; prices are 0 or more</source>
        <translation>{number} ist negativ; Preise sind 0 oder mehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>listing {listing} is not known; import the register (`colivingdesk listings import`)</source>
        <translation>Inserat {listing} ist nicht bekannt; importieren Sie das Verzeichnis (`colivingdesk listings import`)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room type {room_type} is not a room type of listing {listing}</source>
        <translation>Zimmertyp {room_type} ist kein Zimmertyp des Inserats {listing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{end} is before the start {start}</source>
        <translation>{end} liegt vor dem Beginn {start}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the range from {start} to {end} is over {months} months</source>
        <translation>der Zeitraum von {start} bis {end} ist länger als {months} Monate</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the unit count of room type {room_type} is not known, so its free units are not; give it in the register (amount) or push a number</source>
        <translation>die Anzahl der Einheiten von Zimmertyp {room_type} ist unbekannt, die freien Einheiten daher auch; geben Sie sie im Verzeichnis an (amount) oder senden Sie eine Zahl</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nothing to fix: no day with drift or overbooking and a known unit count</source>
        <translation>nichts zu beheben: kein Tag mit Abweichung oder Überbuchung und bekannter Anzahl an Einheiten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>required: the register has no base price for this room type; give --base</source>
        <translation>erforderlich: Das Verzeichnis hat keinen Grundpreis für diesen Zimmertyp; geben Sie --base an</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../sync/register.py" line="+138"/>
        <location filename="../sync/register_edits.py" line="-16"/>
        <source>{code} is not an ISO 4217 currency code</source>
        <translation>{code} ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{item} is not MONTH=PRICE (for example jan=1320)</source>
        <translation>{item} hat nicht die Form MONAT=PREIS (zum Beispiel jan=1320)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given twice</source>
        <translation>doppelt angegeben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is not a month (jan, feb, ... dec)</source>
        <translation>{name} ist kein Monat (jan, feb, ... dec)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 would offer the room for free; confirm it explicitly (--allow-zero)</source>
        <translation>0 würde das Zimmer kostenlos anbieten; bestätigen Sie es ausdrücklich (--allow-zero)</translation>
    </message>
    <message>
        <location filename="../sync/register.py" line="-64"/>
        <source>expected an object with a &apos;listings&apos; array</source>
        <extracomment>Listing fields kept in ``Listing.extra`` (the rest of the register is in columns).</extracomment>
        <translation>erwartet wurde ein Objekt mit einer Liste &apos;listings&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>expected an array</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+43"/>
        <location line="+8"/>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>names listing {owner}, not the listing {listing} it is in</source>
        <translation>nennt Inserat {owner}, nicht das Inserat {listing}, in dem es steht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected an id (a number or a non-empty text)</source>
        <translation>erwartet wurde eine ID (eine Zahl oder ein nicht leerer Text)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a text</source>
        <translation>erwartet wurde ein Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a whole number of at least 0</source>
        <translation>erwartet wurde eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>expected a number</source>
        <translation>erwartet wurde eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number of at least 0</source>
        <translation>erwartet wurde eine Zahl ab 0</translation>
    </message>
    <message>
        <location filename="../sync/register_edits.py" line="-13"/>
        <source>{text} is not a whole number</source>
        <translation>{text} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is negative; give 0 or more</source>
        <translation>{number} ist negativ; geben Sie 0 oder mehr an</translation>
    </message>
    <message>
        <location filename="../sync/outbox.py" line="+535"/>
        <source>The reply is empty.</source>
        <extracomment>BookMyColiving reply times inside the cap&apos;s window as last read from the persisted log (plus the ones sent since), so the status bar can show the reply budget without reading the store itself. Both channels&apos; reply endpoints refuse longer text.</extracomment>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply can be at most {limit} characters (this one has {count}).</source>
        <translation>Eine Antwort darf höchstens {limit} Zeichen haben (diese hat {count}).</translation>
    </message>
    <message>
        <location filename="../sync/channel_writes.py" line="+167"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add at least one photo URL.</source>
        <translation>Fügen Sie mindestens eine Foto-URL hinzu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the property this reply is about.</source>
        <translation>Wählen Sie das Objekt, um das es in dieser Antwort geht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>Connected to BookMyColiving.</source>
        <extracomment>Counted words of a key check (English for one, when no translator is installed).</extracomment>
        <translation type="vanished">Mit BookMyColiving verbunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/key_check.py" line="+41"/>
        <source>%Ln properties</source>
        <translation>
            <numerusform>%Ln Objekt</numerusform>
            <numerusform>%Ln Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host</source>
        <translation>der Gastgeber</translation>
    </message>
    <message>
        <source>Connected to Coliving.com as {name}.</source>
        <translation type="vanished">Mit Coliving.com verbunden als {name}.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The key works: BookMyColiving accepted it.</source>
        <extracomment>Counted words of a key check (English for one, when no translator is installed).</extracomment>
        <translation>Der Schlüssel funktioniert: BookMyColiving hat ihn angenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key works: Coliving.com knows it as {name}.</source>
        <translation>Der Schlüssel funktioniert: Coliving.com kennt ihn als {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key was refused.</source>
        <translation>Der API-Schlüssel wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached; try again in {wait} s.</source>
        <translation>Zugriffslimit erreicht; versuchen Sie es in {wait} s erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel could not be reached.</source>
        <translation>Der Kanal war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel answered with an error.</source>
        <translation>Der Kanal hat mit einem Fehler geantwortet.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../ui/keyboard.py" line="+60"/>
        <source>Next tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../secrets.py" line="+70"/>
        <source>from {variable}</source>
        <translation>aus {variable}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the system keyring</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keys are kept for this session only and forgotten when you quit.</source>
        <translation>Schlüssel gelten nur für diese Sitzung und werden beim Beenden vergessen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys are stored in the system keyring ({backend}).</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems gespeichert ({backend}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure system keyring is available on this computer, so keys cannot be saved. You can use them for this session only, or set COLIVINGDESK_* environment variables.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Schlüsselbund, daher können Schlüssel nicht gespeichert werden. Sie können sie nur für diese Sitzung verwenden oder COLIVINGDESK_*-Umgebungsvariablen setzen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The system keyring could not be read ({error}).</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The system keyring refused to save the key ({error}).</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Schlüssels abgelehnt ({error}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The system keyring refused to delete the key ({error}).</source>
        <translation>Der Schlüsselbund des Systems hat das Löschen des Schlüssels abgelehnt ({error}).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="+32"/>
        <source>Booking {reference}</source>
        <translation>Buchung {reference}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listing {id}</source>
        <translation>Inserat {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Property {id}</source>
        <translation>Objekt {id}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown guest</source>
        <translation>Unbekannter Gast</translation>
    </message>
    <message>
        <location filename="../sync/register.py" line="-149"/>
        <source>unnamed, from bookings</source>
        <extracomment>Shown for a listing known only because a booking named it.</extracomment>
        <translation>ohne Namen, aus Buchungen</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <location filename="../ui/views/leads_view.py" line="+35"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move-in</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location line="+38"/>
        <source>Select a lead to see the guest&apos;s details and message.</source>
        <extracomment>The user has now seen every lead (the sidebar&apos;s &quot;new leads&quot; badge should drop to zero). Open the lead&apos;s conversation (thread key); True when the user wants to reply right away.</extracomment>
        <translation>Anfrage wählen für Angaben und Nachricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export leads as CSV</source>
        <translation>Anfragen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search guest name, email, phone or message</source>
        <translation>Name, E-Mail, Telefon oder Nachricht suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected lead&apos;s conversation</source>
        <translation>Unterhaltung der ausgewählten Anfrage öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search leads</source>
        <translation>Anfragen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest name, email, phone or message</source>
        <translation>Name des Gastes, E-Mail, Telefon oder Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead details</source>
        <translation>Details der Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the leads the filter shows as a CSV file</source>
        <translation>Die vom Filter gezeigten Anfragen als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this lead&apos;s conversation</source>
        <translation>Unterhaltung zu dieser Anfrage öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to this lead</source>
        <translation>Auf diese Anfrage antworten</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All properties</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Property</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move-in</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conversation with this guest is cached yet.</source>
        <translation>Mit diesem Gast ist noch keine Unterhaltung im Cache.</translation>
    </message>
</context>
<context>
    <name>ListingFields</name>
    <message>
        <location filename="../ui/dialogs/listing_fields.py" line="+60"/>
        <source>A price cannot be negative: enter the monthly price in dollars, like 800</source>
        <extracomment>Room option types the document shows. Others from the server are kept and offered back, never dropped. Editor fields, in the order they appear on screen; error paths resolve to one of these.</extracomment>
        <translation>Ein Preis kann nicht negativ sein: Geben Sie den Monatspreis in Dollar ein, z. B. 800</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a monthly price in dollars, like 800 or 1,250.50</source>
        <translation>Geben Sie einen Monatspreis in Dollar ein, z. B. 800 oder 1,250.50</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Private room</source>
        <extracomment>The words for the room types the document shows; the codes stay what is stored and sent.</extracomment>
        <translation>Privatzimmer</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Give the listing a name.</source>
        <extracomment>Fields that are sets on the channel: the chips list them in reference order, the cache in its own.</extracomment>
        <translation>Geben Sie dem Inserat einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name under {count} characters.</source>
        <translation>Der Name muss kürzer als {count} Zeichen sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the city from the list.</source>
        <translation>Wählen Sie die Stadt aus der Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the address guests&apos; questions should reach.</source>
        <translation>Geben Sie die Adresse an, an die Gäste ihre Fragen richten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one room option with its monthly price.</source>
        <translation>Fügen Sie mindestens eine Zimmeroption mit Monatspreis hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room option {index}: enter its monthly price.</source>
        <translation>Zimmeroption {index}: Geben Sie den Monatspreis ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room option {index}: the price must be between $0.01 and $1,000,000.</source>
        <translation>Zimmeroption {index}: Der Preis muss zwischen 0,01 $ und 1.000.000 $ liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room option {index}: choose a room type.</source>
        <translation>Zimmeroption {index}: Wählen Sie einen Zimmertyp.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo addresses must start with https://</source>
        <translation>Fotoadressen müssen mit https:// beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo addresses cannot contain spaces.</source>
        <translation>Fotoadressen dürfen keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the whole photo address, like https://example.com/photo.jpg</source>
        <translation>Geben Sie die vollständige Fotoadresse ein, z. B. https://example.com/photo.jpg</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Name</source>
        <extracomment>The form&apos;s label per API field, in English; :func:`field_label` gives the translated one.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community type</source>
        <translation>Community-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room options</source>
        <translation>Zimmeroptionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
</context>
<context>
    <name>ListingForm</name>
    <message>
        <location filename="../ui/dialogs/listing_form.py" line="+34"/>
        <source>The place</source>
        <translation>Die Unterkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and community</source>
        <translation>Kontakt und Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms, prices and photos</source>
        <translation>Zimmer, Preise und Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your own records</source>
        <translation>Für Ihre Unterlagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>e.g. Sunny Coliving Lisbon</source>
        <translation>z. B. Sonniges Coliving Berlin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What makes living here good: rooms, community, neighbourhood.</source>
        <translation>Was das Wohnen hier ausmacht: Zimmer, Community, Nachbarschaft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host@example.com</source>
        <translation>host@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own id for this listing, e.g. from your PMS (optional)</source>
        <translation>Ihre eigene ID für dieses Inserat, z. B. aus Ihrem PMS (optional)</translation>
    </message>
</context>
<context>
    <name>LocalDraftsWidget</name>
    <message>
        <location filename="../ui/widgets/local_drafts.py" line="+53"/>
        <source>Drafts on this computer (not sent to BookMyColiving)</source>
        <extracomment>False while its create is on its way to the channel (deleting the draft would not stop it).</extracomment>
        <translation>Entwürfe auf diesem Computer (nicht an BookMyColiving gesendet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafts on this computer</source>
        <translation>Entwürfe auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the selected draft</source>
        <translation>Ausgewählten Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>It is being created on BookMyColiving; wait for the answer.</source>
        <translation>Das Inserat wird gerade bei BookMyColiving angelegt; warten Sie auf die Antwort.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/lazy_views.py" line="+39"/>
        <source>Properties</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The properties view is not available in this build.</source>
        <translation>Die Objektansicht ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings view is not available in this build.</source>
        <translation>Die Einstellungen sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+93"/>
        <location line="+399"/>
        <source>Colivingdesk (demo)</source>
        <extracomment>How long after the Service is built the Settings page is (see ``paintEvent``): once the Service&apos;s start has run, so the window answers input between the two. A desktop notification was raised (title, text); also emitted when no tray exists, for tests and logs. The window was closed by the user (the app then shuts the Service down and quits). The window painted for the first time (the app builds the Service only then).</extracomment>
        <translation>Colivingdesk (Demo)</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Starting sync…</source>
        <extracomment>The channels with a saved account: a status refresh (every page of a sync) does not read the store.</extracomment>
        <translation>Synchronisierung startet…</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample data on a practice server: nothing you do here reaches a real channel.
Practice server back office: {url}</source>
        <translation>Beispieldaten auf einem Übungsserver: Nichts, was Sie hier tun, erreicht einen echten Kanal.
Backoffice des Übungsservers: {url}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open {section}</source>
        <translation>{section} öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search everything (guests, messages, bookings, listings)</source>
        <translation>Alles durchsuchen (Gäste, Nachrichten, Buchungen, Inserate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No conversation yet</source>
        <translation>Noch keine Unterhaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There are no messages for this booking in the cache yet.</source>
        <translation>Für diese Buchung sind noch keine Nachrichten im Cache.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>({count}) {title}</source>
        <translation>({count}) {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window_notices.py" line="+54"/>
        <source>%n new messages</source>
        <extracomment>The notices&apos; counted words, under the window&apos;s context (``pyside6-lupdate`` takes a plural only from a ``NAME.tr(source, &quot;&quot;, n)`` call, named like its context; see ``Counted``). One of each is said otherwise. The window&apos;s ``notified`` signal (title, text). The attention counts last shown (``MainWindow._show_counts``). BookMyColiving&apos;s first sync is importing the leads already there (see ``_importing_leads``).</extracomment>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New message from {guest}</source>
        <translation>Neue Nachricht von {guest}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Inbox to reply.</source>
        <translation>Öffnen Sie den Posteingang, um zu antworten.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n leads imported</source>
        <translation>
            <numerusform>%n Anfrage importiert</numerusform>
            <numerusform>%n Anfragen importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiries already on BookMyColiving when it was connected.</source>
        <translation>Anfragen, die beim Verbinden bereits auf BookMyColiving lagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New lead: {lead}</source>
        <translation>Neue Anfrage: {lead}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New lead</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new leads</source>
        <translation>
            <numerusform>%n neue Anfrage</numerusform>
            <numerusform>%n neue Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest asked about one of your properties.</source>
        <translation>Ein Gast hat zu einem Ihrer Objekte angefragt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bookings updated</source>
        <translation>
            <numerusform>%n Buchung aktualisiert</numerusform>
            <numerusform>%n Buchungen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{booking} updated</source>
        <translation>{booking} aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Bookings view for new or changed stays.</source>
        <translation>Neue oder geänderte Aufenthalte finden Sie unter Buchungen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reply not sent</source>
        <translation>Antwort nicht gesendet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The channel refused a reply.</source>
        <translation>Der Kanal hat eine Antwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+54"/>
        <source>Syncing both channels…</source>
        <translation>Beide Kanäle werden synchronisiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Synced: %n updates.</source>
        <translation>
            <numerusform>Synchronisiert: %n Aktualisierung.</numerusform>
            <numerusform>Synchronisiert: %n Aktualisierungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synced: no changes.</source>
        <translation>Synchronisiert: keine Änderungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some updates could not be fetched</source>
        <translation>Einige Aktualisierungen konnten nicht abgerufen werden</translation>
    </message>
</context>
<context>
    <name>MonthBox</name>
    <message>
        <location filename="../ui/views/calendar_months.py" line="+23"/>
        <location line="+1"/>
        <source>Go to a month</source>
        <translation>Zu einem Monat springen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <location filename="../ui/widgets/notifications.py" line="-86"/>
        <source>Notifications</source>
        <extracomment>What choosing it opens: a thread key (&quot;bmc:usr_1&quot;), a view key (&quot;leads&quot;), or None.</extracomment>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing new.</source>
        <translation>Nichts Neues.</translation>
    </message>
</context>
<context>
    <name>OccurrenceTextDialog</name>
    <message>
        <location filename="../ui/dialogs/automation_dialogs.py" line="+20"/>
        <source>Edit this message</source>
        <extracomment>(occurrence key, the new text or None for the saved reply again), once stored.</extracomment>
        <translation>Diese Nachricht bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text goes to this guest, this time only; the rule&apos;s saved reply is not changed.</source>
        <translation>Dieser Text geht nur dieses Mal an diesen Gast; der Textbaustein der Regel bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the saved reply</source>
        <translation>Textbaustein verwenden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: this message is no longer upcoming (sent, skipped or cancelled meanwhile).</source>
        <translation>Nicht gespeichert: Diese Nachricht steht nicht mehr an (inzwischen gesendet, übersprungen oder storniert).</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../ui/widgets/offline_banner.py" line="+33"/>
        <source>{first} and {second}</source>
        <extracomment>What the banner says for the offline channels and every channel&apos;s current status. States that prove the channel answered (or that there is no account left to be offline).</extracomment>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trying {channel} again…</source>
        <translation>{channel} wird erneut versucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach {channel}.</source>
        <translation>{channel} nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can keep working from the cache: replies and changes wait in the outbox until {names} answers again. If this lasts, check the internet connection.</source>
        <translation>Sie können mit dem Cache weiterarbeiten: Antworten und Änderungen warten im Postausgang, bis {names} wieder antwortet. Hält das an, prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} is offline</source>
        <translation>{names} ist offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can keep working from the cache: replies and changes wait in the outbox until {names} answer again. If this lasts, check the internet connection.</source>
        <translation>Sie können mit dem Cache weiterarbeiten: Antworten und Änderungen warten im Postausgang, bis {names} wieder antworten. Hält das an, prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} are offline</source>
        <translation>{names} sind offline</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/widgets/photo_strip.py" line="+166"/>
        <source>Loading photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo unavailable</source>
        <translation>Foto nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>PhotoStripWidget</name>
    <message>
        <location line="-117"/>
        <source>The first photo is the cover.</source>
        <translation>Das erste Foto ist das Titelbild.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on BookMyColiving: it cannot be removed or moved from here.</source>
        <translation>Bereits auf BookMyColiving: Es kann von hier aus nicht entfernt oder verschoben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos already on BookMyColiving cannot be removed or reordered from here (the channel offers no way to); new photos are added after them.</source>
        <translation>Fotos, die schon auf BookMyColiving sind, können von hier aus nicht entfernt oder umsortiert werden (der Kanal bietet dafür keinen Weg); neue Fotos kommen dahinter.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… photo address</source>
        <translation>https://… Fotoadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Earlier</source>
        <translation>◀ Nach vorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later ▶</source>
        <translation>Nach hinten ▶</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Photo address</source>
        <translation>Fotoadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the photo at this address</source>
        <translation>Foto unter dieser Adresse hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo earlier</source>
        <translation>Foto nach vorn verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo later</source>
        <translation>Foto nach hinten verschieben</translation>
    </message>
</context>
<context>
    <name>ProblemsBox</name>
    <message>
        <location filename="../ui/views/calendar_problems.py" line="+32"/>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix: review the push that resolves it</source>
        <translation>Beheben: passende Übertragung prüfen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{listing} · {room}</source>
        <translation>{listing} · {room}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not checked: %n room types without a unit count ({names}). Overbooking, drift and sold-out days can only be found once their units are known: give them in &quot;Edit listings…&quot; or &quot;Import listings…&quot;.</source>
        <translation>
            <numerusform>Nicht geprüft: %n Zimmertyp ohne Einheitenzahl ({names}). Überbuchung, Abweichung und ausgebuchte Tage lassen sich erst finden, wenn die Einheiten bekannt sind: Tragen Sie sie unter „Inserate bearbeiten…“ oder „Inserate importieren…“ ein.</numerusform>
            <numerusform>Nicht geprüft: %n Zimmertypen ohne Einheitenzahl ({names}). Überbuchung, Abweichung und ausgebuchte Tage lassen sich erst finden, wenn die Einheiten bekannt sind: Tragen Sie sie unter „Inserate bearbeiten…“ oder „Inserate importieren…“ ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems: nothing overbooked or drifting, nothing sold out.</source>
        <translation>Keine Probleme: nichts überbucht, keine Abweichung, nichts ausgebucht.</translation>
    </message>
</context>
<context>
    <name>PropertiesModel</name>
    <message>
        <location filename="../ui/models/properties_model.py" line="+34"/>
        <source>Draft</source>
        <extracomment>Role giving a row&apos;s status key for the chip delegate: &quot;draft&quot; | &quot;review&quot; | &quot;live&quot; | &quot;live_review&quot; | &quot;rejected&quot; | &quot;other&quot;. Role giving the pending write&apos;s state (&quot;queued&quot;, &quot;sending&quot;, &quot;failed&quot;, &quot;held&quot;) or None.</extracomment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live, changes in review</source>
        <translation>Online, Änderung in Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <extracomment>Filter choices offered to the user: label (English, translated in the ``PropertiesModel`` context where shown) -&gt; store filter fields.</extracomment>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BookMyColiving replayed its first answer to this request: it was not applied twice.</source>
        <translation>BookMyColiving hat seine erste Antwort auf diesen Auftrag wiederholt: Er wurde nicht doppelt ausgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating</source>
        <translation>Wird angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving changes</source>
        <translation>Änderungen werden gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting for review</source>
        <translation>Wird zur Prüfung eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublishing</source>
        <translation>Wird offline genommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding photos</source>
        <translation>Fotos werden hinzugefügt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sending</source>
        <extracomment>The channel answered it with a replay of its first answer (``Idempotent-Replayed: true``).</extracomment>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused by the channel</source>
        <translation>vom Kanal abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action}: waiting ({reason})</source>
        <translation>{action}: wartet ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit</source>
        <translation>Zugriffslimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}…</source>
        <translation>{action}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}: queued ({reason})</source>
        <translation>{action}: in der Warteschlange ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}: queued</source>
        <translation>{action}: in der Warteschlange</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from {price}</source>
        <translation>ab {price}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference: {reference}</source>
        <translation>Ihre Referenz: {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly price</source>
        <translation>Monatspreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{reason}
Open the listing to correct it, or retry.</source>
        <translation>{reason}
Öffnen Sie das Inserat, um es zu korrigieren, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the channel</source>
        <translation>Vom Kanal abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the outbox and sent as soon as BookMyColiving answers.</source>
        <translation>Bleibt im Postausgang und wird gesendet, sobald BookMyColiving antwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Anmerkungen der Prüfung: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live with the previous version; your latest changes are waiting for review.</source>
        <translation>Online mit der vorherigen Version; Ihre letzten Änderungen warten auf die Prüfung.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <location filename="../ui/views/properties_view.py" line="+81"/>
        <source>Delete “{name}”?</source>
        <extracomment>Question, consequence and button per action, in English; translated in the ``PropertiesView`` context.</extracomment>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listing and all its data are removed from BookMyColiving for good. Leads and conversations about it stay in your inbox.</source>
        <translation>Das Inserat und alle seine Daten werden endgültig von BookMyColiving entfernt. Anfragen und Unterhaltungen dazu bleiben in Ihrem Posteingang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete listing</source>
        <translation>Inserat löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpublish “{name}”?</source>
        <translation>„{name}“ offline nehmen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It goes back to Draft and disappears from the public site until you submit it again and it is approved.</source>
        <translation>Es wird wieder zum Entwurf und verschwindet von der öffentlichen Website, bis Sie es erneut einreichen und es freigegeben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>Unpublish</source>
        <translation>Offline nehmen</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+6"/>
        <source>Listings on BookMyColiving</source>
        <translation>Inserate auf BookMyColiving</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search name, address or your reference</source>
        <translation>Name, Adresse oder Ihre Referenz suchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <source>New listing</source>
        <translation>Neues Inserat</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+391"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="-423"/>
        <location line="+33"/>
        <source>Fetch listings from BookMyColiving now</source>
        <translation>Inserate jetzt von BookMyColiving abrufen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Search listings</source>
        <extracomment>The editor was opened (tests and the window&apos;s title bar listen). A listing to select as soon as it is in the table (a create the channel has just answered).</extracomment>
        <translation>Inserate suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address or your reference</source>
        <translation>Name, Adresse oder Ihre Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing status</source>
        <translation>Status des Inserats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing details</source>
        <translation>Details des Inserats</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Edit the selected listing</source>
        <translation>Ausgewähltes Inserat bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n listings</source>
        <translation>
            <numerusform>%n Inserat</numerusform>
            <numerusform>%n Inserate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n listing</source>
        <translation>
            <numerusform>%n Inserat</numerusform>
            <numerusform>%n Inserate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>BookMyColiving is not connected yet. Add its API key in Settings and your listings appear here; you can start writing a new one meanwhile.</source>
        <translation>BookMyColiving ist noch nicht verbunden. Hinterlegen Sie den API-Schlüssel in den Einstellungen, dann erscheinen Ihre Inserate hier; bis dahin können Sie schon ein neues schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a listing to see its review notes and what you can do with it.</source>
        <translation>Wählen Sie ein Inserat, um die Anmerkungen der Prüfung und die möglichen Aktionen zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No listings here yet. Use “New listing” to write your first one.</source>
        <translation>Noch keine Inserate. Schreiben Sie mit „Neues Inserat“ Ihr erstes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — {status}</source>
        <translation>{name} — {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your reference {reference}</source>
        <translation>Ihre Referenz {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last changed {time}</source>
        <translation>zuletzt geändert {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Anmerkungen der Prüfung: {notes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have unsaved changes to this listing; open it to continue.</source>
        <translation>Sie haben ungespeicherte Änderungen an diesem Inserat; öffnen Sie es, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous version stays online until BookMyColiving approves your changes.</source>
        <translation>Die vorherige Version bleibt online, bis BookMyColiving Ihre Änderungen freigibt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open its draft below to open that listing, replace it, or change your reference.</source>
        <translation>Öffnen Sie unten den Entwurf, um das andere Inserat zu öffnen, es zu ersetzen oder Ihre Referenz zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its draft below to correct it.</source>
        <translation>Öffnen Sie unten den Entwurf, um ihn zu korrigieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new listing was not created. Failed: {reason} {next}</source>
        <translation>Ein neues Inserat wurde nicht angelegt. Fehlgeschlagen: {reason} {next}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Creating %n new listing…</source>
        <translation>
            <numerusform>%n neues Inserat wird angelegt…</numerusform>
            <numerusform>%n neue Inserate werden angelegt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Creating %n new listings…</source>
        <translation>
            <numerusform>%n neues Inserat wird angelegt…</numerusform>
            <numerusform>%n neue Inserate werden angelegt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new listing</source>
        <translation>Das neue Inserat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” was created; BookMyColiving reviews it before it goes online.</source>
        <translation>„{name}“ wurde angelegt; BookMyColiving prüft es, bevor es online geht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untitled listing</source>
        <translation>Inserat ohne Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · kept {time}</source>
        <translation>{name} · gespeichert {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: open it to finish it and create it.</source>
        <translation>Nicht gesendet: Öffnen Sie es, um es fertigzustellen und anzulegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{draft} · creating…</source>
        <translation>{draft} · wird angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On its way to BookMyColiving.</source>
        <translation>Unterwegs zu BookMyColiving.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{draft} · not created</source>
        <translation>{draft} · nicht angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BookMyColiving refused it: open it to see why.</source>
        <translation>BookMyColiving hat es abgelehnt: Öffnen Sie es, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete the draft of “{name}”?</source>
        <translation>Den Entwurf von „{name}“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this untitled listing?</source>
        <translation>Dieses Inserat ohne Titel löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was never sent to BookMyColiving, so it cannot be brought back.</source>
        <translation>Es wurde nie an BookMyColiving gesendet und kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Submitting for review…</source>
        <translation>Wird zur Prüfung eingereicht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpublishing…</source>
        <translation>Wird offline genommen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>PropertyEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/property_editor.py" line="+83"/>
        <source>BookMyColiving reviews every new listing before it goes online: keep it as a draft on this computer until it is ready, nothing is sent until you create it.</source>
        <extracomment>Reference kinds as the store keeps them (see ``domain.ReferenceItem``). The dialog&apos;s size in lines of its font, so it grows with a larger font; the screen caps it (see ``_fit``). At most this tall at the usual font size (a 768-pixel laptop screen keeps room for the title bar and panel).</extracomment>
        <translation>BookMyColiving prüft jedes neue Inserat, bevor es online geht: Behalten Sie es als Entwurf auf diesem Computer, bis es fertig ist; gesendet wird erst, wenn Sie es anlegen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+336"/>
        <source>Edit “{name}”</source>
        <extracomment>The listing was accepted by the channel: its id (new for a create). The user asked to see another listing (the one that already has the typed reference). When this draft was started, and the channel&apos;s ``updatedAt`` of the version it was started from.</extracomment>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>New listing</source>
        <translation>Neues Inserat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the listing</source>
        <translation>Inserat speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+378"/>
        <source>{title}. {text}</source>
        <translation>{title}. {text}</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Discard my unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+232"/>
        <source>Room option {index}: {problem}</source>
        <translation>Zimmeroption {index}: {problem}</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+132"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Or press Ctrl+Enter in any field. Enter alone never saves.</source>
        <translation>Oder drücken Sie in einem beliebigen Feld Strg+Eingabe. Die Eingabetaste allein speichert nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <location line="+8"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Restored your unsaved changes from {time}.</source>
        <translation>Ihre ungespeicherten Änderungen von {time} wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored your unsaved changes from earlier.</source>
        <translation>Ihre früheren ungespeicherten Änderungen wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This listing is live. Saving keeps it online and sends your changes to BookMyColiving&apos;s review; they appear publicly once approved.</source>
        <translation>Dieses Inserat ist online. Beim Speichern bleibt es online und Ihre Änderungen gehen bei BookMyColiving in die Prüfung; öffentlich erscheinen sie nach der Freigabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This listing is live and earlier changes are still in review. Saving keeps it online and sends your changes to BookMyColiving&apos;s review; they appear publicly once approved.</source>
        <translation>Dieses Inserat ist online und frühere Änderungen sind noch in Prüfung. Beim Speichern bleibt es online und Ihre Änderungen gehen bei BookMyColiving in die Prüfung; öffentlich erscheinen sie nach der Freigabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BookMyColiving is reviewing this listing. You can still correct it.</source>
        <translation>BookMyColiving prüft dieses Inserat. Sie können es noch korrigieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BookMyColiving rejected this listing. Fix it, save, then submit it again.</source>
        <translation>BookMyColiving hat dieses Inserat abgelehnt. Korrigieren Sie es, speichern Sie und reichen Sie es erneut ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Anmerkungen der Prüfung: {notes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create and send to review</source>
        <translation>Anlegen und zur Prüfung senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept here until BookMyColiving has it.</source>
        <translation>Es bleibt hier, bis BookMyColiving es erhalten hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep as draft on this computer</source>
        <translation>Als Entwurf auf diesem Computer behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is sent; reopen it from “Drafts on this computer”.</source>
        <translation>Nichts wird gesendet; öffnen Sie ihn wieder unter „Entwürfe auf diesem Computer“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and send to review</source>
        <translation>Speichern und zur Prüfung senden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kept on this computer as a draft until you create it.</source>
        <translation>Bleibt als Entwurf auf diesem Computer, bis Sie es anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes are kept on this computer until you save.</source>
        <translation>Ungespeicherte Änderungen bleiben auf diesem Computer, bis Sie speichern.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: BookMyColiving refused the change. Correct it and save again.</source>
        <translation>Nicht gespeichert: BookMyColiving hat die Änderung abgelehnt. Korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this one</source>
        <translation>diese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another reference: {reference} is already used by “{name}”.</source>
        <translation>Wählen Sie eine andere Referenz: {reference} wird bereits von „{name}“ verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another reference: {reference} is already used.</source>
        <translation>Wählen Sie eine andere Referenz: {reference} wird bereits verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your reference, then save again.</source>
        <translation>Ändern Sie Ihre Referenz und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The channel refused the change.</source>
        <translation>Der Kanal hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not created: choose what to do with the listing that has this reference.</source>
        <translation>Nicht angelegt: Wählen Sie, was mit dem Inserat mit dieser Referenz geschehen soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the channel asked us to slow down</source>
        <translation>der Kanal bittet um weniger Zugriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send: {reason}.</source>
        <translation>Senden wartet: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating… (you can close this window; it is kept here until it is sent, then waits for BookMyColiving&apos;s review)</source>
        <translation>Wird angelegt… (Sie können dieses Fenster schließen; es bleibt hier, bis es gesendet ist, und wartet dann auf die Prüfung durch BookMyColiving)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving… (you can close this window; the change is kept and sent)</source>
        <translation>Wird gespeichert… (Sie können dieses Fenster schließen; die Änderung bleibt erhalten und wird gesendet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BookMyColiving refused the change: {reason}</source>
        <translation>BookMyColiving hat die Änderung abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This listing no longer exists on BookMyColiving. Your text is kept as a draft here.</source>
        <translation>Dieses Inserat gibt es auf BookMyColiving nicht mehr. Ihr Text bleibt hier als Entwurf erhalten.</translation>
    </message>
</context>
<context>
    <name>QuickSearchPopup</name>
    <message>
        <location filename="../ui/dialogs/quick_search.py" line="+103"/>
        <source>Search guests, bookings, leads, properties and messages</source>
        <extracomment>The search thread&apos;s results, delivered on the GUI thread (queued): generation, hits, their lines. The search thread finished a query: generation, error text or None.</extracomment>
        <translation>Gäste, Buchungen, Anfragen, Objekte und Nachrichten suchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+82"/>
        <source>Enter opens the selected result · Esc closes</source>
        <translation>Eingabe öffnet das gewählte Ergebnis · Esc schließt</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests, bookings, leads, properties and messages</source>
        <translation>Gäste, Buchungen, Anfragen, Objekte und Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the selected result, Escape closes</source>
        <translation>Eingabe öffnet das gewählte Ergebnis, Escape schließt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type to search.</source>
        <translation>Tippen, um zu suchen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The local cache could not be searched.</source>
        <translation>Der lokale Cache konnte nicht durchsucht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches in the local cache.</source>
        <translation>Keine Treffer im lokalen Cache.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/dialogs/quit_confirm.py" line="+31"/>
        <source>Quit</source>
        <extracomment>Outbox states that mean &quot;not on the channel yet and still meant to go&quot;. What the quit question reads from the outbox: the writes still meant to go, and refused ones (of which it names the replies, which the sidebar counts as not sent).</extracomment>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This computer does not keep the {channel} key after you quit: what waits for {channel} goes once the key is entered again.</source>
        <translation>Dieser Computer behält den {channel}-Schlüssel nach dem Beenden nicht: Was für {channel} wartet, wird gesendet, sobald der Schlüssel wieder eingegeben ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer does not keep the keys after you quit: what waits goes once the keys are entered again.</source>
        <translation>Dieser Computer behält die Schlüssel nach dem Beenden nicht: Was wartet, wird gesendet, sobald die Schlüssel wieder eingegeben sind.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is not sent yet. It will be sent the next time colivingdesk or `colivingdesk sync` runs.</source>
        <translation>{what} ist noch nicht gesendet. Das geschieht, sobald colivingdesk oder `colivingdesk sync` das nächste Mal läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} are not sent yet. They will be sent the next time colivingdesk or `colivingdesk sync` runs.</source>
        <translation>{what} sind noch nicht gesendet. Das geschieht, sobald colivingdesk oder `colivingdesk sync` das nächste Mal läuft.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Quit before everything is sent?</source>
        <translation>Beenden, bevor alles gesendet ist?</translation>
    </message>
</context>
<context>
    <name>QuitWords</name>
    <message numerus="yes">
        <location line="-89"/>
        <source>%n replies</source>
        <extracomment>How many writes of a kind wait (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n calendar updates</source>
        <translation>
            <numerusform>%n Kalenderänderung</numerusform>
            <numerusform>%n Kalenderänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listing changes</source>
        <translation>
            <numerusform>%n Inseratsänderung</numerusform>
            <numerusform>%n Inseratsänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n refused replies wait for you to retry or discard them.</source>
        <translation>
            <numerusform>%n abgelehnte Antwort wartet darauf, dass Sie sie erneut senden oder verwerfen.</numerusform>
            <numerusform>%n abgelehnte Antworten warten darauf, dass Sie sie erneut senden oder verwerfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../ui/views/rates_panel.py" line="+51"/>
        <source>A monthly override cannot be removed: the Coliving.com document defines no way to do it. To change a month, set it to the price it should have (&quot;Set to base price&quot; gives it the base price).</source>
        <translation>Ein monatlicher Sonderpreis kann nicht entfernt werden: Das Coliving.com-Dokument sieht dafür keinen Weg vor. Um einen Monat zu ändern, setzen Sie ihn auf den Preis, den er haben soll („Auf Grundpreis setzen“ gibt ihm den Grundpreis).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot be removed (the Coliving.com document defines no way); give it a price</source>
        <translation>kann nicht entfernt werden (das Coliving.com-Dokument sieht keinen Weg vor); geben Sie ihm einen Preis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent: accepted, not yet applied (Coliving.com processes rates in the background).</source>
        <translation>Gesendet: angenommen, noch nicht übernommen (Coliving.com verarbeitet Preise im Hintergrund).</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Zimmertyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>monthly price, e.g. 800</source>
        <translation>Monatspreis, z. B. 800</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+228"/>
        <source>Base price</source>
        <translation>Grundpreis</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>ISO code, e.g. EUR</source>
        <translation>ISO-Code, z. B. EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+218"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Monthly prices</source>
        <translation>Monatspreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override</source>
        <translation>Sonderpreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective price</source>
        <translation>Gültiger Preis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected months:</source>
        <translation>Gewählte Monate:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price or percent</source>
        <translation>Preis oder Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price or percent for the selected months</source>
        <translation>Preis oder Prozent für die gewählten Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set price</source>
        <translation>Preis setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %</source>
        <translation>+ %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise by percent</source>
        <translation>Um Prozent erhöhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− %</source>
        <translation>− %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower by percent</source>
        <translation>Um Prozent senken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to base price</source>
        <translation>Auf Grundpreis setzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Push rates</source>
        <translation>Preise senden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Room type {id}</source>
        <translation>Zimmertyp {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{listing} · {room}</source>
        <translation>{listing} · {room}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{code} is not an ISO 4217 currency code</source>
        <translation>{code} ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>{month}: {problem}</source>
        <translation>{month}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{price} (override kept: cannot be removed)</source>
        <translation>{price} (Sonderpreis bleibt: nicht entfernbar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{price} (not pushed)</source>
        <translation>{price} (nicht gesendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} (override)</source>
        <translation>{price} (Sonderpreis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} (base, not pushed)</source>
        <translation>{price} (Grundpreis, nicht gesendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} (base)</source>
        <translation>{price} (Grundpreis)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n changes not pushed yet: {fields}.</source>
        <translation>
            <numerusform>%n Änderung noch nicht gesendet: {fields}.</numerusform>
            <numerusform>%n Änderungen noch nicht gesendet: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier push: {state}</source>
        <translation>Vorheriges Senden: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select the months to change first.</source>
        <translation>Wählen Sie zuerst die zu ändernden Monate.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the base price first.</source>
        <translation>Geben Sie zuerst den Grundpreis an.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Offer for free?</source>
        <translation>Kostenlos anbieten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is 0: the room would be offered for free on Coliving.com. Send 0 anyway?</source>
        <translation>{field} ist 0: Das Zimmer würde auf Coliving.com kostenlos angeboten. Trotzdem 0 senden?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base price</source>
        <translation>Der Grundpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency</source>
        <translation>Die Währung</translation>
    </message>
</context>
<context>
    <name>ReconnectBannerWidget</name>
    <message>
        <location filename="../ui/widgets/banner.py" line="+36"/>
        <source>Reconnect {channel}: its key is not stored on this computer</source>
        <translation>{channel} neu verbinden: Der Schlüssel ist auf diesem Computer nicht gespeichert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing syncs with {channel} until you paste its API key again; replies and updates you make meanwhile wait for the key.</source>
        <extracomment>The user asked to enter this channel&apos;s key (the window opens Settings at its key field).</extracomment>
        <translation>Mit {channel} wird nichts synchronisiert, bis Sie den API-Schlüssel erneut einfügen; Antworten und Änderungen warten bis dahin auf den Schlüssel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the key</source>
        <translation>Schlüssel eingeben</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../ui/views/record_table.py" line="+68"/>
        <source>Nothing selected.</source>
        <extracomment>The selected record changed (None when nothing is selected). What the details pane says with nothing selected; subclasses mark theirs with their class as context.</extracomment>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export rows as CSV</source>
        <extracomment>The export dialog&apos;s title, marked the same way.</extracomment>
        <translation>Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows the current filter shows as a CSV file</source>
        <translation>Die vom aktuellen Filter gezeigten Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the listed rows as CSV</source>
        <translation>Aufgelistete Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {records} to {path}.</source>
        <translation>{records} nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>ReferenceConflictWidget</name>
    <message>
        <location filename="../ui/dialogs/reference_conflict.py" line="+19"/>
        <source>Open the existing listing</source>
        <translation>Vorhandenes Inserat öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it with what I typed</source>
        <translation>Durch meine Eingaben ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my reference</source>
        <translation>Meine Referenz ändern</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“{name}”</source>
        <extracomment>The existing listing&apos;s id: show it (the typed listing stays a draft). The existing listing&apos;s id: send the typed fields to it as a replace. Back to the form, on the reference field. One of the three was chosen: the failed create (this outbox id) has nothing more to say.</extracomment>
        <translation>„{name}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another of your listings</source>
        <translation>ein anderes Ihrer Inserate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A listing with reference {reference} already exists on BookMyColiving: {name}. Nothing you typed was sent to it, and your text is kept here. You can open that listing, replace its details with what you typed, or give this listing a different reference.</source>
        <translation>Auf BookMyColiving gibt es bereits ein Inserat mit der Referenz {reference}: {name}. Nichts von Ihren Eingaben wurde dorthin gesendet; Ihr Text bleibt hier erhalten. Sie können das vorhandene Inserat öffnen, seine Angaben durch Ihre Eingaben ersetzen oder diesem Inserat eine andere Referenz geben.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ui/views/register_dialog.py" line="+79"/>
        <source>Listings and room types</source>
        <translation>Inserate und Zimmertypen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coliving.com cannot tell us your listings: name them here, give each room type its number of rooms (units) and link a listing to the BookMyColiving property it is, so both show as one house.</source>
        <translation>Coliving.com liefert Ihre Inserate nicht: Benennen Sie sie hier, geben Sie für jeden Zimmertyp die Anzahl der Zimmer (Einheiten) an und verknüpfen Sie ein Inserat mit dem BookMyColiving-Objekt, das es ist, damit beide als ein Haus erscheinen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listings</source>
        <translation>Inserate</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Listing</source>
        <translation>Inserat</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stay minimum (nights)</source>
        <translation>Mindestaufenthalt (Nächte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BookMyColiving property</source>
        <translation>BookMyColiving-Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Room types</source>
        <translation>Zimmertypen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room type</source>
        <translation>Zimmertyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+117"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Base price</source>
        <translation>Grundpreis</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>{id} (unnamed, from bookings)</source>
        <translation>{id} (ohne Namen, aus Buchungen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BookMyColiving property of listing {id}</source>
        <translation>BookMyColiving-Objekt von Inserat {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stay minimum</source>
        <translation>Mindestaufenthalt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{field} of {who}: {problem}</source>
        <translation>{field} von {who}: {problem}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReplyState</name>
    <message>
        <location filename="../ui/models/inbox_models.py" line="+133"/>
        <location filename="../ui/views/inbox_team.py" line="-107"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent {time}</source>
        <translation>Gesendet {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The channel</source>
        <translation>Der Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} refused it</source>
        <translation>{channel} hat sie abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held: waiting for the key</source>
        <translation>Zurückgehalten: wartet auf den Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by the 60 replies per hour limit; goes at {time}</source>
        <translation>Vom Limit (60 Antworten pro Stunde) zurückgehalten; geht um {time} raus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by the 60 replies per hour limit</source>
        <translation>Vom Limit (60 Antworten pro Stunde) zurückgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued: {reason}</source>
        <translation>In Warteschlange: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: {channel} is offline</source>
        <translation>In Warteschlange: {channel} ist offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued until the team&apos;s sync worker reaches {channel}</source>
        <translation>Eingereiht, bis der Sync-Dienst des Teams {channel} erreicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued: waiting for the key</source>
        <translation>In Warteschlange: wartet auf den Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: {channel} asked us to wait</source>
        <translation>In Warteschlange: {channel} bittet zu warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: no sync worker is running</source>
        <translation>Eingereiht: kein Sync-Dienst läuft</translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <location filename="../ui/widgets/team_join.py" line="+58"/>
        <source>Restart now</source>
        <extracomment>Starts the new process; tests replace it to see the command without starting anything.</extracomment>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the window now</source>
        <translation>Das Fenster jetzt neu starten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The window could not be restarted: quit and start colivingdesk again.</source>
        <translation>Das Fenster konnte nicht neu gestartet werden: Beenden Sie colivingdesk und starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RoomOptionsModel</name>
    <message>
        <location filename="../ui/widgets/room_options_editor.py" line="+71"/>
        <source>Room type</source>
        <extracomment>Row keys the model keeps for itself: what was typed in the price cell and why it is not a price.</extracomment>
        <translation>Zimmertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly price (USD)</source>
        <translation>Monatspreis (USD)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A room type BookMyColiving sent that this app does not know; it is kept as it is.</source>
        <translation>Ein Zimmertyp von BookMyColiving, den diese App nicht kennt; er bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a price</source>
        <translation>Preis eingeben</translation>
    </message>
</context>
<context>
    <name>RoomOptionsWidget</name>
    <message>
        <location line="+139"/>
        <location line="+28"/>
        <source>Add room option</source>
        <translation>Zimmeroption hinzufügen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Room options</source>
        <translation>Zimmeroptionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type and monthly price of each option; F2 edits a cell</source>
        <translation>Zimmertyp und Monatspreis jeder Option; F2 bearbeitet eine Zelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove room option</source>
        <translation>Zimmeroption entfernen</translation>
    </message>
</context>
<context>
    <name>SavedRepliesButton</name>
    <message>
        <location filename="../ui/widgets/saved_replies.py" line="+187"/>
        <source>Saved replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply ({first} or {second} to search them)</source>
        <translation>Textbaustein einfügen ({first} oder {second} zum Suchen)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No saved replies yet</source>
        <translation>Noch keine Textbausteine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search saved replies…</source>
        <translation>Textbausteine durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage saved replies…</source>
        <translation>Textbausteine verwalten…</translation>
    </message>
</context>
<context>
    <name>SavedRepliesDialog</name>
    <message>
        <location filename="../ui/dialogs/saved_replies_dialog.py" line="+56"/>
        <source>{file} is not a JSON file ({problem}).</source>
        <translation>{file} ist keine JSON-Datei ({problem}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Saved replies</source>
        <extracomment>The saved replies changed (added, edited, deleted or imported).</extracomment>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders in braces are filled from the conversation</source>
        <translation>Platzhalter in geschweiften Klammern werden aus der Unterhaltung gefüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name for host_name</source>
        <translation>Ihr Name für host_name</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your favourites come first in the saved replies menu</source>
        <translation>Ihre Favoriten stehen im Menü der Textbausteine ganz oben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Check-in details</source>
        <translation>z. B. Infos zum Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hi {first_name}, your {room_type} is ready from {checkin}…</source>
        <translation>Hallo {first_name}, dein Zimmer ({room_type}) ist ab {checkin} bereit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert placeholder…</source>
        <translation>Platzhalter einfügen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save reply</source>
        <translation>Textbaustein speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name for {host_name}</source>
        <translation>Ihr Name für {host_name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the name of your Coliving.com profile</source>
        <translation>Leer: der Name Ihres Coliving.com-Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save name</source>
        <translation>Name speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to favourites</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite (listed first for you)</source>
        <translation>Favorit (für Sie ganz oben)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Saved “{title}”.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{host_name} is now “{name}”.</source>
        <translation>{host_name} ist jetzt „{name}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host_name} has no value yet.</source>
        <translation>{host_name} hat noch keinen Wert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export saved replies</source>
        <translation>Textbausteine exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import saved replies</source>
        <translation>Textbausteine importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n saved replies to {path}.</source>
        <translation>
            <numerusform>%n Textbaustein nach {path} exportiert.</numerusform>
            <numerusform>%n Textbausteine nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read {path}: {problem}</source>
        <translation>{path} konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved replies imported: {added}, {updated}.</source>
        <translation>Textbausteine importiert: {added}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neuer</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedReplyError</name>
    <message>
        <location filename="../store/saved_replies.py" line="+39"/>
        <source>A saved reply needs a title.</source>
        <translation>Ein Textbaustein braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles are at most {limit} characters.</source>
        <translation>Titel haben höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved reply needs some text.</source>
        <translation>Ein Textbaustein braucht einen Text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another saved reply is already called “{title}”.</source>
        <translation>Ein anderer Textbaustein heißt bereits „{title}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This saved reply was deleted meanwhile.</source>
        <translation>Dieser Textbaustein wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>SavedReplyPickerPopup</name>
    <message>
        <location filename="../ui/widgets/saved_replies.py" line="-134"/>
        <source>Type to find a saved reply</source>
        <extracomment>Marks a favourite saved reply (a person&apos;s own choice, see ``store.people``).</extracomment>
        <translation>Tippen, um einen Textbaustein zu finden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find a saved reply</source>
        <translation>Textbaustein finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter inserts the selected reply, Escape closes</source>
        <translation>Eingabe fügt den gewählten Textbaustein ein, Escape schließt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter inserts the selected reply · Esc closes</source>
        <translation>Eingabe fügt den gewählten Textbaustein ein · Esc schließt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved reply matches.</source>
        <translation>Kein Textbaustein passt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved replies yet: add some with Manage saved replies.</source>
        <translation>Noch keine Textbausteine: Legen Sie welche über Textbausteine verwalten an.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../ui/dialogs/quick_search.py" line="-166"/>
        <source>Lead: {name}</source>
        <translation>Anfrage: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Property: {name}</source>
        <translation>Objekt: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message: {name}</source>
        <translation>Nachricht: {name}</translation>
    </message>
    <message>
        <location filename="../ui/models/search_model.py" line="+23"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>SecretFieldWidget</name>
    <message>
        <location filename="../ui/widgets/account_box.py" line="-456"/>
        <location line="+18"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show or hide the text of {field}</source>
        <translation>Text von {field} anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/views/settings_view.py" line="+58"/>
        <source>Saved: Coliving.com stored the provider key.</source>
        <translation>Gespeichert: Coliving.com hat den Anbieterschlüssel hinterlegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: Coliving.com replaced the provider key it had.</source>
        <translation>Gespeichert: Coliving.com hat den bisherigen Anbieterschlüssel ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coliving.com already had this provider key; nothing changed.</source>
        <translation>Coliving.com hatte diesen Anbieterschlüssel bereits; nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the receiver could not be reached</source>
        <translation>der Empfänger war nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BookMyColiving could not deliver the event: {error}. Check the webhook URL in its dashboard and that the receiver is running.</source>
        <translation>BookMyColiving konnte das Ereignis nicht zustellen: {error}. Prüfen Sie die Webhook-URL im Dashboard von BookMyColiving und ob der Empfänger läuft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered and the signature verified on this computer ({event}).</source>
        <translation>Zugestellt und Signatur auf diesem Computer bestätigt ({event}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered, but the signature did not verify: the webhook secret here differs from the one in BookMyColiving&apos;s dashboard.</source>
        <translation>Zugestellt, aber die Signatur stimmt nicht: Das Webhook-Secret hier weicht von dem im Dashboard von BookMyColiving ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered, but no webhook secret is saved here, so it could not be checked.</source>
        <translation>Zugestellt, aber hier ist kein Webhook-Secret gespeichert, daher konnte die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered, but the receiver answered HTTP {status}.</source>
        <translation>Zugestellt, aber der Empfänger antwortete mit HTTP {status}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A secret is saved in the system keyring; type a new one to replace it</source>
        <translation>Secret im Schlüsselbund gespeichert; zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secret is in use for this session; type a new one to replace it</source>
        <translation>Secret für diese Sitzung aktiv; zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret comes from {variable}, which wins over one typed here</source>
        <translation>Secret aus {variable}; hat Vorrang vor einer Eingabe hier</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>The webhook secret (not the API key)</source>
        <translation>Das Webhook-Secret (nicht der API-Schlüssel)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect your channel accounts. Verify checks a key before you rely on it. Keys are never written to the app&apos;s files; each account says where its key is.</source>
        <translation>Verbinden Sie Ihre Kanalkonten. Prüfen testet einen Schlüssel, bevor Sie sich darauf verlassen. Schlüssel werden nie in die Dateien der App geschrieben; jedes Konto zeigt, wo sein Schlüssel liegt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>BookMyColiving webhook secret</source>
        <translation>BookMyColiving-Webhook-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the webhook secret</source>
        <translation>Webhook-Secret speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver port</source>
        <translation>Port des Empfängers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BookMyColiving webhooks (optional)</source>
        <translation>BookMyColiving-Webhooks (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhooks make new leads and messages appear within seconds instead of at the next poll. BookMyColiving signs each delivery with the webhook secret from its dashboard.</source>
        <translation>Mit Webhooks erscheinen neue Anfragen und Nachrichten innerhalb von Sekunden statt erst beim nächsten Abruf. BookMyColiving signiert jede Zustellung mit dem Webhook-Secret aus seinem Dashboard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>Save secret</source>
        <translation>Secret speichern</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Receive deliveries on this computer</source>
        <translation>Zustellungen auf diesem Computer empfangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook secret</source>
        <translation>Webhook-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+52"/>
        <source>Coliving.com provider key</source>
        <translation>Coliving.com-Anbieterschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key your property-management provider gave you, so Coliving.com can link your account to it. It is sent to Coliving.com and not kept on this computer.</source>
        <translation>Der Schlüssel, den Ihnen Ihr Anbieter für Objektverwaltung gegeben hat, damit Coliving.com Ihr Konto mit ihm verknüpfen kann. Er wird an Coliving.com gesendet und nicht auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider API key, e.g. mb_…</source>
        <translation>API-Schlüssel des Anbieters, z. B. mb_…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coliving.com</source>
        <translation>An Coliving.com senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider key</source>
        <translation>Anbieterschlüssel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save a working BookMyColiving key first.</source>
        <translation>Speichern Sie zuerst einen funktionierenden BookMyColiving-Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a working Coliving.com key first.</source>
        <translation>Speichern Sie zuerst einen funktionierenden Coliving.com-Schlüssel.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Keys will be kept for this session only.</source>
        <translation>Schlüssel werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the webhook secret from BookMyColiving first.</source>
        <translation>Fügen Sie zuerst das Webhook-Secret von BookMyColiving ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved in the system keyring. Deliveries are now checked against this secret.</source>
        <translation>Im Schlüsselbund des Systems gespeichert. Zustellungen werden jetzt mit diesem Secret geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session only. Deliveries are now checked against this secret.</source>
        <translation>Nur für diese Sitzung behalten. Zustellungen werden jetzt mit diesem Secret geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved, but deliveries are checked against the secret {source}.</source>
        <translation>Gespeichert, aber Zustellungen werden mit dem Secret {source} geprüft.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not listen on port {port}: {reason}.</source>
        <translation>Empfang auf Port {port} nicht möglich: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listening at {address} . Put this address (or a public address that forwards to it) in BookMyColiving&apos;s dashboard as the webhook URL.</source>
        <translation>Empfang unter {address} . Tragen Sie diese Adresse (oder eine öffentliche Adresse, die dorthin weiterleitet) im Dashboard von BookMyColiving als Webhook-URL ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not receiving webhooks; polling keeps everything up to date.</source>
        <translation>Webhooks werden nicht empfangen; regelmäßige Abrufe halten alles aktuell.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking BookMyColiving to send a signed test event…</source>
        <translation>BookMyColiving wird um ein signiertes Testereignis gebeten…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the provider key first.</source>
        <translation>Fügen Sie zuerst den Anbieterschlüssel ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Coliving.com answered: {status}.</source>
        <translation>Coliving.com antwortete: {status}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.py" line="+39"/>
        <source> or </source>
        <comment>between two key combinations</comment>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+34"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Tab and Shift+Tab move between controls; arrow keys move within lists and tables; Enter or Space activates the focused button.</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen Bedienelementen; Pfeiltasten bewegen sich in Listen und Tabellen; Eingabe oder Leertaste löst die fokussierte Schaltfläche aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n shortcuts: keys, action and where it works</source>
        <translation>
            <numerusform>%n Tastenkürzel: Tasten, Aktion und wo es gilt</numerusform>
            <numerusform>%n Tastenkürzel: Tasten, Aktion und wo sie gelten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <location filename="../ui/widgets/sidebar.py" line="+31"/>
        <location line="+46"/>
        <source>{count} unsent</source>
        <translation>{count} ungesendet</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../ui/models/sidebar_model.py" line="+44"/>
        <source>Inbox</source>
        <extracomment>Things the user sent that have not gone out yet (the inbox&apos;s unsent replies); painted as a second pill.</extracomment>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automations</source>
        <translation>Automatisierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{section} ({shortcut})</source>
        <translation>{section} ({shortcut})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{section}: %n need attention</source>
        <translation>
            <numerusform>{section}: %n braucht Aufmerksamkeit</numerusform>
            <numerusform>{section}: %n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{section}; %n reply not sent</source>
        <translation>
            <numerusform>{section}; %n Antwort nicht gesendet</numerusform>
            <numerusform>{section}; %n Antworten nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{section}; %n replies not sent</source>
        <translation>
            <numerusform>{section}; %n Antwort nicht gesendet</numerusform>
            <numerusform>{section}; %n Antworten nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>needs your attention</source>
        <translation>braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reply not sent yet</source>
        <translation>
            <numerusform>%n Antwort noch nicht gesendet</numerusform>
            <numerusform>%n Antworten noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies not sent yet</source>
        <translation>
            <numerusform>%n Antwort noch nicht gesendet</numerusform>
            <numerusform>%n Antworten noch nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarWidget</name>
    <message>
        <location filename="../ui/widgets/sidebar.py" line="+7"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 to Ctrl+7 open a section from anywhere</source>
        <translation>Strg+1 bis Strg+7 öffnen einen Bereich von überall</translation>
    </message>
</context>
<context>
    <name>StaleDraftNotice</name>
    <message>
        <location filename="../ui/dialogs/stale_draft.py" line="+25"/>
        <source>Show differences</source>
        <translation>Unterschiede anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide differences</source>
        <translation>Unterschiede ausblenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>none</source>
        <extracomment>Counted words of a difference (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field}: on BookMyColiving {theirs}; in your draft {mine}</source>
        <translation>{field}: auf BookMyColiving {theirs}; in Ihrem Entwurf {mine}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No field differs: the channel&apos;s change matches your draft.</source>
        <translation>Kein Feld weicht ab: Die Änderung des Kanals entspricht Ihrem Entwurf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discard my draft</source>
        <translation>Meinen Entwurf verwerfen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This listing changed on BookMyColiving on {time}, after you started this draft. Saving the draft would replace those changes with your version of every field.</source>
        <translation>Dieses Inserat wurde am {time} auf BookMyColiving geändert, nachdem Sie diesen Entwurf begonnen haben. Wenn Sie den Entwurf speichern, ersetzt Ihre Version diese Änderungen in jedem Feld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This listing changed on BookMyColiving, after you started this draft. Saving the draft would replace those changes with your version of every field.</source>
        <translation>Dieses Inserat wurde auf BookMyColiving geändert, nachdem Sie diesen Entwurf begonnen haben. Wenn Sie den Entwurf speichern, ersetzt Ihre Version diese Änderungen in jedem Feld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{restored} {warning}</source>
        <translation>{restored} {warning}</translation>
    </message>
</context>
<context>
    <name>StaleDraftWords</name>
    <message numerus="yes">
        <location line="-70"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusAnnouncer</name>
    <message>
        <location filename="../ui/announcer.py" line="+60"/>
        <source>Reply sent on {channel}</source>
        <translation>Antwort auf {channel} gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the channel refused it</source>
        <translation>der Kanal hat sie abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply not sent on {channel}: {reason}</source>
        <translation>Antwort auf {channel} nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{channel} is offline: changes wait in the outbox</source>
        <extracomment>States in which a channel has answered (the reverse of offline; &quot;syncing&quot; and &quot;idle&quot; prove nothing).</extracomment>
        <translation>{channel} ist offline: Änderungen warten im Postausgang</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{channel} is back online</source>
        <translation>{channel} ist wieder online</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>{feed}: {count} {unit}</source>
        <extracomment>At most one announcement per account this often (the Service&apos;s clock).</extracomment>
        <translation type="vanished">{feed}: {count} {unit}</translation>
    </message>
    <message>
        <location filename="../sync/progress.py" line="+42"/>
        <source>{feed}: {counted}</source>
        <extracomment>At most one announcement per account this often (the Service&apos;s clock).</extracomment>
        <translation>{feed}: {counted}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} more after this pass</source>
        <translation>{count} weitere nach diesem Durchgang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about {minutes} min left at {rate} requests a minute</source>
        <translation>noch etwa {minutes} Min. bei {rate} Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under a minute left at {rate} requests a minute</source>
        <translation>noch unter einer Minute bei {rate} Anfragen pro Minute</translation>
    </message>
</context>
<context>
    <name>SyncReason</name>
    <message>
        <location filename="../sync/outbox.py" line="-457"/>
        <source>Waiting for the 60 replies per hour limit to reopen.</source>
        <extracomment>How far a channel&apos;s message time may sit before our queue time and still count as &quot;after&quot; it (clock skew).</extracomment>
        <translation>Wartet, bis das Limit von 60 Antworten pro Stunde wieder frei ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An earlier send was interrupted; it is checked on the channel before it is sent again.</source>
        <extracomment>How long a claim protects an item from other processes on the same profile. Longer than the slowest send (30 s HTTP timeout, up to four tries with backoff, waits of up to 2 min for a cooldown, then a read-back), so a process still working is never overtaken; a claim whose process is known to be gone is taken over at once. Starts the random part of the claims of a process holding a team database&apos;s worker lock.</extracomment>
        <translation>Ein früheres Senden wurde unterbrochen; vor dem erneuten Senden wird beim Kanal geprüft, ob es angekommen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} refused the API key; it is sent once a new key is entered in Settings.</source>
        <extracomment>Reasons with values, stored in English and translated where shown (see ``translatable.reason_template``).</extracomment>
        <translation>{channel} hat den API-Schlüssel abgelehnt; wird gesendet, sobald in den Einstellungen ein neuer eingegeben ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} asked to wait until {time}.</source>
        <translation>{channel} hat gebeten, bis {time} zu warten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach {channel}; next try at {time}.</source>
        <translation>{channel} war nicht erreichbar; nächster Versuch um {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} had a problem (HTTP {status}); next try at {time}.</source>
        <translation>{channel} hatte ein Problem (HTTP {status}); nächster Versuch um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} sent an answer that could not be read; next try at {time}.</source>
        <translation>{channel} hat eine unlesbare Antwort gesendet; nächster Versuch um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be sent: {error}</source>
        <translation>Konnte nicht gesendet werden: {error}</translation>
    </message>
    <message>
        <location filename="../sync/automation_rules.py" line="+12"/>
        <source>Held: the last {reserve} replies this hour are kept for you.</source>
        <extracomment>Why an automated reply waits, on its outbox item (stored in English, translated where shown).</extracomment>
        <translation>Zurückgehalten: Die letzten {reserve} Antworten dieser Stunde bleiben für Sie frei.</translation>
    </message>
    <message>
        <location filename="../sync/automations.py" line="-348"/>
        <source>Not sent: {placeholders} had no value for this guest.</source>
        <extracomment>How far back unanswered guest messages are looked for (older ones are past any rule&apos;s use). How long after its time a message about a guest message, a lead or a cancellation is still worth sending. Reasons with values (stored in English, translated where shown: see ``translatable.reason_template``).</extracomment>
        <translation>Nicht gesendet: {placeholders} hatte für diesen Gast keinen Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placeholders} has no value yet: it is not sent unless one arrives by then.</source>
        <translation>{placeholders} hat noch keinen Wert: Die Nachricht wird nur gesendet, wenn bis dahin einer vorliegt.</translation>
    </message>
    <message>
        <location filename="../sync/listing_writes.py" line="+67"/>
        <source>A listing with reference {reference} already exists.</source>
        <extracomment>Payload notes (never read back as request fields, so a resend is unchanged by them). Stored with the failed create (in English, translated where shown: see ``translatable.reason_template``).</extracomment>
        <translation>Ein Inserat mit der Referenz {reference} existiert bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already used by “{name}”.</source>
        <translation>Bereits von „{name}“ verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already used by another of your listings.</source>
        <translation>Bereits von einem anderen Ihrer Inserate verwendet.</translation>
    </message>
</context>
<context>
    <name>TeamApp</name>
    <message>
        <location filename="../ui/team_app.py" line="+85"/>
        <source>Team database</source>
        <extracomment>Opens another read-only connection to the team database (quick search runs on one of its own). Chosen in Settings (saved in the profile) rather than by ``--database`` or the environment, so the window may offer to leave it.</extracomment>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team database saved in Settings could not be opened: {reason}

This computer&apos;s own cache opens instead. Settings → Team can test the connection again, or stop using the team database.</source>
        <translation>Die in den Einstellungen gespeicherte Team-Datenbank konnte nicht geöffnet werden: {reason}

Stattdessen wird der eigene Cache dieses Computers geöffnet. Unter Einstellungen → Team können Sie die Verbindung erneut testen oder die Team-Datenbank nicht mehr verwenden.</translation>
    </message>
</context>
<context>
    <name>TeamBoxWidget</name>
    <message>
        <location filename="../ui/widgets/team_box.py" line="+28"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save name</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your colleagues see this name when you are writing to a guest, when a conversation is assigned to you and under the replies you send. On a team&apos;s database, what you have read, your drafts and your favourite saved replies are your own.</source>
        <translation>Ihre Kollegen sehen diesen Namen, wenn Sie einem Gast schreiben, wenn Ihnen eine Unterhaltung zugewiesen ist und unter den Antworten, die Sie senden. In der Datenbank eines Teams gehören Gelesenes, Entwürfe und Lieblings-Textbausteine nur Ihnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save your name</source>
        <translation>Ihren Namen speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by {variable} for this session.</source>
        <translation>Für diese Sitzung durch {variable} festgelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: your colleagues see you as {name}.</source>
        <translation>Gespeichert: Ihre Kollegen sehen Sie als {name}.</translation>
    </message>
</context>
<context>
    <name>TeamJoinWidget</name>
    <message>
        <location filename="../ui/widgets/team_join.py" line="+21"/>
        <source>Work on your team&apos;s shared database instead of this computer&apos;s own cache: the team&apos;s sync worker then talks to the channels, and everyone sees the same conversations.</source>
        <translation>Arbeiten Sie mit der gemeinsamen Datenbank Ihres Teams statt mit dem Cache dieses Computers: Dann spricht der Sync-Dienst des Teams mit den Kanälen, und alle sehen dieselben Unterhaltungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://benutzer@server/datenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave empty when it is saved already or not needed</source>
        <translation>Leer lassen, wenn es schon gespeichert ist oder nicht gebraucht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept only in the system keyring, never in a file.</source>
        <translation>Das Passwort wird nur im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the team database</source>
        <translation>Die Verbindung zur Team-Datenbank testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Use this team database</source>
        <translation>Diese Team-Datenbank verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using it</source>
        <translation>Nicht mehr verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using the saved team database</source>
        <translation>Die gespeicherte Team-Datenbank nicht mehr verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This team database is saved, but it could not be opened when the window started: test the connection, or stop using it.</source>
        <translation>Diese Team-Datenbank ist gespeichert, konnte beim Start des Fensters aber nicht geöffnet werden: Testen Sie die Verbindung oder verwenden Sie sie nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo does not open team databases: start colivingdesk without --demo to use one.</source>
        <translation>Die Demo öffnet keine Team-Datenbanken: Starten Sie colivingdesk ohne --demo, um eine zu verwenden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the database URL, e.g. postgresql://ana@db.example.com/desk.</source>
        <translation>Geben Sie die Datenbank-URL ein, z. B. postgresql://ana@db.example.com/desk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This URL cannot be used: {reason}</source>
        <translation>Diese URL kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This URL carries a password, which would be saved in a file. Remove it from the URL and type it in the Password field: it is kept in the system keyring.</source>
        <translation>Diese URL enthält ein Passwort, das in einer Datei gespeichert würde. Entfernen Sie es aus der URL und geben Sie es im Feld Passwort ein: Es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signs in as {label}.</source>
        <translation>Meldet sich als {label} an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to {label}…</source>
        <translation>Verbinde mit {label}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected: {reason}</source>
        <translation>Nicht verbunden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: schema ready</source>
        <translation>Verbunden: Schema bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, but the team&apos;s schema is not set up: the database&apos;s owner runs colivingdesk team init --database URL first.</source>
        <translation>Verbunden, aber das Schema des Teams ist nicht eingerichtet: Der Eigentümer der Datenbank führt zuerst colivingdesk team init --database URL aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected, but the schema is at step {version} of {expected}: the database&apos;s owner runs colivingdesk team init --database URL to bring it up to date.</source>
        <translation>Verbunden, aber das Schema steht bei Schritt {version} von {expected}: Der Eigentümer der Datenbank führt colivingdesk team init --database URL aus, um es zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected, but the schema is newer than this version of colivingdesk: update colivingdesk.</source>
        <translation>Verbunden, aber das Schema ist neuer als diese Version von colivingdesk: Aktualisieren Sie colivingdesk.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{keyring} The password can come from {variable} or ~/.pgpass instead: leave this field empty then.</source>
        <translation>{keyring} Das Passwort kann stattdessen aus {variable} oder ~/.pgpass kommen: Lassen Sie dieses Feld dann leer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is saved in the system keyring.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: schema ready. Saved: the window opens {label} from its next start.</source>
        <translation>Verbunden: Schema bereit. Gespeichert: Das Fenster öffnet ab dem nächsten Start {label}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the window to work on the team database.</source>
        <translation>Starten Sie das Fenster neu, um mit der Team-Datenbank zu arbeiten.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n write(s) queued on this computer (replies, listing changes, pushes) are not sent while the window works on the team database; they wait here until you leave team mode.</source>
        <translation>
            <numerusform>%n eingereihter Vorgang auf diesem Computer (eine Antwort, eine Inserat-Änderung oder eine Übertragung) wird nicht gesendet, solange das Fenster mit der Team-Datenbank arbeitet; er wartet hier, bis Sie den Team-Modus verlassen.</numerusform>
            <numerusform>%n eingereihte Vorgänge auf diesem Computer (Antworten, Inserat-Änderungen, Übertragungen) werden nicht gesendet, solange das Fenster mit der Team-Datenbank arbeitet; sie warten hier, bis Sie den Team-Modus verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The window keeps opening this computer&apos;s own cache.</source>
        <translation>Das Fenster öffnet weiterhin den Cache dieses Computers.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsView</name>
    <message>
        <location filename="../ui/views/team_settings_view.py" line="+32"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einstellungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window works on the team database {database}. Everything you see is read from it, and what you write (replies, listing changes, rates and availability) goes to its shared outbox.</source>
        <translation>Dieses Fenster arbeitet mit der Team-Datenbank {database}. Alles, was Sie sehen, wird aus ihr gelesen, und was Sie schreiben (Antworten, Inserat-Änderungen, Preise und Verfügbarkeit), geht in ihren gemeinsamen Postausgang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API keys are not entered here. The team&apos;s sync worker talks to BookMyColiving and Coliving.com with the keys of the computer it runs on (its keyring, or COLIVINGDESK_BMC_API_KEY and COLIVINGDESK_COLIVING_API_KEY in its environment), and sends what everyone queues. Checking a key, webhooks and the provider key are set up there too.</source>
        <translation>API-Schlüssel werden hier nicht eingegeben. Der Sync-Dienst des Teams spricht mit BookMyColiving und Coliving.com mit den Schlüsseln des Computers, auf dem er läuft (dessen Schlüsselbund oder COLIVINGDESK_BMC_API_KEY und COLIVINGDESK_COLIVING_API_KEY in seiner Umgebung), und sendet, was alle einreihen. Schlüsselprüfung, Webhooks und der Anbieter-Schlüssel werden ebenfalls dort eingerichtet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accounts, as the worker last reported them</source>
        <translation>Konten, wie der Sync-Dienst sie zuletzt gemeldet hat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Team mode</source>
        <translation>Team-Modus</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Leave team mode</source>
        <translation>Team-Modus verlassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer opens the team database because it was chosen in Settings. Leaving goes back to this computer&apos;s own cache at the next start; the team&apos;s data stays on the team database.</source>
        <translation>Dieser Computer öffnet die Team-Datenbank, weil sie in den Einstellungen gewählt wurde. Beim Verlassen kehrt er beim nächsten Start zu seinem eigenen Cache zurück; die Daten des Teams bleiben in der Team-Datenbank.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened with {variable}; start without it to use this computer&apos;s cache.</source>
        <translation>Mit {variable} geöffnet; starten Sie ohne, um den Cache dieses Computers zu verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened with --database; start without it to use this computer&apos;s cache.</source>
        <translation>Mit --database geöffnet; starten Sie ohne, um den Cache dieses Computers zu verwenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left: the window opens this computer&apos;s own cache from its next start.</source>
        <translation>Verlassen: Das Fenster öffnet ab dem nächsten Start den Cache dieses Computers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the window to go back to this computer&apos;s cache.</source>
        <translation>Starten Sie das Fenster neu, um zum Cache dieses Computers zurückzukehren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state} — {detail}</source>
        <translation>{state} — {detail}</translation>
    </message>
</context>
<context>
    <name>TeamStatusWidget</name>
    <message>
        <location filename="../ui/widgets/team_join.py" line="-214"/>
        <location filename="../ui/widgets/team_status.py" line="+41"/>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/widgets/team_status.py" line="+14"/>
        <source>Team database {database}</source>
        <translation>Team-Datenbank {database}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team database {database}
cannot be reached: reconnecting…</source>
        <translation>Team-Datenbank {database}
nicht erreichbar: verbinde neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is shown is what the window last read; replies you send wait until it is back.</source>
        <translation>Angezeigt wird, was das Fenster zuletzt gelesen hat; Antworten, die Sie senden, warten, bis sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database {database}
no sync worker is running: replies stay queued</source>
        <translation>Team-Datenbank {database}
kein Sync-Dienst läuft: Antworten bleiben eingereiht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start one with: colivingdesk sync --watch --database URL</source>
        <translation>Starten Sie einen mit: colivingdesk sync --watch --database URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown computer</source>
        <translation>einem unbekannten Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database {database}
sync worker on {host}, last pass {time}</source>
        <translation>Team-Datenbank {database}
Sync-Dienst auf {host}, letzter Durchlauf {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team database {database}
sync worker on {host}, first pass running</source>
        <translation>Team-Datenbank {database}
Sync-Dienst auf {host}, erster Durchlauf läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync worker: {host}, process {pid}, running since {since}</source>
        <translation>Sync-Dienst: {host}, Prozess {pid}, läuft seit {since}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sync worker is trying {channel} again…</source>
        <translation>Der Sync-Dienst versucht {channel} erneut zu erreichen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync worker says: {reason}.</source>
        <translation>Der Sync-Dienst meldet: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s sync worker on {host} cannot reach {names}</source>
        <translation>Der Sync-Dienst des Teams auf {host} erreicht {names} nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is fine: it works on the team database, and only the sync worker on {host} talks to the channels.</source>
        <translation>Mit diesem Computer ist alles in Ordnung: Er arbeitet mit der Team-Datenbank, und nur der Sync-Dienst auf {host} spricht mit den Kanälen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team&apos;s sync worker cannot reach {names}</source>
        <translation>Der Sync-Dienst des Teams erreicht {names} nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is fine: it works on the team database, and only the team&apos;s sync worker talks to the channels.</source>
        <translation>Mit diesem Computer ist alles in Ordnung: Er arbeitet mit der Team-Datenbank, und nur der Sync-Dienst des Teams spricht mit den Kanälen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies and changes made here stay queued until the worker reaches {names} again.</source>
        <translation>Antworten und Änderungen von hier bleiben eingereiht, bis der Dienst {names} wieder erreicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team&apos;s sync worker cannot reach {channel}; this computer is fine, and replies stay queued until the worker reaches it</source>
        <translation>Der Sync-Dienst des Teams erreicht {channel} nicht; mit diesem Computer ist alles in Ordnung, und Antworten bleiben eingereiht, bis der Dienst den Kanal erreicht</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../templates.py" line="+32"/>
        <source>the guest&apos;s full name</source>
        <extracomment>Every placeholder a saved reply may use, in the order the manager lists them.</extracomment>
        <translation>der vollständige Name des Gastes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest&apos;s first name</source>
        <translation>der Vorname des Gastes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the BookMyColiving property</source>
        <translation>das BookMyColiving-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Coliving.com listing</source>
        <translation>das Coliving.com-Inserat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booked room type</source>
        <translation>der gebuchte Zimmertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booking&apos;s check-in date</source>
        <translation>das Check-in-Datum der Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booking&apos;s check-out date</source>
        <translation>das Check-out-Datum der Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name (from Coliving.com or the saved replies settings)</source>
        <translation>Ihr Name (aus Coliving.com oder den Einstellungen der Textbausteine)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{placeholders} (not a known placeholder) needs filling in before this reply can be sent.</source>
        <translation>{placeholders} (kein bekannter Platzhalter) muss ausgefüllt werden, bevor diese Antwort gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholders} (not a known placeholder) need filling in before this reply can be sent.</source>
        <translation>{placeholders} (keine bekannten Platzhalter) müssen ausgefüllt werden, bevor diese Antwort gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholders} needs filling in before this reply can be sent.</source>
        <translation>{placeholders} muss ausgefüllt werden, bevor diese Antwort gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placeholders} need filling in before this reply can be sent.</source>
        <translation>{placeholders} müssen ausgefüllt werden, bevor diese Antwort gesendet werden kann.</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <location filename="../ui/models/inbox_models.py" line="-118"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ThreadWords</name>
    <message>
        <location line="-4"/>
        <location filename="../ui/views/inbox_text.py" line="+68"/>
        <source>Guest</source>
        <extracomment>Senders that are the operator (the channel&apos;s words vary: host, operator, owner). The thread list&apos;s default: every conversation not archived. Account states in which a queued reply is waiting for the key rather than for its turn. The account state a team desktop passes for a channel its team&apos;s sync worker reports offline.
----------
The booking behind each cached thread&apos;s words (see ``forget_bookings``).</extracomment>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../ui/views/inbox_text.py" line="+44"/>
        <source>You (not sent): {text}</source>
        <translation>Sie (nicht gesendet): {text}</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <location filename="../ui/widgets/photo_strip.py" line="-229"/>
        <source>The photo could not be downloaded.</source>
        <translation>Das Foto konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address did not return an image.</source>
        <translation>Unter der Adresse war kein Bild zu finden.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../ui/models/timeline_model.py" line="+64"/>
        <location line="+9"/>
        <source>overbooked</source>
        <extracomment>The booking bars crossing a cell: a list of (lane, Booking); lanes beyond ``MAX_LANES`` are left out. How many bookings hold the cell&apos;s day without a bar drawn for them (more lanes than ``MAX_LANES``). The text each problem shows in a cell (kept short and untranslated like a symbol: the tooltip says it in words). The same, in one character each, for the narrow cells of the month zoom. Booking bars drawn per room type row at most; the rest are counted (&quot;+2&quot;) in the cell and named in its text. Counted words of a cell&apos;s text (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>überbucht</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>drift: Coliving.com offers more than is free</source>
        <translation>Abweichung: Coliving.com bietet mehr an, als frei ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>sold out</source>
        <translation>ausgebucht</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed by Coliving.com</source>
        <translation>von Coliving.com bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending, not sent yet</source>
        <translation>ausstehend, noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each cell: free units, then ↑ the availability last pushed: ✓ confirmed, … pending, ✗ failed (hover for the reason). FULL ⊘ sold out · OVER ‼ overbooked · DRIFT ≠ Coliving.com offers more than is free · ? unit count unknown (edit or import the listings). Bars are bookings: solid confirmed, hatched pending; click one or press Enter to open it. Week zoom spells the problems out.</source>
        <translation>Jede Zelle: freie Einheiten, dann ↑ die zuletzt übertragene Verfügbarkeit: ✓ bestätigt, … ausstehend, ✗ fehlgeschlagen (Mauszeiger darüber zeigt den Grund). FULL ⊘ ausgebucht · OVER ‼ überbucht · DRIFT ≠ Coliving.com bietet mehr an, als frei ist · ? Anzahl der Einheiten unbekannt (Inserate bearbeiten oder importieren). Balken sind Buchungen: ausgefüllt bestätigt, schraffiert ausstehend; klicken Sie auf einen oder drücken Sie die Eingabetaste, um ihn zu öffnen. Die Wochenansicht schreibt die Probleme aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{guest}: check-in {checkin}, check-out {checkout}, {status} (booking {id})</source>
        <translation>{guest}: Check-in {checkin}, Check-out {checkout}, {status} (Buchung {id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>unnamed, from bookings</source>
        <translation>ohne Namen, aus Buchungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room type {id}</source>
        <translation>Zimmertyp {id}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{booked} booked; the unit count is unknown, so free units are too</source>
        <translation>{booked} gebucht; die Anzahl der Einheiten ist unbekannt, die freien Einheiten daher auch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{free} free of {units} ({booked} booked)</source>
        <translation>{free} von {units} frei ({booked} gebucht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coliving.com holds {holds} available, {free} free: push free units (Fix)</source>
        <translation>Coliving.com führt {holds} als verfügbar, {free} frei: freie Einheiten übertragen (Beheben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never pushed to Coliving.com</source>
        <translation>Nie an Coliving.com übertragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last pushed: {pushed} available, {state}</source>
        <translation>Zuletzt übertragen: {pushed} verfügbar, {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coliving.com still holds {holds}</source>
        <translation>Coliving.com führt noch {holds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookings:</source>
        <translation>Buchungen:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Listing {title}</source>
        <translation>Inserat {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room type {id} of listing {listing}; unit count unknown</source>
        <translation>Zimmertyp {id} von Inserat {listing}; Anzahl der Einheiten unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Room type {id} of listing {listing}; units: %n</source>
        <translation>
            <numerusform>Zimmertyp {id} von Inserat {listing}; Einheiten: %n</numerusform>
            <numerusform>Zimmertyp {id} von Inserat {listing}; Einheiten: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{day}: first day of the week</source>
        <translation>{day}: erster Tag der Woche</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <location line="-213"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../ui/views/welcome_view.py" line="+38"/>
        <source>Keys are never written to the app&apos;s files.</source>
        <translation>Schlüssel werden nie in die Dateien der App geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys are kept in your system keyring, never in the app&apos;s files.</source>
        <translation>Schlüssel liegen im Schlüsselbund Ihres Systems, nie in den Dateien der App.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys are kept for this session only and never written to the app&apos;s files.</source>
        <translation>Schlüssel werden nur für diese Sitzung behalten und nie in die Dateien der App geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure keyring, so keys can be used for this session only (you paste them again after a restart) or come from COLIVINGDESK_* environment variables. They are never written to the app&apos;s files.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund; Schlüssel gelten daher nur für diese Sitzung (nach einem Neustart fügen Sie sie erneut ein) oder kommen aus den Umgebungsvariablen COLIVINGDESK_*. Sie werden nie in die Dateien der App geschrieben.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Welcome to Colivingdesk</source>
        <extracomment>Go to Settings with this channel&apos;s connect form open.</extracomment>
        <translation>Willkommen bei Colivingdesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your BookMyColiving properties, leads and messages and your Coliving.com bookings, messages and calendar, in one window that keeps working offline.</source>
        <translation>Ihre Objekte, Anfragen und Nachrichten von BookMyColiving und Ihre Buchungen, Nachrichten und Kalender von Coliving.com in einem Fenster, das auch offline funktioniert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect BookMyColiving</source>
        <translation>BookMyColiving verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect Coliving.com</source>
        <translation>Coliving.com verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the partner API key from your BookMyColiving dashboard. Listings, leads and tenant conversations sync in the background.</source>
        <translation>Fügen Sie den Partner-API-Schlüssel aus Ihrem BookMyColiving-Dashboard ein. Inserate, Anfragen und Unterhaltungen mit Mietern werden im Hintergrund synchronisiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste your Coliving.com integrations key. Bookings, guest messages and your listings&apos; calendars follow.</source>
        <translation>Fügen Sie Ihren Coliving.com-Integrationsschlüssel ein. Buchungen, Gastnachrichten und die Kalender Ihrer Inserate folgen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Just looking?</source>
        <translation>Nur mal schauen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo opens this window on a built-in practice server with sample data, in a throwaway profile: nothing you do there reaches a real channel.</source>
        <translation>Die Demo öffnet dieses Fenster mit einem eingebauten Übungsserver und Beispieldaten in einem Wegwerfprofil: Nichts, was Sie dort tun, erreicht einen echten Kanal.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The demo is opening in a new window. It needs no keys and leaves this profile untouched.</source>
        <translation>Die Demo öffnet sich in einem neuen Fenster. Sie braucht keine Schlüssel und lässt dieses Profil unberührt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo could not be started from here. Run &lt;code&gt;{command}&lt;/code&gt; from a terminal instead.</source>
        <translation>Die Demo konnte von hier aus nicht gestartet werden. Führen Sie stattdessen &lt;code&gt;{command}&lt;/code&gt; in einem Terminal aus.</translation>
    </message>
</context>
</TS>
