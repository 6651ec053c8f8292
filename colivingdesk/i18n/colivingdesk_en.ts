<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AutomationsView</name>
    <message numerus="yes">
        <location filename="../ui/views/automations_view.py" line="+227"/>
        <source>%n day(s) before, at {time}</source>
        <translation>
            <numerusform>%n day before, at {time}</numerusform>
            <numerusform>%n days before, at {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min after, outside working hours</source>
        <translation>
            <numerusform>%n min after, outside working hours</numerusform>
            <numerusform>%n min after, outside working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min after</source>
        <translation>
            <numerusform>%n min after</numerusform>
            <numerusform>%n min after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message numerus="yes">
        <location filename="../ui/views/calendar_push.py" line="+223"/>
        <source>Queue these %n rows</source>
        <translation>
            <numerusform>Queue %n row</numerusform>
            <numerusform>Queue these %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message numerus="yes">
        <location filename="../ui/views/bookings_view.py" line="+177"/>
        <source>%n guests</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rooms</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln booking</numerusform>
            <numerusform>%Ln bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n nights</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../ui/views/calendar_view.py" line="+401"/>
        <source>%n room types, {first} to {last}</source>
        <translation>
            <numerusform>%n room type, {first} to {last}</numerusform>
            <numerusform>%n room types, {first} to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+219"/>
        <source>%n listings</source>
        <translation>
            <numerusform>%n listing</numerusform>
            <numerusform>%n listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n room types</source>
        <translation>
            <numerusform>%n room type</numerusform>
            <numerusform>%n room types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message numerus="yes">
        <location filename="../ui/widgets/composer.py" line="+229"/>
        <source>{count} / {limit}: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit}: %Ln over the limit</numerusform>
            <numerusform>{count} / {limit}: %Ln over the limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../ui/errors.py" line="+71"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedUnits</name>
    <message numerus="yes">
        <location filename="../sync/progress.py" line="+33"/>
        <source>%Ln properties</source>
        <extracomment>Counted words of the progress line (English for one, when no translator is installed). What a feed counts (the feeds name it in English), and its words for a count, in the window&apos;s language: one literal call each, as ``pyside6-lupdate`` extracts only those.</extracomment>
        <translation>
            <numerusform>%Ln property</numerusform>
            <numerusform>%Ln properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads listed</source>
        <translation>
            <numerusform>%Ln thread listed</numerusform>
            <numerusform>%Ln threads listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln threads</source>
        <translation>
            <numerusform>%Ln thread</numerusform>
            <numerusform>%Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln booking</numerusform>
            <numerusform>%Ln bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxReplies</name>
    <message numerus="yes">
        <location filename="../ui/views/inbox_replies.py" line="+95"/>
        <source>%n replies wait to be sent.</source>
        <translation>
            <numerusform>%n reply waits to be sent.</numerusform>
            <numerusform>%n replies wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Not sent (%n replies): {reason}</source>
        <translation>
            <numerusform>Not sent (%n reply): {reason}</numerusform>
            <numerusform>Not sent (%n replies): {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <location filename="../ui/views/inbox_view.py" line="+257"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{conversations} · %Ln unread</source>
        <translation>
            <numerusform>{conversations} · %Ln unread</numerusform>
            <numerusform>{conversations} · %Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message numerus="yes">
        <location filename="../sync/key_check.py" line="+41"/>
        <source>%Ln properties</source>
        <translation>
            <numerusform>%Ln property</numerusform>
            <numerusform>%Ln properties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message numerus="yes">
        <location filename="../ui/views/leads_view.py" line="+128"/>
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/window_notices.py" line="+54"/>
        <source>%n new messages</source>
        <extracomment>The notices&apos; counted words, under the window&apos;s context (``pyside6-lupdate`` takes a plural only from a ``NAME.tr(source, &quot;&quot;, n)`` call, named like its context; see ``Counted``). One of each is said otherwise. The window&apos;s ``notified`` signal (title, text). The attention counts last shown (``MainWindow._show_counts``). BookMyColiving&apos;s first sync is importing the leads already there (see ``_importing_leads``).</extracomment>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n leads imported</source>
        <translation>
            <numerusform>%n lead imported</numerusform>
            <numerusform>%n leads imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n new leads</source>
        <translation>
            <numerusform>%n new lead</numerusform>
            <numerusform>%n new leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n bookings updated</source>
        <translation>
            <numerusform>%n booking updated</numerusform>
            <numerusform>%n bookings updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="+553"/>
        <source>Synced: %n updates.</source>
        <translation>
            <numerusform>Synced: %n update.</numerusform>
            <numerusform>Synced: %n updates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsBox</name>
    <message numerus="yes">
        <location filename="../ui/views/calendar_problems.py" line="+64"/>
        <source>Not checked: %n room types without a unit count ({names}). Overbooking, drift and sold-out days can only be found once their units are known: give them in &quot;Edit listings…&quot; or &quot;Import listings…&quot;.</source>
        <translation>
            <numerusform>Not checked: %n room type without a unit count ({names}). Overbooking, drift and sold-out days can only be found once its units are known: give them in &quot;Edit listings…&quot; or &quot;Import listings…&quot;.</numerusform>
            <numerusform>Not checked: %n room types without a unit count ({names}). Overbooking, drift and sold-out days can only be found once their units are known: give them in &quot;Edit listings…&quot; or &quot;Import listings…&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message numerus="yes">
        <location filename="../ui/views/properties_view.py" line="+328"/>
        <source>%n listings</source>
        <translation>
            <numerusform>%n listing</numerusform>
            <numerusform>%n listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n listing</source>
        <translation>
            <numerusform>%n listing</numerusform>
            <numerusform>%n listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Creating %n new listing…</source>
        <translation>
            <numerusform>Creating %n new listing…</numerusform>
            <numerusform>Creating %n new listings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Creating %n new listings…</source>
        <translation>
            <numerusform>Creating %n new listing…</numerusform>
            <numerusform>Creating %n new listings…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitWords</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/quit_confirm.py" line="+45"/>
        <source>%n replies</source>
        <extracomment>How many writes of a kind wait (a module-level function&apos;s plurals: see ``translatable.Counted``).</extracomment>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n calendar updates</source>
        <translation>
            <numerusform>%n calendar update</numerusform>
            <numerusform>%n calendar updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listing changes</source>
        <translation>
            <numerusform>%n listing change</numerusform>
            <numerusform>%n listing changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n refused replies wait for you to retry or discard them.</source>
        <translation>
            <numerusform>%n refused reply waits for you to retry or discard it.</numerusform>
            <numerusform>%n refused replies wait for you to retry or discard them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message numerus="yes">
        <location filename="../ui/views/rates_panel.py" line="+358"/>
        <source>%n changes not pushed yet: {fields}.</source>
        <translation>
            <numerusform>%n change not pushed yet: {fields}.</numerusform>
            <numerusform>%n changes not pushed yet: {fields}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedRepliesDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/saved_replies_dialog.py" line="+323"/>
        <source>Exported %n saved replies to {path}.</source>
        <translation>
            <numerusform>Exported %n saved reply to {path}.</numerusform>
            <numerusform>Exported %n saved replies to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/shortcuts_dialog.py" line="+110"/>
        <source>%n shortcuts: keys, action and where it works</source>
        <translation>
            <numerusform>%n shortcut: keys, action and where it works</numerusform>
            <numerusform>%n shortcuts: keys, action and where it works</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../ui/models/sidebar_model.py" line="+108"/>
        <source>{section}: %n need attention</source>
        <translation>
            <numerusform>{section}: %n needs attention</numerusform>
            <numerusform>{section}: %n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{section}; %n reply not sent</source>
        <translation>
            <numerusform>{section}; %n reply not sent</numerusform>
            <numerusform>{section}; %n replies not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{section}; %n replies not sent</source>
        <translation>
            <numerusform>{section}; %n reply not sent</numerusform>
            <numerusform>{section}; %n replies not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reply not sent yet</source>
        <translation>
            <numerusform>%n reply not sent yet</numerusform>
            <numerusform>%n replies not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replies not sent yet</source>
        <translation>
            <numerusform>%n reply not sent yet</numerusform>
            <numerusform>%n replies not sent yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaleDraftWords</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/stale_draft.py" line="+67"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message numerus="yes">
        <location filename="../sync/progress.py" line="+48"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamJoinWidget</name>
    <message numerus="yes">
        <location filename="../ui/widgets/team_join.py" line="+292"/>
        <source>%n write(s) queued on this computer (replies, listing changes, pushes) are not sent while the window works on the team database; they wait here until you leave team mode.</source>
        <translation>
            <numerusform>%n write queued on this computer (a reply, a listing change or a push) is not sent while the window works on the team database; it waits here until you leave team mode.</numerusform>
            <numerusform>%n writes queued on this computer (replies, listing changes, pushes) are not sent while the window works on the team database; they wait here until you leave team mode.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../ui/models/timeline_model.py" line="+467"/>
        <source>Room type {id} of listing {listing}; units: %n</source>
        <translation>
            <numerusform>Room type {id} of listing {listing}; units: %n</numerusform>
            <numerusform>Room type {id} of listing {listing}; units: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <location line="-197"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
