"""Who is asking: the visitor's network address, as far as it can be trusted.

Behind a load balancer or reverse proxy, REMOTE_ADDR is the proxy's own
address, the same for every visitor. Each proxy appends the address it
received the request from to X-Forwarded-For; with TRUSTED_PROXIES set to the
number of proxies in front of the portal, the visitor's address is the entry
that many places from the end. Entries further left were written by the
client itself and could be anything, so they are never used.
"""

from django.conf import settings
from django.contrib.auth import get_user_model


def client_address(request):
    proxies = settings.TRUSTED_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if proxies and len(hops) >= proxies:
        return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def login_username(request, credentials):
    """The username the sign-in lockout counts and stores: what was typed,
    without NUL characters (which PostgreSQL refuses) and no longer than a
    username can be, so a hostile value meets the sign-in form's own error,
    never the database's."""
    typed = (credentials or {}).get("username")
    if typed is None and request is not None:
        typed = request.POST.get("username")
    if typed is None:
        return None
    limit = get_user_model()._meta.get_field("username").max_length
    return str(typed).replace("\x00", "")[:limit]
