"""The desktop window: Qt models over the store, views, dialogs and widgets.

Nothing here talks HTTP or SQL: views read the store through its repositories and ask the sync ``Service`` for
everything that reaches a channel.
"""
