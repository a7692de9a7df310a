"""The floor under comments:analyze: the standalone server with its scorer's answers memoised (each
of the eight bench comments scored once, then answered from memory), with and without the quota's
SQLite write. Not a server anyone should run: it shows what a request would cost with a free scorer.

    WSGI=floor:memoised bench/perspective/worker_cpu.sh            (from bench/perspective, or with
    WSGI=floor:memoised_without_quota bench/perspective/worker_cpu.sh   PYTHONPATH=bench/perspective)
"""
from newsroom.perspective.standalone import from_environment, make_app


class _Memoised:
    skips_evidence = True

    def __init__(self, scorer):
        self._scorer, self.model, self.name, self._memo = scorer, scorer.model, scorer.name, {}

    def score(self, batch, evidence=True):
        key = (batch[0]["text"], batch[0].get("article"), evidence)
        if key not in self._memo:
            self._memo[key] = self._scorer.score(batch, evidence=evidence)
        return self._memo[key]


def _service(quota=True):
    service = from_environment()
    service._scorer = _Memoised(service.scorer())
    if not quota:
        service.hit = lambda key, now=None: None
    return service


def __getattr__(name):  # built on first use, in the worker (as standalone.application)
    if name in ("memoised", "memoised_without_quota"):
        app = make_app(_service(quota=name == "memoised"))
        globals()[name] = app
        return app
    raise AttributeError(name)
