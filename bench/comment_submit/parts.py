"""Where one comment POST's CPU goes, for inprocess.py's `parts`, `middleware` and `ab` modes.

parts: the functions a POST runs are wrapped, where they are looked up at call time, with a timer
of the process's CPU (time.process_time); each row is the CPU spent inside that part, inclusive of
what it calls, per POST, and each middleware's own share (inside it less inside the next layer).
The wrappers add about a microsecond each, so the rows are a little high.
middleware: the same POSTs through Django's handler with the whole stack, with none, and through
newsroom.wsgi's handler (the shorter stack), one POST each in turn; ONE_BY_ONE adds a stack
without each middleware in turn.
ab: issue 13's third pass against the code before it, one POST each in turn (see time_ab).
"""

import statistics
import time
from collections import defaultdict


def _timer(spent, calls, label, fn):
    clock = time.process_time

    def timed(*args, **kwargs):
        started = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] += clock() - started
            calls[label] += 1

    return timed


def time_parts(post, n, ns):
    from django.core.handlers import base, wsgi
    from django.db import connections, transaction
    from django.db.models.signals import post_save, pre_save

    from newsroom.articles import counts
    from newsroom.comments import actions, csrf, views
    from newsroom.comments.models import Comment
    from newsroom.comments.signals import comment_checked, comment_posted
    from newsroom.scoring import actions as scoring_actions
    from newsroom.scoring import receivers, rollups
    from newsroom.scoring.models import QueueEntry, Score

    spent, calls = defaultdict(float), defaultdict(int)
    connection = connections["default"]
    targets = [  # (label, owner, attribute): looked up on the owner at call time
        ("handler: resolve + process_view + view", base.BaseHandler, "_get_response"),
        ("view: request.POST parsing", wsgi.WSGIRequest, "_load_post_and_files"),
        ("view: too_large", views, "too_large"),
        ("view: article look-up (comment_target)", views, "comment_target"),
        ("view: CSRF (origin + form token)", csrf, "reject_reason"),
        ("view: CSRF form token signature", csrf, "_token_ok"),
        ("view: client_ip", views, "client_ip"),
        ("view: post_comment", views, "post_comment"),
        ("view: next form token (make_token)", views, "make_token"),
        ("view: JsonResponse", views, "JsonResponse"),
        ("post_comment: check_form_token (signed ts)", actions, "check_form_token"),
        ("post_comment: clean_fields", actions, "clean_fields"),
        ("post_comment: comment_checked (scorer)", comment_checked, "send"),
        ("scorer: prepare_score", scoring_actions, "prepare_score"),
        ("post_comment: atomic enter (BEGIN)", transaction.Atomic, "__enter__"),
        ("post_comment: checks statement", actions, "_submission_facts"),
        ("post_comment: Comment.save", Comment, "save"),
        ("Comment.save: pre_save+post_save signals", post_save, "send"),
        ("Comment.save: pre_save", pre_save, "send"),
        ("post_save: queue entry save", QueueEntry, "save"),
        ("post_save: dashboard roll-up", rollups, "add"),
        ("Comment.save: article pending count", counts, "add"),
        ("post_comment: comment_posted (ban, score)", comment_posted, "send"),
        ("comment_posted: store score", receivers, "_store_prepared"),
        ("store score: Score.save", Score, "save"),
        ("post_comment: atomic exit (COMMIT)", transaction.Atomic, "__exit__"),
        ("COMMIT itself", connection, "commit"),
    ]
    for label, owner, name in targets:
        setattr(owner, name, _timer(spent, calls, label, getattr(owner, name)))
    from newsroom.core.handlers import NewsroomWSGIHandler

    ns["application"] = application = NewsroomWSGIHandler()  # built after the patch of _get_response
    # Each middleware's own CPU: the time inside it less the time inside the layer it calls.
    layers = []
    layer = application._comment_post_chain or application._middleware_chain
    while hasattr(layer, "__wrapped__") and hasattr(layer.__wrapped__, "get_response"):
        instance = layer.__wrapped__
        layers.append(type(instance).__name__)
        layer = instance.get_response
        instance.get_response = _timer(spent, calls, f"inside {layers[-1]}", layer)
    application._view_middleware = [
        _timer(spent, calls, f"process_view {m.__self__.__class__.__name__}", m)
        for m in application._view_middleware]
    whole = _timer(spent, calls, "whole request (WSGI handler)", application.__call__)
    ns["application"] = lambda environ, start_response: whole(environ, start_response)
    for _ in range(30):
        post()
    spent.clear()
    calls.clear()
    for _ in range(n):
        post()
    total = spent["whole request (WSGI handler)"]
    outer = "whole request (WSGI handler)"
    for name in layers:
        spent[f"own {name}"] = spent[outer] - spent[f"inside {name}"]
        calls[f"own {name}"] = n
        outer = f"inside {name}"
    targets = [(f"own {name}", None, None) for name in layers] + [
        (label, None, None) for label in spent if label.startswith("process_view")] + targets
    print(f"{n} POSTs, CPU a POST in ms (inclusive), share of the whole request")
    for label in ["whole request (WSGI handler)", *(t[0] for t in targets)]:
        if calls[label]:
            print(f"  {label:<48} {spent[label] / n * 1000:7.3f} ms  {spent[label] / total:6.1%}"
                  f"  ({calls[label] / n:g} calls)")
    return application


