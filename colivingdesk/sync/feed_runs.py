"""One pass over an account's feeds, each feed on its own: one bad endpoint never holds back the others.

When BookMyColiving's ``/properties`` answered with something that is not a list, a pass that ran every feed
in one ``try`` stored no lead, no tenant message, and sent no queued reply, cycle after cycle. Here each feed's
failure is caught and recorded under the feed's user-facing name (``properties``, ``leads``...) with the
channel's own words, and the pass goes on to the next feed; the Service then delivers the outbox as usual.

Three failures still end the pass and are the account's, not the feed's:

- a refused key (``AuthError``): no other feed and no write can succeed with it;
- ``RateLimited``: the wait the channel asked for is honoured for the account by the Service;
- a failed connection on the first feed, before anything has answered: the channel is out of reach
  (offline), and trying each other endpoint would only fail the same way again. A connection that fails
  after another feed answered, or an endpoint that is too slow to answer (a read timeout), is that feed's
  failure, like a 5xx or a malformed answer.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import httpx

from colivingdesk.api.errors import AuthError, ChannelError, NetworkError, RateLimited, Timeout
from colivingdesk.sync.feeds import Feed, FeedContext
from colivingdesk.translatable import QT_TRANSLATE_NOOP, filled, translated

log = logging.getLogger(__name__)


async def run_feeds(feeds: Sequence[Feed], ctx: FeedContext) -> dict[str, str]:
    """Run ``feeds`` in order; returns ``{feed label: reason}`` for those that failed (empty when all ran)."""
    failed: dict[str, str] = {}
    answered = False
    for feed in feeds:
        try:
            await feed.run(ctx)
        except (AuthError, RateLimited):
            raise
        except NetworkError as err:
            if not answered and _unreachable(err):
                raise
            failed[feed.label] = err.message
            answered = answered or not _unreachable(err)
        except ChannelError as err:
            failed[feed.label] = err.message
            answered = True
        except Exception:  # an answer the models let through but the feed or the store could not take
            log.exception("%s feed failed", feed.name)
            channel = ctx.account.channel.label
            failed[feed.label] = filled("AccountStatus", QT_TRANSLATE_NOOP(
                "AccountStatus", "{channel} sent something that could not be stored."), channel=channel)  # the log
            answered = True
        else:
            answered = True
    return failed


def _unreachable(err: NetworkError) -> bool:
    """No connection was made (refused, unknown host, connect timeout, dropped), as opposed to an endpoint that
    took too long to answer: a slow ``/properties`` must not keep the other feeds from running."""
    return not isinstance(err, Timeout) or isinstance(err.__cause__, httpx.ConnectTimeout)


def stale_message(failed: Mapping[str, str]) -> str:
    """One sentence per failed feed, e.g. ``Properties not refreshed: BookMyColiving: Internal server error.``
    (the reason is the channel's own words; the feed's name and the framing are in the window's language)."""
    sentences = []
    for label, reason in failed.items():
        feed = translated("Feeds", label)
        sentence = filled("AccountStatus", QT_TRANSLATE_NOOP("AccountStatus", "{feed} not refreshed: {reason}"),
                          feed=feed, reason=reason)
        sentences.append(sentence[:1].upper() + sentence[1:])
    return " ".join(sentences)
