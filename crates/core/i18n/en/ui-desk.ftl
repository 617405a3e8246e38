# The Desk tab and its dialogs: a team's projects in one shared git repository.

desk-not-in-a-desk = This project is not in a desk.
desk-how-to-join = File › Desk › Join a desk… brings a shared desk to this computer; Start a desk… makes one with this project in it.
desk-sync = Sync
desk-refresh = Refresh
desk-folder = Desk: { $folder }
desk-reading = Reading the desk…
desk-projects = Projects
# A project's claims by status; the conflicts part only when there are some.
desk-project-line = { $title }: { $new } new, { $progress } in progress, { $ready } ready for review, { $approved } approved{ $conflicts ->
    [0] {""}
    [one] , { $conflicts } conflict
   *[other] , { $conflicts } conflicts
}
desk-waiting-sign-off = Waiting for your sign-off ({ $count })
desk-returned = Returned to you ({ $count })
desk-comments-for-you = Open comments for you ({ $count })
desk-nothing = Nothing.

desk-join-heading = Join a desk
desk-join-explained = Your desk's shared place: a web address (https or ssh) your editor gave you, or a folder on a shared drive.
desk-the-desk = The desk
desk-the-desk-hint = https://…, git@…, or a folder
desk-your-copy = Your copy (a new or empty folder on this computer)
desk-a-folder = a folder
desk-your-email = Your e-mail (signs your changes)
desk-email-hint = name@example.org
desk-join = Join
desk-cancel = Cancel
desk-start-heading = Start a desk
desk-start-explained = A new shared desk in a folder everyone can reach (a shared drive), with the open project in it.
desk-shared-folder = The desk's shared folder (new or empty)
desk-shared-folder-hint = a folder on the shared drive
desk-start = Start the desk
desk-name-first = Set your name first (Edit › Your name…): it signs your changes.
desk-signed-as = Your changes are signed { $name }.

# The desk's messages in the status bar and error dialogs.
desk-msg-name-first = Set your name first: it signs your changes in the desk
desk-msg-could-not-sync = Could not sync
desk-msg-not-in-desk = This project is not saved in a desk folder. File › Desk › Start a desk… puts it in one; Join a desk… brings a desk here.
desk-msg-sync-stopped = Sync stopped
desk-msg-not-saved = The project could not be saved, so nothing was sent.
desk-msg-syncing = Syncing with the desk…
desk-msg-sending = Sending your changes and fetching the others'
# $done and $total are filled in as the Sync goes: keep them.
desk-msg-sync-step = Syncing: step { $done } of { $total }
desk-msg-sync-note = Your work is saved. Cancel stops before anything more is sent.
desk-msg-sync-cancelled = Sync was cancelled: your work is saved and committed here; Sync again to send it
desk-msg-sync-internal-error = Sync stopped on an internal error.
desk-msg-could-not-set-up = Could not set up the desk
desk-msg-setup-internal-error = It stopped on an internal error.
desk-msg-nothing-came-in = nothing new came in
# $came: what came in ("Ben approved #3 and #7"), or the message above.
desk-msg-synced = Synced: { $came }
desk-msg-conflicts = Merged with conflicts to resolve (Conflicts tab), then Sync again: nothing was sent. Came in: { $came }
# $reason: why the desk could not be reached (git's words).
desk-msg-offline = The desk could not be reached ({ $reason }). Your changes are committed here and will be sent at the next Sync.
desk-msg-joining = Joining the desk…
desk-msg-could-not-start = Could not start a desk
desk-msg-save-first = Save the project first (File › Save as…): the desk starts with it.
desk-msg-starting = Starting the desk…
desk-msg-setup-note = This can take a while for a large desk.
desk-msg-cancelled = Cancelled
desk-msg-joined-empty = Joined the desk in { $folder }: it has no projects yet
desk-msg-save-then-open = The desk is in { $folder }: save your work, then open its projects from the Desk tab
