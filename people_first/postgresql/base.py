"""Django's PostgreSQL backend with a health check that costs no round trip.

With persistent connections, Django checks a reused connection at the start of each
request (CONN_HEALTH_CHECKS) by running `SELECT 1`: a second round trip to the server
for a page that needs one query, or none. A connection that died between two requests
(the server restarted, a proxy or the network dropped it) has been closed by the other
side, so its socket reads as ready (end of file, or the server's goodbye message),
while a healthy idle connection has nothing to read. So the socket is polled first, a
system call without waiting, and `SELECT 1` runs only when the socket has something to
say. A connection that stopped answering without closing is not caught by either check
until the query times out; the request then fails with a 503 and the connection is
closed at the end of it (Django closes a connection after an error when it is unusable).
"""

import select

from django.db.backends.postgresql import base
from psycopg import pq


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        connection = self.connection
        if connection is None or connection.closed:
            return False
        try:
            idle = (
                connection.pgconn.status == pq.ConnStatus.OK
                and connection.info.transaction_status == pq.TransactionStatus.IDLE
                and not _readable(connection.pgconn.socket)
            )
        except (OSError, ValueError, base.Database.Error):
            idle = False
        return idle or super().is_usable()


def _readable(fd):
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLPRI)
    return bool(poller.poll(0))
