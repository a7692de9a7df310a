# Varnish in front of Newsroom (Debian: apt install varnish varnish-modules; docs/operations.md).
#
# - Anonymous GET/HEAD requests are looked up in the cache; the app decides what may be kept
#   (Cache-Control with s-maxage or public) and names what each page shows (Surrogate-Key), which
#   is copied to the xkey vmod's `xkey` header.
# - A session cookie (editors, moderators), a flash message or credentials bypass the cache, and so
#   do the console and the CMS; other cookies of anonymous readers are dropped.
# - `PURGE /` with an `xkey-purge: <keys>` header removes every page tagged with any of the keys
#   (newsroom.core.frontcache.VarnishPurge); only the app's address may send it.
vcl 4.1;

import xkey;

# gunicorn (NEWSROOM_BACKEND_PORT is replaced by the tests and the benchmark; 8000 in production)
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

# The app's address: only it may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Missing xkey-purge header"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(cms|django-admin|moderation)(/|$)" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Anyone else is an anonymous reader: their cookies mean nothing to a reader's page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # http and https copies apart (the TLS terminator in front sets X-Forwarded-Proto); the built-in
    # vcl_hash then adds the URL and the Host.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Keep only what the app marks as shared; anything else goes to the app every time.
    if (beresp.http.Cache-Control !~ "(s-maxage|public)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    set beresp.grace = 30s;
    # The built-in rules follow: a Set-Cookie, private or no-cache still make it uncacheable.
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Via;
}
