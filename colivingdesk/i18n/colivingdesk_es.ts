<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountBoxWidget</name>
    <message>
        <location filename="../ui/widgets/account_box.py" line="+46"/>
        <source>X-API-Key header</source>
        <translation>Cabecera X-API-Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="vanished">Conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected, waiting to sync</source>
        <translation>Conectado, esperando para sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key refused</source>
        <translation>Clave rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Límite de peticiones alcanzado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use for this session</source>
        <extracomment>Translated with the ``AccountBoxWidget`` context where it is shown (here and on the webhook secret&apos;s button).</extracomment>
        <translation>Usar en esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your BookMyColiving partner key (starts with bmc_)</source>
        <translation>Tu clave de socio de BookMyColiving (empieza por bmc_)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Coliving.com integrations API key</source>
        <translation>Tu clave de API de integraciones de Coliving.com</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>In the system keyring</source>
        <translation>En el llavero del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session only: forgotten when you quit</source>
        <translation>Solo esta sesión: se olvida al salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {variable} (environment variable)</source>
        <translation>De {variable} (variable de entorno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: paste the API key to connect</source>
        <translation>Falta: pega la clave de API para conectar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A key is saved in the system keyring; type a new one to replace it</source>
        <translation>Hay una clave guardada en el llavero del sistema; escribe otra para sustituirla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key is in use for this session; type a new one to replace it</source>
        <translation>Hay una clave en uso en esta sesión; escribe otra para sustituirla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key comes from {variable}, which wins over a key typed here</source>
        <translation>La clave viene de {variable}, que tiene prioridad sobre la que escribas aquí</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Advanced</source>
        <extracomment>The account was saved or removed (the settings page refreshes what depends on it). The user chose session-only keys here (no secure keyring); the page updates its notice and other fields. The red line under the key is Save&apos;s check of the key now in use (see ``refresh_state``).</extracomment>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Send the key as</source>
        <translation>Enviar la clave como</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Verify</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{channel} API key</source>
        <translation>Clave de API de {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} status</source>
        <translation>Estado de {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} base URL</source>
        <translation>URL base de {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} provider</source>
        <translation>Proveedor de {channel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} advanced settings</source>
        <translation>Ajustes avanzados de {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the {channel} key</source>
        <translation>Comprobar la clave de {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the {channel} key and connect</source>
        <translation>Guardar la clave de {channel} y conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {channel} account</source>
        <translation>Quitar la cuenta de {channel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keep the key in memory until you quit: this computer has no secure keyring to save it in.</source>
        <translation>Mantener la clave en memoria hasta salir: este ordenador no tiene un llavero seguro donde guardarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the key in the system keyring and connect.</source>
        <translation>Guardar la clave en el llavero del sistema y conectar.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+47"/>
        <source>Paste the API key first.</source>
        <translation>Pega primero la clave de API.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Checking the key…</source>
        <translation>Comprobando la clave…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{result} {next_step}</source>
        <translation>{result} {next_step}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use it for this session to connect.</source>
        <translation>Úsala en esta sesión para conectar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save it to connect.</source>
        <translation>Guárdala para conectar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use it for this session to replace the key in use.</source>
        <translation>Úsala en esta sesión en lugar de la clave en uso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it to use it instead of the key in use.</source>
        <translation>Guárdala para usarla en lugar de la clave en uso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{message} {detail} visible to this key.</source>
        <translation>{message} {detail} visibles con esta clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{saved} But: {problem}</source>
        <translation>{saved} Pero: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved in the system keyring, never in files.</source>
        <translation>Guardada en el llavero del sistema, nunca en archivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session only, never in files: paste it again after you quit.</source>
        <translation>Solo para esta sesión, nunca en archivos: vuelve a pegarla después de salir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an environment variable</source>
        <translation>una variable de entorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved, but {variable} is set and its key is the one used.</source>
        <translation>Guardada, pero {variable} está definida y se usa su clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings saved; the key comes from {variable}.</source>
        <translation>Ajustes guardados; la clave viene de {variable}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings saved, but no key is stored on this computer.</source>
        <translation>Ajustes guardados, pero no hay ninguna clave guardada en este ordenador.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove {channel}?</source>
        <translation>¿Quitar {channel}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} stops syncing, but its key comes from {variable}: it connects again at the next start unless you unset that variable.</source>
        <translation>{channel} deja de sincronizarse, pero su clave viene de {variable}: volverá a conectarse en el próximo arranque salvo que elimines esa variable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session&apos;s key is forgotten and {channel} stops syncing.</source>
        <translation>Se olvida la clave de esta sesión y {channel} deja de sincronizarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is deleted from the keyring and {channel} stops syncing.</source>
        <translation>La clave se borra del llavero y {channel} deja de sincronizarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{consequence} Cached records stay until you remove the profile.</source>
        <translation>{consequence} Los datos en caché se conservan hasta que elimines el perfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{channel} was removed from this computer.</source>
        <translation>{channel} se ha quitado de este ordenador.</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../sync/feed_runs.py" line="+52"/>
        <source>{channel} sent something that could not be stored.</source>
        <translation>{channel} ha enviado algo que no se ha podido guardar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{feed} not refreshed: {reason}</source>
        <translation>{feed} sin actualizar: {reason}</translation>
    </message>
    <message>
        <location filename="../sync/service.py" line="+320"/>
        <source>The system keyring could not be read.</source>
        <translation>No se ha podido leer el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key for {channel}.</source>
        <translation>No hay clave de API para {channel}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{channel} is not configured.</source>
        <translation>{channel} no está configurado.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The API key was refused; enter a new one in Settings.</source>
        <translation>Se ha rechazado la clave de API; introduce una nueva en Ajustes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate limit reached; resuming in {seconds} s.</source>
        <translation>Límite de peticiones alcanzado; se reanuda en {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached; the channel asks to wait {seconds} s.</source>
        <translation>Límite de peticiones alcanzado; el canal pide esperar {seconds} s.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{reason} Trying again by {time}.</source>
        <translation>{reason} Se volverá a intentar antes de las {time}.</translation>
    </message>
    <message>
        <location filename="../sync/waits.py" line="+91"/>
        <source>{channel} rate limit reached; try again in {seconds} s.</source>
        <extracomment>The BookMyColiving endpoint group each feed calls (the client&apos;s names). Coliving.com meters everything as one.</extracomment>
        <translation>Límite de peticiones de {channel} alcanzado; vuelve a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rate limit: {groups} wait until {time}.</source>
        <translation>Límite de peticiones: {groups} esperan hasta las {time}.</translation>
    </message>
</context>
<context>
    <name>AccountStatusWidget</name>
    <message>
        <location filename="../ui/widgets/account_status.py" line="+35"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: synced at {time}, {parts} not refreshed</source>
        <translation>{name}: sincronizado a las {time}, sin actualizar {parts}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: up to date at {time}</source>
        <translation>{name}: al día a las {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: up to date</source>
        <translation>{name}: al día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: syncing, {progress}</source>
        <translation>{name}: sincronizando, {progress}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: syncing…</source>
        <translation>{name}: sincronizando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the sync worker cannot reach it, last synced {time}</source>
        <translation>{name}: el proceso de sincronización del equipo no puede conectar, última sincronización {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the sync worker cannot reach it</source>
        <translation>{name}: el proceso de sincronización del equipo no puede conectar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: offline, last synced {time}</source>
        <translation>{name}: sin conexión, última sincronización {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: offline</source>
        <translation>{name}: sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: key rejected, open Settings</source>
        <translation>{name}: clave rechazada, abre Ajustes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: paused by rate limit until {time}</source>
        <translation>{name}: en pausa por límite de peticiones hasta las {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: paused by rate limit</source>
        <translation>{name}: en pausa por límite de peticiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: no sync worker</source>
        <translation>{name}: sin proceso de sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: key missing</source>
        <translation>{name}: falta la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not connected</source>
        <translation>{name}: no conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: waiting to sync</source>
        <translation>{name}: esperando para sincronizar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>replies</source>
        <extracomment>The sync layer&apos;s names for the budgets and periods the status bar shows, in the user&apos;s language; other budgets (BookMyColiving&apos;s endpoint groups, only in the tooltip) keep the channel&apos;s own names.</extracomment>
        <translation>respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests</source>
        <translation>peticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channel} {budget}: not used yet</source>
        <translation>{channel} {budget}: aún sin usar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} {budget} left: {remaining}/{limit}, resets {time}</source>
        <translation>{channel} {budget} disponibles: {remaining}/{limit}, se renueva a las {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} {budget} left: {remaining}/{limit} this {period}</source>
        <translation>{channel} {budget} disponibles: {remaining}/{limit} por {period}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} {budget} left: {remaining}/{limit}</source>
        <translation>{channel} {budget} disponibles: {remaining}/{limit}</translation>
    </message>
    <message>
        <source>{channel} {budget} {remaining}/{limit}, resets {time}</source>
        <translation type="vanished">{channel} {budget} {remaining}/{limit}, se renueva a las {time}</translation>
    </message>
    <message>
        <source>{channel} {budget} {remaining}/{limit} per {period}</source>
        <translation type="vanished">{channel} {budget} {remaining}/{limit} por {period}</translation>
    </message>
    <message>
        <source>{channel} {budget} {remaining}/{limit}</source>
        <translation type="vanished">{channel} {budget} {remaining}/{limit}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No requests made yet.</source>
        <extracomment>Of the window&apos;s width, what the states and budgets may take in one row; the rest is for the status bar&apos;s other parts (demo mode, notifications, the size grip). Whether the states are the team&apos;s sync worker&apos;s (see :func:`state_text`).</extracomment>
        <translation>Aún no se ha hecho ninguna petición.</translation>
    </message>
</context>
<context>
    <name>AutomationError</name>
    <message>
        <location filename="../sync/automation_rules.py" line="+106"/>
        <source>{what} must be a time such as 09:30.</source>
        <extracomment>The placeholders the trigger&apos;s record can fill. &quot;days&quot; (N days before a date, at a local time) or &quot;minutes&quot; (N minutes after the event). What an unanswered message can fill once the rule names its channel.</extracomment>
        <translation>{what} debe ser una hora como 09:30.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>“{zone}” is not a known time zone (e.g. Europe/Lisbon).</source>
        <translation>«{zone}» no es una zona horaria conocida (p. ej., Europe/Lisbon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start of working hours</source>
        <translation>El inicio del horario laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of working hours</source>
        <translation>El fin del horario laboral</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These working hours never open: the end must be after the start.</source>
        <translation>Este horario laboral nunca empieza: el fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These working hours never open: choose at least one day of the week.</source>
        <translation>Este horario laboral nunca empieza: elige al menos un día de la semana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working days are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Los días laborables van numerados del 0 (lunes) al 6 (domingo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The replies kept for you must be between 0 and 59 of the 60 an hour.</source>
        <translation>Las respuestas reservadas para ti deben ser entre 0 y 59 de las 60 por hora.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A rule needs a name.</source>
        <translation>Una regla necesita un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{trigger}” is not a trigger; choose one of {triggers}.</source>
        <translation>«{trigger}» no es un disparador; elige uno de estos: {triggers}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{trigger}” happens on {channels} only.</source>
        <translation>«{trigger}» solo ocurre en {channels}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../sync/automations.py" line="+427"/>
        <source>The rule&apos;s saved reply does not exist (deleted?).</source>
        <translation>La respuesta guardada de la regla no existe (¿se ha eliminado?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{placeholder} in the saved reply is not a placeholder.</source>
        <translation>{placeholder} en la respuesta guardada no es un marcador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholder} cannot be filled for “{trigger}”: it knows {known}.</source>
        <translation>{placeholder} no se puede rellenar para «{trigger}»: solo conoce {known}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stay length cannot be negative.</source>
        <translation>La duración de una estancia no puede ser negativa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shortest stay is longer than the longest: no booking could match.</source>
        <translation>La estancia mínima es más larga que la máxima: ninguna reserva podría cumplirla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Only outside working hours” needs working hours that open.</source>
        <translation>«Solo fuera del horario laboral» necesita un horario laboral que empiece en algún momento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A message before a date cannot be timed after it: use 0 days or more.</source>
        <translation>Un mensaje previo a una fecha no puede programarse después de ella: usa 0 días o más.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {days} days ahead.</source>
        <translation>Como máximo {days} días antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of day</source>
        <translation>La hora del día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message cannot be sent before what triggers it: use 0 minutes or more.</source>
        <translation>Un mensaje no puede enviarse antes de lo que lo dispara: usa 0 minutos o más.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 14 days after what triggers it.</source>
        <translation>Como máximo 14 días después de lo que lo dispara.</translation>
    </message>
    <message>
        <location filename="../sync/automations.py" line="+4"/>
        <source>No booking {booking} in the cache.</source>
        <translation>No hay ninguna reserva {booking} en la caché.</translation>
    </message>
</context>
<context>
    <name>AutomationRuleDialog</name>
    <message>
        <location filename="../ui/dialogs/automation_dialogs.py" line="+60"/>
        <source>Booking confirmed</source>
        <extracomment>Booking states a &quot;days before&quot; rule can be limited to (Coliving.com&apos;s own words). The stay-length fields&apos; &quot;no limit&quot; value (shown as &quot;Any&quot;).</extracomment>
        <translation>Reserva confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days before check-in</source>
        <translation>Días antes de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days before check-out</source>
        <translation>Días antes de la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking cancelled</source>
        <translation>Reserva cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest message unanswered</source>
        <translation>Mensaje de huésped sin responder</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New rule</source>
        <extracomment>The rule as saved.</extracomment>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit rule</source>
        <translation>Editar regla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trigger</source>
        <translation>&amp;Disparador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At (house time)</source>
        <translation>A las (hora de la casa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only outside working hours</source>
        <translation>Solo fuera del horario laboral</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking status: {state}</source>
        <translation>Estado de la reserva: {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booking status</source>
        <translation>Estado de la reserva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest stay (nights)</source>
        <translation>Estancia mínima (noches)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest stay (nights)</source>
        <translation>Estancia máxima (noches)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay length</source>
        <translation>Duración de la estancia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved &amp;reply</source>
        <translation>&amp;Respuesta guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview only (record the text, send nothing)</source>
        <translation>Solo vista previa (guardar el texto, no enviar nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+110"/>
        <source>Write a saved reply first (Inbox, Saved replies), then choose it here.</source>
        <translation>Escribe primero una respuesta guardada (Bandeja de entrada, Respuestas guardadas) y luego elígela aquí.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+54"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Days before</source>
        <translation>Días an&amp;tes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minutes after</source>
        <translation>&amp;Minutos después</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listings (ids)</source>
        <translation>Anuncios (ids)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Properties or listings (ids)</source>
        <translation>Propiedades o anuncios (ids)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any; or ids separated by commas</source>
        <translation>Cualquiera; o ids separados por comas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not saved: choose at least one booking status.</source>
        <translation>No se ha guardado: elige al menos un estado de reserva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>AutomationSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/automation_settings_dialog.py" line="+61"/>
        <source>Automation settings</source>
        <extracomment>The account whose settings were saved.</extracomment>
        <translation>Ajustes de automatizaciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s zone; or e.g. Europe/Lisbon</source>
        <translation>La zona del ordenador; o p. ej. Europe/Madrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House &amp;time zone</source>
        <translation>&amp;Zona horaria de la casa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working hours &amp;start</source>
        <translation>&amp;Inicio del horario laboral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours &amp;end</source>
        <translation>&amp;Fin del horario laboral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working day: {day}</source>
        <translation>Día laborable: {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies an hour kept for you</source>
        <translation>Respuestas por hora reservadas para ti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replies an hour kept for you
(BookMyColiving, of 60)</source>
        <translation>&amp;Respuestas por hora reservadas para ti
(BookMyColiving, de 60)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>House time zone</source>
        <translation>Zona horaria de la casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours start</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved for {account}.</source>
        <translation>Se ha guardado para {account}.</translation>
    </message>
</context>
<context>
    <name>AutomationsView</name>
    <message>
        <location filename="../ui/views/automations_view.py" line="+177"/>
        <location line="+20"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+14"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New rule…</source>
        <translation>Nueva regla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on/off</source>
        <translation>Activar/desactivar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking id</source>
        <translation>Id de reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking to test the rule on</source>
        <translation>Reserva con la que probar la regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test on booking</source>
        <translation>Probar con la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming messages</source>
        <translation>Próximos mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this one…</source>
        <translation>Editar este mensaje…</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+149"/>
        <source>Upcoming</source>
        <translation>Próximos envíos</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The booking was cancelled.</source>
        <translation>La reserva se canceló.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered before it was due.</source>
        <translation>Se respondió antes de la hora prevista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The booking no longer matches the rule (its dates, status or stay changed).</source>
        <translation>La reserva ya no cumple la regla (cambiaron sus fechas, su estado o la estancia).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lead no longer matches the rule.</source>
        <translation>La consulta ya no cumple la regla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already there when the rule was turned on.</source>
        <translation>Ya existía cuando se activó la regla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you: this text goes instead of the saved reply.</source>
        <translation>Editado por ti: se envía este texto en lugar de la respuesta guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its time came while the rule was off.</source>
        <translation>Llegó su hora mientras la regla estaba desactivada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: its time passed while nothing was syncing, and it would arrive too late to help.</source>
        <translation>No enviado: su hora pasó mientras no se sincronizaba nada y llegaría demasiado tarde para servir de algo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule&apos;s saved reply was deleted.</source>
        <translation>Se eliminó la respuesta guardada de la regla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview only: recorded, not sent.</source>
        <translation>Solo vista previa: guardado, no enviado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped by you.</source>
        <translation>Omitido por ti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was turned off.</source>
        <translation>Se desactivó la regla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was deleted.</source>
        <translation>Se eliminó la regla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was given another trigger.</source>
        <translation>Se cambió el disparador de la regla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead {id}</source>
        <translation>Consulta {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message {id}</source>
        <translation>Mensaje {id}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+36"/>
        <source>Automated messages history</source>
        <translation>Historial de mensajes automáticos</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected rule</source>
        <translation>Editar la regla seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n day(s) before, at {time}</source>
        <translation>
            <numerusform>%n día antes, a las {time}</numerusform>
            <numerusform>%n días antes, a las {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min after, outside working hours</source>
        <translation>
            <numerusform>%n min después, fuera del horario laboral</numerusform>
            <numerusform>%n min después, fuera del horario laboral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min after</source>
        <translation>
            <numerusform>%n min después</numerusform>
            <numerusform>%n min después</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview only</source>
        <translation>Solo vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automation rules</source>
        <translation>Reglas de automatización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming automated messages</source>
        <translation>Próximos mensajes automáticos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the selected rule on or off</source>
        <translation>Activar o desactivar la regla seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking id to test the rule on</source>
        <translation>Id de la reserva con la que probar la regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the selected upcoming message</source>
        <translation>Omitir el próximo mensaje seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected upcoming message now</source>
        <translation>Enviar ahora el próximo mensaje seleccionado</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+18"/>
        <location line="+25"/>
        <source>Choose a rule first.</source>
        <translation>Elige primero una regla.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Saved “{name}”.</source>
        <translation>Se ha guardado «{name}».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}”? Its upcoming messages are cancelled; what it sent stays in the history.</source>
        <translation>¿Eliminar «{name}»? Sus próximos mensajes se cancelan; lo que ya envió se queda en el historial.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted “{name}”.</source>
        <translation>Se ha eliminado «{name}».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a rule and type a booking id.</source>
        <translation>Elige una regla y escribe un id de reserva.</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../ui/views/calendar_push.py" line="+40"/>
        <source>Listing</source>
        <extracomment>Account states in which nothing can be sent until a key is given (or replaced).</extracomment>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queued: waiting for the Coliving.com key (add it in Settings).</source>
        <translation>En cola: a la espera de la clave de Coliving.com (añádela en Ajustes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: Coliving.com is offline; it is sent when the connection returns.</source>
        <translation>En cola: Coliving.com no está disponible; se envía cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: Coliving.com&apos;s rate limit is reached; it is sent when it reopens.</source>
        <translation>En cola: se ha alcanzado el límite de peticiones de Coliving.com; se envía cuando se reabra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: no sync worker is running on the team database; it is sent when one runs.</source>
        <translation>En cola: no hay ningún proceso de sincronización en marcha en la base de datos del equipo; se envía cuando se inicie uno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: sending to Coliving.com.</source>
        <translation>En cola: enviando a Coliving.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by Coliving.com: {reason}</source>
        <translation>Rechazado por Coliving.com: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: Coliving.com&apos;s rate limit reopens shortly.</source>
        <translation>En espera: el límite de peticiones de Coliving.com se reabre en breve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to Coliving.com…</source>
        <translation>Enviando a Coliving.com…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set availability</source>
        <translation>Fijar disponibilidad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free units of each day</source>
        <translation>Unidades libres de cada día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set to</source>
        <translation>Fijar en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units to set</source>
        <translation>Unidades que fijar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rows to send</source>
        <translation>Filas que enviar</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+82"/>
        <source>Queue these rows</source>
        <translation>Poner estas filas en la cola de envío</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Select days of one or more room types in the calendar.</source>
        <translation>Selecciona días de uno o varios tipos de habitación en el calendario.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing {id}</source>
        <translation>Anuncio {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type {id}</source>
        <translation>Tipo de habitación {id}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queue this row</source>
        <translation>Poner esta fila en la cola de envío</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Queue these %n rows</source>
        <translation>
            <numerusform>Poner %n fila en la cola de envío</numerusform>
            <numerusform>Poner estas %n filas en la cola de envío</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <location filename="../ui/widgets/banner.py" line="+58"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dismiss message</source>
        <translation>Cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>BookingBarDelegate</name>
    <message>
        <location filename="../ui/views/calendar_bars.py" line="+107"/>
        <source>Booking {id}</source>
        <extracomment>Height of the numbers at the top of a cell, and of one lane of bars under them. Height of the strip under the lanes that counts the stays without a bar (&quot;+2&quot;), on rows that have such stays.</extracomment>
        <translation>Reserva {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (pending)</source>
        <translation>{name} (pendiente)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{booking}
Click to open it.</source>
        <translation>{booking}
Haz clic para abrirla.</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <location filename="../ui/views/bookings_view.py" line="+32"/>
        <source>Pending</source>
        <extracomment>A booking&apos;s status as the window names it; a status the channel adds later shows as it sends it.</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <location line="+20"/>
        <source>Not fetched yet</source>
        <translation>Aún sin descargar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing / room</source>
        <translation>Anuncio / habitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <location line="-38"/>
        <source>Guest and price details are not fetched yet; syncs bring them a few bookings at a time.</source>
        <extracomment>Details are fetched a few bookings per sync, and only while Coliving.com answers: no promise of &quot;next&quot;.</extracomment>
        <translation>Los datos del huésped y del precio aún no se han descargado; cada sincronización trae los de unas pocas reservas.</translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n huésped</numerusform>
            <numerusform>%n huéspedes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rooms</source>
        <translation>
            <numerusform>%n habitación</numerusform>
            <numerusform>%n habitaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Select a booking to see the guest, dates and price.</source>
        <extracomment>Open the Coliving.com conversation of a booking (thread key &quot;coliving:&lt;booking id&gt;&quot;).</extracomment>
        <translation>Selecciona una reserva para ver huésped, fechas y precio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bookings as CSV</source>
        <translation>Exportar reservas como CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search guest, email, reference or booking id</source>
        <translation>Buscar huésped, correo, referencia o id de reserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming and current only</source>
        <translation>Solo próximas y en curso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this booking&apos;s conversation in the Inbox</source>
        <translation>Abrir la conversación de esta reserva en la bandeja de entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected booking&apos;s messages</source>
        <translation>Abrir los mensajes de la reserva seleccionada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search bookings</source>
        <translation>Buscar reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest name, email, reference or booking id</source>
        <translation>Nombre del huésped, correo, referencia o id de reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking status</source>
        <translation>Estado de la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking details</source>
        <translation>Detalles de la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the bookings the filter shows as a CSV file</source>
        <translation>Guardar como archivo CSV las reservas que muestra el filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this booking&apos;s messages</source>
        <translation>Abrir los mensajes de esta reserva</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln reserva</numerusform>
            <numerusform>%Ln reservas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>room {id}</source>
        <translation>habitación {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n noche</numerusform>
            <numerusform>%n noches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing / room</source>
        <translation>Anuncio / habitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local total</source>
        <translation>Total en moneda local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security deposit</source>
        <translation>Fianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking id</source>
        <translation>Id de reserva</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../ui/views/calendar_view.py" line="+125"/>
        <location line="+68"/>
        <source>Availability calendar</source>
        <extracomment>How far ahead the calendar reaches (the longest range one push may cover).</extracomment>
        <translation>Calendario de disponibilidad</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>One row per room type, one column per day</source>
        <translation>Una fila por tipo de habitación, una columna por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to month</source>
        <translation>Ir al mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar problems</source>
        <translation>Problemas del calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units to set</source>
        <translation>Unidades que fijar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability to send</source>
        <translation>Disponibilidad que enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base monthly price</source>
        <translation>Precio mensual base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly rates</source>
        <translation>Tarifas mensuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price or percent for the selected months</source>
        <translation>Precio o porcentaje para los meses seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the selected months by the percent</source>
        <translation>Subir los meses seleccionados en ese porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the selected months by the percent</source>
        <translation>Bajar los meses seleccionados en ese porcentaje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One week across, starting on the first day of the week</source>
        <translation>Una semana en horizontal, empezando por el primer día de la semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to a month</source>
        <translation type="vanished">Ir a un mes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One house: a Coliving.com listing together with the BookMyColiving property it is linked to</source>
        <translation>Una casa: un anuncio de Coliving.com junto con la propiedad de BookMyColiving a la que está vinculado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+170"/>
        <source>All houses</source>
        <translation>Todas las casas</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Edit listings…</source>
        <translation>Editar anuncios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name listings and room types, give their unit counts, currency and base price, and link a listing to its BookMyColiving property</source>
        <translation>Pon nombre a los anuncios y tipos de habitación, indica sus unidades, moneda y precio base, y vincula cada anuncio con su propiedad de BookMyColiving</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import listings…</source>
        <translation>Importar anuncios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read your Coliving.com listings, room types, unit counts and prices from a register file (JSON)</source>
        <translation>Leer tus anuncios, tipos de habitación, unidades y precios de Coliving.com desde un archivo de registro (JSON)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No Coliving.com room types yet. Import your listings (button above) or connect Coliving.com in Settings: room types appear as their bookings sync.</source>
        <translation>Aún no hay tipos de habitación de Coliving.com. Importa tus anuncios (botón de arriba) o conecta Coliving.com en Ajustes: los tipos de habitación aparecen a medida que se sincronizan sus reservas.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="vanished">Problemas</translation>
    </message>
    <message>
        <source>Fix: review the push that resolves it</source>
        <translation type="vanished">Corregir: revisar el envío que lo resuelve</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="vanished">{month} {year}</translation>
    </message>
    <message>
        <source>No problems: nothing overbooked or drifting, nothing sold out.</source>
        <translation type="vanished">Sin problemas: ninguna sobrerreserva ni desajuste, nada completo.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>1 room type, {first} to {last}</source>
        <translation>1 tipo de habitación, del {first} al {last}</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Imported {listings} and {rooms}.</source>
        <translation>Importados: {listings} y {rooms}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listings</source>
        <translation>
            <numerusform>%n anuncio</numerusform>
            <numerusform>%n anuncios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n room types</source>
        <translation>
            <numerusform>%n tipo de habitación</numerusform>
            <numerusform>%n tipos de habitación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>%n room types, {first} to {last}</source>
        <translation>
            <numerusform>%n tipo de habitación, del {first} al {last}</numerusform>
            <numerusform>%n tipos de habitación, del {first} al {last}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fix: {problem} (each day set to its free units)</source>
        <translation>Corregir: {problem} (cada día se fija en sus unidades libres)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sent: Coliving.com accepted the availability.</source>
        <translation>Enviado: Coliving.com ha aceptado la disponibilidad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{state} The days concerned show ✗ failed in the calendar.</source>
        <translation>{state} Los días afectados muestran ✗ (fallido) en el calendario.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the calendar…</source>
        <translation>Cargando el calendario…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{guest} · {checkin} → {checkout} · {status}</source>
        <translation>{guest} · {checkin} → {checkout} · {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No booking found for this day</source>
        <translation>No hay ninguna reserva para este día</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import Coliving.com listings</source>
        <translation>Importar anuncios de Coliving.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing register (*.json);;All files (*)</source>
        <translation>Registro de anuncios (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not imported: {reason}</source>
        <translation>No se ha importado: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/views/calendar_records.py" line="+61"/>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{listing} · {room}: {problems}, {days}</source>
        <translation>{listing} · {room}: {problems}, {days}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot be read as JSON: {error}</source>
        <translation>no se puede leer como JSON: {error}</translation>
    </message>
</context>
<context>
    <name>ChipSelectorWidget</name>
    <message>
        <location filename="../ui/widgets/chip_selector.py" line="+153"/>
        <source>Not in BookMyColiving&apos;s current list; kept as it was.</source>
        <extracomment>Keys that move the focus between chips, and by how much (None: to the first or the last). Chips were added or replaced (a form puts them back in its Tab order: new widgets go last).</extracomment>
        <translation>No está en la lista actual de BookMyColiving; se conserva tal cual.</translation>
    </message>
</context>
<context>
    <name>CityComboBox</name>
    <message>
        <location filename="../ui/widgets/city_combo.py" line="+26"/>
        <source>Type to search cities</source>
        <translation>Escribe para buscar ciudades</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cities appear after the first sync</source>
        <translation>Las ciudades aparecen tras la primera sincronización</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{city} (not in the current city list)</source>
        <translation>{city} (no está en la lista actual de ciudades)</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../ui/widgets/composer.py" line="+34"/>
        <source>Not sent: replace the highlighted placeholders first.</source>
        <translation>No enviada: sustituye primero los marcadores resaltados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write something first: an empty reply is not sent.</source>
        <translation>Escribe algo primero: una respuesta vacía no se envía.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write a reply…  (Ctrl+Enter to send)</source>
        <extracomment>The text changed and the user paused typing: time to persist the draft. The user changed the text (typing, pasting, a saved reply); not emitted when a draft is loaded. The user asked for the saved replies manager.</extracomment>
        <translation>Escribe una respuesta…  (Ctrl+Intro para enviar)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search saved replies</source>
        <translation>Buscar respuestas guardadas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter sends the reply</source>
        <translation>Ctrl+Intro envía la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply</source>
        <translation>Insertar una respuesta guardada</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>{count} / {limit}: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit}: %Ln por encima del límite</numerusform>
            <numerusform>{count} / {limit}: %Ln por encima del límite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../ui/errors.py" line="+71"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-10"/>
        <source>The channel</source>
        <translation>El canal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done by the team&apos;s sync worker</source>
        <translation>Lo hace el proceso de sincronización del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window works on the team database {database}. Only the team&apos;s sync worker talks to the channels (syncing, API keys, webhooks), so do this where the worker runs.</source>
        <translation>Esta ventana trabaja con la base de datos del equipo {database}. Solo el proceso de sincronización del equipo habla con los canales (sincronización, claves de API, webhooks), así que hazlo donde se ejecuta ese proceso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+125"/>
        <source>{channel} refused the API key</source>
        <translation>{channel} ha rechazado la clave de API</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>{channel} says the key is wrong, inactive or expired. Open Settings to paste a new key.</source>
        <translation>{channel} dice que la clave es incorrecta, está inactiva o ha caducado. Abre Ajustes para pegar una nueva.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} says this account may not do that ({reason}).</source>
        <translation>{channel} dice que esta cuenta no puede hacer eso ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not found on the channel</source>
        <translation>No se encuentra en el canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} no longer has this item. It may have been removed; the next sync will tidy the list.</source>
        <translation>{channel} ya no tiene este elemento. Puede que se haya eliminado; la próxima sincronización ordenará la lista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be done now</source>
        <translation>No se ha podido hacer ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} refused: {reason}</source>
        <translation>{channel} lo ha rechazado: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please correct the highlighted fields.</source>
        <translation>Corrige los campos resaltados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check what you entered</source>
        <translation>Revisa lo que has escrito</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>{channel} asks us to slow down</source>
        <translation>{channel} nos pide ir más despacio</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Too many requests for now. Work is kept and will continue in about {wait}.</source>
        <translation>Demasiadas peticiones por ahora. El trabajo se conserva y continuará dentro de unos {wait}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} is having trouble</source>
        <translation>{channel} tiene problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} answered with an error ({status}). Nothing was lost; we will try again shortly.</source>
        <translation>{channel} ha respondido con un error ({status}). No se ha perdido nada; lo volveremos a intentar en breve.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is not answering</source>
        <translation>{channel} no responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} took too long to answer. You can keep working; changes are sent when it responds.</source>
        <translation>{channel} ha tardado demasiado en responder. Puedes seguir trabajando; los cambios se envían cuando responda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You appear to be offline</source>
        <translation>Parece que no tienes conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} could not be reached. Check the internet connection. You can keep working from the cache; replies and changes wait in the outbox until {channel} answers again.</source>
        <translation>No se ha podido contactar con {channel}. Comprueba la conexión a internet. Puedes seguir trabajando con la caché; las respuestas y los cambios esperan en la cola de envío hasta que {channel} vuelva a responder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{channel} sent something unexpected</source>
        <translation>{channel} ha enviado algo inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} answered in a form this version does not understand. Try again later or update the app.</source>
        <translation>{channel} ha respondido en un formato que esta versión no entiende. Inténtalo más tarde o actualiza la aplicación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reason} (HTTP {status}).</source>
        <translation>{reason} (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} refused the request</source>
        <translation>{channel} ha rechazado la petición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} could not be reached</source>
        <translation>No se ha podido contactar con {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while talking to {channel}. Try again in a moment.</source>
        <translation>Algo ha fallado al comunicarse con {channel}. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is unavailable</source>
        <translation>El llavero del sistema no está disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That item changed meanwhile</source>
        <translation>Ese elemento ha cambiado mientras tanto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the view and try again.</source>
        <translation>Actualiza la vista e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local cache could not be read</source>
        <translation>No se ha podido leer la caché local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache file is busy or damaged. Close other copies of the app; if this persists, remove the profile&apos;s cache.sqlite3 and sync again.</source>
        <translation>El archivo de caché está ocupado o dañado. Cierra otras copias de la aplicación; si persiste, elimina el cache.sqlite3 del perfil y vuelve a sincronizar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected problem stopped this action. Try again; if it keeps happening, restart colivingdesk.</source>
        <translation>Un problema inesperado ha detenido esta acción. Inténtalo de nuevo; si sigue pasando, reinicia colivingdesk.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too many requests for now. Syncing with {channel} continues at {time}; your work is kept.</source>
        <translation>Demasiadas peticiones por ahora. La sincronización con {channel} continuará a las {time}; tu trabajo se conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests for now. Syncing with {channel} continues when the channel allows; your work is kept.</source>
        <translation>Demasiadas peticiones por ahora. La sincronización con {channel} continuará cuando el canal lo permita; tu trabajo se conserva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Settings to connect it.</source>
        <translation>Abre Ajustes para conectarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} is not connected</source>
        <translation>{channel} no está conectado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some {channel} updates could not be fetched</source>
        <translation>No se han podido descargar algunas novedades de {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of {channel} was not refreshed; the next sync tries again.</source>
        <translation>Parte de {channel} no se ha actualizado; la próxima sincronización lo volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>FeedUnits</name>
    <message>
        <source>properties</source>
        <extracomment>What a feed counts, for :meth:`FeedProgress.line` (marked here: the feeds name them in English).</extracomment>
        <translation type="vanished">propiedades</translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="vanished">consultas</translation>
    </message>
    <message>
        <source>threads listed</source>
        <translation type="vanished">conversaciones listadas</translation>
    </message>
    <message>
        <source>threads</source>
        <translation type="vanished">conversaciones</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation type="vanished">reservas</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="vanished">conversaciones</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/progress.py" line="+33"/>
        <source>%Ln properties</source>
        <extracomment>Counted words of the progress line (English for one, when no translator is installed). What a feed counts (the feeds name it in English), and its words for a count, in the window&apos;s language: one literal call each, as ``pyside6-lupdate`` extracts only those.</extracomment>
        <translation>
            <numerusform>%Ln propiedad</numerusform>
            <numerusform>%Ln propiedades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln consulta</numerusform>
            <numerusform>%Ln consultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads listed</source>
        <translation>
            <numerusform>%Ln conversación listada</numerusform>
            <numerusform>%Ln conversaciones listadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads</source>
        <translation>
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln reserva</numerusform>
            <numerusform>%Ln reservas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../sync/bmc_feeds.py" line="+61"/>
        <source>properties</source>
        <extracomment>Conversations opened at once: enough to hide latency, few enough to stay polite to the read budget. Fetched threads whose messages are stored together, in one store call and one transaction: a write per thread (a hand-off to the store thread, a commit and a round of statements each) cost about twice the store time per thread, which a first sync of thousands of threads paid in full; a commit writes back every index page it touched, so a thousand messages per commit rewrite each far less often than 250 did. Fetched threads left waiting for the store at most; fetching pauses beyond it, so a store slower than the network holds a few batches in memory rather than a whole first sync. Leads stored per transaction while walking (several list pages; see ``feeds.PageWriter``).</extracomment>
        <translation>propiedades</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>reference data</source>
        <translation>datos de referencia</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>leads</source>
        <translation>consultas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <location filename="../sync/coliving_feeds.py" line="+86"/>
        <source>bookings</source>
        <extracomment>Statuses whose conversation is closed. The document lists confirmed, cancelled and pending, and a cancelled booking&apos;s conversation answers 409 to a new message. Any other status counts as open: a status the channel adds later then costs a read, never a missed message. Requests of each minute that background reads leave free for what the user does (replies, opening a conversation, a property write). Stays that ended this many days ago or less are still read in the background, but only with budget to spare and at most once per ``ENDED_INTERVAL``: guests write about deposits after leaving. Older history is read when the user opens it. Bookings stored per transaction while walking (several list pages; see ``feeds.PageWriter``). Each booking lands at a random place in four indexes, so a commit writes back most of their pages whatever the batch holds: at 1,000 a first sync&apos;s commits cost as much as its inserts, at 2,500 about 40% less. Details asked for in a complete pass: in effect all of them.</extracomment>
        <translation>reservas</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>booking messages</source>
        <extracomment>Bookings changed in the last run, for the messages feed to look at first.</extracomment>
        <translation>mensajes de reservas</translation>
    </message>
    <message>
        <location filename="../sync/progress.py" line="+3"/>
        <source>booking details</source>
        <extracomment>Feeds&apos; names that only progress shows (the others are each feed&apos;s ``label``).</extracomment>
        <translation>detalles de reservas</translation>
    </message>
</context>
<context>
    <name>HouseChoice</name>
    <message>
        <location filename="../ui/widgets/house_choice.py" line="+42"/>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings of one house: a BookMyColiving property and its linked Coliving.com listings count as one</source>
        <translation>Reservas de una casa: una propiedad de BookMyColiving y sus anuncios vinculados de Coliving.com cuentan como una sola</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>All houses</source>
        <translation>Todas las casas</translation>
    </message>
</context>
<context>
    <name>InWindowNotifications</name>
    <message>
        <location filename="../ui/widgets/notifications.py" line="+259"/>
        <source>Recent notifications</source>
        <translation>Notificaciones recientes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Notifications ({count})</source>
        <translation>Notificaciones ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../ui/views/inbox_filters.py" line="+20"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reply</source>
        <translation>Por responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to me</source>
        <extracomment>Offered only in a team (see ``set_person``): conversations assigned to the person at this window.</extracomment>
        <translation>Asignadas a mí</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+32"/>
        <source>Filter conversations</source>
        <extracomment>Whose &quot;Assigned to me&quot; this is (a person&apos;s key, see ``colivingdesk.people``).</extracomment>
        <translation>Filtrar conversaciones</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversations about one BookMyColiving property or Coliving.com listing</source>
        <translation>Conversaciones sobre una propiedad de BookMyColiving o un anuncio de Coliving.com</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Guest name, subject or message text</source>
        <translation>Nombre del huésped, asunto o texto del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Propiedad o anuncio</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All properties</source>
        <translation>Todas las propiedades</translation>
    </message>
</context>
<context>
    <name>InboxMarks</name>
    <message>
        <location filename="../ui/views/inbox_marks.py" line="+55"/>
        <source>Mark as read</source>
        <extracomment>How long a conversation opened by moving through the list stays open before it counts as read.</extracomment>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (archive)</source>
        <translation>Hecho (archivar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move back to Inbox</source>
        <translation>Devolver a la bandeja de entrada</translation>
    </message>
</context>
<context>
    <name>InboxReplies</name>
    <message>
        <location filename="../ui/views/inbox_replies.py" line="+45"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the reply that was not sent</source>
        <translation>Reintentar la respuesta no enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the reply that was not sent</source>
        <translation>Descartar la respuesta no enviada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel sending</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel sending the newest reply that waits</source>
        <translation>Cancelar el envío de la respuesta más reciente que espera</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n replies wait to be sent.</source>
        <translation>
            <numerusform>%n respuesta espera para enviarse.</numerusform>
            <numerusform>%n respuestas esperan para enviarse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The channel</source>
        <translation>El canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} refused it</source>
        <translation>{channel} la ha rechazado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not sent (%n replies): {reason}</source>
        <translation>
            <numerusform>No enviada (%n respuesta): {reason}</numerusform>
            <numerusform>No enviadas (%n respuestas): {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: {reason}</source>
        <translation>No enviada: {reason}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>That reply is already being sent and can no longer be stopped.</source>
        <translation>Esa respuesta ya se está enviando y no se puede detener.</translation>
    </message>
</context>
<context>
    <name>InboxTeam</name>
    <message>
        <location filename="../ui/views/inbox_team.py" line="+45"/>
        <source>{name} is writing to this guest</source>
        <extracomment>How often presence is written again while the user keeps typing (it expires after ``PRESENCE_TTL``). How often an open banner re-reads presence, so one whose writer vanished goes once it expires.</extracomment>
        <translation>{name} está escribiendo a este huésped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} are writing to this guest</source>
        <translation>{names} están escribiendo a este huésped</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Assign conversation</source>
        <translation>Asignar conversación</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>you</source>
        <translation>tú</translation>
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
        <translation>Asignar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to you</source>
        <translation>Asignada a ti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to {name}</source>
        <translation>Asignada a {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent by {name}</source>
        <translation>Enviado por {name}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Assign to me</source>
        <translation>Asignar a mí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../ui/views/inbox_view.py" line="+66"/>
        <source>Coliving.com has closed this conversation (the booking is cancelled): replies cannot be sent. Your text is kept.</source>
        <translation>Coliving.com ha cerrado esta conversación (la reserva está cancelada): no se pueden enviar respuestas. Tu texto se conserva.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Conversations</source>
        <extracomment>A thread was opened (key &quot;channel:external_id&quot;). The user asked to see the booking behind a Coliving.com conversation. Unread counts may have changed because the user read something.</extracomment>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open conversation, oldest message first</source>
        <translation>La conversación abierta, del mensaje más antiguo al más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the booking behind this conversation</source>
        <translation>Mostrar la reserva de esta conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark conversation unread</source>
        <translation>Marcar la conversación como no leída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: archive conversation</source>
        <translation>Hecho: archivar la conversación</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a conversation to read it.

Both channels&apos; messages are listed on the left.</source>
        <translation>Selecciona una conversación para leerla.

Los mensajes de ambos canales aparecen a la izquierda.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open booking</source>
        <translation>Abrir reserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this conversation as unread again (Ctrl+U)</source>
        <translation>Volver a mostrar esta conversación como no leída (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Archive: out of the Inbox until the guest writes again (Ctrl+E)</source>
        <translation>Archivar: sale de la bandeja de entrada hasta que el huésped vuelva a escribir (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{conversations} · %Ln unread</source>
        <translation>
            <numerusform>{conversations} · %Ln sin leer</numerusform>
            <numerusform>{conversations} · %Ln sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move to Inbox</source>
        <translation>Mover a la bandeja de entrada</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../sync/pushes.py" line="+34"/>
        <source>the Coliving.com document defines no way to remove a monthly override (price_jan...price_dec are optional numbers; it does not say that null or leaving one out removes one); set the month to the price it should have instead</source>
        <extracomment>Longest availability range accepted in one push, in months from its first day.</extracomment>
        <translation>la documentación de Coliving.com no define ninguna forma de quitar un precio especial mensual (price_jan...price_dec son números opcionales; no dice que null u omitir uno lo quite); fija el mes en el precio que deba tener</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <extracomment>``PushInputError.code`` of a price of 0 sent without confirming it (the window asks instead).</extracomment>
        <translation>{text} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{text} is not a whole number or &apos;free&apos;</source>
        <translation>{text} no es un número entero ni &apos;free&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is negative; availability is 0 or more</source>
        <translation>{number} es negativo; la disponibilidad es 0 o más</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <location filename="../sync/register_edits.py" line="+86"/>
        <location line="+2"/>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sync/register_edits.py" line="+2"/>
        <source>{number} is negative; prices are 0 or more</source>
        <translation>{number} es negativo; los precios son 0 o más</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>listing {listing} is not known; import the register (`colivingdesk listings import`)</source>
        <translation>no se conoce el anuncio {listing}; importa el registro (`colivingdesk listings import`)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room type {room_type} is not a room type of listing {listing}</source>
        <translation>el tipo de habitación {room_type} no es un tipo de habitación del anuncio {listing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{end} is before the start {start}</source>
        <translation>{end} es anterior al inicio {start}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the range from {start} to {end} is over {months} months</source>
        <translation>el intervalo del {start} al {end} supera los {months} meses</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the unit count of room type {room_type} is not known, so its free units are not; give it in the register (amount) or push a number</source>
        <translation>no se conoce el número de unidades del tipo de habitación {room_type}, así que tampoco sus unidades libres; indícalo en el registro (amount) o envía un número</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nothing to fix: no day with drift or overbooking and a known unit count</source>
        <translation>nada que corregir: ningún día con desajuste o sobrerreserva y un número de unidades conocido</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>required: the register has no base price for this room type; give --base</source>
        <translation>obligatorio: el registro no tiene precio base para este tipo de habitación; indica --base</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../sync/register.py" line="+138"/>
        <location filename="../sync/register_edits.py" line="-16"/>
        <source>{code} is not an ISO 4217 currency code</source>
        <translation>{code} no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{item} is not MONTH=PRICE (for example jan=1320)</source>
        <translation>{item} no tiene la forma MES=PRECIO (por ejemplo, jan=1320)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given twice</source>
        <translation>indicado dos veces</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is not a month (jan, feb, ... dec)</source>
        <translation>{name} no es un mes (jan, feb, ... dec)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 would offer the room for free; confirm it explicitly (--allow-zero)</source>
        <translation>0 ofrecería la habitación gratis; confírmalo expresamente (--allow-zero)</translation>
    </message>
    <message>
        <location filename="../sync/register.py" line="-64"/>
        <source>expected an object with a &apos;listings&apos; array</source>
        <extracomment>Listing fields kept in ``Listing.extra`` (the rest of the register is in columns).</extracomment>
        <translation>se esperaba un objeto con una lista &apos;listings&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>expected an array</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+43"/>
        <location line="+8"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>names listing {owner}, not the listing {listing} it is in</source>
        <translation>indica el anuncio {owner}, no el anuncio {listing} en el que está</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected an id (a number or a non-empty text)</source>
        <translation>se esperaba un id (un número o un texto no vacío)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a text</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a whole number of at least 0</source>
        <translation>se esperaba un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number of at least 0</source>
        <translation>se esperaba un número igual o mayor que 0</translation>
    </message>
    <message>
        <location filename="../sync/register_edits.py" line="-13"/>
        <source>{text} is not a whole number</source>
        <translation>{text} no es un número entero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is negative; give 0 or more</source>
        <translation>{number} es negativo; indica 0 o más</translation>
    </message>
    <message>
        <location filename="../sync/outbox.py" line="+535"/>
        <source>The reply is empty.</source>
        <extracomment>BookMyColiving reply times inside the cap&apos;s window as last read from the persisted log (plus the ones sent since), so the status bar can show the reply budget without reading the store itself. Both channels&apos; reply endpoints refuse longer text.</extracomment>
        <translation>La respuesta está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply can be at most {limit} characters (this one has {count}).</source>
        <translation>Una respuesta puede tener como máximo {limit} caracteres (esta tiene {count}).</translation>
    </message>
    <message>
        <location filename="../sync/channel_writes.py" line="+167"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add at least one photo URL.</source>
        <translation>Añade al menos una URL de foto.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the property this reply is about.</source>
        <translation>Elige la propiedad a la que se refiere esta respuesta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>Connected to BookMyColiving.</source>
        <extracomment>Counted words of a key check (English for one, when no translator is installed).</extracomment>
        <translation type="vanished">Conectado a BookMyColiving.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/key_check.py" line="+41"/>
        <source>%Ln properties</source>
        <translation>
            <numerusform>%Ln propiedad</numerusform>
            <numerusform>%Ln propiedades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host</source>
        <translation>el anfitrión</translation>
    </message>
    <message>
        <source>Connected to Coliving.com as {name}.</source>
        <translation type="vanished">Conectado a Coliving.com como {name}.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The key works: BookMyColiving accepted it.</source>
        <extracomment>Counted words of a key check (English for one, when no translator is installed).</extracomment>
        <translation>La clave funciona: BookMyColiving la ha aceptado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key works: Coliving.com knows it as {name}.</source>
        <translation>La clave funciona: Coliving.com la conoce como {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key was refused.</source>
        <translation>Se ha rechazado la clave de API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached; try again in {wait} s.</source>
        <translation>Límite de peticiones alcanzado; vuelve a intentarlo en {wait} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel could not be reached.</source>
        <translation>No se ha podido contactar con el canal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel answered with an error.</source>
        <translation>El canal ha respondido con un error.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../ui/keyboard.py" line="+60"/>
        <source>Next tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous tab</source>
        <translation>Pestaña anterior</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../secrets.py" line="+70"/>
        <source>from {variable}</source>
        <translation>de {variable}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the system keyring</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this session only</source>
        <translation>solo en esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keys are kept for this session only and forgotten when you quit.</source>
        <translation>Las claves se guardan solo durante esta sesión y se olvidan al salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys are stored in the system keyring ({backend}).</source>
        <translation>Las claves se guardan en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure system keyring is available on this computer, so keys cannot be saved. You can use them for this session only, or set COLIVINGDESK_* environment variables.</source>
        <translation>Este ordenador no tiene un llavero del sistema seguro, así que no se pueden guardar las claves. Puedes usarlas solo durante esta sesión o definir variables de entorno COLIVINGDESK_*.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The system keyring could not be read ({error}).</source>
        <translation>No se ha podido leer el llavero del sistema ({error}).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The system keyring refused to save the key ({error}).</source>
        <translation>El llavero del sistema se ha negado a guardar la clave ({error}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The system keyring refused to delete the key ({error}).</source>
        <translation>El llavero del sistema se ha negado a eliminar la clave ({error}).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="+32"/>
        <source>Booking {reference}</source>
        <translation>Reserva {reference}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listing {id}</source>
        <translation>Anuncio {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Property {id}</source>
        <translation>Propiedad {id}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown guest</source>
        <translation>Huésped desconocido</translation>
    </message>
    <message>
        <location filename="../sync/register.py" line="-149"/>
        <source>unnamed, from bookings</source>
        <extracomment>Shown for a listing known only because a booking named it.</extracomment>
        <translation>sin nombre, según las reservas</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <location filename="../ui/views/leads_view.py" line="+35"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location line="+38"/>
        <source>Select a lead to see the guest&apos;s details and message.</source>
        <extracomment>The user has now seen every lead (the sidebar&apos;s &quot;new leads&quot; badge should drop to zero). Open the lead&apos;s conversation (thread key); True when the user wants to reply right away.</extracomment>
        <translation>Selecciona una consulta para ver el huésped y su mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export leads as CSV</source>
        <translation>Exportar consultas como CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search guest name, email, phone or message</source>
        <translation>Buscar nombre del huésped, correo, teléfono o mensaje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected lead&apos;s conversation</source>
        <translation>Abrir la conversación de la consulta seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search leads</source>
        <translation>Buscar consultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest name, email, phone or message</source>
        <translation>Nombre del huésped, correo, teléfono o mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead details</source>
        <translation>Detalles de la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the leads the filter shows as a CSV file</source>
        <translation>Guardar como archivo CSV las consultas que muestra el filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this lead&apos;s conversation</source>
        <translation>Abrir la conversación de esta consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to this lead</source>
        <translation>Responder a esta consulta</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln consulta</numerusform>
            <numerusform>%Ln consultas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All properties</source>
        <translation>Todas las propiedades</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead id</source>
        <translation>Id de consulta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conversation with this guest is cached yet.</source>
        <translation>Aún no hay ninguna conversación con este huésped en la caché.</translation>
    </message>
</context>
<context>
    <name>ListingFields</name>
    <message>
        <location filename="../ui/dialogs/listing_fields.py" line="+60"/>
        <source>A price cannot be negative: enter the monthly price in dollars, like 800</source>
        <extracomment>Room option types the document shows. Others from the server are kept and offered back, never dropped. Editor fields, in the order they appear on screen; error paths resolve to one of these.</extracomment>
        <translation>Un precio no puede ser negativo: escribe el precio mensual en dólares, como 800</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a monthly price in dollars, like 800 or 1,250.50</source>
        <translation>Escribe un precio mensual en dólares, como 800 o 1,250.50</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Private room</source>
        <extracomment>The words for the room types the document shows; the codes stay what is stored and sent.</extracomment>
        <translation>Habitación privada</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Give the listing a name.</source>
        <extracomment>Fields that are sets on the channel: the chips list them in reference order, the cache in its own.</extracomment>
        <translation>Ponle un nombre al anuncio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name under {count} characters.</source>
        <translation>El nombre debe tener menos de {count} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the city from the list.</source>
        <translation>Elige la ciudad de la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the address guests&apos; questions should reach.</source>
        <translation>Añade la dirección a la que deben llegar las preguntas de los huéspedes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This does not look like an email address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one room option with its monthly price.</source>
        <translation>Añade al menos una opción de habitación con su precio mensual.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room option {index}: enter its monthly price.</source>
        <translation>Opción de habitación {index}: escribe su precio mensual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room option {index}: the price must be between $0.01 and $1,000,000.</source>
        <translation>Opción de habitación {index}: el precio debe estar entre $0.01 y $1,000,000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room option {index}: choose a room type.</source>
        <translation>Opción de habitación {index}: elige un tipo de habitación.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo addresses must start with https://</source>
        <translation>Las direcciones de las fotos deben empezar por https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo addresses cannot contain spaces.</source>
        <translation>Las direcciones de las fotos no pueden contener espacios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the whole photo address, like https://example.com/photo.jpg</source>
        <translation>Escribe la dirección completa de la foto, como https://example.com/photo.jpg</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Name</source>
        <extracomment>The form&apos;s label per API field, in English; :func:`field_label` gives the translated one.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community type</source>
        <translation>Tipo de comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amenities</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room options</source>
        <translation>Opciones de habitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Tu referencia</translation>
    </message>
</context>
<context>
    <name>ListingForm</name>
    <message>
        <location filename="../ui/dialogs/listing_form.py" line="+34"/>
        <source>The place</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and community</source>
        <translation>Contacto y comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms, prices and photos</source>
        <translation>Habitaciones, precios y fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your own records</source>
        <translation>Para tu propio control</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>e.g. Sunny Coliving Lisbon</source>
        <translation>p. ej. Coliving Soleado Gràcia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What makes living here good: rooms, community, neighbourhood.</source>
        <translation>Lo que hace agradable vivir aquí: habitaciones, comunidad, barrio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host@example.com</source>
        <translation>anfitrion@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own id for this listing, e.g. from your PMS (optional)</source>
        <translation>Tu propio id para este anuncio, p. ej. de tu PMS (opcional)</translation>
    </message>
</context>
<context>
    <name>LocalDraftsWidget</name>
    <message>
        <location filename="../ui/widgets/local_drafts.py" line="+53"/>
        <source>Drafts on this computer (not sent to BookMyColiving)</source>
        <extracomment>False while its create is on its way to the channel (deleting the draft would not stop it).</extracomment>
        <translation>Borradores en este ordenador (no enviados a BookMyColiving)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafts on this computer</source>
        <translation>Borradores en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open draft</source>
        <translation>Abrir borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete draft…</source>
        <translation>Eliminar borrador…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the selected draft</source>
        <translation>Abrir el borrador seleccionado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>It is being created on BookMyColiving; wait for the answer.</source>
        <translation>Se está creando en BookMyColiving; espera la respuesta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/lazy_views.py" line="+39"/>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The properties view is not available in this build.</source>
        <translation>La vista de propiedades no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings view is not available in this build.</source>
        <translation>La vista de ajustes no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+93"/>
        <location line="+399"/>
        <source>Colivingdesk (demo)</source>
        <extracomment>How long after the Service is built the Settings page is (see ``paintEvent``): once the Service&apos;s start has run, so the window answers input between the two. A desktop notification was raised (title, text); also emitted when no tray exists, for tests and logs. The window was closed by the user (the app then shuts the Service down and quits). The window painted for the first time (the app builds the Service only then).</extracomment>
        <translation>Colivingdesk (demo)</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Starting sync…</source>
        <extracomment>The channels with a saved account: a status refresh (every page of a sync) does not read the store.</extracomment>
        <translation>Iniciando la sincronización…</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Demo mode</source>
        <translation>Modo demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample data on a practice server: nothing you do here reaches a real channel.
Practice server back office: {url}</source>
        <translation>Datos de ejemplo en un servidor de prácticas: nada de lo que hagas aquí llega a un canal real.
Backoffice del servidor de prácticas: {url}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open {section}</source>
        <translation>Abrir {section}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search everything (guests, messages, bookings, listings)</source>
        <translation>Buscar en todo (huéspedes, mensajes, reservas, anuncios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No conversation yet</source>
        <translation>Aún no hay conversación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There are no messages for this booking in the cache yet.</source>
        <translation>Aún no hay mensajes de esta reserva en la caché.</translation>
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
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New message from {guest}</source>
        <translation>Nuevo mensaje de {guest}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Inbox to reply.</source>
        <translation>Abre la bandeja de entrada para responder.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n leads imported</source>
        <translation>
            <numerusform>%n consulta importada</numerusform>
            <numerusform>%n consultas importadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiries already on BookMyColiving when it was connected.</source>
        <translation>Consultas que ya estaban en BookMyColiving al conectarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New lead: {lead}</source>
        <translation>Nueva consulta: {lead}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New lead</source>
        <translation>Nueva consulta</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new leads</source>
        <translation>
            <numerusform>%n consulta nueva</numerusform>
            <numerusform>%n consultas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest asked about one of your properties.</source>
        <translation>Un huésped ha preguntado por una de tus propiedades.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bookings updated</source>
        <translation>
            <numerusform>%n reserva actualizada</numerusform>
            <numerusform>%n reservas actualizadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{booking} updated</source>
        <translation>{booking} actualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Bookings view for new or changed stays.</source>
        <translation>Revisa la vista Reservas para ver las estancias nuevas o modificadas.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reply not sent</source>
        <translation>Respuesta no enviada</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The channel refused a reply.</source>
        <translation>El canal ha rechazado una respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+54"/>
        <source>Syncing both channels…</source>
        <translation>Sincronizando ambos canales…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Synced: %n updates.</source>
        <translation>
            <numerusform>Sincronizado: %n novedad.</numerusform>
            <numerusform>Sincronizado: %n novedades.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synced: no changes.</source>
        <translation>Sincronizado: sin cambios.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some updates could not be fetched</source>
        <translation>No se han podido descargar algunas novedades</translation>
    </message>
</context>
<context>
    <name>MonthBox</name>
    <message>
        <location filename="../ui/views/calendar_months.py" line="+23"/>
        <location line="+1"/>
        <source>Go to a month</source>
        <translation>Ir a un mes</translation>
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
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing new.</source>
        <translation>Nada nuevo.</translation>
    </message>
</context>
<context>
    <name>OccurrenceTextDialog</name>
    <message>
        <location filename="../ui/dialogs/automation_dialogs.py" line="+20"/>
        <source>Edit this message</source>
        <extracomment>(occurrence key, the new text or None for the saved reply again), once stored.</extracomment>
        <translation>Editar este mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text goes to this guest, this time only; the rule&apos;s saved reply is not changed.</source>
        <translation>Este texto se envía a este huésped solo esta vez; la respuesta guardada de la regla no cambia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the saved reply</source>
        <translation>Usar la respuesta guardada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: this message is no longer upcoming (sent, skipped or cancelled meanwhile).</source>
        <translation>No se ha guardado: este mensaje ya no está pendiente (se ha enviado, omitido o cancelado mientras tanto).</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../ui/widgets/offline_banner.py" line="+33"/>
        <source>{first} and {second}</source>
        <extracomment>What the banner says for the offline channels and every channel&apos;s current status. States that prove the channel answered (or that there is no account left to be offline).</extracomment>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trying {channel} again…</source>
        <translation>Reintentando con {channel}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach {channel}.</source>
        <translation>No se ha podido contactar con {channel}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can keep working from the cache: replies and changes wait in the outbox until {names} answers again. If this lasts, check the internet connection.</source>
        <translation>Puedes seguir trabajando con la caché: las respuestas y los cambios esperan en la cola de envío hasta que {names} vuelva a responder. Si dura, comprueba la conexión a internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} is offline</source>
        <translation>{names} no tiene conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can keep working from the cache: replies and changes wait in the outbox until {names} answer again. If this lasts, check the internet connection.</source>
        <translation>Puedes seguir trabajando con la caché: las respuestas y los cambios esperan en la cola de envío hasta que {names} vuelvan a responder. Si dura, comprueba la conexión a internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} are offline</source>
        <translation>{names} no tienen conexión</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/widgets/photo_strip.py" line="+166"/>
        <source>Loading photo…</source>
        <translation>Cargando foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo unavailable</source>
        <translation>Foto no disponible</translation>
    </message>
</context>
<context>
    <name>PhotoStripWidget</name>
    <message>
        <location line="-117"/>
        <source>The first photo is the cover.</source>
        <translation>La primera foto es la portada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on BookMyColiving: it cannot be removed or moved from here.</source>
        <translation>Ya está en BookMyColiving: no se puede quitar ni mover desde aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos already on BookMyColiving cannot be removed or reordered from here (the channel offers no way to); new photos are added after them.</source>
        <translation>Las fotos que ya están en BookMyColiving no se pueden quitar ni reordenar desde aquí (el canal no lo permite); las nuevas se añaden detrás.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… photo address</source>
        <translation>https://… dirección de la foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Añadir foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Earlier</source>
        <translation>◀ Anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later ▶</source>
        <translation>Siguientes ▶</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Photo address</source>
        <translation>Dirección de la foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the photo at this address</source>
        <translation>Añadir la foto de esta dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo earlier</source>
        <translation>Mover la foto antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo later</source>
        <translation>Mover la foto después</translation>
    </message>
</context>
<context>
    <name>ProblemsBox</name>
    <message>
        <location filename="../ui/views/calendar_problems.py" line="+32"/>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix: review the push that resolves it</source>
        <translation>Corregir: revisar el envío que lo resuelve</translation>
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
            <numerusform>Sin comprobar: %n tipo de habitación sin número de unidades ({names}). El exceso de reservas, las desviaciones y los días agotados solo se pueden detectar cuando se conocen las unidades: indíquelas en «Editar anuncios…» o «Importar anuncios…».</numerusform>
            <numerusform>Sin comprobar: %n tipos de habitación sin número de unidades ({names}). El exceso de reservas, las desviaciones y los días agotados solo se pueden detectar cuando se conocen las unidades: indíquelas en «Editar anuncios…» o «Importar anuncios…».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems: nothing overbooked or drifting, nothing sold out.</source>
        <translation>Sin problemas: ninguna sobrerreserva ni desajuste, nada completo.</translation>
    </message>
</context>
<context>
    <name>PropertiesModel</name>
    <message>
        <location filename="../ui/models/properties_model.py" line="+34"/>
        <source>Draft</source>
        <extracomment>Role giving a row&apos;s status key for the chip delegate: &quot;draft&quot; | &quot;review&quot; | &quot;live&quot; | &quot;live_review&quot; | &quot;rejected&quot; | &quot;other&quot;. Role giving the pending write&apos;s state (&quot;queued&quot;, &quot;sending&quot;, &quot;failed&quot;, &quot;held&quot;) or None.</extracomment>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live, changes in review</source>
        <translation>Publicado, cambios en revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <extracomment>Filter choices offered to the user: label (English, translated in the ``PropertiesModel`` context where shown) -&gt; store filter fields.</extracomment>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BookMyColiving replayed its first answer to this request: it was not applied twice.</source>
        <translation>BookMyColiving ha repetido su primera respuesta a esta petición: no se ha aplicado dos veces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating</source>
        <translation>Creando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving changes</source>
        <translation>Guardando cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting for review</source>
        <translation>Enviando a revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublishing</source>
        <translation>Despublicando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding photos</source>
        <translation>Añadiendo fotos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sending</source>
        <extracomment>The channel answered it with a replay of its first answer (``Idempotent-Replayed: true``).</extracomment>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused by the channel</source>
        <translation>rechazado por el canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action}: waiting ({reason})</source>
        <translation>{action}: en espera ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit</source>
        <translation>límite de peticiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}…</source>
        <translation>{action}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}: queued ({reason})</source>
        <translation>{action}: en cola ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}: queued</source>
        <translation>{action}: en cola</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from {price}</source>
        <translation>desde {price}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference: {reference}</source>
        <translation>Tu referencia: {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly price</source>
        <translation>Precio mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{reason}
Open the listing to correct it, or retry.</source>
        <translation>{reason}
Abre el anuncio para corregirlo o reinténtalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the channel</source>
        <translation>Rechazado por el canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the outbox and sent as soon as BookMyColiving answers.</source>
        <translation>Se guarda en la cola de envío y se envía en cuanto BookMyColiving responda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Notas del revisor: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live with the previous version; your latest changes are waiting for review.</source>
        <translation>Publicado con la versión anterior; tus últimos cambios esperan revisión.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <location filename="../ui/views/properties_view.py" line="+81"/>
        <source>Delete “{name}”?</source>
        <extracomment>Question, consequence and button per action, in English; translated in the ``PropertiesView`` context.</extracomment>
        <translation>¿Eliminar «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listing and all its data are removed from BookMyColiving for good. Leads and conversations about it stay in your inbox.</source>
        <translation>El anuncio y todos sus datos se eliminan de BookMyColiving para siempre. Las consultas y conversaciones sobre él se quedan en tu bandeja de entrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete listing</source>
        <translation>Eliminar anuncio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpublish “{name}”?</source>
        <translation>¿Despublicar «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It goes back to Draft and disappears from the public site until you submit it again and it is approved.</source>
        <translation>Vuelve a Borrador y desaparece de la web pública hasta que lo envíes de nuevo y se apruebe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>Unpublish</source>
        <translation>Despublicar</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+6"/>
        <source>Listings on BookMyColiving</source>
        <translation>Anuncios en BookMyColiving</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search name, address or your reference</source>
        <translation>Buscar nombre, dirección o tu referencia</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <source>New listing</source>
        <translation>Nuevo anuncio</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+391"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="-423"/>
        <location line="+33"/>
        <source>Fetch listings from BookMyColiving now</source>
        <translation>Descargar ahora los anuncios de BookMyColiving</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Search listings</source>
        <extracomment>The editor was opened (tests and the window&apos;s title bar listen). A listing to select as soon as it is in the table (a create the channel has just answered).</extracomment>
        <translation>Buscar anuncios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address or your reference</source>
        <translation>Nombre, dirección o tu referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing status</source>
        <translation>Estado del anuncio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing details</source>
        <translation>Detalles del anuncio</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Edit the selected listing</source>
        <translation>Editar el anuncio seleccionado</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n listings</source>
        <translation>
            <numerusform>%n anuncio</numerusform>
            <numerusform>%n anuncios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n listing</source>
        <translation>
            <numerusform>%n anuncio</numerusform>
            <numerusform>%n anuncios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>BookMyColiving is not connected yet. Add its API key in Settings and your listings appear here; you can start writing a new one meanwhile.</source>
        <translation>BookMyColiving aún no está conectado. Añade su clave de API en Ajustes y tus anuncios aparecerán aquí; mientras tanto puedes empezar a escribir uno nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a listing to see its review notes and what you can do with it.</source>
        <translation>Selecciona un anuncio para ver sus notas de revisión y lo que puedes hacer con él.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No listings here yet. Use “New listing” to write your first one.</source>
        <translation>Aún no hay anuncios. Usa «Nuevo anuncio» para escribir el primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — {status}</source>
        <translation>{name} — {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your reference {reference}</source>
        <translation>tu referencia {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last changed {time}</source>
        <translation>último cambio {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Notas del revisor: {notes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have unsaved changes to this listing; open it to continue.</source>
        <translation>Tienes cambios sin guardar en este anuncio; ábrelo para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous version stays online until BookMyColiving approves your changes.</source>
        <translation>La versión anterior sigue publicada hasta que BookMyColiving apruebe tus cambios.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open its draft below to open that listing, replace it, or change your reference.</source>
        <translation>Abre su borrador abajo para abrir ese anuncio, sustituirlo o cambiar tu referencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its draft below to correct it.</source>
        <translation>Abre su borrador abajo para corregirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new listing was not created. Failed: {reason} {next}</source>
        <translation>No se ha creado un anuncio nuevo. Error: {reason} {next}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Creating %n new listing…</source>
        <translation>
            <numerusform>Creando %n anuncio nuevo…</numerusform>
            <numerusform>Creando %n anuncios nuevos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Creating %n new listings…</source>
        <translation>
            <numerusform>Creando %n anuncio nuevo…</numerusform>
            <numerusform>Creando %n anuncios nuevos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new listing</source>
        <translation>El anuncio nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” was created; BookMyColiving reviews it before it goes online.</source>
        <translation>«{name}» se ha creado; BookMyColiving lo revisa antes de publicarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untitled listing</source>
        <translation>Anuncio sin título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · kept {time}</source>
        <translation>{name} · guardado {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: open it to finish it and create it.</source>
        <translation>No enviado: ábrelo para terminarlo y crearlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{draft} · creating…</source>
        <translation>{draft} · creando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On its way to BookMyColiving.</source>
        <translation>De camino a BookMyColiving.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{draft} · not created</source>
        <translation>{draft} · no creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BookMyColiving refused it: open it to see why.</source>
        <translation>BookMyColiving lo ha rechazado: ábrelo para ver por qué.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete the draft of “{name}”?</source>
        <translation>¿Eliminar el borrador de «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this untitled listing?</source>
        <translation>¿Eliminar este anuncio sin título?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was never sent to BookMyColiving, so it cannot be brought back.</source>
        <translation>Nunca se envió a BookMyColiving, así que no se podrá recuperar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Submitting for review…</source>
        <translation>Enviando a revisión…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpublishing…</source>
        <translation>Despublicando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
</context>
<context>
    <name>PropertyEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/property_editor.py" line="+83"/>
        <source>BookMyColiving reviews every new listing before it goes online: keep it as a draft on this computer until it is ready, nothing is sent until you create it.</source>
        <extracomment>Reference kinds as the store keeps them (see ``domain.ReferenceItem``). The dialog&apos;s size in lines of its font, so it grows with a larger font; the screen caps it (see ``_fit``). At most this tall at the usual font size (a 768-pixel laptop screen keeps room for the title bar and panel).</extracomment>
        <translation>BookMyColiving revisa cada anuncio nuevo antes de publicarlo: guárdalo como borrador en este ordenador hasta que esté listo; no se envía nada hasta que lo crees.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+336"/>
        <source>Edit “{name}”</source>
        <extracomment>The listing was accepted by the channel: its id (new for a create). The user asked to see another listing (the one that already has the typed reference). When this draft was started, and the channel&apos;s ``updatedAt`` of the version it was started from.</extracomment>
        <translation>Editar «{name}»</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>New listing</source>
        <translation>Nuevo anuncio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the listing</source>
        <translation>Guardar el anuncio</translation>
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
        <translation>Descartar mis cambios sin guardar</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+232"/>
        <source>Room option {index}: {problem}</source>
        <translation>Opción de habitación {index}: {problem}</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+132"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Or press Ctrl+Enter in any field. Enter alone never saves.</source>
        <translation>O pulsa Ctrl+Intro en cualquier campo. Intro solo nunca guarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <location line="+8"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Restored your unsaved changes from {time}.</source>
        <translation>Se han recuperado tus cambios sin guardar de {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored your unsaved changes from earlier.</source>
        <translation>Se han recuperado tus cambios sin guardar anteriores.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This listing is live. Saving keeps it online and sends your changes to BookMyColiving&apos;s review; they appear publicly once approved.</source>
        <translation>Este anuncio está publicado. Al guardar sigue publicado y tus cambios pasan a la revisión de BookMyColiving; se verán en público cuando se aprueben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This listing is live and earlier changes are still in review. Saving keeps it online and sends your changes to BookMyColiving&apos;s review; they appear publicly once approved.</source>
        <translation>Este anuncio está publicado y hay cambios anteriores aún en revisión. Al guardar sigue publicado y tus cambios pasan a la revisión de BookMyColiving; se verán en público cuando se aprueben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BookMyColiving is reviewing this listing. You can still correct it.</source>
        <translation>BookMyColiving está revisando este anuncio. Aún puedes corregirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BookMyColiving rejected this listing. Fix it, save, then submit it again.</source>
        <translation>BookMyColiving ha rechazado este anuncio. Corrígelo, guárdalo y vuelve a enviarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Notas del revisor: {notes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create and send to review</source>
        <translation>Crear y enviar a revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept here until BookMyColiving has it.</source>
        <translation>Se guarda aquí hasta que BookMyColiving lo reciba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep as draft on this computer</source>
        <translation>Guardar como borrador en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is sent; reopen it from “Drafts on this computer”.</source>
        <translation>No se envía nada; vuelve a abrirlo desde «Borradores en este ordenador».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and send to review</source>
        <translation>Guardar y enviar a revisión</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kept on this computer as a draft until you create it.</source>
        <translation>Se guarda en este ordenador como borrador hasta que lo crees.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes are kept on this computer until you save.</source>
        <translation>Los cambios sin guardar se conservan en este ordenador hasta que guardes.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>No se ha guardado: corrige los campos marcados en rojo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: BookMyColiving refused the change. Correct it and save again.</source>
        <translation>No se ha guardado: BookMyColiving ha rechazado el cambio. Corrígelo y vuelve a guardar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <source>Not saved.</source>
        <translation>No se ha guardado.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this one</source>
        <translation>esta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another reference: {reference} is already used by “{name}”.</source>
        <translation>Elige otra referencia: {reference} ya la usa «{name}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another reference: {reference} is already used.</source>
        <translation>Elige otra referencia: {reference} ya está en uso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your reference, then save again.</source>
        <translation>Cambia tu referencia y vuelve a guardar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The channel refused the change.</source>
        <translation>El canal ha rechazado el cambio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not created: choose what to do with the listing that has this reference.</source>
        <translation>No creado: elige qué hacer con el anuncio que tiene esta referencia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the channel asked us to slow down</source>
        <translation>el canal nos ha pedido ir más despacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send: {reason}.</source>
        <translation>Esperando para enviar: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating… (you can close this window; it is kept here until it is sent, then waits for BookMyColiving&apos;s review)</source>
        <translation>Creando… (puedes cerrar esta ventana; se guarda aquí hasta que se envíe y después espera la revisión de BookMyColiving)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving… (you can close this window; the change is kept and sent)</source>
        <translation>Guardando… (puedes cerrar esta ventana; el cambio se conserva y se envía)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BookMyColiving refused the change: {reason}</source>
        <translation>BookMyColiving ha rechazado el cambio: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This listing no longer exists on BookMyColiving. Your text is kept as a draft here.</source>
        <translation>Este anuncio ya no existe en BookMyColiving. Tu texto se guarda aquí como borrador.</translation>
    </message>
</context>
<context>
    <name>QuickSearchPopup</name>
    <message>
        <location filename="../ui/dialogs/quick_search.py" line="+103"/>
        <source>Search guests, bookings, leads, properties and messages</source>
        <extracomment>The search thread&apos;s results, delivered on the GUI thread (queued): generation, hits, their lines. The search thread finished a query: generation, error text or None.</extracomment>
        <translation>Buscar huéspedes, reservas, consultas, propiedades y mensajes</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+82"/>
        <source>Enter opens the selected result · Esc closes</source>
        <translation>Intro abre el resultado seleccionado · Esc cierra</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests, bookings, leads, properties and messages</source>
        <translation>Huéspedes, reservas, consultas, propiedades y mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the selected result, Escape closes</source>
        <translation>Intro abre el resultado seleccionado, Escape cierra</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type to search.</source>
        <translation>Escribe para buscar.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The local cache could not be searched.</source>
        <translation>No se ha podido buscar en la caché local.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches in the local cache.</source>
        <translation>No hay coincidencias en la caché local.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/dialogs/quit_confirm.py" line="+31"/>
        <source>Quit</source>
        <extracomment>Outbox states that mean &quot;not on the channel yet and still meant to go&quot;. What the quit question reads from the outbox: the writes still meant to go, and refused ones (of which it names the replies, which the sidebar counts as not sent).</extracomment>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This computer does not keep the {channel} key after you quit: what waits for {channel} goes once the key is entered again.</source>
        <translation>Este ordenador no guarda la clave de {channel} al salir: lo que espera para {channel} se enviará cuando se vuelva a introducir la clave.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer does not keep the keys after you quit: what waits goes once the keys are entered again.</source>
        <translation>Este ordenador no guarda las claves al salir: lo que espera se enviará cuando se vuelvan a introducir las claves.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is not sent yet. It will be sent the next time colivingdesk or `colivingdesk sync` runs.</source>
        <translation>{what} aún no se ha enviado. Se enviará la próxima vez que se ejecute colivingdesk o `colivingdesk sync`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} are not sent yet. They will be sent the next time colivingdesk or `colivingdesk sync` runs.</source>
        <translation>{what} aún no se han enviado. Se enviarán la próxima vez que se ejecute colivingdesk o `colivingdesk sync`.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Quit before everything is sent?</source>
        <translation>¿Salir antes de que se envíe todo?</translation>
    </message>
</context>
<context>
    <name>QuitWords</name>
    <message numerus="yes">
        <location line="-89"/>
        <source>%n replies</source>
        <extracomment>How many writes of a kind wait (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n calendar updates</source>
        <translation>
            <numerusform>%n actualización de calendario</numerusform>
            <numerusform>%n actualizaciones de calendario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listing changes</source>
        <translation>
            <numerusform>%n cambio de anuncio</numerusform>
            <numerusform>%n cambios de anuncio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n refused replies wait for you to retry or discard them.</source>
        <translation>
            <numerusform>%n respuesta rechazada espera a que la reintentes o la descartes.</numerusform>
            <numerusform>%n respuestas rechazadas esperan a que las reintentes o las descartes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../ui/views/rates_panel.py" line="+51"/>
        <source>A monthly override cannot be removed: the Coliving.com document defines no way to do it. To change a month, set it to the price it should have (&quot;Set to base price&quot; gives it the base price).</source>
        <translation>Un precio especial mensual no se puede quitar: el documento de Coliving.com no define ninguna forma de hacerlo. Para cambiar un mes, fíjalo en el precio que debe tener («Volver al precio base» le da el precio base).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot be removed (the Coliving.com document defines no way); give it a price</source>
        <translation>no se puede quitar (el documento de Coliving.com no define ninguna forma); dale un precio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent: accepted, not yet applied (Coliving.com processes rates in the background).</source>
        <translation>Enviado: aceptado, aún no aplicado (Coliving.com procesa las tarifas en segundo plano).</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>monthly price, e.g. 800</source>
        <translation>precio mensual, p. ej. 800</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+228"/>
        <source>Base price</source>
        <translation>Precio base</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>ISO code, e.g. EUR</source>
        <translation>Código ISO, p. ej. EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+218"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Monthly prices</source>
        <translation>Precios mensuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override</source>
        <translation>Precio especial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective price</source>
        <translation>Precio aplicado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected months:</source>
        <translation>Meses seleccionados:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price or percent</source>
        <translation>precio o porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price or percent for the selected months</source>
        <translation>Precio o porcentaje para los meses seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set price</source>
        <translation>Fijar precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %</source>
        <translation>+ %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise by percent</source>
        <translation>Subir un porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− %</source>
        <translation>− %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower by percent</source>
        <translation>Bajar un porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to base price</source>
        <translation>Volver al precio base</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Push rates</source>
        <translation>Enviar tarifas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Room type {id}</source>
        <translation>Tipo de habitación {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{listing} · {room}</source>
        <translation>{listing} · {room}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{code} is not an ISO 4217 currency code</source>
        <translation>{code} no es un código de moneda ISO 4217</translation>
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
        <translation>{price} (precio especial conservado: no se puede quitar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{price} (not pushed)</source>
        <translation>{price} (no enviado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} (override)</source>
        <translation>{price} (precio especial)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} (base, not pushed)</source>
        <translation>{price} (base, no enviado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} (base)</source>
        <translation>{price} (base)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n changes not pushed yet: {fields}.</source>
        <translation>
            <numerusform>%n cambio sin enviar todavía: {fields}.</numerusform>
            <numerusform>%n cambios sin enviar todavía: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier push: {state}</source>
        <translation>Envío anterior: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select the months to change first.</source>
        <translation>Selecciona primero los meses que quieres cambiar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the base price first.</source>
        <translation>Indica primero el precio base.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Offer for free?</source>
        <translation>¿Ofrecer gratis?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is 0: the room would be offered for free on Coliving.com. Send 0 anyway?</source>
        <translation>{field} es 0: la habitación se ofrecería gratis en Coliving.com. ¿Enviar 0 de todos modos?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base price</source>
        <translation>El precio base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency</source>
        <translation>La moneda</translation>
    </message>
</context>
<context>
    <name>ReconnectBannerWidget</name>
    <message>
        <location filename="../ui/widgets/banner.py" line="+36"/>
        <source>Reconnect {channel}: its key is not stored on this computer</source>
        <translation>Vuelve a conectar {channel}: su clave no está guardada en este ordenador</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing syncs with {channel} until you paste its API key again; replies and updates you make meanwhile wait for the key.</source>
        <extracomment>The user asked to enter this channel&apos;s key (the window opens Settings at its key field).</extracomment>
        <translation>No se sincroniza nada con {channel} hasta que vuelvas a pegar su clave de API; las respuestas y los cambios que hagas mientras tanto esperan a la clave.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the key</source>
        <translation>Introducir la clave</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../ui/views/record_table.py" line="+68"/>
        <source>Nothing selected.</source>
        <extracomment>The selected record changed (None when nothing is selected). What the details pane says with nothing selected; subclasses mark theirs with their class as context.</extracomment>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export rows as CSV</source>
        <extracomment>The export dialog&apos;s title, marked the same way.</extracomment>
        <translation>Exportar filas como CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows the current filter shows as a CSV file</source>
        <translation>Guardar como archivo CSV las filas que muestra el filtro actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the listed rows as CSV</source>
        <translation>Exportar las filas de la lista como CSV</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write {path}: {problem}</source>
        <translation>No se ha podido escribir {path}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {records} to {path}.</source>
        <translation>Se han exportado {records} a {path}.</translation>
    </message>
</context>
<context>
    <name>ReferenceConflictWidget</name>
    <message>
        <location filename="../ui/dialogs/reference_conflict.py" line="+19"/>
        <source>Open the existing listing</source>
        <translation>Abrir el anuncio existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it with what I typed</source>
        <translation>Sustituirlo por lo que he escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my reference</source>
        <translation>Cambiar mi referencia</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“{name}”</source>
        <extracomment>The existing listing&apos;s id: show it (the typed listing stays a draft). The existing listing&apos;s id: send the typed fields to it as a replace. Back to the form, on the reference field. One of the three was chosen: the failed create (this outbox id) has nothing more to say.</extracomment>
        <translation>«{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another of your listings</source>
        <translation>otro de tus anuncios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A listing with reference {reference} already exists on BookMyColiving: {name}. Nothing you typed was sent to it, and your text is kept here. You can open that listing, replace its details with what you typed, or give this listing a different reference.</source>
        <translation>Ya existe en BookMyColiving un anuncio con la referencia {reference}: {name}. No se le ha enviado nada de lo que has escrito y tu texto se conserva aquí. Puedes abrir ese anuncio, sustituir sus datos por lo que has escrito o dar a este anuncio otra referencia.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ui/views/register_dialog.py" line="+79"/>
        <source>Listings and room types</source>
        <translation>Anuncios y tipos de habitación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coliving.com cannot tell us your listings: name them here, give each room type its number of rooms (units) and link a listing to the BookMyColiving property it is, so both show as one house.</source>
        <translation>Coliving.com no nos puede dar tus anuncios: ponles nombre aquí, indica el número de habitaciones (unidades) de cada tipo de habitación y vincula cada anuncio con la propiedad de BookMyColiving que le corresponde, para que ambos se muestren como una sola casa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listings</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stay minimum (nights)</source>
        <translation>Estancia mínima (noches)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BookMyColiving property</source>
        <translation>Propiedad de BookMyColiving</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Room types</source>
        <translation>Tipos de habitación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+117"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Base price</source>
        <translation>Precio base</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>{id} (unnamed, from bookings)</source>
        <translation>{id} (sin nombre, de las reservas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BookMyColiving property of listing {id}</source>
        <translation>Propiedad de BookMyColiving del anuncio {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stay minimum</source>
        <translation>Estancia mínima</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{field} of {who}: {problem}</source>
        <translation>{field} de {who}: {problem}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ReplyState</name>
    <message>
        <location filename="../ui/models/inbox_models.py" line="+133"/>
        <location filename="../ui/views/inbox_team.py" line="-107"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent {time}</source>
        <translation>Enviada {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The channel</source>
        <translation>El canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} refused it</source>
        <translation>{channel} la ha rechazado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: {reason}</source>
        <translation>No enviada: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held: waiting for the key</source>
        <translation>Retenida: esperando la clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by the 60 replies per hour limit; goes at {time}</source>
        <translation>Retenida por el límite de 60 respuestas por hora; sale a las {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by the 60 replies per hour limit</source>
        <translation>Retenida por el límite de 60 respuestas por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued: {reason}</source>
        <translation>En cola: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: {channel} is offline</source>
        <translation>En cola: {channel} no tiene conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued until the team&apos;s sync worker reaches {channel}</source>
        <translation>En cola hasta que el proceso de sincronización del equipo conecte con {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued: waiting for the key</source>
        <translation>En cola: esperando la clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: {channel} asked us to wait</source>
        <translation>En cola: {channel} nos ha pedido esperar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: no sync worker is running</source>
        <translation>En cola: no hay ningún proceso de sincronización en marcha</translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <location filename="../ui/widgets/team_join.py" line="+58"/>
        <source>Restart now</source>
        <extracomment>Starts the new process; tests replace it to see the command without starting anything.</extracomment>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the window now</source>
        <translation>Reiniciar la ventana ahora</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The window could not be restarted: quit and start colivingdesk again.</source>
        <translation>No se ha podido reiniciar la ventana: sal y vuelve a abrir colivingdesk.</translation>
    </message>
</context>
<context>
    <name>RoomOptionsModel</name>
    <message>
        <location filename="../ui/widgets/room_options_editor.py" line="+71"/>
        <source>Room type</source>
        <extracomment>Row keys the model keeps for itself: what was typed in the price cell and why it is not a price.</extracomment>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly price (USD)</source>
        <translation>Precio mensual (USD)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A room type BookMyColiving sent that this app does not know; it is kept as it is.</source>
        <translation>Un tipo de habitación enviado por BookMyColiving que esta aplicación no conoce; se conserva tal cual.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a price</source>
        <translation>Escribe un precio</translation>
    </message>
</context>
<context>
    <name>RoomOptionsWidget</name>
    <message>
        <location line="+139"/>
        <location line="+28"/>
        <source>Add room option</source>
        <translation>Añadir opción de habitación</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Room options</source>
        <translation>Opciones de habitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type and monthly price of each option; F2 edits a cell</source>
        <translation>Tipo de habitación y precio mensual de cada opción; F2 edita una celda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove room option</source>
        <translation>Quitar opción de habitación</translation>
    </message>
</context>
<context>
    <name>SavedRepliesButton</name>
    <message>
        <location filename="../ui/widgets/saved_replies.py" line="+187"/>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply ({first} or {second} to search them)</source>
        <translation>Insertar una respuesta guardada ({first} o {second} para buscarlas)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No saved replies yet</source>
        <translation>Aún no hay respuestas guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search saved replies…</source>
        <translation>Buscar respuestas guardadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage saved replies…</source>
        <translation>Gestionar respuestas guardadas…</translation>
    </message>
</context>
<context>
    <name>SavedRepliesDialog</name>
    <message>
        <location filename="../ui/dialogs/saved_replies_dialog.py" line="+56"/>
        <source>{file} is not a JSON file ({problem}).</source>
        <translation>{file} no es un archivo JSON ({problem}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Saved replies</source>
        <extracomment>The saved replies changed (added, edited, deleted or imported).</extracomment>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders in braces are filled from the conversation</source>
        <translation>Los marcadores entre llaves se rellenan con datos de la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert placeholder</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name for host_name</source>
        <translation>Tu nombre para host_name</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your favourites come first in the saved replies menu</source>
        <translation>Tus favoritas aparecen primero en el menú de respuestas guardadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Check-in details</source>
        <translation>p. ej. Datos de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hi {first_name}, your {room_type} is ready from {checkin}…</source>
        <translation>Hola, {first_name}: tu {room_type} está lista desde el {checkin}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert placeholder…</source>
        <translation>Insertar marcador…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save reply</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name for {host_name}</source>
        <translation>Tu nombre para {host_name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the name of your Coliving.com profile</source>
        <translation>Vacío: el nombre de tu perfil de Coliving.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to favourites</source>
        <translation>Añadir a favoritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite (listed first for you)</source>
        <translation>Favorita (aparece primero para ti)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Saved “{title}”.</source>
        <translation>Se ha guardado «{title}».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted “{title}”.</source>
        <translation>Se ha eliminado «{title}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{host_name} is now “{name}”.</source>
        <translation>{host_name} ahora es «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host_name} has no value yet.</source>
        <translation>{host_name} aún no tiene valor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export saved replies</source>
        <translation>Exportar respuestas guardadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import saved replies</source>
        <translation>Importar respuestas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write {path}: {problem}</source>
        <translation>No se ha podido escribir {path}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n saved replies to {path}.</source>
        <translation>
            <numerusform>Se ha exportado %n respuesta guardada a {path}.</numerusform>
            <numerusform>Se han exportado %n respuestas guardadas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read {path}: {problem}</source>
        <translation>No se ha podido leer {path}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved replies imported: {added}, {updated}.</source>
        <translation>Respuestas guardadas importadas: {added}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedReplyError</name>
    <message>
        <location filename="../store/saved_replies.py" line="+39"/>
        <source>A saved reply needs a title.</source>
        <translation>Una respuesta guardada necesita un título.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles are at most {limit} characters.</source>
        <translation>Los títulos tienen como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved reply needs some text.</source>
        <translation>Una respuesta guardada necesita algo de texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another saved reply is already called “{title}”.</source>
        <translation>Ya hay otra respuesta guardada llamada «{title}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This saved reply was deleted meanwhile.</source>
        <translation>Esta respuesta guardada se ha eliminado mientras tanto.</translation>
    </message>
</context>
<context>
    <name>SavedReplyPickerPopup</name>
    <message>
        <location filename="../ui/widgets/saved_replies.py" line="-134"/>
        <source>Type to find a saved reply</source>
        <extracomment>Marks a favourite saved reply (a person&apos;s own choice, see ``store.people``).</extracomment>
        <translation>Escribe para buscar una respuesta guardada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find a saved reply</source>
        <translation>Buscar una respuesta guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter inserts the selected reply, Escape closes</source>
        <translation>Intro inserta la respuesta seleccionada, Escape cierra</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter inserts the selected reply · Esc closes</source>
        <translation>Intro inserta la respuesta seleccionada · Esc cierra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved reply matches.</source>
        <translation>Ninguna respuesta guardada coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved replies yet: add some with Manage saved replies.</source>
        <translation>Aún no hay respuestas guardadas: añade alguna con Gestionar respuestas guardadas.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../ui/dialogs/quick_search.py" line="-166"/>
        <source>Lead: {name}</source>
        <translation>Consulta: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Property: {name}</source>
        <translation>Propiedad: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message: {name}</source>
        <translation>Mensaje: {name}</translation>
    </message>
    <message>
        <location filename="../ui/models/search_model.py" line="+23"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Propiedad</translation>
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
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que has escrito</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show or hide the text of {field}</source>
        <translation>Mostrar u ocultar el texto de {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/views/settings_view.py" line="+58"/>
        <source>Saved: Coliving.com stored the provider key.</source>
        <translation>Guardado: Coliving.com ha guardado la clave del proveedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: Coliving.com replaced the provider key it had.</source>
        <translation>Guardado: Coliving.com ha sustituido la clave del proveedor que tenía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coliving.com already had this provider key; nothing changed.</source>
        <translation>Coliving.com ya tenía esta clave del proveedor; no ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the receiver could not be reached</source>
        <translation>no se ha podido contactar con el receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BookMyColiving could not deliver the event: {error}. Check the webhook URL in its dashboard and that the receiver is running.</source>
        <translation>BookMyColiving no ha podido entregar el evento: {error}. Comprueba la URL del webhook en su panel y que el receptor esté en marcha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered and the signature verified on this computer ({event}).</source>
        <translation>Entregado y firma verificada en este ordenador ({event}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered, but the signature did not verify: the webhook secret here differs from the one in BookMyColiving&apos;s dashboard.</source>
        <translation>Entregado, pero la firma no se ha verificado: el secreto del webhook de aquí no coincide con el del panel de BookMyColiving.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered, but no webhook secret is saved here, so it could not be checked.</source>
        <translation>Entregado, pero aquí no hay ningún secreto de webhook guardado, así que no se ha podido comprobar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered, but the receiver answered HTTP {status}.</source>
        <translation>Entregado, pero el receptor ha respondido HTTP {status}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A secret is saved in the system keyring; type a new one to replace it</source>
        <translation>Hay un secreto guardado en el llavero del sistema; escribe otro para sustituirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secret is in use for this session; type a new one to replace it</source>
        <translation>Hay un secreto en uso en esta sesión; escribe otro para sustituirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret comes from {variable}, which wins over one typed here</source>
        <translation>El secreto viene de {variable}, que tiene prioridad sobre el que escribas aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>The webhook secret (not the API key)</source>
        <translation>El secreto del webhook (no la clave de API)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Use for this session only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect your channel accounts. Verify checks a key before you rely on it. Keys are never written to the app&apos;s files; each account says where its key is.</source>
        <translation>Conecta tus cuentas de los canales. Comprobar verifica una clave antes de confiar en ella. Las claves nunca se escriben en los archivos de la aplicación; cada cuenta indica dónde está su clave.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>BookMyColiving webhook secret</source>
        <translation>Secreto del webhook de BookMyColiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the webhook secret</source>
        <translation>Guardar el secreto del webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test event</source>
        <translation>Evento de prueba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BookMyColiving webhooks (optional)</source>
        <translation>Webhooks de BookMyColiving (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhooks make new leads and messages appear within seconds instead of at the next poll. BookMyColiving signs each delivery with the webhook secret from its dashboard.</source>
        <translation>Con los webhooks, las consultas y los mensajes nuevos aparecen en segundos, sin esperar a la siguiente comprobación periódica. BookMyColiving firma cada entrega con el secreto del webhook de su panel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>Save secret</source>
        <translation>Guardar secreto</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Receive deliveries on this computer</source>
        <translation>Recibir entregas en este ordenador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send test event</source>
        <translation>Enviar evento de prueba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+52"/>
        <source>Coliving.com provider key</source>
        <translation>Clave del proveedor de Coliving.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key your property-management provider gave you, so Coliving.com can link your account to it. It is sent to Coliving.com and not kept on this computer.</source>
        <translation>La clave que te ha dado tu proveedor de gestión de propiedades, para que Coliving.com vincule tu cuenta con él. Se envía a Coliving.com y no se guarda en este ordenador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider API key, e.g. mb_…</source>
        <translation>Clave de API del proveedor, p. ej. mb_…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coliving.com</source>
        <translation>Enviar a Coliving.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider key</source>
        <translation>Clave del proveedor</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save a working BookMyColiving key first.</source>
        <translation>Guarda primero una clave de BookMyColiving que funcione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a working Coliving.com key first.</source>
        <translation>Guarda primero una clave de Coliving.com que funcione.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Keys will be kept for this session only.</source>
        <translation>Las claves se conservarán solo durante esta sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the webhook secret from BookMyColiving first.</source>
        <translation>Pega primero el secreto del webhook de BookMyColiving.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved in the system keyring. Deliveries are now checked against this secret.</source>
        <translation>Guardado en el llavero del sistema. Ahora las entregas se comprueban con este secreto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session only. Deliveries are now checked against this secret.</source>
        <translation>Solo para esta sesión. Ahora las entregas se comprueban con este secreto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved, but deliveries are checked against the secret {source}.</source>
        <translation>Guardado, pero las entregas se comprueban con el secreto {source}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not listen on port {port}: {reason}.</source>
        <translation>No se ha podido escuchar en el puerto {port}: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listening at {address} . Put this address (or a public address that forwards to it) in BookMyColiving&apos;s dashboard as the webhook URL.</source>
        <translation>Escuchando en {address} . Pon esta dirección (o una dirección pública que redirija a ella) como URL del webhook en el panel de BookMyColiving.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not receiving webhooks; polling keeps everything up to date.</source>
        <translation>No se reciben webhooks; las comprobaciones periódicas lo mantienen todo al día.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking BookMyColiving to send a signed test event…</source>
        <translation>Pidiendo a BookMyColiving que envíe un evento de prueba firmado…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the provider key first.</source>
        <translation>Pega primero la clave del proveedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Coliving.com answered: {status}.</source>
        <translation>Coliving.com ha respondido: {status}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.py" line="+39"/>
        <source> or </source>
        <comment>between two key combinations</comment>
        <translation> o </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+34"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Tab and Shift+Tab move between controls; arrow keys move within lists and tables; Enter or Space activates the focused button.</source>
        <translation>Tab y Mayús+Tab pasan de un control a otro; las flechas se mueven dentro de listas y tablas; Intro o Espacio activan el botón con el foco.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n shortcuts: keys, action and where it works</source>
        <translation>
            <numerusform>%n atajo: teclas, acción y dónde funciona</numerusform>
            <numerusform>%n atajos: teclas, acción y dónde funcionan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <location filename="../ui/widgets/sidebar.py" line="+31"/>
        <location line="+46"/>
        <source>{count} unsent</source>
        <translation>{count} sin enviar</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../ui/models/sidebar_model.py" line="+44"/>
        <source>Inbox</source>
        <extracomment>Things the user sent that have not gone out yet (the inbox&apos;s unsent replies); painted as a second pill.</extracomment>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automations</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
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
            <numerusform>{section}: %n requiere atención</numerusform>
            <numerusform>{section}: %n requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{section}; %n reply not sent</source>
        <translation>
            <numerusform>{section}; %n respuesta sin enviar</numerusform>
            <numerusform>{section}; %n respuestas sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{section}; %n replies not sent</source>
        <translation>
            <numerusform>{section}; %n respuesta sin enviar</numerusform>
            <numerusform>{section}; %n respuestas sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>needs your attention</source>
        <translation>requiere tu atención</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reply not sent yet</source>
        <translation>
            <numerusform>%n respuesta aún sin enviar</numerusform>
            <numerusform>%n respuestas aún sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies not sent yet</source>
        <translation>
            <numerusform>%n respuesta aún sin enviar</numerusform>
            <numerusform>%n respuestas aún sin enviar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarWidget</name>
    <message>
        <location filename="../ui/widgets/sidebar.py" line="+7"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 to Ctrl+7 open a section from anywhere</source>
        <translation>Ctrl+1 a Ctrl+7 abren una sección desde cualquier lugar</translation>
    </message>
</context>
<context>
    <name>StaleDraftNotice</name>
    <message>
        <location filename="../ui/dialogs/stale_draft.py" line="+25"/>
        <source>Show differences</source>
        <translation>Mostrar diferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide differences</source>
        <translation>Ocultar diferencias</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>none</source>
        <extracomment>Counted words of a difference (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field}: on BookMyColiving {theirs}; in your draft {mine}</source>
        <translation>{field}: en BookMyColiving {theirs}; en tu borrador {mine}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No field differs: the channel&apos;s change matches your draft.</source>
        <translation>Ningún campo difiere: el cambio del canal coincide con tu borrador.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discard my draft</source>
        <translation>Descartar mi borrador</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This listing changed on BookMyColiving on {time}, after you started this draft. Saving the draft would replace those changes with your version of every field.</source>
        <translation>Este anuncio cambió en BookMyColiving el {time}, después de que empezaras este borrador. Al guardar el borrador, esos cambios se sustituirían por tu versión de cada campo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This listing changed on BookMyColiving, after you started this draft. Saving the draft would replace those changes with your version of every field.</source>
        <translation>Este anuncio cambió en BookMyColiving después de que empezaras este borrador. Al guardar el borrador, esos cambios se sustituirían por tu versión de cada campo.</translation>
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
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusAnnouncer</name>
    <message>
        <location filename="../ui/announcer.py" line="+60"/>
        <source>Reply sent on {channel}</source>
        <translation>Respuesta enviada en {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the channel refused it</source>
        <translation>el canal la ha rechazado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply not sent on {channel}: {reason}</source>
        <translation>Respuesta no enviada en {channel}: {reason}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{channel} is offline: changes wait in the outbox</source>
        <extracomment>States in which a channel has answered (the reverse of offline; &quot;syncing&quot; and &quot;idle&quot; prove nothing).</extracomment>
        <translation>{channel} no tiene conexión: los cambios esperan en la cola de envío</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{channel} is back online</source>
        <translation>{channel} vuelve a tener conexión</translation>
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
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} more after this pass</source>
        <translation>{count} más tras esta pasada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about {minutes} min left at {rate} requests a minute</source>
        <translation>quedan unos {minutes} min a {rate} peticiones por minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under a minute left at {rate} requests a minute</source>
        <translation>queda menos de un minuto a {rate} peticiones por minuto</translation>
    </message>
</context>
<context>
    <name>SyncReason</name>
    <message>
        <location filename="../sync/outbox.py" line="-457"/>
        <source>Waiting for the 60 replies per hour limit to reopen.</source>
        <extracomment>How far a channel&apos;s message time may sit before our queue time and still count as &quot;after&quot; it (clock skew).</extracomment>
        <translation>Esperando a que se reabra el límite de 60 respuestas por hora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An earlier send was interrupted; it is checked on the channel before it is sent again.</source>
        <extracomment>How long a claim protects an item from other processes on the same profile. Longer than the slowest send (30 s HTTP timeout, up to four tries with backoff, waits of up to 2 min for a cooldown, then a read-back), so a process still working is never overtaken; a claim whose process is known to be gone is taken over at once. Starts the random part of the claims of a process holding a team database&apos;s worker lock.</extracomment>
        <translation>Un envío anterior se interrumpió; se comprueba en el canal antes de volver a enviarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} refused the API key; it is sent once a new key is entered in Settings.</source>
        <extracomment>Reasons with values, stored in English and translated where shown (see ``translatable.reason_template``).</extracomment>
        <translation>{channel} ha rechazado la clave de API; se envía en cuanto se introduzca una nueva en Ajustes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} asked to wait until {time}.</source>
        <translation>{channel} ha pedido esperar hasta las {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach {channel}; next try at {time}.</source>
        <translation>No se ha podido contactar con {channel}; próximo intento a las {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} had a problem (HTTP {status}); next try at {time}.</source>
        <translation>{channel} ha tenido un problema (HTTP {status}); próximo intento a las {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} sent an answer that could not be read; next try at {time}.</source>
        <translation>{channel} ha enviado una respuesta que no se ha podido leer; próximo intento a las {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be sent: {error}</source>
        <translation>No se ha podido enviar: {error}</translation>
    </message>
    <message>
        <location filename="../sync/automation_rules.py" line="+12"/>
        <source>Held: the last {reserve} replies this hour are kept for you.</source>
        <extracomment>Why an automated reply waits, on its outbox item (stored in English, translated where shown).</extracomment>
        <translation>Retenida: las últimas {reserve} respuestas de esta hora se reservan para ti.</translation>
    </message>
    <message>
        <location filename="../sync/automations.py" line="-348"/>
        <source>Not sent: {placeholders} had no value for this guest.</source>
        <extracomment>How far back unanswered guest messages are looked for (older ones are past any rule&apos;s use). How long after its time a message about a guest message, a lead or a cancellation is still worth sending. Reasons with values (stored in English, translated where shown: see ``translatable.reason_template``).</extracomment>
        <translation>No enviado: {placeholders} no tenía valor para este huésped.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placeholders} has no value yet: it is not sent unless one arrives by then.</source>
        <translation>{placeholders} aún no tiene valor: no se envía a menos que llegue uno antes.</translation>
    </message>
    <message>
        <location filename="../sync/listing_writes.py" line="+67"/>
        <source>A listing with reference {reference} already exists.</source>
        <extracomment>Payload notes (never read back as request fields, so a resend is unchanged by them). Stored with the failed create (in English, translated where shown: see ``translatable.reason_template``).</extracomment>
        <translation>Ya existe un anuncio con la referencia {reference}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already used by “{name}”.</source>
        <translation>Ya la usa «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already used by another of your listings.</source>
        <translation>Ya la usa otro de tus anuncios.</translation>
    </message>
</context>
<context>
    <name>TeamApp</name>
    <message>
        <location filename="../ui/team_app.py" line="+85"/>
        <source>Team database</source>
        <extracomment>Opens another read-only connection to the team database (quick search runs on one of its own). Chosen in Settings (saved in the profile) rather than by ``--database`` or the environment, so the window may offer to leave it.</extracomment>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team database saved in Settings could not be opened: {reason}

This computer&apos;s own cache opens instead. Settings → Team can test the connection again, or stop using the team database.</source>
        <translation>No se ha podido abrir la base de datos del equipo guardada en Ajustes: {reason}

Se abre en su lugar la caché de este ordenador. En Ajustes → Equipo puedes probar de nuevo la conexión o dejar de usar la base de datos del equipo.</translation>
    </message>
</context>
<context>
    <name>TeamBoxWidget</name>
    <message>
        <location filename="../ui/widgets/team_box.py" line="+28"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your colleagues see this name when you are writing to a guest, when a conversation is assigned to you and under the replies you send. On a team&apos;s database, what you have read, your drafts and your favourite saved replies are your own.</source>
        <translation>Tus compañeros ven este nombre cuando escribes a un huésped, cuando se te asigna una conversación y bajo las respuestas que envías. En la base de datos de un equipo, lo que has leído, tus borradores y tus respuestas guardadas favoritas son solo tuyos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save your name</source>
        <translation>Guardar tu nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by {variable} for this session.</source>
        <translation>Definido por {variable} para esta sesión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: your colleagues see you as {name}.</source>
        <translation>Guardado: tus compañeros te ven como {name}.</translation>
    </message>
</context>
<context>
    <name>TeamJoinWidget</name>
    <message>
        <location filename="../ui/widgets/team_join.py" line="+21"/>
        <source>Work on your team&apos;s shared database instead of this computer&apos;s own cache: the team&apos;s sync worker then talks to the channels, and everyone sees the same conversations.</source>
        <translation>Trabaja con la base de datos compartida de tu equipo en lugar de la caché de este ordenador: el proceso de sincronización del equipo habla entonces con los canales y todos ven las mismas conversaciones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://usuario@servidor/base_de_datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave empty when it is saved already or not needed</source>
        <translation>Déjalo vacío si ya está guardada o no hace falta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept only in the system keyring, never in a file.</source>
        <translation>La contraseña se guarda solo en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the team database</source>
        <translation>Probar la conexión con la base de datos del equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Use this team database</source>
        <translation>Usar esta base de datos del equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using it</source>
        <translation>Dejar de usarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using the saved team database</source>
        <translation>Dejar de usar la base de datos del equipo guardada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This team database is saved, but it could not be opened when the window started: test the connection, or stop using it.</source>
        <translation>Esta base de datos del equipo está guardada, pero no se pudo abrir al iniciar la ventana: prueba la conexión o deja de usarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo does not open team databases: start colivingdesk without --demo to use one.</source>
        <translation>La demo no abre bases de datos de equipo: inicia colivingdesk sin --demo para usar una.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the database URL, e.g. postgresql://ana@db.example.com/desk.</source>
        <translation>Escribe la URL de la base de datos, p. ej. postgresql://ana@db.example.com/desk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This URL cannot be used: {reason}</source>
        <translation>Esta URL no se puede usar: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This URL carries a password, which would be saved in a file. Remove it from the URL and type it in the Password field: it is kept in the system keyring.</source>
        <translation>Esta URL lleva una contraseña, que se guardaría en un archivo. Quítala de la URL y escríbela en el campo Contraseña: se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signs in as {label}.</source>
        <translation>Inicia sesión como {label}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to {label}…</source>
        <translation>Conectando con {label}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected: {reason}</source>
        <translation>Sin conexión: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: schema ready</source>
        <translation>Conectado: esquema listo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, but the team&apos;s schema is not set up: the database&apos;s owner runs colivingdesk team init --database URL first.</source>
        <translation>Conectado, pero el esquema del equipo no está creado: el propietario de la base de datos debe ejecutar antes colivingdesk team init --database URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected, but the schema is at step {version} of {expected}: the database&apos;s owner runs colivingdesk team init --database URL to bring it up to date.</source>
        <translation>Conectado, pero el esquema está en el paso {version} de {expected}: el propietario de la base de datos debe ejecutar colivingdesk team init --database URL para actualizarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected, but the schema is newer than this version of colivingdesk: update colivingdesk.</source>
        <translation>Conectado, pero el esquema es más nuevo que esta versión de colivingdesk: actualiza colivingdesk.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{keyring} The password can come from {variable} or ~/.pgpass instead: leave this field empty then.</source>
        <translation>{keyring} La contraseña puede venir en su lugar de {variable} o de ~/.pgpass: en ese caso deja este campo vacío.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is saved in the system keyring.</source>
        <translation>La contraseña está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: schema ready. Saved: the window opens {label} from its next start.</source>
        <translation>Conectado: esquema listo. Guardado: la ventana abrirá {label} a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the window to work on the team database.</source>
        <translation>Reinicia la ventana para trabajar con la base de datos del equipo.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n write(s) queued on this computer (replies, listing changes, pushes) are not sent while the window works on the team database; they wait here until you leave team mode.</source>
        <translation>
            <numerusform>%n envío en cola en este ordenador (una respuesta, un cambio de anuncio o una actualización) no se envía mientras la ventana trabaja con la base de datos del equipo; espera aquí hasta que salgas del modo equipo.</numerusform>
            <numerusform>%n envíos en cola en este ordenador (respuestas, cambios de anuncios, actualizaciones) no se envían mientras la ventana trabaja con la base de datos del equipo; esperan aquí hasta que salgas del modo equipo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The window keeps opening this computer&apos;s own cache.</source>
        <translation>La ventana sigue abriendo la caché de este ordenador.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsView</name>
    <message>
        <location filename="../ui/views/team_settings_view.py" line="+32"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ajustes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window works on the team database {database}. Everything you see is read from it, and what you write (replies, listing changes, rates and availability) goes to its shared outbox.</source>
        <translation>Esta ventana trabaja con la base de datos del equipo {database}. Todo lo que ves se lee de ella, y lo que escribes (respuestas, cambios de anuncios, tarifas y disponibilidad) va a su bandeja de salida compartida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API keys are not entered here. The team&apos;s sync worker talks to BookMyColiving and Coliving.com with the keys of the computer it runs on (its keyring, or COLIVINGDESK_BMC_API_KEY and COLIVINGDESK_COLIVING_API_KEY in its environment), and sends what everyone queues. Checking a key, webhooks and the provider key are set up there too.</source>
        <translation>Aquí no se introducen claves de API. El proceso de sincronización del equipo habla con BookMyColiving y Coliving.com con las claves del ordenador donde se ejecuta (su llavero, o COLIVINGDESK_BMC_API_KEY y COLIVINGDESK_COLIVING_API_KEY en su entorno) y envía lo que todos ponen en cola. La comprobación de claves, los webhooks y la clave de proveedor también se configuran allí.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accounts, as the worker last reported them</source>
        <translation>Cuentas, según el último informe del proceso de sincronización</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Team mode</source>
        <translation>Modo equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Leave team mode</source>
        <translation>Salir del modo equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer opens the team database because it was chosen in Settings. Leaving goes back to this computer&apos;s own cache at the next start; the team&apos;s data stays on the team database.</source>
        <translation>Este ordenador abre la base de datos del equipo porque se eligió en Ajustes. Al salir, vuelve a la caché de este ordenador en el próximo inicio; los datos del equipo se quedan en su base de datos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened with {variable}; start without it to use this computer&apos;s cache.</source>
        <translation>Abierta con {variable}; inicia sin ella para usar la caché de este ordenador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened with --database; start without it to use this computer&apos;s cache.</source>
        <translation>Abierta con --database; inicia sin esa opción para usar la caché de este ordenador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left: the window opens this computer&apos;s own cache from its next start.</source>
        <translation>Hecho: la ventana abrirá la caché de este ordenador a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the window to go back to this computer&apos;s cache.</source>
        <translation>Reinicia la ventana para volver a la caché de este ordenador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
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
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/team_status.py" line="+14"/>
        <source>Team database {database}</source>
        <translation>Base de datos del equipo {database}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team database {database}
cannot be reached: reconnecting…</source>
        <translation>Base de datos del equipo {database}
no disponible: reconectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is shown is what the window last read; replies you send wait until it is back.</source>
        <translation>Lo que se muestra es lo último que leyó la ventana; las respuestas que envíes esperan hasta que vuelva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database {database}
no sync worker is running: replies stay queued</source>
        <translation>Base de datos del equipo {database}
no hay proceso de sincronización: las respuestas siguen en cola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start one with: colivingdesk sync --watch --database URL</source>
        <translation>Inicia uno con: colivingdesk sync --watch --database URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown computer</source>
        <translation>un ordenador desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database {database}
sync worker on {host}, last pass {time}</source>
        <translation>Base de datos del equipo {database}
proceso de sincronización en {host}, última pasada {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team database {database}
sync worker on {host}, first pass running</source>
        <translation>Base de datos del equipo {database}
proceso de sincronización en {host}, primera pasada en curso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync worker: {host}, process {pid}, running since {since}</source>
        <translation>Proceso de sincronización: {host}, proceso {pid}, en marcha desde {since}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sync worker is trying {channel} again…</source>
        <translation>El proceso de sincronización está reintentando con {channel}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync worker says: {reason}.</source>
        <translation>El proceso de sincronización dice: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s sync worker on {host} cannot reach {names}</source>
        <translation>El proceso de sincronización del equipo en {host} no puede conectar con {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is fine: it works on the team database, and only the sync worker on {host} talks to the channels.</source>
        <translation>Tu ordenador está bien: trabaja con la base de datos del equipo, y solo el proceso de sincronización en {host} habla con los canales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team&apos;s sync worker cannot reach {names}</source>
        <translation>El proceso de sincronización del equipo no puede conectar con {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is fine: it works on the team database, and only the team&apos;s sync worker talks to the channels.</source>
        <translation>Tu ordenador está bien: trabaja con la base de datos del equipo, y solo el proceso de sincronización del equipo habla con los canales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies and changes made here stay queued until the worker reaches {names} again.</source>
        <translation>Las respuestas y los cambios que hagas aquí siguen en cola hasta que el proceso vuelva a conectar con {names}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team&apos;s sync worker cannot reach {channel}; this computer is fine, and replies stay queued until the worker reaches it</source>
        <translation>El proceso de sincronización del equipo no puede conectar con {channel}; tu ordenador está bien y las respuestas siguen en cola hasta que el proceso conecte</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../templates.py" line="+32"/>
        <source>the guest&apos;s full name</source>
        <extracomment>Every placeholder a saved reply may use, in the order the manager lists them.</extracomment>
        <translation>el nombre completo del huésped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest&apos;s first name</source>
        <translation>el nombre de pila del huésped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the BookMyColiving property</source>
        <translation>la propiedad de BookMyColiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Coliving.com listing</source>
        <translation>el anuncio de Coliving.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booked room type</source>
        <translation>el tipo de habitación reservado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booking&apos;s check-in date</source>
        <translation>la fecha de entrada de la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booking&apos;s check-out date</source>
        <translation>la fecha de salida de la reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name (from Coliving.com or the saved replies settings)</source>
        <translation>tu nombre (de Coliving.com o de los ajustes de respuestas guardadas)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{placeholders} (not a known placeholder) needs filling in before this reply can be sent.</source>
        <translation>Hay que rellenar {placeholders} (no es un marcador conocido) antes de poder enviar esta respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholders} (not a known placeholder) need filling in before this reply can be sent.</source>
        <translation>Hay que rellenar {placeholders} (no son marcadores conocidos) antes de poder enviar esta respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholders} needs filling in before this reply can be sent.</source>
        <translation>Hay que rellenar {placeholders} antes de poder enviar esta respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placeholders} need filling in before this reply can be sent.</source>
        <translation>Hay que rellenar {placeholders} antes de poder enviar esta respuesta.</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <location filename="../ui/models/inbox_models.py" line="-118"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
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
        <translation>Huésped</translation>
    </message>
    <message>
        <location filename="../ui/views/inbox_text.py" line="+44"/>
        <source>You (not sent): {text}</source>
        <translation>Tú (no enviada): {text}</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <location filename="../ui/widgets/photo_strip.py" line="-229"/>
        <source>The photo could not be downloaded.</source>
        <translation>No se ha podido descargar la foto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address did not return an image.</source>
        <translation>La dirección no ha devuelto ninguna imagen.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../ui/models/timeline_model.py" line="+64"/>
        <location line="+9"/>
        <source>overbooked</source>
        <extracomment>The booking bars crossing a cell: a list of (lane, Booking); lanes beyond ``MAX_LANES`` are left out. How many bookings hold the cell&apos;s day without a bar drawn for them (more lanes than ``MAX_LANES``). The text each problem shows in a cell (kept short and untranslated like a symbol: the tooltip says it in words). The same, in one character each, for the narrow cells of the month zoom. Booking bars drawn per room type row at most; the rest are counted (&quot;+2&quot;) in the cell and named in its text. Counted words of a cell&apos;s text (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>sobrerreserva</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>drift: Coliving.com offers more than is free</source>
        <translation>desajuste: Coliving.com ofrece más de lo que está libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>sold out</source>
        <translation>completo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>drift</source>
        <translation>desajuste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed by Coliving.com</source>
        <translation>confirmado por Coliving.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending, not sent yet</source>
        <translation>pendiente, aún no enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each cell: free units, then ↑ the availability last pushed: ✓ confirmed, … pending, ✗ failed (hover for the reason). FULL ⊘ sold out · OVER ‼ overbooked · DRIFT ≠ Coliving.com offers more than is free · ? unit count unknown (edit or import the listings). Bars are bookings: solid confirmed, hatched pending; click one or press Enter to open it. Week zoom spells the problems out.</source>
        <translation>Cada celda: unidades libres y luego ↑ la disponibilidad enviada por última vez: ✓ confirmada, … pendiente, ✗ fallida (pasa el ratón para ver el motivo). FULL ⊘ completo · OVER ‼ sobrerreserva · DRIFT ≠ Coliving.com ofrece más de lo que está libre · ? unidades desconocidas (edita o importa los anuncios). Las barras son reservas: llenas confirmadas, rayadas pendientes; haz clic en una o pulsa Intro para abrirla. La vista semanal escribe los problemas con palabras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{guest}: check-in {checkin}, check-out {checkout}, {status} (booking {id})</source>
        <translation>{guest}: entrada {checkin}, salida {checkout}, {status} (reserva {id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>unnamed, from bookings</source>
        <translation>sin nombre, según las reservas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room type {id}</source>
        <translation>Tipo de habitación {id}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{booked} booked; the unit count is unknown, so free units are too</source>
        <translation>{booked} reservadas; no se conoce el número de unidades, así que tampoco las libres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{free} free of {units} ({booked} booked)</source>
        <translation>{free} libres de {units} ({booked} reservadas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coliving.com holds {holds} available, {free} free: push free units (Fix)</source>
        <translation>Coliving.com tiene {holds} disponibles, {free} libres: envía las unidades libres (Corregir)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never pushed to Coliving.com</source>
        <translation>Nunca enviado a Coliving.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last pushed: {pushed} available, {state}</source>
        <translation>Último envío: {pushed} disponibles, {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coliving.com still holds {holds}</source>
        <translation>Coliving.com aún tiene {holds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookings:</source>
        <translation>Reservas:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Listing {title}</source>
        <translation>Anuncio {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room type {id} of listing {listing}; unit count unknown</source>
        <translation>Tipo de habitación {id} del anuncio {listing}; número de unidades desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Room type {id} of listing {listing}; units: %n</source>
        <translation>
            <numerusform>Tipo de habitación {id} del anuncio {listing}; unidades: %n</numerusform>
            <numerusform>Tipo de habitación {id} del anuncio {listing}; unidades: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{day}: first day of the week</source>
        <translation>{day}: primer día de la semana</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <location line="-213"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../ui/views/welcome_view.py" line="+38"/>
        <source>Keys are never written to the app&apos;s files.</source>
        <translation>Las claves nunca se escriben en los archivos de la aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys are kept in your system keyring, never in the app&apos;s files.</source>
        <translation>Las claves se guardan en el llavero del sistema, nunca en los archivos de la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys are kept for this session only and never written to the app&apos;s files.</source>
        <translation>Las claves se conservan solo durante esta sesión y nunca se escriben en los archivos de la aplicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure keyring, so keys can be used for this session only (you paste them again after a restart) or come from COLIVINGDESK_* environment variables. They are never written to the app&apos;s files.</source>
        <translation>Este ordenador no tiene un llavero seguro, así que las claves solo pueden usarse durante esta sesión (tendrás que volver a pegarlas tras reiniciar) o venir de variables de entorno COLIVINGDESK_*. Nunca se escriben en los archivos de la aplicación.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Welcome to Colivingdesk</source>
        <extracomment>Go to Settings with this channel&apos;s connect form open.</extracomment>
        <translation>Te damos la bienvenida a Colivingdesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your BookMyColiving properties, leads and messages and your Coliving.com bookings, messages and calendar, in one window that keeps working offline.</source>
        <translation>Tus propiedades, consultas y mensajes de BookMyColiving y tus reservas, mensajes y calendario de Coliving.com, en una sola ventana que sigue funcionando sin conexión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect BookMyColiving</source>
        <translation>Conectar BookMyColiving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect Coliving.com</source>
        <translation>Conectar Coliving.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the partner API key from your BookMyColiving dashboard. Listings, leads and tenant conversations sync in the background.</source>
        <translation>Pega la clave de API de socio de tu panel de BookMyColiving. Los anuncios, las consultas y las conversaciones con inquilinos se sincronizan en segundo plano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste your Coliving.com integrations key. Bookings, guest messages and your listings&apos; calendars follow.</source>
        <translation>Pega tu clave de integraciones de Coliving.com. Después llegan las reservas, los mensajes de los huéspedes y los calendarios de tus anuncios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Just looking?</source>
        <translation>¿Solo quieres echar un vistazo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo opens this window on a built-in practice server with sample data, in a throwaway profile: nothing you do there reaches a real channel.</source>
        <translation>La demo abre esta ventana con un servidor de prácticas integrado y datos de ejemplo, en un perfil desechable: nada de lo que hagas allí llega a un canal real.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The demo is opening in a new window. It needs no keys and leaves this profile untouched.</source>
        <translation>La demo se está abriendo en una ventana nueva. No necesita claves y no toca este perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo could not be started from here. Run &lt;code&gt;{command}&lt;/code&gt; from a terminal instead.</source>
        <translation>No se ha podido iniciar la demo desde aquí. Ejecuta &lt;code&gt;{command}&lt;/code&gt; desde un terminal.</translation>
    </message>
</context>
</TS>
