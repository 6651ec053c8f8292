<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AccountBoxWidget</name>
    <message>
        <location filename="../ui/widgets/account_box.py" line="+46"/>
        <source>X-API-Key header</source>
        <translation>Cabeçalho X-API-Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>Não ligado</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="vanished">Ligado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected, waiting to sync</source>
        <translation>Ligado, à espera de sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key refused</source>
        <translation>Chave recusada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Limite de pedidos atingido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use for this session</source>
        <extracomment>Translated with the ``AccountBoxWidget`` context where it is shown (here and on the webhook secret&apos;s button).</extracomment>
        <translation>Usar nesta sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your BookMyColiving partner key (starts with bmc_)</source>
        <translation>A sua chave de parceiro BookMyColiving (começa por bmc_)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Coliving.com integrations API key</source>
        <translation>A sua chave de API de integrações Coliving.com</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>In the system keyring</source>
        <translation>No porta-chaves do sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session only: forgotten when you quit</source>
        <translation>Só nesta sessão: esquecida quando sair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {variable} (environment variable)</source>
        <translation>De {variable} (variável de ambiente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: paste the API key to connect</source>
        <translation>Em falta: cole a chave de API para ligar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A key is saved in the system keyring; type a new one to replace it</source>
        <translation>Há uma chave guardada no porta-chaves do sistema; escreva uma nova para a substituir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key is in use for this session; type a new one to replace it</source>
        <translation>Há uma chave em uso nesta sessão; escreva uma nova para a substituir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key comes from {variable}, which wins over a key typed here</source>
        <translation>A chave vem de {variable}, que prevalece sobre uma chave escrita aqui</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Advanced</source>
        <extracomment>The account was saved or removed (the settings page refreshes what depends on it). The user chose session-only keys here (no secure keyring); the page updates its notice and other fields. The red line under the key is Save&apos;s check of the key now in use (see ``refresh_state``).</extracomment>
        <translation>Avançado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Provider</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Send the key as</source>
        <translation>Enviar a chave como</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Verify</source>
        <translation>Verificar</translation>
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
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{channel} API key</source>
        <translation>Chave de API de {channel}</translation>
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
        <translation>Fornecedor de {channel}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} advanced settings</source>
        <translation>Definições avançadas de {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the {channel} key</source>
        <translation>Verificar a chave de {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the {channel} key and connect</source>
        <translation>Guardar a chave de {channel} e ligar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {channel} account</source>
        <translation>Remover a conta de {channel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keep the key in memory until you quit: this computer has no secure keyring to save it in.</source>
        <translation>Manter a chave em memória até sair: este computador não tem um porta-chaves seguro onde a guardar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the key in the system keyring and connect.</source>
        <translation>Guardar a chave no porta-chaves do sistema e ligar.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+47"/>
        <source>Paste the API key first.</source>
        <translation>Cole primeiro a chave de API.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Checking the key…</source>
        <translation>A verificar a chave…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{result} {next_step}</source>
        <translation>{result} {next_step}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use it for this session to connect.</source>
        <translation>Use-a nesta sessão para ligar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save it to connect.</source>
        <translation>Guarde-a para ligar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use it for this session to replace the key in use.</source>
        <translation>Use-a nesta sessão em vez da chave em uso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it to use it instead of the key in use.</source>
        <translation>Guarde-a para a usar em vez da chave em uso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{message} {detail} visible to this key.</source>
        <translation>{message} {detail} visíveis para esta chave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{saved} But: {problem}</source>
        <translation>{saved} Mas: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved in the system keyring, never in files.</source>
        <translation>Guardada no porta-chaves do sistema, nunca em ficheiros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session only, never in files: paste it again after you quit.</source>
        <translation>Mantida só nesta sessão, nunca em ficheiros: cole-a de novo depois de sair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an environment variable</source>
        <translation>uma variável de ambiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved, but {variable} is set and its key is the one used.</source>
        <translation>Guardada, mas {variable} está definida e é a chave dela que é usada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings saved; the key comes from {variable}.</source>
        <translation>Definições guardadas; a chave vem de {variable}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings saved, but no key is stored on this computer.</source>
        <translation>Definições guardadas, mas não há nenhuma chave guardada neste computador.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove {channel}?</source>
        <translation>Remover {channel}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel} stops syncing, but its key comes from {variable}: it connects again at the next start unless you unset that variable.</source>
        <translation>{channel} deixa de sincronizar, mas a sua chave vem de {variable}: volta a ligar-se no próximo arranque, a menos que remova essa variável.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session&apos;s key is forgotten and {channel} stops syncing.</source>
        <translation>A chave desta sessão é esquecida e {channel} deixa de sincronizar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is deleted from the keyring and {channel} stops syncing.</source>
        <translation>A chave é eliminada do porta-chaves e {channel} deixa de sincronizar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{consequence} Cached records stay until you remove the profile.</source>
        <translation>{consequence} Os registos em cache mantêm-se até remover o perfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{channel} was removed from this computer.</source>
        <translation>{channel} foi removido deste computador.</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location filename="../sync/feed_runs.py" line="+52"/>
        <source>{channel} sent something that could not be stored.</source>
        <translation>O {channel} enviou algo que não foi possível guardar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{feed} not refreshed: {reason}</source>
        <translation>{feed} por atualizar: {reason}</translation>
    </message>
    <message>
        <location filename="../sync/service.py" line="+320"/>
        <source>The system keyring could not be read.</source>
        <translation>Não foi possível ler o porta-chaves do sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key for {channel}.</source>
        <translation>Não há chave de API para o {channel}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{channel} is not configured.</source>
        <translation>O {channel} não está configurado.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The API key was refused; enter a new one in Settings.</source>
        <translation>A chave de API foi recusada; introduza uma nova nas Definições.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate limit reached; resuming in {seconds} s.</source>
        <translation>Limite de pedidos atingido; retoma dentro de {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached; the channel asks to wait {seconds} s.</source>
        <translation>Limite de pedidos atingido; o canal pede para esperar {seconds} s.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{reason} Trying again by {time}.</source>
        <translation>{reason} Nova tentativa até às {time}.</translation>
    </message>
    <message>
        <location filename="../sync/waits.py" line="+91"/>
        <source>{channel} rate limit reached; try again in {seconds} s.</source>
        <extracomment>The BookMyColiving endpoint group each feed calls (the client&apos;s names). Coliving.com meters everything as one.</extracomment>
        <translation>Limite de pedidos do {channel} atingido; tente de novo dentro de {seconds} s.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rate limit: {groups} wait until {time}.</source>
        <translation>Limite de pedidos: {groups} aguardam até às {time}.</translation>
    </message>
</context>
<context>
    <name>AccountStatusWidget</name>
    <message>
        <location filename="../ui/widgets/account_status.py" line="+35"/>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: synced at {time}, {parts} not refreshed</source>
        <translation>{name}: sincronizado às {time}, {parts} não atualizados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: up to date at {time}</source>
        <translation>{name}: atualizado às {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: up to date</source>
        <translation>{name}: atualizado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: syncing, {progress}</source>
        <translation>{name}: a sincronizar, {progress}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: syncing…</source>
        <translation>{name}: a sincronizar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the sync worker cannot reach it, last synced {time}</source>
        <translation>{name}: o processo de sincronização da equipa não consegue chegar, última sincronização {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the sync worker cannot reach it</source>
        <translation>{name}: o processo de sincronização da equipa não consegue chegar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: offline, last synced {time}</source>
        <translation>{name}: sem ligação, última sincronização às {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: offline</source>
        <translation>{name}: sem ligação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: key rejected, open Settings</source>
        <translation>{name}: chave rejeitada, abra as Definições</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: paused by rate limit until {time}</source>
        <translation>{name}: em pausa pelo limite de pedidos até às {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: paused by rate limit</source>
        <translation>{name}: em pausa pelo limite de pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: no sync worker</source>
        <translation>{name}: sem processo de sincronização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: key missing</source>
        <translation>{name}: chave em falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not connected</source>
        <translation>{name}: não ligado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: waiting to sync</source>
        <translation>{name}: à espera de sincronizar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>replies</source>
        <extracomment>The sync layer&apos;s names for the budgets and periods the status bar shows, in the user&apos;s language; other budgets (BookMyColiving&apos;s endpoint groups, only in the tooltip) keep the channel&apos;s own names.</extracomment>
        <translation>respostas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests</source>
        <translation>pedidos</translation>
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
        <translation>{channel} {budget}: ainda não usado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} {budget} left: {remaining}/{limit}, resets {time}</source>
        <translation>{channel} {budget} disponíveis: {remaining}/{limit}, renova às {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} {budget} left: {remaining}/{limit} this {period}</source>
        <translation>{channel} {budget} disponíveis: {remaining}/{limit} por {period}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} {budget} left: {remaining}/{limit}</source>
        <translation>{channel} {budget} disponíveis: {remaining}/{limit}</translation>
    </message>
    <message>
        <source>{channel} {budget} {remaining}/{limit}, resets {time}</source>
        <translation type="vanished">{channel} {budget} {remaining}/{limit}, reinicia às {time}</translation>
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
        <translation>Ainda não foi feito nenhum pedido.</translation>
    </message>
</context>
<context>
    <name>AutomationError</name>
    <message>
        <location filename="../sync/automation_rules.py" line="+106"/>
        <source>{what} must be a time such as 09:30.</source>
        <extracomment>The placeholders the trigger&apos;s record can fill. &quot;days&quot; (N days before a date, at a local time) or &quot;minutes&quot; (N minutes after the event). What an unanswered message can fill once the rule names its channel.</extracomment>
        <translation>{what} tem de ser uma hora como 09:30.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>“{zone}” is not a known time zone (e.g. Europe/Lisbon).</source>
        <translation>«{zone}» não é um fuso horário conhecido (p. ex., Europe/Lisbon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start of working hours</source>
        <translation>O início do horário de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of working hours</source>
        <translation>O fim do horário de trabalho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These working hours never open: the end must be after the start.</source>
        <translation>Este horário de trabalho nunca abre: o fim tem de ser depois do início.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These working hours never open: choose at least one day of the week.</source>
        <translation>Este horário de trabalho nunca abre: escolha pelo menos um dia da semana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working days are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Os dias de trabalho são numerados de 0 (segunda-feira) a 6 (domingo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The replies kept for you must be between 0 and 59 of the 60 an hour.</source>
        <translation>As respostas reservadas para si têm de ser entre 0 e 59 das 60 por hora.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A rule needs a name.</source>
        <translation>Uma regra precisa de um nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{trigger}” is not a trigger; choose one of {triggers}.</source>
        <translation>«{trigger}» não é um acionador; escolha um destes: {triggers}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{trigger}” happens on {channels} only.</source>
        <translation>«{trigger}» só acontece em {channels}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../sync/automations.py" line="+427"/>
        <source>The rule&apos;s saved reply does not exist (deleted?).</source>
        <translation>A resposta guardada da regra não existe (foi eliminada?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{placeholder} in the saved reply is not a placeholder.</source>
        <translation>{placeholder} na resposta guardada não é um marcador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholder} cannot be filled for “{trigger}”: it knows {known}.</source>
        <translation>{placeholder} não pode ser preenchido para «{trigger}»: só conhece {known}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stay length cannot be negative.</source>
        <translation>A duração de uma estadia não pode ser negativa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shortest stay is longer than the longest: no booking could match.</source>
        <translation>A estadia mínima é mais longa do que a máxima: nenhuma reserva poderia corresponder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Only outside working hours” needs working hours that open.</source>
        <translation>«Só fora do horário de trabalho» precisa de um horário de trabalho que abra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A message before a date cannot be timed after it: use 0 days or more.</source>
        <translation>Uma mensagem antes de uma data não pode ser agendada depois dela: use 0 dias ou mais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {days} days ahead.</source>
        <translation>No máximo {days} dias antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of day</source>
        <translation>A hora do dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message cannot be sent before what triggers it: use 0 minutes or more.</source>
        <translation>Uma mensagem não pode ser enviada antes do que a aciona: use 0 minutos ou mais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 14 days after what triggers it.</source>
        <translation>No máximo 14 dias depois do que a aciona.</translation>
    </message>
    <message>
        <location filename="../sync/automations.py" line="+4"/>
        <source>No booking {booking} in the cache.</source>
        <translation>Não existe a reserva {booking} na cache.</translation>
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
        <translation>Dias antes do check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days before check-out</source>
        <translation>Dias antes do check-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking cancelled</source>
        <translation>Reserva cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead</source>
        <translation>Novo contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest message unanswered</source>
        <translation>Mensagem de hóspede sem resposta</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New rule</source>
        <extracomment>The rule as saved.</extracomment>
        <translation>Nova regra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit rule</source>
        <translation>Editar regra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trigger</source>
        <translation>&amp;Acionador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At (house time)</source>
        <translation>Às (hora da casa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only outside working hours</source>
        <translation>Só fora do horário de trabalho</translation>
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
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking status: {state}</source>
        <translation>Estado da reserva: {state}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booking status</source>
        <translation>Estado da reserva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest stay (nights)</source>
        <translation>Estadia mínima (noites)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest stay (nights)</source>
        <translation>Estadia máxima (noites)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay length</source>
        <translation>Duração da estadia</translation>
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
        <translation>&amp;Resposta guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview only (record the text, send nothing)</source>
        <translation>Só pré-visualizar (regista o texto, não envia nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+110"/>
        <source>Write a saved reply first (Inbox, Saved replies), then choose it here.</source>
        <translation>Escreva primeiro uma resposta guardada (Caixa de entrada, Respostas guardadas) e depois escolha-a aqui.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+54"/>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Days before</source>
        <translation>&amp;Dias antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minutes after</source>
        <translation>&amp;Minutos depois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listings (ids)</source>
        <translation>Anúncios (IDs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Properties or listings (ids)</source>
        <translation>Imóveis ou anúncios (IDs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any; or ids separated by commas</source>
        <translation>Qualquer; ou IDs separados por vírgulas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not saved: choose at least one booking status.</source>
        <translation>Não guardada: escolha pelo menos um estado de reserva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>AutomationSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/automation_settings_dialog.py" line="+61"/>
        <source>Automation settings</source>
        <extracomment>The account whose settings were saved.</extracomment>
        <translation>Definições de automatização</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s zone; or e.g. Europe/Lisbon</source>
        <translation>O fuso horário do computador; ou, p. ex., Europe/Lisbon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House &amp;time zone</source>
        <translation>&amp;Fuso horário da casa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working hours &amp;start</source>
        <translation>&amp;Início do horário de trabalho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours &amp;end</source>
        <translation>Fi&amp;m do horário de trabalho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Sexta-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working day: {day}</source>
        <translation>Dia de trabalho: {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working days</source>
        <translation>Dias de trabalho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies an hour kept for you</source>
        <translation>Respostas por hora reservadas para si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replies an hour kept for you
(BookMyColiving, of 60)</source>
        <translation>&amp;Respostas por hora reservadas para si
(BookMyColiving, de 60)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>House time zone</source>
        <translation>Fuso horário da casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours start</source>
        <translation>Início do horário de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours end</source>
        <translation>Fim do horário de trabalho</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved for {account}.</source>
        <translation>Guardadas para {account}.</translation>
    </message>
</context>
<context>
    <name>AutomationsView</name>
    <message>
        <location filename="../ui/views/automations_view.py" line="+177"/>
        <location line="+20"/>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Trigger</source>
        <translation>Acionador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quando</translation>
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
        <translation>Regras</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New rule…</source>
        <translation>Nova regra…</translation>
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
        <translation>Ativar/desativar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking id</source>
        <translation>ID da reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking to test the rule on</source>
        <translation>Reserva em que testar a regra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test on booking</source>
        <translation>Testar numa reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Definições…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Prevista</translation>
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
        <translation>Próximas mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this one…</source>
        <translation>Editar esta mensagem…</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+149"/>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Retida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The booking was cancelled.</source>
        <translation>A reserva foi cancelada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered before it was due.</source>
        <translation>Respondida antes da hora prevista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The booking no longer matches the rule (its dates, status or stay changed).</source>
        <translation>A reserva já não corresponde à regra (as datas, o estado ou a estadia mudaram).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lead no longer matches the rule.</source>
        <translation>O contacto já não corresponde à regra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already there when the rule was turned on.</source>
        <translation>Já existia quando a regra foi ativada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you: this text goes instead of the saved reply.</source>
        <translation>Editada por si: este texto é enviado em vez da resposta guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its time came while the rule was off.</source>
        <translation>A hora chegou enquanto a regra estava desativada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: its time passed while nothing was syncing, and it would arrive too late to help.</source>
        <translation>Não enviada: a hora passou enquanto nada sincronizava e chegaria tarde demais para ser útil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule&apos;s saved reply was deleted.</source>
        <translation>A resposta guardada da regra foi eliminada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview only: recorded, not sent.</source>
        <translation>Só pré-visualizar: registada, não enviada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped by you.</source>
        <translation>Saltada por si.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was turned off.</source>
        <translation>A regra foi desativada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was deleted.</source>
        <translation>A regra foi eliminada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule was given another trigger.</source>
        <translation>A regra passou a ter outro acionador.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead {id}</source>
        <translation>Contacto {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message {id}</source>
        <translation>Mensagem {id}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+36"/>
        <source>Automated messages history</source>
        <translation>Histórico de mensagens automáticas</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected rule</source>
        <translation>Editar a regra selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New rule</source>
        <translation>Nova regra</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n day(s) before, at {time}</source>
        <translation>
            <numerusform>%n dia antes, às {time}</numerusform>
            <numerusform>%n dias antes, às {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min after, outside working hours</source>
        <translation>
            <numerusform>%n min depois, fora do horário de trabalho</numerusform>
            <numerusform>%n min depois, fora do horário de trabalho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min after</source>
        <translation>
            <numerusform>%n min depois</numerusform>
            <numerusform>%n min depois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview only</source>
        <translation>Só pré-visualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automation rules</source>
        <translation>Regras de automatização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming automated messages</source>
        <translation>Próximas mensagens automáticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the selected rule on or off</source>
        <translation>Ativar ou desativar a regra selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking id to test the rule on</source>
        <translation>ID da reserva em que testar a regra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the selected upcoming message</source>
        <translation>Saltar a próxima mensagem selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected upcoming message now</source>
        <translation>Enviar agora a próxima mensagem selecionada</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+18"/>
        <location line="+25"/>
        <source>Choose a rule first.</source>
        <translation>Escolha primeiro uma regra.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Saved “{name}”.</source>
        <translation>“{name}” guardada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete rule</source>
        <translation>Eliminar regra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}”? Its upcoming messages are cancelled; what it sent stays in the history.</source>
        <translation>Eliminar “{name}”? As mensagens previstas são canceladas; o que já enviou fica no histórico.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted “{name}”.</source>
        <translation>“{name}” eliminada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a rule and type a booking id.</source>
        <translation>Escolha uma regra e escreva um ID de reserva.</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../ui/views/calendar_push.py" line="+40"/>
        <source>Listing</source>
        <extracomment>Account states in which nothing can be sent until a key is given (or replaced).</extracomment>
        <translation>Anúncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Tipo de quarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queued: waiting for the Coliving.com key (add it in Settings).</source>
        <translation>Na fila: à espera da chave do Coliving.com (adicione-a nas Definições).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: Coliving.com is offline; it is sent when the connection returns.</source>
        <translation>Na fila: o Coliving.com está offline; é enviado quando a ligação voltar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: Coliving.com&apos;s rate limit is reached; it is sent when it reopens.</source>
        <translation>Na fila: o limite de pedidos do Coliving.com foi atingido; é enviado quando reabrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued: no sync worker is running on the team database; it is sent when one runs.</source>
        <translation>Na fila: não há nenhum processo de sincronização a correr na base de dados da equipa; é enviado quando um arrancar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: sending to Coliving.com.</source>
        <translation>Na fila: a enviar para o Coliving.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by Coliving.com: {reason}</source>
        <translation>Recusado pelo Coliving.com: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: Coliving.com&apos;s rate limit reopens shortly.</source>
        <translation>Em espera: o limite de pedidos do Coliving.com reabre em breve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to Coliving.com…</source>
        <translation>A enviar para o Coliving.com…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set availability</source>
        <translation>Definir disponibilidade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free units of each day</source>
        <translation>Unidades livres de cada dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set to</source>
        <translation>Definir como</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units to set</source>
        <translation>Unidades a definir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rows to send</source>
        <translation>Linhas a enviar</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+82"/>
        <source>Queue these rows</source>
        <translation>Pôr estas linhas na fila de envio</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Select days of one or more room types in the calendar.</source>
        <translation>Selecione dias de um ou mais tipos de quarto no calendário.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listing {id}</source>
        <translation>Anúncio {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type {id}</source>
        <translation>Tipo de quarto {id}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queue this row</source>
        <translation>Pôr esta linha na fila de envio</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Queue these %n rows</source>
        <translation>
            <numerusform>Pôr %n linha na fila de envio</numerusform>
            <numerusform>Pôr estas %n linhas na fila de envio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <location filename="../ui/widgets/banner.py" line="+58"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dismiss message</source>
        <translation>Fechar mensagem</translation>
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
        <translation>{name} (pendente)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{booking}
Click to open it.</source>
        <translation>{booking}
Clique para a abrir.</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <location filename="../ui/views/bookings_view.py" line="+32"/>
        <source>Pending</source>
        <extracomment>A booking&apos;s status as the window names it; a status the channel adds later shows as it sends it.</extracomment>
        <translation>Pendente</translation>
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
        <translation>Ainda não obtido</translation>
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
        <translation>Hóspede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing / room</source>
        <translation>Anúncio / quarto</translation>
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
        <translation>Os dados do hóspede e do preço ainda não foram obtidos; as sincronizações trazem-nos algumas reservas de cada vez.</translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n hóspede</numerusform>
            <numerusform>%n hóspedes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rooms</source>
        <translation>
            <numerusform>%n quarto</numerusform>
            <numerusform>%n quartos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Select a booking to see the guest, dates and price.</source>
        <extracomment>Open the Coliving.com conversation of a booking (thread key &quot;coliving:&lt;booking id&gt;&quot;).</extracomment>
        <translation>Selecione uma reserva para ver o hóspede, as datas e o preço.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bookings as CSV</source>
        <translation>Exportar reservas como CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search guest, email, reference or booking id</source>
        <translation>Procurar hóspede, email, referência ou ID da reserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming and current only</source>
        <translation>Só atuais e futuras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this booking&apos;s conversation in the Inbox</source>
        <translation>Abrir a conversa desta reserva na Caixa de entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected booking&apos;s messages</source>
        <translation>Abrir as mensagens da reserva selecionada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search bookings</source>
        <translation>Procurar reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest name, email, reference or booking id</source>
        <translation>Nome do hóspede, email, referência ou ID da reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking status</source>
        <translation>Estado da reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking details</source>
        <translation>Detalhes da reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the bookings the filter shows as a CSV file</source>
        <translation>Guardar como ficheiro CSV as reservas que o filtro mostra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this booking&apos;s messages</source>
        <translation>Abrir as mensagens desta reserva</translation>
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
        <translation>quarto {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n noite</numerusform>
            <numerusform>%n noites</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest</source>
        <translation>Hóspede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing / room</source>
        <translation>Anúncio / quarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Hóspedes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local total</source>
        <translation>Total local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security deposit</source>
        <translation>Caução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking id</source>
        <translation>ID da reserva</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../ui/views/calendar_view.py" line="+147"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One week across, starting on the first day of the week</source>
        <translation>Uma semana na horizontal, a começar no primeiro dia da semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Go to a month</source>
        <translation type="vanished">Ir para um mês</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One house: a Coliving.com listing together with the BookMyColiving property it is linked to</source>
        <translation>Uma casa: um anúncio do Coliving.com juntamente com o imóvel do BookMyColiving a que está associado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+170"/>
        <source>All houses</source>
        <translation>Todas as casas</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Edit listings…</source>
        <translation>Editar anúncios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name listings and room types, give their unit counts, currency and base price, and link a listing to its BookMyColiving property</source>
        <translation>Dar nome aos anúncios e tipos de quarto, indicar o número de unidades, a moeda e o preço base, e associar cada anúncio ao respetivo imóvel do BookMyColiving</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import listings…</source>
        <translation>Importar anúncios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read your Coliving.com listings, room types, unit counts and prices from a register file (JSON)</source>
        <translation>Ler os seus anúncios, tipos de quarto, números de unidades e preços do Coliving.com a partir de um ficheiro de registo (JSON)</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+68"/>
        <source>Availability calendar</source>
        <extracomment>How far ahead the calendar reaches (the longest range one push may cover).</extracomment>
        <translation>Calendário de disponibilidade</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>One row per room type, one column per day</source>
        <translation>Uma linha por tipo de quarto, uma coluna por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to month</source>
        <translation>Ir para o mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar problems</source>
        <translation>Problemas do calendário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units to set</source>
        <translation>Unidades a definir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability to send</source>
        <translation>Disponibilidade a enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Tipo de quarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base monthly price</source>
        <translation>Preço mensal base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly rates</source>
        <translation>Tarifas mensais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price or percent for the selected months</source>
        <translation>Preço ou percentagem para os meses selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the selected months by the percent</source>
        <translation>Aumentar os meses selecionados na percentagem indicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the selected months by the percent</source>
        <translation>Baixar os meses selecionados na percentagem indicada</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No Coliving.com room types yet. Import your listings (button above) or connect Coliving.com in Settings: room types appear as their bookings sync.</source>
        <translation>Ainda não há tipos de quarto do Coliving.com. Importe os seus anúncios (botão acima) ou ligue o Coliving.com nas Definições: os tipos de quarto aparecem à medida que as reservas sincronizam.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="vanished">Problemas</translation>
    </message>
    <message>
        <source>Fix: review the push that resolves it</source>
        <translation type="vanished">Corrigir: rever o envio que o resolve</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="vanished">{month} de {year}</translation>
    </message>
    <message>
        <source>No problems: nothing overbooked or drifting, nothing sold out.</source>
        <translation type="vanished">Sem problemas: sem overbooking nem desfasamento, nada esgotado.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>1 room type, {first} to {last}</source>
        <translation>1 tipo de quarto, de {first} a {last}</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Imported {listings} and {rooms}.</source>
        <translation>Importados: {listings} e {rooms}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listings</source>
        <translation>
            <numerusform>%n anúncio</numerusform>
            <numerusform>%n anúncios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n room types</source>
        <translation>
            <numerusform>%n tipo de quarto</numerusform>
            <numerusform>%n tipos de quarto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>%n room types, {first} to {last}</source>
        <translation>
            <numerusform>%n tipo de quarto, de {first} a {last}</numerusform>
            <numerusform>%n tipos de quarto, de {first} a {last}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fix: {problem} (each day set to its free units)</source>
        <translation>Corrigir: {problem} (cada dia definido com as suas unidades livres)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sent: Coliving.com accepted the availability.</source>
        <translation>Enviado: o Coliving.com aceitou a disponibilidade.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{state} The days concerned show ✗ failed in the calendar.</source>
        <translation>{state} Os dias em causa aparecem com ✗ falhou no calendário.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the calendar…</source>
        <translation>A carregar o calendário…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{guest} · {checkin} → {checkout} · {status}</source>
        <translation>{guest} · {checkin} → {checkout} · {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No booking found for this day</source>
        <translation>Nenhuma reserva encontrada para este dia</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import Coliving.com listings</source>
        <translation>Importar anúncios do Coliving.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing register (*.json);;All files (*)</source>
        <translation>Registo de anúncios (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not imported: {reason}</source>
        <translation>Não importado: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/views/calendar_records.py" line="+61"/>
        <source>{first} to {last}</source>
        <translation>de {first} a {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{listing} · {room}: {problems}, {days}</source>
        <translation>{listing} · {room}: {problems}, {days}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot be read as JSON: {error}</source>
        <translation>não pode ser lido como JSON: {error}</translation>
    </message>
</context>
<context>
    <name>ChipSelectorWidget</name>
    <message>
        <location filename="../ui/widgets/chip_selector.py" line="+153"/>
        <source>Not in BookMyColiving&apos;s current list; kept as it was.</source>
        <extracomment>Keys that move the focus between chips, and by how much (None: to the first or the last). Chips were added or replaced (a form puts them back in its Tab order: new widgets go last).</extracomment>
        <translation>Não está na lista atual do BookMyColiving; mantido como estava.</translation>
    </message>
</context>
<context>
    <name>CityComboBox</name>
    <message>
        <location filename="../ui/widgets/city_combo.py" line="+26"/>
        <source>Type to search cities</source>
        <translation>Escreva para procurar cidades</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cities appear after the first sync</source>
        <translation>As cidades aparecem após a primeira sincronização</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{city} (not in the current city list)</source>
        <translation>{city} (não está na lista de cidades atual)</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../ui/widgets/composer.py" line="+34"/>
        <source>Not sent: replace the highlighted placeholders first.</source>
        <translation>Não enviada: substitua primeiro os marcadores destacados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write something first: an empty reply is not sent.</source>
        <translation>Escreva primeiro alguma coisa: uma resposta vazia não é enviada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write a reply…  (Ctrl+Enter to send)</source>
        <extracomment>The text changed and the user paused typing: time to persist the draft. The user changed the text (typing, pasting, a saved reply); not emitted when a draft is loaded. The user asked for the saved replies manager.</extracomment>
        <translation>Escreva uma resposta…  (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send the reply</source>
        <translation>Enviar a resposta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search saved replies</source>
        <translation>Procurar respostas guardadas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter sends the reply</source>
        <translation>Ctrl+Enter envia a resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send reply</source>
        <translation>Enviar resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply</source>
        <translation>Inserir uma resposta guardada</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>{count} / {limit}: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit}: %Ln acima do limite</numerusform>
            <numerusform>{count} / {limit}: %Ln acima do limite</numerusform>
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
        <translation>O canal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done by the team&apos;s sync worker</source>
        <translation>Feito pelo processo de sincronização da equipa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window works on the team database {database}. Only the team&apos;s sync worker talks to the channels (syncing, API keys, webhooks), so do this where the worker runs.</source>
        <translation>Esta janela trabalha na base de dados da equipa {database}. Só o processo de sincronização da equipa fala com os canais (sincronização, chaves de API, webhooks), por isso faça isto onde esse processo corre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+125"/>
        <source>{channel} refused the API key</source>
        <translation>{channel} recusou a chave de API</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+125"/>
        <source>{channel} says the key is wrong, inactive or expired. Open Settings to paste a new key.</source>
        <translation>{channel} diz que a chave está errada, inativa ou expirou. Abra as Definições para colar uma chave nova.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Not allowed</source>
        <translation>Não permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} says this account may not do that ({reason}).</source>
        <translation>{channel} diz que esta conta não pode fazer isso ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not found on the channel</source>
        <translation>Não encontrado no canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} no longer has this item. It may have been removed; the next sync will tidy the list.</source>
        <translation>{channel} já não tem este item. Pode ter sido removido; a próxima sincronização arruma a lista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be done now</source>
        <translation>Não foi possível fazer isto agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} refused: {reason}</source>
        <translation>{channel} recusou: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please correct the highlighted fields.</source>
        <translation>Corrija os campos destacados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check what you entered</source>
        <translation>Verifique o que introduziu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>{channel} asks us to slow down</source>
        <translation>{channel} pede-nos para abrandar</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Too many requests for now. Work is kept and will continue in about {wait}.</source>
        <translation>Demasiados pedidos por agora. O trabalho fica guardado e continua dentro de cerca de {wait}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{channel} is having trouble</source>
        <translation>{channel} está com problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} answered with an error ({status}). Nothing was lost; we will try again shortly.</source>
        <translation>{channel} respondeu com um erro ({status}). Nada se perdeu; voltamos a tentar daqui a pouco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{channel} is not answering</source>
        <translation>{channel} não está a responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} took too long to answer. You can keep working; changes are sent when it responds.</source>
        <translation>{channel} demorou demasiado a responder. Pode continuar a trabalhar; as alterações são enviadas quando responder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You appear to be offline</source>
        <translation>Parece estar sem ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} could not be reached. Check the internet connection. You can keep working from the cache; replies and changes wait in the outbox until {channel} answers again.</source>
        <translation>Não foi possível contactar {channel}. Verifique a ligação à Internet. Pode continuar a trabalhar a partir da cache; as respostas e alterações esperam na fila de envio até {channel} voltar a responder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{channel} sent something unexpected</source>
        <translation>{channel} enviou algo inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} answered in a form this version does not understand. Try again later or update the app.</source>
        <translation>{channel} respondeu num formato que esta versão não entende. Tente mais tarde ou atualize a aplicação.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reason} (HTTP {status}).</source>
        <translation>{reason} (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} refused the request</source>
        <translation>{channel} recusou o pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} could not be reached</source>
        <translation>Não foi possível contactar {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while talking to {channel}. Try again in a moment.</source>
        <translation>Algo correu mal na comunicação com {channel}. Tente de novo daqui a um momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is unavailable</source>
        <translation>O porta-chaves do sistema não está disponível</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That item changed meanwhile</source>
        <translation>Esse item mudou entretanto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the view and try again.</source>
        <translation>Atualize a vista e tente de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local cache could not be read</source>
        <translation>Não foi possível ler a cache local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache file is busy or damaged. Close other copies of the app; if this persists, remove the profile&apos;s cache.sqlite3 and sync again.</source>
        <translation>O ficheiro da cache está ocupado ou danificado. Feche outras cópias da aplicação; se continuar, remova o cache.sqlite3 do perfil e sincronize de novo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong</source>
        <translation>Algo correu mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected problem stopped this action. Try again; if it keeps happening, restart colivingdesk.</source>
        <translation>Um problema inesperado interrompeu esta ação. Tente de novo; se continuar a acontecer, reinicie o colivingdesk.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too many requests for now. Syncing with {channel} continues at {time}; your work is kept.</source>
        <translation>Demasiados pedidos por agora. A sincronização com {channel} continua às {time}; o seu trabalho fica guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests for now. Syncing with {channel} continues when the channel allows; your work is kept.</source>
        <translation>Demasiados pedidos por agora. A sincronização com {channel} continua quando o canal permitir; o seu trabalho fica guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Settings to connect it.</source>
        <translation>Abra as Definições para o ligar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} is not connected</source>
        <translation>{channel} não está ligado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some {channel} updates could not be fetched</source>
        <translation>Não foi possível obter algumas atualizações de {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of {channel} was not refreshed; the next sync tries again.</source>
        <translation>Parte de {channel} não foi atualizada; a próxima sincronização tenta de novo.</translation>
    </message>
</context>
<context>
    <name>FeedUnits</name>
    <message>
        <source>properties</source>
        <extracomment>What a feed counts, for :meth:`FeedProgress.line` (marked here: the feeds name them in English).</extracomment>
        <translation type="vanished">imóveis</translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="vanished">contactos</translation>
    </message>
    <message>
        <source>threads listed</source>
        <translation type="vanished">conversas listadas</translation>
    </message>
    <message>
        <source>threads</source>
        <translation type="vanished">conversas</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation type="vanished">reservas</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="vanished">conversas</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/progress.py" line="+33"/>
        <source>%Ln properties</source>
        <extracomment>Counted words of the progress line (English for one, when no translator is installed). What a feed counts (the feeds name it in English), and its words for a count, in the window&apos;s language: one literal call each, as ``pyside6-lupdate`` extracts only those.</extracomment>
        <translation>
            <numerusform>%Ln imóvel</numerusform>
            <numerusform>%Ln imóveis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads listed</source>
        <translation>
            <numerusform>%Ln conversa listada</numerusform>
            <numerusform>%Ln conversas listadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
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
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../sync/bmc_feeds.py" line="+61"/>
        <source>properties</source>
        <extracomment>Conversations opened at once: enough to hide latency, few enough to stay polite to the read budget. Fetched threads whose messages are stored together, in one store call and one transaction: a write per thread (a hand-off to the store thread, a commit and a round of statements each) cost about twice the store time per thread, which a first sync of thousands of threads paid in full; a commit writes back every index page it touched, so a thousand messages per commit rewrite each far less often than 250 did. Fetched threads left waiting for the store at most; fetching pauses beyond it, so a store slower than the network holds a few batches in memory rather than a whole first sync. Leads stored per transaction while walking (several list pages; see ``feeds.PageWriter``).</extracomment>
        <translation>imóveis</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>reference data</source>
        <translation>dados de referência</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>leads</source>
        <translation>contactos</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>conversations</source>
        <translation>conversas</translation>
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
        <translation>mensagens das reservas</translation>
    </message>
    <message>
        <location filename="../sync/progress.py" line="+3"/>
        <source>booking details</source>
        <extracomment>Feeds&apos; names that only progress shows (the others are each feed&apos;s ``label``).</extracomment>
        <translation>detalhes das reservas</translation>
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
        <translation>Reservas de uma casa: um imóvel do BookMyColiving e os anúncios do Coliving.com associados contam como um só</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>All houses</source>
        <translation>Todas as casas</translation>
    </message>
</context>
<context>
    <name>InWindowNotifications</name>
    <message>
        <location filename="../ui/widgets/notifications.py" line="+259"/>
        <source>Recent notifications</source>
        <translation>Notificações recentes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Notifications ({count})</source>
        <translation>Notificações ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../ui/views/inbox_filters.py" line="+20"/>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Não lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reply</source>
        <translation>Por responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Arquivadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to me</source>
        <extracomment>Offered only in a team (see ``set_person``): conversations assigned to the person at this window.</extracomment>
        <translation>Atribuídas a mim</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+32"/>
        <source>Filter conversations</source>
        <extracomment>Whose &quot;Assigned to me&quot; this is (a person&apos;s key, see ``colivingdesk.people``).</extracomment>
        <translation>Filtrar conversas</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversations about one BookMyColiving property or Coliving.com listing</source>
        <translation>Conversas sobre um imóvel do BookMyColiving ou um anúncio do Coliving.com</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Guest name, subject or message text</source>
        <translation>Nome do hóspede, assunto ou texto da mensagem</translation>
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
        <translation>Local</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All properties</source>
        <translation>Todos os imóveis</translation>
    </message>
</context>
<context>
    <name>InboxMarks</name>
    <message>
        <location filename="../ui/views/inbox_marks.py" line="+55"/>
        <source>Mark as read</source>
        <extracomment>How long a conversation opened by moving through the list stays open before it counts as read.</extracomment>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as unread</source>
        <translation>Marcar como não lida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (archive)</source>
        <translation>Concluído (arquivar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move back to Inbox</source>
        <translation>Devolver à Caixa de entrada</translation>
    </message>
</context>
<context>
    <name>InboxReplies</name>
    <message>
        <location filename="../ui/views/inbox_replies.py" line="+45"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the reply that was not sent</source>
        <translation>Tentar de novo a resposta que não foi enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the reply that was not sent</source>
        <translation>Descartar a resposta que não foi enviada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel sending</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel sending the newest reply that waits</source>
        <translation>Cancelar o envio da resposta mais recente em espera</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n replies wait to be sent.</source>
        <translation>
            <numerusform>%n resposta à espera de ser enviada.</numerusform>
            <numerusform>%n respostas à espera de serem enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The channel</source>
        <translation>O canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} refused it</source>
        <translation>{channel} recusou-a</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not sent (%n replies): {reason}</source>
        <translation>
            <numerusform>Não enviada (%n resposta): {reason}</numerusform>
            <numerusform>Não enviadas (%n respostas): {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: {reason}</source>
        <translation>Não enviada: {reason}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>That reply is already being sent and can no longer be stopped.</source>
        <translation>Essa resposta já está a ser enviada e já não pode ser parada.</translation>
    </message>
</context>
<context>
    <name>InboxTeam</name>
    <message>
        <location filename="../ui/views/inbox_team.py" line="+45"/>
        <source>{name} is writing to this guest</source>
        <extracomment>How often presence is written again while the user keeps typing (it expires after ``PRESENCE_TTL``). How often an open banner re-reads presence, so one whose writer vanished goes once it expires.</extracomment>
        <translation>{name} está a escrever a este hóspede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} are writing to this guest</source>
        <translation>{names} estão a escrever a este hóspede</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Assign conversation</source>
        <translation>Atribuir conversa</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>you</source>
        <translation>você</translation>
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
        <translation>Atribuir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to you</source>
        <translation>Atribuída a si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to {name}</source>
        <translation>Atribuída a {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent by {name}</source>
        <translation>Enviada por {name}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Assign to me</source>
        <translation>Atribuir a mim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign to</source>
        <translation>Atribuir a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unassign</source>
        <translation>Remover atribuição</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../ui/views/inbox_view.py" line="+66"/>
        <source>Coliving.com has closed this conversation (the booking is cancelled): replies cannot be sent. Your text is kept.</source>
        <translation>O Coliving.com fechou esta conversa (a reserva foi cancelada): não é possível enviar respostas. O seu texto fica guardado.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Conversations</source>
        <extracomment>A thread was opened (key &quot;channel:external_id&quot;). The user asked to see the booking behind a Coliving.com conversation. Unread counts may have changed because the user read something.</extracomment>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open conversation, oldest message first</source>
        <translation>A conversa aberta, da mensagem mais antiga para a mais recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the booking behind this conversation</source>
        <translation>Mostrar a reserva desta conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark conversation unread</source>
        <translation>Marcar a conversa como não lida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: archive conversation</source>
        <translation>Concluído: arquivar a conversa</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a conversation to read it.

Both channels&apos; messages are listed on the left.</source>
        <translation>Selecione uma conversa para a ler.

As mensagens dos dois canais estão listadas à esquerda.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open booking</source>
        <translation>Abrir reserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark unread</source>
        <translation>Marcar como não lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this conversation as unread again (Ctrl+U)</source>
        <translation>Voltar a mostrar esta conversa como não lida (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Archive: out of the Inbox until the guest writes again (Ctrl+E)</source>
        <translation>Arquivar: sai da Caixa de entrada até o hóspede voltar a escrever (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{conversations} · %Ln unread</source>
        <translation>
            <numerusform>{conversations} · %Ln não lida</numerusform>
            <numerusform>{conversations} · %Ln não lidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move to Inbox</source>
        <translation>Mover para a Caixa de entrada</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../sync/pushes.py" line="+34"/>
        <source>the Coliving.com document defines no way to remove a monthly override (price_jan...price_dec are optional numbers; it does not say that null or leaving one out removes one); set the month to the price it should have instead</source>
        <extracomment>Longest availability range accepted in one push, in months from its first day.</extracomment>
        <translation>a documentação do Coliving.com não define forma de remover um ajuste mensal (price_jan...price_dec são números opcionais; não diz que null ou omitir um o remove); defina o mês com o preço que deve ter</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <extracomment>``PushInputError.code`` of a price of 0 sent without confirming it (the window asks instead).</extracomment>
        <translation>{text} não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{text} is not a whole number or &apos;free&apos;</source>
        <translation>{text} não é um número inteiro nem &apos;free&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is negative; availability is 0 or more</source>
        <translation>{number} é negativo; a disponibilidade é 0 ou mais</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <location filename="../sync/register_edits.py" line="+86"/>
        <location line="+2"/>
        <source>{text} is not a number</source>
        <translation>{text} não é um número</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sync/register_edits.py" line="+2"/>
        <source>{number} is negative; prices are 0 or more</source>
        <translation>{number} é negativo; os preços são 0 ou mais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>listing {listing} is not known; import the register (`colivingdesk listings import`)</source>
        <translation>o anúncio {listing} não é conhecido; importe o registo (`colivingdesk listings import`)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room type {room_type} is not a room type of listing {listing}</source>
        <translation>o tipo de quarto {room_type} não é um tipo de quarto do anúncio {listing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{end} is before the start {start}</source>
        <translation>{end} é anterior ao início {start}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the range from {start} to {end} is over {months} months</source>
        <translation>o intervalo de {start} a {end} ultrapassa {months} meses</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the unit count of room type {room_type} is not known, so its free units are not; give it in the register (amount) or push a number</source>
        <translation>o número de unidades do tipo de quarto {room_type} é desconhecido, por isso as unidades livres também; indique-o no registo (amount) ou envie um número</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nothing to fix: no day with drift or overbooking and a known unit count</source>
        <translation>nada a corrigir: nenhum dia com desfasamento ou overbooking e um número de unidades conhecido</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>required: the register has no base price for this room type; give --base</source>
        <translation>obrigatório: o registo não tem preço base para este tipo de quarto; indique --base</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../sync/register.py" line="+138"/>
        <location filename="../sync/register_edits.py" line="-16"/>
        <source>{code} is not an ISO 4217 currency code</source>
        <translation>{code} não é um código de moeda ISO 4217</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{item} is not MONTH=PRICE (for example jan=1320)</source>
        <translation>{item} não tem a forma MÊS=PREÇO (por exemplo, jan=1320)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given twice</source>
        <translation>indicado duas vezes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is not a month (jan, feb, ... dec)</source>
        <translation>{name} não é um mês (jan, feb, ... dec)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 would offer the room for free; confirm it explicitly (--allow-zero)</source>
        <translation>0 ofereceria o quarto de graça; confirme-o explicitamente (--allow-zero)</translation>
    </message>
    <message>
        <location filename="../sync/register.py" line="-64"/>
        <source>expected an object with a &apos;listings&apos; array</source>
        <extracomment>Listing fields kept in ``Listing.extra`` (the rest of the register is in columns).</extracomment>
        <translation>era esperado um objeto com uma lista &apos;listings&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>expected an array</source>
        <translation>era esperada uma lista</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+43"/>
        <location line="+8"/>
        <source>expected an object</source>
        <translation>era esperado um objeto</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>names listing {owner}, not the listing {listing} it is in</source>
        <translation>indica o anúncio {owner}, não o anúncio {listing} em que está</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected an id (a number or a non-empty text)</source>
        <translation>era esperado um ID (um número ou um texto não vazio)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a text</source>
        <translation>era esperado um texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a whole number of at least 0</source>
        <translation>era esperado um número inteiro igual ou superior a 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>expected a number</source>
        <translation>era esperado um número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number of at least 0</source>
        <translation>era esperado um número igual ou superior a 0</translation>
    </message>
    <message>
        <location filename="../sync/register_edits.py" line="-13"/>
        <source>{text} is not a whole number</source>
        <translation>{text} não é um número inteiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is negative; give 0 or more</source>
        <translation>{number} é negativo; indique 0 ou mais</translation>
    </message>
    <message>
        <location filename="../sync/outbox.py" line="+535"/>
        <source>The reply is empty.</source>
        <extracomment>BookMyColiving reply times inside the cap&apos;s window as last read from the persisted log (plus the ones sent since), so the status bar can show the reply budget without reading the store itself. Both channels&apos; reply endpoints refuse longer text.</extracomment>
        <translation>A resposta está vazia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reply can be at most {limit} characters (this one has {count}).</source>
        <translation>Uma resposta pode ter no máximo {limit} caracteres (esta tem {count}).</translation>
    </message>
    <message>
        <location filename="../sync/channel_writes.py" line="+167"/>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add at least one photo URL.</source>
        <translation>Adicione pelo menos o endereço de uma foto.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the property this reply is about.</source>
        <translation>Escolha o imóvel a que esta resposta se refere.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to send.</source>
        <translation>Não há nada para enviar.</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>Connected to BookMyColiving.</source>
        <extracomment>Counted words of a key check (English for one, when no translator is installed).</extracomment>
        <translation type="vanished">Ligado ao BookMyColiving.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/key_check.py" line="+41"/>
        <source>%Ln properties</source>
        <translation>
            <numerusform>%Ln imóvel</numerusform>
            <numerusform>%Ln imóveis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host</source>
        <translation>o anfitrião</translation>
    </message>
    <message>
        <source>Connected to Coliving.com as {name}.</source>
        <translation type="vanished">Ligado ao Coliving.com como {name}.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The key works: BookMyColiving accepted it.</source>
        <extracomment>Counted words of a key check (English for one, when no translator is installed).</extracomment>
        <translation>A chave funciona: o BookMyColiving aceitou-a.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key works: Coliving.com knows it as {name}.</source>
        <translation>A chave funciona: o Coliving.com conhece-a como {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key was refused.</source>
        <translation>A chave de API foi recusada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached; try again in {wait} s.</source>
        <translation>Limite de pedidos atingido; tente de novo dentro de {wait} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel could not be reached.</source>
        <translation>Não foi possível contactar o canal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel answered with an error.</source>
        <translation>O canal respondeu com um erro.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../ui/keyboard.py" line="+60"/>
        <source>Next tab</source>
        <translation>Separador seguinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous tab</source>
        <translation>Separador anterior</translation>
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
        <translation>no porta-chaves do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this session only</source>
        <translation>só nesta sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keys are kept for this session only and forgotten when you quit.</source>
        <translation>As chaves são mantidas só nesta sessão e esquecidas ao sair.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys are stored in the system keyring ({backend}).</source>
        <translation>As chaves são guardadas no porta-chaves do sistema ({backend}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure system keyring is available on this computer, so keys cannot be saved. You can use them for this session only, or set COLIVINGDESK_* environment variables.</source>
        <translation>Este computador não tem um porta-chaves do sistema seguro, por isso não é possível guardar as chaves. Pode usá-las só nesta sessão ou definir variáveis de ambiente COLIVINGDESK_*.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The system keyring could not be read ({error}).</source>
        <translation>Não foi possível ler o porta-chaves do sistema ({error}).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The system keyring refused to save the key ({error}).</source>
        <translation>O porta-chaves do sistema recusou guardar a chave ({error}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The system keyring refused to delete the key ({error}).</source>
        <translation>O porta-chaves do sistema recusou eliminar a chave ({error}).</translation>
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
        <translation>Anúncio {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Property {id}</source>
        <translation>Imóvel {id}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown guest</source>
        <translation>Hóspede desconhecido</translation>
    </message>
    <message>
        <location filename="../sync/register.py" line="-149"/>
        <source>unnamed, from bookings</source>
        <extracomment>Shown for a listing known only because a booking named it.</extracomment>
        <translation>sem nome, a partir das reservas</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <location filename="../ui/views/leads_view.py" line="+35"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest</source>
        <translation>Hóspede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Imóvel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location line="+38"/>
        <source>Select a lead to see the guest&apos;s details and message.</source>
        <extracomment>The user has now seen every lead (the sidebar&apos;s &quot;new leads&quot; badge should drop to zero). Open the lead&apos;s conversation (thread key); True when the user wants to reply right away.</extracomment>
        <translation>Selecione um contacto para ver os dados do hóspede e a mensagem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export leads as CSV</source>
        <translation>Exportar contactos como CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search guest name, email, phone or message</source>
        <translation>Procurar nome do hóspede, email, telefone ou mensagem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected lead&apos;s conversation</source>
        <translation>Abrir a conversa do contacto selecionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search leads</source>
        <translation>Procurar contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest name, email, phone or message</source>
        <translation>Nome do hóspede, email, telefone ou mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead details</source>
        <translation>Detalhes do contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the leads the filter shows as a CSV file</source>
        <translation>Guardar como ficheiro CSV os contactos que o filtro mostra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this lead&apos;s conversation</source>
        <translation>Abrir a conversa deste contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to this lead</source>
        <translation>Responder a este contacto</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All properties</source>
        <translation>Todos os imóveis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Property</source>
        <translation>Imóvel</translation>
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
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead id</source>
        <translation>ID do contacto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conversation with this guest is cached yet.</source>
        <translation>Ainda não há nenhuma conversa com este hóspede na cache.</translation>
    </message>
</context>
<context>
    <name>ListingFields</name>
    <message>
        <location filename="../ui/dialogs/listing_fields.py" line="+60"/>
        <source>A price cannot be negative: enter the monthly price in dollars, like 800</source>
        <extracomment>Room option types the document shows. Others from the server are kept and offered back, never dropped. Editor fields, in the order they appear on screen; error paths resolve to one of these.</extracomment>
        <translation>Um preço não pode ser negativo: introduza o preço mensal em dólares, por exemplo 800</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a monthly price in dollars, like 800 or 1,250.50</source>
        <translation>Introduza um preço mensal em dólares, por exemplo 800 ou 1,250.50</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Private room</source>
        <extracomment>The words for the room types the document shows; the codes stay what is stored and sent.</extracomment>
        <translation>Quarto privado</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Give the listing a name.</source>
        <extracomment>Fields that are sets on the channel: the chips list them in reference order, the cache in its own.</extracomment>
        <translation>Dê um nome ao anúncio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the name under {count} characters.</source>
        <translation>O nome deve ter menos de {count} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the city from the list.</source>
        <translation>Escolha a cidade na lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the address guests&apos; questions should reach.</source>
        <translation>Indique o endereço de email para onde devem ir as perguntas dos hóspedes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This does not look like an email address.</source>
        <translation>Isto não parece um endereço de email.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one room option with its monthly price.</source>
        <translation>Adicione pelo menos uma opção de quarto com o respetivo preço mensal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room option {index}: enter its monthly price.</source>
        <translation>Opção de quarto {index}: introduza o preço mensal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room option {index}: the price must be between $0.01 and $1,000,000.</source>
        <translation>Opção de quarto {index}: o preço tem de estar entre $0.01 e $1,000,000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room option {index}: choose a room type.</source>
        <translation>Opção de quarto {index}: escolha um tipo de quarto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo addresses must start with https://</source>
        <translation>Os endereços das fotos têm de começar por https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo addresses cannot contain spaces.</source>
        <translation>Os endereços das fotos não podem conter espaços.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the whole photo address, like https://example.com/photo.jpg</source>
        <translation>Introduza o endereço completo da foto, como https://example.com/photo.jpg</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Name</source>
        <extracomment>The form&apos;s label per API field, in English; :func:`field_label` gives the translated one.</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>Email de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community type</source>
        <translation>Tipo de comunidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amenities</source>
        <translation>Comodidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room options</source>
        <translation>Opções de quarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>A sua referência</translation>
    </message>
</context>
<context>
    <name>ListingForm</name>
    <message>
        <location filename="../ui/dialogs/listing_form.py" line="+34"/>
        <source>The place</source>
        <translation>O espaço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and community</source>
        <translation>Contacto e comunidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms, prices and photos</source>
        <translation>Quartos, preços e fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your own records</source>
        <translation>Para os seus registos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>e.g. Sunny Coliving Lisbon</source>
        <translation>p. ex. Sunny Coliving Lisbon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What makes living here good: rooms, community, neighbourhood.</source>
        <translation>O que torna bom viver aqui: quartos, comunidade, bairro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host@example.com</source>
        <translation>anfitriao@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own id for this listing, e.g. from your PMS (optional)</source>
        <translation>O seu próprio ID para este anúncio, p. ex. do seu PMS (opcional)</translation>
    </message>
</context>
<context>
    <name>LocalDraftsWidget</name>
    <message>
        <location filename="../ui/widgets/local_drafts.py" line="+53"/>
        <source>Drafts on this computer (not sent to BookMyColiving)</source>
        <extracomment>False while its create is on its way to the channel (deleting the draft would not stop it).</extracomment>
        <translation>Rascunhos neste computador (não enviados para o BookMyColiving)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafts on this computer</source>
        <translation>Rascunhos neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open draft</source>
        <translation>Abrir rascunho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete draft…</source>
        <translation>Eliminar rascunho…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the selected draft</source>
        <translation>Abrir o rascunho selecionado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>It is being created on BookMyColiving; wait for the answer.</source>
        <translation>Está a ser criado no BookMyColiving; aguarde a resposta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/lazy_views.py" line="+39"/>
        <source>Properties</source>
        <translation>Imóveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The properties view is not available in this build.</source>
        <translation>A vista de imóveis não está disponível nesta versão.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings view is not available in this build.</source>
        <translation>A vista de definições não está disponível nesta versão.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+93"/>
        <location line="+399"/>
        <source>Colivingdesk (demo)</source>
        <extracomment>How long after the Service is built the Settings page is (see ``paintEvent``): once the Service&apos;s start has run, so the window answers input between the two. A desktop notification was raised (title, text); also emitted when no tray exists, for tests and logs. The window was closed by the user (the app then shuts the Service down and quits). The window painted for the first time (the app builds the Service only then).</extracomment>
        <translation>Colivingdesk (demonstração)</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Starting sync…</source>
        <extracomment>The channels with a saved account: a status refresh (every page of a sync) does not read the store.</extracomment>
        <translation>A iniciar a sincronização…</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Demo mode</source>
        <translation>Modo de demonstração</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample data on a practice server: nothing you do here reaches a real channel.
Practice server back office: {url}</source>
        <translation>Dados de exemplo num servidor de treino: nada do que fizer aqui chega a um canal real.
Backoffice do servidor de treino: {url}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open {section}</source>
        <translation>Abrir {section}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search everything (guests, messages, bookings, listings)</source>
        <translation>Procurar em tudo (hóspedes, mensagens, reservas, anúncios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show window</source>
        <translation>Mostrar janela</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No conversation yet</source>
        <translation>Ainda sem conversa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There are no messages for this booking in the cache yet.</source>
        <translation>Ainda não há mensagens desta reserva na cache.</translation>
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
            <numerusform>%n mensagem nova</numerusform>
            <numerusform>%n mensagens novas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New message from {guest}</source>
        <translation>Nova mensagem de {guest}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Inbox to reply.</source>
        <translation>Abra a Caixa de entrada para responder.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n leads imported</source>
        <translation>
            <numerusform>%n contacto importado</numerusform>
            <numerusform>%n contactos importados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiries already on BookMyColiving when it was connected.</source>
        <translation>Contactos que já estavam no BookMyColiving quando foi ligado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New lead: {lead}</source>
        <translation>Novo contacto: {lead}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New lead</source>
        <translation>Novo contacto</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new leads</source>
        <translation>
            <numerusform>%n novo contacto</numerusform>
            <numerusform>%n novos contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest asked about one of your properties.</source>
        <translation>Um hóspede fez uma pergunta sobre um dos seus imóveis.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bookings updated</source>
        <translation>
            <numerusform>%n reserva atualizada</numerusform>
            <numerusform>%n reservas atualizadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{booking} updated</source>
        <translation>{booking} atualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Bookings view for new or changed stays.</source>
        <translation>Veja na vista Reservas as estadias novas ou alteradas.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Guest</source>
        <translation>Hóspede</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reply not sent</source>
        <translation>Resposta não enviada</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The channel refused a reply.</source>
        <translation>O canal recusou uma resposta.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+54"/>
        <source>Syncing both channels…</source>
        <translation>A sincronizar os dois canais…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Synced: %n updates.</source>
        <translation>
            <numerusform>Sincronizado: %n atualização.</numerusform>
            <numerusform>Sincronizado: %n atualizações.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synced: no changes.</source>
        <translation>Sincronizado: sem alterações.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some updates could not be fetched</source>
        <translation>Não foi possível obter algumas atualizações</translation>
    </message>
</context>
<context>
    <name>MonthBox</name>
    <message>
        <location filename="../ui/views/calendar_months.py" line="+23"/>
        <location line="+1"/>
        <source>Go to a month</source>
        <translation>Ir para um mês</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <location filename="../ui/widgets/notifications.py" line="-86"/>
        <source>Notifications</source>
        <extracomment>What choosing it opens: a thread key (&quot;bmc:usr_1&quot;), a view key (&quot;leads&quot;), or None.</extracomment>
        <translation>Notificações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing new.</source>
        <translation>Nada de novo.</translation>
    </message>
</context>
<context>
    <name>OccurrenceTextDialog</name>
    <message>
        <location filename="../ui/dialogs/automation_dialogs.py" line="+20"/>
        <source>Edit this message</source>
        <extracomment>(occurrence key, the new text or None for the saved reply again), once stored.</extracomment>
        <translation>Editar esta mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text goes to this guest, this time only; the rule&apos;s saved reply is not changed.</source>
        <translation>Este texto vai para este hóspede, só desta vez; a resposta guardada da regra não é alterada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the saved reply</source>
        <translation>Usar a resposta guardada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: this message is no longer upcoming (sent, skipped or cancelled meanwhile).</source>
        <translation>Não guardado: esta mensagem já não está prevista (foi enviada, saltada ou cancelada entretanto).</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../ui/widgets/offline_banner.py" line="+33"/>
        <source>{first} and {second}</source>
        <extracomment>What the banner says for the offline channels and every channel&apos;s current status. States that prove the channel answered (or that there is no account left to be offline).</extracomment>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trying {channel} again…</source>
        <translation>A tentar {channel} de novo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach {channel}.</source>
        <translation>Não foi possível contactar {channel}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can keep working from the cache: replies and changes wait in the outbox until {names} answers again. If this lasts, check the internet connection.</source>
        <translation>Pode continuar a trabalhar a partir da cache: as respostas e alterações esperam na fila de envio até {names} voltar a responder. Se isto continuar, verifique a ligação à Internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} is offline</source>
        <translation>{names} está sem ligação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can keep working from the cache: replies and changes wait in the outbox until {names} answer again. If this lasts, check the internet connection.</source>
        <translation>Pode continuar a trabalhar a partir da cache: as respostas e alterações esperam na fila de envio até {names} voltarem a responder. Se isto continuar, verifique a ligação à Internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} are offline</source>
        <translation>{names} estão sem ligação</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/widgets/photo_strip.py" line="+166"/>
        <source>Loading photo…</source>
        <translation>A carregar foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo unavailable</source>
        <translation>Foto indisponível</translation>
    </message>
</context>
<context>
    <name>PhotoStripWidget</name>
    <message>
        <location line="-117"/>
        <source>The first photo is the cover.</source>
        <translation>A primeira foto é a capa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on BookMyColiving: it cannot be removed or moved from here.</source>
        <translation>Já está no BookMyColiving: não pode ser removida nem movida a partir daqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos already on BookMyColiving cannot be removed or reordered from here (the channel offers no way to); new photos are added after them.</source>
        <translation>As fotos que já estão no BookMyColiving não podem ser removidas nem reordenadas a partir daqui (o canal não o permite); as fotos novas são adicionadas a seguir a elas.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… photo address</source>
        <translation>https://… endereço da foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Adicionar foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Earlier</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later ▶</source>
        <translation>Seguinte ▶</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Photo address</source>
        <translation>Endereço da foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the photo at this address</source>
        <translation>Adicionar a foto deste endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Remover foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo earlier</source>
        <translation>Mover a foto para trás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move photo later</source>
        <translation>Mover a foto para a frente</translation>
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
        <translation>Corrigir: rever o envio que o resolve</translation>
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
            <numerusform>Não verificado: %n tipo de quarto sem número de unidades ({names}). Sobrerreservas, desvios e dias esgotados só podem ser detetados quando as unidades forem conhecidas: indique-as em «Editar anúncios…» ou «Importar anúncios…».</numerusform>
            <numerusform>Não verificado: %n tipos de quarto sem número de unidades ({names}). Sobrerreservas, desvios e dias esgotados só podem ser detetados quando as unidades forem conhecidas: indique-as em «Editar anúncios…» ou «Importar anúncios…».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems: nothing overbooked or drifting, nothing sold out.</source>
        <translation>Sem problemas: sem overbooking nem desfasamento, nada esgotado.</translation>
    </message>
</context>
<context>
    <name>PropertiesModel</name>
    <message>
        <location filename="../ui/models/properties_model.py" line="+34"/>
        <source>Draft</source>
        <extracomment>Role giving a row&apos;s status key for the chip delegate: &quot;draft&quot; | &quot;review&quot; | &quot;live&quot; | &quot;live_review&quot; | &quot;rejected&quot; | &quot;other&quot;. Role giving the pending write&apos;s state (&quot;queued&quot;, &quot;sending&quot;, &quot;failed&quot;, &quot;held&quot;) or None.</extracomment>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live, changes in review</source>
        <translation>Publicado, em revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <extracomment>Filter choices offered to the user: label (English, translated in the ``PropertiesModel`` context where shown) -&gt; store filter fields.</extracomment>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BookMyColiving replayed its first answer to this request: it was not applied twice.</source>
        <translation>O BookMyColiving repetiu a primeira resposta a este pedido: não foi aplicado duas vezes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating</source>
        <translation>A criar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving changes</source>
        <translation>A guardar alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitting for review</source>
        <translation>A enviar para revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublishing</source>
        <translation>A retirar de publicação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting</source>
        <translation>A eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding photos</source>
        <translation>A adicionar fotos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sending</source>
        <extracomment>The channel answered it with a replay of its first answer (``Idempotent-Replayed: true``).</extracomment>
        <translation>A enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused by the channel</source>
        <translation>recusado pelo canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: {reason}</source>
        <translation>Falhou: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action}: waiting ({reason})</source>
        <translation>{action}: em espera ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit</source>
        <translation>limite de pedidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}…</source>
        <translation>{action}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}: queued ({reason})</source>
        <translation>{action}: em fila ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{action}: queued</source>
        <translation>{action}: em fila</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from {price}</source>
        <translation>a partir de {price}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference: {reference}</source>
        <translation>A sua referência: {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly price</source>
        <translation>Preço mensal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{reason}
Open the listing to correct it, or retry.</source>
        <translation>{reason}
Abra o anúncio para o corrigir ou tente de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the channel</source>
        <translation>Recusado pelo canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the outbox and sent as soon as BookMyColiving answers.</source>
        <translation>Mantido na fila de envio e enviado assim que o BookMyColiving responder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Notas do revisor: {notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live with the previous version; your latest changes are waiting for review.</source>
        <translation>Publicado com a versão anterior; as suas últimas alterações aguardam revisão.</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <location filename="../ui/views/properties_view.py" line="+81"/>
        <source>Delete “{name}”?</source>
        <extracomment>Question, consequence and button per action, in English; translated in the ``PropertiesView`` context.</extracomment>
        <translation>Eliminar “{name}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The listing and all its data are removed from BookMyColiving for good. Leads and conversations about it stay in your inbox.</source>
        <translation>O anúncio e todos os seus dados são removidos do BookMyColiving para sempre. Os contactos e as conversas sobre ele ficam na sua Caixa de entrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete listing</source>
        <translation>Eliminar anúncio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpublish “{name}”?</source>
        <translation>Retirar “{name}” de publicação?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It goes back to Draft and disappears from the public site until you submit it again and it is approved.</source>
        <translation>Volta a Rascunho e desaparece do site público até o submeter de novo e ser aprovado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>Unpublish</source>
        <translation>Retirar de publicação</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+6"/>
        <source>Listings on BookMyColiving</source>
        <translation>Anúncios no BookMyColiving</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search name, address or your reference</source>
        <translation>Procurar nome, morada ou a sua referência</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <source>New listing</source>
        <translation>Novo anúncio</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for review</source>
        <translation>Submeter para revisão</translation>
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
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="-423"/>
        <location line="+33"/>
        <source>Fetch listings from BookMyColiving now</source>
        <translation>Obter agora os anúncios do BookMyColiving</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Search listings</source>
        <extracomment>The editor was opened (tests and the window&apos;s title bar listen). A listing to select as soon as it is in the table (a create the channel has just answered).</extracomment>
        <translation>Procurar anúncios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address or your reference</source>
        <translation>Nome, morada ou a sua referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing status</source>
        <translation>Estado do anúncio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing details</source>
        <translation>Detalhes do anúncio</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Edit the selected listing</source>
        <translation>Editar o anúncio selecionado</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n listings</source>
        <translation>
            <numerusform>%n anúncio</numerusform>
            <numerusform>%n anúncios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n listing</source>
        <translation>
            <numerusform>%n anúncio</numerusform>
            <numerusform>%n anúncios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>BookMyColiving is not connected yet. Add its API key in Settings and your listings appear here; you can start writing a new one meanwhile.</source>
        <translation>O BookMyColiving ainda não está ligado. Adicione a respetiva chave de API nas Definições e os seus anúncios aparecem aqui; entretanto, pode começar a escrever um novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a listing to see its review notes and what you can do with it.</source>
        <translation>Selecione um anúncio para ver as notas de revisão e o que pode fazer com ele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No listings here yet. Use “New listing” to write your first one.</source>
        <translation>Ainda não há anúncios aqui. Use “Novo anúncio” para escrever o primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — {status}</source>
        <translation>{name} — {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your reference {reference}</source>
        <translation>a sua referência {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last changed {time}</source>
        <translation>última alteração {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Notas do revisor: {notes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have unsaved changes to this listing; open it to continue.</source>
        <translation>Tem alterações por guardar neste anúncio; abra-o para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous version stays online until BookMyColiving approves your changes.</source>
        <translation>A versão anterior mantém-se online até o BookMyColiving aprovar as suas alterações.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open its draft below to open that listing, replace it, or change your reference.</source>
        <translation>Abra o rascunho abaixo para abrir esse anúncio, substituí-lo ou mudar a sua referência.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its draft below to correct it.</source>
        <translation>Abra o rascunho abaixo para o corrigir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new listing was not created. Failed: {reason} {next}</source>
        <translation>Não foi criado um anúncio novo. Falhou: {reason} {next}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Creating %n new listing…</source>
        <translation>
            <numerusform>A criar %n anúncio novo…</numerusform>
            <numerusform>A criar %n anúncios novos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Creating %n new listings…</source>
        <translation>
            <numerusform>A criar %n anúncio novo…</numerusform>
            <numerusform>A criar %n anúncios novos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new listing</source>
        <translation>O novo anúncio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” was created; BookMyColiving reviews it before it goes online.</source>
        <translation>“{name}” foi criado; o BookMyColiving revê-o antes de ficar online.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untitled listing</source>
        <translation>Anúncio sem título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · kept {time}</source>
        <translation>{name} · guardado {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: open it to finish it and create it.</source>
        <translation>Não enviado: abra-o para o terminar e criar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{draft} · creating…</source>
        <translation>{draft} · a criar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On its way to BookMyColiving.</source>
        <translation>A caminho do BookMyColiving.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{draft} · not created</source>
        <translation>{draft} · não criado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BookMyColiving refused it: open it to see why.</source>
        <translation>O BookMyColiving recusou-o: abra-o para ver porquê.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete the draft of “{name}”?</source>
        <translation>Eliminar o rascunho de “{name}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this untitled listing?</source>
        <translation>Eliminar este anúncio sem título?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was never sent to BookMyColiving, so it cannot be brought back.</source>
        <translation>Nunca foi enviado para o BookMyColiving, por isso não pode ser recuperado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete draft</source>
        <translation>Eliminar rascunho</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Submitting for review…</source>
        <translation>A submeter para revisão…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpublishing…</source>
        <translation>A retirar de publicação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting…</source>
        <translation>A eliminar…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Refreshing…</source>
        <translation>A atualizar…</translation>
    </message>
</context>
<context>
    <name>PropertyEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/property_editor.py" line="+83"/>
        <source>BookMyColiving reviews every new listing before it goes online: keep it as a draft on this computer until it is ready, nothing is sent until you create it.</source>
        <extracomment>Reference kinds as the store keeps them (see ``domain.ReferenceItem``). The dialog&apos;s size in lines of its font, so it grows with a larger font; the screen caps it (see ``_fit``). At most this tall at the usual font size (a 768-pixel laptop screen keeps room for the title bar and panel).</extracomment>
        <translation>O BookMyColiving revê cada anúncio novo antes de ficar online: mantenha-o como rascunho neste computador até estar pronto; nada é enviado até o criar.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+336"/>
        <source>Edit “{name}”</source>
        <extracomment>The listing was accepted by the channel: its id (new for a create). The user asked to see another listing (the one that already has the typed reference). When this draft was started, and the channel&apos;s ``updatedAt`` of the version it was started from.</extracomment>
        <translation>Editar “{name}”</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>New listing</source>
        <translation>Novo anúncio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the listing</source>
        <translation>Guardar o anúncio</translation>
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
        <translation>Descartar as minhas alterações por guardar</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+232"/>
        <source>Room option {index}: {problem}</source>
        <translation>Opção de quarto {index}: {problem}</translation>
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
        <translation>Ou prima Ctrl+Enter em qualquer campo. Enter sozinho nunca guarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <location line="+8"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Restored your unsaved changes from {time}.</source>
        <translation>As suas alterações por guardar de {time} foram repostas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored your unsaved changes from earlier.</source>
        <translation>As suas alterações por guardar de antes foram repostas.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This listing is live. Saving keeps it online and sends your changes to BookMyColiving&apos;s review; they appear publicly once approved.</source>
        <translation>Este anúncio está publicado. Ao guardar, mantém-se online e as suas alterações seguem para a revisão do BookMyColiving; aparecem publicamente depois de aprovadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This listing is live and earlier changes are still in review. Saving keeps it online and sends your changes to BookMyColiving&apos;s review; they appear publicly once approved.</source>
        <translation>Este anúncio está publicado e há alterações anteriores ainda em revisão. Ao guardar, mantém-se online e as suas alterações seguem para a revisão do BookMyColiving; aparecem publicamente depois de aprovadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BookMyColiving is reviewing this listing. You can still correct it.</source>
        <translation>O BookMyColiving está a rever este anúncio. Ainda o pode corrigir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BookMyColiving rejected this listing. Fix it, save, then submit it again.</source>
        <translation>O BookMyColiving rejeitou este anúncio. Corrija-o, guarde e submeta-o de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewer&apos;s notes: {notes}</source>
        <translation>Notas do revisor: {notes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create and send to review</source>
        <translation>Criar e enviar para revisão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept here until BookMyColiving has it.</source>
        <translation>Fica guardado aqui até o BookMyColiving o ter recebido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep as draft on this computer</source>
        <translation>Manter como rascunho neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is sent; reopen it from “Drafts on this computer”.</source>
        <translation>Nada é enviado; volte a abri-lo em “Rascunhos neste computador”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and send to review</source>
        <translation>Guardar e enviar para revisão</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kept on this computer as a draft until you create it.</source>
        <translation>Fica neste computador como rascunho até o criar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes are kept on this computer until you save.</source>
        <translation>As alterações por guardar ficam neste computador até guardar.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Não guardado: corrija os campos assinalados a vermelho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: BookMyColiving refused the change. Correct it and save again.</source>
        <translation>Não guardado: o BookMyColiving recusou a alteração. Corrija-a e guarde de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <source>Not saved.</source>
        <translation>Não guardado.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Creating…</source>
        <translation>A criar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this one</source>
        <translation>esta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another reference: {reference} is already used by “{name}”.</source>
        <translation>Escolha outra referência: {reference} já é usada por “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another reference: {reference} is already used.</source>
        <translation>Escolha outra referência: {reference} já está em uso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your reference, then save again.</source>
        <translation>Mude a sua referência e guarde de novo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The channel refused the change.</source>
        <translation>O canal recusou a alteração.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not created: choose what to do with the listing that has this reference.</source>
        <translation>Não criado: escolha o que fazer com o anúncio que tem esta referência.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the channel asked us to slow down</source>
        <translation>o canal pediu-nos para abrandar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to send: {reason}.</source>
        <translation>À espera para enviar: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating… (you can close this window; it is kept here until it is sent, then waits for BookMyColiving&apos;s review)</source>
        <translation>A criar… (pode fechar esta janela; fica guardado aqui até ser enviado e depois aguarda a revisão do BookMyColiving)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving… (you can close this window; the change is kept and sent)</source>
        <translation>A guardar… (pode fechar esta janela; a alteração fica guardada e é enviada)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BookMyColiving refused the change: {reason}</source>
        <translation>O BookMyColiving recusou a alteração: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This listing no longer exists on BookMyColiving. Your text is kept as a draft here.</source>
        <translation>Este anúncio já não existe no BookMyColiving. O seu texto fica guardado aqui como rascunho.</translation>
    </message>
</context>
<context>
    <name>QuickSearchPopup</name>
    <message>
        <location filename="../ui/dialogs/quick_search.py" line="+103"/>
        <source>Search guests, bookings, leads, properties and messages</source>
        <extracomment>The search thread&apos;s results, delivered on the GUI thread (queued): generation, hits, their lines. The search thread finished a query: generation, error text or None.</extracomment>
        <translation>Procurar hóspedes, reservas, contactos, imóveis e mensagens</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+82"/>
        <source>Enter opens the selected result · Esc closes</source>
        <translation>Enter abre o resultado selecionado · Esc fecha</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Search everything</source>
        <translation>Procurar em tudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests, bookings, leads, properties and messages</source>
        <translation>Hóspedes, reservas, contactos, imóveis e mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the selected result, Escape closes</source>
        <translation>Enter abre o resultado selecionado, Escape fecha</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type to search.</source>
        <translation>Escreva para procurar.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The local cache could not be searched.</source>
        <translation>Não foi possível pesquisar a cache local.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches in the local cache.</source>
        <translation>Sem resultados na cache local.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../ui/dialogs/quit_confirm.py" line="+31"/>
        <source>Quit</source>
        <extracomment>Outbox states that mean &quot;not on the channel yet and still meant to go&quot;. What the quit question reads from the outbox: the writes still meant to go, and refused ones (of which it names the replies, which the sidebar counts as not sent).</extracomment>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This computer does not keep the {channel} key after you quit: what waits for {channel} goes once the key is entered again.</source>
        <translation>Este computador não guarda a chave de {channel} ao sair: o que espera por {channel} será enviado quando a chave for introduzida de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer does not keep the keys after you quit: what waits goes once the keys are entered again.</source>
        <translation>Este computador não guarda as chaves ao sair: o que espera será enviado quando as chaves forem introduzidas de novo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is not sent yet. It will be sent the next time colivingdesk or `colivingdesk sync` runs.</source>
        <translation>{what} ainda não foi enviada. Será enviada da próxima vez que o colivingdesk ou `colivingdesk sync` for executado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} are not sent yet. They will be sent the next time colivingdesk or `colivingdesk sync` runs.</source>
        <translation>{what} ainda não foram enviadas. Serão enviadas da próxima vez que o colivingdesk ou `colivingdesk sync` for executado.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Quit before everything is sent?</source>
        <translation>Sair antes de enviar tudo?</translation>
    </message>
</context>
<context>
    <name>QuitWords</name>
    <message numerus="yes">
        <location line="-89"/>
        <source>%n replies</source>
        <extracomment>How many writes of a kind wait (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n calendar updates</source>
        <translation>
            <numerusform>%n atualização de calendário</numerusform>
            <numerusform>%n atualizações de calendário</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listing changes</source>
        <translation>
            <numerusform>%n alteração de anúncio</numerusform>
            <numerusform>%n alterações de anúncios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n refused replies wait for you to retry or discard them.</source>
        <translation>
            <numerusform>%n resposta recusada espera que a tente de novo ou a descarte.</numerusform>
            <numerusform>%n respostas recusadas esperam que as tente de novo ou as descarte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../ui/views/rates_panel.py" line="+51"/>
        <source>A monthly override cannot be removed: the Coliving.com document defines no way to do it. To change a month, set it to the price it should have (&quot;Set to base price&quot; gives it the base price).</source>
        <translation>Um preço ajustado mensal não pode ser removido: o documento do Coliving.com não define forma de o fazer. Para alterar um mês, defina-o com o preço que deve ter («Repor o preço base» dá-lhe o preço base).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot be removed (the Coliving.com document defines no way); give it a price</source>
        <translation>não pode ser removido (o documento do Coliving.com não define forma); dê-lhe um preço</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent: accepted, not yet applied (Coliving.com processes rates in the background).</source>
        <translation>Enviado: aceite, ainda não aplicado (o Coliving.com processa as tarifas em segundo plano).</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+1"/>
        <source>Room type</source>
        <translation>Tipo de quarto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>monthly price, e.g. 800</source>
        <translation>preço mensal, p. ex. 800</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+228"/>
        <source>Base price</source>
        <translation>Preço base</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>ISO code, e.g. EUR</source>
        <translation>código ISO, p. ex. EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+218"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Monthly prices</source>
        <translation>Preços mensais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override</source>
        <translation>Preço ajustado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective price</source>
        <translation>Preço em vigor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected months:</source>
        <translation>Meses selecionados:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price or percent</source>
        <translation>preço ou %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price or percent for the selected months</source>
        <translation>Preço ou percentagem para os meses selecionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set price</source>
        <translation>Definir preço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %</source>
        <translation>+ %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise by percent</source>
        <translation>Aumentar em percentagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− %</source>
        <translation>− %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower by percent</source>
        <translation>Baixar em percentagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to base price</source>
        <translation>Repor o preço base</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Push rates</source>
        <translation>Enviar tarifas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Room type {id}</source>
        <translation>Tipo de quarto {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{listing} · {room}</source>
        <translation>{listing} · {room}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{code} is not an ISO 4217 currency code</source>
        <translation>{code} não é um código de moeda ISO 4217</translation>
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
        <translation>{price} (ajuste mantido: não pode ser removido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{price} (not pushed)</source>
        <translation>{price} (não enviado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} (override)</source>
        <translation>{price} (ajustado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} (base, not pushed)</source>
        <translation>{price} (base, não enviado)</translation>
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
            <numerusform>%n alteração ainda por enviar: {fields}.</numerusform>
            <numerusform>%n alterações ainda por enviar: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier push: {state}</source>
        <translation>Envio anterior: {state}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select the months to change first.</source>
        <translation>Selecione primeiro os meses a alterar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the base price first.</source>
        <translation>Indique primeiro o preço base.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Offer for free?</source>
        <translation>Oferecer de graça?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is 0: the room would be offered for free on Coliving.com. Send 0 anyway?</source>
        <translation>{field} é 0: o quarto seria oferecido de graça no Coliving.com. Enviar 0 mesmo assim?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base price</source>
        <translation>O preço base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency</source>
        <translation>A moeda</translation>
    </message>
</context>
<context>
    <name>ReconnectBannerWidget</name>
    <message>
        <location filename="../ui/widgets/banner.py" line="+36"/>
        <source>Reconnect {channel}: its key is not stored on this computer</source>
        <translation>Voltar a ligar {channel}: a chave não está guardada neste computador</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing syncs with {channel} until you paste its API key again; replies and updates you make meanwhile wait for the key.</source>
        <extracomment>The user asked to enter this channel&apos;s key (the window opens Settings at its key field).</extracomment>
        <translation>Nada sincroniza com {channel} até colar de novo a respetiva chave de API; as respostas e atualizações que fizer entretanto esperam pela chave.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the key</source>
        <translation>Introduzir a chave</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../ui/views/record_table.py" line="+68"/>
        <source>Nothing selected.</source>
        <extracomment>The selected record changed (None when nothing is selected). What the details pane says with nothing selected; subclasses mark theirs with their class as context.</extracomment>
        <translation>Nada selecionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export rows as CSV</source>
        <extracomment>The export dialog&apos;s title, marked the same way.</extracomment>
        <translation>Exportar linhas como CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows the current filter shows as a CSV file</source>
        <translation>Guardar como ficheiro CSV as linhas que o filtro atual mostra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the listed rows as CSV</source>
        <translation>Exportar as linhas da lista como CSV</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write {path}: {problem}</source>
        <translation>Não foi possível escrever {path}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {records} to {path}.</source>
        <translation>Exportado para {path}: {records}.</translation>
    </message>
</context>
<context>
    <name>ReferenceConflictWidget</name>
    <message>
        <location filename="../ui/dialogs/reference_conflict.py" line="+19"/>
        <source>Open the existing listing</source>
        <translation>Abrir o anúncio existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it with what I typed</source>
        <translation>Substituí-lo pelo que escrevi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my reference</source>
        <translation>Mudar a minha referência</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“{name}”</source>
        <extracomment>The existing listing&apos;s id: show it (the typed listing stays a draft). The existing listing&apos;s id: send the typed fields to it as a replace. Back to the form, on the reference field. One of the three was chosen: the failed create (this outbox id) has nothing more to say.</extracomment>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another of your listings</source>
        <translation>outro dos seus anúncios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A listing with reference {reference} already exists on BookMyColiving: {name}. Nothing you typed was sent to it, and your text is kept here. You can open that listing, replace its details with what you typed, or give this listing a different reference.</source>
        <translation>Já existe no BookMyColiving um anúncio com a referência {reference}: {name}. Nada do que escreveu lhe foi enviado e o seu texto fica guardado aqui. Pode abrir esse anúncio, substituir os dados dele pelo que escreveu ou dar a este anúncio uma referência diferente.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../ui/views/register_dialog.py" line="+79"/>
        <source>Listings and room types</source>
        <translation>Anúncios e tipos de quarto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coliving.com cannot tell us your listings: name them here, give each room type its number of rooms (units) and link a listing to the BookMyColiving property it is, so both show as one house.</source>
        <translation>O Coliving.com não nos indica os seus anúncios: dê-lhes nome aqui, indique o número de quartos (unidades) de cada tipo de quarto e associe cada anúncio ao imóvel do BookMyColiving que lhe corresponde, para que os dois apareçam como uma só casa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listings</source>
        <translation>Anúncios</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Listing</source>
        <translation>Anúncio</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stay minimum (nights)</source>
        <translation>Estadia mínima (noites)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BookMyColiving property</source>
        <translation>Imóvel do BookMyColiving</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Room types</source>
        <translation>Tipos de quarto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room type</source>
        <translation>Tipo de quarto</translation>
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
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Base price</source>
        <translation>Preço base</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>{id} (unnamed, from bookings)</source>
        <translation>{id} (sem nome, a partir das reservas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BookMyColiving property of listing {id}</source>
        <translation>Imóvel do BookMyColiving do anúncio {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Não associado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stay minimum</source>
        <translation>Estadia mínima</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{field} of {who}: {problem}</source>
        <translation>{field} de {who}: {problem}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving…</source>
        <translation>A guardar…</translation>
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
        <translation>Eu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent {time}</source>
        <translation>Enviada às {time}</translation>
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
        <translation>O canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} refused it</source>
        <translation>{channel} recusou-a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: {reason}</source>
        <translation>Não enviada: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held: waiting for the key</source>
        <translation>Retida: à espera da chave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by the 60 replies per hour limit; goes at {time}</source>
        <translation>Retida pelo limite de 60 respostas por hora; segue às {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by the 60 replies per hour limit</source>
        <translation>Retida pelo limite de 60 respostas por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending...</source>
        <translation>A enviar...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued: {reason}</source>
        <translation>Em fila: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: {channel} is offline</source>
        <translation>Em fila: {channel} está sem ligação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued until the team&apos;s sync worker reaches {channel}</source>
        <translation>Na fila até o processo de sincronização da equipa chegar a {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued: waiting for the key</source>
        <translation>Em fila: à espera da chave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: {channel} asked us to wait</source>
        <translation>Em fila: {channel} pediu-nos para esperar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: no sync worker is running</source>
        <translation>Na fila: não há nenhum processo de sincronização a correr</translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <location filename="../ui/widgets/team_join.py" line="+58"/>
        <source>Restart now</source>
        <extracomment>Starts the new process; tests replace it to see the command without starting anything.</extracomment>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the window now</source>
        <translation>Reiniciar a janela agora</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The window could not be restarted: quit and start colivingdesk again.</source>
        <translation>Não foi possível reiniciar a janela: saia e abra o colivingdesk de novo.</translation>
    </message>
</context>
<context>
    <name>RoomOptionsModel</name>
    <message>
        <location filename="../ui/widgets/room_options_editor.py" line="+71"/>
        <source>Room type</source>
        <extracomment>Row keys the model keeps for itself: what was typed in the price cell and why it is not a price.</extracomment>
        <translation>Tipo de quarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly price (USD)</source>
        <translation>Preço mensal (USD)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A room type BookMyColiving sent that this app does not know; it is kept as it is.</source>
        <translation>Um tipo de quarto enviado pelo BookMyColiving que esta aplicação não conhece; é mantido como está.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a price</source>
        <translation>Introduza um preço</translation>
    </message>
</context>
<context>
    <name>RoomOptionsWidget</name>
    <message>
        <location line="+139"/>
        <location line="+28"/>
        <source>Add room option</source>
        <translation>Adicionar opção de quarto</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Room options</source>
        <translation>Opções de quarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room type and monthly price of each option; F2 edits a cell</source>
        <translation>Tipo de quarto e preço mensal de cada opção; F2 edita uma célula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove room option</source>
        <translation>Remover opção de quarto</translation>
    </message>
</context>
<context>
    <name>SavedRepliesButton</name>
    <message>
        <location filename="../ui/widgets/saved_replies.py" line="+187"/>
        <source>Saved replies</source>
        <translation>Respostas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply ({first} or {second} to search them)</source>
        <translation>Inserir uma resposta guardada ({first} ou {second} para as procurar)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No saved replies yet</source>
        <translation>Ainda sem respostas guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search saved replies…</source>
        <translation>Procurar respostas guardadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage saved replies…</source>
        <translation>Gerir respostas guardadas…</translation>
    </message>
</context>
<context>
    <name>SavedRepliesDialog</name>
    <message>
        <location filename="../ui/dialogs/saved_replies_dialog.py" line="+56"/>
        <source>{file} is not a JSON file ({problem}).</source>
        <translation>{file} não é um ficheiro JSON ({problem}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Saved replies</source>
        <extracomment>The saved replies changed (added, edited, deleted or imported).</extracomment>
        <translation>Respostas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply text</source>
        <translation>Texto da resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders in braces are filled from the conversation</source>
        <translation>Os marcadores entre chavetas são preenchidos a partir da conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert placeholder</source>
        <translation>Inserir marcador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name for host_name</source>
        <translation>O seu nome para host_name</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your favourites come first in the saved replies menu</source>
        <translation>As suas favoritas aparecem primeiro no menu de respostas guardadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Check-in details</source>
        <translation>p. ex. Informações de check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hi {first_name}, your {room_type} is ready from {checkin}…</source>
        <translation>Olá {first_name}, o seu {room_type} está pronto a partir de {checkin}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert placeholder…</source>
        <translation>Inserir marcador…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save reply</source>
        <translation>Guardar resposta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name for {host_name}</source>
        <translation>O seu nome para {host_name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the name of your Coliving.com profile</source>
        <translation>Vazio: o nome do seu perfil Coliving.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save name</source>
        <translation>Guardar nome</translation>
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
        <translation>Adicionar às favoritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite (listed first for you)</source>
        <translation>Favorita (aparece primeiro para si)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Saved “{title}”.</source>
        <translation>“{title}” guardada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted “{title}”.</source>
        <translation>“{title}” eliminada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{host_name} is now “{name}”.</source>
        <translation>{host_name} é agora “{name}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host_name} has no value yet.</source>
        <translation>{host_name} ainda não tem valor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export saved replies</source>
        <translation>Exportar respostas guardadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import saved replies</source>
        <translation>Importar respostas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write {path}: {problem}</source>
        <translation>Não foi possível escrever {path}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n saved replies to {path}.</source>
        <translation>
            <numerusform>%n resposta guardada exportada para {path}.</numerusform>
            <numerusform>%n respostas guardadas exportadas para {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read {path}: {problem}</source>
        <translation>Não foi possível ler {path}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved replies imported: {added}, {updated}.</source>
        <translation>Respostas guardadas importadas: {added}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nova</numerusform>
            <numerusform>%n novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n atualizada</numerusform>
            <numerusform>%n atualizadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedReplyError</name>
    <message>
        <location filename="../store/saved_replies.py" line="+39"/>
        <source>A saved reply needs a title.</source>
        <translation>Uma resposta guardada precisa de um título.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titles are at most {limit} characters.</source>
        <translation>Os títulos têm no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved reply needs some text.</source>
        <translation>Uma resposta guardada precisa de algum texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another saved reply is already called “{title}”.</source>
        <translation>Já existe outra resposta guardada chamada “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This saved reply was deleted meanwhile.</source>
        <translation>Esta resposta guardada foi eliminada entretanto.</translation>
    </message>
</context>
<context>
    <name>SavedReplyPickerPopup</name>
    <message>
        <location filename="../ui/widgets/saved_replies.py" line="-134"/>
        <source>Type to find a saved reply</source>
        <extracomment>Marks a favourite saved reply (a person&apos;s own choice, see ``store.people``).</extracomment>
        <translation>Escreva para encontrar uma resposta guardada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find a saved reply</source>
        <translation>Encontrar uma resposta guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved replies</source>
        <translation>Respostas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter inserts the selected reply, Escape closes</source>
        <translation>Enter insere a resposta selecionada, Escape fecha</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter inserts the selected reply · Esc closes</source>
        <translation>Enter insere a resposta selecionada · Esc fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved reply matches.</source>
        <translation>Nenhuma resposta guardada corresponde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved replies yet: add some with Manage saved replies.</source>
        <translation>Ainda sem respostas guardadas: adicione algumas em Gerir respostas guardadas.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../ui/dialogs/quick_search.py" line="-166"/>
        <source>Lead: {name}</source>
        <translation>Contacto: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Property: {name}</source>
        <translation>Imóvel: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message: {name}</source>
        <translation>Mensagem: {name}</translation>
    </message>
    <message>
        <location filename="../ui/models/search_model.py" line="+23"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Imóvel</translation>
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
        <translation>Mostrar ou ocultar o que escreveu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show or hide the text of {field}</source>
        <translation>Mostrar ou ocultar o texto de {field}</translation>
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
        <translation>Guardado: o Coliving.com registou a chave do fornecedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: Coliving.com replaced the provider key it had.</source>
        <translation>Guardado: o Coliving.com substituiu a chave do fornecedor que tinha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coliving.com already had this provider key; nothing changed.</source>
        <translation>O Coliving.com já tinha esta chave do fornecedor; nada mudou.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the receiver could not be reached</source>
        <translation>não foi possível contactar o recetor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BookMyColiving could not deliver the event: {error}. Check the webhook URL in its dashboard and that the receiver is running.</source>
        <translation>O BookMyColiving não conseguiu entregar o evento: {error}. Verifique o URL do webhook no respetivo painel e se o recetor está a funcionar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered and the signature verified on this computer ({event}).</source>
        <translation>Entregue e assinatura verificada neste computador ({event}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered, but the signature did not verify: the webhook secret here differs from the one in BookMyColiving&apos;s dashboard.</source>
        <translation>Entregue, mas a assinatura não foi verificada: o segredo do webhook aqui é diferente do que está no painel do BookMyColiving.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered, but no webhook secret is saved here, so it could not be checked.</source>
        <translation>Entregue, mas não há nenhum segredo de webhook guardado aqui, por isso não foi possível verificá-lo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered, but the receiver answered HTTP {status}.</source>
        <translation>Entregue, mas o recetor respondeu HTTP {status}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A secret is saved in the system keyring; type a new one to replace it</source>
        <translation>Há um segredo guardado no porta-chaves do sistema; escreva um novo para o substituir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secret is in use for this session; type a new one to replace it</source>
        <translation>Há um segredo em uso nesta sessão; escreva um novo para o substituir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret comes from {variable}, which wins over one typed here</source>
        <translation>O segredo vem de {variable}, que prevalece sobre um escrito aqui</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>The webhook secret (not the API key)</source>
        <translation>O segredo do webhook (não a chave de API)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Use for this session only</source>
        <translation>Usar só nesta sessão</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect your channel accounts. Verify checks a key before you rely on it. Keys are never written to the app&apos;s files; each account says where its key is.</source>
        <translation>Ligue as suas contas dos canais. Verificar testa uma chave antes de confiar nela. As chaves nunca são escritas nos ficheiros da aplicação; cada conta indica onde está a sua chave.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>BookMyColiving webhook secret</source>
        <translation>Segredo do webhook do BookMyColiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the webhook secret</source>
        <translation>Guardar o segredo do webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver port</source>
        <translation>Porta do recetor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test event</source>
        <translation>Evento de teste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BookMyColiving webhooks (optional)</source>
        <translation>Webhooks do BookMyColiving (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhooks make new leads and messages appear within seconds instead of at the next poll. BookMyColiving signs each delivery with the webhook secret from its dashboard.</source>
        <translation>Os webhooks fazem aparecer novos contactos e mensagens em segundos, em vez de só na consulta seguinte. O BookMyColiving assina cada entrega com o segredo do webhook do seu painel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>Save secret</source>
        <translation>Guardar segredo</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Receive deliveries on this computer</source>
        <translation>Receber entregas neste computador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any free port</source>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send test event</source>
        <translation>Enviar evento de teste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook secret</source>
        <translation>Segredo do webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>Recetor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+52"/>
        <source>Coliving.com provider key</source>
        <translation>Chave do fornecedor Coliving.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key your property-management provider gave you, so Coliving.com can link your account to it. It is sent to Coliving.com and not kept on this computer.</source>
        <translation>A chave que o seu fornecedor de gestão de imóveis lhe deu, para que o Coliving.com possa associar a sua conta a ele. É enviada para o Coliving.com e não fica guardada neste computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider API key, e.g. mb_…</source>
        <translation>Chave de API do fornecedor, p. ex. mb_…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to Coliving.com</source>
        <translation>Enviar para o Coliving.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider key</source>
        <translation>Chave do fornecedor</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save a working BookMyColiving key first.</source>
        <translation>Guarde primeiro uma chave BookMyColiving que funcione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a working Coliving.com key first.</source>
        <translation>Guarde primeiro uma chave Coliving.com que funcione.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Keys will be kept for this session only.</source>
        <translation>As chaves serão mantidas só nesta sessão.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the webhook secret from BookMyColiving first.</source>
        <translation>Cole primeiro o segredo do webhook do BookMyColiving.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved in the system keyring. Deliveries are now checked against this secret.</source>
        <translation>Guardado no porta-chaves do sistema. As entregas passam a ser verificadas com este segredo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session only. Deliveries are now checked against this secret.</source>
        <translation>Mantido só nesta sessão. As entregas passam a ser verificadas com este segredo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved, but deliveries are checked against the secret {source}.</source>
        <translation>Guardado, mas as entregas são verificadas com o segredo {source}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not listen on port {port}: {reason}.</source>
        <translation>Não foi possível escutar na porta {port}: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listening at {address} . Put this address (or a public address that forwards to it) in BookMyColiving&apos;s dashboard as the webhook URL.</source>
        <translation>À escuta em {address} . Indique este endereço (ou um endereço público que reencaminhe para ele) no painel do BookMyColiving como URL do webhook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not receiving webhooks; polling keeps everything up to date.</source>
        <translation>Não está a receber webhooks; a consulta periódica mantém tudo atualizado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking BookMyColiving to send a signed test event…</source>
        <translation>A pedir ao BookMyColiving que envie um evento de teste assinado…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the provider key first.</source>
        <translation>Cole primeiro a chave do fornecedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Coliving.com answered: {status}.</source>
        <translation>O Coliving.com respondeu: {status}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.py" line="+39"/>
        <source> or </source>
        <comment>between two key combinations</comment>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+34"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Tab and Shift+Tab move between controls; arrow keys move within lists and tables; Enter or Space activates the focused button.</source>
        <translation>Tab e Shift+Tab passam de um controlo para outro; as setas movem dentro de listas e tabelas; Enter ou Espaço ativa o botão com o foco.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anywhere</source>
        <translation>Em qualquer lado</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n shortcuts: keys, action and where it works</source>
        <translation>
            <numerusform>%n atalho: teclas, ação e onde funciona</numerusform>
            <numerusform>%n atalhos: teclas, ação e onde funciona</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <location filename="../ui/widgets/sidebar.py" line="+31"/>
        <location line="+46"/>
        <source>{count} unsent</source>
        <translation>{count} por enviar</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../ui/models/sidebar_model.py" line="+44"/>
        <source>Inbox</source>
        <extracomment>Things the user sent that have not gone out yet (the inbox&apos;s unsent replies); painted as a second pill.</extracomment>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Imóveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automations</source>
        <translation>Automatizações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Definições</translation>
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
            <numerusform>{section}: %n precisa de atenção</numerusform>
            <numerusform>{section}: %n precisam de atenção</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{section}; %n reply not sent</source>
        <translation>
            <numerusform>{section}; %n resposta não enviada</numerusform>
            <numerusform>{section}; %n respostas não enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{section}; %n replies not sent</source>
        <translation>
            <numerusform>{section}; %n resposta não enviada</numerusform>
            <numerusform>{section}; %n respostas não enviadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>needs your attention</source>
        <translation>precisa da sua atenção</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n precisa de atenção</numerusform>
            <numerusform>%n precisam de atenção</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reply not sent yet</source>
        <translation>
            <numerusform>%n resposta ainda não enviada</numerusform>
            <numerusform>%n respostas ainda não enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies not sent yet</source>
        <translation>
            <numerusform>%n resposta ainda não enviada</numerusform>
            <numerusform>%n respostas ainda não enviadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarWidget</name>
    <message>
        <location filename="../ui/widgets/sidebar.py" line="+7"/>
        <source>Sections</source>
        <translation>Secções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 to Ctrl+7 open a section from anywhere</source>
        <translation>Ctrl+1 a Ctrl+7 abrem uma secção a partir de qualquer lado</translation>
    </message>
</context>
<context>
    <name>StaleDraftNotice</name>
    <message>
        <location filename="../ui/dialogs/stale_draft.py" line="+25"/>
        <source>Show differences</source>
        <translation>Mostrar diferenças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide differences</source>
        <translation>Ocultar diferenças</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>none</source>
        <extracomment>Counted words of a difference (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no price</source>
        <translation>sem preço</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field}: on BookMyColiving {theirs}; in your draft {mine}</source>
        <translation>{field}: no BookMyColiving {theirs}; no seu rascunho {mine}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No field differs: the channel&apos;s change matches your draft.</source>
        <translation>Nenhum campo difere: a alteração do canal corresponde ao seu rascunho.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discard my draft</source>
        <translation>Descartar o meu rascunho</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This listing changed on BookMyColiving on {time}, after you started this draft. Saving the draft would replace those changes with your version of every field.</source>
        <translation>Este anúncio foi alterado no BookMyColiving em {time}, depois de ter começado este rascunho. Guardar o rascunho substituiria essas alterações pela sua versão de cada campo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This listing changed on BookMyColiving, after you started this draft. Saving the draft would replace those changes with your version of every field.</source>
        <translation>Este anúncio foi alterado no BookMyColiving depois de ter começado este rascunho. Guardar o rascunho substituiria essas alterações pela sua versão de cada campo.</translation>
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
        <translation>Resposta enviada em {channel}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the channel refused it</source>
        <translation>o canal recusou-a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply not sent on {channel}: {reason}</source>
        <translation>Resposta não enviada em {channel}: {reason}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>{channel} is offline: changes wait in the outbox</source>
        <extracomment>States in which a channel has answered (the reverse of offline; &quot;syncing&quot; and &quot;idle&quot; prove nothing).</extracomment>
        <translation>{channel} está sem ligação: as alterações esperam na fila de envio</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{channel} is back online</source>
        <translation>{channel} voltou a estar disponível</translation>
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
        <translation>mais {count} depois desta passagem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about {minutes} min left at {rate} requests a minute</source>
        <translation>faltam cerca de {minutes} min a {rate} pedidos por minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under a minute left at {rate} requests a minute</source>
        <translation>falta menos de um minuto a {rate} pedidos por minuto</translation>
    </message>
</context>
<context>
    <name>SyncReason</name>
    <message>
        <location filename="../sync/outbox.py" line="-457"/>
        <source>Waiting for the 60 replies per hour limit to reopen.</source>
        <extracomment>How far a channel&apos;s message time may sit before our queue time and still count as &quot;after&quot; it (clock skew).</extracomment>
        <translation>À espera de que o limite de 60 respostas por hora volte a abrir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An earlier send was interrupted; it is checked on the channel before it is sent again.</source>
        <extracomment>How long a claim protects an item from other processes on the same profile. Longer than the slowest send (30 s HTTP timeout, up to four tries with backoff, waits of up to 2 min for a cooldown, then a read-back), so a process still working is never overtaken; a claim whose process is known to be gone is taken over at once. Starts the random part of the claims of a process holding a team database&apos;s worker lock.</extracomment>
        <translation>Um envio anterior foi interrompido; é verificado no canal antes de ser enviado de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} refused the API key; it is sent once a new key is entered in Settings.</source>
        <extracomment>Reasons with values, stored in English and translated where shown (see ``translatable.reason_template``).</extracomment>
        <translation>O {channel} recusou a chave de API; é enviado assim que for introduzida uma nova nas Definições.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} asked to wait until {time}.</source>
        <translation>O {channel} pediu para esperar até às {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach {channel}; next try at {time}.</source>
        <translation>Não foi possível contactar o {channel}; próxima tentativa às {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} had a problem (HTTP {status}); next try at {time}.</source>
        <translation>O {channel} teve um problema (HTTP {status}); próxima tentativa às {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} sent an answer that could not be read; next try at {time}.</source>
        <translation>O {channel} enviou uma resposta que não foi possível ler; próxima tentativa às {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be sent: {error}</source>
        <translation>Não foi possível enviar: {error}</translation>
    </message>
    <message>
        <location filename="../sync/automation_rules.py" line="+12"/>
        <source>Held: the last {reserve} replies this hour are kept for you.</source>
        <extracomment>Why an automated reply waits, on its outbox item (stored in English, translated where shown).</extracomment>
        <translation>Retida: as últimas {reserve} respostas desta hora ficam reservadas para si.</translation>
    </message>
    <message>
        <location filename="../sync/automations.py" line="-348"/>
        <source>Not sent: {placeholders} had no value for this guest.</source>
        <extracomment>How far back unanswered guest messages are looked for (older ones are past any rule&apos;s use). How long after its time a message about a guest message, a lead or a cancellation is still worth sending. Reasons with values (stored in English, translated where shown: see ``translatable.reason_template``).</extracomment>
        <translation>Não enviada: {placeholders} não tinha valor para este hóspede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placeholders} has no value yet: it is not sent unless one arrives by then.</source>
        <translation>{placeholders} ainda não tem valor: não é enviada a menos que chegue um até lá.</translation>
    </message>
    <message>
        <location filename="../sync/listing_writes.py" line="+67"/>
        <source>A listing with reference {reference} already exists.</source>
        <extracomment>Payload notes (never read back as request fields, so a resend is unchanged by them). Stored with the failed create (in English, translated where shown: see ``translatable.reason_template``).</extracomment>
        <translation>Já existe um anúncio com a referência {reference}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already used by “{name}”.</source>
        <translation>Já usada por «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already used by another of your listings.</source>
        <translation>Já usada por outro dos seus anúncios.</translation>
    </message>
</context>
<context>
    <name>TeamApp</name>
    <message>
        <location filename="../ui/team_app.py" line="+85"/>
        <source>Team database</source>
        <extracomment>Opens another read-only connection to the team database (quick search runs on one of its own). Chosen in Settings (saved in the profile) rather than by ``--database`` or the environment, so the window may offer to leave it.</extracomment>
        <translation>Base de dados da equipa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team database saved in Settings could not be opened: {reason}

This computer&apos;s own cache opens instead. Settings → Team can test the connection again, or stop using the team database.</source>
        <translation>Não foi possível abrir a base de dados da equipa guardada nas Definições: {reason}

Abre-se em vez disso a cache deste computador. Em Definições → Equipa pode testar de novo a ligação ou deixar de usar a base de dados da equipa.</translation>
    </message>
</context>
<context>
    <name>TeamBoxWidget</name>
    <message>
        <location filename="../ui/widgets/team_box.py" line="+28"/>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save name</source>
        <translation>Guardar nome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your colleagues see this name when you are writing to a guest, when a conversation is assigned to you and under the replies you send. On a team&apos;s database, what you have read, your drafts and your favourite saved replies are your own.</source>
        <translation>Os seus colegas veem este nome quando está a escrever a um hóspede, quando lhe é atribuída uma conversa e nas respostas que envia. Na base de dados de uma equipa, o que leu, os seus rascunhos e as suas respostas guardadas favoritas são só seus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save your name</source>
        <translation>Guardar o seu nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by {variable} for this session.</source>
        <translation>Definido por {variable} para esta sessão.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: your colleagues see you as {name}.</source>
        <translation>Guardado: os seus colegas veem-no como {name}.</translation>
    </message>
</context>
<context>
    <name>TeamJoinWidget</name>
    <message>
        <location filename="../ui/widgets/team_join.py" line="+21"/>
        <source>Work on your team&apos;s shared database instead of this computer&apos;s own cache: the team&apos;s sync worker then talks to the channels, and everyone sees the same conversations.</source>
        <translation>Trabalhe na base de dados partilhada da sua equipa em vez da cache deste computador: o processo de sincronização da equipa fala então com os canais e todos veem as mesmas conversas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://utilizador@servidor/base_de_dados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave empty when it is saved already or not needed</source>
        <translation>Deixe vazio se já estiver guardada ou não for necessária</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept only in the system keyring, never in a file.</source>
        <translation>A palavra-passe é guardada só no porta-chaves do sistema, nunca num ficheiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection</source>
        <translation>Testar ligação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the team database</source>
        <translation>Testar a ligação à base de dados da equipa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Use this team database</source>
        <translation>Usar esta base de dados da equipa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using it</source>
        <translation>Deixar de a usar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using the saved team database</source>
        <translation>Deixar de usar a base de dados da equipa guardada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database URL</source>
        <translation>URL da base de dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This team database is saved, but it could not be opened when the window started: test the connection, or stop using it.</source>
        <translation>Esta base de dados da equipa está guardada, mas não foi possível abri-la quando a janela arrancou: teste a ligação ou deixe de a usar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo does not open team databases: start colivingdesk without --demo to use one.</source>
        <translation>A demonstração não abre bases de dados de equipa: inicie o colivingdesk sem --demo para usar uma.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the database URL, e.g. postgresql://ana@db.example.com/desk.</source>
        <translation>Escreva o URL da base de dados, p. ex. postgresql://ana@db.example.com/desk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This URL cannot be used: {reason}</source>
        <translation>Este URL não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This URL carries a password, which would be saved in a file. Remove it from the URL and type it in the Password field: it is kept in the system keyring.</source>
        <translation>Este URL contém uma palavra-passe, que ficaria guardada num ficheiro. Retire-a do URL e escreva-a no campo Palavra-passe: é guardada no porta-chaves do sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signs in as {label}.</source>
        <translation>Inicia sessão como {label}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to {label}…</source>
        <translation>A ligar a {label}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected: {reason}</source>
        <translation>Sem ligação: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: schema ready</source>
        <translation>Ligado: esquema pronto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, but the team&apos;s schema is not set up: the database&apos;s owner runs colivingdesk team init --database URL first.</source>
        <translation>Ligado, mas o esquema da equipa não está criado: o proprietário da base de dados tem de executar primeiro colivingdesk team init --database URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected, but the schema is at step {version} of {expected}: the database&apos;s owner runs colivingdesk team init --database URL to bring it up to date.</source>
        <translation>Ligado, mas o esquema está no passo {version} de {expected}: o proprietário da base de dados tem de executar colivingdesk team init --database URL para o atualizar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected, but the schema is newer than this version of colivingdesk: update colivingdesk.</source>
        <translation>Ligado, mas o esquema é mais recente do que esta versão do colivingdesk: atualize o colivingdesk.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{keyring} The password can come from {variable} or ~/.pgpass instead: leave this field empty then.</source>
        <translation>{keyring} Em alternativa, a palavra-passe pode vir de {variable} ou de ~/.pgpass: nesse caso deixe este campo vazio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is saved in the system keyring.</source>
        <translation>A palavra-passe está guardada no porta-chaves do sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: schema ready. Saved: the window opens {label} from its next start.</source>
        <translation>Ligado: esquema pronto. Guardado: a janela abre {label} a partir do próximo arranque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the window to work on the team database.</source>
        <translation>Reinicie a janela para trabalhar na base de dados da equipa.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n write(s) queued on this computer (replies, listing changes, pushes) are not sent while the window works on the team database; they wait here until you leave team mode.</source>
        <translation>
            <numerusform>%n envio na fila neste computador (uma resposta, uma alteração de anúncio ou uma atualização) não é enviado enquanto a janela trabalha na base de dados da equipa; fica aqui à espera até sair do modo de equipa.</numerusform>
            <numerusform>%n envios na fila neste computador (respostas, alterações de anúncios, atualizações) não são enviados enquanto a janela trabalha na base de dados da equipa; ficam aqui à espera até sair do modo de equipa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The window keeps opening this computer&apos;s own cache.</source>
        <translation>A janela continua a abrir a cache deste computador.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsView</name>
    <message>
        <location filename="../ui/views/team_settings_view.py" line="+32"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Definições&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window works on the team database {database}. Everything you see is read from it, and what you write (replies, listing changes, rates and availability) goes to its shared outbox.</source>
        <translation>Esta janela trabalha na base de dados da equipa {database}. Tudo o que vê é lido dela, e o que escreve (respostas, alterações de anúncios, tarifas e disponibilidade) vai para a sua caixa de saída partilhada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API keys are not entered here. The team&apos;s sync worker talks to BookMyColiving and Coliving.com with the keys of the computer it runs on (its keyring, or COLIVINGDESK_BMC_API_KEY and COLIVINGDESK_COLIVING_API_KEY in its environment), and sends what everyone queues. Checking a key, webhooks and the provider key are set up there too.</source>
        <translation>As chaves de API não são introduzidas aqui. O processo de sincronização da equipa fala com o BookMyColiving e o Coliving.com com as chaves do computador onde corre (o seu porta-chaves, ou COLIVINGDESK_BMC_API_KEY e COLIVINGDESK_COLIVING_API_KEY no seu ambiente) e envia o que todos põem na fila. A verificação de chaves, os webhooks e a chave de fornecedor também se configuram lá.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accounts, as the worker last reported them</source>
        <translation>Contas, conforme o último relatório do processo de sincronização</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Team mode</source>
        <translation>Modo de equipa</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Leave team mode</source>
        <translation>Sair do modo de equipa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer opens the team database because it was chosen in Settings. Leaving goes back to this computer&apos;s own cache at the next start; the team&apos;s data stays on the team database.</source>
        <translation>Este computador abre a base de dados da equipa porque foi escolhida nas Definições. Ao sair, volta à cache deste computador no próximo arranque; os dados da equipa ficam na base de dados da equipa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened with {variable}; start without it to use this computer&apos;s cache.</source>
        <translation>Aberta com {variable}; arranque sem ela para usar a cache deste computador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened with --database; start without it to use this computer&apos;s cache.</source>
        <translation>Aberta com --database; arranque sem essa opção para usar a cache deste computador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left: the window opens this computer&apos;s own cache from its next start.</source>
        <translation>Feito: a janela abre a cache deste computador a partir do próximo arranque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the window to go back to this computer&apos;s cache.</source>
        <translation>Reinicie a janela para voltar à cache deste computador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known yet</source>
        <translation>Ainda não se sabe</translation>
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
        <translation>Base de dados da equipa</translation>
    </message>
    <message>
        <location filename="../ui/widgets/team_status.py" line="+14"/>
        <source>Team database {database}</source>
        <translation>Base de dados da equipa {database}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team database {database}
cannot be reached: reconnecting…</source>
        <translation>Base de dados da equipa {database}
inacessível: a restabelecer a ligação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is shown is what the window last read; replies you send wait until it is back.</source>
        <translation>O que se mostra é o que a janela leu por último; as respostas que enviar esperam até que volte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database {database}
no sync worker is running: replies stay queued</source>
        <translation>Base de dados da equipa {database}
nenhum processo de sincronização: as respostas ficam na fila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start one with: colivingdesk sync --watch --database URL</source>
        <translation>Inicie um com: colivingdesk sync --watch --database URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown computer</source>
        <translation>um computador desconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database {database}
sync worker on {host}, last pass {time}</source>
        <translation>Base de dados da equipa {database}
processo de sincronização em {host}, última passagem {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team database {database}
sync worker on {host}, first pass running</source>
        <translation>Base de dados da equipa {database}
processo de sincronização em {host}, primeira passagem em curso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync worker: {host}, process {pid}, running since {since}</source>
        <translation>Processo de sincronização: {host}, processo {pid}, a correr desde {since}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sync worker is trying {channel} again…</source>
        <translation>O processo de sincronização está a tentar {channel} novamente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync worker says: {reason}.</source>
        <translation>O processo de sincronização diz: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s sync worker on {host} cannot reach {names}</source>
        <translation>O processo de sincronização da equipa em {host} não consegue chegar a {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is fine: it works on the team database, and only the sync worker on {host} talks to the channels.</source>
        <translation>Este computador está bem: trabalha na base de dados da equipa, e só o processo de sincronização em {host} fala com os canais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team&apos;s sync worker cannot reach {names}</source>
        <translation>O processo de sincronização da equipa não consegue chegar a {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is fine: it works on the team database, and only the team&apos;s sync worker talks to the channels.</source>
        <translation>Este computador está bem: trabalha na base de dados da equipa, e só o processo de sincronização da equipa fala com os canais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies and changes made here stay queued until the worker reaches {names} again.</source>
        <translation>As respostas e alterações feitas aqui ficam na fila até o processo voltar a chegar a {names}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team&apos;s sync worker cannot reach {channel}; this computer is fine, and replies stay queued until the worker reaches it</source>
        <translation>O processo de sincronização da equipa não consegue chegar a {channel}; este computador está bem e as respostas ficam na fila até o processo lá chegar</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../templates.py" line="+32"/>
        <source>the guest&apos;s full name</source>
        <extracomment>Every placeholder a saved reply may use, in the order the manager lists them.</extracomment>
        <translation>o nome completo do hóspede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest&apos;s first name</source>
        <translation>o nome próprio do hóspede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the BookMyColiving property</source>
        <translation>o imóvel do BookMyColiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Coliving.com listing</source>
        <translation>o anúncio do Coliving.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booked room type</source>
        <translation>o tipo de quarto reservado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booking&apos;s check-in date</source>
        <translation>a data de check-in da reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the booking&apos;s check-out date</source>
        <translation>a data de check-out da reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name (from Coliving.com or the saved replies settings)</source>
        <translation>o seu nome (do Coliving.com ou das definições das respostas guardadas)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{placeholders} (not a known placeholder) needs filling in before this reply can be sent.</source>
        <translation>{placeholders} (não é um marcador conhecido) tem de ser preenchido antes de esta resposta poder ser enviada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholders} (not a known placeholder) need filling in before this reply can be sent.</source>
        <translation>{placeholders} (não são marcadores conhecidos) têm de ser preenchidos antes de esta resposta poder ser enviada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{placeholders} needs filling in before this reply can be sent.</source>
        <translation>{placeholders} tem de ser preenchido antes de esta resposta poder ser enviada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{placeholders} need filling in before this reply can be sent.</source>
        <translation>{placeholders} têm de ser preenchidos antes de esta resposta poder ser enviada.</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <location filename="../ui/models/inbox_models.py" line="-118"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
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
        <translation>Hóspede</translation>
    </message>
    <message>
        <location filename="../ui/views/inbox_text.py" line="+44"/>
        <source>You (not sent): {text}</source>
        <translation>Eu (não enviada): {text}</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <location filename="../ui/widgets/photo_strip.py" line="-229"/>
        <source>The photo could not be downloaded.</source>
        <translation>Não foi possível transferir a foto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address did not return an image.</source>
        <translation>O endereço não devolveu uma imagem.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../ui/models/timeline_model.py" line="+64"/>
        <location line="+9"/>
        <source>overbooked</source>
        <extracomment>The booking bars crossing a cell: a list of (lane, Booking); lanes beyond ``MAX_LANES`` are left out. How many bookings hold the cell&apos;s day without a bar drawn for them (more lanes than ``MAX_LANES``). The text each problem shows in a cell (kept short and untranslated like a symbol: the tooltip says it in words). The same, in one character each, for the narrow cells of the month zoom. Booking bars drawn per room type row at most; the rest are counted (&quot;+2&quot;) in the cell and named in its text. Counted words of a cell&apos;s text (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>overbooking</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>drift: Coliving.com offers more than is free</source>
        <translation>desfasamento: o Coliving.com oferece mais do que está livre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>sold out</source>
        <translation>esgotado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>drift</source>
        <translation>desfasamento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed by Coliving.com</source>
        <translation>confirmado pelo Coliving.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending, not sent yet</source>
        <translation>pendente, ainda não enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each cell: free units, then ↑ the availability last pushed: ✓ confirmed, … pending, ✗ failed (hover for the reason). FULL ⊘ sold out · OVER ‼ overbooked · DRIFT ≠ Coliving.com offers more than is free · ? unit count unknown (edit or import the listings). Bars are bookings: solid confirmed, hatched pending; click one or press Enter to open it. Week zoom spells the problems out.</source>
        <translation>Cada célula: unidades livres e depois ↑ a última disponibilidade enviada: ✓ confirmada, … pendente, ✗ falhou (passe o rato para ver o motivo). FULL ⊘ esgotado · OVER ‼ overbooking · DRIFT ≠ o Coliving.com oferece mais do que está livre · ? número de unidades desconhecido (edite ou importe os anúncios). As barras são reservas: cheias confirmadas, tracejadas pendentes; clique numa ou prima Enter para a abrir. A vista semanal descreve os problemas por extenso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{guest}: check-in {checkin}, check-out {checkout}, {status} (booking {id})</source>
        <translation>{guest}: check-in {checkin}, check-out {checkout}, {status} (reserva {id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Hóspede</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>unnamed, from bookings</source>
        <translation>sem nome, a partir das reservas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room type {id}</source>
        <translation>Tipo de quarto {id}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{booked} booked; the unit count is unknown, so free units are too</source>
        <translation>{booked} reservadas; o número de unidades é desconhecido, por isso as livres também</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{free} free of {units} ({booked} booked)</source>
        <translation>{free} livres de {units} ({booked} reservadas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coliving.com holds {holds} available, {free} free: push free units (Fix)</source>
        <translation>O Coliving.com tem {holds} disponíveis, {free} livres: envie as unidades livres (Corrigir)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never pushed to Coliving.com</source>
        <translation>Nunca enviado para o Coliving.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last pushed: {pushed} available, {state}</source>
        <translation>Último envio: {pushed} disponíveis, {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coliving.com still holds {holds}</source>
        <translation>O Coliving.com ainda tem {holds}</translation>
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
        <translation>Anúncio {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room type {id} of listing {listing}; unit count unknown</source>
        <translation>Tipo de quarto {id} do anúncio {listing}; número de unidades desconhecido</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Room type {id} of listing {listing}; units: %n</source>
        <translation>
            <numerusform>Tipo de quarto {id} do anúncio {listing}; unidades: %n</numerusform>
            <numerusform>Tipo de quarto {id} do anúncio {listing}; unidades: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{day}: first day of the week</source>
        <translation>{day}: primeiro dia da semana</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <location line="-213"/>
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../ui/views/welcome_view.py" line="+38"/>
        <source>Keys are never written to the app&apos;s files.</source>
        <translation>As chaves nunca são escritas nos ficheiros da aplicação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys are kept in your system keyring, never in the app&apos;s files.</source>
        <translation>As chaves ficam no porta-chaves do sistema, nunca nos ficheiros da aplicação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys are kept for this session only and never written to the app&apos;s files.</source>
        <translation>As chaves ficam só nesta sessão e nunca são escritas nos ficheiros da aplicação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure keyring, so keys can be used for this session only (you paste them again after a restart) or come from COLIVINGDESK_* environment variables. They are never written to the app&apos;s files.</source>
        <translation>Este computador não tem um porta-chaves seguro, por isso as chaves só podem ser usadas nesta sessão (tem de as colar de novo depois de reiniciar) ou vir de variáveis de ambiente COLIVINGDESK_*. Nunca são escritas nos ficheiros da aplicação.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Welcome to Colivingdesk</source>
        <extracomment>Go to Settings with this channel&apos;s connect form open.</extracomment>
        <translation>Bem-vindo ao Colivingdesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your BookMyColiving properties, leads and messages and your Coliving.com bookings, messages and calendar, in one window that keeps working offline.</source>
        <translation>Os seus imóveis, contactos e mensagens do BookMyColiving e as suas reservas, mensagens e calendário do Coliving.com, numa só janela que continua a funcionar sem ligação.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect BookMyColiving</source>
        <translation>Ligar o BookMyColiving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect Coliving.com</source>
        <translation>Ligar o Coliving.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the partner API key from your BookMyColiving dashboard. Listings, leads and tenant conversations sync in the background.</source>
        <translation>Cole a chave de API de parceiro do painel do BookMyColiving. Anúncios, contactos e conversas com inquilinos sincronizam em segundo plano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste your Coliving.com integrations key. Bookings, guest messages and your listings&apos; calendars follow.</source>
        <translation>Cole a sua chave de integrações Coliving.com. Seguem-se as reservas, as mensagens dos hóspedes e os calendários dos seus anúncios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Just looking?</source>
        <translation>Só a ver?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo opens this window on a built-in practice server with sample data, in a throwaway profile: nothing you do there reaches a real channel.</source>
        <translation>A demonstração abre esta janela num servidor de treino integrado com dados de exemplo, num perfil descartável: nada do que fizer lá chega a um canal real.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The demo is opening in a new window. It needs no keys and leaves this profile untouched.</source>
        <translation>A demonstração está a abrir numa nova janela. Não precisa de chaves e deixa este perfil intacto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo could not be started from here. Run &lt;code&gt;{command}&lt;/code&gt; from a terminal instead.</source>
        <translation>Não foi possível iniciar a demonstração a partir daqui. Execute &lt;code&gt;{command}&lt;/code&gt; num terminal.</translation>
    </message>
</context>
</TS>
