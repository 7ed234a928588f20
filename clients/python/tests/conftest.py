"""Fixtures for the memflush Python tests. They run inside tests/rig.sh (real
redis-server and PostgreSQL on random local ports; tests/integration/
test_python.sh starts them): REDIS_URL, DATABASE_URL, MF_RIG, MEMFLUSH (the C
binary) come from there. Each test gets its own key prefix."""

import itertools
import os
import subprocess
import sys

import pytest
import redis

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)
TREE = os.path.normpath(os.path.join(PKG, "..", ".."))
sys.path.insert(0, PKG)

import memflush  # noqa: E402

_counter = itertools.count()


def need(name):
    v = os.environ.get(name)
    if not v:
        pytest.fail("%s is not set: run the Python tests inside the rig "
                    "(tests/rig.sh run -- bash tests/integration/test_python.sh)" % name)
    return v


@pytest.fixture
def prefix(request):
    """A key prefix of its own for this test (under MEMFLUSH_PREFIX from run.sh)."""
    base = os.environ.get("MEMFLUSH_PREFIX", "py")
    return "%s-py%d" % (base, next(_counter))


def in_cluster():
    """The rig runs a Redis Cluster (MF_RIG_REDIS_CLUSTER=1 exports MF_REDIS_CLUSTER=1)."""
    return os.environ.get("MF_REDIS_CLUSTER") == "1"


def raw_client():
    """A bare redis-py client on the rig's Redis: its TLS (rediss://, the rig's CA
    MEMFLUSH_REDIS_CACERT, host name checked) and its cluster (REDIS_URL's seeds)."""
    url = need("REDIS_URL")
    kw = {}
    if url.startswith("rediss://"):
        kw = dict(ssl_ca_certs=need("MEMFLUSH_REDIS_CACERT"), ssl_cert_reqs="required")
        if os.environ.get("MEMFLUSH_REDIS_CERT"):
            kw.update(ssl_certfile=os.environ["MEMFLUSH_REDIS_CERT"],
                      ssl_keyfile=os.environ["MEMFLUSH_REDIS_KEY"])
    if in_cluster():
        from redis.cluster import ClusterNode, RedisCluster
        seeds = url.split("://", 1)[1].split("/", 1)[0].split(",")
        nodes = [ClusterNode(h.rsplit(":", 1)[0], int(h.rsplit(":", 1)[1])) for h in seeds]
        return RedisCluster(startup_nodes=nodes, ssl=url.startswith("rediss://"), **kw)
    if kw:
        kw["ssl_check_hostname"] = True
    return redis.Redis.from_url(url, **kw)


def scan_all(r, match):
    """SCAN every master of a cluster (or the one server) for match."""
    if in_cluster():
        out = []
        for node in r.get_primaries():
            out += list(node.redis_connection.scan_iter(match=match, count=1000))
        return out
    return list(r.scan_iter(match=match, count=1000))


@pytest.fixture
def raw():
    """A bare redis-py client on the rig's Redis (raw_client)."""
    r = raw_client()
    yield r
    r.close()


@pytest.fixture
def client(prefix):
    c = memflush.Client.from_env(prefix=prefix)
    yield c
    c.close()


def memflush_bin():
    exe = os.environ.get("MEMFLUSH") or os.path.join(TREE, "build-test", "memflush")
    if not os.access(exe, os.X_OK):
        pytest.fail("the memflush binary %s was not built (make test builds it)" % exe)
    return exe


def run_memflush(prefix, *args, stdin=None, check=True, env=None):
    """Run the C binary with this prefix (and env on top of the environment);
    returns the CompletedProcess."""
    env = dict(os.environ, MEMFLUSH_PREFIX=prefix, **(env or {}))
    p = subprocess.run([memflush_bin()] + list(args), input=stdin, env=env,
                       capture_output=True, timeout=300)
    if check and p.returncode != 0:
        raise AssertionError("memflush %s exited %d: %s" % (" ".join(args), p.returncode,
                                                              p.stderr.decode(errors="replace")))
    return p


def rig(*args):
    """The rig's own commands: stop-redis, start-redis, stop-pg, start-pg, ..."""
    subprocess.run([need("MF_RIG")] + list(args), check=True, timeout=120,
                   stdout=subprocess.DEVNULL)


@pytest.fixture
def single_redis():
    """The test needs the plain rig's one Redis server: it stops it (rig stop-redis)
    or runs `memflush import-legacy`, which a cluster refuses."""
    if in_cluster():
        pytest.skip("needs the single Redis server of the plain or TLS rig (stop-redis, import-legacy); "
                    "the cluster rig's node failures are tests/integration/test_cluster_faults.sh")


@pytest.fixture
def servers_back(single_redis):
    """Whatever a test stops, both servers run again after it."""
    yield
    rig("start-redis")
    rig("start-pg")


def pg_rows(sql, *params):
    import psycopg
    if not os.environ.get("DATABASE_URL"):
        return          # outside the rig: only the tests without servers can pass
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as c:
        return c.execute(sql, params).fetchall()


def uidx_state(raw, prefix):
    """The user index {P}:uidx:<day> (docs/forget.md), the prefix written as {P}
    so that two prefixes compare: {day: [(score, member), ...]}."""
    tag = ("{%s}" % prefix).encode()
    out = {}
    for k in raw.scan_iter(match=b"{%s}:uidx:*" % prefix.encode(), count=1000):
        assert raw.type(k) == b"zset"
        ttl = raw.ttl(k)
        # ttl + 2 days (save.lua), ttl_seconds from the environment or the default
        assert ttl > 172800, (k, ttl)
        out[k.replace(tag, b"{P}")] = [(m.replace(tag, b"{P}"), sc) for m, sc in
                                       raw.zrange(k, 0, -1, withscores=True)]
    return out


def data_files(kind):
    d = os.path.join(TREE, "tests", "data", kind)
    names = sorted(n for n in os.listdir(d) if n.endswith(".json"))
    assert len(names) > 10, "only %d files in %s" % (len(names), d)
    out = []
    for n in names:
        with open(os.path.join(d, n), "rb") as f:
            out.append((n, f.read()))
    return out


@pytest.fixture(scope="session", autouse=True)
def empty_table():
    """The rig gives each test program an empty table; start from one when run
    again by hand in the same rig too."""
    import psycopg
    if not os.environ.get("DATABASE_URL"):
        return          # outside the rig: only the tests without servers can pass
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as c:
        c.execute("TRUNCATE public.chat_memories")
