"""Is the sync server there? A cheap ``GET /health``; and the OS's view when signed out.

:func:`server_reachable` blocks for up to its timeout: run it on the network pool.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

#: Seconds a health check may take (short: it must never hold up quitting for long).
HEALTH_TIMEOUT = 5.0


def server_reachable(
    server: str,
    ca_bundle: str | None = None,
    *,
    http_transport: httpx.BaseTransport | None = None,
    timeout: float = HEALTH_TIMEOUT,
) -> bool:
    """True when ``server`` answers its health check (200) within ``timeout`` seconds."""
    # httpx loads with the first check (on the network pool), not with the Settings
    # page that imports this module's neighbours: start-up cost.
    import httpx

    verify: ssl.SSLContext | bool = True
    try:
        if ca_bundle:
            verify = ssl.create_default_context(cafile=ca_bundle)
        with httpx.Client(
            base_url=server, verify=verify, timeout=timeout, transport=http_transport
        ) as client:
            return client.get("/health").status_code == 200
    except (httpx.HTTPError, OSError, ssl.SSLError, ValueError):
        return False


_network: Any = None
_loaded = False


def os_network() -> Any:
    """Qt's ``QNetworkInformation`` with reachability, or None where Qt has no backend."""
    global _network, _loaded
    from PySide6.QtNetwork import QNetworkInformation

    if not _loaded:
        _loaded = True
        if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            _network = QNetworkInformation.instance()
    return _network


def os_online() -> bool:
    """Whether the OS says the network is up (False where Qt cannot tell)."""
    from PySide6.QtNetwork import QNetworkInformation

    network = os_network()
    online = QNetworkInformation.Reachability.Online
    return network is not None and bool(network.reachability() == online)