ONE_BY_ONE = False  # also time a stack without each middleware (auth fails without the session)


def time_middleware(post, n, ns):
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.test.utils import override_settings

    from newsroom.core.handlers import NewsroomWSGIHandler

    full = list(settings.MIDDLEWARE)
    variants = {"full stack": full, "no middleware": []}
    for name in full if ONE_BY_ONE else ():
        variants[f"without {name.rsplit('.', 1)[-1]}"] = [m for m in full if m != name]
    handlers = {}
    for label, stack in variants.items():
        with override_settings(MIDDLEWARE=stack):
            handlers[label] = WSGIHandler()
    handlers["NewsroomWSGIHandler (shorter stack)"] = NewsroomWSGIHandler()
    results = defaultdict(list)
    for label, handler in list(handlers.items()):  # warm each, and drop a stack that cannot serve
        ns["application"] = handler
        try:
            for _ in range(10):
                post()
        except (SystemExit, Exception) as exc:  # noqa: BLE001 - say so and leave it out
            print(f"  {label}: {exc}"[:200])
            del handlers[label]
    clock = time.process_time
    for _ in range(n):  # one POST through each stack in turn, so drifting load hits all alike
        for label, handler in handlers.items():
            ns["application"] = handler
            started = clock()
            post()
            results[label].append(clock() - started)
    base = statistics.median(results["full stack"]) * 1000
    print(f"{n} POSTs through each stack, alternated POST by POST; CPU a POST, median and mean")
    for label, values in results.items():
        median, mean = statistics.median(values) * 1000, statistics.fmean(values) * 1000
        print(f"  {label:<40} {median:6.3f} ms (mean {mean:6.3f})  saves {base - median:+6.3f} ms")


def time_ab(post, n, ns):
    """This pass (issue 13's third) against the code before it, in one process, POST by POST in
    turn: before = Django's WSGIHandler (the whole middleware stack), the form's tokens signed and
    verified by django.core.signing every time, the CSP headers built for every response by
    django-csp; after = newsroom.wsgi's handler and the code as it is."""
    from csp.middleware import CSPMiddleware
    from django.core import signing
    from django.core.handlers.wsgi import WSGIHandler

    from newsroom.comments import signed
    from newsroom.core.handlers import NewsroomWSGIHandler
    from newsroom.core.middleware import SecurityHeadersMiddleware

    def loads_before(token, *, salt, max_age=None):
        return signing.loads(token, salt=salt, max_age=max_age)

    def dumps_before(payload, *, salt):
        return signing.dumps(payload, salt=salt, compress=False)

    def csp_before(self, request, response):  # SecurityHeadersMiddleware.process_response before
        SecurityHeadersMiddleware.add_site_headers(request, response)
        return CSPMiddleware.process_response(self, request, response)

    sides = {
        "before": (WSGIHandler(), loads_before, dumps_before, csp_before),
        "after": (NewsroomWSGIHandler(), signed.loads, signed.dumps,
                  SecurityHeadersMiddleware.process_response),
    }

    def use(side):
        handler, signed.loads, signed.dumps, SecurityHeadersMiddleware.process_response = sides[side]
        ns["application"] = handler

    results = defaultdict(list)
    walls = defaultdict(list)
    for side in sides:
        use(side)
        for _ in range(20):
            post()
    clock, wall = time.process_time, time.perf_counter
    for _ in range(n):
        for side in sides:
            use(side)
            started, started_wall = clock(), wall()
            post()
            results[side].append(clock() - started)
            walls[side].append(wall() - started_wall)
    print(f"{n} POSTs each, before and after in turn; CPU a POST: median, mean; wall: median")
    for side in sides:
        cpu, elapsed = results[side], walls[side]
        print(f"  {side:<7} {statistics.median(cpu) * 1000:6.3f} ms  {statistics.fmean(cpu) * 1000:6.3f} ms"
              f"   wall {statistics.median(elapsed) * 1000:6.3f} ms")
    ratio = statistics.median(results["after"]) / statistics.median(results["before"])
    print(f"  after / before (medians): {ratio:.3f}")
